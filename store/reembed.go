package store

import (
	"context"
	"errors"
	"fmt"
)

// defaultReembedBatch is used when Reembed gets no batch size: big enough
// to amortize a commit, small enough that an interruption loses little.
const defaultReembedBatch = 64

// Reembed re-embeds every chunk of every scope not yet made by the current
// embedder, in batches that each commit in their own transaction, so an
// interrupted run resumes where it stopped (each chunk records the embedder
// that made it). format builds the text the embedder sees from the
// article's title and the chunk's text, Text[Start:End] (the same as at
// ingest). progress, if not nil, gets the chunks done so far and the total.
// Afterwards the store records the new embedder; the index reads each
// scope's new vectors on its next search.
func (s *Store) Reembed(ctx context.Context, embed func(context.Context, []string) ([][]float32, error), format func(title, chunk string) string, batch int, progress func(done, total int)) error {
	if batch <= 0 {
		batch = defaultReembedBatch
	}
	if progress == nil {
		progress = func(int, int) {}
	}
	if format == nil {
		format = func(_, chunk string) string { return chunk }
	}
	// A chunk needs work if another embedder made it, or one of the same
	// name with another dimension.
	const needsWork = "(c.embedder != ? OR length(c.vector) != ?)"
	size := 4 * s.want.Dim
	var total int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM chunks c WHERE "+needsWork, s.want.Name, size).Scan(&total); err != nil {
		return fmt.Errorf("count chunks to re-embed: %w", err)
	}
	type key struct {
		scope Scope
		id    string
		idx   int
	}
	if total > 0 {
		// Marks the record half converted until the end, so a store opened
		// meanwhile with either embedder knows it is stale without reading
		// every chunk.
		if _, err := s.db.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES ('reembedding', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", s.want.Name); err != nil {
			return fmt.Errorf("mark re-embedding: %w", err)
		}
	}
	var last key // keyset paging: each batch reads on from the previous one by primary key
	done := 0
	progress(done, total)
	for {
		rows, err := s.db.QueryContext(ctx, `SELECT c.scope, c.article_id, c.idx, a.title, `+s.d.chunkText()+`
			FROM chunks c JOIN articles a ON a.scope = c.scope AND a.id = c.article_id
			WHERE (c.scope, c.article_id, c.idx) > (?, ?, ?) AND `+needsWork+`
			ORDER BY c.scope, c.article_id, c.idx LIMIT ?`, last.scope, last.id, last.idx, s.want.Name, size, batch)
		if err != nil {
			return fmt.Errorf("read chunks to re-embed: %w", err)
		}
		var keys []key
		var texts []string
		for rows.Next() {
			var k key
			var title, text string
			if err := rows.Scan(&k.scope, &k.id, &k.idx, &title, &text); err != nil {
				rows.Close()
				return fmt.Errorf("read chunks to re-embed: %w", err)
			}
			keys = append(keys, k)
			texts = append(texts, format(title, text))
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("read chunks to re-embed: %w", err)
		}
		if len(keys) == 0 {
			break
		}
		vecs, err := embed(ctx, texts)
		if err != nil {
			return fmt.Errorf("re-embed: %w", err)
		}
		if len(vecs) != len(keys) {
			return fmt.Errorf("re-embed: %d vectors for %d chunks", len(vecs), len(keys))
		}
		for _, v := range vecs {
			if len(v) != s.want.Dim {
				return fmt.Errorf("re-embed: %w: %d, want %d", ErrDimension, len(v), s.want.Dim)
			}
		}
		err = s.tx(ctx, func(tx tx) error {
			up, err := tx.PrepareContext(ctx, "UPDATE chunks SET vector = ?, embedder = ? WHERE scope = ? AND article_id = ? AND idx = ?")
			if err != nil {
				return err
			}
			defer up.Close()
			for i, k := range keys {
				if _, err := up.ExecContext(ctx, encodeVector(vecs[i]), s.want.Name, k.scope, k.id, k.idx); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("store re-embedded chunks: %w", err)
		}
		last = keys[len(keys)-1]
		done += len(keys)
		progress(done, total)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM chunks c WHERE "+needsWork, s.want.Name, size).Scan(&total); err != nil {
		return fmt.Errorf("count chunks to re-embed: %w", err)
	}
	if total > 0 {
		return errors.New("store: re-embed: chunks by another embedder remain (written concurrently?); run it again")
	}
	if _, err := s.db.ExecContext(ctx, "DELETE FROM meta WHERE key = 'reembedding'"); err != nil {
		return fmt.Errorf("unmark re-embedding: %w", err)
	}
	if err := s.setEmbedder(ctx, s.want); err != nil {
		return err
	}
	// Scopes are read again, with the new vectors, as they are searched.
	s.index.reset()
	s.notifyAll(ctx)
	return nil
}
