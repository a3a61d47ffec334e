package store

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"
)

// articleIDs returns the distinct articles of hits, sorted.
func articleIDs(hits []ChunkHit) []string {
	var ids []string
	for _, h := range hits {
		if !slices.Contains(ids, h.ArticleID) {
			ids = append(ids, h.ArticleID)
		}
	}
	slices.Sort(ids)
	return ids
}

// eventually polls cond until it holds or a generous deadline passes: the
// change reaches the other process asynchronously (within about a second).
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not seen after 10 s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestScopesLoadOnFirstSearch(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		loc := fresh()
		s := open(t, loc, testEmbedder)
		must(t, s.PutArticle(ctx, article("guild:1", "a1", "One here. Two there.", 0)))
		must(t, s.PutArticle(ctx, article("guild:2", "b1", "Other scope. Here too.", 1)))
		s.Close()

		s = open(t, loc, testEmbedder)
		defer s.Close()
		if st := s.Stats(); st.Scopes != 0 || st.Bytes != 0 {
			t.Errorf("open loaded %+v; want nothing until a search", st)
		}
		if _, _, err := s.List(ctx, "guild:1", 0, 10); err != nil {
			t.Fatal(err)
		}
		if st := s.Stats(); st.Scopes != 0 {
			t.Errorf("a listing loaded %+v", st)
		}
		hits, err := s.SearchChunks(ctx, "guild:1", nil, []float32{1, 0, 0, 0}, 10)
		if err != nil || len(hits) != 2 {
			t.Fatalf("first search = %+v, %v", hits, err)
		}
		if st := s.Stats(); st.Scopes != 1 || st.Chunks != 2 || st.Bytes <= 0 {
			t.Errorf("after one scope's search: %+v", st)
		}
	})
}

func TestMemoryBudgetEvictsIdlest(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	dim := 64
	e := EmbedderInfo{Name: "test", Dim: dim}
	s := open(t, dir, e)
	for i := range 4 {
		must(t, s.PutArticle(ctx, articleDim(Scope(fmt.Sprint("guild:", i)), "a", "One. Two. Three. Four.", i, dim)))
	}
	s.Close()

	// Room for about two scopes of 4 chunks (16 slots allocated each).
	one := newVectors(dim)
	for i := range 4 {
		one.alloc("a", i)
	}
	budget := 2*one.bytes() + one.bytes()/2
	s, err := Open(ctx, dir, Options{Embedder: e, MaxIndexMemory: budget})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	q := make([]float32, dim)
	q[0] = 1
	search := func(scope Scope) {
		t.Helper()
		if hits, err := s.SearchChunks(ctx, scope, nil, q, 10); err != nil || len(hits) != 4 {
			t.Fatalf("search %s = %+v, %v", scope, hits, err)
		}
	}
	search("guild:0")
	search("guild:1")
	search("guild:0") // now guild:1 is the idlest
	search("guild:2")
	st := s.Stats()
	if st.Scopes != 2 || st.Bytes > budget {
		t.Fatalf("stats %+v with budget %d: want two scopes within it", st, budget)
	}
	if !s.index.loaded("guild:0") || s.index.loaded("guild:1") {
		t.Error("evicted the scope searched recently, not the idlest")
	}
	// An evicted scope is read again on its next search.
	search("guild:1")
	if st := s.Stats(); st.Scopes != 2 || st.Bytes > budget {
		t.Errorf("after reloading: %+v", st)
	}
}

// TestOtherProcessesWritesReachIndex opens the record twice, as two
// processes do (a bot and the CLI, two shards): what one writes, the
// other's loaded index shows within about a second, without a restart.
func TestOtherProcessesWritesReachIndex(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		loc := fresh()
		bot := open(t, loc, testEmbedder)
		defer bot.Close()
		cli := open(t, loc, testEmbedder)
		defer cli.Close()
		must(t, bot.PutArticle(ctx, article("guild:1", "a1", "One here. Two there.", 0)))
		q := []float32{1, 1, 1, 1}
		search := func() []string {
			hits, err := bot.SearchChunks(ctx, "guild:1", nil, q, 10)
			if err != nil {
				t.Fatal(err)
			}
			return articleIDs(hits)
		}
		if got := search(); !slices.Equal(got, []string{"a1"}) {
			t.Fatalf("before: %v", got)
		}
		must(t, cli.PutArticle(ctx, article("guild:1", "b2", "Added by the CLI. While the bot runs.", 1)))
		eventually(t, "another process's article", func() bool { return slices.Equal(search(), []string{"a1", "b2"}) })

		must(t, cli.Delete(ctx, "guild:1", "a1"))
		eventually(t, "another process's delete", func() bool { return slices.Equal(search(), []string{"b2"}) })

		// A replaced article's vectors are replaced.
		b := article("guild:1", "b2", "Now one chunk.", 2)
		must(t, cli.PutArticle(ctx, b))
		eventually(t, "another process's replacement", func() bool {
			hits, _ := bot.SearchChunks(ctx, "guild:1", nil, q, 10)
			return len(hits) == 1
		})

		must(t, cli.DeleteScope(ctx, "guild:1"))
		eventually(t, "another process's purge", func() bool { return len(search()) == 0 })
		checkIndexMatchesDB(t, bot)
	})
}

