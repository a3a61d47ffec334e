package rag

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/articlebot/articlebot/internal/scanref"
	"github.com/articlebot/articlebot/rag/embed"
	"github.com/articlebot/articlebot/rag/fetch"
	"github.com/articlebot/articlebot/store"
)

// BenchmarkAskAtScale measures, alternately in every iteration so a loaded
// machine slows all alike:
//   - a plain question over a server of 100k chunks, next to the physical
//     reference: a brute-force scan of the same vectors laid out in one
//     contiguous slice on two goroutines (target: ask ≤ 3× the scan);
//   - the same question over a 10k-chunk server alone in its record and
//     beside the 100k-chunk server in another (target: within 20%).
func BenchmarkAskAtScale(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 110k-chunk library")
	}
	ctx := context.Background()
	alone := newTestEngine(b, b.TempDir())
	populate(b, alone, "small", 10_000)
	shared := newTestEngine(b, b.TempDir())
	populate(b, shared, "small", 10_000)
	populate(b, shared, "big", 100_000)
	flat := scopeVectors(b, shared.opts.Store, "big")
	qv := make([]float32, len(flat)/countVectors(b, shared.opts.Store, "big"))
	r := rand.New(rand.NewPCG(5, 5))
	for i := range qv {
		qv[i] = r.Float32() - 0.5
	}
	const question = "Why did the term40 strike over term300 and term2000?"
	ask := func(e *Engine, scope store.Scope) time.Duration {
		t0 := time.Now()
		if _, err := e.Ask(ctx, Question{Scope: scope, Text: question}); err != nil {
			b.Fatal(err)
		}
		return time.Since(t0)
	}
	// The first question of each server loads its vectors: not measured.
	ask(shared, "big")
	ask(shared, "small")
	ask(alone, "small")
	var big, scan, small, beside time.Duration
	for b.Loop() {
		big += ask(shared, "big")
		t0 := time.Now()
		scanref.Scan(flat, qv, 24)
		scan += time.Since(t0)
		small += ask(alone, "small")
		beside += ask(shared, "small")
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
	b.ReportMetric(ms(big), "ask-100k-ms")
	b.ReportMetric(ms(scan), "scan-limit-100k-ms")
	b.ReportMetric(float64(big)/float64(scan), "ask/scan-limit")
	b.ReportMetric(ms(small), "ask-10k-alone-ms")
	b.ReportMetric(ms(beside), "ask-10k-beside-100k-ms")
	b.ReportMetric(float64(beside)/float64(small), "beside/alone")
}

// countVectors is how many chunks a scope holds.
func countVectors(b *testing.B, st *store.Store, scope store.Scope) int {
	n := 0
	for _, a := range scopeArticles(b, st, scope) {
		n += len(a.Chunks)
	}
	return n
}

