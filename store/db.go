package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Options configures [Open].
type Options struct {
	// Embedder is the embedder the caller uses now; vectors made by another
	// one make the store stale until [Store.Reembed].
	Embedder EmbedderInfo
	// DSN chooses the backend: "" keeps the record in SQLite in the data
	// directory; a postgres:// or postgresql:// URL keeps it in PostgreSQL,
	// which several processes can share.
	DSN    string
	Logger *slog.Logger
	// ReadOnly opens an existing SQLite store without writing to it, for
	// users who may only read its files: reads work, writes fail with
	// ErrReadOnly, and an old schema or a changed embedder cannot be fixed
	// until it is opened for writing.
	ReadOnly bool
	// MaxIndexMemory bounds the in-memory vector index, in bytes: when a
	// scope's vectors would exceed it, the scopes searched least recently
	// are dropped from memory (and read again from the record when next
	// searched). 0 means DefaultMaxIndexMemory; negative, no bound.
	MaxIndexMemory int64
}

// DefaultMaxIndexMemory is the index's memory budget when none is given:
// on a small VPS (1 GiB), room for about 400k chunks of dimension 256
// beside the rest of the process.
const DefaultMaxIndexMemory = 512 << 20

// Stats are in-memory counts of the vector index, for logs and metrics.
// Only the scopes loaded in this process count: a scope is loaded on its
// first search and may be evicted for the memory budget.
type Stats struct {
	Scopes   int   // scopes loaded
	Articles int   // articles in the loaded scopes
	Chunks   int   // indexed chunk vectors (zero vectors are not indexed)
	Bytes    int64 // estimated memory of the loaded scopes
	Budget   int64 // the memory budget; 0 = none
}

// Store is the durable record plus the vector index built from it. It is
// safe for concurrent use.
type Store struct {
	db    db
	d     dialect
	log   *slog.Logger
	want  EmbedderInfo
	index *index

	// wmu serializes each write's commit with its index update, so two
	// writers of one article cannot leave the index holding the loser's
	// vectors. SQLite serializes writers anyway, so it costs no throughput.
	wmu sync.Mutex

	mu     sync.RWMutex // guards stored and mixed
	stored EmbedderInfo
	// mixed: some chunks were made by another embedder or dimension than
	// want (an interrupted re-embedding), so the store is stale even when
	// stored equals want.
	mixed bool

	dfs dfCache // full-text statistics, for pruning common words and ranking

	// readOnly: opened with Options.ReadOnly; transactions fail with
	// ErrReadOnly.
	readOnly bool

	// dsn is the PostgreSQL DSN, for the LISTEN connection.
	dsn string
	// origin names this process's changes (watch.go).
	origin    string
	watchMu   sync.Mutex
	watchStop func() // stops the watch; nil when none runs

	// failAfterSentences, for tests, fails PutArticle mid-transaction.
	failAfterSentences error
}

