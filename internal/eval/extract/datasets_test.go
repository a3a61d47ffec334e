package main

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
)

func TestLoadWCXB(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"ground-truth", "html"} {
		if err := os.MkdirAll(filepath.Join(dir, "dev", sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(id, kind, content, page string) {
		t.Helper()
		gt := `{"_internal":{"page_type":{"primary":"` + kind + `"}},"ground_truth":{"title":"T","main_content":"` + content + `"}}`
		if err := os.WriteFile(filepath.Join(dir, "dev", "ground-truth", id+".json"), []byte(gt), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(filepath.Join(dir, "dev", "html", id+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zw := gzip.NewWriter(f)
		if _, err := zw.Write([]byte(page)); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	write("0001", "article", "The story.", "<p>The story.</p>")
	write("0002", "forum", "A thread.", "<p>A thread.</p>")
	// 0003 has no HTML: it is not part of the set.
	if err := os.WriteFile(filepath.Join(dir, "dev", "ground-truth", "0003.json"), []byte(`{"_internal":{"page_type":{"primary":"article"}}}`), 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		articles      bool
		set, id, want string
		wantPage      string
	}{
		{true, "wcxb", "0001", "The story.", "<p>The story.</p>"},
		{false, "wcxb-other", "0002", "A thread.", "<p>A thread.</p>"},
	}
	for _, tt := range tests {
		ps, err := loadWCXB(tt.articles)(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(ps) != 1 {
			t.Fatalf("articles=%v: %d pages, want 1", tt.articles, len(ps))
		}
		p := ps[0]
		if p.set != tt.set || p.id != tt.id || p.want != tt.want || string(p.html) != tt.wantPage || !p.untitled {
			t.Errorf("articles=%v: got %+v", tt.articles, p)
		}
	}
	if _, err := loadWCXB(true)(t.TempDir()); err == nil {
		t.Error("an empty folder loaded without error")
	}
}
