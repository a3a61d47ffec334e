package cite

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrQuoteNotFound means the quote does not appear in the text, even with
// whitespace and typographic variants forgiven.
var ErrQuoteNotFound = errors.New("quote not found in article")

// Character classes that typography varies: a quote written with straight
// quotes matches the article's curly ones, and so on. Nothing else is
// forgiven: not case, not a changed word.
const (
	classDouble = '"'
	classSingle = '\''
	classDash   = '-'
	// classSpace stands for a whole run of whitespace.
	classSpace = ' '
	// invalidBase+b stands for a byte b that is not valid UTF-8: beyond
	// every rune, so it matches only the same invalid byte.
	invalidBase = utf8.MaxRune + 1
)

// class maps a rune to the representative of its typographic class.
func class(r rune) rune {
	switch r {
	case '"', '“', '”', '„', '‟', '″', '«', '»', '≪', '≫', '＂':
		return classDouble
	case '\'', '‘', '’', '‚', '‛', '′', '`', '´':
		return classSingle
	case '-', '‐', '‑', '‒', '–', '—', '―', '−', '﹘', '﹣', '－':
		return classDash
	}
	return r
}

// pattern is a quote folded into what it must match: class
// representatives, one classSpace per whitespace run, "…" as three dots.
type pattern struct {
	u []rune
	// lower also ignores case, as browsers do when they match a text
	// fragment; Verify never sets it.
	lower bool
}

func compile(s string, lower bool) pattern {
	p := pattern{u: make([]rune, 0, len(s)), lower: lower}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			p.u = append(p.u, invalidBase+rune(s[i]))
		case unicode.IsSpace(r):
			if len(p.u) == 0 || p.u[len(p.u)-1] != classSpace {
				p.u = append(p.u, classSpace)
			}
		case r == '…':
			p.u = append(p.u, '.', '.', '.')
		default:
			p.u = append(p.u, p.fold(r))
		}
		i += size
	}
	return p
}

func (p pattern) fold(r rune) rune {
	r = class(r)
	if p.lower {
		r = unicode.ToLower(r)
	}
	return r
}

// clean trims the quote and the double quote marks wrapping it: callers
// (and language models) often hand over a quotation with its marks.
func clean(quote string) string {
	q := strings.TrimSpace(quote)
	for len(q) > 0 {
		r, size := utf8.DecodeRuneInString(q)
		l, lsize := utf8.DecodeLastRuneInString(q)
		if size == len(q) || class(r) != classDouble || class(l) != classDouble {
			break
		}
		q = strings.TrimSpace(q[size : len(q)-lsize])
	}
	return q
}

// Verify finds quote in text, tolerant only of whitespace runs, typographic
// variants of quote marks, apostrophes and dashes, and "…" for "...". It
// returns the byte offsets of the first match, so text[start:end] is what
// the article says. Matching is case-sensitive: a quote that changes a
// letter is not the article's.
func Verify(text, quote string) (start, end int, err error) {
	return VerifyNear(text, quote, 0)
}

// VerifyNear is [Verify] preferring the match whose start is closest to
// byte offset hint, for quotes that occur more than once.
func VerifyNear(text, quote string, hint int) (start, end int, err error) {
	q := clean(quote)
	if q == "" {
		return 0, 0, ErrQuoteNotFound
	}
	p := compile(q, false)
	best, bestEnd, bestDist := -1, 0, 0
	for from := 0; from < len(text); {
		s, e, ok := p.find(text, from)
		if !ok {
			break
		}
		if d := abs(s - hint); best < 0 || d < bestDist {
			best, bestEnd, bestDist = s, e, d
		}
		if s >= hint {
			break // later matches are farther still
		}
		_, size := utf8.DecodeRuneInString(text[s:])
		from = s + size
	}
	if best < 0 {
		return 0, 0, ErrQuoteNotFound
	}
	return best, bestEnd, nil
}

