package rag

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/articlebot/articlebot/rag/embed"
	"github.com/articlebot/articlebot/store"
)

// oldRulesLibrary returns a library holding the seed article as an older
// articlebot left it, its rules having given every quotation to Marco
// Rubio, and the engine that filled it.
func oldRulesLibrary(t *testing.T) (*Engine, *store.Article) {
	t.Helper()
	ctx := context.Background()
	e := newTestEngine(t, t.TempDir())
	st := e.opts.Store
	a := ingest(t, e, store.LocalScope, seedPage)
	if rules, err := st.QuotationRules(ctx); err != nil || rules != quotationRules {
		t.Fatalf("rules of a new library: %q, %v; want %q", rules, err, quotationRules)
	}
	_, err := st.Requote(ctx, "quotes/v0", func(a *store.Article) []store.Quotation {
		qs := slices.Clone(a.Quotations)
		for i := range qs {
			qs[i].Speaker = "Marco Rubio"
		}
		return qs
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ans := askSheinbaum(t, e); quotesSheinbaum(ans, "not going to come to Mexico with the military") {
		t.Fatalf("the old rules' answer already quotes Sheinbaum: %+v", ans)
	}
	return e, a
}

// TestNewRequotes: a library whose quotations older rules found gets
// them found again when an engine opens it, so "What did X say?" over an
// article shared before an upgrade answers as over a new one.
func TestNewRequotes(t *testing.T) {
	ctx := context.Background()
	old, a := oldRulesLibrary(t)
	st := old.opts.Store
	var h embed.Hash
	e, err := New(ctx, Options{Store: st, Embedder: h})
	if err != nil {
		t.Fatal(err)
	}
	checkRequoted(t, e, a)
	// The summary cached with the old quotations went with them.
	if _, err := e.Summarize(ctx, store.LocalScope, a.ID); err != nil {
		t.Fatal(err)
	}
}

// TestRequoteInBackground: a bot's engine comes online at once over such
// a library and brings it up to date while it serves.
func TestRequoteInBackground(t *testing.T) {
	ctx := context.Background()
	old, a := oldRulesLibrary(t)
	var h embed.Hash
	e, err := New(ctx, Options{Store: old.opts.Store, Embedder: h, RequoteInBackground: true})
	if err != nil {
		t.Fatal(err)
	}
	e.work.Wait() // the pass: no ingest runs here
	checkRequoted(t, e, a)
	if err := e.Close(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestRequoteInBackgroundStopsAtClose: shutting down does not wait for
// the pass, and the next start finishes it.
func TestRequoteInBackgroundStopsAtClose(t *testing.T) {
	ctx := context.Background()
	old, a := oldRulesLibrary(t)
	st := old.opts.Store
	// The pass blocks as it starts, until Close cancels it.
	started := make(chan struct{})
	log := slog.New(&blockingHandler{msg: "finding who said what in the stored articles with the current rules", started: started})
	var h embed.Hash
	e, err := New(ctx, Options{Store: st, Embedder: h, RequoteInBackground: true, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	<-started
	if err := e.Close(ctx); err != nil {
		t.Fatalf("close during the pass: %v", err)
	}
	if rules, err := st.QuotationRules(ctx); err != nil || rules != "quotes/v0" {
		t.Errorf("rules after an interrupted pass: %q, %v; want the old ones", rules, err)
	}
	again, err := New(ctx, Options{Store: st, Embedder: h})
	if err != nil {
		t.Fatal(err)
	}
	checkRequoted(t, again, a)
}

// checkRequoted checks a's quotations are the current rules' and the
// engine answers with Sheinbaum's own words.
func checkRequoted(t *testing.T, e *Engine, a *store.Article) {
	t.Helper()
	ctx := context.Background()
	st := e.opts.Store
	got, err := st.Article(ctx, store.LocalScope, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	want, err := analyzeQuotes(got.Text, got.Sentences)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Quotations, want) {
		t.Errorf("quotations after opening:\n%+v\nwant\n%+v", got.Quotations, want)
	}
	if rules, err := st.QuotationRules(ctx); err != nil || rules != quotationRules {
		t.Errorf("rules after opening: %q, %v; want %q", rules, err, quotationRules)
	}
	ans := askSheinbaum(t, e)
	if !quotesSheinbaum(ans, "not going to come to Mexico with the military") {
		t.Errorf("after opening: %+v", ans)
	}
	checkQuotes(t, e, store.LocalScope, ans.Quotes)
}

func askSheinbaum(t *testing.T, e *Engine) *Answer {
	t.Helper()
	ans, err := e.Ask(context.Background(), Question{Scope: store.LocalScope, Text: "What did Sheinbaum say about invasion?"})
	if err != nil {
		t.Fatal(err)
	}
	return ans
}

// quotesSheinbaum says whether an answer quotes Claudia Sheinbaum saying text.
func quotesSheinbaum(ans *Answer, text string) bool {
	return slices.ContainsFunc(ans.Quotes, func(q Quote) bool {
		return strings.Contains(q.Text, text) && q.Speaker == "Claudia Sheinbaum"
	})
}

// blockingHandler is a log handler that, on the record msg, closes
// started and holds the logging goroutine until its context ends.
type blockingHandler struct {
	msg     string
	started chan struct{}
	once    sync.Once
}

func (h *blockingHandler) Enabled(context.Context, slog.Level) bool { return true }

func (h *blockingHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == h.msg {
		h.once.Do(func() { close(h.started) })
		<-ctx.Done()
	}
	return nil
}

func (h *blockingHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *blockingHandler) WithGroup(string) slog.Handler      { return h }
