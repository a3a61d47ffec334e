package cite

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// units splits the test article the way the segmenter and the quotation
// finder do: sentences, and the quoted words between curly marks.
func testUnits(text string) Units {
	var u Units
	start := 0
	for _, end := range []string{"Friday.", "invasion.", "ruled out.”", "now.", "again.", "dit-il.", "for\tnow."} {
		i := strings.Index(text[start:], end)
		if i < 0 {
			panic(end)
		}
		s := trimSpace(text, Span{start, start + i + len(end)})
		u.Sentences = append(u.Sentences, s)
		start = s.End
	}
	for from := 0; ; {
		i := strings.Index(text[from:], "“")
		if i < 0 {
			break
		}
		open := from + i + len("“")
		j := strings.Index(text[open:], "”")
		u.Quotations = append(u.Quotations, Span{open, open + j})
		from = open + j
	}
	return u
}

func TestFaithful(t *testing.T) {
	u := testUnits(article)
	tests := []struct {
		name, match    string
		quote, emphsis string // emphasis "" = none
	}{
		{"meaning-flipping fragment widens to the quoted sentence", "going to come to Mexico with the military",
			"The United States is not going to come to Mexico with the military", "going to come to Mexico with the military"},
		{"whole quoted words: no emphasis, comma trimmed", "The United States is not going to come to Mexico with the military,",
			"The United States is not going to come to Mexico with the military", ""},
		{"mid-word cut widens to whole words", "with the mili",
			"The United States is not going to come to Mexico with the military", "with the military"},
		{"cut inside the first word", "nited States is not",
			"The United States is not going to come to Mexico with the military", "United States is not"},
		{"second sentence of a quotation stops at the sentence", "absolutely ruled",
			"That is ruled out, absolutely ruled out.", "absolutely ruled"},
		{"two sentences of a quotation", "an invasion. That is",
			"We co-operate, we collaborate, but there is not going to be an invasion. That is ruled out, absolutely ruled out.", "an invasion. That is"},
		{"reporter's words widen to the whole sentence", "Claudia Sheinbaum said",
			"“The United States is not going to come to Mexico with the military,” President Claudia Sheinbaum said on Friday.", "Claudia Sheinbaum said"},
		{"across the quotation mark widens to the sentence", "military,” President",
			"“The United States is not going to come to Mexico with the military,” President Claudia Sheinbaum said on Friday.", "military,” President"},
		{"fragment quotation keeps its marks as bounds", "serious",
			"very serious consequences", "serious"},
		{"whole fragment quotation", "very serious consequences", "very serious consequences", ""},
		{"last sentence of a quotation drops its closing mark", "That is ruled out, absolutely ruled out.”",
			"That is ruled out, absolutely ruled out.", ""},
		{"whole sentence: no emphasis", "Prices rose 5%... again.", "Prices rose 5%... again.", ""},
		{"sentence without its full stop: no emphasis", "Prices rose 5%... again", "Prices rose 5%... again.", ""},
		{"punctuation only left out: no emphasis", " it’s over… for now", "Cecilia Farfán-Méndez warned of “very serious consequences” — and said: it’s over… for now.", "it’s over… for now"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(article, tc.match)
			if i < 0 {
				t.Fatalf("%q not in the article", tc.match)
			}
			q, e := Faithful(article, u, Span{i, i + len(tc.match)})
			if got := article[q.Start:q.End]; got != tc.quote {
				t.Errorf("quote = %q, want %q", got, tc.quote)
			}
			got := ""
			if e != (Span{}) {
				got = article[e.Start:e.End]
				if e.Start < q.Start || e.End > q.End {
					t.Errorf("emphasis %v outside quote %v", e, q)
				}
			}
			if got != tc.emphsis {
				t.Errorf("emphasis = %q, want %q", got, tc.emphsis)
			}
			if !IsWholeWords(article, q) || (e != (Span{}) && !IsWholeWords(article, e)) {
				t.Errorf("quote %v or emphasis %v cuts a word", q, e)
			}
		})
	}
}

func TestFaithfulWithoutUnits(t *testing.T) {
	text := "Prices rose again."
	q, e := Faithful(text, Units{}, Span{3, 9}) // "ces ro"
	if got := text[q.Start:q.End]; got != "Prices rose" || e != (Span{}) {
		t.Errorf("got %q %v, want whole words with no emphasis", got, e)
	}
	q, _ = Faithful(text, Units{}, Span{-5, 100})
	if q != (Span{0, len(text)}) {
		t.Errorf("out-of-range span not clamped: %v", q)
	}
}

func TestVerifyIn(t *testing.T) {
	text := "He said no. Then: He said no. Again he said no."
	second := strings.Index(text, "Then:")
	s, e, err := VerifyIn(text, "He said no.", second, len(text))
	if err != nil || s != second+len("Then: ") || text[s:e] != "He said no." {
		t.Fatalf("VerifyIn = %d,%d,%v; want the second occurrence", s, e, err)
	}
	if _, _, err := VerifyIn(text, "He said no. Again", 0, second); err == nil {
		t.Error("a match running past the range was accepted")
	}
	if _, _, err := VerifyIn(text, "Again", 0, len(text)+10); err != nil {
		t.Errorf("range past the text not clamped: %v", err)
	}
}

// FuzzFaithful checks the rule's invariants on any text and span: the
// quote lies in the text, never cuts a word, holds the whole-word match
// (or what is left of it after trimming), and the emphasis lies inside it.
func FuzzFaithful(f *testing.F) {
	f.Add(article, 40, 60)
	f.Add("“A b,” he said. “C d. E f.” G.", 3, 5)
	f.Add("x", 0, 1)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		if len(text) == 0 {
			return
		}
		a, b = abs(a)%len(text), abs(b)%(len(text)+1)
		a, b = min(a, b), max(a, b)
		var u Units
		start := 0
		for i := 0; i < len(text); i++ {
			if text[i] == '.' {
				u.Sentences = append(u.Sentences, Span{start, i + 1})
				start = i + 1
			}
		}
		if start < len(text) {
			u.Sentences = append(u.Sentences, Span{start, len(text)})
		}
		if i := strings.Index(text, "“"); i >= 0 {
			if j := strings.Index(text[i:], "”"); j > 0 {
				u.Quotations = append(u.Quotations, Span{i + len("“"), i + j})
			}
		}
		q, e := Faithful(text, u, Span{a, b})
		if q.Start < 0 || q.End > len(text) || q.Start > q.End {
			t.Fatalf("quote %v outside the text", q)
		}
		if !IsWholeWords(text, q) {
			t.Errorf("quote %q cuts a word", text[q.Start:q.End])
		}
		if e != (Span{}) && (e.Start < q.Start || e.End > q.End || e.Start >= e.End) {
			t.Errorf("emphasis %v outside quote %v", e, q)
		}
		// The match's words (its punctuation and marks may be dropped).
		m := WholeWords(text, Span{a, b})
		first := strings.IndexFunc(text[m.Start:m.End], wordRune)
		last := strings.LastIndexFunc(text[m.Start:m.End], wordRune)
		if first >= 0 {
			_, size := utf8.DecodeRuneInString(text[m.Start+last:])
			m = Span{m.Start + first, m.Start + last + size}
		}
		if first >= 0 && (m.Start < q.Start || m.End > q.End) {
			t.Errorf("match %q neither inside quote %q nor emphasized", text[m.Start:m.End], text[q.Start:q.End])
		}
	})
}