// VerifyIn is [Verify] looking only at text[from:to]: the first match lying
// wholly inside that range, so a quote that the article repeats is found
// where its citation points, not where it first occurs. Offsets are in
// text; from is moved forward to a rune boundary.
func VerifyIn(text, quote string, from, to int) (start, end int, err error) {
	to = min(max(to, 0), len(text))
	from = min(max(from, 0), to)
	for from < to && !utf8.RuneStart(text[from]) {
		from++
	}
	q := clean(quote)
	if q == "" {
		return 0, 0, ErrQuoteNotFound
	}
	s, e, ok := compile(q, false).find(text[:to], from)
	if !ok {
		return 0, 0, ErrQuoteNotFound
	}
	return s, e, nil
}

// find returns the first match of p in text starting at or after from,
// which must be a rune boundary.
func (p pattern) find(text string, from int) (start, end int, ok bool) {
	if len(p.u) == 0 {
		return 0, 0, false
	}
	first := p.u[0]
	if p.lower && 'a' <= first && first <= 'z' {
		// Either case may start a match: walk both cases' occurrences in
		// order, each found once.
		lo, up := nextByte(text, from, byte(first)), nextByte(text, from, byte(first)-'a'+'A')
		for lo >= 0 || up >= 0 {
			at := lo
			if at < 0 || up >= 0 && up < at {
				at = up
			}
			if e, ok := p.matchAt(text, at); ok {
				return at, e, true
			}
			if at == lo {
				lo = nextByte(text, at+1, text[at])
			} else {
				up = nextByte(text, at+1, text[at])
			}
		}
		return 0, 0, false
	}
	if literal(first) && !(p.lower && unicode.ToUpper(first) != first) {
		// Only the rune itself folds to a literal: jump between its
		// occurrences (strings.Index is vectorised) instead of decoding
		// every rune of the article.
		needle := string(first)
		for from < len(text) {
			i := strings.Index(text[from:], needle)
			if i < 0 {
				return 0, 0, false
			}
			at := from + i
			if e, ok := p.matchAt(text, at); ok {
				return at, e, true
			}
			from = at + len(needle)
		}
		return 0, 0, false
	}
	for at := from; at < len(text); {
		if c := text[at]; c < utf8.RuneSelf && plainASCII(c) && !p.lower && rune(c) != p.u[0] {
			at++ // cannot start a match: skip without decoding
			continue
		}
		if e, ok := p.matchAt(text, at); ok {
			return at, e, true
		}
		_, size := utf8.DecodeRuneInString(text[at:])
		at += size
	}
	return 0, 0, false
}

// nextByte returns the index of the first c in text at or after from, or -1.
func nextByte(text string, from int, c byte) int {
	if from >= len(text) {
		return -1
	}
	if i := strings.IndexByte(text[from:], c); i >= 0 {
		return from + i
	}
	return -1
}

// literal reports whether no rune other than u itself folds to u.
func literal(u rune) bool {
	switch u {
	case classDouble, classSingle, classDash, classSpace, '.':
		return false
	}
	return u < invalidBase
}

// matchAt matches p against text from byte at, returning the end of the
// match. Each text rune consumes a fixed number of units, so no
// backtracking is needed.
func (p pattern) matchAt(text string, at int) (end int, ok bool) {
	u := p.u
	pos := at
	for j := 0; j < len(u); {
		if pos >= len(text) {
			return 0, false
		}
		if c := text[pos]; c < utf8.RuneSelf && plainASCII(c) {
			// Most of an article: a byte that folds to itself.
			if p.lower && 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if rune(c) != u[j] {
				return 0, false
			}
			j++
			pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[pos:])
		switch {
		case r == utf8.RuneError && size == 1:
			if u[j] != invalidBase+rune(text[pos]) {
				return 0, false
			}
			j++
		case unicode.IsSpace(r):
			if u[j] != classSpace {
				return 0, false
			}
			j++
			for pos+size < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[pos+size:])
				if !unicode.IsSpace(r2) {
					break
				}
				size += s2
			}
		case r == '…':
			if j+3 > len(u) || u[j] != '.' || u[j+1] != '.' || u[j+2] != '.' {
				return 0, false
			}
			j += 3
		default:
			if p.fold(r) != u[j] {
				return 0, false
			}
			j++
		}
		pos += size
	}
	return pos, true
}

// plainASCII reports whether an ASCII byte folds to itself: anything but
// whitespace and the backtick (an apostrophe variant).
func plainASCII(c byte) bool {
	return c != '`' && c != ' ' && (c < '\t' || c > '\r')
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
