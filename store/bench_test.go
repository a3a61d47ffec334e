package store

import (
	"context"
	"database/sql"
	"fmt"
	"github.com/articlebot/articlebot/internal/pgtest"
	"github.com/articlebot/articlebot/internal/scanref"
	"math"
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

// putBatches writes a fixture's articles, benchBatch per transaction.
func putBatches(b *testing.B, s *Store, as []*Article) {
	b.Helper()
	for len(as) > 0 {
		k := min(benchBatch, len(as))
		if err := s.putArticles(context.Background(), as[:k]); err != nil {
			b.Fatal(err)
		}
		as = as[k:]
	}
}

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
		pgtest.Admin().Exec("DROP SCHEMA " + u.Query().Get("search_path") + " CASCADE")
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
			var sum float64
			for j := range v {
				v[j] = r.Float32() - 0.5
				sum += float64(v[j]) * float64(v[j])
			}
			// Unit length in float32, as both embedders hand them out.
			inv := float32(1 / math.Sqrt(sum))
			for j := range v {
				v[j] *= inv
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
	putBatches(b, s, benchArticles(n, 1))
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

// BenchmarkOpen100k measures a process's start until it can answer the
// first question over a scope of 100k chunks of dimension 256: open, then
// the first search, which reads the scope's vectors (open alone reads
// none). It reports the heap the loaded scope holds against the raw vector
// bytes (100k × 256 × 4 = 97.7 MiB) and per chunk.
func BenchmarkOpen100k(b *testing.B) {
	const n = 100_000
	dir := fixture(b, n)
	ctx := context.Background()
	q := benchQuery()
	b.Run("open", func(b *testing.B) {
		for b.Loop() {
			s, err := Open(ctx, dir, Options{Embedder: benchEmbedder})
			if err != nil {
				b.Fatal(err)
			}
			s.Close()
		}
	})
	// The floor of a first load: reading the scope's rows, nothing done
	// with them.
	b.Run("read-rows-floor", func(b *testing.B) {
		s := open(b, dir, benchEmbedder)
		defer s.Close()
		for b.Loop() {
			rows, err := s.db.QueryContext(ctx, "SELECT article_id, embedder, dim, data FROM article_vectors WHERE scope = ? ORDER BY article_id", Scope("bench"))
			if err != nil {
				b.Fatal(err)
			}
			var art, blob, emb sql.RawBytes
			var dim, got int
			for rows.Next() {
				if err := rows.Scan(&art, &emb, &dim, &blob); err != nil {
					b.Fatal(err)
				}
				got += len(blob) / dim
			}
			rows.Close()
			if got != n {
				b.Fatalf("read %d vectors", got)
			}
		}
	})
	// The same vectors in the layout before (SQLite 6): a row per chunk,
	// in a file of their own, read the same way. The reference for the
	// floor above.
	b.Run("read-chunk-rows-old-layout", func(b *testing.B) {
		db := oldLayoutFixture(b, dir)
		for b.Loop() {
			rows, err := db.QueryContext(ctx, "SELECT article_id, idx, vector, embedder FROM chunks WHERE scope = ? ORDER BY article_id, idx", "bench")
			if err != nil {
				b.Fatal(err)
			}
			var art, blob, emb sql.RawBytes
			var idx, got int
			for rows.Next() {
				if err := rows.Scan(&art, &idx, &blob, &emb); err != nil {
					b.Fatal(err)
				}
				got++
			}
			rows.Close()
			if got != n {
				b.Fatalf("read %d rows", got)
			}
		}
	})
	b.Run("open-and-first-search", func(b *testing.B) {
		for b.Loop() {
			s, err := Open(ctx, dir, Options{Embedder: benchEmbedder})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := s.SearchChunks(ctx, "bench", nil, q, 24); err != nil {
				b.Fatal(err)
			}
			s.Close()
		}
		b.StopTimer()
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		s := open(b, dir, benchEmbedder)
		if _, err := s.SearchChunks(ctx, "bench", nil, q, 24); err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		st := s.Stats()
		if st.Chunks != n {
			b.Fatalf("loaded %d chunks, want %d", st.Chunks, n)
		}
		raw := float64(n * benchDim * 4)
		heap := float64(after.HeapInuse - before.HeapInuse)
		b.ReportMetric(heap/raw, "heap/raw-vectors")
		b.ReportMetric((heap-raw)/n, "overhead-B/chunk")
		b.ReportMetric(float64(st.Bytes)/heap, "estimate/heap")
		runtime.KeepAlive(s)
		s.Close()
	})
}

// flatVectors copies a loaded scope's vectors into one contiguous slice,
// the layout of the reference scan.
func flatVectors(b *testing.B, s *Store, scope Scope) []float32 {
	si, err := s.scopeIndex(context.Background(), scope)
	if err != nil {
		b.Fatal(err)
	}
	var flat []float32
	for _, bl := range si.vecs.blocks {
		for i, o := range bl.owner {
			if o.article != "" {
				flat = append(flat, bl.vecs[i*benchDim:(i+1)*benchDim]...)
			}
		}
	}
	return flat
}

// BenchmarkSearchChunks measures a whole-scope vector search next to the
// reference scan of the same vectors (scan-limit) and chromem-go's own
// query of the same collection, in the same run.
func BenchmarkSearchChunks(b *testing.B) {
	ctx := context.Background()
	q := benchQuery()
	nq := normalized(q)
	const k = 24 // candidates a question asks for
	for _, n := range []int{1_000, 10_000, 100_000} {
		if testing.Short() && n > 10_000 {
			continue
		}
		s := open(b, fixture(b, n), benchEmbedder)
		name := fmt.Sprintf("%dk", n/1000)
		b.Run("scope-"+name, func(b *testing.B) {
			for b.Loop() {
				if hits, err := s.SearchChunks(ctx, "bench", nil, q, k); err != nil || len(hits) != k {
					b.Fatal(len(hits), err)
				}
			}
		})
		flat := flatVectors(b, s, "bench")
		b.Run("scan-limit-"+name, func(b *testing.B) {
			for b.Loop() {
				if best := scanref.Scan(flat, nq, k); len(best) != k {
					b.Fatal(len(best))
				}
			}
		})
		b.Run("chromem-"+name, func(b *testing.B) {
			si, err := s.scopeIndex(ctx, "bench")
			if err != nil {
				b.Fatal(err)
			}
			s.index.docs.Wait() // chromem's documents follow a load
			for b.Loop() {
				if res, err := si.coll.QueryEmbedding(ctx, nq, k, nil, nil); err != nil || len(res) != k {
					b.Fatal(len(res), err)
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

// mixedFixture returns the directory of a store holding the 100k-chunk
// fixture's scope "bench" and a 10k-chunk scope "small" beside it.
func mixedFixture(b *testing.B) string {
	b.Helper()
	big := fixture(b, 100_000)
	fixtures.Lock()
	defer fixtures.Unlock()
	dir := fixtures.root + "/mixed"
	if _, err := os.Stat(dir); err == nil {
		return dir
	}
	raw, err := os.ReadFile(big + "/" + dbFile)
	if err != nil {
		b.Fatal(err)
	}
	must(b, os.MkdirAll(dir, 0o700))
	must(b, os.WriteFile(dir+"/"+dbFile, raw, 0o600))
	s := open(b, dir, benchEmbedder)
	defer s.Close()
	as := benchArticles(10_000, 2)
	for _, a := range as {
		a.Scope = "small"
	}
	putBatches(b, s, as)
	return dir
}

// BenchmarkSmallScopeBeside100k times a 10k-sentence scope's full-text
// search alone in its record and beside a 100k-sentence scope,
// alternately in every iteration so a loaded machine slows both alike; it
// reports each one's mean and their ratio (target ≤ 1.2).
func BenchmarkSmallScopeBeside100k(b *testing.B) {
	ctx := context.Background()
	words := benchWords(5000)
	terms := []string{words[2], words[150], words[3000]}
	alone := open(b, fixture(b, 10_000), benchEmbedder)
	defer alone.Close()
	mixed := open(b, mixedFixture(b), benchEmbedder)
	defer mixed.Close()
	cases := []struct {
		name  string
		s     *Store
		scope Scope
	}{
		{"alone-ms", alone, "bench"},
		{"beside-ms", mixed, "small"},
	}
	took := make([]time.Duration, len(cases))
	for b.Loop() {
		for i, c := range cases {
			t0 := time.Now()
			if _, err := c.s.SearchSentences(ctx, c.scope, nil, terms, 60); err != nil {
				b.Fatal(err)
			}
			took[i] += time.Since(t0)
		}
	}
	for i, c := range cases {
		b.ReportMetric(float64(took[i].Microseconds())/1000/float64(b.N), c.name)
	}
	b.ReportMetric(float64(took[1])/float64(took[0]), "beside/alone")
}

func BenchmarkSearchSentences(b *testing.B) {
	s := open(b, fixture(b, 100_000), benchEmbedder)
	defer s.Close()
	benchSearchSentences(b, s, "")
}

// benchSearchSentences times the full-text searches both backends'
// benchmarks compare, over the 100k fixture: a common, a middling and a
// rare word, as a question's words are; rare words alone; one article.
func benchSearchSentences(b *testing.B, s *Store, prefix string) {
	ctx := context.Background()
	words := benchWords(5000)
	for _, tc := range []struct {
		name     string
		articles []string
		terms    []string
	}{
		{"100k-sentences", nil, []string{words[2], words[150], words[3000]}},
		{"rare-words-100k", nil, []string{words[2500], words[4000]}},
		{"one-article-of-100k", []string{"a777"}, []string{words[2], words[150], words[3000]}},
	} {
		b.Run(prefix+tc.name, func(b *testing.B) {
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
	if _, err := pgtest.Admin().Exec("CREATE SCHEMA " + keep); err != nil {
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
	putBatches(b, s, benchArticles(n, 1))
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
	b.Run("open-and-first-search-100k", func(b *testing.B) {
		for b.Loop() {
			s, err := openAt(ctx, dsn, Options{Embedder: benchEmbedder})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := s.SearchChunks(ctx, "bench", nil, benchQuery(), 24); err != nil {
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
	benchSearchSentences(b, s, "search-sentences/")
	b.Run("put-article", func(b *testing.B) {
		s := open(b, freshPostgres(b), benchEmbedder)
		defer s.Close()
		benchPut(b, s)
	})
}

// BenchmarkSearchVsScanLimit100k times a whole-scope search of 100k chunks
// and the reference scan of the same vectors alternately, each iteration
// both, so a loaded machine slows both alike; it reports each one's mean
// and their ratio (the target is ≤ 1.2), and chromem-go's own query of the
// same collection (what a whole-scope search was before) against the same
// reference.
func BenchmarkSearchVsScanLimit100k(b *testing.B) {
	ctx := context.Background()
	s := open(b, fixture(b, 100_000), benchEmbedder)
	defer s.Close()
	q := benchQuery()
	nq := normalized(q)
	flat := flatVectors(b, s, "bench")
	si, err := s.scopeIndex(ctx, "bench")
	if err != nil {
		b.Fatal(err)
	}
	s.index.docs.Wait() // chromem's documents follow a load
	var search, scan, chromem time.Duration
	for b.Loop() {
		t0 := time.Now()
		if hits, err := s.SearchChunks(ctx, "bench", nil, q, 24); err != nil || len(hits) != 24 {
			b.Fatal(len(hits), err)
		}
		t1 := time.Now()
		scanref.Scan(flat, nq, 24)
		t2 := time.Now()
		if res, err := si.coll.QueryEmbedding(ctx, nq, 24, nil, nil); err != nil || len(res) != 24 {
			b.Fatal(len(res), err)
		}
		chromem += time.Since(t2)
		scan += t2.Sub(t1)
		search += t1.Sub(t0)
	}
	b.ReportMetric(float64(chromem.Microseconds())/1000/float64(b.N), "chromem-ms")
	b.ReportMetric(float64(chromem)/float64(scan), "chromem/scan-limit")
	b.ReportMetric(float64(search.Microseconds())/1000/float64(b.N), "search-ms")
	b.ReportMetric(float64(scan.Microseconds())/1000/float64(b.N), "scan-limit-ms")
	b.ReportMetric(float64(search)/float64(scan), "search/scan-limit")
}

// oldLayoutFixture copies the vectors of the store in dir into a SQLite
// file of their own, a row per chunk as the chunks table held them before
// SQLite 7, and opens it; closed when b ends.
func oldLayoutFixture(b *testing.B, dir string) *sql.DB {
	b.Helper()
	ctx := context.Background()
	path := dir + "-old-layout.db"
	_, statErr := os.Stat(path)
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if statErr == nil {
		return db
	}
	if _, err := db.Exec(`CREATE TABLE chunks (scope TEXT NOT NULL, article_id TEXT NOT NULL, idx INTEGER NOT NULL,
		start INTEGER NOT NULL, end_ INTEGER NOT NULL, first_sentence INTEGER NOT NULL, last_sentence INTEGER NOT NULL,
		vector BLOB NOT NULL, embedder TEXT NOT NULL, PRIMARY KEY (scope, article_id, idx))`); err != nil {
		b.Fatal(err)
	}
	s := open(b, dir, benchEmbedder)
	defer s.Close()
	rows, err := s.db.QueryContext(ctx, "SELECT scope, article_id, embedder, dim, data FROM article_vectors ORDER BY scope, article_id")
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	t, err := db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var scope, id, emb string
		var dim int
		var data []byte
		if err := rows.Scan(&scope, &id, &emb, &dim, &data); err != nil {
			b.Fatal(err)
		}
		vecs, err := decodeVectors(data, dim)
		if err != nil {
			b.Fatal(err)
		}
		for i, v := range vecs {
			if _, err := t.Exec("INSERT INTO chunks VALUES (?, ?, ?, 0, 0, 0, 0, ?, ?)", scope, id, i, encodeFloat32Vectors([][]float32{v}), emb); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := rows.Err(); err != nil {
		b.Fatal(err)
	}
	if err := t.Commit(); err != nil {
		b.Fatal(err)
	}
	return db
}
