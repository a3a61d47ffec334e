package extract

import (
	"fmt"
	"strings"
	"time"
)

// PageStart marks where a page begins in a paginated document's text: the
// text from Offset up to the next PageStart is on Page.
type PageStart struct {
	Offset int // byte offset in Document.Text
	Page   int // 1-based
}

// PagedParagraph is one paragraph of a paginated document (a PDF) as its
// reader laid it out.
type PagedParagraph struct {
	Text string
	Page int // the page it starts on, 1-based
	// Breaks are the later pages it runs onto, as offsets in Text.
	Breaks []PageStart
}

// Paged makes a document of a paginated source's paragraphs, keeping where
// each page begins in Document.Pages so that quotes can cite their page.
// The text rules are those of every Document; a paragraph whose text is
// not already single-spaced is collapsed and keeps only its first page.
// It returns an error wrapping ErrNoArticle when there are fewer than
// MinWords words.
func Paged(title, byline string, published time.Time, paras []PagedParagraph) (*Document, error) {
	doc := &Document{Title: collapseSpace(title), Byline: collapseSpace(byline), Published: published}
	var b strings.Builder
	var texts []string
	for _, p := range paras {
		text := collapseSpace(p.Text)
		if text == "" {
			continue
		}
		if len(texts) == 0 && repeatsTitle(text, doc.Title) {
			continue // the heading repeating the title
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		doc.Pages = addPage(doc.Pages, PageStart{Offset: start, Page: p.Page})
		if text == p.Text {
			for _, br := range p.Breaks {
				if br.Offset > 0 && br.Offset < len(text) {
					doc.Pages = addPage(doc.Pages, PageStart{Offset: start + br.Offset, Page: br.Page})
				}
			}
		}
		b.WriteString(text)
		texts = append(texts, text)
	}
	doc.Text = b.String()
	doc.Words = WordCount(doc.Text)
	if doc.Words < MinWords {
		return nil, fmt.Errorf("%w: only %d words of text", ErrNoArticle, doc.Words)
	}
	doc.Language = detectLanguage(doc.Text)
	if doc.Words < shortWords {
		doc.Warnings = append(doc.Warnings, WarnShort)
	}
	return doc, nil
}

// addPage appends s unless the text is already on that page, so Pages
// holds one entry per page change, in order.
func addPage(pages []PageStart, s PageStart) []PageStart {
	if s.Page < 1 {
		return pages
	}
	if n := len(pages); n > 0 && (pages[n-1].Page == s.Page || pages[n-1].Offset >= s.Offset) {
		return pages
	}
	return append(pages, s)
}
