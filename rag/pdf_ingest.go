package rag

import (
	"context"
	"fmt"
	"net/url"
	"path"
	"strings"

	"github.com/articlebot/articlebot/rag/extract"
	"github.com/articlebot/articlebot/rag/fetch"
	"github.com/articlebot/articlebot/store"
)

// extractPDF reads a PDF page into a document whose Pages say where each
// page begins, so quotes can cite their page.
func (e *Engine) extractPDF(ctx context.Context, page *fetch.Page) (*extract.Document, error) {
	pd, err := e.pdf.Read(ctx, page.Body)
	if err != nil {
		return nil, err
	}
	paras := make([]extract.PagedParagraph, len(pd.Paragraphs))
	for i, p := range pd.Paragraphs {
		paras[i] = extract.PagedParagraph{Text: p.Text, Page: p.Page}
		for _, b := range p.Breaks {
			paras[i].Breaks = append(paras[i].Breaks, extract.PageStart{Offset: b.Offset, Page: b.Page})
		}
	}
	doc, err := extract.Paged(pd.Title, pd.Author, pd.Created, paras)
	if err != nil {
		return nil, err
	}
	u, err := url.Parse(page.URL)
	if err != nil {
		return nil, fmt.Errorf("page url %q: %w", page.URL, err)
	}
	if doc.Title == "" {
		// A PDF without a title is known by its file name.
		doc.Title = strings.TrimSuffix(path.Base(u.Path), path.Ext(u.Path))
	}
	if u.Scheme == "http" || u.Scheme == "https" {
		doc.Site = strings.TrimPrefix(u.Hostname(), "www.")
	}
	return doc, nil
}

// storePages converts a document's page starts for the store.
func storePages(doc *extract.Document) []store.PageStart {
	if len(doc.Pages) == 0 {
		return nil
	}
	out := make([]store.PageStart, len(doc.Pages))
	for i, p := range doc.Pages {
		out[i] = store.PageStart{Start: p.Offset, Page: p.Page}
	}
	return out
}

// pageAt returns the page of a PDF article holding byte offset off, 0 for
// web articles.
func pageAt(a *store.Article, off int) int {
	page := 0
	for _, p := range a.Pages {
		if p.Start > off {
			break
		}
		page = p.Page
	}
	return page
}
