package rag

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// textRankReference is TextRank as written plainly: IDF-weighted overlap
// from maps, and one walk reading the graph by column.
func textRankReference(terms [][]string, damping float64) []float64 {
	n := len(terms)
	df := map[string]int{}
	for _, ts := range terms {
		for _, t := range ts {
			df[t]++
		}
	}
	w := make([][]float64, n)
	out := make([]float64, n)
	for i := range w {
		w[i] = make([]float64, n)
	}
	for i := range n {
		for j := range n {
			if i == j || len(terms[i]) == 0 || len(terms[j]) == 0 {
				continue
			}
			var shared float64
			for _, t := range terms[i] {
				for _, u := range terms[j] {
					if t == u {
						shared += math.Log(1 + float64(n)/float64(df[t]))
					}
				}
			}
			w[i][j] = shared / (math.Log(float64(len(terms[i])+1)) + math.Log(float64(len(terms[j])+1)))
			out[i] += w[i][j]
		}
	}
	lead := make([]float64, n)
	var leadSum float64
	for i := range lead {
		lead[i] = 1 / math.Pow(float64(i+1), leadWeight/2)
		leadSum += lead[i]
	}
	rank := make([]float64, n)
	for i := range rank {
		lead[i] /= leadSum
		rank[i] = 1 / float64(n)
	}
	for range rankIterations {
		next := make([]float64, n)
		for j := range n {
			var s float64
			for i := range n {
				if w[i][j] > 0 {
					s += rank[i] * w[i][j] / out[i]
				}
			}
			next[j] = (1-damping)*lead[j] + damping*s
		}
		rank = next
	}
	for i := range rank {
		rank[i] *= 1 + lead[i]
	}
	return rank
}

// TestTextRankWalks: the two walks textRank runs side by side, reading the
// graph by row, are each the plain walk with its damping.
func TestTextRankWalks(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 300 {
		n := 1 + rng.IntN(60)
		terms := make([][]string, n)
		for i := range terms {
			for range rng.IntN(10) {
				terms[i] = append(terms[i], fmt.Sprint("t", rng.IntN(30)))
			}
			terms[i] = uniq(terms[i])
		}
		tldr, quote := textRank(terms)
		for _, walk := range []struct {
			name    string
			got     []float64
			damping float64
		}{{"TL;DR", tldr, tldrDamping}, {"key quotes", quote, quoteDamping}} {
			want := textRankReference(terms, walk.damping)
			for i := range want {
				if math.Abs(walk.got[i]-want[i]) > 1e-12*want[i] {
					t.Fatalf("trial %d, %s walk: sentence %d ranks %v, want %v", trial, walk.name, i, walk.got[i], want[i])
				}
			}
		}
	}
}
