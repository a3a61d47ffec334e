package llm

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// answerExtractor pulls the text of the top-level "answer" string out of a
// JSON object as it streams in, decoding escapes as encoding/json does, so
// the paraphrase can be shown before the whole object has arrived.
//
// It is a small JSON scanner: each byte is looked at once and nothing is
// kept but the current key (at most len("answer")+1 bytes), so a reply
// that never contains the field, or is not JSON at all, costs linear time
// and constant memory. Only a key of the outermost object counts, never
// the word "answer" inside a string or a nested object.
type answerExtractor struct {
	state     extractState
	depth     int  // nesting inside the current top-level value
	expectKey bool // the next string at depth 1 is a key
	escape    bool // the previous byte was a backslash
	key       []byte
	keyLong   bool // the key outgrew "answer": not it
	hex       int  // \u digits still to read; 0 when not in one
	code      rune // the \u value read so far
	high      rune // a high surrogate waiting for its low half, or 0
}

type extractState int

const (
	seekObject  extractState = iota // before the top-level '{'
	inObject                        // between tokens of an object or array
	inString                        // inside a string that is not wanted
	inKey                           // inside a key at depth 1
	afterKey                        // after the "answer" key, before ':'
	beforeValue                     // after "answer":, before the value
	inValue                         // inside the answer string
	finished                        // the answer string closed
)

const answerKey = "answer"

// feed consumes a chunk and returns newly decoded answer text.
func (x *answerExtractor) feed(chunk string) string {
	if x.state == finished {
		return ""
	}
	var out strings.Builder
	for i := 0; i < len(chunk); i++ {
		// Runs that cannot change the state are skipped or copied whole
		// (IndexByte and IndexAny are vectorised): most of a reply is text.
		switch {
		case x.state == seekObject:
			j := strings.IndexByte(chunk[i:], '{')
			if j < 0 {
				return out.String()
			}
			i += j
		case x.state == inString && !x.escape:
			j := strings.IndexAny(chunk[i:], "\"\\")
			if j < 0 {
				return out.String()
			}
			i += j
		case x.state == inValue && !x.escape && x.hex == 0 && x.high == 0:
			j := strings.IndexAny(chunk[i:], "\"\\")
			if j < 0 {
				out.WriteString(chunk[i:])
				return out.String()
			}
			out.WriteString(chunk[i : i+j])
			i += j
		}
		c := chunk[i]
		switch x.state {
		case seekObject:
			x.state, x.depth, x.expectKey = inObject, 1, true
		case inObject:
			x.structural(c)
		case inString, inKey:
			switch {
			case x.escape:
				x.escape = false
				x.keyByte(c)
			case c == '\\':
				x.escape = true
				x.keyByte(c)
			case c == '"':
				if x.state == inKey && !x.keyLong && string(x.key) == answerKey {
					x.state = afterKey
				} else {
					x.state = inObject
				}
				x.expectKey = false
			default:
				x.keyByte(c)
			}
		case afterKey, beforeValue:
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			case c == ':' && x.state == afterKey:
				x.state = beforeValue
			case c == '"' && x.state == beforeValue:
				x.state = inValue
			default: // not a string value after all
				x.state = inObject
				x.structural(c)
			}
		case inValue:
			if x.value(c, &out) {
				x.state = finished
				return out.String()
			}
		}
	}
	return out.String()
}

// structural follows nesting between tokens.
func (x *answerExtractor) structural(c byte) {
	switch c {
	case '"':
		if x.depth == 1 && x.expectKey {
			x.state, x.key, x.keyLong = inKey, x.key[:0], false
		} else {
			x.state = inString
		}
	case '{', '[':
		x.depth++
	case '}', ']':
		x.depth--
		if x.depth == 0 {
			x.state = seekObject
		}
	case ',':
		x.expectKey = x.depth == 1
	case ':':
		x.expectKey = false
	}
}

func (x *answerExtractor) keyByte(c byte) {
	if x.state != inKey || x.keyLong {
		return
	}
	if len(x.key) == len(answerKey) {
		x.keyLong = true
		return
	}
	x.key = append(x.key, c)
}

// value decodes one byte of the answer string; it reports the closing quote.
func (x *answerExtractor) value(c byte, out *strings.Builder) (closed bool) {
	switch {
	case x.hex > 0:
		x.code = x.code<<4 | rune(hexVal(c))
		x.hex--
		if x.hex == 0 {
			x.unicode(x.code, out)
		}
		return false
	case x.escape:
		x.escape = false
		if c == 'u' {
			x.hex, x.code = 4, 0
			return false
		}
		x.flushHigh(out)
		switch c {
		case 'n':
			out.WriteByte('\n')
		case 'r':
			out.WriteByte('\r')
		case 't':
			out.WriteByte('\t')
		case 'b':
			out.WriteByte('\b')
		case 'f':
			out.WriteByte('\f')
		default: // '"', '\\', '/'; anything else is invalid JSON anyway
			out.WriteByte(c)
		}
		return false
	case c == '\\':
		x.escape = true
		return false
	}
	x.flushHigh(out)
	if c == '"' {
		return true
	}
	out.WriteByte(c)
	return false
}

// unicode writes a \u escape, pairing surrogates; a lone half becomes
// U+FFFD, as encoding/json decodes it.
func (x *answerExtractor) unicode(r rune, out *strings.Builder) {
	if x.high != 0 {
		if p := utf16.DecodeRune(x.high, r); p != utf8.RuneError {
			out.WriteRune(p)
			x.high = 0
			return
		}
		x.flushHigh(out)
	}
	switch {
	case 0xD800 <= r && r < 0xDC00:
		x.high = r
	case 0xDC00 <= r && r < 0xE000:
		out.WriteRune(utf8.RuneError)
	default:
		out.WriteRune(r)
	}
}

func (x *answerExtractor) flushHigh(out *strings.Builder) {
	if x.high != 0 {
		out.WriteRune(utf8.RuneError)
		x.high = 0
	}
}

func hexVal(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}
