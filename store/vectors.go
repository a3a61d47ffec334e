package store

import (
	"errors"
	"fmt"
	"math"
)

// Vectors are stored as one signed byte per component (SQLite schema 9,
// PostgreSQL 5; 4-byte floats before): a BLOB in SQLite, a bytea in
// PostgreSQL, the same bytes in both. An article's chunk vectors are one
// value (article_vectors.data), chunk 0 first: one row per article reads
// 100k chunks' vectors in about a third of the time a row per chunk takes.
//
// Reading a scope's vectors is what its first question after a restart
// waits for, and that time goes with the bytes read (SQLite copies each
// page of a long value through its page cache). The index compares
// directions only (unit vectors), so a vector is kept as its direction:
// each component scaled so that the largest is ±127 and rounded, with no
// scale stored; decoding scales the bytes back to unit length. A quarter
// of the bytes; what rounding costs the answers is measured by the QA
// harness (docs/benchmarks.md).

// errDamagedVectors: a stored vector value is not a whole number of
// vectors of its recorded dimension.
var errDamagedVectors = errors.New("store: damaged vectors in the record")

// maxDim bounds a stored dimension, far above any embedder's, so that a
// vector's sum of squares (at most 127² a component) cannot overflow.
const maxDim = 1 << 24

// appendVector appends v's stored form to b. Non-finite components, which
// validate refuses, count as zero.
func appendVector(b []byte, v []float32) []byte {
	var top float64
	for _, x := range v {
		if a := math.Abs(float64(x)); a > top && !math.IsInf(a, 0) {
			top = a
		}
	}
	k := 0.0
	if top > 0 {
		k = 127 / top
	}
	for _, x := range v {
		f := float64(x) * k
		if math.IsNaN(f) || math.IsInf(f, 0) {
			f = 0
		}
		b = append(b, byte(int8(math.Round(f))))
	}
	return b
}

// encodeChunkVectors concatenates the chunks' vectors, which validate has
// checked are all of one dimension.
func encodeChunkVectors(chunks []Chunk) []byte {
	n := 0
	for _, c := range chunks {
		n += len(c.Vector)
	}
	b := make([]byte, 0, n)
	for _, c := range chunks {
		b = appendVector(b, c.Vector)
	}
	return b
}

// encodeVectors concatenates vectors of one dimension.
func encodeVectors(vs [][]float32) []byte {
	var b []byte
	for _, v := range vs {
		b = appendVector(b, v)
	}
	return b
}

// decodeVectors splits data into unit vectors of dimension dim, all in
// one backing array; a length that is not a whole number of vectors (or a
// dimension below 1 or past maxDim) is errDamagedVectors.
func decodeVectors(data []byte, dim int) ([][]float32, error) {
	if err := checkEncoded(data, dim); err != nil {
		return nil, err
	}
	n := len(data) / dim
	all := make([]float32, n*dim)
	vs := make([][]float32, n)
	for i := range vs {
		vs[i] = all[i*dim : (i+1)*dim : (i+1)*dim]
		decodeVectorInto(vs[i], data[i*dim:(i+1)*dim])
	}
	return vs, nil
}

// checkEncoded reports errDamagedVectors unless data is a whole number of
// vectors of dimension dim, and dim is between 1 and maxDim.
func checkEncoded(data []byte, dim int) error {
	if dim <= 0 || dim > maxDim || len(data)%dim != 0 {
		return fmt.Errorf("%w: %d bytes of dimension %d", errDamagedVectors, len(data), dim)
	}
	return nil
}

// decodeVectorInto decodes one stored vector b into v, which has its
// length: the bytes scaled to unit length, reporting whether they are not
// all zero (which stays zero). The length is computed exactly and each
// component rounded once, so the result is within float32 rounding of
// unit length, well inside normalize's and chromem-go's tolerances: the
// index takes it as it is.
func decodeVectorInto(v []float32, b []byte) bool {
	var sum int64
	for _, c := range b {
		q := int64(int8(c))
		sum += q * q
	}
	if sum == 0 {
		clear(v)
		return false
	}
	inv := 1 / math.Sqrt(float64(sum))
	for i, c := range b {
		v[i] = float32(float64(int8(c)) * inv)
	}
	return true
}

// normalized returns v scaled to unit length (a copy; zero stays zero):
// chromem-go compares by dot product, which is cosine only for unit
// vectors, and it copies any vector it finds not normalized.
func normalized(v []float32) []float32 {
	out := make([]float32, len(v))
	copy(out, v)
	normalize(out)
	return out
}

// unitTolerance is how far from 1 a vector's length may be for normalize to
// leave it as it is: ten times tighter than chromem-go's own check (1e-6),
// so chromem keeps every vector normalize passed as it is.
const unitTolerance = 1e-7

// normalize scales v to unit length in place and reports whether v is not
// zero; a zero vector stays zero. Both embedders hand out unit vectors, so
// on a load v is nearly always unit already and only its length is
// computed.
func normalize(v []float32) bool {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 {
		return false
	}
	n := math.Sqrt(sum)
	if math.Abs(n-1) < unitTolerance {
		return true
	}
	inv := 1 / n
	for i, x := range v {
		v[i] = float32(float64(x) * inv)
	}
	return true
}
