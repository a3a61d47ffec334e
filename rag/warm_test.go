package rag

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/articlebot/articlebot/rag/extract"
	"github.com/articlebot/articlebot/store"
)

// TestWarm: a restart warms the indexes of the scopes active within the
// period that the caller serves, and no others.
func TestWarm(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	e := newTestEngine(t, dir)
	r := rand.New(rand.NewPCG(3, 3))
	now := time.Now()
	for i, tc := range []struct {
		scope store.Scope
		at    time.Time
	}{
		{"guild:1", now.Add(-time.Hour)},
		{"guild:2", now.Add(-2 * time.Hour)},
		{"guild:3", now.Add(-60 * 24 * time.Hour)}, // quiet for two months
		{"guild:4", now.Add(-3 * time.Hour)},       // another process's server
	} {
		doc := &extract.Document{Title: fmt.Sprint("Article ", i), Site: "test", Text: syntheticText(r, 300)}
		a, _, err := e.build(ctx, tc.scope, fmt.Sprintf("https://news.test/%d", i), "", "u", doc)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.opts.Store.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		if err := e.opts.Store.AddArticleChannel(ctx, tc.scope, a.ID, "c", tc.at); err != nil {
			t.Fatal(err)
		}
	}
	e.opts.Store.Close()

	e = newTestEngine(t, dir)
	if st := e.opts.Store.Stats(); st.Scopes != 0 {
		t.Fatalf("a new engine holds %d scopes before warming", st.Scopes)
	}
	n, err := e.Warm(ctx, 30*24*time.Hour, func(s Scope) bool { return s != "guild:4" })
	if err != nil || n != 2 {
		t.Fatalf("warm: %d scopes, %v; want 2", n, err)
	}
	if st := e.opts.Store.Stats(); st.Scopes != 2 || st.Chunks == 0 {
		t.Errorf("after warming: %+v, want guild:1 and guild:2", st)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := e.Warm(cancelled, 30*24*time.Hour, nil); err == nil {
		t.Error("warming with a cancelled context reported no error")
	}
}
