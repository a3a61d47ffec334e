package main

import (
	"context"
	"errors"

	"github.com/articlebot/articlebot/rag"
)

// answerEngine is the extractive engine unless an LLM endpoint is configured.
func (a *app) answerEngine(ctx context.Context, eng *rag.Engine) (rag.Asker, error) {
	return eng, nil
}

// probe asks the configured endpoint which models it serves.
func (a *app) probe(ctx context.Context) error {
	return errors.New("no LLM endpoint configured (llm.base_url)")
}
