package store

import (
	"context"
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

// TestDecodeFloatsMatchesCopy: the float-by-float decoder big-endian hosts
// use reads the record as the byte copy does on this one.
func TestDecodeFloatsMatchesCopy(t *testing.T) {
	vs := [][]float32{{1, -2, 0.5, float32(math.Inf(-1)), float32(math.NaN()), 5e-40, -0, 3.25}}
	data := encodeVectors(vs)
	fast, slow := make([]float32, 8), make([]float32, 8)
	decodeVectorInto(fast, data)
	decodeFloats(slow, data)
	for i := range vs[0] {
		if b := math.Float32bits(vs[0][i]); math.Float32bits(fast[i]) != b || math.Float32bits(slow[i]) != b {
			t.Errorf("[%d]: copy %v, float by float %v, want %v", i, fast[i], slow[i], vs[0][i])
		}
	}
}

func TestNormalize(t *testing.T) {
	third := float32(1 / math.Sqrt(3))
	for _, tc := range []struct {
		name    string
		v, want []float32
		nonzero bool
		kept    bool // within unitTolerance: left bit for bit as it is
	}{
		{"zero stays zero", []float32{0, 0, 0}, []float32{0, 0, 0}, false, false},
		{"empty", nil, nil, false, false},
		{"scaled", []float32{3, 0, 4, 0, 0}, []float32{0.6, 0, 0.8, 0, 0}, true, false},
		{"odd length, every element counted", []float32{1, 1, 1}, []float32{third, third, third}, true, false},
		{"unit", []float32{0.6, 0.8}, []float32{0.6, 0.8}, true, true},
		{"unit in float32", []float32{third, third, third}, []float32{third, third, third}, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := append([]float32(nil), tc.v...)
			if got := normalize(v); got != tc.nonzero {
				t.Errorf("normalize = %v, want %v", got, tc.nonzero)
			}
			for i := range v {
				if math.Abs(float64(v[i]-tc.want[i])) > 1e-7 {
					t.Errorf("[%d] = %v, want %v", i, v[i], tc.want[i])
				}
			}
			if tc.kept {
				for i := range v {
					if v[i] != tc.v[i] {
						t.Errorf("a unit vector was rescaled: [%d] %v → %v", i, tc.v[i], v[i])
					}
				}
			}
		})
	}
}

// BenchmarkDecodeVectors decodes 100k stored vectors of dimension 256 (one
// scope's load) into their floats: as a copy of the bytes on this
// little-endian host, and float by float as a big-endian host must.
func BenchmarkDecodeVectors(b *testing.B) {
	vs := make([]float32, 100_000*benchDim)
	for i := range vs {
		vs[i] = float32(i%97) / 97
	}
	data := encodeVectors([][]float32{vs})
	out := make([]float32, len(vs))
	b.Run("copy", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			decodeVectorInto(out, data)
		}
	})
	b.Run("float-by-float", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			decodeFloats(out, data)
		}
	})
}

// TestLoadRefusesDamagedVectors: a record whose vectors are not whole
// vectors of their dimension (a truncated value) makes the scope's first
// search fail as damaged, without a panic and without a half-loaded scope.
func TestLoadRefusesDamagedVectors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := open(t, dir, testEmbedder)
	must(t, s.PutArticle(ctx, article("guild:1", "a1", "Oysters died. Fishermen were angry.", 0)))
	must(t, s.PutArticle(ctx, article("guild:1", "a2", "Tourists returned. Hotels filled.", 1)))
	if _, err := s.db.ExecContext(ctx, "UPDATE article_vectors SET data = substr(data, 1, length(data) - 3) WHERE article_id = 'a2'"); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s = open(t, dir, testEmbedder)
	defer s.Close()
	for range 2 { // the failed load is not kept: the next search tries again
		if _, err := s.SearchChunks(ctx, "guild:1", nil, []float32{1, 0, 0, 0}, 10); !errors.Is(err, errDamagedVectors) {
			t.Fatalf("search over damaged vectors: %v, want errDamagedVectors", err)
		}
	}
	if st := s.Stats(); st.Scopes != 0 || st.Chunks != 0 {
		t.Errorf("a failed load left %+v in the index", st)
	}
}
