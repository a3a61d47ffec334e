package store

import (
	"context"
	"database/sql"
	"log/slog"
	"strconv"
	"strings"
)

// dialect is what differs between the two backends: schema and
// migrations, how sentences enter the full-text index and how it is
// searched, and a few expressions. Everything else is one SQL text, written
// with ? placeholders and rewritten by bind.
type dialect interface {
	name() string
	// migrate brings the schema to the dialect's version, logging each
	// step; several processes may run it at once.
	migrate(ctx context.Context, db db, log *slog.Logger) error
	// insertSentences writes an article's sentences and their full-text
	// rows; terms[i] are sentence i's terms.
	insertSentences(ctx context.Context, tx tx, a *Article, terms [][]string) error
	// deleteFullText removes the full-text rows of an article, or of a
	// whole scope when id is "", that no foreign key cascades to, and
	// takes its sentences out of the counts the backend keeps.
	deleteFullText(ctx context.Context, tx tx, scope Scope, id string) error
	// searchSentences ranks sentences by BM25 as FTS5 does.
	searchSentences(ctx context.Context, s *Store, scope Scope, articleIDs []string, q *ftsQuery, n int) ([]SentenceHit, error)
	// docFreq is how many of a scope's sentences hold the phrase, or an
	// upper bound of it.
	docFreq(ctx context.Context, db db, scope Scope, phrase []string) (int, error)
	// scopeRows is how many sentences a scope holds.
	scopeRows(ctx context.Context, db db, scope Scope) (int, error)
	// chunkText is the SQL expression for chunk c's text, a.text[c.start:c.end_]
	// counted in bytes.
	chunkText() string
	// isForeignKeyViolation reports an insert that referenced no article.
	isForeignKeyViolation(err error) bool
	// bind rewrites ? placeholders, and arguments the backend cannot
	// take, for the backend.
	bind(query string, args []any) (string, []any)
	// recordChange records, in a write's transaction, what it changed,
	// for other processes' indexes (watch.go).
	recordChange(ctx context.Context, tx tx, c change) error
	// watcher starts delivering other processes' changes to s.
	watcher(ctx context.Context, s *Store) (changeWatcher, error)
	// snapshotLevel is the isolation that gives a read-only transaction one
	// snapshot for all its queries.
	snapshotLevel() sql.IsolationLevel
}

// execMigration is a schema migration step that runs one SQL text; both
// backends' migration lists hold steps that take the migrating
// transaction.
func execMigration(sql string) func(context.Context, tx) error {
	return func(ctx context.Context, tx tx) error {
		_, err := tx.ExecContext(ctx, sql)
		return err
	}
}

// db is the database with queries rebound for its dialect.
type db struct {
	*sql.DB
	d dialect
}

func (h db) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	q, args = h.d.bind(q, args)
	return h.DB.ExecContext(ctx, q, args...)
}

func (h db) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	q, args = h.d.bind(q, args)
	return h.DB.QueryContext(ctx, q, args...)
}

func (h db) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	q, args = h.d.bind(q, args)
	return h.DB.QueryRowContext(ctx, q, args...)
}

func (h db) begin(ctx context.Context) (tx, error) {
	t, err := h.DB.BeginTx(ctx, nil)
	return tx{t, h.d}, err
}

// beginRead starts a read-only transaction: one consistent snapshot, and on
// SQLite a deferred BEGIN that takes no write lock.
func (h db) beginRead(ctx context.Context) (tx, error) {
	t, err := h.DB.BeginTx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: h.d.snapshotLevel()})
	return tx{t, h.d}, err
}

// tx is a transaction with queries rebound for its dialect.
type tx struct {
	*sql.Tx
	d dialect
}

func (t tx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	q, args = t.d.bind(q, args)
	return t.Tx.ExecContext(ctx, q, args...)
}

func (t tx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	q, args = t.d.bind(q, args)
	return t.Tx.QueryContext(ctx, q, args...)
}

func (t tx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	q, args = t.d.bind(q, args)
	return t.Tx.QueryRowContext(ctx, q, args...)
}

func (t tx) PrepareContext(ctx context.Context, q string) (*sql.Stmt, error) {
	q, _ = t.d.bind(q, nil)
	return t.Tx.PrepareContext(ctx, q)
}

// querier is what queryAll needs: a db or a tx.
type querier interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}

// dollarPlaceholders rewrites ? as $1, $2, ... (PostgreSQL's form). No
// query of this package has a ? in a literal.
func dollarPlaceholders(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}
