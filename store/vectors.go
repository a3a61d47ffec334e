package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unsafe"
)

// Vectors are stored as little-endian float32s, 4 bytes each: a BLOB in
// SQLite, a bytea in PostgreSQL, the same bytes in both. An article's
// chunk vectors are one value (article_vectors.data), chunk 0 first: one
// row per article reads 100k chunks' vectors in about a third of the time
// a row per chunk takes.

// errDamagedVectors: a stored vector value is not a whole number of
// vectors of its recorded dimension.
var errDamagedVectors = errors.New("store: damaged vectors in the record")

// maxDim bounds a stored dimension, far above any embedder's, so that 4×dim
// cannot overflow.
const maxDim = 1 << 24

// encodeChunkVectors concatenates the chunks' vectors, which validate has
// checked are all of one dimension.
func encodeChunkVectors(chunks []Chunk) []byte {
	n := 0
	for _, c := range chunks {
		n += len(c.Vector)
	}
	b := make([]byte, 0, 4*n)
	for _, c := range chunks {
		for _, x := range c.Vector {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
		}
	}
	return b
}

// encodeVectors concatenates vectors of one dimension.
func encodeVectors(vs [][]float32) []byte {
	var b []byte
	for _, v := range vs {
		for _, x := range v {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
		}
	}
	return b
}

// decodeVectors splits data into vectors of dimension dim, all in one
// backing array; a length that is not a whole number of vectors (or a
// dimension below 1 or past maxDim) is errDamagedVectors.
func decodeVectors(data []byte, dim int) ([][]float32, error) {
	if err := checkEncoded(data, dim); err != nil {
		return nil, err
	}
	n := len(data) / (4 * dim)
	all := make([]float32, n*dim)
	decodeVectorInto(all, data)
	vs := make([][]float32, n)
	for i := range vs {
		vs[i] = all[i*dim : (i+1)*dim : (i+1)*dim]
	}
	return vs, nil
}

// checkEncoded reports errDamagedVectors unless data is a whole number of
// vectors of dimension dim, and dim is between 1 and maxDim.
func checkEncoded(data []byte, dim int) error {
	if dim <= 0 || dim > maxDim || len(data)%(4*dim) != 0 {
		return fmt.Errorf("%w: %d bytes of dimension %d", errDamagedVectors, len(data), dim)
	}
	return nil
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

// littleEndian: the host stores a float32 as the record does, so a stored
// vector's bytes are already its memory.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// decodeVectorInto decodes b into v, which has room for it. On a
// little-endian host that is a copy of the bytes: a third of the time a
// float-by-float decode takes (BenchmarkDecodeVectors).
func decodeVectorInto(v []float32, b []byte) {
	if len(v) == 0 {
		return
	}
	if littleEndian {
		copy(unsafe.Slice((*byte)(unsafe.Pointer(&v[0])), 4*len(v)), b)
		return
	}
	decodeFloats(v, b)
}

// decodeFloats is decodeVectorInto on any host, one float at a time.
func decodeFloats(v []float32, b []byte) {
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
}
