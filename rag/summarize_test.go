package rag

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/rag/extract"
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

// echoesStory's lede quotes phrases of what later paragraphs quote whole,
// and a pull quote repeats a paragraph, as news pages do.
const echoesStory = `Ruiz defends gifts from donor

Prime Minister Ana Ruiz said on Monday that "all members of parliament get gifts" and that "the important thing is that they are declared in accordance with the rules."

The donor, a businessman who gave the party two million pounds, was later given a pass to the prime minister's office.

"All members of parliament get gifts. The rules then say that over a certain value you have to declare them, so everybody can see what it was," Ruiz told reporters in Leeds.

"Look, there are gifts to all members of different sizes and shapes. The important thing is that they are declared in accordance with the rules," she said.

Opposition leader Tom Hale said the office had "lost its sense of what the public will tolerate from a government."

"We will publish every gift the cabinet has received since the election," Ruiz said.

"We will publish every gift the cabinet has received since the election"

The ethics adviser is expected to report on the gifts next month, officials said.`

// TestKeyQuotesWithoutEchoes: no key quote is the words of another, and
// the fuller quotation is the one kept.
func TestKeyQuotesWithoutEchoes(t *testing.T) {
	_, a := ingestText(t, echoesStory)
	var keys []string
	for _, k := range summarize(a).KeyQuotes {
		if k < 0 {
			continue
		}
		q := a.Quotations[k]
		keys = append(keys, extract.WordsKey(a.Text[q.Start:q.End]))
	}
	if len(keys) < 3 {
		t.Fatalf("key quotes %q: want the story's quotations", keys)
	}
	checkNoEchoes(t, keys)
	if !slices.ContainsFunc(keys, func(k string) bool { return strings.Contains(k, " the rules then say ") }) {
		t.Errorf("key quotes %q lack the whole of what the lede quotes a phrase of", keys)
	}
}

// TestSpeakerAnswerWithoutEchoes: "What did Ruiz say?" shows each of her
// statements once, whole.
func TestSpeakerAnswerWithoutEchoes(t *testing.T) {
	e, _ := ingestText(t, echoesStory)
	ans := ask(t, e, Question{Text: "What did Ruiz say about gifts?"})
	var keys []string
	for _, q := range ans.Quotes {
		keys = append(keys, extract.WordsKey(q.Text))
	}
	if len(keys) < 2 {
		t.Fatalf("answer %q: want Ruiz's quotes", keys)
	}
	checkNoEchoes(t, keys)
}

// checkNoEchoes fails when one of keys (extract.WordsKey) lies inside
// another.
func checkNoEchoes(t *testing.T, keys []string) {
	t.Helper()
	for i, k := range keys {
		for j, o := range keys {
			if i != j && strings.Contains(o, k) {
				t.Errorf("quote %q echoes %q", k, o)
			}
		}
	}
}

func TestWithoutEchoes(t *testing.T) {
	tests := []struct {
		name string
		keys []string // best first
		max  int
		want []int
	}{
		{"none echo", []string{" a b ", " c d ", " e f "}, 5, []int{0, 1, 2}},
		{"an echo of one chosen", []string{" a b c ", " b c ", " d e "}, 5, []int{0, 2}},
		{"the fuller one takes its place", []string{" b c ", " d e ", " a b c "}, 5, []int{2, 1}},
		{"holding two chosen", []string{" b ", " d e ", " c ", " b c "}, 5, []int{3, 1}},
		{"the same words twice", []string{" a b ", " a b ", " c "}, 5, []int{0, 2}},
		{"whole words", []string{" art ", " party "}, 5, []int{0, 1}},
		{"max", []string{" a ", " b ", " c "}, 2, []int{0, 1}},
		{"an echo leaves room", []string{" a b ", " a ", " c "}, 2, []int{0, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := withoutEchoes(len(tt.keys), tt.max, func(i int) string { return tt.keys[i] })
			if !slices.Equal(got, tt.want) {
				t.Errorf("withoutEchoes(%q) = %v, want %v", tt.keys, got, tt.want)
			}
		})
	}
}

// TestTLDRRetellsNothing: a dek and the lede under it that tells it again
// take one place in the TL;DR, not two.
func TestTLDRRetellsNothing(t *testing.T) {
	const (
		dek  = "Shortly before delaying its return to the office for lack of space, the harbour authority gave up twelve floors downtown."
		lede = "A few months before delaying its four-day return to the office for lack of space, the harbour authority gave up twelve floors of offices in two downtown towers."
	)
	story := dek + "\n\n" + lede + "\n\n" +
		"The floors were handed back to the city's property office under a plan to cut the space the authority rents by a third.\n\n" +
		"Staff were told in March that desks would be shared until new space is found near the port.\n\n" +
		"The union called the plan a mistake and asked for a meeting with the board before the summer."
	_, a := ingestText(t, story)
	var tldr []string
	for _, i := range summarize(a).TLDR {
		tldr = append(tldr, sentenceText(a, i))
	}
	if slices.Contains(tldr, dek) && slices.Contains(tldr, lede) {
		t.Errorf("TL;DR %q holds the dek and the lede that retells it", tldr)
	}
	if len(tldr) < 2 {
		t.Errorf("TL;DR %q: want the story's other sentences in the room the retelling left", tldr)
	}
}

func TestRetells(t *testing.T) {
	terms := [][]string{
		{"harbour", "authority", "gave", "twelve", "floors", "downtown"},
		{"months", "harbour", "authority", "gave", "twelve", "floors", "offices", "towers", "downtown"},
		{"union", "called", "plan", "mistake", "harbour"},
		{},
		{"available", "premium", "subscribers"},
		{"strava", "announced", "features", "free", "premium", "subscribers"},
	}
	tests := []struct {
		chosen []int
		i      int
		want   bool
	}{
		{[]int{0}, 1, true},  // all of the shorter's terms are the other's
		{[]int{1}, 0, true},  // either way round
		{[]int{0}, 2, false}, // one term of five in common
		{[]int{2, 0}, 1, true},
		{nil, 1, false},
		{[]int{3}, 1, false}, // a sentence of no terms retells nothing
		{[]int{5}, 4, false}, // two of three terms in common: too few to tell
	}
	for _, tt := range tests {
		if got := retells(terms, tt.chosen, tt.i); got != tt.want {
			t.Errorf("retells(chosen %v, %d) = %v, want %v", tt.chosen, tt.i, got, tt.want)
		}
	}
}
