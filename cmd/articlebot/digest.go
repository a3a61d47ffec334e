package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/articlebot/articlebot/rag"
)

// The digest's period: a week by default, at most a year (the record of
// shares goes back further, but a digest of years is no digest).
const (
	defaultDigestDays = 7
	maxDigestDays     = 366
)

// cmdDigest prints the stories of the last --days days, the most discussed
// first, each with its articles and one or two key quotes.
func cmdDigest(ctx context.Context, a *app, _ []string) error {
	if a.days > maxDigestDays {
		return usageError{msg: fmt.Sprintf("--days can be at most %d (got %d)", maxDigestDays, a.days)}
	}
	if err := a.open(ctx); err != nil {
		return err
	}
	defer a.close()
	d, err := a.engine.Digest(ctx, a.scope(), rag.DigestRequest{Since: time.Now().AddDate(0, 0, -a.days)})
	if err != nil {
		return err
	}
	if a.jsonOut {
		return writeJSON(a.stdout, digestJSON(d))
	}
	printDigest(a.stdout, d, a.days)
	return nil
}

// digestJSON is the documented --json shape: the stories, each with its
// articles and its quotes in the ask --json quote shape.
func digestJSON(d *rag.Digest) map[string]any {
	stories := make([]map[string]any, 0, len(d.Stories))
	for _, s := range d.Stories {
		arts := make([]map[string]any, 0, len(s.Articles))
		for _, a := range s.Articles {
			arts = append(arts, map[string]any{"id": a.ID, "title": a.Title, "site": a.Site, "url": a.URL})
		}
		stories = append(stories, map[string]any{"title": s.Title, "articles": arts, "quotes": quotesJSON(s.Quotes)})
	}
	return map[string]any{"stories": stories}
}

// printDigest writes a digest as a numbered list: a line per story, its
// other articles, then its quotes as block quotes with their citations.
func printDigest(w io.Writer, d *rag.Digest, days int) {
	period := plural(days, "day")
	if len(d.Stories) == 0 {
		fmt.Fprintf(w, "Nothing was shared in the last %s.\n", period)
		return
	}
	fmt.Fprintf(w, "Stories of the last %s, most discussed first:\n", period)
	for i, s := range d.Stories {
		first := s.Articles[0]
		fmt.Fprintf(w, "\n%d. %s — %s (%s)\n", i+1, s.Title, siteOr(first.Site, first.URL), discussion(s))
		for _, a := range s.Articles[1:] {
			fmt.Fprintf(w, "   also: %s — %s\n", a.Title, siteOr(a.Site, a.URL))
		}
		for _, q := range s.Quotes {
			fmt.Fprintln(w)
			printQuote(w, q)
		}
	}
	if d.More > 0 {
		more := "1 more story"
		if d.More > 1 {
			more = fmt.Sprintf("%d more stories", d.More)
		}
		fmt.Fprintf(w, "\n… and %s (try fewer --days).\n", more)
	}
}

// discussion words a story's counts: "shared 2 times, 3 questions".
func discussion(s rag.DigestStory) string {
	parts := []string{"shared once"}
	if s.Shares != 1 {
		parts[0] = fmt.Sprintf("shared %d times", s.Shares)
	}
	if s.Messages > 0 {
		parts = append(parts, plural(s.Messages, "question"))
	}
	return strings.Join(parts, ", ")
}
