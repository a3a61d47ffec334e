package cite

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of an article's text.
type Span struct{ Start, End int }

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Units are where a faithful quote may begin and end: the article's
// sentences, and its direct quotations (the quoted words without their
// marks). Both are in text order; either may be empty.
type Units struct {
	Sentences  []Span
	Quotations []Span
}

// Faithful is the quote rule every engine applies before a quote is shown.
// A verified match can still mislead by what it leaves out: "going to come
// to Mexico with the military" is verbatim, yet drops the "is not" that
// the article says. So the quote shown is never the match alone but the
// unit it lies in:
//
//   - the whole sentence, or run of sentences, holding the match;
//   - except inside a speaker's quoted words, whose own quotation marks are
//     the bounds: a match within a quotation is widened to the quoted
//     words of its sentence(s), not to the reporter's attribution around
//     them; and a sentence that holds nothing but quoted words drops the
//     marks around them.
//
// A match that starts or ends mid-word is first widened to whole words.
// The quote is trimmed of spaces and of the ",", ";" or ":" that a
// quotation carries before its attribution. emphasis is the match when it
// leaves out some word of the quote (so a front end can show what the
// answer rests on), and the zero Span when the match is the whole quote.
// Spans outside text are clamped.
func Faithful(text string, u Units, match Span) (quote, emphasis Span) {
	m := trimSpace(text, WholeWords(text, match))
	quote = m
	if first, last, ok := covering(u.Sentences, m); ok {
		quote = Span{min(first.Start, m.Start), max(last.End, m.End)}
	}
	if q, ok := innermost(u.Quotations, m); ok {
		quote = Span{max(quote.Start, q.Start), min(quote.End, q.End)}
	} else {
		quote = dropMarks(text, u.Quotations, quote)
	}
	quote = trimQuote(text, quote)
	m = Span{max(m.Start, quote.Start), min(m.End, quote.End)}
	m = trimQuote(text, m)
	if m.Len() > 0 && (hasWord(text[quote.Start:m.Start]) || hasWord(text[m.End:quote.End])) {
		emphasis = m
	}
	return quote, emphasis
}

// dropMarks clips a quote to the quoted words it holds when all it holds
// besides them is punctuation: the closing mark of a quotation's last
// sentence (ruled out.”) is not part of what was said.
func dropMarks(text string, quotations []Span, quote Span) Span {
	for _, q := range quotations {
		in := Span{max(quote.Start, q.Start), min(quote.End, q.End)}
		if in.Len() > 0 && !hasWord(text[quote.Start:in.Start]) && !hasWord(text[in.End:quote.End]) {
			return in
		}
	}
	return quote
}

// WholeWords widens s so it neither starts nor ends inside a word: a cut
// like "with the mili" becomes "with the military".
func WholeWords(text string, s Span) Span {
	s.Start = min(max(s.Start, 0), len(text))
	s.End = min(max(s.End, s.Start), len(text))
	for s.Start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:s.Start])
		next, _ := utf8.DecodeRuneInString(text[s.Start:])
		if s.Start == s.End || !wordRune(r) || !wordRune(next) {
			break
		}
		s.Start -= size
	}
	for s.End < len(text) && s.End > s.Start {
		prev, _ := utf8.DecodeLastRuneInString(text[:s.End])
		r, size := utf8.DecodeRuneInString(text[s.End:])
		if !wordRune(prev) || !wordRune(r) {
			break
		}
		s.End += size
	}
	return s
}

// IsWholeWords reports whether text[s.Start:s.End] neither starts nor ends
// inside a word.
func IsWholeWords(text string, s Span) bool { return WholeWords(text, s) == s }

// wordRune is a rune that continues a word: letters, digits and marks.
// Apostrophes and hyphens do not, so "Mexico" is a whole word of
// "Mexico's", as a reader would cut it.
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func hasWord(s string) bool { return strings.IndexFunc(s, wordRune) >= 0 }

// covering returns the first and last of spans (sorted, disjoint) that
// overlap m, or ok=false when none does.
func covering(spans []Span, m Span) (first, last Span, ok bool) {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > m.Start })
	if i == len(spans) || spans[i].Start >= max(m.End, m.Start+1) {
		return Span{}, Span{}, false
	}
	j := i
	for j+1 < len(spans) && spans[j+1].Start < m.End {
		j++
	}
	return spans[i], spans[j], true
}

// innermost returns the shortest span holding m whole.
func innermost(spans []Span, m Span) (Span, bool) {
	best, ok := Span{}, false
	for _, s := range spans {
		if s.Start <= m.Start && m.End <= s.End && (!ok || s.Len() < best.Len()) {
			best, ok = s, true
		}
	}
	return best, ok
}

func trimSpace(text string, s Span) Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += size
	}
	for s.End > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= size
	}
	return s
}

// trimQuote drops surrounding spaces and a dangling ",", ";" or ":" left
// where a quotation meets its attribution ("…military," she said).
func trimQuote(text string, s Span) Span {
	s = trimSpace(text, s)
	for s.End > s.Start && strings.IndexByte(",;:", text[s.End-1]) >= 0 {
		s = trimSpace(text, Span{s.Start, s.End - 1})
	}
	return s
}
