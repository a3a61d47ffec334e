package rag

import (
	"strings"
	"testing"
	"time"

	"github.com/articlebot/articlebot/store"
)

// TestTermCacheKinds: the kinds a sentence holds are matched only for the
// kinds asked about, once, and the answer is the same whatever was asked
// before.
func TestTermCacheKinds(t *testing.T) {
	sentences := []string{
		"The bridge closed on March 3, 2024.",
		"At least 12 people were hurt in the collapse.",
		"It fell because a support cable snapped.",
		"Nothing else was said.",
	}
	a := &store.Article{Scope: "s", ID: "a", AddedAt: time.Unix(1, 0)}
	var text strings.Builder
	for i, s := range sentences {
		if i > 0 {
			text.WriteByte(' ')
		}
		a.Sentences = append(a.Sentences, store.Sentence{Start: text.Len(), End: text.Len() + len(s)})
		text.WriteString(s)
	}
	a.Text = text.String()
	all := holdsTime | holdsNumber | holdsPlace | holdsPerson | holdsReason
	want := []answerKinds{holdsTime | holdsNumber, holdsNumber, holdsReason, 0} // a date has numbers too
	for i := range sentences {
		if got := kindsOf(sentences[i], all); got&(holdsTime|holdsNumber|holdsReason) != want[i] {
			t.Fatalf("fixture: %q holds %b, want %b among time, number and reason", sentences[i], got, want[i])
		}
	}
	for _, order := range [][]answerKinds{
		{holdsTime, holdsNumber, holdsReason},
		{holdsReason | holdsNumber, holdsTime},
		{all},
	} {
		c := newTermCache()
		for _, ask := range order {
			for i := range sentences {
				if got := c.kinds(a, i, ask); got != kindsOf(sentences[i], all)&ask {
					t.Errorf("asked %b after %v: sentence %d holds %b, want %b", ask, order, i, got, kindsOf(sentences[i], all)&ask)
				}
			}
		}
		e := c.entry(a)
		var asked answerKinds
		for _, ask := range order {
			asked |= ask
		}
		for i, k := range e.known {
			if k != asked {
				t.Errorf("after %v, sentence %d's patterns matched for %b, want only %b", order, i, k, asked)
			}
		}
	}
}
