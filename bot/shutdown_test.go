package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/articlebot/articlebot/bot/discordtest"
	"github.com/articlebot/articlebot/rag"
)

// heldAsker holds every question until release is closed.
type heldAsker struct {
	rag.Asker
	asked   chan struct{}
	release chan struct{}
}

func (a heldAsker) Ask(ctx context.Context, q rag.Question) (*rag.Answer, error) {
	a.asked <- struct{}{}
	select {
	case <-a.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return &rag.Answer{Found: true, Text: "The answer after the wait."}, nil
}

func (b *Bot) isStopping() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.stopping
}

// TestInteractionsDuringShutdown: once shutdown has begun, an interaction
// is answered at once that the bot is restarting (never deferred and left
// hanging), while the reply already in flight is finished before Run
// returns.
func TestInteractionsDuringShutdown(t *testing.T) {
	held := heldAsker{asked: make(chan struct{}, 1), release: make(chan struct{})}
	h := startWith(t, "", func(a rag.Asker) rag.Asker { held.Asker = a; return held }, nil)
	ask := []map[string]any{{"name": "question", "type": 3, "value": "What did Rubio say?"}}
	first := h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "ask", ask)
	select {
	case <-held.asked:
	case <-time.After(wait):
		t.Fatal("the first question never reached the engine")
	}
	stopped := make(chan error, 1)
	go func() { stopped <- h.stop() }()
	deadline := time.Now().Add(wait)
	for !h.bot.isStopping() {
		if time.Now().After(deadline) {
			t.Fatal("shutdown never began")
		}
		time.Sleep(time.Millisecond)
	}

	late := map[string]string{
		"ask":      h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "ask", ask),
		"articles": h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "articles", nil),
		"button":   h.fake.Press(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "m1", "articles:2"),
	}
	for name, id := range late {
		c := h.fake.Wait(func(c discordtest.Call) bool { return strings.HasPrefix(c.Path, "/interactions/"+id+"/") }, wait)
		data, _ := c.Body["data"].(map[string]any)
		flags, _ := data["flags"].(float64)
		text, _ := data["content"].(string)
		if typ, _ := c.Body["type"].(float64); typ != 4 || int(flags)&64 == 0 || text != restartingText {
			t.Errorf("%s during shutdown answered %v, want an ephemeral %q", name, c.Body, restartingText)
		}
	}
	select {
	case err := <-stopped:
		t.Fatalf("Run returned (%v) before the reply in flight was sent", err)
	default:
	}

	close(held.release)
	edit := h.fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "PATCH" && strings.Contains(c.Path, "token-"+first+"/messages/@original")
	}, wait)
	if !strings.Contains(content(edit), "The answer after the wait.") {
		t.Errorf("in-flight answer: %q", content(edit))
	}
	if err := <-stopped; err != nil {
		t.Errorf("Run: %v", err)
	}
	for _, c := range h.fake.Calls() {
		for name, id := range late {
			if strings.HasPrefix(c.Path, "/webhooks/") && strings.Contains(c.Path, "token-"+id) {
				t.Errorf("%s during shutdown was followed up by %s %s", name, c.Method, c.Path)
			}
		}
	}
}
