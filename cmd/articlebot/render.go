package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/articlebot/articlebot/rag"
)

// quoteJSON is the documented shape of a quote in --json output: its
// words and speaker, then where they are (citationJSON's fields, inline).
type quoteJSON struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
	citationJSON
	// Emphasis is the part of Text an answer rests on, when it is only part
	// of the quote (which is always a whole sentence or whole quoted words).
	Emphasis string `json:"emphasis,omitempty"`
	// Also are the same words in other articles of the quote's story, each
	// cited in its own article; Versions are how other articles of the
	// story quote the speaker differently, each a quote of this shape.
	Also     []citationJSON `json:"also,omitempty"`
	Versions []quoteJSON    `json:"versions,omitempty"`
}

// citationJSON is the documented shape of where a quote's words are: in
// the quote itself, and for each copy of them in another article.
type citationJSON struct {
	ArticleID string `json:"article_id"`
	Title     string `json:"title"`
	Site      string `json:"site,omitempty"`
	URL       string `json:"url"`
	Link      string `json:"link"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Paragraph int    `json:"paragraph"`
	Page      int    `json:"page,omitempty"` // PDFs only
}

func quotesJSON(qs []rag.Quote) []quoteJSON {
	out := make([]quoteJSON, 0, len(qs))
	for _, q := range qs {
		_, em, _ := q.Parts()
		j := quoteJSON{Text: q.Text, Speaker: q.Speaker, citationJSON: citationJSON{q.ArticleID, q.Title, q.Site, q.URL, q.Link, q.Start, q.End, q.Paragraph, q.Page}, Emphasis: em}
		for _, c := range q.Also {
			j.Also = append(j.Also, citationJSON{c.ArticleID, c.Title, c.Site, c.URL, c.Link, c.Start, c.End, c.Paragraph, c.Page})
		}
		if len(q.Versions) > 0 {
			j.Versions = quotesJSON(q.Versions)
		}
		out = append(out, j)
	}
	return out
}

func answerJSON(a *rag.Answer) map[string]any {
	return map[string]any{
		"answer": a.Text,
		"engine": a.Engine,
		"found":  a.Found,
		"notes":  nonNil(a.Notes),
		"quotes": quotesJSON(a.Quotes),
	}
}

func summaryJSON(s *rag.Summary) map[string]any {
	m := map[string]any{
		"article_id":      s.ArticleID,
		"title":           s.Title,
		"site":            s.Site,
		"byline":          s.Byline,
		"url":             s.URL,
		"tldr":            s.TLDR,
		"tldr_quotes":     quotesJSON(s.TLDRQuotes),
		"key_quotes":      quotesJSON(s.KeyQuotes),
		"key_points":      nonNil(s.KeyPoints),
		"word_count":      s.WordCount,
		"reading_minutes": s.ReadingMinutes,
		"warnings":        nonNil(s.Warnings),
		"engine":          s.Engine,
		"notes":           nonNil(s.Notes),
	}
	if !s.Published.IsZero() {
		m["published"] = s.Published.Format(time.RFC3339)
	}
	return m
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// printAnswer writes an answer as it will look in Discord: the engine's own
// words, then each quote as a "> " block quote followed by its citation.
func printAnswer(w io.Writer, a *rag.Answer) {
	if a.Text != "" {
		fmt.Fprintln(w, a.Text)
	}
	for _, q := range a.Quotes {
		fmt.Fprintln(w)
		printQuote(w, q)
	}
	for _, n := range a.Notes {
		fmt.Fprintf(w, "\nNote: %s\n", n)
	}
}

// printQuote writes a quote as "> " lines with the words the answer rests
// on in **bold**, Markdown as Discord shows it, then its citation.
func printQuote(w io.Writer, q rag.Quote) {
	before, em, after := q.Parts()
	text := before + emphasize(em) + after
	for _, line := range strings.Split(text, "\n") {
		fmt.Fprintf(w, "> %s\n", line)
	}
	if len(q.Also) == 0 {
		fmt.Fprintf(w, "— %s\n", citation(q))
	} else {
		printReporters(w, q)
	}
	for _, v := range q.Versions {
		fmt.Fprintf(w, "As %s has it:\n", v.Outlet())
		printQuote(w, v)
	}
}

// printReporters cites a quote that several outlets of its story carry
// word for word: each outlet on its own line, linked to the words in its
// own article.
func printReporters(w io.Writer, q rag.Quote) {
	outlets := []string{q.Outlet()}
	for _, c := range q.Also {
		outlets = append(outlets, c.Outlet())
	}
	who := ""
	if q.Speaker != "" {
		who = q.Speaker + ", "
	}
	fmt.Fprintf(w, "— %sreported by %s:\n", who, joinAnd(outlets))
	fmt.Fprintf(w, "  %s\n", sourceLine(q.Title, q.Site, q.Page, q.Paragraph, q.Link))
	for _, c := range q.Also {
		fmt.Fprintf(w, "  %s\n", sourceLine(c.Title, c.Site, c.Page, c.Paragraph, c.Link))
	}
}

// joinAnd joins items as English lists them: "A", "A and B", "A, B and C".
func joinAnd(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// emphasize bolds s line by line, so the marks pair up on every line of
// a block quote.
func emphasize(s string) string {
	if s == "" {
		return ""
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			lines[i] = "**" + l + "**"
		}
	}
	return strings.Join(lines, "\n")
}

// citation names the article, where in it, and the deep link.
func citation(q rag.Quote) string {
	who := ""
	if q.Speaker != "" {
		who = q.Speaker + ", "
	}
	return who + sourceLine(q.Title, q.Site, q.Page, q.Paragraph, q.Link)
}

// sourceLine is “Title” (Site), ¶4 · link.
func sourceLine(title, site string, page, paragraph int, link string) string {
	var b strings.Builder
	b.WriteString("“" + title + "”")
	if site != "" {
		b.WriteString(" (" + site + ")")
	}
	switch {
	case page > 0:
		fmt.Fprintf(&b, ", p. %d", page)
	case paragraph > 0:
		fmt.Fprintf(&b, ", ¶%d", paragraph)
	}
	b.WriteString(" · " + link)
	return b.String()
}

func printSummary(w io.Writer, s *rag.Summary) {
	fmt.Fprintln(w, s.Title)
	var meta []string
	for _, m := range []string{s.Site, s.Byline, dateOr(s.Published)} {
		if m != "" && !slices.Contains(meta, m) {
			meta = append(meta, m)
		}
	}
	meta = append(meta, fmt.Sprintf("%d words, %d min read", s.WordCount, s.ReadingMinutes))
	fmt.Fprintln(w, strings.Join(meta, " · "))
	fmt.Fprintln(w, s.URL)
	for _, warn := range s.Warnings {
		fmt.Fprintf(w, "Warning: %s\n", warn)
	}
	fmt.Fprintf(w, "\nTL;DR: %s\n", s.TLDR)
	if len(s.KeyQuotes) > 0 {
		fmt.Fprintln(w, "\nKey quotes:")
		for i, q := range s.KeyQuotes {
			fmt.Fprintln(w)
			if i < len(s.KeyPoints) {
				fmt.Fprintf(w, "• %s\n", s.KeyPoints[i])
			}
			printQuote(w, q)
		}
	}
	for _, n := range s.Notes {
		fmt.Fprintf(w, "\nNote: %s\n", n)
	}
}

func dateOr(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2 Jan 2006")
}
