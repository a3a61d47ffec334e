package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Warming: loading the vector indexes of recently active scopes when a
// process starts, so that a server's first question after a restart does
// not wait for its vectors.

// ActiveScopes returns the scopes with activity (articles shared, thread
// questions) since the time given, most recently active first.
func (s *Store) ActiveScopes(ctx context.Context, since time.Time) ([]Scope, error) {
	out, err := queryAll(ctx, s.db, "SELECT scope FROM activity WHERE at >= ? GROUP BY scope ORDER BY MAX(at) DESC, scope", []any{since.UnixNano()},
		func(r *sql.Rows) (sc Scope, err error) { return sc, r.Scan(&sc) })
	if err != nil {
		return nil, fmt.Errorf("list active scopes: %w", err)
	}
	return out, nil
}

// Warm loads a scope's vectors into the index unless it is loaded already
// or they would not fit in the memory budget beside what is loaded:
// warming never evicts a scope. It reports whether the scope is loaded.
func (s *Store) Warm(ctx context.Context, scope Scope) (bool, error) {
	if s.stale() {
		return false, ErrEmbedderChanged
	}
	if s.index.loaded(scope) {
		return true, nil
	}
	if budget := s.index.budget; budget > 0 {
		var stored int64
		if err := s.db.QueryRowContext(ctx, "SELECT COALESCE(SUM(length(data)), 0) FROM article_vectors WHERE scope = ?", scope).Scan(&stored); err != nil {
			return false, fmt.Errorf("warm %s: %w", scope, err)
		}
		// A stored vector is a byte per component (vectors.go).
		need := loadedBytes(s.want.Dim, int(stored/int64(max(s.want.Dim, 1))))
		if s.index.stats().Bytes+need > budget {
			return false, nil
		}
	}
	if _, err := s.scopeIndex(ctx, scope); err != nil {
		return false, err
	}
	return true, nil
}
