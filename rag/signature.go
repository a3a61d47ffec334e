package rag

import (
	"encoding/binary"
	"errors"
	"hash/fnv"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/articlebot/articlebot/rag/quotes"
	"github.com/articlebot/articlebot/store"
)

// Story signatures: what grouping compares of an article, computed once
// and kept with it in the store's summaries (a replaced article drops it
// and gets a new one).
const (
	// signatureKind is the store's key for signatures; a change to how they
	// are computed takes a new kind, so old ones are recomputed, not misread.
	signatureKind = "story-signature-v1"
	// minHashes is the MinHash signature's length: the Jaccard estimate's
	// standard error is about 1/sqrt(64) = 0.06, plenty to tell a copy
	// (≥ 0.5) from another text (≈ 0).
	minHashes = 64
	// shingleWords is the word n-gram size: four words are rarely shared by
	// two independent texts, and a syndicated copy's small edits (a dropped
	// paragraph, a changed headline) leave most four-word runs intact.
	shingleWords = 4
	// minShingles: a text shorter than this (a teaser, a paywalled stub) is
	// too short to call a copy of anything.
	minShingles = 20
)

// signature is one article's fingerprint for grouping.
type signature struct {
	// shingles is how many word shingles the text has; the MinHash is
	// meaningless below minShingles.
	shingles int
	minHash  [minHashes]uint32
	// entities are hashes of the people and organisations the article names
	// (quotes.Entities), sorted and distinct.
	entities []uint64
}

// hashSeeds are the odd multipliers and the offsets of the MinHash family
// h_i(x) = (a_i·x + b_i) >> 32, fixed so that signatures stored by one
// process compare with another's.
var hashSeeds = func() (s [minHashes][2]uint64) {
	x := uint64(0x5eed5eed5eed5eed)
	for i := range s {
		s[i] = [2]uint64{splitmix(&x) | 1, splitmix(&x)}
	}
	return s
}()

// splitmix is SplitMix64's step: a good 64-bit mix from a counter.
func splitmix(x *uint64) uint64 {
	*x += 0x9e3779b97f4a7c15
	z := *x
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// signatureOf fingerprints an article: a MinHash of its word shingles
// (lower-cased letter and digit runs, so typography and markup differences
// between outlets do not count) and the people and organisations it names,
// read from its statements as the quotation analysis reads them.
func signatureOf(a *store.Article) signature {
	in, _, _ := statements(a.Text, a.Sentences)
	return signatureWith(a, quotes.Entities(a.Text, in))
}

// signatureWith is signatureOf for an article whose entities, as
// quotes.Entities gives them, are known.
func signatureWith(a *store.Article, entities []string) signature {
	var sig signature
	for i := range sig.minHash {
		sig.minHash[i] = ^uint32(0)
	}
	var window [shingleWords]uint64
	n := 0
	forEachWord(a.Text, func(w uint64) {
		copy(window[:], window[1:])
		window[shingleWords-1] = w
		if n++; n < shingleWords {
			return
		}
		x := window[0]
		for _, w := range window[1:] {
			x = x*0x100000001b3 ^ w
		}
		for i, s := range hashSeeds {
			if h := uint32((s[0]*x + s[1]) >> 32); h < sig.minHash[i] {
				sig.minHash[i] = h
			}
		}
	})
	sig.shingles = max(0, n-shingleWords+1)
	for _, k := range entities {
		h := fnv.New64a()
		h.Write([]byte(k))
		sig.entities = append(sig.entities, h.Sum64())
	}
	slices.Sort(sig.entities)
	sig.entities = slices.Compact(sig.entities)
	return sig
}

// forEachWord calls f with an FNV-1a hash of each lower-cased run of
// letters and digits in text.
func forEachWord(text string, f func(uint64)) {
	const offset, prime = 14695981039346656037, 1099511628211
	h, in := uint64(offset), false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			r = unicode.ToLower(r)
			for ; r > 0; r >>= 8 {
				h = (h ^ uint64(r&0xff)) * prime
			}
			in = true
			continue
		}
		if in {
			f(h)
			h, in = offset, false
		}
	}
	if in {
		f(h)
	}
}

// similarity estimates the Jaccard similarity of two articles' shingle
// sets; 0 when either is too short to tell.
func (s *signature) similarity(o *signature) float64 {
	if s.shingles < minShingles || o.shingles < minShingles {
		return 0
	}
	same := 0
	for i := range s.minHash {
		if s.minHash[i] == o.minHash[i] {
			same++
		}
	}
	return float64(same) / minHashes
}

// errBadSignature means stored signature bytes do not decode (written by
// another version, or damaged): the signature is recomputed.
var errBadSignature = errors.New("bad story signature")

// signatureVersion leads the encoding.
const signatureVersion = 1

// encode lays a signature out as: version, shingle count (uvarint), the
// MinHash (little-endian uint32s), entity count (uvarint), the entity
// hashes (little-endian uint64s). Decoding a scope's signatures is then a
// copy, not a parse.
func (s *signature) encode() []byte {
	b := make([]byte, 0, 1+2*binary.MaxVarintLen64+4*minHashes+8*len(s.entities))
	b = append(b, signatureVersion)
	b = binary.AppendUvarint(b, uint64(s.shingles))
	for _, h := range s.minHash {
		b = binary.LittleEndian.AppendUint32(b, h)
	}
	b = binary.AppendUvarint(b, uint64(len(s.entities)))
	for _, h := range s.entities {
		b = binary.LittleEndian.AppendUint64(b, h)
	}
	return b
}

func decodeSignature(b []byte) (signature, error) {
	var s signature
	if len(b) < 1 || b[0] != signatureVersion {
		return s, errBadSignature
	}
	b = b[1:]
	n, k := binary.Uvarint(b)
	if k <= 0 || n > 1<<40 {
		return s, errBadSignature
	}
	s.shingles = int(n)
	b = b[k:]
	if len(b) < 4*minHashes {
		return s, errBadSignature
	}
	for i := range s.minHash {
		s.minHash[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	b = b[4*minHashes:]
	n, k = binary.Uvarint(b)
	// n is compared by division: 8*n could wrap around to a small number.
	if k <= 0 || uint64(len(b)-k)%8 != 0 || uint64(len(b)-k)/8 != n {
		return s, errBadSignature
	}
	b = b[k:]
	s.entities = make([]uint64, n)
	for i := range s.entities {
		s.entities[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return s, nil
}
