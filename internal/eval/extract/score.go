package main

import (
	"strings"
	"unicode"
)

// titleForm is how two titles are compared: spacing, the shape of quote
// marks and dashes, and a closing period aside.
var titleForm = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'", "–", "-", "—", "-", "\u00a0", " ")

// sameTitle reports whether an extracted title is the annotated one.
func sameTitle(got, want string) bool {
	norm := func(s string) string {
		return strings.TrimSuffix(strings.Join(strings.Fields(titleForm.Replace(s)), " "), ".")
	}
	return norm(got) == norm(want)
}

// tokens splits s into lower-cased runs of letters and digits.
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// score is one page's token precision, recall and F1.
type score struct{ p, r, f float64 }

// tokenScore compares an extraction with the annotated text as multisets
// of tokens. Two empty texts agree fully; an empty extraction of a
// non-empty text has precision 1 (it says nothing wrong) and recall 0.
func tokenScore(got, want string) score {
	g, w := tokens(got), tokens(want)
	if len(g) == 0 && len(w) == 0 {
		return score{1, 1, 1}
	}
	counts := make(map[string]int, len(w))
	for _, t := range w {
		counts[t]++
	}
	overlap := 0
	for _, t := range g {
		if counts[t] > 0 {
			counts[t]--
			overlap++
		}
	}
	s := score{p: 1, r: 1}
	if len(g) > 0 {
		s.p = float64(overlap) / float64(len(g))
	}
	if len(w) > 0 {
		s.r = float64(overlap) / float64(len(w))
	}
	if s.p+s.r > 0 {
		s.f = 2 * s.p * s.r / (s.p + s.r)
	}
	return s
}

// mean averages scores over pages.
func mean(ss []score) score {
	var m score
	for _, s := range ss {
		m.p += s.p
		m.r += s.r
		m.f += s.f
	}
	if n := float64(len(ss)); n > 0 {
		m.p, m.r, m.f = m.p/n, m.r/n, m.f/n
	}
	return m
}
