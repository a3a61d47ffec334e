package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
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

// ArticlesForRanking returns the articles with the given IDs, in that
// order, read in one snapshot and a few queries, their chunks without
// vectors: what ranking their sentences needs. (The vectors, most of an
// article's bytes, are in the index already.) ErrNotFound if one is
// missing.
func (s *Store) ArticlesForRanking(ctx context.Context, scope Scope, ids []string) ([]*Article, error) {
	byID, err := s.articlesWithoutVectors(ctx, scope, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*Article, 0, len(ids))
	for _, id := range ids {
		a := byID[id]
		if a == nil {
			return nil, fmt.Errorf("load article %s: %w", id, ErrNotFound)
		}
		out = append(out, a)
	}
	return out, nil
}

// articlesWithoutVectors reads those of a scope's articles with the given
// IDs that exist, by ID, in one snapshot, their chunks without vectors.
func (s *Store) articlesWithoutVectors(ctx context.Context, scope Scope, ids []string) (map[string]*Article, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	defer tx.Rollback()
	args := make([]any, 0, 1+len(ids))
	args = append(args, scope)
	for _, id := range ids {
		args = append(args, id)
	}
	found, err := queryAll(ctx, tx, "SELECT "+articleColumns+" FROM articles WHERE scope = ? AND id IN ("+placeholders(len(ids))+")", args, scanArticle)
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	byID := make(map[string]*Article, len(found))
	for _, a := range found {
		byID[a.ID] = a
	}
	if len(byID) == 0 {
		return byID, nil
	}
	if err := loadParts(ctx, tx, scope, byID, false); err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	return byID, nil
}

// article loads an article and its parts from one snapshot, so a
// concurrent replace cannot mix two versions.
func (s *Store) article(ctx context.Context, query string, args ...any) (*Article, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, fmt.Errorf("load article: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("load article: %w", err)
	}
	var a *Article
	if rows.Next() {
		a, err = scanArticle(rows)
	}
	if err == nil {
		err = rows.Err()
	}
	rows.Close()
	if err != nil {
		return nil, fmt.Errorf("load article: %w", err)
	}
	if a == nil {
		return nil, ErrNotFound
	}
	if err := loadParts(ctx, tx, a.Scope, map[string]*Article{a.ID: a}, true); err != nil {
		return nil, fmt.Errorf("load article %s: %w", a.ID, err)
	}
	return a, nil
}

// scanArticle reads a row of articleColumns.
func scanArticle(r *sql.Rows) (*Article, error) {
	a := &Article{}
	var published, added int64
	var warnings string
	if err := r.Scan(&a.ID, &a.Scope, &a.URL, &a.SourceURL, &a.Title, &a.Byline, &a.Site, &a.Language, &published, &a.Text, &a.WordCount, &warnings, &a.AddedBy, &added); err != nil {
		return nil, err
	}
	a.Published, a.AddedAt = fromUnixNano(published), fromUnixNano(added)
	if err := json.Unmarshal([]byte(warnings), &a.Warnings); err != nil {
		return nil, fmt.Errorf("load article warnings: %w", err)
	}
	return a, nil
}

// placeholders is n comma-separated query parameters.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// loadParts reads the parts of a scope's articles (by ID), one query per
// kind of part for all of them; chunk vectors only when vectors is set.
func loadParts(ctx context.Context, tx tx, scope Scope, arts map[string]*Article, vectors bool) error {
	err := loadPart(ctx, tx, "sentences", "start, end_, paragraph, chunk", scope, arts,
		func(r *sql.Rows, id *string) (x Sentence, err error) {
			return x, r.Scan(id, &x.Start, &x.End, &x.Paragraph, &x.Chunk)
		}, func(a *Article, x Sentence) { a.Sentences = append(a.Sentences, x) })
	if err != nil {
		return err
	}
	err = loadPart(ctx, tx, "chunks", "start, end_, first_sentence, last_sentence", scope, arts,
		func(r *sql.Rows, id *string) (c Chunk, err error) {
			return c, r.Scan(id, &c.Start, &c.End, &c.FirstSentence, &c.LastSentence)
		}, func(a *Article, c Chunk) { a.Chunks = append(a.Chunks, c) })
	if err != nil {
		return err
	}
	if vectors {
		if err := loadVectors(ctx, tx, scope, arts); err != nil {
			return err
		}
	}
	err = loadPart(ctx, tx, "quotations", "start, end_, sentence, speaker, cue, indirect", scope, arts,
		func(r *sql.Rows, id *string) (q Quotation, err error) {
			return q, r.Scan(id, &q.Start, &q.End, &q.Sentence, &q.Speaker, &q.Cue, &q.Indirect)
		}, func(a *Article, q Quotation) { a.Quotations = append(a.Quotations, q) })
	if err != nil {
		return err
	}
	return loadPages(ctx, tx, scope, arts)
}

// loadPart reads one table of parts (columns after article_id) of a
// scope's articles, each article's rows in order, and adds each to its
// article.
func loadPart[T any](ctx context.Context, tx tx, table, columns string, scope Scope, arts map[string]*Article,
	scan func(r *sql.Rows, id *string) (T, error), add func(*Article, T)) error {
	args := make([]any, 0, 1+len(arts))
	args = append(args, scope)
	for id := range arts {
		args = append(args, id)
	}
	rows, err := tx.QueryContext(ctx, "SELECT article_id, "+columns+" FROM "+table+
		" WHERE scope = ? AND article_id IN ("+placeholders(len(arts))+") ORDER BY article_id, idx", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		x, err := scan(rows, &id)
		if err != nil {
			return err
		}
		if a := arts[id]; a != nil {
			add(a, x)
		}
	}
	return rows.Err()
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

// OnlyArticle returns the ID of a scope's article when the scope holds
// exactly one (ok false otherwise). Unlike List it does not count the
// scope's articles: a question asks it every time.
func (s *Store) OnlyArticle(ctx context.Context, scope Scope) (id string, ok bool, err error) {
	ids, err := queryAll(ctx, s.db, "SELECT id FROM articles WHERE scope = ? LIMIT 2", []any{scope},
		func(r *sql.Rows) (id string, err error) { return id, r.Scan(&id) })
	if err != nil {
		return "", false, fmt.Errorf("list articles: %w", err)
	}
	if len(ids) != 1 {
		return "", false, nil
	}
	return ids[0], true, nil
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

// loadVectors sets the chunk vectors of a scope's articles (by ID), as
// stored (not normalized). An article whose vectors an old version left
// by several embedders keeps none.
func loadVectors(ctx context.Context, tx tx, scope Scope, arts map[string]*Article) error {
	args := make([]any, 0, 1+len(arts))
	args = append(args, scope)
	for id := range arts {
		args = append(args, id)
	}
	rows, err := tx.QueryContext(ctx, "SELECT article_id, dim, data FROM article_vectors WHERE scope = ? AND article_id IN ("+placeholders(len(arts))+")", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var dim int
		var data []byte
		if err := rows.Scan(&id, &dim, &data); err != nil {
			return err
		}
		a := arts[id]
		if a == nil || dim == 0 {
			continue
		}
		vecs, err := decodeVectors(data, dim)
		if err != nil {
			return err
		}
		if len(vecs) != len(a.Chunks) {
			return fmt.Errorf("%w: %d vectors for %d chunks", errDamagedVectors, len(vecs), len(a.Chunks))
		}
		for i, v := range vecs {
			a.Chunks[i].Vector = v
		}
	}
	return rows.Err()
}
