package main

import (
	"bytes"
	"context"
	"github.com/articlebot/articlebot/internal/pgtest"
	"strings"
	"testing"
)

// runIn runs the command in process with only the given environment.
func runIn(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb, func(k string) (string, bool) {
		v, ok := env[k]
		return v, ok
	})
	return out.String(), errb.String(), code
}

// testPostgresDSN returns a DSN for a schema of its own in the database
// $ARTICLEBOT_TEST_POSTGRES names, or skips the test.
func testPostgresDSN(t *testing.T) string {
	t.Helper()
	return pgtest.DSN(t)
}

func TestMigrateToPostgres(t *testing.T) {
	dsn := testPostgresDSN(t)
	data := "--data-dir=" + t.TempDir()
	for _, page := range []string{"../../testdata/pages/sheinbaum.html", "../../testdata/qa/harbor.txt"} {
		if _, errOut, code := runIn(t, nil, "ingest", data, page); code != 0 {
			t.Fatalf("ingest %s: exit %d: %s", page, code, errOut)
		}
	}
	out, errOut, code := runIn(t, nil, "migrate", data, "--to", dsn)
	if code != 0 || !strings.Contains(out, "Copied 2 of 2 articles") {
		t.Fatalf("migrate: exit %d: %s %s", code, out, errOut)
	}
	if out, _, code := runIn(t, nil, "migrate", data, "--to", dsn); code != 0 || !strings.Contains(out, "Copied 0 of 2 articles into PostgreSQL (2 were already there)") {
		t.Errorf("second migrate: exit %d: %s", code, out)
	}
	onPG := map[string]string{"ARTICLEBOT_STORE_DSN": dsn}
	other := "--data-dir=" + t.TempDir() // the PostgreSQL library does not read the data dir
	want, _, _ := runIn(t, nil, "list", data)
	got, errOut, code := runIn(t, onPG, "list", other)
	if code != 0 || got != want || !strings.Contains(got, "Mexico rejects Trump") {
		t.Errorf("list after migrate (exit %d, %s):\nSQLite:     %q\nPostgreSQL: %q", code, errOut, want, got)
	}
	out, errOut, code = runIn(t, onPG, "ask", other, "What did Sheinbaum say about invasion?")
	if code != 0 || !strings.Contains(out, "not going to come to Mexico with the military") && !strings.Contains(out, "ruled out") {
		t.Errorf("ask on PostgreSQL: exit %d: %s %s", code, out, errOut)
	}
}

func TestMigrateUsage(t *testing.T) {
	for _, args := range [][]string{
		{"migrate"},
		{"migrate", "--to", "mysql://x/y"},
		{"migrate", "--to", "postgres://x/y", "extra"},
	} {
		if _, errOut, code := runIn(t, nil, append(args, "--data-dir="+t.TempDir())...); code != 2 || !strings.Contains(errOut, "postgres://") {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		}
	}
}
