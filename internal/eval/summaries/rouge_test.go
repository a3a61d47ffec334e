package main

import (
	"math"
	"testing"
)

func TestScore(t *testing.T) {
	for _, tc := range []struct {
		name, cand, ref string
		want            Rouge
	}{
		{"identical", "The cat sat.", "the cat sat", Rouge{1, 1, 1, 1}},
		{"nothing shared", "dogs bark", "the cat sat", Rouge{}},
		{"empty", "", "the cat sat", Rouge{}},
		// 3 of 4 words, 1 of 3 bigrams ("the cat"), LCS "the cat sat" = 3.
		{"partial", "the cat quietly sat", "the cat sat", Rouge{R1: f(3, 4, 3), R2: f(1, 3, 2), RL: f(3, 4, 3), R1Recall: 1}},
		// Clipped counts: "the" twice in the candidate, once in the reference.
		{"clipped", "the the", "the cat", Rouge{R1: f(1, 2, 2), RL: f(1, 2, 2), R1Recall: 0.5}},
		// Order matters to ROUGE-L and ROUGE-2, not to ROUGE-1.
		{"reversed", "sat cat the", "the cat sat", Rouge{R1: 1, R2: 0, RL: f(1, 3, 3), R1Recall: 1}},
		{"letters and digits only, any case", "Gaza's 1,200", "gaza s 1 200", Rouge{1, 1, 1, 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := score(tc.cand, tc.ref)
			if !near(got.R1, tc.want.R1) || !near(got.R2, tc.want.R2) || !near(got.RL, tc.want.RL) || !near(got.R1Recall, tc.want.R1Recall) {
				t.Errorf("score(%q, %q) = %+v, want %+v", tc.cand, tc.ref, got, tc.want)
			}
		})
	}
}

// f is F1 from hits and the two lengths.
func f(hits, cand, ref float64) float64 {
	p, r := hits/cand, hits/ref
	return 2 * p * r / (p + r)
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
