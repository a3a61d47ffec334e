package store

import (
	"encoding/binary"
	"math"
)

// Vectors are stored as little-endian float32s, 4 bytes each: a BLOB in
// SQLite, a bytea in PostgreSQL, the same bytes in both.

func encodeVector(v []float32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return b
}

func decodeVector(b []byte) []float32 {
	v := make([]float32, len(b)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return v
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

// normalize scales v to unit length in place; a zero vector stays zero.
func normalize(v []float32) {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 {
		return
	}
	inv := 1 / math.Sqrt(sum)
	for i, x := range v {
		v[i] = float32(float64(x) * inv)
	}
}

// decodeVectorInto decodes b into v, which has room for it.
func decodeVectorInto(v []float32, b []byte) {
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
}
