package embed

import (
	"context"
	"errors"
	"fmt"

	openai "github.com/sashabaranov/go-openai"
)

// ErrBadResponse means the endpoint answered, but not with one vector of the
// expected size per input.
var ErrBadResponse = errors.New("embeddings endpoint gave a malformed answer")

// DefaultBatch is how many texts go in one request when none is set: large
// enough to amortize round trips, small enough for local servers' limits.
const DefaultBatch = 64

// OpenAI embeds through an OpenAI-compatible /v1/embeddings endpoint.
type OpenAI struct {
	client     *openai.Client
	model      string
	dimensions int
	batch      int
	dim        int
}

// NewOpenAI probes the endpoint once to learn the vector dimension, so the
// store can tell a change of model before anything is written. dimensions
// asks models that support it for shorter vectors (0 = model default).
func NewOpenAI(ctx context.Context, client *openai.Client, model string, dimensions, batch int) (*OpenAI, error) {
	e := NewOpenAIKnown(client, model, dimensions, batch, 0)
	v, err := e.request(ctx, []string{"dimension probe"})
	if err != nil {
		return nil, fmt.Errorf("probe embedding model %q: %w", model, err)
	}
	e.dim = len(v[0])
	return e, nil
}

// NewOpenAIKnown is [NewOpenAI] for a caller that already knows the
// vector dimension (the store recorded it for this model, or the config
// sets it): nothing is sent until the first Embed, so commands that never
// embed never wait on the endpoint. A wrong dim is caught by Embed.
func NewOpenAIKnown(client *openai.Client, model string, dimensions, batch, dim int) *OpenAI {
	if batch <= 0 {
		batch = DefaultBatch
	}
	return &OpenAI{client: client, model: model, dimensions: dimensions, batch: batch, dim: dim}
}

// Name identifies the model; a different model means a different vector
// space, so the store re-embeds.
func (e *OpenAI) Name() string {
	if e.dimensions > 0 {
		return fmt.Sprintf("openai:%s:%d", e.model, e.dimensions)
	}
	return "openai:" + e.model
}

// Dim is the probed vector dimension.
func (e *OpenAI) Dim() int { return e.dim }

// Embed embeds texts in batches; vectors are L2-normalized.
func (e *OpenAI) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, 0, len(texts))
	for start := 0; start < len(texts); start += e.batch {
		end := min(start+e.batch, len(texts))
		vs, err := e.request(ctx, texts[start:end])
		if err != nil {
			return nil, err
		}
		for _, v := range vs {
			if len(v) != e.dim {
				return nil, fmt.Errorf("%w: dimension %d, want %d", ErrBadResponse, len(v), e.dim)
			}
		}
		out = append(out, vs...)
	}
	return out, nil
}

func (e *OpenAI) request(ctx context.Context, texts []string) ([][]float32, error) {
	resp, err := e.client.CreateEmbeddings(ctx, openai.EmbeddingRequest{
		Input:          texts,
		Model:          openai.EmbeddingModel(e.model),
		Dimensions:     e.dimensions,
		EncodingFormat: openai.EmbeddingEncodingFormatFloat,
	})
	if err != nil {
		return nil, fmt.Errorf("embeddings request: %w", err)
	}
	if len(resp.Data) != len(texts) {
		return nil, fmt.Errorf("%w: %d vectors for %d texts", ErrBadResponse, len(resp.Data), len(texts))
	}
	vs := make([][]float32, len(texts))
	for _, d := range resp.Data {
		if d.Index < 0 || d.Index >= len(texts) || vs[d.Index] != nil || len(d.Embedding) == 0 {
			return nil, fmt.Errorf("%w: bad index %d", ErrBadResponse, d.Index)
		}
		v := append([]float32(nil), d.Embedding...)
		normalize(v)
		vs[d.Index] = v
	}
	return vs, nil
}
