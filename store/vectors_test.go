package store

import (
	"errors"
	"math"
	"testing"
)

func TestVectorsRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		vs   [][]float32
		dim  int
	}{
		{"none", nil, 4},
		{"one", [][]float32{{1, -2, 0.5, float32(math.Inf(1))}}, 4},
		{"three", [][]float32{{1, 2}, {3, 4}, {-0, 5e-40}}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			chunks := make([]Chunk, len(tc.vs))
			for i, v := range tc.vs {
				chunks[i].Vector = v
			}
			data := encodeChunkVectors(chunks)
			if string(data) != string(encodeVectors(tc.vs)) {
				t.Fatal("the two encoders differ")
			}
			got, err := decodeVectors(data, tc.dim)
			if err != nil || len(got) != len(tc.vs) {
				t.Fatalf("decoded %d vectors, %v", len(got), err)
			}
			for i := range got {
				for j := range got[i] {
					if math.Float32bits(got[i][j]) != math.Float32bits(tc.vs[i][j]) {
						t.Errorf("vector %d[%d] = %v, want %v", i, j, got[i][j], tc.vs[i][j])
					}
				}
				if cap(got[i]) != tc.dim {
					t.Errorf("vector %d has capacity %d: appending to it would overwrite the next", i, cap(got[i]))
				}
			}
		})
	}
}

func TestDecodeVectorsDamaged(t *testing.T) {
	for _, tc := range []struct {
		n, dim int
	}{{3, 1}, {8, 3}, {4, 0}, {0, -1}, {0, 1 << 62}, {4, maxDim + 1}} {
		if _, err := decodeVectors(make([]byte, tc.n), tc.dim); !errors.Is(err, errDamagedVectors) {
			t.Errorf("%d bytes of dimension %d: %v, want errDamagedVectors", tc.n, tc.dim, err)
		}
	}
}

// FuzzDecodeVectors: any stored bytes and dimension decode to whole
// vectors or errDamagedVectors, never a panic.
func FuzzDecodeVectors(f *testing.F) {
	f.Add([]byte{0, 0, 0x80, 0x3f}, 1)
	f.Add([]byte{1, 2, 3}, 1)
	f.Add([]byte{}, 0)
	f.Fuzz(func(t *testing.T, data []byte, dim int) {
		vs, err := decodeVectors(data, dim)
		if err != nil {
			if !errors.Is(err, errDamagedVectors) {
				t.Fatalf("unclassified error %v", err)
			}
			return
		}
		for _, v := range vs {
			if len(v) != dim {
				t.Fatalf("a vector of %d, want %d", len(v), dim)
			}
		}
		if got := encodeVectors(vs); string(got) != string(data) {
			t.Fatal("re-encoding differs")
		}
	})
}
