package rag

import (
	"context"
	"math"
	"math/rand/v2"
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
// full-text index cold. Next to it, in the same iteration: the same
// question asked again (everything loaded), and the store's part of the
// first question alone on a freshly opened store (open, then the first
// vector search, which loads the vectors).
func BenchmarkFirstAsk100k(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 100k-chunk library")
	}
	ctx := context.Background()
	dir := b.TempDir()
	var h embed.Hash
	so := store.Options{Embedder: store.EmbedderInfo{Name: h.Name(), Dim: h.Dim()}}
	open := func() (*store.Store, *Engine) {
		st, err := store.Open(ctx, dir, so)
		if err != nil {
			b.Fatal(err)
		}
		e, err := New(ctx, Options{Store: st, Embedder: h, Fetcher: fetch.New(fetch.Options{})})
		if err != nil {
			b.Fatal(err)
		}
		return st, e
	}
	st, e := open()
	populate(b, e, "big", 100_000)
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	q := Question{Scope: "big", Text: "Why did the term40 strike over term300 and term2000?"}
	qv, err := h.Embed(ctx, []string{q.Text})
	if err != nil {
		b.Fatal(err)
	}
	var first, again, vectors time.Duration
	for b.Loop() {
		t0 := time.Now()
		st, e := open()
		if _, err := e.Ask(ctx, q); err != nil {
			b.Fatal(err)
		}
		first += time.Since(t0)
		t0 = time.Now()
		if _, err := e.Ask(ctx, q); err != nil {
			b.Fatal(err)
		}
		again += time.Since(t0)
		st.Close()

		t0 = time.Now()
		st, err := store.Open(ctx, dir, so)
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
	b.ReportMetric(ms(first), "first-ask-ms")
	b.ReportMetric(ms(again), "second-ask-ms")
	b.ReportMetric(ms(vectors), "open-and-first-vector-search-ms")
}
