package rag

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/articlebot/articlebot/rag/embed"
	"github.com/articlebot/articlebot/rag/quotes"
	"github.com/articlebot/articlebot/store"
)

// faultyAnalyzer puts an analyser that panics in place of the real one
// until the test ends.
func faultyAnalyzer(t *testing.T) {
	t.Helper()
	analyze = func(string, []quotes.Sentence) quotes.Analysis { panic("a fault in the rules") }
	t.Cleanup(func() { analyze = quotes.Analyze })
}

// TestAnalyzerFaultCostsOneArticle: a fault in the quotation rules on
// some page fails that ingest as an internal error, stores nothing, and
// leaves the process serving.
func TestAnalyzerFaultCostsOneArticle(t *testing.T) {
	ctx := context.Background()
	e := newTestEngine(t, t.TempDir())
	faultyAnalyzer(t)
	_, err := e.Ingest(ctx, IngestRequest{Scope: store.LocalScope, Source: testSource(seedPage), AddedBy: "test"})
	if err == nil {
		t.Fatal("ingest with a faulty analyser succeeded")
	}
	if p := Classify(err); p.Kind != KindInternal {
		t.Errorf("kind %v, want internal", p.Kind)
	}
	if !strings.Contains(err.Error(), "a fault in the rules") || !strings.Contains(err.Error(), "analyzeArticle") {
		t.Errorf("the error does not carry the fault and its stack for the log: %v", err)
	}
	scopes, err := e.opts.Store.Scopes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(scopes) != 0 {
		t.Errorf("something was stored: scopes %v", scopes)
	}
}

// TestRequoteFaultKeepsQuotations: a fault on a stored article while an
// engine brings the library up to new rules leaves that article's
// quotations as they were, logged, and the engine opens.
func TestRequoteFaultKeepsQuotations(t *testing.T) {
	ctx := context.Background()
	old, a := oldRulesLibrary(t)
	st := old.opts.Store
	before, err := st.Article(ctx, store.LocalScope, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	faultyAnalyzer(t)
	logged := &recordingHandler{}
	var h embed.Hash
	e, err := New(ctx, Options{Store: st, Embedder: h, Logger: slog.New(logged)})
	if err != nil {
		t.Fatalf("open over a library the analyser fails on: %v", err)
	}
	defer e.Close(ctx)
	after, err := st.Article(ctx, store.LocalScope, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Quotations) == 0 || after.Quotations[0].Speaker != before.Quotations[0].Speaker {
		t.Errorf("quotations changed: %+v, were %+v", after.Quotations, before.Quotations)
	}
	if !logged.has(slog.LevelError, "finding who said what failed") {
		t.Error("the fault was not logged as an error")
	}
}

// recordingHandler keeps the messages logged through it.
type recordingHandler struct {
	mu   sync.Mutex
	recs []slog.Record
}

func (h *recordingHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h *recordingHandler) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h *recordingHandler) WithGroup(string) slog.Handler            { return h }
func (h *recordingHandler) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.recs = append(h.recs, r)
	return nil
}

func (h *recordingHandler) has(level slog.Level, prefix string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, r := range h.recs {
		if r.Level == level && strings.HasPrefix(r.Message, prefix) {
			return true
		}
	}
	return false
}
