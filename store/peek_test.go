package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestStoredEmbedder(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, ok, err := StoredEmbedder(ctx, dir); ok || err != nil {
		t.Fatalf("empty dir: ok %v err %v", ok, err)
	}
	if _, err := os.Stat(filepath.Join(dir, dbFile)); !os.IsNotExist(err) {
		t.Fatalf("peeking created the database: %v", err)
	}
	want := EmbedderInfo{Name: "openai:m", Dim: 3}
	s, err := Open(ctx, dir, Options{Embedder: want})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, ok, err := StoredEmbedder(ctx, dir)
	if err != nil || !ok || got != want {
		t.Fatalf("StoredEmbedder = %+v %v %v, want %+v", got, ok, err, want)
	}
}
