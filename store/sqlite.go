package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modernc.org/sqlite" // registers the "sqlite" driver
)

// dbFile is the database's name inside the data directory.
const dbFile = "articlebot.db"

// busyTimeout lets a second process (the CLI while the bot runs) wait for
// a write lock instead of failing at once.
const busyTimeout = 5 * time.Second

// sqliteConstraintForeignKey is SQLite's extended result code for a
// foreign key violation (SQLITE_CONSTRAINT | 3<<8).
const sqliteConstraintForeignKey = 787

// sqliteDialect keeps the record in one SQLite file (WAL mode) with an
// FTS5 table as the full-text index.
type sqliteDialect struct{}

func openSQLite(dir string) (dialect, *sql.DB, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, nil, fmt.Errorf("create data dir: %w", err)
	}
	dsn := "file:" + filepath.Join(dir, dbFile) + fmt.Sprintf("?_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=foreign_keys(1)&_txlock=immediate", busyTimeout.Milliseconds())
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, nil, fmt.Errorf("open database: %w", err)
	}
	return sqliteDialect{}, db, nil
}

func (sqliteDialect) name() string                              { return "sqlite" }
func (sqliteDialect) bind(q string, args []any) (string, []any) { return q, args }
func (sqliteDialect) snapshotLevel() sql.IsolationLevel         { return sql.LevelDefault }

func (sqliteDialect) chunkText() string {
	return "CAST(substr(CAST(a.text AS BLOB), c.start + 1, c.end_ - c.start) AS TEXT)"
}

func (sqliteDialect) isForeignKeyViolation(err error) bool {
	var e *sqlite.Error
	return errors.As(err, &e) && e.Code() == sqliteConstraintForeignKey
}

// sqliteBusy is SQLite's primary result code for a lock held elsewhere.
const sqliteBusy = 5

// retryBusy runs f again while it fails with SQLITE_BUSY, for up to
// busyTimeout. The busy timeout does not cover a new connection's setup:
// when two processes create the same library at once, one of them turns
// the new file to WAL under an exclusive lock, and the other's connection
// fails at once instead of waiting. Each try opens a new connection (a
// failed one is not pooled), which finds the file in WAL mode.
func retryBusy(ctx context.Context, f func() error) error {
	deadline := time.Now().Add(busyTimeout)
	for wait := 5 * time.Millisecond; ; wait = min(2*wait, 200*time.Millisecond) {
		err := f()
		var e *sqlite.Error
		if err == nil || !errors.As(err, &e) || e.Code()&0xff != sqliteBusy || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
	}
}

// sqliteMigrations[i] brings the schema from version i to i+1; the version
// is kept in PRAGMA user_version.
var sqliteMigrations = []func(context.Context, tx) error{
	execMigration(sqliteSchemaV1),
	rebuildSQLiteFullText,
	execMigration(threadTablesSQL + sqlMoveLegacyLinks),
	execMigration(pagesTableSQL),
	migrateToScopedTerms,
	execMigration(activitySQL("TEXT")),
	migrateToArticleVectors,
	execMigration(sqliteScopeSentencesSQL),
	migrateToByteVectors,
}

// sqliteScopeSentencesSQL (version 8) keeps each scope's sentence count,
// which full-text pruning reads on a scope's first question and again
// whenever its cached statistics expire: one look-up instead of walking
// the scope's list in the full-text index (about 50 ms of CPU at 100k
// chunks). The full-text writes keep it (insertSentences,
// deleteFullText); per-row triggers cost 2 ms of a 3 ms article write.
// It counts afresh, so that tests which step the version back can run it
// again.
const sqliteScopeSentencesSQL = `
CREATE TABLE IF NOT EXISTS scope_sentences (scope TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
DELETE FROM scope_sentences;
INSERT INTO scope_sentences (scope, n) SELECT scope, COUNT(*) FROM sentences GROUP BY scope;
`

// migrateToScopedTerms (version 5) adds the change log and re-indexes
// every sentence with its terms under its scope (see ftsText).
func migrateToScopedTerms(ctx context.Context, tx tx) error {
	if _, err := tx.ExecContext(ctx, sqliteChangesSQL); err != nil {
		return err
	}
	return rebuildSQLiteFullText(ctx, tx)
}

