package rag

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/articlebot/articlebot/rag/quotes"
	"github.com/articlebot/articlebot/store"
)

// quotationRules names, as the store records it, the rules an ingest
// finds who said what with.
var quotationRules = fmt.Sprintf("quotes/v%d", quotes.Version)

// requote finds who said what in the stored articles again when their
// quotations were found by other rules (an older articlebot), so that
// "What did X say?" over articles shared before an upgrade answers as well
// as over new ones. A read-only library keeps its old quotations.
func (e *Engine) requote(ctx context.Context) error {
	st := e.opts.Store
	rules, err := st.QuotationRules(ctx)
	if err != nil {
		return err
	}
	if rules == quotationRules {
		return nil
	}
	start := time.Now()
	progress := e.progress("finding who said what", e.opts.RequoteProgress)
	changed, err := st.Requote(ctx, quotationRules, func(a *store.Article) []store.Quotation {
		qs, err := analyzeQuotes(a.Text, a.Sentences)
		if err != nil {
			e.log.ErrorContext(ctx, "finding who said what failed: the article keeps its quotations", "article", a.URL, "err", err)
			return a.Quotations
		}
		return qs
	}, func(done, total int) {
		switch {
		case total == 0:
		case done == 0:
			e.log.InfoContext(ctx, "finding who said what in the stored articles with the current rules", "from", rules, "to", quotationRules, "articles", total)
		default:
			progress(done, total)
		}
	})
	switch {
	case errors.Is(err, store.ErrReadOnly):
		e.log.Warn("the library is read-only: its quotations stay as older rules found them", "rules", rules, "current", quotationRules)
		return nil
	case err != nil:
		return fmt.Errorf("find who said what with the current rules: %w", err)
	}
	if changed > 0 {
		e.log.Info("quotations brought up to the current rules", "articles_changed", changed, "took", time.Since(start).Round(time.Millisecond))
	}
	return nil
}

// requoteInBackground runs requote detached from New's caller, owned by
// the engine: Close cancels it and waits for it. An interrupted pass has
// kept the articles it finished, and the next start does the rest.
func (e *Engine) requoteInBackground(ctx context.Context) {
	ctx, e.stopBackground = context.WithCancel(context.WithoutCancel(ctx))
	e.work.Add(1)
	go func() {
		defer e.work.Done()
		switch err := e.requote(ctx); {
		case err == nil:
		case ctx.Err() != nil:
			e.log.Info("finding who said what stopped at shutdown: the next start finishes it")
		default:
			e.log.Error("finding who said what with the current rules failed: older articles keep their quotations", "err", err)
		}
	}()
}
