package rag

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/internal/pgtest"
	"github.com/articlebot/articlebot/store"
)

// newPostgresEngine is newTestEngine over a PostgreSQL store in a schema of
// its own in the database $ARTICLEBOT_TEST_POSTGRES names; it skips the
// test when that is unset.
func newPostgresEngine(t *testing.T) *Engine {
	t.Helper()
	return openTestEngine(t, "", store.Options{DSN: pgtest.DSN(t)}, Options{})
}

// TestQASameOnPostgres measures the QA figures of TestQA on both backends
// in the same run: they must agree within 1 point.
func TestQASameOnPostgres(t *testing.T) {
	pg := newPostgresEngine(t)
	lite := newTestEngine(t, t.TempDir())
	type figures struct{ p1, mrr, answered float64 }
	measure := func(e *Engine) figures {
		for _, src := range []string{seedPage, "../testdata/qa/harbor.txt", "../testdata/qa/vaccine.txt"} {
			ingest(t, e, store.LocalScope, src)
		}
		var f figures
		pairs := loadQA(t)
		for _, p := range pairs {
			ctx := context.Background()
			pq := parseQuestion(p.question, nil)
			cands, err := e.rank(ctx, store.LocalScope, nil, &pq)
			if err != nil {
				t.Fatal(err)
			}
			ans, err := e.Ask(ctx, Question{Scope: store.LocalScope, Text: p.question})
			if err != nil {
				t.Fatal(err)
			}
			var ranked []string
			hit := false
			for _, q := range ans.Quotes {
				a, err := e.Article(ctx, store.LocalScope, q.ArticleID)
				if err != nil {
					t.Fatal(err)
				}
				s := sentenceText(a, sentenceAt(a, q.Start))
				ranked = append(ranked, s)
				hit = hit || strings.Contains(s, p.answer) || strings.Contains(q.Text, p.answer)
			}
			for _, c := range cands {
				ranked = append(ranked, sentenceText(c.art, c.sentence))
			}
			rr := reciprocalRank(ranked, p.answer)
			f.mrr += rr / float64(len(pairs))
			if rr == 1 {
				f.p1 += 1 / float64(len(pairs))
			}
			if hit {
				f.answered += 1 / float64(len(pairs))
			}
		}
		return f
	}
	a, b := measure(lite), measure(pg)
	t.Logf("QA: SQLite P@1 %.2f MRR@10 %.2f quotes %.2f | PostgreSQL P@1 %.2f MRR@10 %.2f quotes %.2f", a.p1, a.mrr, a.answered, b.p1, b.mrr, b.answered)
	for _, d := range []float64{a.p1 - b.p1, a.mrr - b.mrr, a.answered - b.answered} {
		if math.Abs(d) > 0.01 {
			t.Errorf("PostgreSQL's figures differ from SQLite's by %.3f", d)
		}
	}
}
