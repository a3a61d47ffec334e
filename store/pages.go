package store

import (
	"context"
	"database/sql"
	"fmt"
)

// PageStart marks where a page of a paginated article (a PDF) begins in
// Article.Text: the text from Start up to the next PageStart is on Page.
type PageStart struct {
	Start int // byte offset in Text
	Page  int // 1-based page number
}

// pagesTableSQL creates the table of page starts; the same text serves
// both backends. Web articles have no rows.
const pagesTableSQL = `
CREATE TABLE IF NOT EXISTS pages (
	scope TEXT NOT NULL, article_id TEXT NOT NULL, idx INTEGER NOT NULL,
	start INTEGER NOT NULL, page INTEGER NOT NULL,
	PRIMARY KEY (scope, article_id, idx),
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);`

// insertPages writes an article's page starts.
func insertPages(ctx context.Context, tx tx, a *Article) error {
	if len(a.Pages) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, "INSERT INTO pages (scope, article_id, idx, start, page) VALUES (?, ?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i, p := range a.Pages {
		if _, err := stmt.ExecContext(ctx, a.Scope, a.ID, i, p.Start, p.Page); err != nil {
			return fmt.Errorf("insert page: %w", err)
		}
	}
	return nil
}

// loadPages reads the page starts of a scope's articles (by ID), in order.
func loadPages(ctx context.Context, tx tx, scope Scope, arts map[string]*Article) error {
	return loadPart(ctx, tx, "pages", "start, page", scope, arts,
		func(r *sql.Rows, id *string) (p PageStart, err error) { return p, r.Scan(id, &p.Start, &p.Page) },
		func(a *Article, p PageStart) { a.Pages = append(a.Pages, p) })
}

// validPages checks page starts lie in the text, in order.
func validPages(a *Article) error {
	last := -1
	for _, p := range a.Pages {
		if p.Start < 0 || p.Start > len(a.Text) || p.Start <= last || p.Page < 1 {
			return fmt.Errorf("store: page %d starts at %d, out of order or outside text of %d bytes", p.Page, p.Start, len(a.Text))
		}
		last = p.Start
	}
	return nil
}
