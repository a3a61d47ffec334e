package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
)

// ErrReadOnly is a write to a store opened with Options.ReadOnly.
var ErrReadOnly = errors.New("store: the library is open read-only")

// openReadOnly opens an existing database for reading only: it creates
// nothing, migrates nothing and records nothing, so a user who may only
// read the data directory can still list and search it. In WAL mode a
// reader needs the -shm file; when none exists and none can be made (a
// directory it cannot write), no writer is connected (writers keep one),
// so the file is opened as immutable.
func openReadOnly(ctx context.Context, dir string) (dialect, *sql.DB, error) {
	path := filepath.Join(dir, dbFile)
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil, fmt.Errorf("no library in %s: %w", dir, err)
		}
		return nil, nil, fmt.Errorf("open database: %w", err)
	}
	base := "file:" + (&url.URL{Path: path}).EscapedPath() + fmt.Sprintf("?mode=ro&_pragma=busy_timeout(%d)&_pragma=query_only(1)", busyTimeout.Milliseconds())
	var firstErr error
	for _, dsn := range []string{base, base + "&immutable=1"} {
		db, err := sql.Open("sqlite", dsn)
		if err == nil {
			var v int
			if err = db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err == nil {
				if err := checkSchema(v); err != nil {
					db.Close()
					return nil, nil, err
				}
				return sqliteDialect{}, db, nil
			}
			db.Close()
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, nil, fmt.Errorf("open database read-only: %w", firstErr)
}

// checkSchema accepts only the current schema: a read-only store cannot
// migrate an older one.
func checkSchema(v int) error {
	switch {
	case v > len(sqliteMigrations):
		return fmt.Errorf("database schema %d is newer than this articlebot (%d): upgrade articlebot", v, len(sqliteMigrations))
	case v < len(sqliteMigrations):
		return fmt.Errorf("database schema %d needs upgrading, which needs write access: run articlebot once as a user who can write it", v)
	}
	return nil
}

// DBPath is the SQLite database file of the library in dir, for callers
// that check its permissions before opening it.
func DBPath(dir string) string { return filepath.Join(dir, dbFile) }
