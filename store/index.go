package store

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	chromem "github.com/philippgille/chromem-go"
)

// index is the in-memory vector index: one chromem-go collection per scope,
// plus each article's vectors (the same slices chromem holds) so a search
// within chosen articles scores them directly instead of scanning the scope.
type index struct {
	mu     sync.RWMutex
	db     *chromem.DB
	scopes map[Scope]*scopeIndex
}

type scopeIndex struct {
	coll     *chromem.Collection
	articles map[string][][]float32 // by article ID, by chunk index; nil for a zero vector
}

func newIndex() *index {
	return &index{db: chromem.NewDB(), scopes: map[Scope]*scopeIndex{}}
}

// noEmbedding keeps chromem from ever calling a remote embedder: every
// document and query comes with its vector.
func noEmbedding(context.Context, string) ([]float32, error) {
	return nil, fmt.Errorf("store: chromem asked to embed text; vectors must be given")
}

func docID(articleID string, chunk int) string { return articleID + "/" + strconv.Itoa(chunk) }

func parseDocID(id string) (string, int, bool) {
	i := strings.LastIndexByte(id, '/')
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(id[i+1:])
	return id[:i], n, err == nil
}

func (x *index) scope(s Scope) (*scopeIndex, error) {
	si := x.scopes[s]
	if si != nil {
		return si, nil
	}
	coll, err := x.db.GetOrCreateCollection(string(s), nil, noEmbedding)
	if err != nil {
		return nil, fmt.Errorf("create collection for %s: %w", s, err)
	}
	si = &scopeIndex{coll: coll, articles: map[string][][]float32{}}
	x.scopes[s] = si
	return si, nil
}

// put replaces an article's vectors; they must be normalized.
func (x *index) put(s Scope, articleID string, vecs [][]float32) {
	x.mu.Lock()
	defer x.mu.Unlock()
	si, err := x.scope(s)
	if err != nil {
		return
	}
	x.removeLocked(si, articleID)
	docs := make([]chromem.Document, 0, len(vecs))
	kept := make([][]float32, len(vecs))
	for i, v := range vecs {
		if isZero(v) {
			continue // nothing to compare; chromem would make it NaN
		}
		kept[i] = v
		docs = append(docs, chromem.Document{ID: docID(articleID, i), Embedding: v})
	}
	if len(docs) > 0 {
		// Errors here are impossible with given, non-empty vectors and IDs.
		_ = si.coll.AddDocuments(context.Background(), docs, max(1, min(runtime.NumCPU(), len(docs))))
	}
	si.articles[articleID] = kept
}

func (x *index) remove(s Scope, articleID string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if si := x.scopes[s]; si != nil {
		x.removeLocked(si, articleID)
	}
}

func (x *index) removeLocked(si *scopeIndex, articleID string) {
	old, ok := si.articles[articleID]
	if !ok {
		return
	}
	var ids []string
	for i, v := range old {
		if v != nil {
			ids = append(ids, docID(articleID, i))
		}
	}
	if len(ids) > 0 {
		_ = si.coll.Delete(context.Background(), nil, nil, ids...)
	}
	delete(si.articles, articleID)
}

func (x *index) dropScope(s Scope) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if _, ok := x.scopes[s]; ok {
		_ = x.db.DeleteCollection(string(s))
		delete(x.scopes, s)
	}
}

func (x *index) reset() {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.db = chromem.NewDB()
	x.scopes = map[Scope]*scopeIndex{}
}

func (x *index) count() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	n := 0
	for _, si := range x.scopes {
		n += si.coll.Count()
	}
	return n
}

// search returns the n chunks most similar to q (normalized).
func (x *index) search(ctx context.Context, s Scope, articleIDs []string, q []float32, n int) ([]ChunkHit, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	si := x.scopes[s]
	if si == nil || n <= 0 {
		return nil, nil
	}
	if len(articleIDs) > 0 {
		var hits []ChunkHit
		for _, id := range articleIDs {
			for i, v := range si.articles[id] {
				if v != nil {
					hits = append(hits, ChunkHit{ArticleID: id, Chunk: i, Score: dot(q, v)})
				}
			}
		}
		sort.Slice(hits, func(i, j int) bool {
			if hits[i].Score != hits[j].Score {
				return hits[i].Score > hits[j].Score
			}
			return hits[i].ArticleID < hits[j].ArticleID || hits[i].ArticleID == hits[j].ArticleID && hits[i].Chunk < hits[j].Chunk
		})
		return hits[:min(n, len(hits))], nil
	}
	// chromem refuses n larger than the collection.
	n = min(n, si.coll.Count())
	if n == 0 {
		return nil, nil
	}
	res, err := si.coll.QueryEmbedding(ctx, q, n, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("vector search: %w", err)
	}
	hits := make([]ChunkHit, 0, len(res))
	for _, r := range res {
		id, chunk, ok := parseDocID(r.ID)
		if ok {
			hits = append(hits, ChunkHit{ArticleID: id, Chunk: chunk, Score: r.Similarity})
		}
	}
	return hits, nil
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func isZero(v []float32) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}

// SearchChunks returns the n chunks of a scope (or of the given articles)
// most similar to the query vector, by cosine similarity.
func (s *Store) SearchChunks(ctx context.Context, scope Scope, articleIDs []string, query []float32, n int) ([]ChunkHit, error) {
	if s.stale() {
		return nil, ErrEmbedderChanged
	}
	if len(query) != s.want.Dim {
		return nil, fmt.Errorf("%w: query has %d, want %d", ErrDimension, len(query), s.want.Dim)
	}
	q := normalized(query)
	if isZero(q) {
		return nil, nil
	}
	return s.index.search(ctx, scope, articleIDs, q, n)
}

// loadIndex builds the index from every stored chunk.
func (s *Store) loadIndex(ctx context.Context) error {
	if s.stale() {
		return nil // rebuilt after Reembed
	}
	rows, err := s.db.QueryContext(ctx, "SELECT scope, article_id, idx, vector FROM chunks ORDER BY scope, article_id, idx")
	if err != nil {
		return fmt.Errorf("load vectors: %w", err)
	}
	defer rows.Close()
	var curScope Scope
	var curArticle string
	var vecs [][]float32
	flush := func() {
		if curArticle != "" {
			s.index.put(curScope, curArticle, vecs)
		}
		vecs = nil
	}
	for rows.Next() {
		var sc Scope
		var id string
		var idx int
		var blob []byte
		if err := rows.Scan(&sc, &id, &idx, &blob); err != nil {
			return fmt.Errorf("load vectors: %w", err)
		}
		if sc != curScope || id != curArticle {
			flush()
			curScope, curArticle = sc, id
		}
		for len(vecs) < idx {
			vecs = append(vecs, nil)
		}
		v := decodeVector(blob)
		if !isZero(v) {
			v = normalized(v)
		}
		vecs = append(vecs, v)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load vectors: %w", err)
	}
	flush()
	return nil
}

// Stats returns in-memory counts.
func (s *Store) Stats() Stats {
	s.index.mu.RLock()
	scopes := len(s.index.scopes)
	s.index.mu.RUnlock()
	return Stats{Scopes: scopes, Chunks: s.index.count()}
}
