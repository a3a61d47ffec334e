package llm

import (
	"context"
	"errors"
	"fmt"

	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/store"
	openai "github.com/sashabaranov/go-openai"
)

// ErrBudgetExceeded means the scope used its daily token budget before the
// question was asked; nothing was sent to the model. It is the only budget
// outcome a user sees as a refusal: a budget that runs out partway through
// an answer, or that is smaller than one request, makes the engine answer
// extractively with a note instead.
var ErrBudgetExceeded = rag.NewError(rag.KindBudget, "llm: daily token budget used up")

// Reasons a model call gave no usable answer; each leads to the extractive
// fallback with its own note.
var (
	errMalformed = errors.New("model output is not in the requested format")
	errTruncated = errors.New("model output was cut off")
	// errTooLong: the reply outgrew maxReplyBytes, so the server ignores
	// max_tokens; asking again would only repeat it.
	errTooLong = errors.New("model output is far longer than requested")
	// errNoQuota: the provider refuses for want of credit (OpenAI's
	// insufficient_quota); no retry or wait fixes it.
	errNoQuota = errors.New("the AI provider account has no quota left")
	// errStalled: a stream sent nothing for StreamIdleTimeout mid-reply.
	errStalled = errors.New("model stream stalled")
	// errUnchecked: the reply was well formed, but nothing it quotes is in
	// the article.
	errUnchecked = errors.New("no quote of the model's could be verified")
)

// budgetTooSmallError: one request needs more tokens than the whole daily
// budget allows, so the budget can never be met.
type budgetTooSmallError struct{ budget, need int }

func (e *budgetTooSmallError) Error() string {
	return fmt.Sprintf("daily token budget %d is smaller than one request (about %d tokens)", e.budget, e.need)
}

func (e *Engine) day() string { return e.opts.Now().UTC().Format("2006-01-02") }

// checkBudget refuses when the scope's recorded usage (what the server
// reported, else our estimate) already reached the day's budget. It does
// not add an estimate of the next request: estimates of a long prompt run
// far above real usage and would refuse questions that fit.
func (e *Engine) checkBudget(ctx context.Context, scope store.Scope) error {
	if e.opts.DailyTokenBudget <= 0 || e.opts.Usage == nil {
		return nil
	}
	used, err := e.opts.Usage.Usage(ctx, scope, e.day())
	if err != nil {
		return fmt.Errorf("read token usage: %w", err)
	}
	if used >= e.opts.DailyTokenBudget {
		return ErrBudgetExceeded
	}
	return nil
}

// record adds a request's tokens to the scope's day: the server's count
// when it reports one, else the estimate.
func (e *Engine) record(ctx context.Context, scope store.Scope, u *openai.Usage, estimate int) {
	if e.opts.Usage == nil {
		return
	}
	n := estimate
	if u != nil && u.TotalTokens > 0 {
		n = u.TotalTokens
	}
	// Counted even when the request's context ended (a timeout, a stall):
	// the tokens were spent.
	if _, err := e.opts.Usage.AddUsage(context.WithoutCancel(ctx), scope, e.day(), n); err != nil {
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

// begin prepares one model request: it refuses when the day's budget is
// used up or smaller than the request, waits for a concurrency slot, and
// bounds the request by the request timeout. done releases both.
func (e *Engine) begin(ctx context.Context, scope store.Scope, req openai.ChatCompletionRequest) (rctx context.Context, estimate int, done func(), err error) {
	estimate = estimateTokens(req.Messages) + max(req.MaxTokens, req.MaxCompletionTokens)
	if b := e.opts.DailyTokenBudget; b > 0 && e.opts.Usage != nil && estimate > b {
		return nil, 0, nil, &budgetTooSmallError{budget: b, need: estimate}
	}
	if err := e.checkBudget(ctx, scope); err != nil {
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

// chat runs one completion whose text nobody watches (a rewrite, a format
// retry, a summary). It streams all the same, so every reply is bounded by
// the same byte limit as an answer instead of being read whole however
// large the server makes it.
func (e *Engine) chat(ctx context.Context, scope store.Scope, req openai.ChatCompletionRequest) (string, error) {
	return e.stream(ctx, scope, req, func(string) {})
}

// classify marks provider errors the engine words differently.
func classify(err error) error {
	var api *openai.APIError
	if errors.As(err, &api) && (api.Type == "insufficient_quota" || api.Code == "insufficient_quota") {
		return fmt.Errorf("%w: %w", errNoQuota, err)
	}
	return err
}
