package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// sqliteChangesSQL (schema version 5) is SQLite's change log: one row per
// write of an article's vectors, in the write's transaction. AUTOINCREMENT
// numbers the rows in commit order without reusing pruned numbers, so a
// reader knows when it fell behind the log.
const sqliteChangesSQL = `
CREATE TABLE IF NOT EXISTS changes (
	seq INTEGER PRIMARY KEY AUTOINCREMENT,
	scope TEXT NOT NULL, article_id TEXT NOT NULL, origin TEXT NOT NULL
);`

func (sqliteDialect) recordChange(ctx context.Context, tx tx, c change) error {
	if _, err := tx.ExecContext(ctx, "INSERT INTO changes (scope, article_id, origin) VALUES (?, ?, ?)", c.Scope, c.Article, c.Origin); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, "DELETE FROM changes WHERE seq <= (SELECT max(seq) FROM changes) - ?", changeLogKeep)
	return err
}

// sqliteWatcher polls PRAGMA data_version on a connection of its own: it
// changes when any other connection, of this process or another, commits.
type sqliteWatcher struct {
	conn    *sql.Conn
	version int64
	seq     int64 // the last change read
}

func (sqliteDialect) watcher(ctx context.Context, s *Store) (changeWatcher, error) {
	conn, err := s.db.DB.Conn(ctx)
	if err != nil {
		return nil, err
	}
	w := &sqliteWatcher{conn: conn}
	var n int
	if err := conn.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'changes'").Scan(&n); err != nil {
		conn.Close()
		return nil, err
	}
	if n == 0 {
		conn.Close()
		return nil, errNoChangeLog
	}
	if err := conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&w.version); err != nil {
		conn.Close()
		return nil, err
	}
	if err := conn.QueryRowContext(ctx, "SELECT COALESCE(max(seq), 0) FROM changes").Scan(&w.seq); err != nil {
		conn.Close()
		return nil, err
	}
	return w, nil
}

func (w *sqliteWatcher) next(ctx context.Context) ([]change, bool, error) {
	t := time.NewTicker(changePoll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, false, ctx.Err()
		case <-t.C:
		}
		var v int64
		if err := w.conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
			return nil, false, err
		}
		if v == w.version {
			continue
		}
		w.version = v
		type row struct {
			seq int64
			c   change
		}
		rows, err := queryAll(ctx, w.conn, "SELECT seq, scope, article_id, origin FROM changes WHERE seq > ? ORDER BY seq", []any{w.seq},
			func(r *sql.Rows) (x row, err error) { return x, r.Scan(&x.seq, &x.c.Scope, &x.c.Article, &x.c.Origin) })
		if err != nil {
			return nil, false, fmt.Errorf("read changes: %w", err)
		}
		if len(rows) == 0 {
			continue // a write of something else: settings, usage, threads
		}
		lost := rows[0].seq != w.seq+1 // pruned before this process read them
		w.seq = rows[len(rows)-1].seq
		out := make([]change, len(rows))
		for i, r := range rows {
			out[i] = r.c
		}
		return out, lost, nil
	}
}

func (w *sqliteWatcher) close() { w.conn.Close() }
