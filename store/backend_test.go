package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"sync"
	"testing"
)

// pgEnv names a PostgreSQL database the tests may use, as a postgres://
// URL; .ci/run starts a server and sets it. Each test gets its own schema
// in it, dropped afterwards.
const pgEnv = "ARTICLEBOT_TEST_POSTGRES"

// backend makes fresh stores of one backend for the tests.
type backend struct {
	name string
	// fresh returns where a new, empty store lives: a directory or a DSN.
	fresh func(t testing.TB) string
}

var backends = []backend{
	{"sqlite", func(t testing.TB) string { return t.TempDir() }},
	{"postgres", freshPostgres},
}

// forEachBackend runs f once per backend, as subtests; fresh gives f a new
// empty store location each time it is called.
func forEachBackend(t *testing.T, f func(t *testing.T, fresh func() string)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { f(t, func() string { return b.fresh(t) }) })
	}
}

var pgAdmin struct {
	once sync.Once
	db   *sql.DB
	err  error
}

// freshPostgres creates a schema of its own in the test database and
// returns a DSN whose search_path is that schema; it skips the test when
// no database is given.
func freshPostgres(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(pgEnv)
	if dsn == "" {
		t.Skipf("PostgreSQL backend not tested: set %s to a postgres:// URL of a test database (.ci/run starts one)", pgEnv)
	}
	pgAdmin.once.Do(func() { pgAdmin.db, pgAdmin.err = sql.Open("pgx", dsn) })
	if pgAdmin.err != nil {
		t.Fatalf("%s: %v", pgEnv, pgAdmin.err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if _, err := pgAdmin.db.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create test schema in %s: %v", redactDSN(dsn), err)
	}
	t.Cleanup(func() {
		if _, err := pgAdmin.db.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Errorf("drop test schema: %v", err)
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("%s: %v", pgEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// openAt opens the store at a location from a backend's fresh.
func openAt(ctx context.Context, loc string, opts Options) (*Store, error) {
	if IsPostgresDSN(loc) {
		opts.DSN = loc
		return Open(ctx, "", opts)
	}
	return Open(ctx, loc, opts)
}