// ftsText is the full-text column of a sentence: each term prefixed with
// its scope's token (fixed length, so no two scope–term pairs read alike).
// Each scope's terms are then FTS5 terms of their own, with their own
// lists: a search reads only its scope's rows, and a term's document
// count in the vocabulary is the scope's.
func ftsText(scope Scope, terms []string) string {
	tok := scopeToken(scope)
	var b strings.Builder
	b.Grow(len(terms) * (len(tok) + 10))
	for i, t := range terms {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tok)
		b.WriteString(t)
	}
	return b.String()
}

// sqliteSchemaV1 is the first schema, as articlebot created it.
const sqliteSchemaV1 = `
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

// rebuildSQLiteFullText (version 2, and again in 4) re-makes the FTS5
// table over lexical terms instead of FTS5's own Porter stems, and
// re-indexes every sentence.
func rebuildSQLiteFullText(ctx context.Context, tx tx) error {
	_, err := tx.ExecContext(ctx, `
DROP TABLE IF EXISTS sentences_vocab;
DROP TABLE IF EXISTS sentences_fts;
CREATE VIRTUAL TABLE sentences_fts USING fts5 (
	text, scope, article, article_id UNINDEXED, idx UNINDEXED,
	tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE sentences_vocab USING fts5vocab (sentences_fts, 'row');`)
	if err != nil {
		return err
	}
	type key struct {
		scope Scope
		id    string
	}
	keys, err := queryAll(ctx, tx, "SELECT scope, id FROM articles ORDER BY scope, id", nil,
		func(r *sql.Rows) (k key, err error) { return k, r.Scan(&k.scope, &k.id) })
	if err != nil {
		return err
	}
	fts, err := tx.PrepareContext(ctx, "INSERT INTO sentences_fts (rowid, text, scope, article, article_id, idx) VALUES (?, ?, ?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer fts.Close()
	for _, k := range keys {
		a := &Article{Scope: k.scope, ID: k.id}
		if err := tx.QueryRowContext(ctx, "SELECT text FROM articles WHERE scope = ? AND id = ?", k.scope, k.id).Scan(&a.Text); err != nil {
			return err
		}
		type sent struct {
			rid int64
			Sentence
		}
		sents, err := queryAll(ctx, tx, "SELECT rid, start, end_ FROM sentences WHERE scope = ? AND article_id = ? ORDER BY idx", []any{k.scope, k.id},
			func(r *sql.Rows) (x sent, err error) { return x, r.Scan(&x.rid, &x.Start, &x.End) })
		if err != nil {
			return err
		}
		for _, x := range sents {
			a.Sentences = append(a.Sentences, x.Sentence)
		}
		for i, terms := range sentenceTerms(a) {
			if _, err := fts.ExecContext(ctx, sents[i].rid, ftsText(k.scope, terms), scopeToken(k.scope), articleToken(k.id), k.id, i); err != nil {
				return err
			}
		}
	}
	return nil
}

func (sqliteDialect) migrate(ctx context.Context, db db, log *slog.Logger) error {
	var v int
	if err := retryBusy(ctx, func() error {
		return db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	}); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if v > len(sqliteMigrations) {
		return fmt.Errorf("database schema %d is newer than this articlebot (%d): upgrade articlebot", v, len(sqliteMigrations))
	}
	created := v == 0 // a new library is created silently
	for v < len(sqliteMigrations) {
		// Each step in its own write transaction: a second process starting
		// at the same time waits, then finds the step done.
		t, err := db.begin(ctx)
		if err != nil {
			return fmt.Errorf("migrate schema: %w", err)
		}
		if err := t.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
			t.Rollback()
			return fmt.Errorf("read schema version: %w", err)
		}
		if v >= len(sqliteMigrations) {
			t.Rollback()
			break
		}
		if !created {
			log.Info("migrating the library's schema", "backend", "sqlite", "from", v, "to", v+1)
		}
		if err := sqliteMigrations[v](ctx, t); err != nil {
			t.Rollback()
			return fmt.Errorf("migrate schema to version %d: %w", v+1, err)
		}
		if _, err := t.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			t.Rollback()
			return fmt.Errorf("set schema version: %w", err)
		}
		if err := t.Commit(); err != nil {
			return fmt.Errorf("migrate schema to version %d: %w", v+1, err)
		}
		v++
	}
	return nil
}

func (sqliteDialect) insertSentences(ctx context.Context, tx tx, a *Article, terms [][]string) error {
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
		if _, err := fts.ExecContext(ctx, rid, ftsText(a.Scope, terms[i]), sTok, aTok, a.ID, i); err != nil {
			return fmt.Errorf("index sentence: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO scope_sentences (scope, n) VALUES (?, ?) ON CONFLICT (scope) DO UPDATE SET n = n + excluded.n", a.Scope, len(a.Sentences)); err != nil {
		return fmt.Errorf("count sentences: %w", err)
	}
	return nil
}

// deleteFullText also takes the sentences out of the scope's count; the
// caller deletes them next.
func (sqliteDialect) deleteFullText(ctx context.Context, tx tx, scope Scope, id string) error {
	if id == "" {
		if _, err := tx.ExecContext(ctx, "DELETE FROM scope_sentences WHERE scope = ?", scope); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "DELETE FROM sentences_fts WHERE rowid IN (SELECT rid FROM sentences WHERE scope = ?)", scope)
		return err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE scope_sentences SET n = n - (SELECT COUNT(*) FROM sentences WHERE scope = ? AND article_id = ?) WHERE scope = ?", scope, id, scope); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, "DELETE FROM sentences_fts WHERE rowid IN (SELECT rid FROM sentences WHERE scope = ? AND article_id = ?)", scope, id)
	return err
}

// searchSentences lets FTS5 rank the scope's own terms (ftsText).
func (sqliteDialect) searchSentences(ctx context.Context, s *Store, scope Scope, articleIDs []string, q *ftsQuery, n int) ([]SentenceHit, error) {
	quoted := make([]string, len(q.phrases))
	for i, p := range q.phrases {
		quoted[i] = `"` + strings.ReplaceAll(ftsText(scope, p), `"`, `""`) + `"`
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
	}
	// Only the text column's BM25 counts: the others hold filter tokens.
	// FTS5 ranks its matches by row ID alone; only the best n are then
	// looked up in the sentences table (a few dozen bytes a row) for their
	// article and sentence number, not every match, and not in FTS5's
	// stored content, whose rows hold the text too. The scope check is a
	// safeguard: the terms are the scope's already.
	hits, err := queryAll(ctx, s.db, `SELECT x.article_id, x.idx, f.score FROM (
			SELECT rowid AS rid, -bm25(sentences_fts, 1.0, 0.0, 0.0) AS score FROM sentences_fts
			WHERE sentences_fts MATCH ? ORDER BY score DESC, rowid LIMIT ?
		) f JOIN sentences x ON x.rid = f.rid
		WHERE x.scope = ? ORDER BY f.score DESC, f.rid`, []any{match, n, scope},
		func(r *sql.Rows) (h SentenceHit, err error) { return h, r.Scan(&h.ArticleID, &h.Sentence, &h.Score) })
	if err != nil {
		return nil, fmt.Errorf("full-text search: %w", err)
	}
	return hits, nil
}

