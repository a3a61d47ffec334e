package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	chromem "github.com/philippgille/chromem-go"
	"golang.org/x/sync/singleflight"
)

// index is the in-memory vector index: per scope, its vectors in
// contiguous blocks (scanned directly by a whole-scope search, see scan.go)
// and a chromem-go collection of documents holding slices of the same
// blocks. A scope is loaded from the record on its first search, not at
// start, and the scopes idle longest are evicted when the index would
// exceed its memory budget: a process holds the scopes it serves, not
// every scope of the record.
//
// A loaded scope is searched as soon as its blocks are filled; its chromem
// documents are added just after, in the background (document), so that
// the first question after a restart does not wait for them.
type index struct {
	log    *slog.Logger
	budget int64 // bytes; 0 = unbounded

	// The background adding of loaded scopes' documents: stopped and
	// waited for by close.
	ctx    context.Context
	cancel context.CancelFunc
	docs   sync.WaitGroup

	mu      sync.Mutex // guards the maps and bytes; each scope locks its contents
	db      *chromem.DB
	scopes  map[Scope]*scopeIndex
	loading map[Scope]*pending
	bytes   int64 // sum of the loaded scopes' estimates
	gen     int   // makes each loaded collection's name unique

	loads singleflight.Group
}

// pending records what changed in a scope while it was being loaded: the
// load may have read the record before those changes, so they are read
// again before the scope is searched.
type pending struct {
	articles map[string]bool
	all      bool // the whole scope was dropped: load it again
}

type scopeIndex struct {
	mu      sync.RWMutex
	coll    *chromem.Collection
	vecs    *vectors
	size    int64        // bytes counted in index.bytes, updated under index.mu
	lastUse atomic.Int64 // unix nanoseconds of the last search

	// undocumented holds the articles whose vectors are in the blocks
	// but not yet in coll: loaded, and not written since. Guarded by mu.
	undocumented map[string]bool
	unloaded     atomic.Bool // evicted or dropped: its documents no longer matter
}

// errMixed: a scope holds vectors of another embedder or dimension.
var errMixed = errors.New("store: vectors of another embedder in the record")

// loadTimeout bounds loading one scope, for the searches that wait for it
// and for those that gave up waiting but share the load.
const loadTimeout = 2 * time.Minute

func newIndex(budget int64, log *slog.Logger) *index {
	ctx, cancel := context.WithCancel(context.Background())
	return &index{log: log, budget: budget, ctx: ctx, cancel: cancel, db: chromem.NewDB(), scopes: map[Scope]*scopeIndex{}, loading: map[Scope]*pending{}}
}

// close stops adding documents in the background and waits for it.
func (x *index) close() {
	x.cancel()
	x.docs.Wait()
}

// documentBatch is how many articles document adds to chromem per hold of
// the scope's lock: searches wait at most for one batch.
const documentBatch = 64

