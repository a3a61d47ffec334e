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
	return NewBM25(sentences).Rank(question)
}

// BM25Index is plain BM25 over a fixed set of sentences, indexed once so
// that a library of thousands of sentences can be asked many questions.
type BM25Index struct {
	postings map[string][]posting // term -> the sentences holding it
	lengths  []int                // terms per sentence
	avg      float64
}

type posting struct {
	sentence, tf int
}

// NewBM25 indexes sentences, IDF taken over them.
func NewBM25(sentences []string) *BM25Index {
	ix := &BM25Index{postings: map[string][]posting{}, lengths: make([]int, len(sentences))}
	var total int
	for i, s := range sentences {
		ts := lexical.Terms(s)
		ix.lengths[i] = len(ts)
		total += len(ts)
		slices.Sort(ts)
		for j := 0; j < len(ts); {
			k := j
			for k < len(ts) && ts[k] == ts[j] {
				k++
			}
			ix.postings[ts[j]] = append(ix.postings[ts[j]], posting{i, k - j})
			j = k
		}
	}
	ix.avg = max(float64(total)/max(float64(len(sentences)), 1), 1)
	return ix
}

// Rank returns every sentence's index, best first, ties in text order.
func (ix *BM25Index) Rank(question string) []int {
	n := float64(len(ix.lengths))
	q := lexical.Terms(question)
	slices.Sort(q)
	q = slices.Compact(q)
	score := make([]float64, len(ix.lengths))
	for _, t := range q {
		ps := ix.postings[t]
		d := float64(len(ps))
		idf := math.Log(1 + (n-d+0.5)/(d+0.5))
		for _, p := range ps {
			f := float64(p.tf)
			score[p.sentence] += idf * f * (bm25K1 + 1) / (f + bm25K1*(1-bm25B+bm25B*float64(ix.lengths[p.sentence])/ix.avg))
		}
	}
	order := make([]int, len(ix.lengths))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })
	return order
}
