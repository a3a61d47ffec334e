package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/store"
	openai "github.com/sashabaranov/go-openai"
)

type modelSummary struct {
	TLDR      string `json:"tldr"`
	KeyPoints []struct {
		Point string `json:"point"`
		Quote string `json:"quote"`
	} `json:"key_points"`
}

// maxKeyPoints bounds a summary's key points, like the extractive one.
const maxKeyPoints = 5

// Summarize summarizes with the model: a TL;DR and key points, each backed
// by a verified quote, widened like every quote to the whole sentence or
// quoted words it lies in. Articles longer than the prompt budget are
// summarized part by part, then merged (map-reduce). It refuses only when
// the day's budget is used up before it starts; any other failure falls
// back to the extractive summary with a note.
func (e *Engine) Summarize(ctx context.Context, scope store.Scope, articleID string) (*rag.Summary, error) {
	a, err := e.base.Article(ctx, scope, articleID)
	if err != nil {
		return nil, err
	}
	if sum := e.cachedSummary(ctx, a); sum != nil {
		return sum, nil
	}
	if err := e.checkBudget(ctx, scope); err != nil {
		return nil, err
	}
	ms, err := e.summarize(ctx, scope, a)
	if err == nil {
		sum := e.summary(a, ms)
		if sum.TLDR != "" && len(sum.KeyQuotes) > 0 {
			e.cacheSummary(ctx, a, ms)
			return sum, nil
		}
		err = errUnchecked
	}
	e.log.Warn("model summary failed, using the extractive one", "article", articleID, "err", err)
	sum, ferr := e.base.Summarize(ctx, scope, articleID)
	if ferr != nil {
		return nil, ferr
	}
	sum.Notes = append([]string{failureNote(err, insteadSummary)}, sum.Notes...)
	return sum, nil
}

// summaryKind is the cache key of a model's summaries: another model, or
// another version of the prompt, summarizes again.
func (e *Engine) summaryKind() string { return "llm-v1:" + e.opts.Model }

// cachedSummary is the model's cached summary of a, its quotes verified
// again against the stored text as when it was made, or nil.
func (e *Engine) cachedSummary(ctx context.Context, a *store.Article) *rag.Summary {
	if e.opts.Summaries == nil {
		return nil
	}
	data, err := e.opts.Summaries.Summary(ctx, a.Scope, a.ID, e.summaryKind())
	if err != nil {
		if !errors.Is(err, store.ErrNotFound) {
			e.log.Warn("load cached summary", "article", a.ID, "err", err)
		}
		return nil
	}
	var ms modelSummary
	if err := json.Unmarshal(data, &ms); err != nil {
		return nil
	}
	if sum := e.summary(a, ms); sum.TLDR != "" && len(sum.KeyQuotes) > 0 {
		return sum
	}
	return nil
}

// cacheSummary keeps the model's summary of a; failing costs only a
// summary made again next time (a read-only library, say).
func (e *Engine) cacheSummary(ctx context.Context, a *store.Article, ms modelSummary) {
	if e.opts.Summaries == nil {
		return
	}
	data, err := json.Marshal(ms)
	if err == nil {
		err = e.opts.Summaries.PutSummary(ctx, a.Scope, a.ID, e.summaryKind(), data)
	}
	if err != nil {
		e.log.Warn("cache summary", "article", a.ID, "err", err)
	}
}

// summary keeps the key points whose quote is verbatim in the article.
func (e *Engine) summary(a *store.Article, ms modelSummary) *rag.Summary {
	sum := rag.SummaryInfo(a)
	sum.Engine = rag.EngineLLM
	sum.TLDR, _ = neutralize(ms.TLDR)
	dropped := 0
	seen := map[[2]int]bool{}
	for _, kp := range ms.KeyPoints {
		q, err := rag.CiteQuote(a, kp.Quote, 0)
		if err != nil {
			dropped++
			continue
		}
		if seen[[2]int{q.Start, q.End}] {
			continue
		}
		seen[[2]int{q.Start, q.End}] = true
		point, _ := neutralize(kp.Point)
		sum.KeyQuotes = append(sum.KeyQuotes, q)
		sum.KeyPoints = append(sum.KeyPoints, point)
		if len(sum.KeyQuotes) == maxKeyPoints {
			break
		}
	}
	if dropped > 0 {
		sum.Notes = append(sum.Notes, countNote(dropped,
			"One key point was left out: its quote could not be found word for word in the article.",
			"%d key points were left out: their quotes could not be found word for word in the article."))
	}
	return sum
}

func (e *Engine) summarize(ctx context.Context, scope store.Scope, a *store.Article) (modelSummary, error) {
	budget := (e.opts.ContextTokens - e.opts.MaxOutputTokens - 300) * charsPerToken
	parts := splitText(a, max(budget, 2000))
	var partials []modelSummary
	for i, p := range parts {
		label := "Article"
		if len(parts) > 1 {
			label = fmt.Sprintf("Part %d of %d of the article", i+1, len(parts))
		}
		ms, err := e.summaryCall(ctx, scope, summaryPrompt(a.Title, a.Site, label, p))
		if err != nil {
			return ms, err
		}
		partials = append(partials, ms)
	}
	if len(partials) == 1 {
		return partials[0], nil
	}
	data, err := json.Marshal(partials)
	if err != nil {
		return modelSummary{}, err
	}
	return e.summaryCall(ctx, scope, reducePrompt(a.Title, a.Site, string(data)))
}

func (e *Engine) summaryCall(ctx context.Context, scope store.Scope, msgs []openai.ChatCompletionMessage) (modelSummary, error) {
	var ms modelSummary
	raw, err := e.chat(ctx, scope, e.request(msgs, e.opts.MaxOutputTokens, true))
	if err != nil && !errors.Is(err, errTruncated) {
		return ms, err
	}
	obj := outermostObject(raw)
	if obj == "" {
		return ms, errMalformed
	}
	if err := json.Unmarshal([]byte(obj), &ms); err != nil {
		return ms, fmt.Errorf("%w: %v", errMalformed, err)
	}
	return ms, nil
}

// splitText cuts the article into parts of at most size bytes at sentence
// boundaries.
func splitText(a *store.Article, size int) []string {
	if len(a.Text) <= size || len(a.Sentences) == 0 {
		return []string{a.Text}
	}
	var parts []string
	start := a.Sentences[0].Start
	for i, s := range a.Sentences {
		if s.End-start > size && i > 0 {
			end := a.Sentences[i-1].End
			parts = append(parts, strings.TrimSpace(a.Text[start:end]))
			start = s.Start
		}
	}
	parts = append(parts, strings.TrimSpace(a.Text[start:]))
	return parts
}
