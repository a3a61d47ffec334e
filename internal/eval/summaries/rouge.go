package main

import (
	"strings"
	"unicode"
)

// Rouge holds ROUGE F1 scores (Lin, 2004) of a summary against a
// reference, and ROUGE-1's recall: F1 rewards a shorter summary for the
// same words, recall tells whether it found more of them.
type Rouge struct {
	R1, R2, RL, R1Recall float64
}

func (r *Rouge) add(o Rouge) {
	r.R1 += o.R1
	r.R2 += o.R2
	r.RL += o.RL
	r.R1Recall += o.R1Recall
}

// words are the lower-cased runs of letters and digits, ROUGE-1.5.5's tokens
// without stemming: the engine's own stemmer would favour it.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// score is ROUGE-1, ROUGE-2 and ROUGE-L (the longest common subsequence of
// the whole texts) F1 of candidate against reference, and ROUGE-1 recall.
func score(candidate, reference string) Rouge {
	c, r := words(candidate), words(reference)
	hits := overlap(ngrams(c, 1), ngrams(r, 1))
	var recall float64
	if len(r) > 0 {
		recall = float64(hits) / float64(len(r))
	}
	return Rouge{
		R1:       f1(hits, len(c), len(r)),
		R1Recall: recall,
		R2:       f1(overlap(ngrams(c, 2), ngrams(r, 2)), max(len(c)-1, 0), max(len(r)-1, 0)),
		RL:       f1(lcs(c, r), len(c), len(r)),
	}
}

func ngrams(ws []string, n int) map[string]int {
	m := map[string]int{}
	for i := 0; i+n <= len(ws); i++ {
		m[strings.Join(ws[i:i+n], " ")]++
	}
	return m
}

// overlap counts the n-grams a and b share, each as often as the rarer has it.
func overlap(a, b map[string]int) int {
	n := 0
	for g, k := range a {
		n += min(k, b[g])
	}
	return n
}

func f1(hits, candidate, reference int) float64 {
	if hits == 0 || candidate == 0 || reference == 0 {
		return 0
	}
	p, r := float64(hits)/float64(candidate), float64(hits)/float64(reference)
	return 2 * p * r / (p + r)
}

func lcs(a, b []string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
