package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/rag"
)

// TestEveryKindWorded: the CLI says every classified problem in its own
// words; only unclassified errors fall back to the error's text.
func TestEveryKindWorded(t *testing.T) {
	fallback := errors.New("raw error text")
	for _, k := range rag.Kinds() {
		msg := kindMessage(rag.Problem{Kind: k, Detail: "detail", Status: 404, Limit: 10 << 20}, fallback)
		if (msg == fallback.Error()) != (k == rag.KindInternal) || strings.TrimSpace(msg) == "" {
			t.Errorf("kind %d worded %q", k, msg)
		}
	}
}
