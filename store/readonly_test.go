package store

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestReadOnly: a store opened read-only serves reads, refuses writes with
// ErrReadOnly and leaves its files as they were.
func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	rw := open(t, dir, testEmbedder)
	if err := rw.PutArticle(ctx, article("local", "a1", "Ana Ruiz said the harbour plan is ready. The wall comes next.", 0)); err != nil {
		t.Fatal(err)
	}
	if err := rw.Close(); err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(dir, dbFile)
	before, err := os.ReadFile(dbPath)
	if err != nil {
		t.Fatal(err)
	}

	s, err := Open(ctx, dir, Options{Embedder: testEmbedder, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	infos, total, err := s.List(ctx, "local", 0, 10)
	if err != nil || total != 1 || len(infos) != 1 || infos[0].ID != "a1" {
		t.Fatalf("List = %v, %d, %v", infos, total, err)
	}
	if a, err := s.Article(ctx, "local", "a1"); err != nil || a.Title != "Title a1" {
		t.Fatalf("Article = %v, %v", a, err)
	}
	if hits, err := s.SearchSentences(ctx, "local", nil, []string{"harbour"}, 5); err != nil || len(hits) == 0 {
		t.Fatalf("SearchSentences = %v, %v", hits, err)
	}
	if hits, err := s.SearchChunks(ctx, "local", nil, []float32{1, 0, 0, 0}, 5); err != nil || len(hits) == 0 {
		t.Fatalf("SearchChunks = %v, %v", hits, err)
	}
	if err := s.PutArticle(ctx, article("local", "a2", "New words. More.", 1)); !errors.Is(err, ErrReadOnly) {
		t.Errorf("PutArticle: %v, want ErrReadOnly", err)
	}
	if err := s.Delete(ctx, "local", "a1"); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Delete: %v, want ErrReadOnly", err)
	}
	if err := s.PutSummary(ctx, "local", "a1", "tldr", []byte("{}")); err == nil {
		t.Error("PutSummary wrote to a read-only store")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	after, err := os.ReadFile(dbPath)
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("the database changed under a read-only store (%v)", err)
	}

	// Nothing to read: an error, and nothing created.
	missing := filepath.Join(t.TempDir(), "none")
	if _, err := Open(ctx, missing, Options{Embedder: testEmbedder, ReadOnly: true}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing store: %v, want fs.ErrNotExist", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a read-only open created %s", missing)
	}
}

// TestReadOnlyDirectory: a reader who cannot write the directory (so
// SQLite cannot make its -shm file) still reads. Root ignores permissions,
// so as root the test reruns itself as nobody when it can.
func TestReadOnlyDirectory(t *testing.T) {
	if os.Getenv("STORE_TEST_RO_DIR") == "" {
		dir := t.TempDir()
		s := open(t, dir, testEmbedder)
		if err := s.PutArticle(context.Background(), article("local", "a1", "Words here. More words.", 0)); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		for _, p := range []string{filepath.Dir(dir), dir} {
			if err := os.Chmod(p, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.Chmod(filepath.Join(dir, dbFile), 0o644); err != nil {
			t.Fatal(err)
		}
		if os.Geteuid() != 0 {
			if err := os.Chmod(dir, 0o555); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(dir, 0o755) })
			t.Setenv("STORE_TEST_RO_DIR", dir)
			TestReadOnlyDirectory(t)
			return
		}
		setpriv, err := exec.LookPath("setpriv")
		if err != nil {
			t.Skip("running as root without setpriv: cannot drop permissions")
		}
		cmd := exec.Command(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", os.Args[0], "-test.run=^TestReadOnlyDirectory$", "-test.count=1", "-test.v")
		cmd.Env = append(os.Environ(), "STORE_TEST_RO_DIR="+dir)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("as nobody: %v\n%s", err, out)
		} else if !bytes.Contains(out, []byte("--- PASS: TestReadOnlyDirectory")) {
			t.Fatalf("as nobody, the test did not run:\n%s", out)
		}
		return
	}
	dir := os.Getenv("STORE_TEST_RO_DIR")
	if f, err := os.Create(filepath.Join(dir, "probe")); err == nil {
		f.Close()
		t.Fatalf("%s is writable: the test would prove nothing", dir)
	}
	s, err := Open(context.Background(), dir, Options{Embedder: testEmbedder, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, total, err := s.List(context.Background(), "local", 0, 10); err != nil || total != 1 {
		t.Fatalf("List: %d, %v", total, err)
	}
}
