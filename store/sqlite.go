package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/kljensen/snowball/english"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// dbFile is the database's name inside the data directory.
const dbFile = "articlebot.db"

// schemaVersion is stored in PRAGMA user_version; bump it with a migration.
const schemaVersion = 1

// busyTimeout lets a second process (the CLI while the bot runs) wait for
// a write lock instead of failing at once.
const busyTimeout = 5 * time.Second

const schema = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
	scope TEXT NOT NULL, id TEXT NOT NULL,
	url TEXT NOT NULL, source_url TEXT NOT NULL,
	title TEXT NOT NULL, byline TEXT NOT NULL, site TEXT NOT NULL, language TEXT NOT NULL,
	published INTEGER NOT NULL, text TEXT NOT NULL, word_count INTEGER NOT NULL,
	warnings TEXT NOT NULL, added_by TEXT NOT NULL, added_at INTEGER NOT NULL,
	PRIMARY KEY (scope, id)
);
CREATE INDEX IF NOT EXISTS articles_url ON articles (scope, url);
CREATE INDEX IF NOT EXISTS articles_source ON articles (scope, source_url);
CREATE INDEX IF NOT EXISTS articles_added ON articles (scope, added_at DESC, id);
CREATE TABLE IF NOT EXISTS sentences (
	rid INTEGER PRIMARY KEY,
	scope TEXT NOT NULL, article_id TEXT NOT NULL, idx INTEGER NOT NULL,
	start INTEGER NOT NULL, end_ INTEGER NOT NULL, paragraph INTEGER NOT NULL, chunk INTEGER NOT NULL,
	UNIQUE (scope, article_id, idx),
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS chunks (
	scope TEXT NOT NULL, article_id TEXT NOT NULL, idx INTEGER NOT NULL,
	start INTEGER NOT NULL, end_ INTEGER NOT NULL, first_sentence INTEGER NOT NULL, last_sentence INTEGER NOT NULL,
	vector BLOB NOT NULL, embedder TEXT NOT NULL,
	PRIMARY KEY (scope, article_id, idx),
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS quotations (
	scope TEXT NOT NULL, article_id TEXT NOT NULL, idx INTEGER NOT NULL,
	start INTEGER NOT NULL, end_ INTEGER NOT NULL, sentence INTEGER NOT NULL,
	speaker TEXT NOT NULL, cue TEXT NOT NULL, indirect INTEGER NOT NULL,
	PRIMARY KEY (scope, article_id, idx),
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS summaries (
	scope TEXT NOT NULL, article_id TEXT NOT NULL, kind TEXT NOT NULL, data BLOB NOT NULL,
	PRIMARY KEY (scope, article_id, kind),
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS settings (scope TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (scope, key));
CREATE TABLE IF NOT EXISTS usage (scope TEXT NOT NULL, day TEXT NOT NULL, tokens INTEGER NOT NULL, PRIMARY KEY (scope, day));
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_vocab USING fts5vocab (sentences_fts, 'row');
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5 (
	text, scope, article, article_id UNINDEXED, idx UNINDEXED,
	tokenize = 'porter unicode61 remove_diacritics 2'
);
`

// Options configures [Open].
type Options struct {
	// Embedder is the embedder the caller uses now; vectors made by another
	// one make the store stale until [Store.Reembed].
	Embedder EmbedderInfo
	Logger   *slog.Logger
	// ReadOnly opens an existing store without writing to it, for users
	// who may only read its files: reads work, writes fail with
	// ErrReadOnly (or SQLite's read-only error), and an old schema or a
	// changed embedder cannot be fixed until it is opened for writing.
	ReadOnly bool
}

// Stats are in-memory counts of the vector index, for logs and metrics.
type Stats struct {
	Scopes   int // scopes with an index
	Articles int // articles in the index
	Chunks   int // indexed chunk vectors (zero vectors are not indexed)
}

// Store is the durable record plus the vector index built from it. It is
// safe for concurrent use.
type Store struct {
	db    *sql.DB
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

	dfs dfCache // full-text document frequencies, for pruning common words

	// readOnly: opened with Options.ReadOnly; transactions fail with
	// ErrReadOnly.
	readOnly bool

	// failAfterSentences, for tests, fails PutArticle mid-transaction.
	failAfterSentences error
}

// Open opens (creating if needed) the store in dir and builds the index.
func Open(ctx context.Context, dir string, opts Options) (*Store, error) {
	if opts.Embedder.Name == "" || opts.Embedder.Dim <= 0 {
		return nil, errors.New("store: an embedder name and dimension are required")
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.ReadOnly {
		db, err := openReadOnly(ctx, dir)
		if err != nil {
			if db != nil {
				db.Close()
			}
			return nil, err
		}
		s := &Store{db: db, log: log, want: opts.Embedder, index: newIndex(), readOnly: true}
		return s, s.load(ctx, dir)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	dsn := "file:" + filepath.Join(dir, dbFile) + fmt.Sprintf("?_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=foreign_keys(1)&_txlock=immediate", busyTimeout.Milliseconds())
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	s := &Store{db: db, log: log, want: opts.Embedder, index: newIndex()}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, s.load(ctx, dir)
}

// load reads the embedder record and builds the index; on failure it
// closes the database.
func (s *Store) load(ctx context.Context, dir string) error {
	db, log := s.db, s.log
	if err := s.loadEmbedder(ctx); err != nil {
		db.Close()
		return err
	}
	start := time.Now()
	if err := s.loadIndex(ctx); err != nil {
		db.Close()
		return err
	}
	stored, stale := s.Embedder()
	st := s.Stats()
	log.Info("store opened", "dir", dir, "articles", st.Articles, "chunks", st.Chunks,
		"embedder", stored.Name, "dim", stored.Dim, "stale", stale, "read_only", s.readOnly, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// loadIndex builds the index from SQLite, unless the store is stale (its
// vectors cannot be compared with the current embedder's queries until
// [Store.Reembed] runs, which builds it then).
func (s *Store) loadIndex(ctx context.Context) error {
	if s.stale() {
		return nil
	}
	x, consistent, err := s.buildIndex(ctx)
	if err != nil {
		return err
	}
	if !consistent {
		s.mu.Lock()
		s.mixed = true
		s.mu.Unlock()
		return nil
	}
	s.index.replace(x)
	return nil
}

// Close closes the database and frees the index.
func (s *Store) Close() error {
	s.index.replace(newIndex())
	return s.db.Close()
}

func (s *Store) migrate(ctx context.Context) error {
	var v int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if v > schemaVersion {
		return fmt.Errorf("database schema %d is newer than this articlebot (%d): upgrade articlebot", v, schemaVersion)
	}
	if _, err := s.db.ExecContext(ctx, schema); err != nil {
		return fmt.Errorf("create schema: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", schemaVersion)); err != nil {
		return fmt.Errorf("set schema version: %w", err)
	}
	return nil
}

// loadEmbedder reads which embedder made the stored vectors; an empty
// store adopts the current one.
func (s *Store) loadEmbedder(ctx context.Context) error {
	var raw string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'embedder'").Scan(&raw)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return s.setEmbedder(ctx, s.want)
	case err != nil:
		return fmt.Errorf("read embedder: %w", err)
	}
	var info EmbedderInfo
	if err := json.Unmarshal([]byte(raw), &info); err != nil {
		return fmt.Errorf("read embedder: %w", err)
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
	if _, err := s.db.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES ('embedder', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", string(raw)); err != nil {
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

func (s *Store) stale() bool {
	_, stale := s.Embedder()
	return stale
}

// PutArticle stores an article in one transaction, replacing any article
// with the same scope and ID (and dropping its cached summaries), then
// updates the index. Vectors are stored as given; the index holds them
// normalized.
func (s *Store) PutArticle(ctx context.Context, a *Article) error {
	if err := s.putArticles(ctx, []*Article{a}); err != nil {
		return fmt.Errorf("put article %s: %w", a.ID, err)
	}
	return nil
}

// putArticles stores articles in one transaction; PutArticle stores one,
// benchmarks fill a large store with it without a commit per article.
func (s *Store) putArticles(ctx context.Context, as []*Article) error {
	if s.stale() {
		return ErrEmbedderChanged
	}
	vecs := make([][][]float32, len(as))
	for i, a := range as {
		if err := s.validate(a); err != nil {
			return err
		}
		vecs[i] = make([][]float32, len(a.Chunks))
		for j, c := range a.Chunks {
			vecs[i][j] = normalized(c.Vector)
		}
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		for _, a := range as {
			if err := s.insertArticle(ctx, tx, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.dfs.clear()
	for i, a := range as {
		if err := s.index.put(a.Scope, a.ID, vecs[i]); err != nil {
			// Committed but not searchable until the next Open rebuilds it.
			s.log.Error("index article", "scope", a.Scope, "article", a.ID, "err", err)
		}
	}
	return nil
}

// insertArticle writes one article and its parts, replacing any old one.
func (s *Store) insertArticle(ctx context.Context, tx *sql.Tx, a *Article) error {
	if err := deleteArticle(ctx, tx, a.Scope, a.ID); err != nil && !errors.Is(err, ErrNotFound) {
		return err
	}
	warnings, err := json.Marshal(a.Warnings)
	if err != nil {
		return fmt.Errorf("encode warnings: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles (scope, id, url, source_url, title, byline, site, language, published, text, word_count, warnings, added_by, added_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.Scope, a.ID, a.URL, a.SourceURL, a.Title, a.Byline, a.Site, a.Language, unixNano(a.Published), a.Text, a.WordCount, string(warnings), a.AddedBy, unixNano(a.AddedAt)); err != nil {
		return fmt.Errorf("insert article: %w", err)
	}
	sent, err := tx.PrepareContext(ctx, "INSERT INTO sentences (scope, article_id, idx, start, end_, paragraph, chunk) VALUES (?, ?, ?, ?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer sent.Close()
	fts, err := tx.PrepareContext(ctx, "INSERT INTO sentences_fts (rowid, text, scope, article, article_id, idx) VALUES (?, ?, ?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer fts.Close()
	sTok, aTok := scopeToken(a.Scope), articleToken(a.ID)
	for i, x := range a.Sentences {
		res, err := sent.ExecContext(ctx, a.Scope, a.ID, i, x.Start, x.End, x.Paragraph, x.Chunk)
		if err != nil {
			return fmt.Errorf("insert sentence: %w", err)
		}
		rid, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("insert sentence: %w", err)
		}
		if _, err := fts.ExecContext(ctx, rid, a.Text[x.Start:x.End], sTok, aTok, a.ID, i); err != nil {
			return fmt.Errorf("index sentence: %w", err)
		}
	}
	if s.failAfterSentences != nil {
		return s.failAfterSentences
	}
	chunk, err := tx.PrepareContext(ctx, "INSERT INTO chunks (scope, article_id, idx, start, end_, first_sentence, last_sentence, vector, embedder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer chunk.Close()
	for i, c := range a.Chunks {
		if _, err := chunk.ExecContext(ctx, a.Scope, a.ID, i, c.Start, c.End, c.FirstSentence, c.LastSentence, encodeVector(c.Vector), s.want.Name); err != nil {
			return fmt.Errorf("insert chunk: %w", err)
		}
	}
	for i, q := range a.Quotations {
		if _, err := tx.ExecContext(ctx, "INSERT INTO quotations (scope, article_id, idx, start, end_, sentence, speaker, cue, indirect) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
			a.Scope, a.ID, i, q.Start, q.End, q.Sentence, q.Speaker, q.Cue, q.Indirect); err != nil {
			return fmt.Errorf("insert quotation: %w", err)
		}
	}
	return nil
}

func (s *Store) validate(a *Article) error {
	if a.Scope == "" || a.ID == "" {
		return errors.New("store: article needs a scope and an ID")
	}
	n := len(a.Text)
	for _, x := range a.Sentences {
		if x.Start < 0 || x.Start > x.End || x.End > n {
			return fmt.Errorf("store: sentence offsets %d:%d outside text of %d bytes", x.Start, x.End, n)
		}
	}
	for _, c := range a.Chunks {
		if c.Start < 0 || c.Start > c.End || c.End > n {
			return fmt.Errorf("store: chunk offsets %d:%d outside text of %d bytes", c.Start, c.End, n)
		}
		if len(c.Vector) != s.want.Dim {
			return fmt.Errorf("%w: %d, want %d", ErrDimension, len(c.Vector), s.want.Dim)
		}
		for _, x := range c.Vector {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return errors.New("store: chunk vector holds NaN or infinity")
			}
		}
	}
	for _, q := range a.Quotations {
		if q.Start < 0 || q.Start > q.End || q.End > n {
			return fmt.Errorf("store: quotation offsets %d:%d outside text of %d bytes", q.Start, q.End, n)
		}
	}
	return nil
}

// tx runs f in a transaction, committing only if it returns nil.
func (s *Store) tx(ctx context.Context, f func(*sql.Tx) error) error {
	if s.readOnly {
		return ErrReadOnly
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := f(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// deleteArticle removes an article and, by cascade and by hand for the
// full-text index, everything of it.
func deleteArticle(ctx context.Context, tx *sql.Tx, scope Scope, id string) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM sentences_fts WHERE rowid IN (SELECT rid FROM sentences WHERE scope = ? AND article_id = ?)", scope, id); err != nil {
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
// rows, chunks, vectors, quotations, summaries and index documents.
func (s *Store) Delete(ctx context.Context, scope Scope, id string) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if err := s.tx(ctx, func(tx *sql.Tx) error { return deleteArticle(ctx, tx, scope, id) }); err != nil {
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
	err := s.tx(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{
			"DELETE FROM sentences_fts WHERE rowid IN (SELECT rid FROM sentences WHERE scope = ?)",
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

const articleColumns = "id, scope, url, source_url, title, byline, site, language, published, text, word_count, warnings, added_by, added_at"

// Article returns the full record of one article, or ErrNotFound.
func (s *Store) Article(ctx context.Context, scope Scope, id string) (*Article, error) {
	return s.article(ctx, "SELECT "+articleColumns+" FROM articles WHERE scope = ? AND id = ?", scope, id)
}

// ArticleByURL finds an article by its canonical or submitted URL,
// preferring a canonical match; ErrNotFound if none.
func (s *Store) ArticleByURL(ctx context.Context, scope Scope, url string) (*Article, error) {
	return s.article(ctx, "SELECT "+articleColumns+" FROM articles WHERE scope = ? AND (url = ? OR source_url = ?) ORDER BY url = ? DESC LIMIT 1", scope, url, url, url)
}

// article loads an article and its parts from one snapshot, so a
// concurrent replace cannot mix two versions.
func (s *Store) article(ctx context.Context, query string, args ...any) (*Article, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) // a deferred BEGIN: no write lock
	if err != nil {
		return nil, fmt.Errorf("load article: %w", err)
	}
	defer tx.Rollback()
	a := &Article{}
	var published, added int64
	var warnings string
	err = tx.QueryRowContext(ctx, query, args...).Scan(&a.ID, &a.Scope, &a.URL, &a.SourceURL, &a.Title, &a.Byline, &a.Site, &a.Language, &published, &a.Text, &a.WordCount, &warnings, &a.AddedBy, &added)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("load article: %w", err)
	}
	a.Published, a.AddedAt = fromUnixNano(published), fromUnixNano(added)
	if err := json.Unmarshal([]byte(warnings), &a.Warnings); err != nil {
		return nil, fmt.Errorf("load article warnings: %w", err)
	}
	if err := loadParts(ctx, tx, a); err != nil {
		return nil, fmt.Errorf("load article %s: %w", a.ID, err)
	}
	return a, nil
}

func loadParts(ctx context.Context, tx *sql.Tx, a *Article) (err error) {
	a.Sentences, err = queryAll(ctx, tx, "SELECT start, end_, paragraph, chunk FROM sentences WHERE scope = ? AND article_id = ? ORDER BY idx",
		[]any{a.Scope, a.ID}, func(r *sql.Rows) (x Sentence, err error) {
			return x, r.Scan(&x.Start, &x.End, &x.Paragraph, &x.Chunk)
		})
	if err != nil {
		return err
	}
	a.Chunks, err = queryAll(ctx, tx, "SELECT start, end_, first_sentence, last_sentence, vector FROM chunks WHERE scope = ? AND article_id = ? ORDER BY idx",
		[]any{a.Scope, a.ID}, func(r *sql.Rows) (c Chunk, err error) {
			var blob []byte
			err = r.Scan(&c.Start, &c.End, &c.FirstSentence, &c.LastSentence, &blob)
			c.Vector = decodeVector(blob)
			return c, err
		})
	if err != nil {
		return err
	}
	a.Quotations, err = queryAll(ctx, tx, "SELECT start, end_, sentence, speaker, cue, indirect FROM quotations WHERE scope = ? AND article_id = ? ORDER BY idx",
		[]any{a.Scope, a.ID}, func(r *sql.Rows) (q Quotation, err error) {
			return q, r.Scan(&q.Start, &q.End, &q.Sentence, &q.Speaker, &q.Cue, &q.Indirect)
		})
	return err
}

// queryAll runs a query and scans every row with scan.
func queryAll[T any](ctx context.Context, db interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, query string, args []any, scan func(*sql.Rows) (T, error)) ([]T, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// List returns a scope's articles, newest first, and how many there are.
func (s *Store) List(ctx context.Context, scope Scope, offset, limit int) ([]ArticleInfo, int, error) {
	var total int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM articles WHERE scope = ?", scope).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count articles: %w", err)
	}
	if limit <= 0 {
		return nil, total, nil
	}
	rows, err := s.db.QueryContext(ctx, "SELECT id, scope, url, title, site, byline, published, word_count, added_by, added_at FROM articles WHERE scope = ? ORDER BY added_at DESC, id LIMIT ? OFFSET ?", scope, limit, max(offset, 0))
	if err != nil {
		return nil, 0, fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	var out []ArticleInfo
	for rows.Next() {
		var i ArticleInfo
		var published, added int64
		if err := rows.Scan(&i.ID, &i.Scope, &i.URL, &i.Title, &i.Site, &i.Byline, &published, &i.WordCount, &i.AddedBy, &added); err != nil {
			return nil, 0, fmt.Errorf("list articles: %w", err)
		}
		i.Published, i.AddedAt = fromUnixNano(published), fromUnixNano(added)
		out = append(out, i)
	}
	return out, total, rows.Err()
}

// Scopes lists the scopes that hold articles or settings.
func (s *Store) Scopes(ctx context.Context) ([]Scope, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT scope FROM articles UNION SELECT scope FROM settings ORDER BY 1")
	if err != nil {
		return nil, fmt.Errorf("list scopes: %w", err)
	}
	defer rows.Close()
	var out []Scope
	for rows.Next() {
		var sc Scope
		if err := rows.Scan(&sc); err != nil {
			return nil, err
		}
		out = append(out, sc)
	}
	return out, rows.Err()
}

// SearchSentences ranks a scope's sentences (or, when articleIDs is not
// empty, those articles' sentences) by BM25 against the terms, any of which
// may match; Score is -bm25, higher is better. Terms are raw user words:
// each is quoted, so no FTS5 syntax in them has effect.
//
// bm25() counts the rows of every phrase in the query, the scope's token
// too, which costs a walk over the whole scope. So the scope is a phrase
// of the query only when that is cheaper than ranking every scope's rows
// that hold the terms and dropping the others' afterwards.
func (s *Store) SearchSentences(ctx context.Context, scope Scope, articleIDs []string, terms []string, n int) ([]SentenceHit, error) {
	return s.searchSentences(ctx, scope, articleIDs, terms, n, scopeAuto)
}

// scopeFilter says where a whole-scope full-text search restricts the scope.
type scopeFilter int

const (
	scopeAuto    scopeFilter = iota // whichever is cheaper
	scopeInQuery                    // as a phrase of the MATCH query
	scopeAfter                      // only by comparing each match's scope column
)

func (s *Store) searchSentences(ctx context.Context, scope Scope, articleIDs []string, terms []string, n int, where scopeFilter) ([]SentenceHit, error) {
	if n <= 0 {
		return nil, nil
	}
	quoted, matches := s.selectiveTerms(ctx, terms)
	if len(quoted) == 0 {
		return nil, nil
	}
	match := "text:(" + strings.Join(quoted, " OR ") + ")"
	if len(articleIDs) > 0 {
		// An article's token is in a few rows: cheap to count, and the
		// scope is then checked on those few rows.
		ids := make([]string, len(articleIDs))
		for i, id := range articleIDs {
			ids[i] = articleToken(id)
		}
		match += " AND article:(" + strings.Join(ids, " OR ") + ")"
	} else if where == scopeInQuery || where == scopeAuto && (matches < 0 || matches >= s.scopeRows(ctx, scope)) {
		match += " AND scope:" + scopeToken(scope)
	}
	// Only the text column's BM25 counts: the others hold filter tokens.
	rows, err := s.db.QueryContext(ctx, `SELECT article_id, idx, -bm25(sentences_fts, 1.0, 0.0, 0.0) AS score FROM sentences_fts
		WHERE sentences_fts MATCH ? AND scope = ? ORDER BY score DESC, rowid LIMIT ?`, match, scopeToken(scope), n)
	if err != nil {
		return nil, fmt.Errorf("full-text search: %w", err)
	}
	defer rows.Close()
	var out []SentenceHit
	for rows.Next() {
		var h SentenceHit
		if err := rows.Scan(&h.ArticleID, &h.Sentence, &h.Score); err != nil {
			return nil, fmt.Errorf("full-text search: %w", err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// commonShare: a word in more than this share of all sentences ranks
// nothing (it is nearly everywhere) but makes the query visit every one of
// them; such words are left out when rarer ones remain.
const commonShare = 0.02

// selectiveTerms quotes the terms for FTS5, dropping the very common ones
// (their document frequency comes from the index's vocabulary, probed with
// a Porter-family stem like FTS5's tokenizer; a word it cannot find is
// kept). matches is how many rows of all scopes hold the kept terms (at
// most), or -1 when the store is too small to bother counting.
func (s *Store) selectiveTerms(ctx context.Context, terms []string) (quoted []string, matches int) {
	for _, t := range terms {
		// FTS5 parses the query as a C string: a NUL would end it mid-quote.
		t = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(t, "\x00", "")))
		if t != "" {
			quoted = append(quoted, `"`+strings.ReplaceAll(t, `"`, `""`)+`"`)
		}
	}
	if len(quoted) == 0 {
		return nil, 0
	}
	var rows int
	s.db.QueryRowContext(ctx, "SELECT max(rid) FROM sentences").Scan(&rows)
	if rows < minRowsToPrune {
		return quoted, -1
	}
	limit := int(commonShare * float64(rows))
	var out []string
	rarest, rarestDF := "", 0
	for _, q := range quoted {
		df := s.docFreq(ctx, q)
		if rarest == "" || df < rarestDF {
			rarest, rarestDF = q, df
		}
		if df <= limit {
			out = append(out, q)
			matches += df
		}
	}
	if len(out) == 0 {
		return []string{rarest}, rarestDF
	}
	return out, matches
}

// maxCachedTerms bounds the document-frequency cache; questions reuse a
// modest vocabulary, and a full cache simply starts over.
const maxCachedTerms = 4096

// dfCache remembers how many sentences hold a term (counting walks the
// term's whole list, as long as the query it prunes) and how many a scope
// has. Every write clears it.
type dfCache struct {
	mu     sync.Mutex
	df     map[string]int
	scopes map[Scope]int
}

func (c *dfCache) clear() {
	c.mu.Lock()
	c.df, c.scopes = nil, nil
	c.mu.Unlock()
}

// scopeRows returns how many sentences a scope has.
func (s *Store) scopeRows(ctx context.Context, scope Scope) int {
	s.dfs.mu.Lock()
	n, ok := s.dfs.scopes[scope]
	s.dfs.mu.Unlock()
	if ok {
		return n
	}
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM sentences WHERE scope = ?", scope).Scan(&n); err != nil {
		return 0 // unknown: the scope goes into the query, always correct
	}
	s.dfs.mu.Lock()
	if s.dfs.scopes == nil || len(s.dfs.scopes) >= maxCachedTerms {
		s.dfs.scopes = map[Scope]int{}
	}
	s.dfs.scopes[scope] = n
	s.dfs.mu.Unlock()
	return n
}

