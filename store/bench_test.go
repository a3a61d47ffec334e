package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// benchDim is the vector size of the benchmark stores (the hash embedder's).
const benchDim = 256

// benchChunksPerArticle: each benchmark article has this many sentences,
// one chunk each, so a store of n chunks also holds n sentences.
const benchChunksPerArticle = 5

// benchBatch articles are written per transaction when building fixtures;
// a commit per article would make the 100k store take minutes to build.
const benchBatch = 500

var benchEmbedder = EmbedderInfo{Name: "bench", Dim: benchDim}

// fixtures caches built benchmark stores by chunk count for the whole test
// binary run; they are only read once built.
var fixtures struct {
	sync.Mutex
	root string
	dirs map[int]string
	pg   map[int]string // PostgreSQL fixtures: DSNs of schemas dropped at exit
}

func TestMain(m *testing.M) {
	code := m.Run()
	if fixtures.root != "" {
		os.RemoveAll(fixtures.root)
	}
	for _, dsn := range fixtures.pg {
		u, _ := url.Parse(dsn)
		pgAdmin.db.Exec("DROP SCHEMA " + u.Query().Get("search_path") + " CASCADE")
	}
	os.Exit(code)
}

// benchWords is a made-up vocabulary: syllable words, so the Porter
// tokenizer treats them like ordinary words. Word i is picked with a Zipf
// distribution, so low i are common and high i rare, as in real text.
func benchWords(n int) []string {
	syll := []string{"ka", "lo", "mi", "ren", "tu", "sa", "vor", "pe", "di", "nam", "ho", "zel"}
	r := rand.New(rand.NewPCG(7, 7))
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// benchArticles makes n/benchChunksPerArticle deterministic articles.
func benchArticles(n int, seed uint64) []*Article {
	r := rand.New(rand.NewPCG(seed, 2))
	words := benchWords(5000)
	zipf := rand.NewZipf(r, 1.2, 1, uint64(len(words)-1))
	var out []*Article
	for i := range n / benchChunksPerArticle {
		a := &Article{ID: fmt.Sprint("a", i), Scope: "bench", URL: fmt.Sprint("https://b.test/", i), Title: "t",
			AddedAt: time.Unix(1700000000+int64(i), 0).UTC()}
		var text strings.Builder
		for c := range benchChunksPerArticle {
			start := text.Len()
			for w := range 12 {
				if w > 0 {
					text.WriteByte(' ')
				}
				text.WriteString(words[zipf.Uint64()])
			}
			text.WriteByte('.')
			end := text.Len()
			text.WriteByte(' ')
			v := make([]float32, benchDim)
			for j := range v {
				v[j] = r.Float32() - 0.5
			}
			a.Sentences = append(a.Sentences, Sentence{Start: start, End: end, Chunk: c})
			a.Chunks = append(a.Chunks, Chunk{Start: start, End: end, FirstSentence: c, LastSentence: c, Vector: v})
		}
		a.Text = strings.TrimSpace(text.String())
		out = append(out, a)
	}
	return out
}

// fixture returns the directory of a store holding n chunks (and n
// sentences) in scope "bench", building it on first use.
func fixture(b *testing.B, n int) string {
	b.Helper()
	fixtures.Lock()
	defer fixtures.Unlock()
	if dir, ok := fixtures.dirs[n]; ok {
		return dir
	}
	if fixtures.root == "" {
		root, err := os.MkdirTemp("", "store-bench-")
		if err != nil {
			b.Fatal(err)
		}
		fixtures.root, fixtures.dirs = root, map[int]string{}
	}
	dir := fmt.Sprintf("%s/%d", fixtures.root, n)
	s := open(b, dir, benchEmbedder)
	defer s.Close()
	as := benchArticles(n, 1)
	for len(as) > 0 {
		k := min(benchBatch, len(as))
		if err := s.putArticles(context.Background(), as[:k]); err != nil {
			b.Fatal(err)
		}
		as = as[k:]
	}
	fixtures.dirs[n] = dir
	return dir
}

// benchQuery is a fixed, deterministic query vector.
func benchQuery() []float32 {
	r := rand.New(rand.NewPCG(99, 99))
	q := make([]float32, benchDim)
	for i := range q {
		q[i] = r.Float32() - 0.5
	}
	return q
}

// BenchmarkOpen100k measures start-up with 100k chunks of dimension 256 in
// one scope, and reports the heap the open store holds against the raw
// vector bytes (100k × 256 × 4 = 97.7 MiB).
func BenchmarkOpen100k(b *testing.B) {
	const n = 100_000
	dir := fixture(b, n)
	ctx := context.Background()
	for b.Loop() {
		s, err := Open(ctx, dir, Options{Embedder: benchEmbedder})
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
	b.StopTimer()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s := open(b, dir, benchEmbedder)
	runtime.GC()
	runtime.ReadMemStats(&after)
	if st := s.Stats(); st.Chunks != n {
		b.Fatalf("opened %d chunks, want %d", st.Chunks, n)
	}
	raw := float64(n * benchDim * 4)
	b.ReportMetric(float64(after.HeapInuse)/(1<<20), "heap-MiB")
	b.ReportMetric(float64(after.HeapInuse-before.HeapInuse)/raw, "store-heap/raw-vectors")
	runtime.KeepAlive(s)
	s.Close()
}

func BenchmarkSearchChunks(b *testing.B) {
	ctx := context.Background()
	q := benchQuery()
	const k = 24 // candidates a question asks for
	for _, n := range []int{1_000, 10_000, 100_000} {
		if testing.Short() && n > 10_000 {
			continue
		}
		s := open(b, fixture(b, n), benchEmbedder)
		b.Run(fmt.Sprintf("scope-%dk", n/1000), func(b *testing.B) {
			for b.Loop() {
				if hits, err := s.SearchChunks(ctx, "bench", nil, q, k); err != nil || len(hits) != k {
					b.Fatal(len(hits), err)
				}
			}
		})
		if n == 100_000 {
			b.Run("one-article-of-100k", func(b *testing.B) {
				for b.Loop() {
					if hits, err := s.SearchChunks(ctx, "bench", []string{"a777"}, q, k); err != nil || len(hits) != benchChunksPerArticle {
						b.Fatal(len(hits), err)
					}
				}
			})
		}
		s.Close()
	}
}

func BenchmarkSearchSentences(b *testing.B) {
	ctx := context.Background()
	s := open(b, fixture(b, 100_000), benchEmbedder)
	defer s.Close()
	words := benchWords(5000)
	for _, tc := range []struct {
		name     string
		articles []string
		terms    []string
	}{
		// A common, a middling and a rare word, as a question's words are.
		{"100k-sentences", nil, []string{words[2], words[150], words[3000]}},
		{"rare-words-100k", nil, []string{words[2500], words[4000]}},
		{"one-article-of-100k", []string{"a777"}, []string{words[2], words[150], words[3000]}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.SearchSentences(ctx, "bench", tc.articles, tc.terms, 60); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPutArticle stores one article of 50 sentences and 8 chunks per
// iteration, each its own durable (fsynced) transaction.
func BenchmarkPutArticle(b *testing.B) {
	s := open(b, b.TempDir(), benchEmbedder)
	defer s.Close()
	benchPut(b, s)
}

// benchPut stores one article of 50 sentences and 8 chunks per iteration.
func benchPut(b *testing.B, s *Store) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 3))
	words := benchWords(5000)
	a := &Article{Scope: "bench", Title: "t", AddedAt: time.Unix(1700000000, 0).UTC()}
	var text strings.Builder
	for i := range 50 {
		start := text.Len()
		for w := range 15 {
			if w > 0 {
				text.WriteByte(' ')
			}
			text.WriteString(words[r.IntN(len(words))])
		}
		text.WriteByte('.')
		a.Sentences = append(a.Sentences, Sentence{Start: start, End: text.Len(), Paragraph: i / 5, Chunk: i * 8 / 50})
		text.WriteByte(' ')
	}
	a.Text = strings.TrimSpace(text.String())
	for c := range 8 {
		first, last := c*50/8, (c+1)*50/8-1
		v := make([]float32, benchDim)
		for j := range v {
			v[j] = r.Float32() - 0.5
		}
		a.Chunks = append(a.Chunks, Chunk{Start: a.Sentences[first].Start, End: a.Sentences[last].End, FirstSentence: first, LastSentence: last, Vector: v})
	}
	i := 0
	for b.Loop() {
		a.ID = fmt.Sprint("p", i)
		a.URL = "https://b.test/" + a.ID
		i++
		if err := s.PutArticle(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
}

// pgFixture is fixture on PostgreSQL: a schema of the test database holding
// n chunks in scope "bench", built on first use, dropped at exit.
func pgFixture(b *testing.B, n int) string {
	b.Helper()
	fixtures.Lock()
	defer fixtures.Unlock()
	if dsn, ok := fixtures.pg[n]; ok {
		return dsn
	}
	dsn := freshPostgres(b)
	// freshPostgres drops the schema when b ends; keep it for the run.
	u, _ := url.Parse(dsn)
	keep := "bench_" + u.Query().Get("search_path")
	if _, err := pgAdmin.db.Exec("CREATE SCHEMA " + keep); err != nil {
		b.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", keep)
	u.RawQuery = q.Encode()
	dsn = u.String()
	if fixtures.pg == nil {
		fixtures.pg = map[int]string{}
	}
	fixtures.pg[n] = dsn
	s := open(b, dsn, benchEmbedder)
	defer s.Close()
	as := benchArticles(n, 1)
	for len(as) > 0 {
		k := min(benchBatch, len(as))
		if err := s.putArticles(context.Background(), as[:k]); err != nil {
			b.Fatal(err)
		}
		as = as[k:]
	}
	return dsn
}

// BenchmarkPostgres measures the PostgreSQL backend on the fixtures the
// SQLite benchmarks use, to read next to theirs from the same run, and a
// query round trip (SELECT 1) as the floor of every call.
func BenchmarkPostgres(b *testing.B) {
	ctx := context.Background()
	const n = 100_000
	dsn := pgFixture(b, n)
	b.Run("round-trip", func(b *testing.B) {
		s := open(b, dsn, benchEmbedder)
		defer s.Close()
		for b.Loop() {
			var one int
			if err := s.db.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("open-100k", func(b *testing.B) {
		for b.Loop() {
			s, err := openAt(ctx, dsn, Options{Embedder: benchEmbedder})
			if err != nil {
				b.Fatal(err)
			}
			if st := s.Stats(); st.Chunks != n {
				b.Fatalf("opened %d chunks, want %d", st.Chunks, n)
			}
			s.Close()
		}
	})
	s := open(b, dsn, benchEmbedder)
	defer s.Close()
	words := benchWords(5000)
	for _, tc := range []struct {
		name     string
		articles []string
		terms    []string
	}{
		{"search-sentences/100k-sentences", nil, []string{words[2], words[150], words[3000]}},
		{"search-sentences/rare-words-100k", nil, []string{words[2500], words[4000]}},
		{"search-sentences/one-article-of-100k", []string{"a777"}, []string{words[2], words[150], words[3000]}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.SearchSentences(ctx, "bench", tc.articles, tc.terms, 60); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("put-article", func(b *testing.B) {
		s := open(b, freshPostgres(b), benchEmbedder)
		defer s.Close()
		benchPut(b, s)
	})
}
