package rag

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/internal/lexical"
	"github.com/articlebot/articlebot/rag/extract"
	"github.com/articlebot/articlebot/store"
)

// BenchmarkIngest measures one typical article end to end (read, extract,
// segment, find quotations, embed with the built-in embedder, commit, and
// the cached summary). Each iteration uses a new scope so nothing is reused.
func BenchmarkIngest(b *testing.B) {
	for _, page := range []string{seedPage, "../testdata/qa/harbor.txt"} {
		b.Run(strings.TrimSuffix(page[strings.LastIndex(page, "/")+1:], ".html"), func(b *testing.B) {
			ingestEach(b, newTestEngine(b, b.TempDir()), page)
		})
	}
}

// BenchmarkIngest1000Words is the target case: a 1,000-word article.
func BenchmarkIngest1000Words(b *testing.B) {
	dir := b.TempDir()
	page := writeArticle(b, dir, "A thousand words", syntheticText(rand.New(rand.NewPCG(1, 2)), 1000))
	ingestEach(b, newTestEngine(b, dir+"/db"), page)
}

// BenchmarkIngestNews1000Words is BenchmarkIngest1000Words for news as it
// reads: the seed article's paragraphs, over and over to 1,000 words,
// with the quotations, names and reported speech the synthetic text lacks
// (whose analysis is most of the difference).
func BenchmarkIngestNews1000Words(b *testing.B) {
	dir := b.TempDir()
	page := writeArticle(b, dir, "A thousand words of news", newsThousandWords(b))
	ingestEach(b, newTestEngine(b, dir+"/db"), page)
}

// writeArticle writes a plain-text article, its title first, into dir
// and returns its path.
func writeArticle(tb testing.TB, dir, title, text string) string {
	tb.Helper()
	page := dir + "/article.txt"
	if err := os.WriteFile(page, []byte(title+"\n\n"+text), 0o600); err != nil {
		tb.Fatal(err)
	}
	return page
}

// ingestEach ingests page once an iteration, each time into a scope of its
// own, so that every ingest is a first one.
func ingestEach(b *testing.B, e *Engine, page string) {
	i := 0
	for b.Loop() {
		i++
		if _, err := e.Ingest(context.Background(), IngestRequest{Scope: store.Scope(fmt.Sprint("bench:", i)), Source: LocalFile(page)}); err != nil {
			b.Fatal(err)
		}
	}
}

