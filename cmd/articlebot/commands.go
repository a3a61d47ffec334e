package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/articlebot/articlebot/rag"
)

// demoArticle is the seed article the project was born from, as a news page.
const demoArticle = "testdata/pages/sheinbaum.html"

// demoQuestion is the question the seed article must answer.
const demoQuestion = "What did Sheinbaum say about invasion?"

// cmdDemo runs the main job offline in a throwaway library: ingest the seed
// article, summarize it, answer the Sheinbaum question.
func cmdDemo(ctx context.Context, a *app, _ []string) error {
	if _, err := os.Stat(demoArticle); err != nil {
		return fmt.Errorf("demo: run it from the repository root (%s not found)", demoArticle)
	}
	if a.dataDir == "" {
		dir, err := os.MkdirTemp("", "articlebot-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		a.dataDir = dir
	}
	if err := a.open(ctx); err != nil {
		return err
	}
	defer a.close()
	res, err := a.engine.Ingest(ctx, rag.IngestRequest{Scope: rag.LocalScope, Source: rag.LocalFile(demoArticle), AddedBy: "demo"})
	if err != nil {
		return err
	}
	sum, err := a.asker.Summarize(ctx, rag.LocalScope, res.Article.ID)
	if err != nil {
		return err
	}
	ans, err := a.asker.Ask(ctx, rag.Question{Scope: rag.LocalScope, Text: demoQuestion})
	if err != nil {
		return err
	}
	if a.jsonOut {
		return writeJSON(a.stdout, map[string]any{"summary": summaryJSON(sum), "question": demoQuestion, "answer": answerJSON(ans)})
	}
	printSummary(a.stdout, sum)
	fmt.Fprintf(a.stdout, "\nQ: %s\n\n", demoQuestion)
	printAnswer(a.stdout, ans)
	return nil
}

func cmdIngest(ctx context.Context, a *app, args []string) error {
	srcs := args
	if len(srcs) == 0 {
		return usageError{msg: "ingest needs at least one URL or path"}
	}
	if err := a.open(ctx); err != nil {
		return err
	}
	defer a.close()
	var failed int
	var results []map[string]any
	for i, src := range srcs {
		prefix := fmt.Sprintf("[%d/%d] %s", i+1, len(srcs), src)
		progress := func(s rag.Stage) {
			if !a.jsonOut && s != rag.StageDone {
				fmt.Fprintf(a.stderr, "%s: %s…\n", prefix, s)
			}
		}
		res, err := a.engine.Ingest(ctx, rag.IngestRequest{Scope: a.scope(), Source: argSource(src), AddedBy: "cli", Progress: progress})
		if err != nil {
			failed++
			a.log.Debug("ingest failed", "source", src, "err", err)
			if a.jsonOut {
				results = append(results, map[string]any{"source": src, "error": userMessage(err)})
			} else {
				fmt.Fprintf(a.stderr, "%s: failed: %s\n", prefix, userMessage(err))
			}
			continue
		}
		art := res.Article
		if a.jsonOut {
			results = append(results, map[string]any{"source": src, "id": art.ID, "title": art.Title, "url": art.URL, "words": art.WordCount, "existing": res.Existing, "warnings": art.Warnings})
			continue
		}
		state := "added"
		if res.Existing {
			state = "already in the library"
		}
		fmt.Fprintf(a.stdout, "%s  %s (%s, %d words) — %s\n", art.ID, art.Title, siteOr(art.Site, art.URL), art.WordCount, state)
		for _, w := range art.Warnings {
			fmt.Fprintf(a.stdout, "    warning: %s\n", w)
		}
	}
	if a.jsonOut {
		if err := writeJSON(a.stdout, results); err != nil {
			return err
		}
	}
	if failed > 0 {
		return silentError{fmt.Sprintf("%d of %d failed", failed, len(srcs))}
	}
	return nil
}

// scope is the library the command works on: a Discord server's with
// --server (checked when parsed), else the CLI's own.
func (a *app) scope() rag.Scope {
	if a.server == "" {
		return rag.LocalScope
	}
	s, err := rag.ServerScope(a.server)
	if err != nil {
		panic("unchecked --server: " + err.Error())
	}
	return s
}

// silentError fails the command with a summary line after per-item errors
// were already printed.
type silentError struct{ msg string }

func (e silentError) Error() string { return e.msg }

func cmdAsk(ctx context.Context, a *app, args []string) error {
	question := strings.TrimSpace(strings.Join(args, " "))
	if question == "" {
		return usageError{msg: `ask needs a question: articlebot ask "what did X say about Y?"`}
	}
	if err := a.open(ctx); err != nil {
		return err
	}
	defer a.close()
	q := rag.Question{Scope: a.scope(), Text: question}
	if a.article != "" {
		art, err := a.engine.Resolve(ctx, a.scope(), a.article)
		if err != nil {
			return err
		}
		q.ArticleIDs = []string{art.ID}
	}
	ans, err := a.asker.Ask(ctx, q)
	if err != nil {
		return err
	}
	if a.jsonOut {
		return writeJSON(a.stdout, answerJSON(ans))
	}
	printAnswer(a.stdout, ans)
	return nil
}

func cmdSummarize(ctx context.Context, a *app, args []string) error {
	pos := args
	if len(pos) != 1 {
		return usageError{msg: "summarize needs one URL, path or article ID"}
	}
	if err := a.open(ctx); err != nil {
		return err
	}
	defer a.close()
	art, err := a.engine.Resolve(ctx, a.scope(), pos[0])
	if errors.Is(err, rag.ErrNotFound) {
		// Not in the library yet: ingest it first, as a user would expect.
		src := argSource(pos[0])
		if missingFile(src) {
			return notInLibrary(pos[0])
		}
		res, ierr := a.engine.Ingest(ctx, rag.IngestRequest{Scope: a.scope(), Source: src, AddedBy: "cli"})
		if ierr != nil {
			return ierr
		}
		art, err = res.Article, nil
	}
	if err != nil {
		return err
	}
	sum, err := a.asker.Summarize(ctx, a.scope(), art.ID)
	if err != nil {
		return err
	}
	if a.jsonOut {
		return writeJSON(a.stdout, summaryJSON(sum))
	}
	printSummary(a.stdout, sum)
	return nil
}

// cmdList lists the library by story: each story's first article, with
// the other outlets' articles of it indented under it; --limit and
// --offset count stories.
func cmdList(ctx context.Context, a *app, _ []string) error {
	if err := a.open(ctx); err != nil {
		return err
	}
	defer a.close()
	stories, err := a.engine.Stories(ctx, a.scope(), rag.StoryFilter{})
	if err != nil {
		return err
	}
	total := 0
	for _, s := range stories {
		total += len(s.Articles)
	}
	if a.offset > 0 && a.offset >= len(stories) && total > 0 {
		return usageError{msg: fmt.Sprintf("--offset %d is past the end: the library has %s", a.offset, libraryCount(total, len(stories)))}
	}
	page := stories[min(a.offset, len(stories)):min(a.offset+a.limit, len(stories))]
	if a.jsonOut {
		return writeJSON(a.stdout, listJSON(page, total, len(stories)))
	}
	if total == 0 {
		fmt.Fprintln(a.stdout, "The library is empty: add an article with articlebot ingest <url>.")
		return nil
	}
	for _, s := range page {
		lead := s.Articles[0]
		fmt.Fprintf(a.stdout, "%s  %s — %s (%s)\n", lead.ID, lead.Title, siteOr(lead.Site, lead.URL), lead.AddedAt.Local().Format("2006-01-02 15:04"))
		for _, i := range s.Articles[1:] {
			fmt.Fprintf(a.stdout, "    also reported by %s: %s  %s (%s)\n", siteOr(i.Site, i.URL), i.ID, i.Title, i.AddedAt.Local().Format("2006-01-02 15:04"))
		}
	}
	if shown := a.offset + len(page); shown < len(stories) {
		fmt.Fprintf(a.stdout, "… %s more (--offset %d)\n", storyCount(len(stories)-shown), shown)
	}
	return nil
}

// libraryCount says how much the library holds: "3 articles", or "5
// articles in 3 stories" when some are one story.
func libraryCount(articles, stories int) string {
	if articles == stories {
		return plural(articles, "article")
	}
	return plural(articles, "article") + " in " + storyCount(stories)
}

// storyCount is "1 story" or "n stories".
func storyCount(n int) string {
	if n == 1 {
		return "1 story"
	}
	return fmt.Sprintf("%d stories", n)
}

// listJSON is list's --json shape: as before, "total" articles and the
// "articles" listed (each now with its "story"), and the "stories" they
// make, each with its article IDs, first added first.
func listJSON(page []rag.Story, total, stories int) map[string]any {
	arts := []map[string]any{}
	groups := []map[string]any{}
	for _, s := range page {
		ids := []string{}
		for _, i := range s.Articles {
			arts = append(arts, map[string]any{"id": i.ID, "title": i.Title, "site": i.Site, "url": i.URL, "words": i.WordCount, "added_at": i.AddedAt, "story": s.ID})
			ids = append(ids, i.ID)
		}
		groups = append(groups, map[string]any{"id": s.ID, "title": s.Title, "articles": ids})
	}
	return map[string]any{"total": total, "stories_total": stories, "articles": arts, "stories": groups}
}

func cmdForget(ctx context.Context, a *app, args []string) error {
	pos := args
	if len(pos) != 1 {
		return usageError{msg: "forget needs one article ID (see articlebot list)"}
	}
	if err := a.open(ctx); err != nil {
		return err
	}
	defer a.close()
	art, err := a.engine.Resolve(ctx, a.scope(), pos[0])
	if err != nil {
		return err
	}
	if err := a.engine.Forget(ctx, a.scope(), art.ID); err != nil {
		return err
	}
	if a.jsonOut {
		return writeJSON(a.stdout, map[string]any{"forgotten": art.ID})
	}
	fmt.Fprintf(a.stdout, "Forgot %s (%s).\n", art.ID, art.Title)
	return nil
}

func cmdExtract(ctx context.Context, a *app, args []string) error {
	pos := args
	if len(pos) != 1 {
		return usageError{msg: "extract needs one URL or path"}
	}
	if err := a.open(ctx); err != nil {
		return err
	}
	defer a.close()
	doc, err := a.engine.Extract(ctx, argSource(pos[0]))
	if err != nil {
		return err
	}
	if a.jsonOut {
		out := map[string]any{
			"title": doc.Title, "byline": doc.Byline, "site": doc.Site, "language": doc.Language,
			"canonical_url": doc.CanonicalURL, "words": len(strings.Fields(doc.Text)),
			"warnings": nonNil(doc.Warnings), "text": doc.Text,
		}
		if !doc.Published.IsZero() {
			out["published"] = doc.Published.Format(time.RFC3339)
		}
		if len(doc.Pages) > 0 {
			// A PDF: where each page begins, as byte offsets in text.
			pages := make([]map[string]int, len(doc.Pages))
			for i, p := range doc.Pages {
				pages[i] = map[string]int{"start": p.Offset, "page": p.Page}
			}
			out["pages"] = pages
		}
		return writeJSON(a.stdout, out)
	}
	fmt.Fprintf(a.stdout, "Title:     %s\nByline:    %s\nSite:      %s\nPublished: %s\nLanguage:  %s\nCanonical: %s\nWords:     %d\n",
		doc.Title, doc.Byline, doc.Site, dateOr(doc.Published), doc.Language, doc.CanonicalURL, len(strings.Fields(doc.Text)))
	for _, w := range doc.Warnings {
		fmt.Fprintf(a.stdout, "Warning:   %s\n", w)
	}
	fmt.Fprintf(a.stdout, "\n%s\n", doc.Text)
	return nil
}

func writeJSON(w interface{ Write([]byte) (int, error) }, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func siteOr(site, u string) string {
	if site != "" {
		return site
	}
	if strings.HasPrefix(u, "file:") {
		return filepath.Base(u)
	}
	return u
}

// plural writes n and the noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
