package llm

import "strings"

// answerExtractor pulls the "answer" string's text out of a JSON object as
// it streams in, decoding escapes, so the paraphrase can be shown before
// the whole object has arrived.
type answerExtractor struct {
	buf     strings.Builder // everything seen
	inValue bool
	done    bool
	escape  bool
	uni     []rune // pending \uXXXX digits
	inUni   bool
}

// feed consumes a chunk and returns newly decoded answer text.
func (x *answerExtractor) feed(chunk string) string {
	if x.done {
		return ""
	}
	var out strings.Builder
	for _, r := range chunk {
		x.buf.WriteRune(r)
		if !x.inValue {
			s := x.buf.String()
			i := strings.Index(s, `"answer"`)
			if i < 0 {
				continue
			}
			rest := strings.TrimLeft(s[i+len(`"answer"`):], " \t\r\n")
			if strings.HasPrefix(rest, ":") {
				rest = strings.TrimLeft(rest[1:], " \t\r\n")
				if strings.HasPrefix(rest, `"`) && len(rest) == 1 {
					x.inValue = true
				}
			}
			continue
		}
		switch {
		case x.inUni:
			x.uni = append(x.uni, r)
			if len(x.uni) == 4 {
				var v rune
				for _, d := range x.uni {
					v = v*16 + hexVal(d)
				}
				out.WriteRune(v)
				x.inUni, x.uni = false, nil
			}
		case x.escape:
			x.escape = false
			switch r {
			case 'n':
				out.WriteByte('\n')
			case 't':
				out.WriteByte('\t')
			case 'u':
				x.inUni = true
			default:
				out.WriteRune(r)
			}
		case r == '\\':
			x.escape = true
		case r == '"':
			x.done = true
			return stripQuoteMarks(out.String())
		default:
			out.WriteRune(r)
		}
	}
	return stripQuoteMarks(out.String())
}

func hexVal(r rune) rune {
	switch {
	case r >= '0' && r <= '9':
		return r - '0'
	case r >= 'a' && r <= 'f':
		return r - 'a' + 10
	case r >= 'A' && r <= 'F':
		return r - 'A' + 10
	}
	return 0
}
