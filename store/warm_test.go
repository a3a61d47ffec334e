package store

import (
	"context"
	"reflect"
	"testing"
	"time"
)

// TestLoadedBytesMatchesLoad: the estimate Warm decides by is what a load
// of that many chunks accounts for.
func TestLoadedBytesMatchesLoad(t *testing.T) {
	for _, n := range []int{0, 1, 16, 17, 48, 49, 1000, 5000} {
		vs := newVectors(8)
		for i := range n {
			vs.alloc("a", i)
		}
		if got, want := loadedBytes(8, n), vs.bytes(); got != want {
			t.Errorf("%d chunks: estimate %d, loaded %d", n, got, want)
		}
	}
}

// TestWarm: the scopes active since a time come most recent first; warming
// loads a scope that fits in the budget beside what is loaded, and leaves
// one that does not (evicting nothing).
func TestWarm(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		loc := fresh()
		s := open(t, loc, testEmbedder)
		now := time.Now()
		for i, sc := range []Scope{"guild:old", "guild:a", "guild:b", "guild:big"} {
			text := "One. Two."
			if sc == "guild:big" {
				for range 40 {
					text += " More."
				}
			}
			mustPut(t, s, article(sc, "x", text, i))
			at := now.Add(-time.Duration(10-i) * time.Hour)
			if sc == "guild:old" {
				at = now.Add(-40 * 24 * time.Hour)
			}
			must(t, s.AddArticleChannel(ctx, sc, "x", "c1", at))
		}
		mustPut(t, s, article("guild:quiet", "x", "One. Two.", 0))
		got, err := s.ActiveScopes(ctx, now.Add(-24*time.Hour))
		if want := []Scope{"guild:big", "guild:b", "guild:a"}; err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("active scopes: %v %v, want %v", got, err, want)
		}
		s.Close()

		// Room for the two small scopes, not for the big one beside them.
		budget := 2*loadedBytes(testEmbedder.Dim, 2) + loadedBytes(testEmbedder.Dim, 2)/2
		s, err = openAt(ctx, loc, Options{Embedder: testEmbedder, MaxIndexMemory: budget})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		for _, tc := range []struct {
			scope Scope
			want  bool
		}{{"guild:a", true}, {"guild:b", true}, {"guild:big", false}, {"guild:a", true}} {
			loaded, err := s.Warm(ctx, tc.scope)
			if err != nil || loaded != tc.want {
				t.Errorf("warm %s: %v %v, want %v", tc.scope, loaded, err, tc.want)
			}
		}
		if st := s.Stats(); st.Scopes != 2 || st.Chunks != 4 {
			t.Errorf("after warming: %+v, want the two small scopes", st)
		}
		// A search still loads a scope past the budget, evicting the idlest.
		if hits, err := s.SearchChunks(ctx, "guild:big", nil, []float32{1, 0, 0, 0}, 50); err != nil || len(hits) != 42 {
			t.Errorf("search the big scope: %d hits, %v", len(hits), err)
		}
		if st := s.Stats(); st.Scopes > 2 {
			t.Errorf("after searching the big scope: %+v", st)
		}
	})
}