func scopeArticles(b *testing.B, st *store.Store, scope store.Scope) []*store.Article {
	ctx := context.Background()
	infos, _, err := st.List(ctx, scope, 0, math.MaxInt32)
	if err != nil {
		b.Fatal(err)
	}
	out := make([]*store.Article, 0, len(infos))
	for _, in := range infos {
		a, err := st.Article(ctx, scope, in.ID)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// scopeVectors copies a scope's chunk vectors, normalized, into one
// contiguous slice: the reference scan's layout.
func scopeVectors(b *testing.B, st *store.Store, scope store.Scope) []float32 {
	var flat []float32
	for _, a := range scopeArticles(b, st, scope) {
		for _, c := range a.Chunks {
			var sum float64
			for _, x := range c.Vector {
				sum += float64(x) * float64(x)
			}
			inv := float32(1 / math.Sqrt(max(sum, 1e-30)))
			for _, x := range c.Vector {
				flat = append(flat, x*inv)
			}
		}
	}
	return flat
}

// BenchmarkFirstAsk100k measures what the first user after a restart waits
// for: opening the record and the engine, then the first question over a
// server of 100k chunks, which loads the server's vectors and reads its
// full-text index cold. Each iteration measures, alternately:
//   - new-process: the same in a new process (the test binary run again
//     for TestFirstAskInNewProcess), as after a real restart: its heap
//     starts small (the garbage collector runs several times while the
//     vectors load) and its memory untouched, and every table loaded once
//     per process (WordNet's) loads on this question. Package
//     initialisation and process start are not counted: they precede
//     "ready";
//   - first: in this process, whose heap the previous iterations grew;
//   - again: the same question asked again (everything loaded);
//   - the store's part alone on a freshly opened store: open, then the
//     first vector search, which loads the vectors.
func BenchmarkFirstAsk100k(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 100k-chunk library")
	}
	ctx := context.Background()
	dir := b.TempDir()
	st, e := openFirstAsk(b, dir)
	populate(b, e, "big", 100_000)
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	var h embed.Hash
	qv, err := h.Embed(ctx, []string{firstQuestion.Text})
	if err != nil {
		b.Fatal(err)
	}
	var fresh, first, again, vectors time.Duration
	for b.Loop() {
		// This process's garbage from the last iteration is collected
		// first, so that its collector does not share the cores with the
		// new process.
		runtime.GC()
		cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestFirstAskInNewProcess$", "-test.count=1", "-test.v=false")
		cmd.Env = append(os.Environ(), firstAskDirEnv+"="+dir)
		out, err := cmd.Output()
		if err != nil {
			b.Fatalf("%v: %s", err, out)
		}
		took, err := parseFirstAsk(out)
		if err != nil {
			b.Fatal(err)
		}
		fresh += took

		t0 := time.Now()
		st, e := openFirstAsk(b, dir)
		if _, err := e.Ask(ctx, firstQuestion); err != nil {
			b.Fatal(err)
		}
		first += time.Since(t0)
		t0 = time.Now()
		if _, err := e.Ask(ctx, firstQuestion); err != nil {
			b.Fatal(err)
		}
		again += time.Since(t0)
		st.Close()

		t0 = time.Now()
		st, err = store.Open(ctx, dir, firstAskOptions)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := st.SearchChunks(ctx, "big", nil, qv[0], 24); err != nil {
			b.Fatal(err)
		}
		vectors += time.Since(t0)
		st.Close()
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
	b.ReportMetric(ms(fresh), "new-process-first-ask-ms")
	b.ReportMetric(ms(first), "first-ask-ms")
	b.ReportMetric(ms(again), "second-ask-ms")
	b.ReportMetric(ms(vectors), "open-and-first-vector-search-ms")
}

// firstAskDirEnv names the library TestFirstAskInNewProcess opens.
const firstAskDirEnv = "ARTICLEBOT_TEST_FIRST_ASK_DIR"

var (
	firstQuestion    = Question{Scope: "big", Text: "Why did the term40 strike over term300 and term2000?"}
	firstAskOptions  = store.Options{Embedder: store.EmbedderInfo{Name: embed.Hash{}.Name(), Dim: embed.Hash{}.Dim()}}
	firstAskReported = "first-ask-ns"
)

// TestFirstAskInNewProcess is BenchmarkFirstAsk100k's new process: it
// opens the library, asks the first question and prints how long that took.
func TestFirstAskInNewProcess(t *testing.T) {
	dir := os.Getenv(firstAskDirEnv)
	if dir == "" {
		t.Skip("run by BenchmarkFirstAsk100k in a new process")
	}
	t0 := time.Now()
	st, e := openFirstAsk(t, dir)
	defer st.Close()
	if _, err := e.Ask(context.Background(), firstQuestion); err != nil {
		t.Fatal(err)
	}
	fmt.Println(firstAskReported, time.Since(t0).Nanoseconds())
}

func parseFirstAsk(out []byte) (time.Duration, error) {
	for line := range strings.Lines(string(out)) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), firstAskReported+" "); ok {
			n, err := strconv.ParseInt(v, 10, 64)
			return time.Duration(n), err
		}
	}
	return 0, fmt.Errorf("no %s in the new process's output: %s", firstAskReported, out)
}

func openFirstAsk(tb testing.TB, dir string) (*store.Store, *Engine) {
	tb.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, dir, firstAskOptions)
	if err != nil {
		tb.Fatal(err)
	}
	e, err := New(ctx, Options{Store: st, Embedder: embed.Hash{}, Fetcher: fetch.New(fetch.Options{})})
	if err != nil {
		st.Close()
		tb.Fatal(err)
	}
	return st, e
}
