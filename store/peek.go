package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// StoredEmbedder reads which embedder made the vectors of the library in
// dir, without opening it for use or creating anything. A caller that
// finds its own embedder recorded there knows the vector dimension
// without probing an embeddings endpoint. ok is false when there is no
// library or no record yet.
func StoredEmbedder(ctx context.Context, dir string) (info EmbedderInfo, ok bool, err error) {
	path := filepath.Join(dir, dbFile)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return EmbedderInfo{}, false, nil
	}
	dsn := "file:" + path + fmt.Sprintf("?mode=ro&_pragma=busy_timeout(%d)", busyTimeout.Milliseconds())
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return EmbedderInfo{}, false, fmt.Errorf("open database: %w", err)
	}
	defer db.Close()
	var raw string
	err = db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'embedder'").Scan(&raw)
	if err != nil {
		// No record or no table yet (a new library), or unreadable: the
		// caller probes its embedder, which is always safe.
		return EmbedderInfo{}, false, nil
	}
	if err := json.Unmarshal([]byte(raw), &info); err != nil {
		return EmbedderInfo{}, false, fmt.Errorf("read embedder: %w", err)
	}
	return info, info.Name != "" && info.Dim > 0, nil
}