// newsThousandWords is the seed article's body, its paragraphs repeated
// in order until they hold 1,000 words.
func newsThousandWords(b *testing.B) string {
	raw, err := os.ReadFile("../testdata/sheinbaum.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	start, end := strings.Index(text, "Mexican President"), strings.Index(text, "NEWSLETTER")
	if start < 0 || end < start {
		b.Fatal("the seed text has moved: no body between its first sentence and its newsletter box")
	}
	paras := strings.Split(strings.TrimSpace(text[start:end]), "\n\n")
	var out []string
	for words := 0; words < 1000; {
		p := paras[len(out)%len(paras)]
		out = append(out, p)
		words += len(strings.Fields(p))
	}
	return strings.Join(out, "\n\n")
}

// thousandWords is the 1,000-word article the build and summary
// benchmarks read.
func thousandWords() *extract.Document {
	return &extract.Document{Title: "A thousand words", Site: "bench", Text: syntheticText(rand.New(rand.NewPCG(1, 2)), 1000)}
}

// BenchmarkBuild1000Words is the CPU-bound part of BenchmarkIngest1000Words:
// segmenting, embedding, finding quotations and fingerprinting the
// article, without reading it or committing it (whose disk waits make
// that benchmark's timings vary by a fifth from run to run here).
func BenchmarkBuild1000Words(b *testing.B) {
	e := newTestEngine(b, b.TempDir())
	doc := thousandWords()
	for b.Loop() {
		if _, _, err := e.build(context.Background(), store.LocalScope, "https://bench.test/1000", "", "bench", doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSummarize1000Words is the summary ingest caches with each
// article, for the same 1,000 words as BenchmarkBuild1000Words.
func BenchmarkSummarize1000Words(b *testing.B) {
	e := newTestEngine(b, b.TempDir())
	doc := thousandWords()
	a, _, err := e.build(context.Background(), store.LocalScope, "https://bench.test/1000", "", "bench", doc)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		summarize(a)
	}
}

var benchWords = strings.Fields(`government minister president said officials reported talks trade tariffs
military border security police court judge election vote council budget tax economy inflation bank
rates market shares company workers union strike health hospital vaccine outbreak climate storm flood
energy oil gas prices school teachers students city residents protest law bill parliament senate
agreement deal sanctions cartel drugs investigation report data percent million billion week month`)

// benchVocab is the synthetic corpus's vocabulary: the common words above,
// then invented rarer ones. Words are drawn with a Zipf distribution, as in
// real text, so a question's content words are not all in every sentence.
var benchVocab = func() []string {
	v := append([]string(nil), benchWords...)
	for i := range 20000 {
		v = append(v, fmt.Sprintf("term%d", i))
	}
	return v
}()

// syntheticText is news-like prose of about n words, in paragraphs of four
// sentences, with a quotation now and then.
func syntheticText(r *rand.Rand, n int) string {
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(benchVocab)-1))
	var b strings.Builder
	words := 0
	for s := 0; words < n; s++ {
		if s > 0 && s%4 == 0 {
			b.WriteString("\n\n")
		} else if s > 0 {
			b.WriteString(" ")
		}
		l := 12 + r.IntN(14)
		var sent []string
		for range l {
			sent = append(sent, benchVocab[zipf.Uint64()])
		}
		sent[0] = strings.ToUpper(sent[0][:1]) + sent[0][1:]
		if s%5 == 2 {
			fmt.Fprintf(&b, "\"%s,\" Minister Ana Ruiz said.", strings.Join(sent, " "))
		} else {
			b.WriteString(strings.Join(sent, " ") + ".")
		}
		words += l
	}
	return b.String()
}

// populate fills one scope with synthetic articles until it holds at least
// chunks chunks, bypassing fetch and extraction.
func populate(b *testing.B, e *Engine, scope store.Scope, chunks int) (firstID string) {
	b.Helper()
	r := rand.New(rand.NewPCG(7, 7))
	total := 0
	for i := 0; total < chunks; i++ {
		doc := &extract.Document{Title: fmt.Sprint("Synthetic article ", i), Site: "bench", Text: syntheticText(r, 900)}
		a, _, err := e.build(context.Background(), scope, fmt.Sprintf("https://bench.test/%d", i), "", "bench", doc)
		if err != nil {
			b.Fatal(err)
		}
		if err := e.opts.Store.PutArticle(context.Background(), a); err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			firstID = a.ID
		}
		total += len(a.Chunks)
	}
	return firstID
}

