package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// postgresDialect keeps the record in PostgreSQL, shared by every process
// that opens the same DSN. Each sentence row holds its lexical terms and a
// tsvector of them (GIN-indexed) to find candidates; BM25 is computed here,
// with FTS5's formula and statistics, so both backends rank alike.
type postgresDialect struct{}

// Connection pool bounds: a few connections serve one process's readers
// and its one writer; many processes share the server's max_connections
// (100 by default).
const (
	pgMaxOpenConns    = 8
	pgMaxIdleConns    = 4
	pgConnMaxIdleTime = 5 * time.Minute
	// pgConnectTimeout bounds the first connection at open, so a wrong DSN
	// fails in seconds, not at the OS's TCP timeout.
	pgConnectTimeout = 10 * time.Second
)

// pgMigrateLock is the advisory lock key held while migrating, so several
// processes starting at once migrate one after the other.
const pgMigrateLock = 0x61727469636c65 // "article"

// IsPostgresDSN reports whether dsn names a PostgreSQL database (a
// postgres:// or postgresql:// URL).
func IsPostgresDSN(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

func openPostgres(ctx context.Context, dsn string) (dialect, *sql.DB, error) {
	if !IsPostgresDSN(dsn) {
		return nil, nil, fmt.Errorf("store: DSN %q: want a postgres:// URL (or none for SQLite)", redactDSN(dsn))
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, nil, fmt.Errorf("open PostgreSQL %s: %w", redactDSN(dsn), err)
	}
	db.SetMaxOpenConns(pgMaxOpenConns)
	db.SetMaxIdleConns(pgMaxIdleConns)
	db.SetConnMaxIdleTime(pgConnMaxIdleTime)
	pctx, cancel := context.WithTimeout(ctx, pgConnectTimeout)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("connect to PostgreSQL %s: %w", redactDSN(dsn), err)
	}
	return postgresDialect{}, db, nil
}

// redactDSN hides a DSN's password, for logs and errors.
func redactDSN(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://(unparsable DSN)"
	}
	return u.Redacted()
}

func (postgresDialect) name() string { return "postgres" }

// bind numbers the placeholders, and makes string arguments text
// PostgreSQL takes: NUL and invalid UTF-8 become U+FFFD, so a key looked up
// with them (a user's input) finds nothing instead of failing. What is
// stored never holds them ([Store.PutArticle] refuses them).
func (postgresDialect) bind(q string, args []any) (string, []any) {
	q = dollarPlaceholders(q)
	for i, a := range args {
		switch v := a.(type) {
		case string:
			if !pgText(v) {
				args = slices.Clone(args)
				args[i] = toPGText(v)
			}
		case Scope:
			if !pgText(string(v)) {
				args = slices.Clone(args)
				args[i] = toPGText(string(v))
			}
		case []string:
			if !slices.ContainsFunc(v, func(s string) bool { return !pgText(s) }) {
				continue
			}
			args = slices.Clone(args)
			clean := make([]string, len(v))
			for j, s := range v {
				clean[j] = toPGText(s)
			}
			args[i] = clean
		}
	}
	return q, args
}

// pgText reports whether s is text PostgreSQL stores: UTF-8 without NUL.
func pgText(s string) bool { return utf8.ValidString(s) && !strings.ContainsRune(s, 0) }

func toPGText(s string) string {
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}

func (postgresDialect) snapshotLevel() sql.IsolationLevel { return sql.LevelRepeatableRead }

func (postgresDialect) chunkText() string {
	return "convert_from(substring(convert_to(a.text, 'UTF8') FROM c.start + 1 FOR c.end_ - c.start), 'UTF8')"
}

func (postgresDialect) isForeignKeyViolation(err error) bool {
	var e *pgconn.PgError
	return errors.As(err, &e) && e.Code == "23503"
}

// pgMigrations[i] brings the schema from version i to i+1; the version is
// kept in the articlebot_schema table.
var pgMigrations = []func(context.Context, tx) error{
	execMigration(pgSchemaV1),
	// v2: where each page of a PDF begins, keyed like the articles.
	execMigration(strings.ReplaceAll(strings.ReplaceAll(pagesTableSQL, "scope TEXT", `scope TEXT COLLATE "C"`), "article_id TEXT", `article_id TEXT COLLATE "C"`)),
	// v3: shares and thread questions, for digests.
	execMigration(activitySQL(`TEXT COLLATE "C"`)),
	// v4: each article's chunk vectors in one row, read at a scope's first
	// search in a third of the time a row per chunk takes.
	execMigration(pgMoveVectorsSQL),
	// v5: a byte per vector component (vectors.go).
	migrateToByteVectors,
}

