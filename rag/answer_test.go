package rag

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/store"
)

// proseEndPattern is the pattern endsProse replaced, kept as its
// reference.
var proseEndPattern = regexp.MustCompile(`[.!?…。！？]["”’')\]」』）]*\s*$`)

func TestEndsProse(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The plan failed.", true},
		{"“It failed,” he said.”", true},
		{"Did it fail?) \n", true},
		{"她说。」", true},
		{"Saturday, 09 August 2025 11:24 AM", false},
		{"It failed. ) ", false}, // a space before a closing mark is not how a sentence ends
		{"It failed.\v", false},  // \v is not among the pattern's spaces
		{"", false},
		{"…", true},
	} {
		if got := endsProse(tc.text); got != tc.want {
			t.Errorf("endsProse(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// FuzzEndsProse checks endsProse against the pattern it replaced.
func FuzzEndsProse(f *testing.F) {
	for _, s := range []string{"It failed.", "“Yes.”  ", "No) ", "。）\t", "a.\xff", ".\"'", "x!” ’"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := endsProse(s), proseEndPattern.MatchString(s); got != want {
			t.Errorf("endsProse(%q) = %v, the pattern %v", s, got, want)
		}
	})
}

// TestPickReadsTheTop: an answer reads at most maxPicked ranked
// sentences for its quotes, however many repeat the first.
func TestPickReadsTheTop(t *testing.T) {
	e := newTestEngine(t, t.TempDir())
	a := alikeArticle(t, e, 3*maxPicked)
	var cands []*candidate
	for i := range a.Sentences {
		cands = append(cands, &candidate{art: a, sentence: i})
	}
	read := 0
	quotes := e.pick(cands, func(*candidate) bool { read++; return true })
	if len(quotes) != 1 {
		t.Errorf("%d quotes of one sentence said over and over, want 1", len(quotes))
	}
	if read != maxPicked {
		t.Errorf("pick read %d sentences, want %d", read, maxPicked)
	}
}

// alikeArticle stores an article of n sentences "Smith said the plan
// would fail.", through the engine's own ingest.
func alikeArticle(tb testing.TB, e *Engine, n int) *store.Article {
	tb.Helper()
	return ingest(tb, e, store.LocalScope, writeArticle(tb, tb.TempDir(), "Alike", strings.Repeat("Smith said the plan would fail. ", n)))
}

// TestAttributedOver checks the index of quotations over each sentence
// against reading every quotation for every sentence.
func TestAttributedOver(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for trial := range 200 {
		a := &store.Article{}
		at := 0
		for range r.IntN(30) {
			n := 1 + r.IntN(20)
			a.Sentences = append(a.Sentences, store.Sentence{Start: at, End: at + n})
			at += n + r.IntN(3)
		}
		for range r.IntN(15) {
			start := r.IntN(at + 1)
			qt := store.Quotation{Start: start, End: start + r.IntN(at+1-start) + 1}
			if r.IntN(3) > 0 {
				qt.Speaker = "Smith"
			}
			a.Quotations = append(a.Quotations, qt)
		}
		over := attributedOver(a)
		for si, s := range a.Sentences {
			var want []int
			for qi, qt := range a.Quotations {
				if qt.Speaker != "" && qt.Start < s.End && qt.End > s.Start {
					want = append(want, qi)
				}
			}
			if got := over[si]; fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("trial %d: sentence %d %v has quotations %v over it, want %v (quotations %v)", trial, si, s, got, want, a.Quotations)
			}
		}
	}
}

// TestAnswerPastWhatPickReads: when the only sentence that answers ranks
// past what pick reads, the answer says nothing was found rather than
// claiming an answer with no quote.
func TestAnswerPastWhatPickReads(t *testing.T) {
	e := newTestEngine(t, t.TempDir())
	a := alikeArticle(t, e, maxPicked+1)
	var cands []*candidate
	for i := range a.Sentences {
		cands = append(cands, &candidate{art: a, sentence: i})
	}
	last := cands[len(cands)-1]
	last.score, last.window = 1, 1
	ans := e.answerGeneral(cands, false)
	if ans.Found || len(ans.Quotes) != 0 || ans.Text != msgNotFound {
		t.Errorf("answer %+v, want %q", ans, msgNotFound)
	}
}
