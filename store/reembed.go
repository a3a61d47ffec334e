package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// defaultReembedBatch is used when Reembed gets no batch size: big enough
// to amortize a commit, small enough that an interruption loses little.
const defaultReembedBatch = 64

// Reembed re-embeds every article of every scope whose vectors the
// current embedder did not make, whole articles at a time (an article's
// vectors are one row), at least batch chunks per transaction and at most
// batch chunks per call of embed; each transaction commits on its own, so
// an interrupted run resumes where it stopped (each article records the
// embedder that made its vectors). format builds the text the embedder
// sees from the article's title and the chunk's text, Text[Start:End]
// (the same as at ingest). progress, if not nil, gets the chunks done so
// far and the total. Afterwards the store records the new embedder; the
// index reads each scope's new vectors on its next search.
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
	// An article needs work if another embedder made its vectors, or one
	// of the same name with another dimension.
	const needsWork = "(v.embedder != ? OR v.dim != ?)"
	const countWork = "SELECT COUNT(*) FROM chunks c JOIN article_vectors v ON v.scope = c.scope AND v.article_id = c.article_id WHERE " + needsWork
	var total int
	if err := s.db.QueryRowContext(ctx, countWork, s.want.Name, s.want.Dim).Scan(&total); err != nil {
		return fmt.Errorf("count chunks to re-embed: %w", err)
	}
	type key struct {
		scope Scope
		id    string
	}
	if total > 0 {
		// Marks the record half converted until the end, so a store opened
		// meanwhile with either embedder knows it is stale without reading
		// every article.
		if err := s.setMeta(ctx, "reembedding", s.want.Name); err != nil {
			return fmt.Errorf("mark re-embedding: %w", err)
		}
	}
	var last key // keyset paging: each batch reads on from the previous one by primary key
	done := 0
	progress(done, total)
	for {
		// The chunks of the next articles needing work, at least batch of
		// them unless fewer remain: read by article, whole articles only.
		var keys []key
		var counts []int
		var texts []string
		for len(texts) < batch {
			var k key
			err := s.db.QueryRowContext(ctx, "SELECT v.scope, v.article_id FROM article_vectors v WHERE (v.scope, v.article_id) > (?, ?) AND "+needsWork+" ORDER BY v.scope, v.article_id LIMIT 1",
				last.scope, last.id, s.want.Name, s.want.Dim).Scan(&k.scope, &k.id)
			if errors.Is(err, sql.ErrNoRows) {
				break
			}
			if err != nil {
				return fmt.Errorf("read articles to re-embed: %w", err)
			}
			chunks, err := queryAll(ctx, s.db, `SELECT a.title, `+s.d.chunkText()+`
				FROM chunks c JOIN articles a ON a.scope = c.scope AND a.id = c.article_id
				WHERE c.scope = ? AND c.article_id = ? ORDER BY c.idx`, []any{k.scope, k.id},
				func(r *sql.Rows) (text string, err error) {
					var title string
					err = r.Scan(&title, &text)
					return format(title, text), err
				})
			if err != nil {
				return fmt.Errorf("read chunks to re-embed: %w", err)
			}
			keys = append(keys, k)
			counts = append(counts, len(chunks))
			texts = append(texts, chunks...)
			last = k
		}
		if len(keys) == 0 {
			break
		}
		vecs := make([][]float32, 0, len(texts))
		for start := 0; start < len(texts); start += batch {
			part := texts[start:min(start+batch, len(texts))]
			got, err := embed(ctx, part)
			if err != nil {
				return fmt.Errorf("re-embed: %w", err)
			}
			if len(got) != len(part) {
				return fmt.Errorf("re-embed: %d vectors for %d chunks", len(got), len(part))
			}
			for _, v := range got {
				if len(v) != s.want.Dim {
					return fmt.Errorf("re-embed: %w: %d, want %d", ErrDimension, len(v), s.want.Dim)
				}
			}
			vecs = append(vecs, got...)
		}
		err := s.tx(ctx, func(tx tx) error {
			// Only vectors still needing work are replaced: an article
			// stored again meanwhile has the current embedder's already.
			up, err := tx.PrepareContext(ctx, "UPDATE article_vectors SET embedder = ?, dim = ?, data = ? WHERE scope = ? AND article_id = ? AND (embedder != ? OR dim != ?)")
			if err != nil {
				return err
			}
			defer up.Close()
			rest := vecs
			for i, k := range keys {
				if _, err := up.ExecContext(ctx, s.want.Name, s.want.Dim, encodeVectors(rest[:counts[i]]), k.scope, k.id, s.want.Name, s.want.Dim); err != nil {
					return err
				}
				rest = rest[counts[i]:]
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("store re-embedded chunks: %w", err)
		}
		done += len(texts)
		progress(done, total)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if err := s.db.QueryRowContext(ctx, countWork, s.want.Name, s.want.Dim).Scan(&total); err != nil {
		return fmt.Errorf("count chunks to re-embed: %w", err)
	}
	if total > 0 {
		return errors.New("store: re-embed: chunks by another embedder remain (written concurrently?); run it again")
	}
	if err := s.setMeta(ctx, "reembedding", ""); err != nil {
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
