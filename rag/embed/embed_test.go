package embed

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/articlebot/articlebot/rag/oaiclient"
)

func cosine(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

func TestHashIsDeterministicAndNormalized(t *testing.T) {
	var h Hash
	a := h.Vector("Sheinbaum ruled out a US military invasion")
	b := h.Vector("Sheinbaum ruled out a US military invasion")
	if cosine(a, b) < 0.9999 {
		t.Fatal("same text, different vectors")
	}
	if n := cosine(a, a); math.Abs(n-1) > 1e-5 {
		t.Fatalf("norm² = %v, want 1", n)
	}
	if z := h.Vector("the of and"); cosine(z, z) != 0 {
		t.Fatal("stop words alone should give the zero vector")
	}
}

func TestHashRanksRelatedTextHigher(t *testing.T) {
	var h Hash
	q := h.Vector("what did Sheinbaum say about invasion")
	related := h.Vector("We co-operate, we collaborate, but there is not going to be an invasion, Sheinbaum said.")
	unrelated := h.Vector("Mexico is negotiating a tariff deal with the Trump administration.")
	if cosine(q, related) <= cosine(q, unrelated) {
		t.Fatalf("related %.3f <= unrelated %.3f", cosine(q, related), cosine(q, unrelated))
	}
	// Prefix features let "invade" meet "invasion".
	if cosine(h.Vector("invasion"), h.Vector("invade our sovereignty")) <= 0 {
		t.Fatal("invasion and invade share no feature")
	}
}

func fakeEmbeddings(t *testing.T, dim int, calls *int) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/embeddings" {
			http.NotFound(w, r)
			return
		}
		*calls++
		var req struct {
			Input []string `json:"input"`
			Model string   `json:"model"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			t.Errorf("decode: %v", err)
		}
		type item struct {
			Index     int       `json:"index"`
			Embedding []float32 `json:"embedding"`
		}
		var data []item
		for i := len(req.Input) - 1; i >= 0; i-- { // out of order on purpose
			v := make([]float32, dim)
			v[i%dim] = float32(len(req.Input[i]))
			data = append(data, item{i, v})
		}
		json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data, "model": req.Model})
	}))
}

func TestOpenAIBatchesAndOrders(t *testing.T) {
	calls := 0
	srv := fakeEmbeddings(t, 8, &calls)
	defer srv.Close()
	c := oaiclient.New(oaiclient.Options{BaseURL: srv.URL + "/v1"})
	e, err := NewOpenAI(context.Background(), c, "nomic-embed-text", 0, 2)
	if err != nil {
		t.Fatal(err)
	}
	if e.Dim() != 8 || e.Name() != "openai:nomic-embed-text" {
		t.Fatalf("dim %d name %q", e.Dim(), e.Name())
	}
	vs, err := e.Embed(context.Background(), []string{"a", "bb", "ccc", "dddd", "eeeee"})
	if err != nil {
		t.Fatal(err)
	}
	if calls != 1+3 {
		t.Errorf("calls = %d, want probe + 3 batches", calls)
	}
	for i, v := range vs {
		if v[i%2] != 1 { // normalized one-hot at the input's index within its batch
			t.Errorf("vector %d = %v: order or normalization lost", i, v)
		}
	}
}

func TestOpenAIMalformed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"object":"list","data":[],"model":"m"}`))
	}))
	defer srv.Close()
	c := oaiclient.New(oaiclient.Options{BaseURL: srv.URL + "/v1"})
	if _, err := NewOpenAI(context.Background(), c, "m", 0, 0); !errors.Is(err, ErrBadResponse) {
		t.Fatalf("err = %v, want ErrBadResponse", err)
	}
}

func BenchmarkHashChunk(b *testing.B) {
	text := "Mexican President Claudia Sheinbaum has firmly dismissed the possibility of a US military invasion targeting cartels in Mexico, after reports emerged of President Donald Trump ordering the Pentagon to use military force against the Latin American drug networks. \"The United States is not going to come to Mexico with the military,\" President Claudia Sheinbaum said on Friday. \"We co-operate, we collaborate, but there is not going to be an invasion. That is ruled out, absolutely ruled out.\""
	var h Hash
	for b.Loop() {
		h.Vector(text)
	}
}