// document adds to chromem the documents of the articles si loaded without
// them, a batch at a time, until none is left, si is unloaded or the index
// closes.
func (x *index) document(si *scopeIndex) {
	for x.ctx.Err() == nil && !si.unloaded.Load() {
		si.mu.Lock()
		n := 0
		for id := range si.undocumented {
			if n == documentBatch {
				break
			}
			n++
			delete(si.undocumented, id)
			for i, r := range si.vecs.articles[id] {
				if r == noSlot {
					continue
				}
				if err := si.coll.AddDocument(context.Background(), chromem.Document{ID: docID(id, i), Embedding: si.vecs.vector(r)}); err != nil {
					x.log.Warn("index: adding a document to chromem", "article", id, "chunk", i, "err", err)
				}
			}
		}
		si.mu.Unlock()
		if n == 0 {
			return
		}
	}
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

// newScopeIndex makes an empty scope index with its own chromem collection.
func (x *index) newScopeIndex(s Scope, dim int) (*scopeIndex, error) {
	x.mu.Lock()
	x.gen++
	name := string(s) + "#" + strconv.Itoa(x.gen)
	x.mu.Unlock()
	coll, err := x.db.CreateCollection(name, nil, noEmbedding)
	if err != nil {
		return nil, fmt.Errorf("create collection for %s: %w", s, err)
	}
	return &scopeIndex{coll: coll, vecs: newVectors(dim), undocumented: map[string]bool{}}, nil
}

// put replaces an article's vectors, normalized in their slots (the
// given vectors are not changed); zero vectors are not indexed. The caller
// holds si.mu.
func (si *scopeIndex) put(articleID string, vecs [][]float32) error {
	return si.fill(articleID, len(vecs), true, func(i int, dst []float32) bool {
		copy(dst, vecs[i])
		return normalize(dst)
	})
}

// putEncoded is put for an article's vectors as the record stores them
// (checkEncoded has checked them): each is decoded straight into its
// slot, with no copy in between, and decodes to unit length already.
func (si *scopeIndex) putEncoded(articleID string, data []byte) error {
	size := si.vecs.dim
	return si.fill(articleID, len(data)/size, true, func(i int, dst []float32) bool { return decodeVectorInto(dst, data[i*size:(i+1)*size]) })
}

// loadDecoded is put for a scope being loaded, for vectors
// decodeVectorInto made, one after another in floats (unit[i] is what it
// reported for vector i): the article's chromem documents are left to
// index.document.
func (si *scopeIndex) loadDecoded(articleID string, floats []float32, unit []bool) error {
	dim := si.vecs.dim
	return si.fill(articleID, len(unit), false, func(i int, dst []float32) bool {
		copy(dst, floats[i*dim:(i+1)*dim])
		return unit[i]
	})
}

// fill replaces an article's n vectors with those set writes into their
// slots, unit length, reporting whether each is not zero, and adds them to
// chromem now (documented) or leaves that to index.document; the caller
// holds si.mu.
func (si *scopeIndex) fill(articleID string, n int, documented bool, set func(i int, dst []float32) bool) error {
	si.remove(articleID)
	slots := make([]slotRef, n)
	si.vecs.articles[articleID] = slots // filled as chromem takes each vector, so a failure can undo
	for i := range slots {
		slots[i] = noSlot
	}
	if !documented {
		si.undocumented[articleID] = true
	}
	for i := range n {
		kept, r := si.vecs.alloc(articleID, i)
		if !set(i, kept) {
			// Nothing to compare; chromem would divide by zero.
			si.vecs.release(r)
			continue
		}
		slots[i] = r
		if !documented {
			continue
		}
		// AddDocument directly, not AddDocuments: that starts a goroutine
		// per document, which only costs time for vectors already made.
		// chromem keeps the given slice, as the vector is normalized.
		if err := si.coll.AddDocument(context.Background(), chromem.Document{ID: docID(articleID, i), Embedding: kept}); err != nil {
			si.remove(articleID)
			return fmt.Errorf("index %s chunk %d: %w", articleID, i, err)
		}
	}
	return nil
}

// remove drops an article's vectors; the caller holds si.mu.
func (si *scopeIndex) remove(articleID string) {
	old, ok := si.vecs.articles[articleID]
	if !ok {
		return
	}
	documented := !si.undocumented[articleID]
	delete(si.undocumented, articleID)
	var ids []string
	for i, r := range old {
		if r != noSlot {
			ids = append(ids, docID(articleID, i))
			si.vecs.release(r)
		}
	}
	if documented && len(ids) > 0 {
		// Deleting by ID cannot fail without persistence.
		_ = si.coll.Delete(context.Background(), nil, nil, ids...)
	}
	delete(si.vecs.articles, articleID)
}

// update applies f to a loaded scope and accounts for its size, or, when
// the scope is being loaded, notes the article for the load to read again.
// A scope that is not loaded needs nothing: its first search reads it.
func (x *index) update(s Scope, articleID string, f func(si *scopeIndex) error) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	if p := x.loading[s]; p != nil {
		if p.articles == nil {
			p.articles = map[string]bool{}
		}
		p.articles[articleID] = true
		return nil
	}
	si := x.scopes[s]
	if si == nil {
		return nil
	}
	si.mu.Lock()
	err := f(si)
	size := si.vecs.bytes()
	si.mu.Unlock()
	x.bytes += size - si.size
	si.size = size
	x.evictLocked(s)
	return err
}

