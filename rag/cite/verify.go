package cite

import (
	"bytes"
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
)

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

// normalized is text folded to classes with runs of whitespace made one
// space, and for every byte of it the offset of the original rune.
type normalized struct {
	s   []byte
	off []int // off[i] = byte offset in the original of normalized byte i; len(s)+1 entries
}

func normalize(text string) normalized {
	n := normalized{s: make([]byte, 0, len(text)), off: make([]int, 0, len(text)+1)}
	space := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			if !space {
				n.s = append(n.s, ' ')
				n.off = append(n.off, i)
				space = true
			}
		case r == '…':
			for range 3 {
				n.s = append(n.s, '.')
				n.off = append(n.off, i)
			}
			space = false
		default:
			c := class(r)
			var buf [utf8.UTFMax]byte
			k := utf8.EncodeRune(buf[:], c)
			if r == utf8.RuneError && size == 1 {
				// Keep invalid bytes distinct from U+FFFD written out.
				buf[0], k = text[i], 1
			}
			for j := 0; j < k; j++ {
				n.s = append(n.s, buf[j])
				n.off = append(n.off, i)
			}
			space = false
		}
		i += size
	}
	n.off = append(n.off, len(text))
	return n
}

// clean trims the quote and the quote marks wrapping it.
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
// the article says.
func Verify(text, quote string) (start, end int, err error) {
	return VerifyNear(text, quote, 0)
}

// VerifyNear is [Verify] preferring the match closest to byte offset hint,
// for quotes that occur more than once.
func VerifyNear(text, quote string, hint int) (start, end int, err error) {
	q := clean(quote)
	if q == "" {
		return 0, 0, ErrQuoteNotFound
	}
	nq := normalize(q).s
	nt := normalize(text)
	best, bestDist := -1, -1
	for from := 0; from <= len(nt.s)-len(nq); {
		i := bytes.Index(nt.s[from:], nq)
		if i < 0 {
			break
		}
		at := from + i
		d := abs(nt.off[at] - hint)
		if best < 0 || d < bestDist {
			best, bestDist = at, d
		}
		if nt.off[at] >= hint {
			break // later matches are farther still
		}
		from = at + 1
	}
	if best < 0 {
		return 0, 0, ErrQuoteNotFound
	}
	start = nt.off[best]
	end = nt.off[best+len(nq)]
	// end points at the start of the rune after the match; a match ending
	// inside a multi-byte fold (… → "...") extends to the rune's end.
	if last := best + len(nq) - 1; nt.off[last] == end {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	return start, end, nil
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