// pgSchemaV1 mirrors SQLite's tables. Keys sort bytewise (COLLATE "C"), as
// in SQLite, so listings and keyset paging order alike on both.
var pgSchemaV1 = strings.ReplaceAll(`
CREATE TABLE meta (key CTEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
	scope CTEXT NOT NULL, id CTEXT NOT NULL,
	url TEXT NOT NULL, source_url TEXT NOT NULL,
	title TEXT NOT NULL, byline TEXT NOT NULL, site TEXT NOT NULL, language TEXT NOT NULL,
	published BIGINT NOT NULL, text TEXT NOT NULL, word_count INTEGER NOT NULL,
	warnings TEXT NOT NULL, added_by TEXT NOT NULL, added_at BIGINT NOT NULL,
	PRIMARY KEY (scope, id)
);
CREATE INDEX articles_url ON articles (scope, url);
CREATE INDEX articles_source ON articles (scope, source_url);
CREATE INDEX articles_added ON articles (scope, added_at DESC, id);
CREATE TABLE sentences (
	rid BIGSERIAL PRIMARY KEY,
	scope CTEXT NOT NULL, article_id CTEXT NOT NULL, idx INTEGER NOT NULL,
	start INTEGER NOT NULL, end_ INTEGER NOT NULL, paragraph INTEGER NOT NULL, chunk INTEGER NOT NULL,
	terms TEXT NOT NULL, ntok INTEGER NOT NULL, tsv TSVECTOR NOT NULL,
	UNIQUE (scope, article_id, idx),
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);
CREATE INDEX sentences_tsv ON sentences USING GIN (tsv);
CREATE TABLE chunks (
	scope CTEXT NOT NULL, article_id CTEXT NOT NULL, idx INTEGER NOT NULL,
	start INTEGER NOT NULL, end_ INTEGER NOT NULL, first_sentence INTEGER NOT NULL, last_sentence INTEGER NOT NULL,
	vector BYTEA NOT NULL, embedder TEXT NOT NULL,
	PRIMARY KEY (scope, article_id, idx),
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);
CREATE TABLE quotations (
	scope CTEXT NOT NULL, article_id CTEXT NOT NULL, idx INTEGER NOT NULL,
	start INTEGER NOT NULL, end_ INTEGER NOT NULL, sentence INTEGER NOT NULL,
	speaker TEXT NOT NULL, cue TEXT NOT NULL, indirect BOOLEAN NOT NULL,
	PRIMARY KEY (scope, article_id, idx),
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);
CREATE TABLE summaries (
	scope CTEXT NOT NULL, article_id CTEXT NOT NULL, kind CTEXT NOT NULL, data BYTEA NOT NULL,
	PRIMARY KEY (scope, article_id, kind),
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);
CREATE TABLE settings (scope CTEXT NOT NULL, key CTEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (scope, key));
CREATE TABLE usage (scope CTEXT NOT NULL, day CTEXT NOT NULL, tokens BIGINT NOT NULL, PRIMARY KEY (scope, day));
CREATE TABLE threads (
	scope CTEXT NOT NULL, thread_id CTEXT NOT NULL, article_id CTEXT NOT NULL,
	PRIMARY KEY (scope, thread_id),
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);
CREATE INDEX threads_article ON threads (scope, article_id);
CREATE TABLE article_channels (
	scope CTEXT NOT NULL, article_id CTEXT NOT NULL, channel_id CTEXT NOT NULL, added_at BIGINT NOT NULL,
	PRIMARY KEY (scope, article_id, channel_id),
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);
CREATE INDEX article_channels_channel ON article_channels (scope, channel_id);
`, "CTEXT", `TEXT COLLATE "C"`)

