package rag

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/store"
)

func TestQuestionLengthCap(t *testing.T) {
	e := newTestEngine(t, t.TempDir())
	ingest(t, e, store.LocalScope, seedPage)
	atCap := strings.Repeat("é", MaxQuestionChars-len("invasion "))
	for _, tc := range []struct {
		name string
		text string
		long bool
	}{
		{"at the cap, in characters not bytes", "invasion " + atCap, false},
		{"one over", "invasion " + atCap + "x", true},
		{"a pasted document", strings.Repeat("What did Sheinbaum say about invasion? ", 3000), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.Ask(context.Background(), Question{Scope: store.LocalScope, Text: tc.text})
			var tl *QuestionTooLongError
			if got := errors.As(err, &tl); got != tc.long {
				t.Fatalf("Ask err = %v, want too long: %v", err, tc.long)
			}
			if _, err := e.Retrieve(context.Background(), Question{Scope: store.LocalScope, Text: tc.text}, 3); errors.As(err, &tl) != tc.long {
				t.Fatalf("Retrieve err = %v, want too long: %v", err, tc.long)
			}
		})
	}
}

// BenchmarkAskLongQuestion shows what a question at the length cap costs
// next to an ordinary one, over the same library.
func BenchmarkAskLongQuestion(b *testing.B) {
	e := newTestEngine(b, b.TempDir())
	ingest(b, e, store.LocalScope, seedPage)
	long := strings.Repeat("Sheinbaum said the invasion of Mexico is ruled out by the government today ", 40)[:MaxQuestionChars]
	for _, q := range []struct{ name, text string }{{"short", "What did Sheinbaum say about invasion?"}, {"at-cap", long}} {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := e.Ask(context.Background(), Question{Scope: store.LocalScope, Text: q.text}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestSentenceCap: a page of more sentences than MaxSentences is refused
// as too large, and nothing of it is stored.
func TestSentenceCap(t *testing.T) {
	e := newTestEngine(t, t.TempDir())
	page := writeArticle(t, t.TempDir(), "Many", strings.Repeat("He said it. ", MaxSentences+1))
	_, err := e.Ingest(context.Background(), IngestRequest{Scope: store.LocalScope, Source: LocalFile(page)})
	if p := Classify(err); p.Kind != KindTooLarge {
		t.Fatalf("Ingest err = %v (%v), want too large", err, p.Kind)
	}
	_, n, err := e.List(context.Background(), store.LocalScope, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d articles stored, want none", n)
	}
}
