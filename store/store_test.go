package store

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"reflect"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

var testEmbedder = EmbedderInfo{Name: "test", Dim: 4}

func open(t testing.TB, dir string, e EmbedderInfo) *Store {
	t.Helper()
	s, err := Open(context.Background(), dir, Options{Embedder: e})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// article builds a small article whose chunks point along axis.
func article(scope Scope, id, text string, axis int) *Article {
	a := &Article{ID: id, Scope: scope, URL: "https://news.test/" + id, SourceURL: "https://news.test/" + id + "?utm_source=x",
		Title: "Title " + id, Site: "News", Text: text, WordCount: len(strings.Fields(text)), Warnings: []string{},
		AddedBy: "u1", AddedAt: time.Unix(1700000000, 0).UTC(), Published: time.Date(2025, 8, 9, 11, 24, 0, 0, time.UTC)}
	start := 0
	for i, s := range strings.SplitAfter(text, ". ") {
		end := start + len(strings.TrimSpace(s))
		a.Sentences = append(a.Sentences, Sentence{Start: start, End: end, Paragraph: 0, Chunk: i})
		v := make([]float32, 4)
		v[axis%4] = 2 // not normalized on purpose
		v[(axis+1)%4] = float32(i)
		a.Chunks = append(a.Chunks, Chunk{Start: start, End: end, FirstSentence: i, LastSentence: i, Vector: v})
		start += len(s)
	}
	a.Quotations = []Quotation{{Start: 0, End: 5, Sentence: 0, Speaker: "Ana Ruiz", Cue: "said"}, {Start: 0, End: len(text), Sentence: 0, Speaker: "Ana Ruiz", Cue: "said", Indirect: true}}
	return a
}

func TestRoundTripAndReopen(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s := open(t, dir, testEmbedder)
	a := article("guild:1", "a1", "Tariffs rose sharply. Talks stalled in Geneva. Farmers protested.", 0)
	if err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	b := article("guild:1", "b2", "The council approved the harbor. Dredging starts in March.", 1)
	b.AddedAt = a.AddedAt.Add(time.Hour)
	if err := s.PutArticle(ctx, b); err != nil {
		t.Fatal(err)
	}
	got, err := s.Article(ctx, "guild:1", "a1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, a) {
		t.Errorf("round trip differs:\n got %+v\nwant %+v", got, a)
	}
	if byURL, err := s.ArticleByURL(ctx, "guild:1", a.SourceURL); err != nil || byURL.ID != "a1" {
		t.Errorf("by source URL: %v", err)
	}
	infos, total, err := s.List(ctx, "guild:1", 0, 1)
	if err != nil || total != 2 || len(infos) != 1 || infos[0].ID != "b2" {
		t.Fatalf("list = %+v total %d err %v; want newest first", infos, total, err)
	}
	hits1, _ := s.SearchChunks(ctx, "guild:1", nil, []float32{1, 0, 0, 0}, 3)
	s.Close()

	s = open(t, dir, testEmbedder)
	defer s.Close()
	again, err := s.Article(ctx, "guild:1", "a1")
	if err != nil || !reflect.DeepEqual(again, a) {
		t.Fatalf("after reopen: %v", err)
	}
	hits2, _ := s.SearchChunks(ctx, "guild:1", nil, []float32{1, 0, 0, 0}, 3)
	if !reflect.DeepEqual(hits1, hits2) || len(hits1) != 3 || hits1[0].ArticleID != "a1" {
		t.Errorf("search after reopen differs: %+v vs %+v", hits1, hits2)
	}
}

func TestFailedTransactionKeepsOldState(t *testing.T) {
	ctx := context.Background()
	s := open(t, t.TempDir(), testEmbedder)
	defer s.Close()
	old := article("local", "a1", "Old text here. Second.", 0)
	if err := s.PutArticle(ctx, old); err != nil {
		t.Fatal(err)
	}
	s.failAfterSentences = errors.New("simulated crash")
	if err := s.PutArticle(ctx, article("local", "a1", "New text that must not land. Really.", 2)); err == nil {
		t.Fatal("want the injected failure")
	}
	s.failAfterSentences = nil
	got, err := s.Article(ctx, "local", "a1")
	if err != nil || got.Text != old.Text || len(got.Chunks) != len(old.Chunks) {
		t.Fatalf("state after failed put: %+v, %v", got, err)
	}
	if hits, _ := s.SearchSentences(ctx, "local", nil, []string{"land"}, 5); len(hits) != 0 {
		t.Errorf("half-written sentences are searchable: %+v", hits)
	}
}

// TestCrashLosesNoAcknowledgedArticle kills a writer process mid-stream and
// checks that every article it acknowledged survives and the store opens.
func TestCrashLosesNoAcknowledgedArticle(t *testing.T) {
	if dir := os.Getenv("ARTICLEBOT_STORE_CRASH_CHILD"); dir != "" {
		s := open(t, dir, testEmbedder)
		for i := 0; ; i++ {
			id := fmt.Sprintf("art%05d", i)
			if err := s.PutArticle(context.Background(), article("local", id, strings.Repeat("Some words in a sentence. ", 20), i)); err != nil {
				fmt.Println("ERR", err)
				os.Exit(1)
			}
			fmt.Println(id)
		}
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashLosesNoAcknowledgedArticle$")
	cmd.Env = append(os.Environ(), "ARTICLEBOT_STORE_CRASH_CHILD="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acked []string
	sc := bufio.NewScanner(out)
	for sc.Scan() && len(acked) < 40 {
		if line := sc.Text(); strings.HasPrefix(line, "art") {
			acked = append(acked, line)
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if len(acked) < 40 {
		t.Fatalf("child acknowledged only %d articles", len(acked))
	}
	s := open(t, dir, testEmbedder)
	defer s.Close()
	for _, id := range acked {
		a, err := s.Article(context.Background(), "local", id)
		if err != nil || len(a.Sentences) == 0 || len(a.Chunks) != len(a.Sentences) {
			t.Fatalf("acknowledged %s lost or partial after crash: %v", id, err)
		}
	}
}

func TestScopesNeverLeak(t *testing.T) {
	ctx := context.Background()
	s := open(t, t.TempDir(), testEmbedder)
	defer s.Close()
	s.PutArticle(ctx, article("guild:1", "a1", "Secret plans for the harbor. More words.", 0))
	s.PutArticle(ctx, article("guild:2", "b1", "Public plans for the harbor. Other words.", 0))
	if _, err := s.Article(ctx, "guild:2", "a1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("cross-scope article: %v", err)
	}
	hits, _ := s.SearchChunks(ctx, "guild:2", nil, []float32{1, 0, 0, 0}, 10)
	for _, h := range hits {
		if h.ArticleID != "b1" {
			t.Errorf("vector search leaked %s", h.ArticleID)
		}
	}
	if hits, _ := s.SearchChunks(ctx, "guild:2", []string{"a1"}, []float32{1, 0, 0, 0}, 10); len(hits) != 0 {
		t.Errorf("article filter leaked another scope: %+v", hits)
	}
	sh, _ := s.SearchSentences(ctx, "guild:2", nil, []string{"secret", "plans"}, 10)
	for _, h := range sh {
		if h.ArticleID != "b1" {
			t.Errorf("full-text search leaked %s", h.ArticleID)
		}
	}
	infos, _, _ := s.List(ctx, "guild:2", 0, 10)
	if len(infos) != 1 || infos[0].ID != "b1" {
		t.Errorf("list leaked: %+v", infos)
	}
}

func TestDeleteRemovesEveryTrace(t *testing.T) {
	ctx := context.Background()
	s := open(t, t.TempDir(), testEmbedder)
	defer s.Close()
	a := article("guild:1", "a1", "Harbor dredging begins. Oysters at risk.", 0)
	s.PutArticle(ctx, a)
	s.PutArticle(ctx, article("guild:1", "keep", "Another article stays. Yes.", 1))
	s.PutSummary(ctx, "guild:1", "a1", "extractive", []byte(`{}`))
	if err := s.Delete(ctx, "guild:1", "a1"); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"articles WHERE id", "sentences WHERE article_id", "chunks WHERE article_id", "quotations WHERE article_id", "summaries WHERE article_id"} {
		var n int
		if err := s.db.QueryRow("SELECT COUNT(*) FROM " + table + " = 'a1'").Scan(&n); err != nil || n != 0 {
			t.Errorf("%s: %d rows left (%v)", table, n, err)
		}
	}
	var fts int
	s.db.QueryRow("SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'oysters'").Scan(&fts)
	if fts != 0 {
		t.Errorf("%d full-text rows left", fts)
	}
	hits, _ := s.SearchChunks(ctx, "guild:1", nil, []float32{1, 0, 0, 0}, 10)
	for _, h := range hits {
		if h.ArticleID == "a1" {
			t.Error("deleted article still in the vector index")
		}
	}
	if err := s.Delete(ctx, "guild:1", "a1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	if err := s.DeleteScope(ctx, "guild:1"); err != nil {
		t.Fatal(err)
	}
	if _, total, _ := s.List(ctx, "guild:1", 0, 1); total != 0 {
		t.Error("scope purge left articles")
	}
}

func TestEmbedderChange(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := open(t, dir, testEmbedder)
	s.PutArticle(ctx, article("local", "a1", "One sentence. Two sentence. Three.", 0))
	s.Close()

	other := EmbedderInfo{Name: "other", Dim: 2}
	s = open(t, dir, other)
	defer s.Close()
	if stored, stale := s.Embedder(); !stale || stored != testEmbedder {
		t.Fatalf("stored %+v stale %v", stored, stale)
	}
	if _, err := s.SearchChunks(ctx, "local", nil, []float32{1, 0}, 3); !errors.Is(err, ErrEmbedderChanged) {
		t.Errorf("search on a stale store: %v", err)
	}
	var seen []int
	err := s.Reembed(ctx, func(_ context.Context, texts []string) ([][]float32, error) {
		out := make([][]float32, len(texts))
		for i, tx := range texts {
			if !strings.HasPrefix(tx, "Title a1|") {
				return nil, fmt.Errorf("format not applied: %q", tx)
			}
			out[i] = []float32{1, float32(i)}
		}
		return out, nil
	}, func(title, chunk string) string { return title + "|" + chunk }, 2, func(done, total int) { seen = append(seen, done) })
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(seen, []int{0, 2, 3}) {
		t.Errorf("progress = %v", seen)
	}
	if _, stale := s.Embedder(); stale {
		t.Error("still stale after re-embed")
	}
	if hits, err := s.SearchChunks(ctx, "local", nil, []float32{1, 0}, 10); err != nil || len(hits) != 3 {
		t.Errorf("search after re-embed: %+v %v", hits, err)
	}
}

func TestSearchEdgeCases(t *testing.T) {
	ctx := context.Background()
	s := open(t, t.TempDir(), testEmbedder)
	defer s.Close()
	if hits, err := s.SearchChunks(ctx, "empty", nil, []float32{1, 0, 0, 0}, 5); err != nil || hits != nil {
		t.Errorf("empty scope: %v %v", hits, err)
	}
	s.PutArticle(ctx, article("local", "a1", "Alpha beta. Gamma delta.", 0))
	hits, err := s.SearchChunks(ctx, "local", nil, []float32{0, 0, 3, 0}, 100)
	if err != nil || len(hits) != 2 {
		t.Fatalf("n is not clamped: %v %v", hits, err)
	}
	for _, h := range hits {
		if h.Score < -1.0001 || h.Score > 1.0001 {
			t.Errorf("score %v is not a cosine", h.Score)
		}
	}
	if _, err := s.SearchChunks(ctx, "local", nil, []float32{1}, 1); !errors.Is(err, ErrDimension) {
		t.Errorf("wrong dimension: %v", err)
	}
	for _, terms := range [][]string{{`"`}, {"AND"}, {"*"}, {"NEAR("}, {"a\"b", "OR", "-x"}, {""}} {
		if _, err := s.SearchSentences(ctx, "local", nil, terms, 5); err != nil {
			t.Errorf("terms %q: %v", terms, err)
		}
	}
	if hits, _ := s.SearchSentences(ctx, "local", []string{"a1"}, []string{"gamma"}, 5); len(hits) != 1 || hits[0].Sentence != 1 {
		t.Errorf("full-text hit = %+v", hits)
	}
	bad := article("local", "bad", "Short.", 0)
	bad.Sentences[0].End = 99
	if err := s.PutArticle(ctx, bad); err == nil {
		t.Error("offsets outside the text accepted")
	}
}

func TestSettingsAndUsage(t *testing.T) {
	ctx := context.Background()
	s := open(t, t.TempDir(), testEmbedder)
	defer s.Close()
	s.SetSetting(ctx, "guild:1", "left_at", "2026-01-01")
	if v, ok, _ := s.Setting(ctx, "guild:1", "left_at"); !ok || v != "2026-01-01" {
		t.Error("setting not stored")
	}
	if m, _ := s.ScopesWithSetting(ctx, "left_at"); m["guild:1"] != "2026-01-01" || len(m) != 1 {
		t.Errorf("scopes with setting = %v", m)
	}
	s.SetSetting(ctx, "guild:1", "left_at", "")
	if _, ok, _ := s.Setting(ctx, "guild:1", "left_at"); ok {
		t.Error("empty value did not delete")
	}
	s.AddUsage(ctx, "guild:1", "2026-11-24", 100)
	if n, _ := s.AddUsage(ctx, "guild:1", "2026-11-24", 50); n != 150 {
		t.Errorf("usage = %d", n)
	}
	if n, _ := s.Usage(ctx, "guild:2", "2026-11-24"); n != 0 {
		t.Errorf("usage leaked: %d", n)
	}
}

// benchStore fills a store with n chunks of dim 256 in one scope, in
// articles of 5 chunks.
func benchStore(b *testing.B, dir string, n int) *Store {
	b.Helper()
	s := open(b, dir, EmbedderInfo{Name: "bench", Dim: 256})
	r := rand.New(rand.NewPCG(1, 2))
	text := strings.Repeat("Officials met to discuss the budget and the harbor. ", 5)
	for i := 0; i < n/5; i++ {
		a := &Article{ID: fmt.Sprint("a", i), Scope: "bench", URL: fmt.Sprint("https://b.test/", i), Title: "t", Text: text, AddedAt: time.Now()}
		for c := 0; c < 5; c++ {
			v := make([]float32, 256)
			for j := range v {
				v[j] = r.Float32() - 0.5
			}
			st := c * 52
			a.Sentences = append(a.Sentences, Sentence{Start: st, End: st + 51, Chunk: c})
			a.Chunks = append(a.Chunks, Chunk{Start: st, End: st + 51, FirstSentence: c, LastSentence: c, Vector: v})
		}
		if err := s.PutArticle(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

func BenchmarkSearchChunks(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		if testing.Short() && n > 10_000 {
			continue
		}
		s := benchStore(b, b.TempDir(), n)
		q := make([]float32, 256)
		q[3], q[7] = 1, 0.5
		b.Run(fmt.Sprintf("scope-%dk", n/1000), func(b *testing.B) {
			for b.Loop() {
				if _, err := s.SearchChunks(context.Background(), "bench", nil, q, 24); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("article-of-%dk", n/1000), func(b *testing.B) {
			for b.Loop() {
				s.SearchChunks(context.Background(), "bench", []string{"a7"}, q, 24)
			}
		})
		b.Run(fmt.Sprintf("fulltext-%dk", n/1000), func(b *testing.B) {
			for b.Loop() {
				s.SearchSentences(context.Background(), "bench", nil, []string{"harbor", "budget"}, 60)
			}
		})
		s.Close()
	}
}

// BenchmarkOpen100k measures start-up with 100k chunks of dimension 256
// and reports the heap the open store holds against the raw vector bytes.
func BenchmarkOpen100k(b *testing.B) {
	dir := b.TempDir()
	benchStore(b, dir, 100_000).Close()
	var s *Store
	for b.Loop() {
		if s != nil {
			s.Close()
		}
		s = open(b, dir, EmbedderInfo{Name: "bench", Dim: 256})
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	raw := float64(100_000 * 256 * 4)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MiB")
	b.ReportMetric(float64(ms.HeapInuse)/raw, "heap/raw-vectors")
	runtime.KeepAlive(s)
	s.Close()
}
