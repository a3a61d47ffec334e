package llm

import (
	"context"
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
	// GroupQuotes merges quotes across a story's outlets and flags where
	// they differ, verifying every copy and version it adds.
	GroupQuotes(ctx context.Context, ans *rag.Answer, arts []*store.Article)
	// QuestionAbout and AnswerAbout recognise and answer a question about
	// an article itself ("tl;dr?", "who wrote this?").
	QuestionAbout(ctx context.Context, q rag.Question) (rag.AboutKind, string, error)
	AnswerAbout(ctx context.Context, q rag.Question, kind rag.AboutKind, articleID string) (*rag.Answer, error)
}

// UsageStore keeps per-scope daily token counts (*store.Store).
type UsageStore interface {
	AddUsage(ctx context.Context, scope store.Scope, day string, tokens int) (int, error)
	Usage(ctx context.Context, scope store.Scope, day string) (int, error)
}

// SummaryStore caches the model's summaries of articles (*store.Store); a
// summary is dropped with its article, and when the article is read again.
type SummaryStore interface {
	Summary(ctx context.Context, scope store.Scope, articleID, kind string) ([]byte, error)
	PutSummary(ctx context.Context, scope store.Scope, articleID, kind string, data []byte) error
}

// ChatClient is the part of *openai.Client the engine calls: every request
// streams, so replies are read with a bound.
type ChatClient interface {
	CreateChatCompletionStream(ctx context.Context, req openai.ChatCompletionRequest) (*openai.ChatCompletionStream, error)
}

// Defaults for zero options.
const (
	defaultContextTokens = 8192
	defaultMaxOutput     = 800
	defaultTimeout       = 60 * time.Second
	defaultConcurrent    = 4
	// defaultStreamIdle: tokens arrive many times a second; a reply silent
	// this long after it began has stalled.
	defaultStreamIdle = 20 * time.Second
	// passages is how many retrieved sentences become sources; with a
	// sentence of context on each side they fit a small model's window.
	passages = 8
	// conversationShare is the part of the prompt budget past turns may take.
	conversationShare = 4
	// charsPerToken estimates tokens for budgets when the server does not
	// report usage: about four characters per token in English.
	charsPerToken = 4
	// defaultMaxQuotes matches the extractive engine's answer.max_quotes.
	defaultMaxQuotes = 3
)

// Options configures the engine.
type Options struct {
	Model           string
	Temperature     float32
	MaxOutputTokens int
	ContextTokens   int // the prompt budget
	MaxConcurrent   int
	RequestTimeout  time.Duration
	// StreamIdleTimeout ends a reply that falls silent this long after its
	// first token (default 20s), well before RequestTimeout.
	StreamIdleTimeout time.Duration
	DailyTokenBudget  int // per scope; 0 = unlimited
	MaxQuotes         int // quotes shown per answer (answer.max_quotes); 0 = 3
	Usage             UsageStore
	// Summaries caches summaries, so that an article is summarized by the
	// model once, not at every paste, /summarize or "tl;dr?"; nil: no cache.
	Summaries SummaryStore
	Logger    *slog.Logger
	Now       func() time.Time
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
	if opts.StreamIdleTimeout <= 0 {
		opts.StreamIdleTimeout = defaultStreamIdle
	}
	if opts.MaxConcurrent <= 0 {
		opts.MaxConcurrent = defaultConcurrent
	}
	if opts.MaxQuotes <= 0 {
		opts.MaxQuotes = defaultMaxQuotes
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
