package quotes

import (
	"fmt"
	"strings"
	"testing"
)

// quotedOften is text shaped as hostile pages may be: unit n times over
// in one sentence ("one sentence"), or in sentences just short of
// maxReadSentenceBytes, two a paragraph, to n quotations or more ("sentences").
func quotedOften(shape, unit string, n int) string {
	if shape == "one sentence" {
		return "Smith said that " + strings.Repeat(unit, n) + "nothing more."
	}
	per := (maxReadSentenceBytes - 40) / len(unit)
	sent := "Smith said that " + strings.Repeat(unit, per) + "nothing more. "
	var b strings.Builder
	for q := 0; q < n; q += 2 * per * strings.Count(unit, "“") {
		b.WriteString(sent + sent + "\n\n")
	}
	return b.String()
}

// hostileUnits are the clauses whose quotations cost the most to read:
// each rule they reach reads the sentence before the quotation.
var hostileUnits = map[string]string{
	"programme": "Kaine asserted on ABC's “This Week” that it was “x” and ",
	"he said":   "“Yes,” he said, and ",
	"role":      "Smith said that Lee, who told reporters “x”, ",
}

func TestUnreadQuotations(t *testing.T) {
	t.Run("long sentence", func(t *testing.T) {
		unit := "“We go,” Lee said, and "
		n := maxReadSentenceBytes/len(unit) + 1
		long := quotedOften("one sentence", unit, n)
		text := long + "\n\n“We are leaving,” Lee said."
		an := analyze(text)
		if len(an.Quotations) != n+1 {
			t.Fatalf("found %d quotations, want %d: a sentence too long to read still has its quotations", len(an.Quotations), n+1)
		}
		for _, q := range an.Quotations[:n] {
			if q.Speaker != "" {
				t.Fatalf("quotation %q in a sentence of %d bytes given to %q, want no one's", text[q.Start:q.End], len(long), q.Speaker)
			}
		}
		if last := an.Quotations[n]; last.Speaker != "Lee" {
			t.Errorf("the quotation after the long sentence is %q's, want Lee's", last.Speaker)
		}
	})
	t.Run("many quotations", func(t *testing.T) {
		text := strings.Repeat("“We are leaving,” Lee said. ", maxReadQuotations+1)
		an := analyze(text)
		if len(an.Quotations) != maxReadQuotations+1 {
			t.Fatalf("found %d quotations, want %d", len(an.Quotations), maxReadQuotations+1)
		}
		if q := an.Quotations[maxReadQuotations-1]; q.Speaker != "Lee" {
			t.Errorf("quotation %d is %q's, want Lee's", maxReadQuotations-1, q.Speaker)
		}
		if q := an.Quotations[maxReadQuotations]; q.Speaker != "" {
			t.Errorf("quotation %d, past the bound, is %q's, want no one's", maxReadQuotations, q.Speaker)
		}
	})
	t.Run("many sentences", func(t *testing.T) {
		text := strings.Repeat("Lee said the plan would fail. ", maxReadSentences+1)
		an := analyze(text)
		if len(an.Paraphrases) != maxReadSentences {
			t.Fatalf("%d sentences of reported speech found, want the first %d", len(an.Paraphrases), maxReadSentences)
		}
		if p := an.Paraphrases[len(an.Paraphrases)-1]; p.Sentence != maxReadSentences-1 || p.Speaker != "Lee" {
			t.Errorf("the last reported speech found is sentence %d's, %q's; want sentence %d's, Lee's", p.Sentence, p.Speaker, maxReadSentences-1)
		}
	})
}

// BenchmarkAnalyzeQuotedOften is the cost per quotation of pages quoting
// hundreds or thousands of times, in one sentence or in sentences just
// short of the bound: the same at both sizes, or falling, when the work
// grows with the page and not with its square. Before the bounds, 600
// programmes in one sentence took 28.6 s and 150 took 1.6 s, and "he
// said" 2.1 s and 0.12 s.
func BenchmarkAnalyzeQuotedOften(b *testing.B) {
	for _, shape := range []string{"one sentence", "sentences"} {
		for _, name := range []string{"programme", "he said", "role"} {
			for _, n := range []int{150, 600} {
				text := quotedOften(shape, hostileUnits[name], n)
				sents := split(text)
				quotes := len(Analyze(text, sents).Quotations)
				b.Run(fmt.Sprintf("%s/%s/%d", shape, name, n), func(b *testing.B) {
					for b.Loop() {
						Analyze(text, sents)
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*quotes), "ns/quotation")
				})
			}
		}
	}
}

// BenchmarkAnalyzePullQuotes is the cost per quotation of a page of
// paragraphs that are each only a quotation, which pullQuotes compares
// with every other: the same at both sizes when it stops at
// maxReadQuotations.
func BenchmarkAnalyzePullQuotes(b *testing.B) {
	for _, n := range []int{1000, 8000} {
		text := strings.Repeat("“We will build the wall and the bridge too.”\n\n", n)
		sents := split(text)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Analyze(text, sents)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/quotation")
		})
	}
}
