package rag

import (
	"bufio"
	"context"
	"math"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/internal/lexical"
	"github.com/articlebot/articlebot/store"
)

// qaPair is a question and a substring of the sentence that answers it.
type qaPair struct{ question, answer string }

func loadQA(t *testing.T) []qaPair {
	t.Helper()
	f, err := os.Open("../testdata/qa/questions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var qs []qaPair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		q, a, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		qs = append(qs, qaPair{q, a})
	}
	return qs
}

// bm25Rank is the baseline: plain BM25 (k1=1.2, b=0.75) over every sentence
// of the scope, with the same terms the engine uses.
func bm25Rank(arts []*store.Article, question string) []string {
	type doc struct {
		text  string
		terms []string
	}
	var docs []doc
	df := map[string]int{}
	var totalLen float64
	for _, a := range arts {
		for i := range a.Sentences {
			text := sentenceText(a, i)
			ts := lexical.Terms(text)
			docs = append(docs, doc{text, ts})
			totalLen += float64(len(ts))
			for _, t := range uniq(ts) {
				df[t]++
			}
		}
	}
	avg := totalLen / float64(len(docs))
	n := float64(len(docs))
	scores := make([]float64, len(docs))
	for i, d := range docs {
		tf := map[string]int{}
		for _, t := range d.terms {
			tf[t]++
		}
		for _, q := range uniq(lexical.Terms(question)) {
			f := float64(tf[q])
			if f == 0 {
				continue
			}
			idf := math.Log(1 + (n-float64(df[q])+0.5)/(float64(df[q])+0.5))
			scores[i] += idf * f * 2.2 / (f + 1.2*(0.25+0.75*float64(len(d.terms))/avg))
		}
	}
	idx := make([]int, len(docs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return scores[idx[a]] > scores[idx[b]] })
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = docs[j].text
	}
	return out
}

func reciprocalRank(ranked []string, answer string) float64 {
	for i, s := range ranked[:min(10, len(ranked))] {
		if strings.Contains(s, answer) {
			return 1 / float64(i+1)
		}
	}
	return 0
}

// TestQA measures answer quality over the fixtures: the engine's ranking of
// answer-bearing sentences against plain BM25, and how often its answer
// quotes the answer. Run with -v to see the figures.
func TestQA(t *testing.T) {
	e := newTestEngine(t, t.TempDir())
	arts := []*store.Article{
		ingest(t, e, store.LocalScope, seedPage),
		ingest(t, e, store.LocalScope, "../testdata/qa/harbor.txt"),
		ingest(t, e, store.LocalScope, "../testdata/qa/vaccine.txt"),
	}
	var oursRR, baseRR, oursP1, baseP1, answered float64
	pairs := loadQA(t)
	for _, p := range pairs {
		pq := parseQuestion(p.question, nil)
		cands, err := e.rank(context.Background(), store.LocalScope, nil, &pq)
		if err != nil {
			t.Fatal(err)
		}
		ans, err := e.Ask(context.Background(), Question{Scope: store.LocalScope, Text: p.question})
		if err != nil {
			t.Fatal(err)
		}
		// What the user sees first is the answer's quotes, then the ranking.
		var ranked []string
		for _, q := range ans.Quotes {
			a, _ := e.Article(context.Background(), store.LocalScope, q.ArticleID)
			ranked = append(ranked, sentenceText(a, sentenceAt(a, q.Start)))
		}
		for _, c := range cands {
			ranked = append(ranked, sentenceText(c.art, c.sentence))
		}
		ours, base := reciprocalRank(ranked, p.answer), reciprocalRank(bm25Rank(arts, p.question), p.answer)
		oursRR += ours
		baseRR += base
		if ours == 1 {
			oursP1++
		}
		if base == 1 {
			baseP1++
		}
		hit := false
		for _, q := range ans.Quotes {
			a, _ := e.Article(context.Background(), store.LocalScope, q.ArticleID)
			si := sentenceAt(a, q.Start)
			if strings.Contains(sentenceText(a, si), p.answer) || strings.Contains(q.Text, p.answer) {
				hit = true
			}
		}
		if hit {
			answered++
		} else {
			t.Logf("missed: %q (ours RR %.2f, BM25 RR %.2f)", p.question, ours, base)
		}
	}
	n := float64(len(pairs))
	t.Logf("QA over %d questions: engine P@1 %.2f MRR@10 %.2f | plain BM25 P@1 %.2f MRR@10 %.2f | answer quotes the answer %.2f",
		len(pairs), oursP1/n, oursRR/n, baseP1/n, baseRR/n, answered/n)
	if oursRR <= baseRR || oursP1 <= baseP1 {
		t.Errorf("engine (P@1 %.2f, MRR %.3f) does not beat plain BM25 (P@1 %.2f, MRR %.3f)", oursP1/n, oursRR/n, baseP1/n, baseRR/n)
	}
	if answered/n < 0.8 {
		t.Errorf("only %.0f%% of answers quote the answer", 100*answered/n)
	}
}