func (postgresDialect) migrate(ctx context.Context, db db, log *slog.Logger) error {
	t, err := db.begin(ctx)
	if err != nil {
		return fmt.Errorf("migrate schema: %w", err)
	}
	defer t.Rollback()
	// DDL is transactional in PostgreSQL: all steps commit together or
	// not at all, and the lock makes a second process wait, then find them done.
	if _, err := t.ExecContext(ctx, "SELECT pg_advisory_xact_lock(?)", int64(pgMigrateLock)); err != nil {
		return fmt.Errorf("lock schema: %w", err)
	}
	if _, err := t.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS articlebot_schema (version INTEGER NOT NULL)"); err != nil {
		return fmt.Errorf("create schema version table: %w", err)
	}
	var v int
	err = t.QueryRowContext(ctx, "SELECT version FROM articlebot_schema").Scan(&v)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := t.ExecContext(ctx, "INSERT INTO articlebot_schema (version) VALUES (0)"); err != nil {
			return fmt.Errorf("init schema version: %w", err)
		}
	case err != nil:
		return fmt.Errorf("read schema version: %w", err)
	}
	if v > len(pgMigrations) {
		return fmt.Errorf("database schema %d is newer than this articlebot (%d): upgrade articlebot", v, len(pgMigrations))
	}
	created := v == 0 // a new library is created silently
	for ; v < len(pgMigrations); v++ {
		if !created {
			log.Info("migrating the library's schema", "backend", "postgres", "from", v, "to", v+1)
		}
		if err := pgMigrations[v](ctx, t); err != nil {
			return fmt.Errorf("migrate schema to version %d: %w", v+1, err)
		}
	}
	if _, err := t.ExecContext(ctx, "UPDATE articlebot_schema SET version = ?", v); err != nil {
		return fmt.Errorf("set schema version: %w", err)
	}
	if err := t.Commit(); err != nil {
		return fmt.Errorf("migrate schema: %w", err)
	}
	return nil
}

// insertSentences writes all of an article's sentences in one statement
// (arrays unnested server-side): a round trip per sentence would cost more
// than the writes themselves.
func (postgresDialect) insertSentences(ctx context.Context, tx tx, a *Article, terms [][]string) error {
	if len(a.Sentences) == 0 {
		return nil
	}
	n := len(a.Sentences)
	idx, start, end, para, chunk, ntok := make([]int32, n), make([]int32, n), make([]int32, n), make([]int32, n), make([]int32, n), make([]int32, n)
	text, lexemes := make([]string, n), make([]string, n)
	for i, x := range a.Sentences {
		idx[i], start[i], end[i], para[i], chunk[i] = int32(i), int32(x.Start), int32(x.End), int32(x.Paragraph), int32(x.Chunk)
		text[i], ntok[i] = strings.Join(terms[i], " "), int32(len(terms[i]))
		distinct := slices.Clone(terms[i])
		slices.Sort(distinct)
		lexemes[i] = strings.Join(slices.Compact(distinct), " ")
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO sentences (scope, article_id, idx, start, end_, paragraph, chunk, terms, ntok, tsv)
		SELECT ?, ?, u.idx, u.start, u.end_, u.paragraph, u.chunk, u.terms, u.ntok, array_to_tsvector(string_to_array(u.lexemes, ' '))
		FROM unnest(?::int[], ?::int[], ?::int[], ?::int[], ?::int[], ?::text[], ?::int[], ?::text[])
			AS u(idx, start, end_, paragraph, chunk, terms, ntok, lexemes)
		ORDER BY u.idx`,
		a.Scope, a.ID, idx, start, end, para, chunk, text, ntok, lexemes)
	if err != nil {
		return fmt.Errorf("insert sentences: %w", err)
	}
	return nil
}

// deleteFullText has nothing to do: the terms live in the sentence rows.
func (postgresDialect) deleteFullText(context.Context, tx, Scope, string) error { return nil }

// tsquery is the text form of a query matching rows that hold every term
// of any phrase. Terms are letters and digits, quoted anyway.
func tsquery(phrases [][]string) string {
	ors := make([]string, len(phrases))
	for i, p := range phrases {
		ands := make([]string, len(p))
		for j, t := range p {
			ands[j] = "'" + strings.NewReplacer(`\`, `\\`, `'`, `''`).Replace(t) + "'"
		}
		ors[i] = "(" + strings.Join(ands, " & ") + ")"
	}
	return strings.Join(ors, " | ")
}

