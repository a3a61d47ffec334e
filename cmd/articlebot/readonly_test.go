package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestReadOnlyLibrary: a library this user cannot write still serves list,
// ask and summarize; ingest and forget say why they cannot work. (Tests
// may run as root, so "cannot write" is injected; the store's own test
// checks real permissions.)
func TestReadOnlyLibrary(t *testing.T) {
	dir := t.TempDir()
	if _, errOut, code := cli(t, nil, "ingest", "--data-dir", dir, "testdata/pages/sheinbaum.html"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	t.Chdir(repoRoot)
	runRO := func(name string, args ...string) (string, string, error) {
		var out, errb bytes.Buffer
		a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, env: func(string) (string, bool) { return "", false },
			cmd: lookup(name), options: defaultOptions(), writable: func(string) bool { return false }}
		a.dataDir = dir
		err := a.cmd.run(context.Background(), a, args)
		return out.String(), errb.String(), err
	}
	out, _, err := runRO("list")
	if err != nil || !strings.Contains(out, "Mexico rejects") {
		t.Errorf("list: %v\n%s", err, out)
	}
	id := strings.Fields(out)[0]
	if out, _, err := runRO("ask", "What did Sheinbaum say about invasion?"); err != nil || !strings.Contains(out, "> ") {
		t.Errorf("ask: %v\n%s", err, out)
	}
	if out, _, err := runRO("summarize", id); err != nil || !strings.Contains(out, "TL;DR") {
		t.Errorf("summarize: %v\n%s", err, out)
	}
	for _, tc := range [][]string{{"ingest", "testdata/pages/blog.html"}, {"forget", id}} {
		_, _, err := runRO(tc[0], tc[1:]...)
		if msg := userMessage(err); !strings.Contains(msg, "read-only to you") {
			t.Errorf("%s: %v (%q), want the read-only message", tc[0], err, msg)
		}
	}
	// summarize of something not in the library would have to add it.
	if _, _, err := runRO("summarize", "testdata/pages/blog.html"); !strings.Contains(userMessage(err), "read-only to you") {
		t.Errorf("summarize of a new page: %v", err)
	}
}
