package cite

import (
	"net/url"
	"strings"
	"unicode"
)

// Text fragment shape.
const (
	// maxExactBytes and maxExactWords bound the quotes linked as one exact
	// term; longer ones are linked as textStart,textEnd, because browsers
	// match long exact strings poorly (one changed space and the whole
	// highlight is lost) and URLs get long.
	maxExactBytes = 80
	maxExactWords = 10
	// edgeWords is the length of textStart and textEnd: enough words to be
	// specific, few enough to keep the link short.
	edgeWords = 5
	// maxEdgeWords caps how far a term grows to be unambiguous: past a
	// dozen words the link is long and a repeat that long is rare.
	maxEdgeWords = 12
)

// Link returns articleURL with a text fragment (#:~:text=…, WICG Text
// Fragments) that makes supporting browsers scroll to and highlight
// text[start:end], so a cited quote can be checked in one click. Any
// existing fragment is replaced; the query is kept byte for byte.
// Non-http(s) URLs (local files) and out-of-range spans are returned
// unchanged. The result depends only on its arguments.
func Link(articleURL, text string, start, end int) string {
	u, err := url.Parse(articleURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || start < 0 || end > len(text) || start >= end {
		return articleURL
	}
	base, _, _ := strings.Cut(articleURL, "#")
	words := fieldSpans(text, start, end)
	if len(words) == 0 {
		return base
	}
	term := func(from, to int) string { // words[from:to], single-spaced
		return encodeTerm(strings.Join(strings.Fields(text[words[from][0]:words[to-1][1]]), " "))
	}
	if (end-start <= maxExactBytes && len(words) <= maxExactWords) || len(words) < 2 {
		return base + "#:~:text=" + term(0, len(words))
	}
	ks, ke := edgeTerms(text, words)
	return base + "#:~:text=" + term(0, ks) + "," + term(len(words)-ke, len(words))
}

// fieldSpans returns the [start,end) offsets of the whitespace-separated
// words of text[start:end].
func fieldSpans(text string, start, end int) [][2]int {
	var out [][2]int
	in := -1
	for i, r := range text[start:end] {
		switch {
		case unicode.IsSpace(r) && in >= 0:
			out = append(out, [2]int{start + in, start + i})
			in = -1
		case !unicode.IsSpace(r) && in < 0:
			in = i
		}
	}
	if in >= 0 {
		out = append(out, [2]int{start + in, end})
	}
	return out
}

// edgeTerms picks how many words open (ks) and close (ke) a long quote's
// textStart,textEnd. The browser highlights from the first occurrence of
// textStart in the page to the first occurrence of textEnd after it, so
// textStart grows while it also occurs before the quote, and textEnd while
// it also occurs earlier inside the quote. Like browsers, these checks
// ignore case; they also fold typographic variants, which can only make a
// term longer than it needs to be.
func edgeTerms(text string, words [][2]int) (ks, ke int) {
	n := len(words)
	start, end := words[0][0], words[n-1][1]
	ks = min(edgeWords, n/2)
	for ks < min(maxEdgeWords, n-1) {
		p := compile(text[start:words[ks-1][1]], true)
		if s, _, ok := p.find(text[:words[ks-1][1]], 0); !ok || s >= start {
			break
		}
		ks++
	}
	ke = min(edgeWords, n-ks)
	rest := text[words[ks][0]:end]
	for ke < min(maxEdgeWords, n-ks) {
		p := compile(text[words[n-ke][0]:end], true)
		if _, e, ok := p.find(rest, 0); !ok || e == len(rest) {
			break
		}
		ke++
	}
	return ks, ke
}

// encodeTerm percent-encodes a text directive term. Beyond what a URL
// fragment needs, '-', ',' and '&' are syntax in text directives and must
// be encoded inside a term; parentheses are encoded too, so the link
// survives inside Markdown links.
func encodeTerm(s string) string {
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(".!~*'_;:/?@$+=", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&15])
	}
	return b.String()
}
