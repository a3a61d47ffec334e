package store

import (
	"context"
	"fmt"
)

// deleteParts removes what an article is made of (sentences, full-text
// rows, chunks and their vectors, quotations, page starts, summaries) but
// not the article, its threads or its channels: a replacement keeps those.
func deleteParts(ctx context.Context, tx tx, scope Scope, id string) error {
	if err := tx.d.deleteFullText(ctx, tx, scope, id); err != nil {
		return fmt.Errorf("delete full-text rows: %w", err)
	}
	for _, table := range []string{"sentences", "chunks", "article_vectors", "quotations", "pages", "summaries"} {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE scope = ? AND article_id = ?", scope, id); err != nil {
			return fmt.Errorf("delete %s: %w", table, err)
		}
	}
	return nil
}

// deleteArticle removes an article and, by cascade and by hand for the
// full-text index, everything of it.
func deleteArticle(ctx context.Context, tx tx, scope Scope, id string) error {
	if err := tx.d.deleteFullText(ctx, tx, scope, id); err != nil {
		return fmt.Errorf("delete full-text rows: %w", err)
	}
	res, err := tx.ExecContext(ctx, "DELETE FROM articles WHERE scope = ? AND id = ?", scope, id)
	if err != nil {
		return fmt.Errorf("delete article: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// Delete removes an article and every trace of it: sentences, full-text
// rows, chunks, vectors, quotations, summaries, its threads and channels,
// and index documents.
func (s *Store) Delete(ctx context.Context, scope Scope, id string) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	err := s.tx(ctx, func(tx tx) error {
		if err := deleteArticle(ctx, tx, scope, id); err != nil {
			return err
		}
		return s.recordChange(ctx, tx, scope, id)
	})
	if err != nil {
		return fmt.Errorf("delete %s: %w", id, err)
	}
	s.dfs.clear()
	s.index.remove(scope, id)
	return nil
}

// DeleteScope removes everything of a scope, settings and usage included.
func (s *Store) DeleteScope(ctx context.Context, scope Scope) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	err := s.tx(ctx, func(tx tx) error {
		if err := tx.d.deleteFullText(ctx, tx, scope, ""); err != nil {
			return err
		}
		if err := s.recordChange(ctx, tx, scope, ""); err != nil {
			return err
		}
		for _, q := range []string{
			"DELETE FROM articles WHERE scope = ?",
			"DELETE FROM settings WHERE scope = ?",
			"DELETE FROM usage WHERE scope = ?",
		} {
			if _, err := tx.ExecContext(ctx, q, scope); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete scope %s: %w", scope, err)
	}
	s.dfs.clear()
	s.index.dropScope(scope)
	return nil
}
