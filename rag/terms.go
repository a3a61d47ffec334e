package rag

import (
	"container/list"
	"sync"

	"github.com/articlebot/articlebot/internal/lexical"
	"github.com/articlebot/articlebot/store"
)

// termCacheSize bounds how many articles' sentence terms are kept: enough
// for the articles a busy server asks about, small next to the vectors.
// termCacheSentences bounds how many sentences they hold together: an
// article of 49,000 short sentences (near MaxSentences) kept 7 MB of
// terms, so 512 of them could hold gigabytes, and this bound some 140 MB;
// 512 news articles of a hundred sentences each hold a twentieth of it.
const (
	termCacheSize      = 512
	termCacheSentences = 1_000_000
)

// termCache keeps each article's sentence terms and answer kinds, so
// re-ranking does not tokenize, stem and pattern-match the same sentences
// on every question.
type termCache struct {
	mu        sync.Mutex
	ll        *list.List
	items     map[termKey]*list.Element
	sentences int // held by the entries together

	maxArticles, maxSentences int
}

type termKey struct {
	scope store.Scope
	id    string
	added int64 // a re-ingested article is a new entry
}

type termEntry struct {
	key   termKey
	terms [][]string

	mu sync.Mutex // guards kinds and known, filled as questions ask
	// kinds holds, per sentence, the kinds of answer it holds among those
	// in known: a pattern is matched against a sentence only when a
	// question asks for its kind and the sentence is a candidate: matching
	// every pattern against every sentence of each candidate article cost
	// the first question over a 100k-chunk server about 50 ms of CPU.
	kinds, known []answerKinds
}

func newTermCache(maxArticles, maxSentences int) *termCache {
	return &termCache{ll: list.New(), items: map[termKey]*list.Element{}, maxArticles: maxArticles, maxSentences: maxSentences}
}

// get returns the terms of every sentence of a.
func (c *termCache) get(a *store.Article) [][]string { return c.entry(a).terms }

// kinds reports which of the kinds in want sentence i of a holds.
func (c *termCache) kinds(a *store.Article, i int, want answerKinds) answerKinds {
	e := c.entry(a)
	e.mu.Lock()
	defer e.mu.Unlock()
	if miss := want &^ e.known[i]; miss != 0 {
		s := a.Sentences[i]
		e.kinds[i] |= kindsOf(a.Text[s.Start:s.End], miss)
		e.known[i] |= miss
	}
	return e.kinds[i] & want
}

func (c *termCache) entry(a *store.Article) *termEntry {
	k := termKey{a.Scope, a.ID, a.AddedAt.UnixNano()}
	c.mu.Lock()
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		c.mu.Unlock()
		return el.Value.(*termEntry)
	}
	c.mu.Unlock()
	e := &termEntry{key: k, terms: make([][]string, len(a.Sentences)), kinds: make([]answerKinds, len(a.Sentences)), known: make([]answerKinds, len(a.Sentences))}
	for i, s := range a.Sentences {
		e.terms[i] = lexical.Terms(a.Text[s.Start:s.End])
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[k]; ok {
		return el.Value.(*termEntry)
	}
	c.items[k] = c.ll.PushFront(e)
	c.sentences += len(e.terms)
	// The newest entry stays, however large: it is being asked about.
	for c.ll.Len() > 1 && (c.ll.Len() > c.maxArticles || c.sentences > c.maxSentences) {
		c.remove(c.ll.Back())
	}
	return e
}

// remove drops el's entry; c.mu is held.
func (c *termCache) remove(el *list.Element) {
	old := c.ll.Remove(el).(*termEntry)
	delete(c.items, old.key)
	c.sentences -= len(old.terms)
}

// forget drops an article's entries (all versions), or a whole scope's
// when id is "".
func (c *termCache) forget(scope store.Scope, id string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, el := range c.items {
		if k.scope == scope && (id == "" || k.id == id) {
			c.remove(el)
		}
	}
}
