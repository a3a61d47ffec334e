package store

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"
)

// TestFullTextSameOnBothBackends fills a SQLite and a PostgreSQL store
// with the same articles, big enough to prune common words, and checks
// every query ranks the same sentences with the same scores on both.
func TestFullTextSameOnBothBackends(t *testing.T) {
	ctx := context.Background()
	lite := open(t, t.TempDir(), benchEmbedder)
	defer lite.Close()
	pg := open(t, freshPostgres(t), benchEmbedder)
	defer pg.Close()
	arts := benchArticles(minRowsToPrune+1000, 3)
	for _, a := range arts[:20] {
		a.Scope = "small"
	}
	for _, s := range []*Store{lite, pg} {
		if err := s.putArticles(ctx, arts); err != nil {
			t.Fatal(err)
		}
	}
	words := benchWords(5000)
	queries := [][]string{
		{words[0]}, {words[1], words[2]}, {words[0], words[700]}, {words[40], words[41], words[4000]},
		{words[3] + "-" + words[9]}, // a phrase
		{words[10], "the", "and"},   // stop words
	}
	for i := 0; i < 200; i += 7 {
		queries = append(queries, []string{words[i], words[i*3+1]})
	}
	for _, scope := range []Scope{"bench", "small"} {
		for _, q := range queries {
			for _, ids := range [][]string{nil, {"a1", "a2", "a30", "a31"}} {
				a, err := lite.SearchSentences(ctx, scope, ids, q, 20)
				if err != nil {
					t.Fatal(err)
				}
				b, err := pg.SearchSentences(ctx, scope, ids, q, 20)
				if err != nil {
					t.Fatal(err)
				}
				if !sameHits(a, b) {
					t.Errorf("%s %v %v:\nsqlite   %+v\npostgres %+v", scope, ids, q, a, b)
				}
			}
		}
	}
}

// sameHits compares hits allowing last-digit float differences and any
// order among equal scores.
func sameHits(a, b []SentenceHit) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i].Score-b[i].Score) > 1e-9*math.Max(1, math.Abs(a[i].Score)) {
			return false
		}
	}
	key := func(h []SentenceHit) map[string]int {
		m := map[string]int{}
		for i, x := range h {
			// Ties at the cut may differ; compare what is above the last score.
			if x.Score > h[len(h)-1].Score+1e-9 || i < len(h)-1 && h[i+1].Score < x.Score-1e-9 {
				m[fmt.Sprint(x.ArticleID, "/", x.Sentence)]++
			}
		}
		return m
	}
	ka, kb := key(a), key(b)
	if len(ka) != len(kb) {
		return false
	}
	for k := range ka {
		if kb[k] == 0 {
			return false
		}
	}
	return true
}

// TestTwoProcessesIngestOneLink opens the same record twice, as two
// processes would, and writes the same article from both at once: one
// article results, whole, in one of the written versions.
func TestTwoProcessesIngestOneLink(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		loc := fresh()
		var procs [2]*Store
		var wg sync.WaitGroup
		errs := make(chan error, 200)
		for i := range procs {
			wg.Go(func() { // both start (and migrate) at once too
				s, err := openAt(ctx, loc, Options{Embedder: testEmbedder})
				if err != nil {
					errs <- err
					return
				}
				procs[i] = s
			})
		}
		wg.Wait()
		if len(errs) > 0 {
			t.Fatal(<-errs)
		}
		defer procs[0].Close()
		defer procs[1].Close()
		for round := range 15 {
			for i, s := range procs {
				wg.Go(func() {
					text := strings.TrimSpace(strings.Repeat(fmt.Sprintf("Process %d round %d. ", i, round), 2+i*3))
					a := article("guild:1", "same-link", text, i)
					if err := s.PutArticle(ctx, a); err != nil {
						errs <- err
					}
				})
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Fatal(err)
			}
			errs = make(chan error, 200)
			_, total, err := procs[0].List(ctx, "guild:1", 0, 10)
			if err != nil || total != 1 {
				t.Fatalf("round %d: %d articles (%v), want 1", round, total, err)
			}
			for _, s := range procs {
				a, err := s.Article(ctx, "guild:1", "same-link")
				if err != nil {
					t.Fatal(err)
				}
				if n := strings.Count(a.Text, ". ") + 1; len(a.Sentences) != n || len(a.Chunks) != n {
					t.Fatalf("round %d: article mixes versions: %d sentences, %d chunks for %d in its text", round, len(a.Sentences), len(a.Chunks), n)
				}
				if hits, err := s.SearchSentences(ctx, "guild:1", nil, []string{"round"}, 100); err != nil || len(hits) != len(a.Sentences) {
					t.Fatalf("round %d: full-text has %d rows for %d sentences (%v)", round, len(hits), len(a.Sentences), err)
				}
			}
		}
	})
}

