package llm

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/store"
)

// source is one numbered passage shown to the model.
type source struct {
	id      string
	art     *store.Article
	start   int // byte span in the article text
	end     int
	passage rag.Passage
}

// sources retrieves passages and widens each to its neighbours, merging
// overlaps, within the prompt budget.
func (e *Engine) sources(ctx context.Context, q rag.Question) ([]source, error) {
	ps, err := e.base.Retrieve(ctx, q, passages)
	if errors.Is(err, rag.ErrEmptyQuestion) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("retrieve: %w", err)
	}
	arts := map[string]*store.Article{}
	var out []source
	budget := (e.opts.ContextTokens - e.opts.MaxOutputTokens) * charsPerToken * 2 / 3
	used := 0
	for _, p := range ps {
		a := arts[p.ArticleID]
		if a == nil {
			if a, err = e.base.Article(ctx, q.Scope, p.ArticleID); err != nil {
				continue
			}
			arts[p.ArticleID] = a
		}
		first, last := max(p.Sentence-1, 0), min(p.Sentence+1, len(a.Sentences)-1)
		start, end := a.Sentences[first].Start, a.Sentences[last].End
		if overlaps(out, a.ID, start, end) {
			continue
		}
		if used+end-start > budget {
			break
		}
		used += end - start
		out = append(out, source{id: fmt.Sprintf("P%d", len(out)+1), art: a, start: start, end: end, passage: p})
	}
	return out, nil
}

// sourceArticles are the sources' articles, each once, in source order.
func sourceArticles(srcs []source) []*store.Article {
	var out []*store.Article
	for _, s := range srcs {
		if !slices.Contains(out, s.art) {
			out = append(out, s.art)
		}
	}
	return out
}

func overlaps(srcs []source, id string, start, end int) bool {
	for _, s := range srcs {
		if s.art.ID == id && start < s.end && s.start < end {
			return true
		}
	}
	return false
}

// boundedTurns keeps the newest turns that fit the conversation's share of
// the prompt budget; older ones are dropped.
func (e *Engine) boundedTurns(turns []rag.Turn) []rag.Turn {
	budget := e.opts.ContextTokens / conversationShare * charsPerToken
	n := 0
	i := len(turns)
	for i > 0 {
		size := len(turns[i-1].Question) + len(turns[i-1].Answer)
		if n+size > budget {
			break
		}
		n += size
		i--
	}
	return turns[i:]
}