// Open opens (creating and migrating if needed) the store and builds the
// index: SQLite in dir, or PostgreSQL when opts.DSN is set (dir is then
// unused).
func Open(ctx context.Context, dir string, opts Options) (*Store, error) {
	start := time.Now()
	if opts.Embedder.Name == "" || opts.Embedder.Dim <= 0 {
		return nil, errors.New("store: an embedder name and dimension are required")
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var (
		d     dialect
		sqldb *sql.DB
		where string
		err   error
	)
	switch {
	case opts.DSN != "" && opts.ReadOnly:
		return nil, errors.New("store: read-only opening is for SQLite libraries")
	case opts.DSN != "":
		d, sqldb, err = openPostgres(ctx, opts.DSN)
		where = redactDSN(opts.DSN)
	case opts.ReadOnly:
		d, sqldb, err = openReadOnly(ctx, dir)
		where = dir
	default:
		d, sqldb, err = openSQLite(dir)
		where = dir
	}
	if err != nil {
		if sqldb != nil {
			sqldb.Close()
		}
		return nil, err
	}
	budget := opts.MaxIndexMemory
	switch {
	case budget == 0:
		budget = DefaultMaxIndexMemory
	case budget < 0:
		budget = 0
	}
	s := &Store{db: db{sqldb, d}, d: d, log: log, want: opts.Embedder, index: newIndex(budget, log), readOnly: opts.ReadOnly,
		dsn: opts.DSN, origin: newOrigin()}
	if !s.readOnly {
		if err := d.migrate(ctx, s.db, log); err != nil {
			sqldb.Close()
			return nil, err
		}
	}
	if err := s.loadEmbedder(ctx); err != nil {
		sqldb.Close()
		return nil, err
	}
	stored, stale := s.Embedder()
	log.Info("store opened", "backend", d.name(), "at", where, "embedder", stored.Name, "dim", stored.Dim, "stale", stale,
		"read_only", s.readOnly, "index_budget", budget, "took", time.Since(start).Round(time.Millisecond))
	return s, nil
}

// Backend names the backend holding the record: "sqlite" or "postgres".
func (s *Store) Backend() string { return s.d.name() }

// Close stops watching for other processes' writes, closes the database
// and frees the index.
func (s *Store) Close() error {
	s.stopWatch()
	s.index.reset()
	s.index.close()
	return s.db.Close()
}

// loadEmbedder reads which embedder made the stored vectors; an empty
// store adopts the current one.
func (s *Store) loadEmbedder(ctx context.Context) error {
	raw, ok, err := s.meta(ctx, "embedder")
	switch {
	case err != nil:
		return fmt.Errorf("read embedder: %w", err)
	case !ok:
		return s.setEmbedder(ctx, s.want)
	}
	var info EmbedderInfo
	if err := json.Unmarshal([]byte(raw), &info); err != nil {
		return fmt.Errorf("read embedder: %w", err)
	}
	switch _, marked, err := s.meta(ctx, "reembedding"); {
	case err != nil:
		return fmt.Errorf("read embedder: %w", err)
	case marked:
		// An interrupted re-embedding: chunks of both embedders.
		s.mu.Lock()
		s.mixed = true
		s.mu.Unlock()
	}
	if info != s.want {
		var n int
		if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM chunks").Scan(&n); err != nil {
			return fmt.Errorf("count chunks: %w", err)
		}
		if n == 0 {
			return s.setEmbedder(ctx, s.want)
		}
	}
	s.mu.Lock()
	s.stored = info
	s.mu.Unlock()
	return nil
}

// meta reads a value the store keeps about itself (not a scope's
// setting), and whether there is one.
func (s *Store) meta(ctx context.Context, key string) (string, bool, error) {
	var v string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return v, err == nil, err
}

// setMeta records a value the store keeps about itself; "" deletes it.
func (s *Store) setMeta(ctx context.Context, key, value string) error {
	var err error
	if value == "" {
		_, err = s.db.ExecContext(ctx, "DELETE FROM meta WHERE key = ?", key)
	} else {
		_, err = s.db.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value)
	}
	return err
}

// setEmbedder records which embedder made the stored vectors.
func (s *Store) setEmbedder(ctx context.Context, info EmbedderInfo) error {
	if s.readOnly {
		// An empty store adopts the embedder; there is nothing to record.
		s.mu.Lock()
		s.stored, s.mixed = info, false
		s.mu.Unlock()
		return nil
	}
	raw, _ := json.Marshal(info)
	if err := s.setMeta(ctx, "embedder", string(raw)); err != nil {
		return fmt.Errorf("record embedder: %w", err)
	}
	s.mu.Lock()
	s.stored, s.mixed = info, false
	s.mu.Unlock()
	return nil
}

// Embedder returns the embedder that made the stored vectors and whether it
// differs from the one the store was opened with.
func (s *Store) Embedder() (stored EmbedderInfo, stale bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.stored, s.stored != s.want || s.mixed
}

// stale reports whether the stored vectors cannot serve the current
// embedder's queries.
func (s *Store) stale() bool {
	_, stale := s.Embedder()
	return stale
}

// tx runs f in a transaction, committing only if it returns nil.
func (s *Store) tx(ctx context.Context, f func(tx) error) error {
	if s.readOnly {
		return ErrReadOnly
	}
	t, err := s.db.begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := f(t); err != nil {
		t.Rollback()
		return err
	}
	if err := t.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

func unixNano(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func fromUnixNano(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}