// TestTokenBudgetSharedThroughTheRecord spends one scope's daily tokens
// from two processes at once; both see the one total.
func TestTokenBudgetSharedThroughTheRecord(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		loc := fresh()
		a, b := open(t, loc, testEmbedder), open(t, loc, testEmbedder)
		defer a.Close()
		defer b.Close()
		var wg sync.WaitGroup
		var mu sync.Mutex
		seen := map[int]bool{}
		for i := range 40 {
			s := a
			if i%2 == 1 {
				s = b
			}
			wg.Go(func() {
				n, err := s.AddUsage(ctx, "guild:1", "2026-11-29", 10)
				if err != nil {
					t.Error(err)
				}
				mu.Lock()
				defer mu.Unlock()
				if seen[n] {
					t.Errorf("two adds saw the same total %d", n)
				}
				seen[n] = true
			})
		}
		wg.Wait()
		for _, s := range []*Store{a, b} {
			if n, err := s.Usage(ctx, "guild:1", "2026-11-29"); err != nil || n != 400 {
				t.Errorf("usage = %d %v, want 400", n, err)
			}
		}
	})
}

func TestOpenRefusesABadDSN(t *testing.T) {
	for _, dsn := range []string{"mysql://x", "host=localhost", "postgres://nobody@127.0.0.1:1/none?connect_timeout=1"} {
		s, err := Open(context.Background(), "", Options{Embedder: testEmbedder, DSN: dsn})
		if err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded", dsn)
		} else if strings.Contains(err.Error(), "secret") {
			t.Errorf("error shows the password: %v", err)
		}
	}
	_, err := Open(context.Background(), "", Options{Embedder: testEmbedder, DSN: "postgres://u:secret@127.0.0.1:1/db?connect_timeout=1"})
	if err == nil || strings.Contains(err.Error(), "secret") || errors.Is(err, ErrNotFound) {
		t.Errorf("bad password DSN: %v", err)
	}
}

// TestNULInKeysFindsNothing looks up keys holding NUL (a user's input):
// nothing is found, and no backend fails.
func TestNULInKeysFindsNothing(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		mustPut(t, s, article("local", "a1", "Harbor news. More.", 0))
		if _, err := s.Article(ctx, "local", "a1\x00"); !errors.Is(err, ErrNotFound) {
			t.Errorf("Article: %v", err)
		}
		if _, err := s.ArticleByURL(ctx, "lo\x00cal", "https://news.test/a1"); !errors.Is(err, ErrNotFound) {
			t.Errorf("ArticleByURL: %v", err)
		}
		if _, err := s.ThreadArticle(ctx, "local", "\x00"); !errors.Is(err, ErrNotFound) {
			t.Errorf("ThreadArticle: %v", err)
		}
		if hits, err := s.SearchSentences(ctx, "local", []string{"a1\x00"}, []string{"harbor"}, 5); err != nil || len(hits) != 0 {
			t.Errorf("SearchSentences: %v %v", hits, err)
		}
		if _, ok, err := s.Setting(ctx, "local", "k\x00"); ok || err != nil {
			t.Errorf("Setting: %v %v", ok, err)
		}
	})
}
