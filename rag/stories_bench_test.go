package rag

import (
	"context"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/articlebot/articlebot/rag/extract"
	"github.com/articlebot/articlebot/store"
)

// BenchmarkStories1000 groups a scope of 1,000 articles (400 words each;
// one in ten a syndicated copy of an earlier one; each naming three
// people), timing alternately in every iteration, so a loaded machine
// slows all alike. Two scopes: "spread", ten articles a day over a hundred
// days naming three of 300 people; and "one-day", all published within a
// day naming three of 30 people, each name then in about a hundred
// articles (the most the same-event pass compares, see commonEntityShare):
// its worst case.
//   - stories: Engine.Stories over the scope (list, read the stored
//     signatures, group);
//   - group: the grouping alone, on articles and signatures in memory;
//   - read-signatures: the physical reference, only reading those 1,000
//     signatures from the store in one query;
//   - hash-text: another reference, one FNV-1a pass over the 1,000 texts
//     already in memory;
//   - sign: computing the 1,000 signatures from those texts, the one-time
//     cost that ingest pays.
func BenchmarkStories1000(b *testing.B) {
	for _, tc := range []struct {
		name    string
		spacing time.Duration
		people  int
	}{{"spread", 144 * time.Minute, 300}, {"one-day", 86 * time.Second, 30}} {
		b.Run(tc.name, func(b *testing.B) { benchStories(b, tc.spacing, tc.people) })
	}
}

func benchStories(b *testing.B, spacing time.Duration, people int) {
	ctx := context.Background()
	e := newTestEngine(b, b.TempDir())
	const scope = store.Scope("bench:stories")
	arts := populateStories(b, e, scope, 1000, spacing, people)
	stories, err := e.Stories(ctx, scope, StoryFilter{}) // stores the signatures
	if err != nil {
		b.Fatal(err)
	}
	infos, _, err := e.opts.Store.List(ctx, scope, 0, len(arts))
	if err != nil {
		b.Fatal(err)
	}
	sigs, err := e.signatures(ctx, scope, infos)
	if err != nil {
		b.Fatal(err)
	}
	var stories0, group time.Duration
	var read, hash, sign time.Duration
	for b.Loop() {
		t0 := time.Now()
		groupArticles(infos, sigs)
		group += time.Since(t0)
		t0 = time.Now()
		if _, err := e.Stories(ctx, scope, StoryFilter{}); err != nil {
			b.Fatal(err)
		}
		stories0 += time.Since(t0)
		t0 = time.Now()
		if _, err := e.opts.Store.SummariesOfKind(ctx, scope, signatureKind); err != nil {
			b.Fatal(err)
		}
		read += time.Since(t0)
		t0 = time.Now()
		h := fnv.New64a()
		for _, a := range arts {
			h.Write([]byte(a.Text))
		}
		_ = h.Sum64()
		hash += time.Since(t0)
		t0 = time.Now()
		for _, a := range arts {
			_ = signatureOf(a)
		}
		sign += time.Since(t0)
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
	b.ReportMetric(ms(stories0), "stories-ms")
	b.ReportMetric(ms(group), "group-ms")
	b.ReportMetric(ms(read), "read-signatures-ms")
	b.ReportMetric(float64(stories0)/float64(read), "stories/read")
	b.ReportMetric(ms(hash), "hash-text-ms")
	b.ReportMetric(ms(sign), "sign-ms")
	b.ReportMetric(float64(len(stories)), "stories")
}

// populateStories fills a scope with n synthetic news articles in stories
// (see BenchmarkStories1000), bypassing fetch and extraction.
func populateStories(b *testing.B, e *Engine, scope store.Scope, n int, spacing time.Duration, pool int) []*store.Article {
	b.Helper()
	r := rand.New(rand.NewPCG(11, 11))
	people := make([]string, pool)
	for i := range people {
		people[i] = fmt.Sprintf("Alex Name%c%c", 'A'+rune(i/26), 'a'+rune(i%26))
	}
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var out []*store.Article
	for i := range n {
		text := syntheticText(r, 400)
		if i%10 == 9 { // a syndicated copy: an earlier text, its first paragraph dropped
			prev := out[r.IntN(len(out))].Text
			if k := strings.Index(prev, "\n\n"); k > 0 {
				text = prev[k+2:]
			}
		} else {
			var who []string
			for range 3 {
				who = append(who, people[r.IntN(len(people))])
			}
			text = strings.Join(who, " met ") + " on Monday.\n\n" + text
		}
		doc := &extract.Document{Title: fmt.Sprint("Story article ", i), Site: "bench", Text: text, Published: start.Add(time.Duration(i) * spacing)}
		a, _, err := e.build(context.Background(), scope, fmt.Sprintf("https://bench.test/story/%d", i), "", "bench", doc)
		if err != nil {
			b.Fatal(err)
		}
		if err := e.opts.Store.PutArticle(context.Background(), a); err != nil {
			b.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}