// docFreq returns the number of sentences holding a quoted term (0 if
// unknown), from the cache or the full-text vocabulary.
func (s *Store) docFreq(ctx context.Context, quoted string) int {
	s.dfs.mu.Lock()
	df, ok := s.dfs.df[quoted]
	s.dfs.mu.Unlock()
	if ok {
		return df
	}
	word := strings.ReplaceAll(quoted[1:len(quoted)-1], `""`, `"`)
	if err := s.db.QueryRowContext(ctx, "SELECT doc FROM sentences_vocab WHERE term = ?", english.Stem(word, true)).Scan(&df); err != nil {
		df = 0
	}
	s.dfs.mu.Lock()
	if s.dfs.df == nil || len(s.dfs.df) >= maxCachedTerms {
		s.dfs.df = map[string]int{}
	}
	s.dfs.df[quoted] = df
	s.dfs.mu.Unlock()
	return df
}

// minRowsToPrune: small stores are searched with every word; pruning only
// pays once common words cost real time.
const minRowsToPrune = 5000

// scopeToken and articleToken are single full-text tokens standing for a
// scope and an article: hashes, so no ID can split into several tokens or
// collide with a word.
func scopeToken(s Scope) string     { return "s" + shortHash(string(s)) }
func articleToken(id string) string { return "a" + shortHash(id) }

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:10])
}

