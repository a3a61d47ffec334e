package cite

import (
	"net/url"
	"strings"
	"unicode"
)

// Text fragment shape: quotes longer than this are linked as
// textStart,textEnd, because browsers match long exact strings poorly
// (one changed space and the whole highlight is lost) and URLs get long.
const (
	maxExactBytes = 80
	maxExactWords = 10
	edgeWords     = 5
)

// Link returns articleURL with a text fragment (#:~:text=…) that makes
// supporting browsers scroll to and highlight text[start:end]. Any existing
// fragment is replaced. Non-http(s) URLs (local files) are returned as is.
func Link(articleURL, text string, start, end int) string {
	u, err := url.Parse(articleURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || start < 0 || end > len(text) || start >= end {
		return articleURL
	}
	u.Fragment, u.RawFragment = "", ""
	words := strings.FieldsFunc(text[start:end], unicode.IsSpace)
	if len(words) == 0 {
		return u.String()
	}
	var directive string
	if end-start <= maxExactBytes && len(words) <= maxExactWords {
		directive = encodeTerm(strings.Join(words, " "))
	} else {
		n := min(edgeWords, len(words)/2)
		directive = encodeTerm(strings.Join(words[:n], " ")) + "," + encodeTerm(strings.Join(words[len(words)-n:], " "))
	}
	return u.String() + "#:~:text=" + directive
}

// encodeTerm percent-encodes a text directive term. Beyond what a URL
// fragment needs, '-', ',' and '&' are syntax in text directives and must
// be encoded inside a term; parentheses are encoded too, so the link
// survives inside Markdown links.
func encodeTerm(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(".!~*'_;:/?@$+=", c) >= 0) {
			b.WriteByte(c)
			continue
		}
		b.WriteString("%" + strings.ToUpper(hex(c)))
	}
	return b.String()
}

func hex(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}
