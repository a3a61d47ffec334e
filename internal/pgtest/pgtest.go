// Package pgtest gives tests a PostgreSQL schema of their own in the test
// database that $ARTICLEBOT_TEST_POSTGRES names (.ci/run starts one), and
// skips them, saying so, when it is unset.
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"sync"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

// Env names the variable holding the test database's URL.
const Env = "ARTICLEBOT_TEST_POSTGRES"

// admin is one pool per test binary for creating and dropping schemas.
var admin struct {
	once sync.Once
	db   *sql.DB
	err  error
}

// DSN creates a fresh schema in the test database and returns a URL whose
// search_path is that schema, so tests running side by side never see each
// other's tables; the schema is dropped when the test ends. It skips the
// test when no test database is given.
func DSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(Env)
	if dsn == "" {
		t.Skipf("PostgreSQL not tested: set %s to a postgres:// URL of a test database (.ci/run starts one)", Env)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	if Admin() == nil {
		t.Fatalf("%s: %v", Env, admin.err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if _, err := admin.db.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create test schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.db.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Errorf("drop test schema: %v", err)
		}
	})
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Admin is the pool DSN creates schemas with, for tests that manage a
// schema of their own (a benchmark fixture kept for a whole run); nil when
// no test database is given or it cannot be opened.
func Admin() *sql.DB {
	admin.once.Do(func() {
		if dsn := os.Getenv(Env); dsn != "" {
			admin.db, admin.err = sql.Open("pgx", dsn)
		}
	})
	return admin.db
}