// put replaces an article's vectors in a loaded scope.
func (x *index) put(s Scope, articleID string, vecs [][]float32) error {
	return x.update(s, articleID, func(si *scopeIndex) error { return si.put(articleID, vecs) })
}

// putEncoded replaces an article's vectors in a loaded scope with its
// stored ones (encodeChunkVectors').
func (x *index) putEncoded(s Scope, articleID string, data []byte) error {
	return x.update(s, articleID, func(si *scopeIndex) error { return si.putEncoded(articleID, data) })
}

// remove drops an article from a loaded scope.
func (x *index) remove(s Scope, articleID string) {
	_ = x.update(s, articleID, func(si *scopeIndex) error { si.remove(articleID); return nil })
}

// dropScope forgets a scope's index; its next search loads it again.
func (x *index) dropScope(s Scope) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if p := x.loading[s]; p != nil {
		p.all = true
	}
	x.unloadLocked(s)
}

// reset forgets every scope, as after a re-embedding; a load under way
// is read again.
func (x *index) reset() {
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, p := range x.loading {
		p.all = true
	}
	for s := range x.scopes {
		x.unloadLocked(s)
	}
}

func (x *index) unloadLocked(s Scope) {
	si := x.scopes[s]
	if si == nil {
		return
	}
	delete(x.scopes, s)
	x.bytes -= si.size
	si.unloaded.Store(true)
	_ = x.db.DeleteCollection(si.coll.Name)
}

// evictLocked unloads the scopes idle longest, never keep, until the index
// fits its budget. A scope larger than the budget alone stays loaded while
// it is used: it could not be searched otherwise.
func (x *index) evictLocked(keep Scope) {
	for x.budget > 0 && x.bytes > x.budget && len(x.scopes) > 1 {
		var victim Scope
		oldest := int64(-1)
		for s, si := range x.scopes {
			if t := si.lastUse.Load(); s != keep && (oldest < 0 || t < oldest) {
				victim, oldest = s, t
			}
		}
		if oldest < 0 {
			return
		}
		x.log.Info("index: scope evicted for the memory budget", "scope", victim, "bytes", x.scopes[victim].size, "budget", x.budget)
		x.unloadLocked(victim)
	}
}

// scope returns a scope's index, loading it with load on first use. Several
// searches of a scope being loaded share one load.
func (x *index) scope(ctx context.Context, s Scope, load func(context.Context, Scope) (*scopeIndex, error), reload func(context.Context, Scope, *scopeIndex, string) error) (*scopeIndex, error) {
	x.mu.Lock()
	si := x.scopes[s]
	x.mu.Unlock()
	if si != nil {
		si.lastUse.Store(time.Now().UnixNano())
		return si, nil
	}
	ch := x.loads.DoChan(string(s), func() (any, error) {
		// Shared by every waiter: not cancelled with the first one.
		lctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), loadTimeout)
		defer cancel()
		return x.load(lctx, s, load, reload)
	})
	select {
	case r := <-ch:
		if r.Err != nil {
			return nil, r.Err
		}
		return r.Val.(*scopeIndex), nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (x *index) load(ctx context.Context, s Scope, load func(context.Context, Scope) (*scopeIndex, error), reload func(context.Context, Scope, *scopeIndex, string) error) (*scopeIndex, error) {
	x.mu.Lock()
	if si := x.scopes[s]; si != nil {
		x.mu.Unlock()
		return si, nil
	}
	p := &pending{}
	x.loading[s] = p
	x.mu.Unlock()
	defer func() {
		x.mu.Lock()
		delete(x.loading, s)
		x.mu.Unlock()
	}()
	start := time.Now()
	var si *scopeIndex
	for {
		if si == nil {
			var err error
			if si, err = load(ctx, s); err != nil {
				return nil, err
			}
		}
		x.mu.Lock()
		all, changed := p.all, slices.Collect(maps.Keys(p.articles))
		p.all, p.articles = false, nil
		if !all && len(changed) == 0 {
			si.lastUse.Store(time.Now().UnixNano())
			si.size = si.vecs.bytes()
			x.scopes[s] = si
			delete(x.loading, s)
			x.bytes += si.size
			x.evictLocked(s)
			if x.budget > 0 && x.bytes > x.budget {
				x.log.Warn("index: a scope alone is larger than the memory budget (index.max_memory); kept while it is used",
					"scope", s, "bytes", si.size, "budget", x.budget)
			}
			x.docs.Go(func() { x.document(si) })
			x.mu.Unlock()
			x.log.Debug("index: scope loaded", "scope", s, "chunks", si.vecs.chunks, "bytes", si.size, "took", time.Since(start).Round(time.Millisecond))
			return si, nil
		}
		x.mu.Unlock()
		if all {
			_ = x.db.DeleteCollection(si.coll.Name)
			si = nil
			continue
		}
		// Written while loading: read those articles again.
		for _, id := range changed {
			if err := reload(ctx, s, si, id); err != nil {
				_ = x.db.DeleteCollection(si.coll.Name)
				return nil, err
			}
		}
	}
}

// loaded reports whether a scope is loaded (or being loaded).
func (x *index) loaded(s Scope) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.scopes[s] != nil || x.loading[s] != nil
}