// documentedLike asserts chromem holds exactly the blocks' vectors of every
// loaded scope, each document the same slice as its slot, once the
// background adding is done.
func documentedLike(t *testing.T, s *Store) {
	t.Helper()
	s.index.docs.Wait()
	s.index.mu.Lock()
	defer s.index.mu.Unlock()
	for sc, si := range s.index.scopes {
		si.mu.RLock()
		if len(si.undocumented) != 0 {
			t.Errorf("scope %s: %d articles left without documents", sc, len(si.undocumented))
		}
		if si.coll.Count() != si.vecs.chunks {
			t.Errorf("scope %s: chromem holds %d documents, the blocks %d vectors", sc, si.coll.Count(), si.vecs.chunks)
		}
		for id, slots := range si.vecs.articles {
			for i, r := range slots {
				if r == noSlot {
					continue
				}
				doc, err := si.coll.GetByID(context.Background(), docID(id, i))
				if err != nil {
					t.Errorf("%s/%s chunk %d: %v", sc, id, i, err)
					continue
				}
				if !slices.Equal(doc.Embedding, si.vecs.vector(r)) {
					t.Errorf("%s/%s chunk %d: chromem's vector is not the block's", sc, id, i)
				}
			}
		}
		si.mu.RUnlock()
	}
}

// TestLoadedScopeDocumentedAfter: a scope's first search answers from the
// blocks as soon as they are filled; chromem's documents follow in the
// background, and writes made meanwhile (replacing, deleting, adding
// articles) leave chromem holding exactly the blocks' vectors.
func TestLoadedScopeDocumentedAfter(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		loc := fresh()
		s := open(t, loc, testEmbedder)
		const n = 3*documentBatch + 5 // several batches
		for i := range n {
			must(t, s.PutArticle(ctx, article("guild:1", fmt.Sprint("a", i), "One here. Two there.", i)))
		}
		must(t, s.Close())

		s = open(t, loc, testEmbedder)
		hits, err := s.SearchChunks(ctx, "guild:1", nil, []float32{1, 0, 0, 0}, 10)
		if err != nil || len(hits) != 10 {
			t.Fatalf("first search = %d hits, %v", len(hits), err)
		}
		// Written while the documents are being added.
		for i := range 20 {
			switch i % 3 {
			case 0:
				must(t, s.PutArticle(ctx, article("guild:1", fmt.Sprint("a", i), "Replaced here. And there. And more.", i+1)))
			case 1:
				if err := s.Delete(ctx, "guild:1", fmt.Sprint("a", i)); err != nil {
					t.Fatal(err)
				}
			default:
				must(t, s.PutArticle(ctx, article("guild:1", fmt.Sprint("new", i), "New here.", i)))
			}
		}
		documentedLike(t, s)
		checkIndexMatchesDB(t, s)
		must(t, s.Close())
	})
}

// TestCloseStopsDocumenting: closing right after a load stops adding the
// documents and waits for it (the race detector and goroutine-free exit
// are the check), and an evicted scope's documents stop too.
func TestCloseStopsDocumenting(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := open(t, dir, testEmbedder)
	for i := range 4 * documentBatch {
		must(t, s.PutArticle(ctx, article("guild:1", fmt.Sprint("a", i), "One here. Two there.", i)))
	}
	must(t, s.Close())
	for range 5 {
		s = open(t, dir, testEmbedder)
		if _, err := s.SearchChunks(ctx, "guild:1", nil, []float32{1, 0, 0, 0}, 3); err != nil {
			t.Fatal(err)
		}
		s.index.dropScope("guild:1")
		must(t, s.Close())
	}
}
