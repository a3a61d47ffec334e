package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/articlebot/articlebot/internal/eval"
	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/store"
)

// The engine's own answers: each article ingested into a library of its
// own, as a user sharing it would, and "What did X say?" asked of it, as
// `ask --json` does. Where attributed() mimics the engine's choice of
// quotations, this scores what the engine shows: every quote of the
// answer, found back in the article and judged against the labels like
// any other returned item — X's words, someone else's, or neither (a
// sentence about X). That is the measure: of the quotes returned
// for "What did X say?", the share that are X's own words. A second
// tally keeps only the quotes the answer gives as someone's words,
// leaving out the sentences about X an answer shows when it says X isn't
// quoted. An answer with no quote given as someone's (X isn't quoted, or
// the engine can't tell whose the words are) counts as a wrong "isn't
// quoted" when the labels quote X.

// engineTallies are the engine's answers judged three ways: every quote
// returned; every quote of the answers that say they found X's words
// (`found` in ask --json, false when X isn't quoted or the engine can't
// tell which quotations are X's); and the quotes given as someone's words.
type engineTallies struct {
	all, found, given tally
}

// askEngine ingests each doc into its own scope of a new library in dir
// and asks about each of its speakers in each phrasing, a format with one
// %s for the speaker ("What did %s say?"); the tallies are per phrasing.
// A doc the engine refuses as no article (too short) is skipped, and
// counted in refused. Wrong quotes are listed to wrong when it is not
// nil: every quote's, or with givenOnly only those given as someone's
// words.
func askEngine(ctx context.Context, dir string, docs []doc, phrasings []string, wrong io.Writer, givenOnly bool) (ts []engineTallies, refused int, err error) {
	ts = make([]engineTallies, len(phrasings))
	eng, closeEngine, err := eval.NewEngine(ctx, filepath.Join(dir, "db"))
	if err != nil {
		return ts, 0, err
	}
	defer closeEngine()
	for i, d := range docs {
		path := filepath.Join(dir, fmt.Sprintf("article%04d.txt", i))
		if err := os.WriteFile(path, []byte(d.text), 0o600); err != nil {
			return ts, refused, err
		}
		scope := store.Scope(fmt.Sprintf("speakers:%d", i))
		res, err := eng.Ingest(ctx, rag.IngestRequest{Scope: scope, Source: rag.LocalFile(path)})
		if rag.Classify(err).Kind == rag.KindNoArticle {
			refused++
			continue
		}
		if err != nil {
			return ts, refused, fmt.Errorf("ingest %s: %w", d.name, err)
		}
		a := analyze(d.text)
		for p, phrasing := range phrasings {
			var rs, fs, gs []result
			for _, ask := range d.asks {
				q := fmt.Sprintf(phrasing, ask)
				ans, err := eng.Ask(ctx, rag.Question{Scope: scope, Text: q})
				if err != nil {
					return ts, refused, fmt.Errorf("%q in %s: %w", q, d.name, err)
				}
				r, g := judgeAnswer(d, ask, ans, res.Article.Text)
				r.falseNone = len(g.items) == 0 && quotedIn(d, a, ask) && deniesQuote(ans.Text)
				g.falseNone = r.falseNone
				f := result{ask: ask, lead: ans.Text, falseNone: r.falseNone}
				if ans.Found {
					f.items = r.items
				}
				if len(phrasings) > 1 {
					r.ask, g.ask = q, q
				}
				rs, fs, gs = append(rs, r), append(fs, f), append(gs, g)
			}
			switch {
			case wrong != nil && givenOnly:
				printWrong(wrong, d, gs)
			case wrong != nil:
				printWrong(wrong, d, rs)
			}
			ts[p].all.add(count(rs))
			ts[p].found.add(count(fs))
			ts[p].given.add(count(gs))
		}
	}
	return ts, refused, nil
}

// judgeAnswer finds each quote of the answer in the article and judges
// it: all of them, and those it gives as someone's words.
//
// stored is the article's text as the engine keeps it (title apart,
// spaces collapsed), which the quotes' offsets point into.
func judgeAnswer(d doc, ask string, ans *rag.Answer, stored string) (all, given result) {
	all = result{ask: ask, lead: ans.Text}
	given = result{ask: ask, lead: ans.Text}
	for _, q := range ans.Quotes {
		it := item{verdict: neither} // not found back: neither X's words nor another's
		if start, end := locate(d.text, q.Text, stored, q.Start); start >= 0 {
			it = item{start: start, end: end, verdict: judge(d, ask, start, end)}
		}
		all.items = append(all.items, it)
		if q.Speaker != "" {
			given.items = append(given.items, it)
		}
	}
	return all, given
}

// locate finds quoted text in the article, whatever its spacing and quote
// marks, and returns its byte span, or -1, -1. Where the words occur more
// than once ("unstable", quoted from officials and again from a
// minister), it takes the one the engine quoted, not the first: the
// occurrence as many places on, after the title line, as the quote at at
// is in stored, the text the engine keeps.
func locate(text, quote, stored string, at int) (int, int) {
	words := strings.Fields(quote)
	if len(words) == 0 {
		return -1, -1
	}
	for i, w := range words {
		words[i] = quoteMarks.ReplaceAllString(regexp.QuoteMeta(w), `["“”„«»]`)
	}
	re, err := regexp.Compile(strings.Join(words, `\s+`))
	if err != nil {
		return -1, -1
	}
	ms := re.FindAllStringIndex(text, -1)
	if ms == nil {
		return -1, -1
	}
	k := 0 // how many times the words occur in stored before the quote
	for _, m := range re.FindAllStringIndex(stored, -1) {
		if m[0] < at {
			k++
		}
	}
	// The title line, the first that is not blank, is not in stored.
	lead := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	title := lead + strings.IndexByte(text[lead:], '\n')
	for len(ms) > 1 && ms[0][0] < title {
		ms = ms[1:]
	}
	if k < len(ms) {
		return ms[k][0], ms[k][1]
	}
	return ms[0][0], ms[0][1]
}

var quoteMarks = regexp.MustCompile(`["“”„«»]`)

// deniesQuote reports whether an answer's lead says X isn't quoted or
// isn't mentioned ("Ms. Park isn't quoted in this article; …", "This
// article doesn't quote the government; …"), rather than that it can't
// tell whose the quotations are. The harness reads the engine's wording:
// the answer has no field for it, and users read the wording too.
func deniesQuote(lead string) bool {
	return strings.Contains(lead, "isn't quoted") || strings.Contains(lead, "doesn't quote") || strings.Contains(lead, "isn't mentioned")
}
