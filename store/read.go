package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
)

const articleColumns = "id, scope, url, source_url, title, byline, site, language, published, text, word_count, warnings, added_by, added_at"

// Article returns the full record of one article, or ErrNotFound.
func (s *Store) Article(ctx context.Context, scope Scope, id string) (*Article, error) {
	return s.article(ctx, "SELECT "+articleColumns+" FROM articles WHERE scope = ? AND id = ?", scope, id)
}

// ArticleByURL finds an article by its canonical or submitted URL,
// preferring a canonical match; ErrNotFound if none.
func (s *Store) ArticleByURL(ctx context.Context, scope Scope, url string) (*Article, error) {
	return s.article(ctx, "SELECT "+articleColumns+" FROM articles WHERE scope = ? AND (url = ? OR source_url = ?) ORDER BY url = ? DESC LIMIT 1", scope, url, url, url)
}

// article loads an article and its parts from one snapshot, so a
// concurrent replace cannot mix two versions.
func (s *Store) article(ctx context.Context, query string, args ...any) (*Article, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, fmt.Errorf("load article: %w", err)
	}
	defer tx.Rollback()
	a := &Article{}
	var published, added int64
	var warnings string
	err = tx.QueryRowContext(ctx, query, args...).Scan(&a.ID, &a.Scope, &a.URL, &a.SourceURL, &a.Title, &a.Byline, &a.Site, &a.Language, &published, &a.Text, &a.WordCount, &warnings, &a.AddedBy, &added)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("load article: %w", err)
	}
	a.Published, a.AddedAt = fromUnixNano(published), fromUnixNano(added)
	if err := json.Unmarshal([]byte(warnings), &a.Warnings); err != nil {
		return nil, fmt.Errorf("load article warnings: %w", err)
	}
	if err := loadParts(ctx, tx, a); err != nil {
		return nil, fmt.Errorf("load article %s: %w", a.ID, err)
	}
	return a, nil
}

func loadParts(ctx context.Context, tx tx, a *Article) (err error) {
	a.Sentences, err = queryAll(ctx, tx, "SELECT start, end_, paragraph, chunk FROM sentences WHERE scope = ? AND article_id = ? ORDER BY idx",
		[]any{a.Scope, a.ID}, func(r *sql.Rows) (x Sentence, err error) {
			return x, r.Scan(&x.Start, &x.End, &x.Paragraph, &x.Chunk)
		})
	if err != nil {
		return err
	}
	a.Chunks, err = queryAll(ctx, tx, "SELECT start, end_, first_sentence, last_sentence, vector FROM chunks WHERE scope = ? AND article_id = ? ORDER BY idx",
		[]any{a.Scope, a.ID}, func(r *sql.Rows) (c Chunk, err error) {
			var blob []byte
			err = r.Scan(&c.Start, &c.End, &c.FirstSentence, &c.LastSentence, &blob)
			c.Vector = decodeVector(blob)
			return c, err
		})
	if err != nil {
		return err
	}
	a.Quotations, err = queryAll(ctx, tx, "SELECT start, end_, sentence, speaker, cue, indirect FROM quotations WHERE scope = ? AND article_id = ? ORDER BY idx",
		[]any{a.Scope, a.ID}, func(r *sql.Rows) (q Quotation, err error) {
			return q, r.Scan(&q.Start, &q.End, &q.Sentence, &q.Speaker, &q.Cue, &q.Indirect)
		})
	if err != nil {
		return err
	}
	return loadPages(ctx, tx, a)
}

// queryAll runs a query and scans every row with scan.
func queryAll[T any](ctx context.Context, db querier, query string, args []any, scan func(*sql.Rows) (T, error)) ([]T, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// List returns a scope's articles, newest first, and how many there are.
func (s *Store) List(ctx context.Context, scope Scope, offset, limit int) ([]ArticleInfo, int, error) {
	var total int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM articles WHERE scope = ?", scope).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count articles: %w", err)
	}
	if limit <= 0 {
		return nil, total, nil
	}
	out, err := queryAll(ctx, s.db, "SELECT id, scope, url, title, site, byline, published, word_count, added_by, added_at FROM articles WHERE scope = ? ORDER BY added_at DESC, id LIMIT ? OFFSET ?",
		[]any{scope, limit, max(offset, 0)}, func(r *sql.Rows) (i ArticleInfo, err error) {
			var published, added int64
			err = r.Scan(&i.ID, &i.Scope, &i.URL, &i.Title, &i.Site, &i.Byline, &published, &i.WordCount, &i.AddedBy, &added)
			i.Published, i.AddedAt = fromUnixNano(published), fromUnixNano(added)
			return i, err
		})
	if err != nil {
		return nil, 0, fmt.Errorf("list articles: %w", err)
	}
	return out, total, nil
}

// Scopes lists the scopes that hold articles or settings.
func (s *Store) Scopes(ctx context.Context) ([]Scope, error) {
	out, err := queryAll(ctx, s.db, "SELECT scope FROM articles UNION SELECT scope FROM settings ORDER BY 1", nil,
		func(r *sql.Rows) (sc Scope, err error) { return sc, r.Scan(&sc) })
	if err != nil {
		return nil, fmt.Errorf("list scopes: %w", err)
	}
	return out, nil
}
