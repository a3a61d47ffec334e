package rag

import (
	"container/list"
	"sync"

	"github.com/articlebot/articlebot/rag/lexical"
	"github.com/articlebot/articlebot/store"
)

// termCacheSize bounds how many articles' sentence terms are kept: enough
// for the articles a busy server asks about, small next to the vectors.
const termCacheSize = 512

// termCache keeps each article's sentence terms, so re-ranking does not
// tokenize and stem the same sentences on every question.
type termCache struct {
	mu    sync.Mutex
	ll    *list.List
	items map[termKey]*list.Element
}

type termKey struct {
	scope store.Scope
	id    string
	added int64 // a re-ingested article is a new entry
}

type termEntry struct {
	key   termKey
	terms [][]string
}

func newTermCache() *termCache {
	return &termCache{ll: list.New(), items: map[termKey]*list.Element{}}
}

// get returns the terms of every sentence of a.
func (c *termCache) get(a *store.Article) [][]string {
	k := termKey{a.Scope, a.ID, a.AddedAt.UnixNano()}
	c.mu.Lock()
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		c.mu.Unlock()
		return el.Value.(*termEntry).terms
	}
	c.mu.Unlock()
	terms := make([][]string, len(a.Sentences))
	for i, s := range a.Sentences {
		terms[i] = lexical.Terms(a.Text[s.Start:s.End])
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.items[k]; !ok {
		c.items[k] = c.ll.PushFront(&termEntry{k, terms})
		if c.ll.Len() > termCacheSize {
			old := c.ll.Remove(c.ll.Back()).(*termEntry)
			delete(c.items, old.key)
		}
	}
	return terms
}

// forget drops an article's entries (all versions), or a whole scope's
// when id is "".
func (c *termCache) forget(scope store.Scope, id string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, el := range c.items {
		if k.scope == scope && (id == "" || k.id == id) {
			c.ll.Remove(el)
			delete(c.items, k)
		}
	}
}
