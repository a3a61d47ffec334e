package store

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	chromem "github.com/philippgille/chromem-go"
)

// index is the in-memory vector index: one chromem-go collection per scope,
// plus each article's vectors (the very slices chromem holds, so they cost
// no extra memory) so a search within chosen articles scores them directly
// instead of making chromem scan the whole scope.
type index struct {
	mu     sync.RWMutex // guards scopes and the articles maps; chromem locks itself
	db     *chromem.DB
	scopes map[Scope]*scopeIndex
}

type scopeIndex struct {
	coll     *chromem.Collection
	articles map[string][][]float32 // by article ID, by chunk index; nil for a zero vector
	chunks   int                    // non-nil vectors, i.e. chromem documents
}

func newIndex() *index {
	return &index{db: chromem.NewDB(), scopes: map[Scope]*scopeIndex{}}
}

// noEmbedding keeps chromem from ever calling a remote embedder: every
// document and query comes with its vector.
func noEmbedding(context.Context, string) ([]float32, error) {
	return nil, fmt.Errorf("store: chromem asked to embed text; vectors must be given")
}

// docID encodes the article and chunk in chromem's document ID, so no
// per-document metadata map is needed. Article IDs may contain '/', so the
// chunk number is taken after the last one.
func docID(articleID string, chunk int) string { return articleID + "/" + strconv.Itoa(chunk) }

func parseDocID(id string) (string, int, bool) {
	i := strings.LastIndexByte(id, '/')
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(id[i+1:])
	return id[:i], n, err == nil
}

func (x *index) scopeLocked(s Scope) (*scopeIndex, error) {
	if si := x.scopes[s]; si != nil {
		return si, nil
	}
	coll, err := x.db.GetOrCreateCollection(string(s), nil, noEmbedding)
	if err != nil {
		return nil, fmt.Errorf("create collection for %s: %w", s, err)
	}
	si := &scopeIndex{coll: coll, articles: map[string][][]float32{}}
	x.scopes[s] = si
	return si, nil
}

// put replaces an article's vectors. They must be normalized (or zero):
// chromem then keeps the given slices instead of copying them.
func (x *index) put(s Scope, articleID string, vecs [][]float32) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	si, err := x.scopeLocked(s)
	if err != nil {
		return err
	}
	x.removeLocked(si, articleID)
	kept := make([][]float32, len(vecs))
	si.articles[articleID] = kept // filled as chromem takes each vector, so a failure can undo
	for i, v := range vecs {
		if isZero(v) {
			continue // nothing to compare; chromem would divide by zero
		}
		// AddDocument directly, not AddDocuments: that starts a goroutine
		// per document, which only costs time for vectors already made.
		if err := si.coll.AddDocument(context.Background(), chromem.Document{ID: docID(articleID, i), Embedding: v}); err != nil {
			x.removeLocked(si, articleID)
			return fmt.Errorf("index %s chunk %d: %w", articleID, i, err)
		}
		kept[i] = v
		si.chunks++
	}
	return nil
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
		// Deleting by ID cannot fail without persistence.
		_ = si.coll.Delete(context.Background(), nil, nil, ids...)
		si.chunks -= len(ids)
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

// replace swaps in another index's contents, so a rebuild never shows
// searches a half-built index.
func (x *index) replace(other *index) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.db, x.scopes = other.db, other.scopes
}

func (x *index) stats() Stats {
	x.mu.RLock()
	defer x.mu.RUnlock()
	st := Stats{Scopes: len(x.scopes)}
	for _, si := range x.scopes {
		st.Articles += len(si.articles)
		st.Chunks += si.chunks
	}
	return st
}

// search returns the n chunks most similar to q, which must be normalized.
func (x *index) search(ctx context.Context, s Scope, articleIDs []string, q []float32, n int) ([]ChunkHit, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	si := x.scopes[s]
	if si == nil || n <= 0 {
		return nil, nil
	}
	if len(articleIDs) > 0 {
		return si.searchArticles(articleIDs, q, n), nil
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
		if id, chunk, ok := parseDocID(r.ID); ok {
			hits = append(hits, ChunkHit{ArticleID: id, Chunk: chunk, Score: r.Similarity})
		}
	}
	return hits, nil
}

// searchArticles scores only the given articles' chunks: a handful of
// vectors, where chromem would filter the whole scope first.
func (si *scopeIndex) searchArticles(articleIDs []string, q []float32, n int) []ChunkHit {
	var hits []ChunkHit
	seen := make(map[string]bool, len(articleIDs))
	for _, id := range articleIDs {
		if seen[id] {
			continue
		}
		seen[id] = true
		for i, v := range si.articles[id] {
			if v != nil {
				hits = append(hits, ChunkHit{ArticleID: id, Chunk: i, Score: dot(q, v)})
			}
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.ArticleID != b.ArticleID {
			return a.ArticleID < b.ArticleID
		}
		return a.Chunk < b.Chunk
	})
	if len(hits) == 0 {
		return nil
	}
	return hits[:min(n, len(hits))]
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

// SearchChunks returns the n chunks of a scope (or, when articleIDs is not
// empty, of those articles only) most similar to the query vector, by
// cosine similarity, best first. A scope without vectors gives no hits.
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

// buildIndex reads every stored chunk into a new index. It reports
// consistent=false, with no index, when any chunk was made by another
// embedder or has another dimension than the store's current one (a
// re-embedding was interrupted): such vectors cannot share one space.
func (s *Store) buildIndex(ctx context.Context) (x *index, consistent bool, err error) {
	rows, err := s.db.QueryContext(ctx, "SELECT scope, article_id, idx, vector, embedder FROM chunks ORDER BY scope, article_id, idx")
	if err != nil {
		return nil, false, fmt.Errorf("load vectors: %w", err)
	}
	defer rows.Close()
	x = newIndex()
	var curScope Scope
	var curArticle string
	var vecs [][]float32
	flush := func() error {
		if curArticle == "" {
			return nil
		}
		err := x.put(curScope, curArticle, vecs)
		vecs = nil
		return err
	}
	var (
		sc       Scope
		id, emb  string
		idx      int
		blob     []byte
		wantSize = 4 * s.want.Dim
	)
	for rows.Next() {
		if err := rows.Scan(&sc, &id, &idx, &blob, &emb); err != nil {
			return nil, false, fmt.Errorf("load vectors: %w", err)
		}
		if emb != s.want.Name || len(blob) != wantSize {
			return nil, false, nil
		}
		if sc != curScope || id != curArticle {
			if err := flush(); err != nil {
				return nil, false, err
			}
			curScope, curArticle = sc, id
		}
		for len(vecs) < idx {
			vecs = append(vecs, nil) // a gap cannot happen, but must not shift chunks
		}
		v := decodeVector(blob)
		normalize(v)
		vecs = append(vecs, v)
	}
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("load vectors: %w", err)
	}
	if err := flush(); err != nil {
		return nil, false, err
	}
	return x, true, nil
}

// Stats returns in-memory counts of the index, for logs and metrics.
func (s *Store) Stats() Stats { return s.index.stats() }
