// Package ragtest builds a real article engine over a temporary store for
// other packages' tests: the built-in embedder, and a fetcher allowed to
// reach local test servers.
package ragtest

import (
	"context"
	"testing"

	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/rag/embed"
	"github.com/articlebot/articlebot/rag/fetch"
	"github.com/articlebot/articlebot/store"
)

// New returns an engine and its store, both closed when the test ends.
func New(t testing.TB) (*rag.Engine, *store.Store) {
	t.Helper()
	ctx := context.Background()
	var h embed.Hash
	st, err := store.Open(ctx, t.TempDir(), store.Options{Embedder: store.EmbedderInfo{Name: h.Name(), Dim: h.Dim()}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	eng, err := rag.New(ctx, rag.Options{Store: st, Embedder: h, Fetcher: fetch.New(fetch.Options{AllowPrivate: true, MaxRedirects: fetch.DefaultMaxRedirects})})
	if err != nil {
		t.Fatal(err)
	}
	return eng, st
}