func (x *index) stats() Stats {
	x.mu.Lock()
	defer x.mu.Unlock()
	st := Stats{Scopes: len(x.scopes), Bytes: x.bytes, Budget: x.budget}
	for _, si := range x.scopes {
		si.mu.RLock()
		st.Articles += len(si.vecs.articles)
		st.Chunks += si.vecs.chunks
		si.mu.RUnlock()
	}
	return st
}

// search returns the n chunks of si most similar to q, which must be
// normalized: of the given articles, or of the whole scope.
func (si *scopeIndex) search(articleIDs []string, q []float32, n int) []ChunkHit {
	si.mu.RLock()
	defer si.mu.RUnlock()
	if n <= 0 {
		return nil
	}
	if len(articleIDs) == 0 {
		return si.vecs.scan(q, n)
	}
	// A handful of vectors: score them directly.
	t := topK{n: n}
	seen := make(map[string]bool, len(articleIDs))
	for _, id := range articleIDs {
		if seen[id] {
			continue
		}
		seen[id] = true
		for i, r := range si.vecs.articles[id] {
			if r != noSlot {
				t.offer(ChunkHit{ArticleID: id, Chunk: i, Score: dot(q, si.vecs.vector(r))})
			}
		}
	}
	return t.sorted()
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
// The scope's vectors are read from the record on its first search.
func (s *Store) SearchChunks(ctx context.Context, scope Scope, articleIDs []string, query []float32, n int) ([]ChunkHit, error) {
	if s.stale() {
		return nil, ErrEmbedderChanged
	}
	if len(query) != s.want.Dim {
		return nil, fmt.Errorf("%w: query has %d, want %d", ErrDimension, len(query), s.want.Dim)
	}
	q := normalized(query)
	if isZero(q) || n <= 0 {
		return nil, nil
	}
	si, err := s.scopeIndex(ctx, scope)
	if err != nil {
		return nil, err
	}
	return si.search(articleIDs, q, n), nil
}

// scopeIndex returns a scope's loaded index, loading it if needed; a scope
// holding another embedder's vectors makes the store stale.
func (s *Store) scopeIndex(ctx context.Context, scope Scope) (*scopeIndex, error) {
	if err := s.watch(ctx); err != nil {
		return nil, err
	}
	si, err := s.index.scope(ctx, scope, s.loadScope, s.reloadArticle)
	if errors.Is(err, errMixed) {
		s.mu.Lock()
		s.mixed = true
		s.mu.Unlock()
		return nil, ErrEmbedderChanged
	}
	if err != nil {
		return nil, fmt.Errorf("load vectors of %s: %w", scope, err)
	}
	return si, nil
}

// Stats returns in-memory counts of the index, for logs and metrics.
func (s *Store) Stats() Stats { return s.index.stats() }
