package store

import (
	"context"
	"math"
	"strings"
	"sync"
	"time"

	"github.com/articlebot/articlebot/internal/lexical"
)

// The full-text index holds each sentence's terms as package lexical makes
// them (folded, stop words dropped, Snowball-stemmed), not the sentence as
// written: one notion of a term for the index, its queries, its statistics
// and the engine's own re-ranking, on both backends. (FTS5's porter
// tokenizer stems with Porter's first algorithm, so "communities" was
// "communiti" in the index and "commun" everywhere else.)

// sentenceTerms returns the terms of each of a's sentences.
func sentenceTerms(a *Article) [][]string {
	out := make([][]string, len(a.Sentences))
	for i, x := range a.Sentences {
		out[i] = lexical.Terms(a.Text[x.Start:x.End])
	}
	return out
}

// SearchSentences ranks a scope's sentences (or, when articleIDs is not
// empty, those articles' sentences) by BM25 against the terms, any of which
// may match; Score is -bm25 as FTS5 computes it, higher is better, the
// same on both backends. Terms are raw user words, made terms as the
// index's are (a word of several terms is a phrase); no query syntax in
// them has effect.
//
// A term's document frequency is counted within the scope (on SQLite each
// term is indexed under its scope, so a search reads only its scope's
// lists): a small server's questions cost what its own library costs, not
// what the biggest server's does, and no server's words weigh in another's
// ranking. The row count and mean length are the whole record's, as FTS5
// keeps them.
func (s *Store) SearchSentences(ctx context.Context, scope Scope, articleIDs []string, terms []string, n int) ([]SentenceHit, error) {
	if n <= 0 {
		return nil, nil
	}
	q := s.selectiveTerms(ctx, scope, terms)
	if len(q.phrases) == 0 {
		return nil, nil
	}
	return s.d.searchSentences(ctx, s, scope, articleIDs, q, n)
}

// ftsQuery is a full-text query: phrases any of which may match.
type ftsQuery struct {
	phrases [][]string
	// matches is how many rows of the scope hold the phrases (at most),
	// or -1 when the scope is too small to bother counting.
	matches int
}

// commonShare: a word in more than this share of a scope's sentences ranks
// little (it is nearly everywhere) but makes the query visit every one of
// them; such words are left out when rarer ones remain. 1% rather than 2%
// halves a 100k-chunk server's question and answers a public QA set as
// well (docs/benchmarks.md, "ask at 100k").
const commonShare = 0.01

// minRowsToPrune: small scopes are searched with every word; pruning only
// pays once common words cost real time.
const minRowsToPrune = 5000

// selectiveTerms makes the words phrases of terms, dropping duplicates and
// the very common ones (by their document frequency in the scope).
func (s *Store) selectiveTerms(ctx context.Context, scope Scope, words []string) *ftsQuery {
	q := &ftsQuery{}
	seen := map[string]bool{}
	for _, w := range words {
		p := lexical.Terms(w)
		if k := strings.Join(p, " "); len(p) > 0 && !seen[k] {
			seen[k] = true
			q.phrases = append(q.phrases, p)
		}
	}
	if len(q.phrases) == 0 {
		return q
	}
	rows := s.scopeRows(ctx, scope)
	if rows < minRowsToPrune {
		q.matches = -1
		return q
	}
	limit := int(commonShare * float64(rows))
	var kept [][]string
	var rarest []string
	rarestDF := 0
	for _, p := range q.phrases {
		df := s.docFreq(ctx, scope, p)
		if rarest == nil || df < rarestDF {
			rarest, rarestDF = p, df
		}
		if df <= limit {
			kept = append(kept, p)
			q.matches += df
		}
	}
	if len(kept) == 0 {
		kept, q.matches = [][]string{rarest}, rarestDF
	}
	q.phrases = kept
	return q
}

// maxCachedTerms bounds the document-frequency cache; questions reuse a
// modest vocabulary, and a full cache simply starts over.
const maxCachedTerms = 4096