// docFreq reads the rarest of the phrase's terms, in the scope, from the
// FTS5 vocabulary: the phrase is in no more rows than that.
func (sqliteDialect) docFreq(ctx context.Context, db db, scope Scope, phrase []string) (int, error) {
	df := -1
	tok := scopeToken(scope)
	for _, t := range phrase {
		var n int
		err := db.QueryRowContext(ctx, "SELECT doc FROM sentences_vocab WHERE term = ?", tok+t).Scan(&n)
		if errors.Is(err, sql.ErrNoRows) {
			return 0, nil
		}
		if err != nil {
			return 0, err
		}
		if df < 0 || n < df {
			df = n
		}
	}
	return max(df, 0), nil
}

// scopeRows reads the scope's sentence count (version 8).
func (sqliteDialect) scopeRows(ctx context.Context, db db, scope Scope) (int, error) {
	var n int
	err := db.QueryRowContext(ctx, "SELECT n FROM scope_sentences WHERE scope = ?", scope).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return n, err
}

// scopeToken and articleToken are single full-text tokens standing for a
// scope and an article: hashes, so no ID can split into several tokens or
// collide with a word.
func scopeToken(s Scope) string     { return "s" + shortHash(string(s)) }
func articleToken(id string) string { return "a" + shortHash(id) }

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:10])
}
