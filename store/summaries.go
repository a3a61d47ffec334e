package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// PutSummary caches an engine's summary of an article (opaque data by
// kind); ErrNotFound if the article is gone. Replacing the article drops it.
func (s *Store) PutSummary(ctx context.Context, scope Scope, articleID, kind string, data []byte) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO summaries (scope, article_id, kind, data) VALUES (?, ?, ?, ?)
		ON CONFLICT (scope, article_id, kind) DO UPDATE SET data = excluded.data`, scope, articleID, kind, data)
	if s.d.isForeignKeyViolation(err) {
		return fmt.Errorf("put summary of %s: %w", articleID, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("put summary: %w", err)
	}
	return nil
}

// Summary returns a cached summary.
func (s *Store) Summary(ctx context.Context, scope Scope, articleID, kind string) ([]byte, error) {
	var data []byte
	err := s.db.QueryRowContext(ctx, "SELECT data FROM summaries WHERE scope = ? AND article_id = ? AND kind = ?", scope, articleID, kind).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("load summary: %w", err)
	}
	return data, nil
}

// summaries returns every cached summary of an article, by kind, for
// copying a library.
func (s *Store) summaries(ctx context.Context, scope Scope, articleID string) (map[string][]byte, error) {
	type kv struct {
		kind string
		data []byte
	}
	rows, err := queryAll(ctx, s.db, "SELECT kind, data FROM summaries WHERE scope = ? AND article_id = ?", []any{scope, articleID},
		func(r *sql.Rows) (x kv, err error) { return x, r.Scan(&x.kind, &x.data) })
	if err != nil {
		return nil, fmt.Errorf("load summaries: %w", err)
	}
	out := make(map[string][]byte, len(rows))
	for _, x := range rows {
		out[x.kind] = x.data
	}
	return out, nil
}

// SummariesOfKind returns one kind of cached summary for every article of
// a scope that has one, by article ID: one query where a grouping of the
// whole scope would otherwise read them one by one.
func (s *Store) SummariesOfKind(ctx context.Context, scope Scope, kind string) (map[string][]byte, error) {
	type kv struct {
		id   string
		data []byte
	}
	rows, err := queryAll(ctx, s.db, "SELECT article_id, data FROM summaries WHERE scope = ? AND kind = ?", []any{scope, kind},
		func(r *sql.Rows) (x kv, err error) { return x, r.Scan(&x.id, &x.data) })
	if err != nil {
		return nil, fmt.Errorf("load %s summaries: %w", kind, err)
	}
	out := make(map[string][]byte, len(rows))
	for _, x := range rows {
		out[x.id] = x.data
	}
	return out, nil
}