func (postgresDialect) searchSentences(ctx context.Context, s *Store, scope Scope, articleIDs []string, q *ftsQuery, n int) ([]SentenceHit, error) {
	query := "SELECT rid, article_id, idx, terms FROM sentences WHERE scope = ? AND tsv @@ ?::tsquery"
	args := []any{scope, tsquery(q.phrases)}
	if len(articleIDs) > 0 {
		query += " AND article_id = ANY(?)"
		args = append(args, articleIDs)
	}
	type row struct {
		rid   int64
		hit   SentenceHit
		terms string
	}
	rows, err := queryAll(ctx, s.db, query, args, func(r *sql.Rows) (x row, err error) {
		return x, r.Scan(&x.rid, &x.hit.ArticleID, &x.hit.Sentence, &x.terms)
	})
	if err != nil {
		return nil, fmt.Errorf("full-text search: %w", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	tot, err := s.ftsTotals(ctx)
	if err != nil {
		return nil, fmt.Errorf("full-text statistics: %w", err)
	}
	idf := make([]float64, len(q.phrases))
	for i, p := range q.phrases {
		idf[i] = bm25IDF(tot.rows, s.docFreq(ctx, scope, p))
	}
	// FTS5 counts every column's tokens in a row's length: the text's terms
	// plus the scope's and the article's token.
	avg := float64(tot.tokens+2*tot.rows) / float64(max(tot.rows, 1))
	freq := make([]int, len(q.phrases))
	kept := rows[:0]
	for _, r := range rows {
		terms := strings.Fields(r.terms)
		any := false
		for i, p := range q.phrases {
			freq[i] = phraseCount(terms, p)
			any = any || freq[i] > 0
		}
		if !any {
			continue // the terms are there, but not as a phrase
		}
		r.hit.Score = bm25(idf, freq, len(terms)+2, avg)
		kept = append(kept, r)
	}
	sort.Slice(kept, func(i, j int) bool {
		if kept[i].hit.Score != kept[j].hit.Score {
			return kept[i].hit.Score > kept[j].hit.Score
		}
		return kept[i].rid < kept[j].rid
	})
	out := make([]SentenceHit, 0, min(n, len(kept)))
	for _, r := range kept[:min(n, len(kept))] {
		out = append(out, r.hit)
	}
	return out, nil
}

func (postgresDialect) scopeRows(ctx context.Context, db db, scope Scope) (int, error) {
	var n int
	err := db.QueryRowContext(ctx, "SELECT COUNT(*) FROM sentences WHERE scope = ?", scope).Scan(&n)
	return n, err
}

// docFreq counts the scope's rows holding the phrase, as FTS5 does: for
// one term the index counts; for several, the rows holding them all are
// read and checked for the terms in a row.
func (postgresDialect) docFreq(ctx context.Context, db db, scope Scope, phrase []string) (int, error) {
	var n int
	if len(phrase) == 1 {
		err := db.QueryRowContext(ctx, "SELECT COUNT(*) FROM sentences WHERE scope = ? AND tsv @@ ?::tsquery", scope, tsquery([][]string{phrase})).Scan(&n)
		return n, err
	}
	rows, err := db.QueryContext(ctx, "SELECT terms FROM sentences WHERE scope = ? AND tsv @@ ?::tsquery", scope, tsquery([][]string{phrase}))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var terms string
		if err := rows.Scan(&terms); err != nil {
			return 0, err
		}
		if phraseCount(strings.Fields(terms), phrase) > 0 {
			n++
		}
	}
	return n, rows.Err()
}

// ftsTotals counts the sentences and their terms (a scan of the sentences
// table), cached like document frequencies.
func (s *Store) ftsTotals(ctx context.Context) (ftsTotals, error) {
	s.dfs.mu.Lock()
	s.dfs.expire()
	t := s.dfs.totals
	s.dfs.mu.Unlock()
	if t != nil {
		return *t, nil
	}
	var n ftsTotals
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*), COALESCE(SUM(ntok), 0) FROM sentences").Scan(&n.rows, &n.tokens); err != nil {
		return n, err
	}
	s.dfs.mu.Lock()
	s.dfs.totals = &n
	s.dfs.mu.Unlock()
	return n, nil
}
