package store

import (
	"context"
	"github.com/articlebot/articlebot/internal/pgtest"
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

// freshPostgres returns a DSN of a schema of its own in the test
// database, or skips the test (pgtest.DSN).
func freshPostgres(t testing.TB) string {
	t.Helper()
	return pgtest.DSN(t)
}

// openAt opens the store at a location from a backend's fresh.
func openAt(ctx context.Context, loc string, opts Options) (*Store, error) {
	if IsPostgresDSN(loc) {
		opts.DSN = loc
		return Open(ctx, "", opts)
	}
	return Open(ctx, loc, opts)
}