// dfCache remembers full-text statistics: how many of a scope's sentences hold a phrase
// (counting walks the term's whole list, as long as the query it prunes),
// how many a scope has, and the totals BM25 needs. Every write by this
// process clears it, and it expires: another process's writes (the CLI
// while the bot runs, another shard) cannot clear it.
type dfCache struct {
	mu sync.Mutex
	// counts holds scope row counts and phrase document frequencies, by
	// countKey.
	counts map[string]int
	totals *ftsTotals
	since  time.Time // when the oldest entry was made
}

// ftsStatsTTL bounds how long statistics are reused: long enough that a
// busy server's questions share them, short enough that a write by another
// process shifts rankings within seconds.
const ftsStatsTTL = 10 * time.Second

// expire empties the cache when its oldest entry is too old; the caller
// holds mu.
func (c *dfCache) expire() {
	if now := time.Now(); now.Sub(c.since) > ftsStatsTTL {
		c.counts, c.totals, c.since = nil, nil, now
	}
}

// ftsTotals are the whole index's sentence and token counts.
type ftsTotals struct{ rows, tokens int }

func (c *dfCache) clear() {
	c.mu.Lock()
	c.counts, c.totals = nil, nil
	c.mu.Unlock()
}

// countKey names a count in the cache: a phrase's document frequency in a
// scope, or with no phrase the scope's row count.
func countKey(scope Scope, phrase []string) string {
	return string(scope) + "\x00" + strings.Join(phrase, " ")
}

// count returns a cached count, or loads and caches it; a count that
// fails to load is 0 (unknown) and is not cached.
func (c *dfCache) count(key string, load func() (int, error)) int {
	c.mu.Lock()
	c.expire()
	n, ok := c.counts[key]
	c.mu.Unlock()
	if ok {
		return n
	}
	n, err := load()
	if err != nil {
		return 0
	}
	c.mu.Lock()
	if c.counts == nil || len(c.counts) >= maxCachedTerms {
		c.counts = map[string]int{}
	}
	c.counts[key] = n
	c.mu.Unlock()
	return n
}

// scopeRows returns how many sentences a scope has (0 if unknown: every
// word is then kept, always correct).
func (s *Store) scopeRows(ctx context.Context, scope Scope) int {
	return s.dfs.count(countKey(scope, nil), func() (int, error) {
		return s.d.scopeRows(ctx, s.db, scope)
	})
}

// docFreq returns the number of a scope's sentences holding a phrase (0 if
// unknown), from the cache or the index.
func (s *Store) docFreq(ctx context.Context, scope Scope, phrase []string) int {
	return s.dfs.count(countKey(scope, phrase), func() (int, error) {
		return s.d.docFreq(ctx, s.db, scope, phrase)
	})
}

// BM25 parameters, FTS5's.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// bm25IDF is FTS5's inverse document frequency of a phrase held by hits of
// rows rows: never zero or negative, so a very common word still counts a
// little.
func bm25IDF(rows, hits int) float64 {
	idf := math.Log((float64(rows) - float64(hits) + 0.5) / (float64(hits) + 0.5))
	if idf <= 0 {
		idf = 1e-6
	}
	return idf
}

// bm25 is FTS5's bm25() of one row (without its sign): freq[i] is how often
// phrase i occurs in the row, docLen the row's tokens, avgLen the mean.
func bm25(idf []float64, freq []int, docLen int, avgLen float64) float64 {
	var score float64
	for i, f := range freq {
		ff := float64(f)
		score += idf[i] * (ff * (bm25K1 + 1)) / (ff + bm25K1*(1-bm25B+bm25B*float64(docLen)/avgLen))
	}
	return score
}

// phraseCount is how often phrase occurs, as consecutive terms, in terms.
func phraseCount(terms, phrase []string) int {
	n := 0
	for i := 0; i+len(phrase) <= len(terms); i++ {
		match := true
		for j, p := range phrase {
			if terms[i+j] != p {
				match = false
				break
			}
		}
		if match {
			n++
		}
	}
	return n
}
