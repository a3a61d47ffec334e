package embed

import (
	"context"
	"hash/fnv"
	"math"

	"github.com/articlebot/articlebot/internal/lexical"
)

// HashName identifies the built-in embedder's vectors; bump the version
// whenever its features change so stores re-embed instead of mixing spaces.
const HashName = "builtin-hash-v1"

// HashDim is the built-in embedder's dimension. 256 keeps a 100k-chunk
// scope near 100 MB of vectors and a brute-force query in tens of
// milliseconds on two cores, while collisions stay rare for the few hundred
// distinct terms of a chunk.
const HashDim = 256

// Feature weights: whole stems carry the meaning; adjacent-stem bigrams
// reward phrases ("military invasion"); short stem prefixes let related
// forms meet ("invasion"/"invade" → "inva").
const (
	unigramWeight = 1.0
	bigramWeight  = 0.5
	prefixWeight  = 0.3
	prefixLen     = 4
	minPrefixStem = 5
)

// Hash is the built-in embedder. Its zero value is ready to use.
type Hash struct{}

// Name returns [HashName].
func (Hash) Name() string { return HashName }

// Dim returns [HashDim].
func (Hash) Dim() int { return HashDim }

// Embed returns one L2-normalized vector per text. It never fails.
func (h Hash) Embed(_ context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		out[i] = h.Vector(t)
	}
	return out, nil
}

// Vector embeds one text.
func (Hash) Vector(text string) []float32 {
	counts := make(map[string]float64)
	// Features are keyed by a kind prefix: u: stem, b: bigram, p: prefix.
	terms := lexical.Terms(text)
	for i, t := range terms {
		counts["u:"+t]++
		if i > 0 {
			counts["b:"+terms[i-1]+" "+t]++
		}
		if len(t) >= minPrefixStem {
			counts["p:"+t[:prefixLen]]++
		}
	}
	v := make([]float32, HashDim)
	for f, c := range counts {
		hf := fnv.New64a()
		hf.Write([]byte(f))
		sum := hf.Sum64()
		// The sign bit makes collisions cancel in expectation instead of
		// adding up (the "hashing trick" of Weinberger et al.).
		sign := 1.0
		if sum>>63 == 1 {
			sign = -1
		}
		// Sublinear term frequency: a word repeated five times is not five
		// times as relevant.
		v[sum%HashDim] += float32(sign * (1 + math.Log(c)) * featureWeight(f))
	}
	normalize(v)
	return v
}

// featureWeight is the weight of a feature by its kind prefix.
func featureWeight(feature string) float64 {
	switch feature[0] {
	case 'b':
		return bigramWeight
	case 'p':
		return prefixWeight
	}
	return unigramWeight
}

func normalize(v []float32) {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(sum))
	for i := range v {
		v[i] *= inv
	}
}
