package store

import (
	"context"
	"database/sql"
	"slices"

	"golang.org/x/sync/errgroup"
)

// Loading a scope: its vectors are read from the record on its first
// search, by a reader of rows and an indexer side by side.

// loadScope reads a scope's vectors from the record into a new scope
// index. Each vector is decoded straight into its block.
func (s *Store) loadScope(ctx context.Context, scope Scope) (*scopeIndex, error) {
	si, err := s.index.newScopeIndex(scope, s.want.Dim)
	if err != nil {
		return nil, err
	}
	if err := s.readVectors(ctx, si, scope); err != nil {
		_ = s.index.db.DeleteCollection(si.coll.Name)
		return nil, err
	}
	return si, nil
}

// reloadArticle reads one article's vectors again into si (or drops it
// when it is gone).
func (s *Store) reloadArticle(ctx context.Context, scope Scope, si *scopeIndex, id string) error {
	vecs, err := s.articleVectors(ctx, scope, id)
	if err != nil {
		return err
	}
	si.mu.Lock()
	defer si.mu.Unlock()
	if len(vecs) == 0 {
		si.remove(id)
		return nil
	}
	return si.put(id, vecs)
}

// loadBatch is how many articles the reader of a scope's vectors hands to
// the indexer at once: one channel send per batch, not per article.
const loadBatch = 128

// decodedBatch is a batch of articles' vectors, decoded: article i's are
// floats[ends[i-1]:ends[i]], and unit[j] says whether the batch's vector j
// is not zero. The reader decodes each row as it comes (the driver's bytes
// are only valid until the next row) and the indexer copies the floats
// into their slots; arenas go back to the reader for the next batches,
// so a load allocates a few of them, not a copy of every vector.
type decodedBatch struct {
	ids    []string
	ends   []int
	floats []float32
	unit   []bool
}

// readVectors reads a scope's vectors into si. Reading and decoding the
// rows, and indexing them (copying into the blocks), run side by side;
// chromem's documents are added after the load (index.document).
func (s *Store) readVectors(ctx context.Context, si *scopeIndex, scope Scope) error {
	rows, err := s.db.QueryContext(ctx, "SELECT article_id, embedder, dim, data FROM article_vectors WHERE scope = ? ORDER BY article_id", scope)
	if err != nil {
		return err
	}
	defer rows.Close()
	dim := s.want.Dim
	g, gctx := errgroup.WithContext(ctx)
	batches := make(chan *decodedBatch, 2)
	spent := make(chan *decodedBatch, cap(batches)+2) // the indexer's done with them
	g.Go(func() error {
		si.mu.Lock()
		defer si.mu.Unlock()
		for b := range batches {
			start := 0
			for i, id := range b.ids {
				floats, unit := b.floats[start:b.ends[i]], b.unit[start/dim:b.ends[i]/dim]
				if err := si.loadDecoded(id, floats, unit); err != nil {
					for range batches { // let the reader finish
					}
					return err
				}
				start = b.ends[i]
			}
			select {
			case spent <- b:
			default:
			}
		}
		return nil
	})
	g.Go(func() error {
		defer close(batches)
		newBatch := func() *decodedBatch {
			select {
			case b := <-spent:
				b.ids, b.ends, b.floats, b.unit = b.ids[:0], b.ends[:0], b.floats[:0], b.unit[:0]
				return b
			default:
				return &decodedBatch{ids: make([]string, 0, loadBatch), ends: make([]int, 0, loadBatch)}
			}
		}
		send := func(b *decodedBatch) error {
			select {
			case batches <- b:
				return nil
			case <-gctx.Done():
				return gctx.Err()
			}
		}
		var (
			art, emb sql.RawBytes
			data     sql.RawBytes
			rowDim   int
		)
		b := newBatch()
		for rows.Next() {
			if err := rows.Scan(&art, &emb, &rowDim, &data); err != nil {
				return err
			}
			if string(emb) != s.want.Name || rowDim != dim {
				return errMixed
			}
			if err := checkEncoded(data, dim); err != nil {
				return err
			}
			if len(data) == 0 {
				continue
			}
			n := len(b.floats)
			b.floats = slices.Grow(b.floats, len(data))[:n+len(data)]
			for i := 0; i < len(data); i += dim {
				b.unit = append(b.unit, decodeVectorInto(b.floats[n+i:n+i+dim], data[i:i+dim]))
			}
			b.ids = append(b.ids, string(art))
			b.ends = append(b.ends, len(b.floats))
			if len(b.ids) == loadBatch {
				if err := send(b); err != nil {
					return err
				}
				b = newBatch()
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
		if len(b.ids) > 0 {
			return send(b)
		}
		return nil
	})
	return g.Wait()
}
