package llm

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/store"
	openai "github.com/sashabaranov/go-openai"
)

// Base is what the LLM engine needs from the rag engine: retrieval, the
// stored articles, and the extractive answers it falls back to.
type Base interface {
	Retrieve(ctx context.Context, q rag.Question, k int) ([]rag.Passage, error)
	Article(ctx context.Context, scope store.Scope, id string) (*store.Article, error)
	Ask(ctx context.Context, q rag.Question) (*rag.Answer, error)
	Summarize(ctx context.Context, scope store.Scope, articleID string) (*rag.Summary, error)
}

// UsageStore keeps per-scope daily token counts (*store.Store).
type UsageStore interface {
	AddUsage(ctx context.Context, scope store.Scope, day string, tokens int) (int, error)
	Usage(ctx context.Context, scope store.Scope, day string) (int, error)
}

// ChatClient is the part of *openai.Client the engine calls.
type ChatClient interface {
	CreateChatCompletion(ctx context.Context, req openai.ChatCompletionRequest) (openai.ChatCompletionResponse, error)
	CreateChatCompletionStream(ctx context.Context, req openai.ChatCompletionRequest) (*openai.ChatCompletionStream, error)
}

// ErrBudgetExceeded means the scope used its daily token budget; nothing
// was sent to the model.
var ErrBudgetExceeded = rag.NewError(rag.KindBudget, "llm: daily token budget used up")

// Defaults for zero options.
const (
	defaultContextTokens = 8192
	defaultMaxOutput     = 800
	defaultTimeout       = 60 * time.Second
	defaultConcurrent    = 4
	// passages is how many retrieved sentences become sources; with a
	// sentence of context on each side they fit a small model's window.
	passages = 8
	// conversationShare is the part of the prompt budget past turns may take.
	conversationShare = 4
	// charsPerToken estimates tokens for budgets when the server does not
	// report usage: about four characters per token in English.
	charsPerToken = 4
)

// Options configures the engine.
type Options struct {
	Model            string
	Temperature      float32
	MaxOutputTokens  int
	ContextTokens    int // the prompt budget
	MaxConcurrent    int
	RequestTimeout   time.Duration
	DailyTokenBudget int // per scope; 0 = unlimited
	Usage            UsageStore
	Logger           *slog.Logger
	Now              func() time.Time
}

// Engine answers and summarizes with a model; it implements rag.Asker.
type Engine struct {
	base   Base
	client ChatClient
	opts   Options
	log    *slog.Logger
	sem    chan struct{}
}

var _ rag.Asker = (*Engine)(nil)

// New returns an engine over base that calls client.
func New(base Base, client ChatClient, opts Options) *Engine {
	if opts.ContextTokens <= 0 {
		opts.ContextTokens = defaultContextTokens
	}
	if opts.MaxOutputTokens <= 0 {
		opts.MaxOutputTokens = defaultMaxOutput
	}
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = defaultTimeout
	}
	if opts.MaxConcurrent <= 0 {
		opts.MaxConcurrent = defaultConcurrent
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	return &Engine{base: base, client: client, opts: opts, log: opts.Logger, sem: make(chan struct{}, opts.MaxConcurrent)}
}

// isReasoningModel spots models that reject max_tokens and temperature
// (OpenAI's o-series and gpt-5 family).
func isReasoningModel(model string) bool {
	m := strings.ToLower(model)
	if i := strings.LastIndexByte(m, '/'); i >= 0 {
		m = m[i+1:]
	}
	for _, p := range []string{"o1", "o3", "o4", "gpt-5"} {
		if m == p || strings.HasPrefix(m, p+"-") || strings.HasPrefix(m, p+".") {
			return true
		}
	}
	return false
}

// request builds a chat request with the model's token parameters.
func (e *Engine) request(msgs []openai.ChatCompletionMessage, maxTokens int, jsonOut bool) openai.ChatCompletionRequest {
	req := openai.ChatCompletionRequest{Model: e.opts.Model, Messages: msgs}
	if isReasoningModel(e.opts.Model) {
		req.MaxCompletionTokens = maxTokens
	} else {
		req.MaxTokens = maxTokens
		req.Temperature = e.opts.Temperature
	}
	if jsonOut {
		req.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	}
	return req
}

func (e *Engine) day() string { return e.opts.Now().UTC().Format("2006-01-02") }

// checkBudget refuses before sending when the scope's day is used up.
func (e *Engine) checkBudget(ctx context.Context, scope store.Scope, estimate int) error {
	if e.opts.DailyTokenBudget <= 0 || e.opts.Usage == nil {
		return nil
	}
	used, err := e.opts.Usage.Usage(ctx, scope, e.day())
	if err != nil {
		return fmt.Errorf("read token usage: %w", err)
	}
	if used+estimate > e.opts.DailyTokenBudget {
		return ErrBudgetExceeded
	}
	return nil
}

func (e *Engine) record(ctx context.Context, scope store.Scope, u openai.Usage, estimate int) {
	if e.opts.Usage == nil {
		return
	}
	n := u.TotalTokens
	if n == 0 {
		n = estimate
	}
	if _, err := e.opts.Usage.AddUsage(ctx, scope, e.day(), n); err != nil {
		e.log.Warn("record token usage", "scope", scope, "err", err)
	}
}

func estimateTokens(msgs []openai.ChatCompletionMessage) int {
	n := 0
	for _, m := range msgs {
		n += len(m.Content)/charsPerToken + 4
	}
	return n
}

// begin prepares one model request: it refuses over budget before
// anything is sent, waits for a concurrency slot, and bounds the request
// by the request timeout. done releases both.
func (e *Engine) begin(ctx context.Context, scope store.Scope, req openai.ChatCompletionRequest) (rctx context.Context, estimate int, done func(), err error) {
	estimate = estimateTokens(req.Messages) + max(req.MaxTokens, req.MaxCompletionTokens)
	if err := e.checkBudget(ctx, scope, estimate); err != nil {
		return nil, 0, nil, err
	}
	select {
	case e.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, 0, nil, ctx.Err()
	}
	rctx, cancel := context.WithTimeout(ctx, e.opts.RequestTimeout)
	return rctx, estimate, func() { cancel(); <-e.sem }, nil
}

// chat runs one non-streaming completion within the request timeout,
// budget-checked and counted.
func (e *Engine) chat(ctx context.Context, scope store.Scope, req openai.ChatCompletionRequest) (string, error) {
	ctx, estimate, done, err := e.begin(ctx, scope, req)
	if err != nil {
		return "", err
	}
	defer done()
	resp, err := e.client.CreateChatCompletion(ctx, req)
	if err != nil {
		return "", fmt.Errorf("chat completion: %w", err)
	}
	e.record(ctx, scope, resp.Usage, estimate)
	if len(resp.Choices) == 0 {
		return "", errMalformed
	}
	c := resp.Choices[0]
	if c.FinishReason == openai.FinishReasonLength {
		return c.Message.Content, errTruncated
	}
	return c.Message.Content, nil
}

var (
	errMalformed = errors.New("model output is not in the requested format")
	errTruncated = errors.New("model output was cut off")
)

// boundary is a random delimiter for one request's sources.
func boundary() string {
	b := make([]byte, 12)
	rand.Read(b)
	return "SOURCE-" + hex.EncodeToString(b)
}
