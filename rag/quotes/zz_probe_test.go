package quotes_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/articlebot/articlebot/rag/quotes"
	"github.com/articlebot/articlebot/rag/segment"
)

func TestZZProbe(t *testing.T) {
	text := os.Getenv("TEXT")
	if p := os.Getenv("PROBE"); p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text = string(b)
	}
	if text == "" {
		t.Skip("no input")
	}
	var ss []quotes.Sentence
	for _, s := range segment.Sentences(text) {
		ss = append(ss, quotes.Sentence{Start: s.Start, End: s.End, Paragraph: s.Paragraph})
	}
	a := quotes.Analyze(text, ss)
	for _, q := range a.Quotations {
		fmt.Printf("Q %q -> %q (%s)\n", text[q.Start:q.End], q.Speaker, q.Cue)
	}
	for _, p := range a.Paraphrases {
		s := ss[p.Sentence]
		fmt.Printf("P %q -> %q (%s)\n", text[s.Start:s.End], p.Speaker, p.Cue)
	}
}

func TestZZPeople(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("PROBE"))
	text := string(b)
	var ss []quotes.Sentence
	for _, s := range segment.Sentences(text) {
		ss = append(ss, quotes.Sentence{Start: s.Start, End: s.End, Paragraph: s.Paragraph})
	}
	a := quotes.Analyze(text, ss)
	for _, p := range a.People {
		fmt.Printf("PERSON %+v\n", p)
	}
}
