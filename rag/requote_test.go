package rag

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/rag/embed"
	"github.com/articlebot/articlebot/store"
)

// TestNewRequotes: a library whose quotations older rules found gets
// them found again when an engine opens it, so "What did X say?" over an
// article shared before an upgrade answers as over a new one.
func TestNewRequotes(t *testing.T) {
	ctx := context.Background()
	e := newTestEngine(t, t.TempDir())
	st := e.opts.Store
	a := ingest(t, e, store.LocalScope, seedPage)
	if rules, err := st.QuotationRules(ctx); err != nil || rules != quotationRules {
		t.Fatalf("rules of a new library: %q, %v; want %q", rules, err, quotationRules)
	}
	// An older articlebot gave every quotation to Marco Rubio.
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
	ask := func(e *Engine) *Answer {
		t.Helper()
		ans, err := e.Ask(ctx, Question{Scope: store.LocalScope, Text: "What did Sheinbaum say about invasion?"})
		if err != nil {
			t.Fatal(err)
		}
		return ans
	}
	if ans := ask(e); quotesSheinbaum(ans, "not going to come to Mexico with the military") {
		t.Fatalf("the old rules' answer already quotes Sheinbaum: %+v", ans)
	}

	var h embed.Hash
	e2, err := New(ctx, Options{Store: st, Embedder: h})
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.Article(ctx, store.LocalScope, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if want := analyzeQuotes(got.Text, got.Sentences); !slices.Equal(got.Quotations, want) {
		t.Errorf("quotations after opening:\n%+v\nwant\n%+v", got.Quotations, want)
	}
	if rules, err := st.QuotationRules(ctx); err != nil || rules != quotationRules {
		t.Errorf("rules after opening: %q, %v; want %q", rules, err, quotationRules)
	}
	ans := ask(e2)
	if !quotesSheinbaum(ans, "not going to come to Mexico with the military") {
		t.Errorf("after opening: %+v", ans)
	}
	checkQuotes(t, e2, store.LocalScope, ans.Quotes)
	// The summary cached with the old quotations went with them.
	if _, err := e2.Summarize(ctx, store.LocalScope, a.ID); err != nil {
		t.Fatal(err)
	}
}

// quotesSheinbaum says whether an answer quotes Claudia Sheinbaum saying text.
func quotesSheinbaum(ans *Answer, text string) bool {
	return slices.ContainsFunc(ans.Quotes, func(q Quote) bool {
		return strings.Contains(q.Text, text) && q.Speaker == "Claudia Sheinbaum"
	})
}