// PutSummary caches an engine's summary of an article (opaque data by
// kind); ErrNotFound if the article is gone. Replacing the article drops it.
func (s *Store) PutSummary(ctx context.Context, scope Scope, articleID, kind string, data []byte) error {
	res, err := s.db.ExecContext(ctx, `INSERT INTO summaries (scope, article_id, kind, data) SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE scope = ? AND id = ?)
		ON CONFLICT (scope, article_id, kind) DO UPDATE SET data = excluded.data`, scope, articleID, kind, data, scope, articleID)
	if err != nil {
		return fmt.Errorf("put summary: %w", err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("put summary of %s: %w", articleID, ErrNotFound)
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

func encodeVector(v []float32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return b
}

func decodeVector(b []byte) []float32 {
	v := make([]float32, len(b)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return v
}

// normalized returns v scaled to unit length (a copy; zero stays zero):
// chromem-go compares by dot product, which is cosine only for unit
// vectors, and it copies any vector it finds not normalized.
func normalized(v []float32) []float32 {
	out := make([]float32, len(v))
	copy(out, v)
	normalize(out)
	return out
}

// normalize scales v to unit length in place; a zero vector stays zero.
func normalize(v []float32) {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 {
		return
	}
	inv := 1 / math.Sqrt(sum)
	for i, x := range v {
		v[i] = float32(float64(x) * inv)
	}
}
