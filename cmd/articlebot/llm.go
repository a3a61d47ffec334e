package main

import (
	"context"
	"fmt"
	"time"

	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/rag/llm"
	"github.com/articlebot/articlebot/rag/oaiclient"
	openai "github.com/sashabaranov/go-openai"
)

// probeTimeout bounds config check --probe.
const probeTimeout = 15 * time.Second

func (a *app) llmClient() *openai.Client {
	c := a.cfg.LLM
	return oaiclient.New(oaiclient.Options{
		BaseURL: c.BaseURL, APIKey: c.APIKey.Reveal(), APIType: c.APIType, APIVersion: c.APIVersion,
		Timeout: c.RequestTimeout.Duration(), MaxRetries: c.MaxRetries, Logger: a.log,
	})
}

// answerEngine is the extractive engine unless an LLM endpoint is
// configured; the LLM engine falls back to it.
func (a *app) answerEngine(_ context.Context, eng *rag.Engine) (rag.Asker, error) {
	if !a.cfg.LLMEnabled() {
		return eng, nil
	}
	c := a.cfg.LLM
	return llm.New(eng, a.llmClient(), llm.Options{
		Model:            c.ChatModel,
		Temperature:      float32(c.Temperature),
		MaxOutputTokens:  c.MaxOutputTokens,
		ContextTokens:    c.ContextTokens,
		MaxConcurrent:    c.MaxConcurrent,
		RequestTimeout:   c.RequestTimeout.Duration(),
		DailyTokenBudget: c.DailyTokenBudget,
		MaxQuotes:        a.cfg.Answer.MaxQuotes,
		Usage:            a.store,
		Summaries:        a.store,
		Logger:           a.log,
	}), nil
}

// probeLLM asks the configured endpoint which models it serves and whether
// the configured ones are among them.
func (a *app) probeLLM(ctx context.Context) error {
	if !a.cfg.LLMEnabled() {
		return fmt.Errorf("no LLM endpoint configured (set llm.base_url); the offline extractive engine is in use")
	}
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	list, err := a.llmClient().ListModels(ctx)
	if err != nil {
		return fmt.Errorf("probe %s: %w", a.cfg.LLM.BaseURL, err)
	}
	have := map[string]bool{}
	for _, m := range list.Models {
		have[m.ID] = true
	}
	fmt.Fprintf(a.stdout, "endpoint %s answers with %d models\n", a.cfg.LLM.BaseURL, len(list.Models))
	want := []string{a.cfg.LLM.ChatModel}
	if a.cfg.Embedding.Provider == "openai" {
		want = append(want, a.cfg.Embedding.Model)
	}
	missing := 0
	for _, m := range want {
		if have[m] {
			fmt.Fprintf(a.stdout, "  %s: available\n", m)
		} else {
			fmt.Fprintf(a.stdout, "  %s: NOT listed by the endpoint\n", m)
			missing++
		}
	}
	if missing > 0 {
		return fmt.Errorf("%d configured model(s) not available at %s", missing, a.cfg.LLM.BaseURL)
	}
	return nil
}
