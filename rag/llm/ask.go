package llm

import (
	"context"
	"errors"
	"strings"

	"github.com/articlebot/articlebot/rag"
)

// Ask answers with the model, falling back to the extractive engine when
// the model fails or nothing it quotes can be verified.
func (e *Engine) Ask(ctx context.Context, q rag.Question) (*rag.Answer, error) {
	return e.AskStream(ctx, q, nil)
}

// AskStream is Ask, calling emit with the paraphrase as it streams and
// with each quote once verified. Streamed prose that the final answer does
// not keep word for word — rejected, cut off, stalled, or answered again —
// is withdrawn with a Delta{Retract: true}; the returned Answer is then
// meant to be shown whole. emit may be nil.
//
// Only a budget already used up before the question refuses
// (ErrBudgetExceeded); every later failure answers extractively, with a
// note saying why.
func (e *Engine) AskStream(ctx context.Context, q rag.Question, emit func(rag.Delta)) (*rag.Answer, error) {
	if emit == nil {
		emit = func(rag.Delta) {}
	}
	if kind, id, err := e.base.QuestionAbout(ctx, q); err != nil {
		return nil, err
	} else if kind != rag.AboutNothing {
		return e.answerAbout(ctx, q, kind, id, &shower{emit: emit})
	}
	if err := e.checkBudget(ctx, q.Scope); err != nil {
		return nil, err
	}
	standalone := e.rewrite(ctx, q)
	rq := q
	rq.Text = standalone
	srcs, err := e.sources(ctx, rq)
	if err != nil {
		return nil, err
	}
	sh := &shower{emit: emit}
	if len(srcs) == 0 {
		return e.fallback(ctx, q, sh, "")
	}
	msgs := e.answerPrompt(q, standalone, srcs)
	raw, err := e.stream(ctx, q.Scope, e.request(msgs, e.opts.MaxOutputTokens, true), sh.feed)
	var ma modelAnswer
	if err == nil {
		ma, err = parseAnswer(raw)
	}
	if err != nil {
		// Withdraw what streamed now, not after a retry or the fallback
		// that may take another request timeout.
		sh.withdraw()
	}
	if errors.Is(err, errMalformed) || errors.Is(err, errTruncated) {
		// One stricter retry: small local models often add prose around the
		// JSON, and a cut stream may complete the second time.
		e.log.Info("model answer unusable, retrying once", "err", err)
		raw, err = e.chat(ctx, q.Scope, e.request(retryPrompt(msgs, raw), e.opts.MaxOutputTokens, true))
		if err == nil {
			ma, err = parseAnswer(raw)
		}
	}
	if err != nil {
		e.log.Warn("model answer failed, using the extractive engine", "scope", q.Scope, "err", err)
		return e.fallback(ctx, q, sh, failureNote(err, insteadAnswer))
	}
	ans := e.verify(ma, srcs)
	if len(ans.Quotes) == 0 {
		return e.fallback(ctx, q, sh, failureNote(errUnchecked, insteadAnswer))
	}
	// The same words from several outlets of a story become one quote
	// "reported by" each; differing versions are shown and noted.
	e.base.GroupQuotes(ctx, ans, sourceArticles(srcs))
	sh.finish(ans)
	return ans, nil
}

// answerAbout answers a question about an article itself: "tl;dr?" with
// the model's summary (which checks the budget and falls back to the
// extractive one), its date, author or publisher from the page's metadata.
func (e *Engine) answerAbout(ctx context.Context, q rag.Question, kind rag.AboutKind, id string, sh *shower) (*rag.Answer, error) {
	var ans *rag.Answer
	if kind == rag.AboutSummary {
		s, err := e.Summarize(ctx, q.Scope, id)
		if err != nil {
			return nil, err
		}
		ans = rag.SummaryAnswer(s)
	} else {
		var err error
		if ans, err = e.base.AnswerAbout(ctx, q, kind, id); err != nil {
			return nil, err
		}
	}
	sh.finish(ans)
	return ans, nil
}

// fallback answers with the extractive engine, with a note saying why,
// withdrawing any model prose already streamed.
func (e *Engine) fallback(ctx context.Context, q rag.Question, sh *shower, note string) (*rag.Answer, error) {
	ans, err := e.base.Ask(ctx, q)
	if err != nil {
		sh.settle("")
		return nil, err
	}
	if note != "" {
		ans.Notes = append([]string{note}, ans.Notes...)
	}
	sh.finish(ans)
	return ans, nil
}

// maxRewriteGrowth bounds a rewritten question relative to the original:
// a standalone question adds a name or a topic, not paragraphs.
const maxRewriteGrowth = 4

// rewrite makes a follow-up standalone ("and what did he say?" → "What did
// Marco Rubio say about the cartels?") for retrieval; on any failure the
// question is used as asked. The rewrite is model output: the answer
// prompt carries it only as data, never as the question.
func (e *Engine) rewrite(ctx context.Context, q rag.Question) string {
	if q.Conversation == nil || len(q.Conversation.Turns) == 0 {
		return q.Text
	}
	out, err := e.chat(ctx, q.Scope, e.request(e.rewritePrompt(q), 100, false))
	out = strings.Join(strings.Fields(out), " ")
	if err != nil || out == "" || len(out) > maxRewriteGrowth*len(q.Text)+200 {
		return q.Text
	}
	return out
}
