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

// An article needs re-embedding if another embedder made its vectors, or
// one of the same name with another dimension. Both queries take the
// wanted embedder's name and dimension as their last two arguments.
const (
	needsReembed = "(v.embedder != ? OR v.dim != ?)"
	countReembed = "SELECT COUNT(*) FROM chunks c JOIN article_vectors v ON v.scope = c.scope AND v.article_id = c.article_id WHERE " + needsReembed
)

// reembedKey is an article's primary key, the cursor Reembed pages by.
type reembedKey struct {
	scope Scope
	id    string
}

// reembedBatch is whole articles' chunks, in order: counts[i] of texts
// are keys[i]'s.
type reembedBatch struct {
	keys   []reembedKey
	counts []int
	texts  []string
}

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
	var total int
	if err := s.db.QueryRowContext(ctx, countReembed, s.want.Name, s.want.Dim).Scan(&total); err != nil {
		return fmt.Errorf("count chunks to re-embed: %w", err)
	}
	if total > 0 {
		// Marks the record half converted until the end, so a store opened
		// meanwhile with either embedder knows it is stale without reading
		// every article.
		if err := s.setMeta(ctx, "reembedding", s.want.Name); err != nil {
			return fmt.Errorf("mark re-embedding: %w", err)
		}
	}
	var last reembedKey // keyset paging: each batch reads on from the previous one
	done := 0
	progress(done, total)
	for {
		b, err := s.nextReembedBatch(ctx, last, batch, format)
		if err != nil {
			return err
		}
		if len(b.keys) == 0 {
			break
		}
		vecs, err := s.embedChecked(ctx, embed, b.texts, batch)
		if err != nil {
			return err
		}
		if err := s.writeReembedded(ctx, b, vecs); err != nil {
			return fmt.Errorf("store re-embedded chunks: %w", err)
		}
		last = b.keys[len(b.keys)-1]
		done += len(b.texts)
		progress(done, total)
	}
	return s.finishReembed(ctx)
}

// nextReembedBatch reads the chunks of the next articles after last that
// need work, at least batch of them unless fewer remain, whole articles
// only. An empty batch means none remain.
func (s *Store) nextReembedBatch(ctx context.Context, last reembedKey, batch int, format func(title, chunk string) string) (reembedBatch, error) {
	var b reembedBatch
	for len(b.texts) < batch {
		var k reembedKey
		err := s.db.QueryRowContext(ctx, "SELECT v.scope, v.article_id FROM article_vectors v WHERE (v.scope, v.article_id) > (?, ?) AND "+needsReembed+" ORDER BY v.scope, v.article_id LIMIT 1",
			last.scope, last.id, s.want.Name, s.want.Dim).Scan(&k.scope, &k.id)
		if errors.Is(err, sql.ErrNoRows) {
			break
		}
		if err != nil {
			return b, fmt.Errorf("read articles to re-embed: %w", err)
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
			return b, fmt.Errorf("read chunks to re-embed: %w", err)
		}
		b.keys = append(b.keys, k)
		b.counts = append(b.counts, len(chunks))
		b.texts = append(b.texts, chunks...)
		last = k
	}
	return b, nil
}

// embedChecked embeds texts at most batch per call, and refuses an
// embedder's answer that does not give one vector of the store's
// dimension per text: a wrong vector stored is a search silently wrong.
func (s *Store) embedChecked(ctx context.Context, embed func(context.Context, []string) ([][]float32, error), texts []string, batch int) ([][]float32, error) {
	vecs := make([][]float32, 0, len(texts))
	for start := 0; start < len(texts); start += batch {
		part := texts[start:min(start+batch, len(texts))]
		got, err := embed(ctx, part)
		if err != nil {
			return nil, fmt.Errorf("re-embed: %w", err)
		}
		if len(got) != len(part) {
			return nil, fmt.Errorf("re-embed: %d vectors for %d chunks", len(got), len(part))
		}
		for _, v := range got {
			if len(v) != s.want.Dim {
				return nil, fmt.Errorf("re-embed: %w: %d, want %d", ErrDimension, len(v), s.want.Dim)
			}
		}
		vecs = append(vecs, got...)
	}
	return vecs, nil
}

// writeReembedded stores a batch's new vectors in one transaction.
func (s *Store) writeReembedded(ctx context.Context, b reembedBatch, vecs [][]float32) error {
	return s.tx(ctx, func(tx tx) error {
		// Only vectors still needing work are replaced: an article
		// stored again meanwhile has the current embedder's already.
		up, err := tx.PrepareContext(ctx, "UPDATE article_vectors SET embedder = ?, dim = ?, data = ? WHERE scope = ? AND article_id = ? AND (embedder != ? OR dim != ?)")
		if err != nil {
			return err
		}
		defer up.Close()
		rest := vecs
		for i, k := range b.keys {
			if _, err := up.ExecContext(ctx, s.want.Name, s.want.Dim, encodeVectors(rest[:b.counts[i]]), k.scope, k.id, s.want.Name, s.want.Dim); err != nil {
				return err
			}
			rest = rest[b.counts[i]:]
		}
		return nil
	})
}

// finishReembed records the new embedder once no article needs work. The
// write lock keeps this process's writes from landing between the check
// and the record.
func (s *Store) finishReembed(ctx context.Context) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	var total int
	if err := s.db.QueryRowContext(ctx, countReembed, s.want.Name, s.want.Dim).Scan(&total); err != nil {
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
