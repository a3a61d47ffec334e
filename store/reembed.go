package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Reembed re-embeds every chunk made by another embedder, in batches of
// its own transaction each, so an interrupted run resumes where it
// stopped. format builds the text the embedder sees from the article's
// title and the chunk's text (the same as at ingest). Afterwards the store
// records the new embedder and rebuilds the index.
func (s *Store) Reembed(ctx context.Context, embed func(context.Context, []string) ([][]float32, error), format func(title, chunk string) string, batch int, progress func(done, total int)) error {
	if batch <= 0 {
		batch = 64
	}
	if progress == nil {
		progress = func(int, int) {}
	}
	var total int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM chunks WHERE embedder != ?", s.want.Name).Scan(&total); err != nil {
		return fmt.Errorf("count chunks to re-embed: %w", err)
	}
	done := 0
	progress(done, total)
	for {
		type key struct {
			scope Scope
			id    string
			idx   int
		}
		rows, err := s.db.QueryContext(ctx, `SELECT c.scope, c.article_id, c.idx, a.title, CAST(substr(CAST(a.text AS BLOB), c.start + 1, c.end_ - c.start) AS TEXT)
			FROM chunks c JOIN articles a ON a.scope = c.scope AND a.id = c.article_id
			WHERE c.embedder != ? ORDER BY c.scope, c.article_id, c.idx LIMIT ?`, s.want.Name, batch)
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
			return err
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
		err = s.tx(ctx, func(tx *sql.Tx) error {
			for i, k := range keys {
				if len(vecs[i]) != s.want.Dim {
					return fmt.Errorf("%w: %d, want %d", ErrDimension, len(vecs[i]), s.want.Dim)
				}
				if _, err := tx.ExecContext(ctx, "UPDATE chunks SET vector = ?, embedder = ? WHERE scope = ? AND article_id = ? AND idx = ?",
					encodeVector(normalized(vecs[i])), s.want.Name, k.scope, k.id, k.idx); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("store re-embedded chunks: %w", err)
		}
		done += len(keys)
		progress(done, total)
	}
	if err := s.setEmbedder(ctx, s.want); err != nil {
		return err
	}
	s.index.reset()
	return s.loadIndex(ctx)
}
