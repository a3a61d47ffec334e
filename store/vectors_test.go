package store

import (
	"context"
	"encoding/binary"
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

// TestVectorsRoundTrip: a stored vector decodes to its direction, close
// to the vector given (rounding moves each component by at most 1/254 of
// the largest), and encoding what was decoded gives the same bytes, so a
// copy of a record (migrate --to) stores what the original did.
func TestVectorsRoundTrip(t *testing.T) {
	third := float32(1 / math.Sqrt(3))
	for _, tc := range []struct {
		name string
		vs   [][]float32
		dim  int
	}{
		{"none", nil, 4},
		{"one", [][]float32{{1, -2, 0.5, 0.001}}, 4},
		{"three", [][]float32{{1, 2}, {3, 4}, {-0, 5e-40}}, 2},
		{"zero", [][]float32{{0, 0, 0}}, 3},
		{"unit", [][]float32{{third, -third, third}}, 3},
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
			if len(data) != len(tc.vs)*tc.dim {
				t.Fatalf("%d bytes for %d vectors of %d", len(data), len(tc.vs), tc.dim)
			}
			got, err := decodeVectors(data, tc.dim)
			if err != nil || len(got) != len(tc.vs) {
				t.Fatalf("decoded %d vectors, %v", len(got), err)
			}
			for i := range got {
				want := normalized(tc.vs[i])
				var top float64
				for _, x := range want {
					top = max(top, math.Abs(float64(x)))
				}
				for j := range got[i] {
					// The largest component after rounding sets the
					// length, so allow twice a rounding step.
					if d := math.Abs(float64(got[i][j] - want[j])); d > 2*top/254+1e-7 {
						t.Errorf("vector %d[%d] = %v, want %v", i, j, got[i][j], want[j])
					}
				}
				if cap(got[i]) != tc.dim {
					t.Errorf("vector %d has capacity %d: appending to it would overwrite the next", i, cap(got[i]))
				}
			}
			if again := encodeVectors(got); string(again) != string(data) {
				t.Errorf("re-encoding the decoded vectors: % x, want % x", again, data)
			}
		})
	}
}

// TestDecodedVectorsAreUnit: the index takes decoded vectors as they are
// (no normalize), so they must be unit length within normalize's
// tolerance, which is tighter than chromem-go's: otherwise chromem would
// keep a copy of each.
func TestDecodedVectorsAreUnit(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, dim := range []int{1, 4, 256, 1536, 3072} {
		b := make([]byte, dim)
		v := make([]float32, dim)
		for range 200 {
			for i := range b {
				b[i] = byte(r.IntN(256))
			}
			if !decodeVectorInto(v, b) {
				continue
			}
			var sum float64
			for _, x := range v {
				sum += float64(x) * float64(x)
			}
			if d := math.Abs(math.Sqrt(sum) - 1); d >= unitTolerance {
				t.Fatalf("dimension %d: length off by %g", dim, d)
			}
		}
	}
	if decodeVectorInto(make([]float32, 3), []byte{0, 0, 0}) {
		t.Error("all-zero bytes decoded as a vector")
	}
}

// TestEncodeIgnoresNonFinite: validate refuses NaN and infinities; were
// one to reach the encoder, it counts as zero and scales nothing.
func TestEncodeIgnoresNonFinite(t *testing.T) {
	inf, nan := float32(math.Inf(1)), float32(math.NaN())
	got := encodeVectors([][]float32{{inf, 1, nan, -0.5}})
	if want := []byte{0, 127, 0, byte(0x100 - 64)}; string(got) != string(want) {
		t.Errorf("% x, want % x", got, want)
	}
}

func TestDecodeVectorsDamaged(t *testing.T) {
	for _, tc := range []struct {
		n, dim int
	}{{3, 2}, {8, 3}, {4, 0}, {0, -1}, {0, 1 << 62}, {4, maxDim + 1}} {
		if _, err := decodeVectors(make([]byte, tc.n), tc.dim); !errors.Is(err, errDamagedVectors) {
			t.Errorf("%d bytes of dimension %d: %v, want errDamagedVectors", tc.n, tc.dim, err)
		}
	}
}

// FuzzDecodeVectors: any stored bytes and dimension decode to whole
// unit (or zero) vectors or errDamagedVectors, never a panic; what is
// decoded encodes to bytes that decode to the same vectors.
func FuzzDecodeVectors(f *testing.F) {
	f.Add([]byte{0, 0, 0x80, 0x3f}, 1)
	f.Add([]byte{1, 2, 3}, 1)
	f.Add([]byte{0x81, 0x7f, 3, 0}, 2)
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
			var sum float64
			for _, x := range v {
				sum += float64(x) * float64(x)
			}
			if sum != 0 && math.Abs(sum-1) > 1e-5 {
				t.Fatalf("decoded a vector of squared length %v", sum)
			}
		}
		again, err := decodeVectors(encodeVectors(vs), dim)
		if err != nil {
			t.Fatal(err)
		}
		for i := range vs {
			for j := range vs[i] {
				if math.Abs(float64(vs[i][j]-again[i][j])) > 2.0/127 {
					t.Fatalf("[%d][%d]: %v, then %v", i, j, vs[i][j], again[i][j])
				}
			}
		}
	})
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
// scope's load) into their floats, next to copying the same number of
// floats (the decode of the 4-byte floats stored before).
func BenchmarkDecodeVectors(b *testing.B) {
	vs := make([]float32, benchDim)
	for i := range vs {
		vs[i] = float32(i%97)/97 - 0.5
	}
	one := encodeVectors([][]float32{vs})
	data := make([]byte, 0, 100_000*benchDim)
	for range 100_000 {
		data = append(data, one...)
	}
	out := make([]float32, len(data))
	b.Run("decode", func(b *testing.B) {
		for b.Loop() {
			for i := 0; i < len(data); i += benchDim {
				decodeVectorInto(out[i:i+benchDim], data[i:i+benchDim])
			}
		}
	})
	b.Run("copy-floats", func(b *testing.B) {
		in := make([]float32, len(out))
		for b.Loop() {
			copy(out, in)
		}
	})
}

// encodeFloat32Vectors encodes vectors as they were stored before
// migrateToByteVectors, for tests that go back to an older schema.
func encodeFloat32Vectors(vs [][]float32) []byte {
	var b []byte
	for _, v := range vs {
		for _, x := range v {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
		}
	}
	return b
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
	if _, err := s.db.ExecContext(ctx, "UPDATE article_vectors SET data = substr(data, 1, length(data) - 1) WHERE article_id = 'a2'"); err != nil {
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
