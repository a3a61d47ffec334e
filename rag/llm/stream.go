package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/store"
	openai "github.com/sashabaranov/go-openai"
)

// maxBytesPerToken bounds a reply by its token limit: tokenizers produce
// a few bytes per token, so a reply past MaxOutputTokens × 16 bytes means
// the server ignores max_tokens, and reading on would only buffer it.
const maxBytesPerToken = 16

// stream reads a streamed completion, passing each piece of content to
// sink as it arrives and keeping at most limit bytes of it. A stream that
// ends without a finish reason was cut: it reads as io.EOF like a complete
// one, so the finish reason decides.
func (e *Engine) stream(ctx context.Context, scope store.Scope, req openai.ChatCompletionRequest, sink func(string)) (string, error) {
	ctx, estimate, done, err := e.begin(ctx, scope, req)
	if err != nil {
		return "", err
	}
	defer done()
	req.Stream = true
	req.StreamOptions = &openai.StreamOptions{IncludeUsage: true}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	st, err := e.client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return "", classify(fmt.Errorf("chat stream: %w", err))
	}
	defer st.Close()
	// Armed at the first chunk: the first token may be slow (a local model
	// reading a long prompt), but a stream that then falls silent has
	// stalled, and its partial answer should not stand until the request
	// timeout.
	var idle *time.Timer
	defer func() {
		if idle != nil {
			idle.Stop()
		}
	}()
	limit := max(req.MaxTokens, req.MaxCompletionTokens, 1) * maxBytesPerToken
	var raw strings.Builder
	var finish openai.FinishReason
	var usage *openai.Usage
	for {
		resp, err := st.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			e.record(ctx, scope, usage, estimate)
			if cause := context.Cause(ctx); errors.Is(cause, errStalled) {
				err = cause
			}
			return raw.String(), classify(fmt.Errorf("chat stream: %w", err))
		}
		if idle == nil {
			idle = time.AfterFunc(e.opts.StreamIdleTimeout, func() { cancel(errStalled) })
		} else {
			idle.Reset(e.opts.StreamIdleTimeout)
		}
		if resp.Usage != nil {
			usage = resp.Usage
		}
		for _, c := range resp.Choices {
			if raw.Len()+len(c.Delta.Content) > limit {
				e.record(ctx, scope, usage, estimate)
				return raw.String(), fmt.Errorf("%w: over %d bytes", errTooLong, limit)
			}
			raw.WriteString(c.Delta.Content)
			sink(c.Delta.Content)
			if c.FinishReason != "" {
				finish = c.FinishReason
			}
		}
	}
	e.record(ctx, scope, usage, estimate)
	switch finish {
	case openai.FinishReasonStop:
		return raw.String(), nil
	case "":
		return raw.String(), fmt.Errorf("%w: stream ended without a finish reason", errTruncated)
	default:
		return raw.String(), fmt.Errorf("%w: finish reason %s", errTruncated, finish)
	}
}

// shower streams one answer's prose to a caller and remembers what was
// shown, so the engine can withdraw it when the final answer differs.
type shower struct {
	emit      func(rag.Delta)
	x         answerExtractor
	p         prose
	shown     strings.Builder
	retracted bool
}

// feed takes raw model output and emits the prose that became final.
func (s *shower) feed(chunk string) {
	if s.retracted {
		return
	}
	t := s.p.feed(s.x.feed(chunk))
	if s.x.state == finished {
		t += s.p.end()
	}
	if t != "" {
		s.shown.WriteString(t)
		s.emit(rag.Delta{Text: t})
	}
}

// withdraw retracts whatever prose was shown; nothing more streams.
func (s *shower) withdraw() {
	if !s.retracted && s.shown.Len() > 0 {
		s.emit(rag.Delta{Retract: true})
		s.retracted = true
	}
}

// finish settles the stream on the final answer, then emits its quotes,
// each already verified.
func (s *shower) finish(ans *rag.Answer) {
	s.settle(ans.Text)
	for i := range ans.Quotes {
		s.emit(rag.Delta{Quote: &ans.Quotes[i]})
	}
}

// settle makes what the caller saw end true: the final answer's text when
// it matches what streamed, else a retraction (when anything was shown)
// after which the caller shows the returned answer whole.
func (s *shower) settle(final string) {
	switch {
	case s.retracted:
	case s.shown.Len() == 0:
		s.retracted = true // nothing more streams; the rest is the answer
		if final != "" {
			s.emit(rag.Delta{Text: final})
		}
	case s.shown.String() != final:
		s.retracted = true
		s.emit(rag.Delta{Retract: true})
	}
}
