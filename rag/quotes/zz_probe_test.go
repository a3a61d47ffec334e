package quotes_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/rag/quotes"
	"github.com/articlebot/articlebot/rag/segment"
)

// ZZProbe prints what Analyze finds in $PROBE (a file) or $TEXT.
func TestZZProbe(t *testing.T) {
	text := os.Getenv("TEXT")
	if f := os.Getenv("PROBE"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text = string(b)
	}
	if text == "" {
		t.Skip("no PROBE or TEXT")
	}
	sp := segment.Sentences(text)
	in := make([]quotes.Sentence, len(sp))
	for i, s := range sp {
		in[i] = quotes.Sentence{Start: s.Start, End: s.End, Paragraph: s.Paragraph}
	}
	if os.Getenv("SENTS") != "" {
		for i, s := range sp {
			fmt.Printf("S%d p%d: %s\n", i, s.Paragraph, text[s.Start:s.End])
		}
	}
	an := quotes.Analyze(text, in)
	for _, q := range an.Quotations {
		fmt.Printf("Q s%d %-22q %-18q %s\n", q.Sentence, q.Speaker, q.Cue, short(text[q.Start:q.End]))
	}
	for _, p := range an.Paraphrases {
		fmt.Printf("P s%d %-22q %-18q %s\n", p.Sentence, p.Speaker, p.Cue, short(text[sp[p.Sentence].Start:sp[p.Sentence].End]))
	}
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 110 {
		s = s[:110] + "…"
	}
	return s
}
