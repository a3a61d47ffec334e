package rag

import (
	"fmt"
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
		c := newTermCache(termCacheSize, termCacheSentences)
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

// TestTermCacheBounds: the cache keeps at most its articles and its
// sentences, the least recently asked about going first, and always the
// newest entry, however large.
func TestTermCacheBounds(t *testing.T) {
	article := func(id string, n int) *store.Article {
		a := &store.Article{Scope: "s", ID: id, AddedAt: time.Unix(1, 0), Text: strings.Repeat("Word. ", n)}
		for i := range n {
			a.Sentences = append(a.Sentences, store.Sentence{Start: 6 * i, End: 6*i + 5})
		}
		return a
	}
	held := func(c *termCache) (ids []string) {
		for el := c.ll.Front(); el != nil; el = el.Next() {
			ids = append(ids, el.Value.(*termEntry).key.id)
		}
		return ids
	}
	c := newTermCache(3, 10)
	c.get(article("a", 4))
	c.get(article("b", 4))
	c.get(article("a", 4)) // a is now the most recently asked about
	c.get(article("c", 4)) // 12 sentences: b goes
	if got := fmt.Sprint(held(c)); got != "[c a]" {
		t.Errorf("after a, b, a, c: %s, want [c a]", got)
	}
	c.get(article("d", 1))
	c.get(article("e", 1)) // 4 articles: a goes
	if got := fmt.Sprint(held(c)); got != "[e d c]" {
		t.Errorf("after d, e: %s, want [e d c]", got)
	}
	c.get(article("huge", 50))
	if got := fmt.Sprint(held(c)); got != "[huge]" || c.sentences != 50 {
		t.Errorf("after an article past the bound: %s holding %d sentences, want [huge] holding 50", got, c.sentences)
	}
	c.forget("s", "huge")
	if c.ll.Len() != 0 || c.sentences != 0 {
		t.Errorf("after forgetting it: %d entries holding %d sentences, want none", c.ll.Len(), c.sentences)
	}
}