// BenchmarkAsk measures a question over a whole scope of 1k, 10k and 100k
// chunks, and within one article of the largest scope.
func BenchmarkAsk(b *testing.B) {
	e := newTestEngine(b, b.TempDir())
	// The WordNet table loads once per process, on the first question;
	// that is start-up, not a question's cost.
	lexical.Related("")
	// A speaker question (every synthetic article quotes Ruiz, the worst
	// case) and a plain one.
	questions := map[string]string{"speaker": "What did Ruiz say about tariffs and the budget deal?", "plain": "Why did the term40 strike over term300 and term2000?"}
	for _, n := range []int{1_000, 10_000, 100_000} {
		if testing.Short() && n > 10_000 {
			continue
		}
		scope := store.Scope(fmt.Sprint("bench:", n))
		first := populate(b, e, scope, n)
		for _, kind := range []string{"plain", "speaker"} {
			q := questions[kind]
			b.Run(fmt.Sprintf("%s/scope-%dk-chunks", kind, n/1000), func(b *testing.B) {
				for b.Loop() {
					if _, err := e.Ask(context.Background(), Question{Scope: scope, Text: q}); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(fmt.Sprintf("%s/one-article-of-%dk", kind, n/1000), func(b *testing.B) {
				for b.Loop() {
					if _, err := e.Ask(context.Background(), Question{Scope: scope, Text: q, ArticleIDs: []string{first}}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkRequote measures finding who said what again in a stored
// library, per article (the pass an engine makes when a library's rules
// are older), beside its physical reference: the analysis alone of the
// same articles, in memory. The rules found the same quotations, so
// nothing is written: the difference is reading the articles back.
func BenchmarkRequote(b *testing.B) {
	e := newTestEngine(b, b.TempDir())
	pages := []string{seedPage, "../testdata/stories/reuters.html", "../testdata/stories/tariffs.html", "../testdata/stories/water.html",
		"../testdata/stories/globalsecurity.html", "../testdata/qa/harbor.txt", "../testdata/qa/senate.txt", "../testdata/qa/vaccine.txt"}
	var arts []*store.Article
	for _, p := range pages {
		arts = append(arts, ingest(b, e, store.LocalScope, p))
	}
	analyze := func(a *store.Article) []store.Quotation {
		qs, err := analyzeQuotes(a.Text, a.Sentences)
		if err != nil {
			b.Fatal(err)
		}
		return qs
	}
	b.Run("analysis-alone", func(b *testing.B) {
		for b.Loop() {
			for _, a := range arts {
				analyze(a)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts))/1e6, "ms/article")
	})
	b.Run("requote", func(b *testing.B) {
		i := 0
		for b.Loop() {
			i++
			if _, err := e.opts.Store.Requote(context.Background(), fmt.Sprint("bench/", i), analyze, nil); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts))/1e6, "ms/article")
	})
}

// BenchmarkSummarizeManySentences is the summary of a page of thousands of
// short, alike sentences, whose TextRank graph is dense: the same past
// maxRankedSentences whatever the page's length (a page of 4,096 took
// 6 s, and one of 32,768 an 8.6 GB matrix, before the bound).
func BenchmarkSummarizeManySentences(b *testing.B) {
	e := newTestEngine(b, b.TempDir())
	for _, n := range []int{maxRankedSentences, 8 * maxRankedSentences} {
		doc := &extract.Document{Title: "Alike", Site: "bench", Text: strings.Repeat("Smith said the plan would fail. ", n)}
		a, _, err := e.build(context.Background(), store.LocalScope, fmt.Sprintf("https://bench.test/alike/%d", n), "", "bench", doc)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				summarize(a)
			}
		})
	}
}

// longQuestion is a question as long as one may be, of the seed
// article's words in their order.
func longQuestion(b *testing.B) string {
	raw, err := os.ReadFile("../testdata/sheinbaum.txt")
	if err != nil {
		b.Fatal(err)
	}
	q := ""
	for _, w := range strings.Fields(string(raw)) {
		if len(q)+len(w)+2 > MaxQuestionChars {
			break
		}
		q += w + " "
	}
	return q + "?"
}

// BenchmarkAskAlike is a question about one article of thousands of
// alike sentences, each reporting what Smith said: a page built to cost
// every answer about it the most; the longest question a user may ask
// costs the most too. Its physical reference, measured in the
// same run, is loading that article for ranking, which every question
// about it does first.
func BenchmarkAskAlike(b *testing.B) {
	e := newTestEngine(b, b.TempDir())
	lexical.Related("") // loaded once per process: start-up, not a question's cost
	for _, n := range []int{maxPicked, 8 * maxPicked} {
		a := alikeArticle(b, e, n)
		b.Run(fmt.Sprintf("load/%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := e.opts.Store.ArticlesForRanking(context.Background(), store.LocalScope, []string{a.ID}); err != nil {
					b.Fatal(err)
				}
			}
		})
		for _, q := range []struct{ kind, text string }{{"speaker", "What did Smith say about the plan?"}, {"plain", "What happened to the budget?"}, {"longest", longQuestion(b)}} {
			b.Run(fmt.Sprintf("%s/%d", q.kind, n), func(b *testing.B) {
				for b.Loop() {
					if _, err := e.Ask(context.Background(), Question{Scope: store.LocalScope, Text: q.text, ArticleIDs: []string{a.ID}}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
