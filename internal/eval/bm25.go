package eval

import (
	"math"
	"slices"
	"sort"

	"github.com/articlebot/articlebot/internal/lexical"
)

// BM25's usual parameters.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// BM25 ranks sentences for a question with plain Okapi BM25 over the
// engine's own terms, IDF taken over the sentences themselves: the
// baseline every figure is reported against. It returns sentence indexes,
// best first, ties in text order; it always returns every sentence.
func BM25(sentences []string, question string) []int {
	terms := make([][]string, len(sentences))
	df := map[string]int{}
	var total float64
	for i, s := range sentences {
		terms[i] = lexical.Terms(s)
		total += float64(len(terms[i]))
		seen := map[string]bool{}
		for _, t := range terms[i] {
			if !seen[t] {
				seen[t] = true
				df[t]++
			}
		}
	}
	n := float64(len(sentences))
	avg := max(total/max(n, 1), 1)
	q := lexical.Terms(question)
	slices.Sort(q)
	q = slices.Compact(q)
	score := make([]float64, len(sentences))
	for i, ts := range terms {
		tf := map[string]int{}
		for _, t := range ts {
			tf[t]++
		}
		for _, t := range q {
			f := float64(tf[t])
			if f == 0 {
				continue
			}
			d := float64(df[t])
			idf := math.Log(1 + (n-d+0.5)/(d+0.5))
			score[i] += idf * f * (bm25K1 + 1) / (f + bm25K1*(1-bm25B+bm25B*float64(len(ts))/avg))
		}
	}
	order := make([]int, len(sentences))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })
	return order
}
