package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
)

// CopyProgress reports a [Copy] as it goes.
type CopyProgress struct {
	Scope  Scope
	Done   int // articles handled so far, over all scopes
	Total  int // articles in the source
	Copied int // of Done, how many were copied (the others were there already)
}

// Copy copies every scope of src into dst: articles with all their parts,
// vectors, summaries, threads, channels and activity, then settings and token usage.
// It is idempotent and resumable: an article already in dst with the same
// added time is skipped, and each article is copied in one transaction, so
// an interrupted copy resumes where it stopped. Articles only in dst are
// left alone. Both stores must hold vectors of the same embedder.
// progress, if not nil, is called after each article.
func Copy(ctx context.Context, dst, src *Store, progress func(CopyProgress)) (CopyProgress, error) {
	var p CopyProgress
	if stored, stale := src.Embedder(); stale {
		return p, fmt.Errorf("copy: the source's vectors are by %s/%d, not the current embedder: %w", stored.Name, stored.Dim, ErrEmbedderChanged)
	}
	if dst.want != src.want {
		return p, fmt.Errorf("copy: the stores are open with different embedders (%s/%d, %s/%d)", src.want.Name, src.want.Dim, dst.want.Name, dst.want.Dim)
	}
	if _, stale := dst.Embedder(); stale {
		return p, fmt.Errorf("copy: the destination holds vectors of another embedder: %w", ErrEmbedderChanged)
	}
	if progress == nil {
		progress = func(CopyProgress) {}
	}
	if err := copyQuotationRules(ctx, dst, src); err != nil {
		return p, fmt.Errorf("copy: %w", err)
	}
	if err := src.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM articles").Scan(&p.Total); err != nil {
		return p, fmt.Errorf("copy: count articles: %w", err)
	}
	scopes, err := src.Scopes(ctx)
	if err != nil {
		return p, fmt.Errorf("copy: %w", err)
	}
	for _, scope := range scopes {
		p.Scope = scope
		have, err := addedTimes(ctx, dst.db, scope)
		if err != nil {
			return p, fmt.Errorf("copy %s: %w", scope, err)
		}
		want, err := addedTimes(ctx, src.db, scope)
		if err != nil {
			return p, fmt.Errorf("copy %s: %w", scope, err)
		}
		for _, id := range sortedKeys(want) {
			if t, ok := have[id]; !ok || t != want[id] {
				if err := copyArticle(ctx, dst, src, scope, id); err != nil {
					return p, fmt.Errorf("copy %s/%s: %w", scope, id, err)
				}
				p.Copied++
			}
			p.Done++
			progress(p)
		}
		if err := copyScopeRows(ctx, dst, src, scope); err != nil {
			return p, fmt.Errorf("copy %s: %w", scope, err)
		}
	}
	return p, nil
}

// copyQuotationRules keeps dst's record of the rules its quotations follow
// true of the articles about to come from src: an empty dst adopts src's
// record, and one holding articles analyzed otherwise forgets its own, so
// that its next Requote reads them all.
func copyQuotationRules(ctx context.Context, dst, src *Store) error {
	srcRules, err := src.QuotationRules(ctx)
	if err != nil {
		return err
	}
	dstRules, err := dst.QuotationRules(ctx)
	if err != nil || srcRules == dstRules {
		return err
	}
	var n int
	if err := dst.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM articles").Scan(&n); err != nil {
		return fmt.Errorf("count articles: %w", err)
	}
	if n > 0 {
		srcRules = ""
	}
	return dst.setQuotationRules(ctx, srcRules)
}

// addedTimes maps a scope's article IDs to their added times.
func addedTimes(ctx context.Context, db db, scope Scope) (map[string]int64, error) {
	type row struct {
		id string
		at int64
	}
	rows, err := queryAll(ctx, db, "SELECT id, added_at FROM articles WHERE scope = ?", []any{scope},
		func(r *sql.Rows) (x row, err error) { return x, r.Scan(&x.id, &x.at) })
	if err != nil {
		return nil, err
	}
	out := make(map[string]int64, len(rows))
	for _, r := range rows {
		out[r.id] = r.at
	}
	return out, nil
}

// copyArticle writes one article of src, with its summaries, threads and
// channels, into dst in one transaction.
func copyArticle(ctx context.Context, dst, src *Store, scope Scope, id string) error {
	a, err := src.Article(ctx, scope, id)
	if errors.Is(err, ErrNotFound) {
		return nil // forgotten meanwhile
	}
	if err != nil {
		return err
	}
	sums, err := src.summaries(ctx, scope, id)
	if err != nil {
		return err
	}
	threads, err := queryAll(ctx, src.db, "SELECT thread_id FROM threads WHERE scope = ? AND article_id = ?", []any{scope, id},
		func(r *sql.Rows) (t string, err error) { return t, r.Scan(&t) })
	if err != nil {
		return err
	}
	type channel struct {
		id string
		at int64
	}
	channels, err := queryAll(ctx, src.db, "SELECT channel_id, added_at FROM article_channels WHERE scope = ? AND article_id = ?", []any{scope, id},
		func(r *sql.Rows) (c channel, err error) { return c, r.Scan(&c.id, &c.at) })
	if err != nil {
		return err
	}
	type event struct {
		channel, kind string
		at            int64
	}
	events, err := queryAll(ctx, src.db, "SELECT channel_id, kind, at FROM activity WHERE scope = ? AND article_id = ?", []any{scope, id},
		func(r *sql.Rows) (e event, err error) { return e, r.Scan(&e.channel, &e.kind, &e.at) })
	if err != nil {
		return err
	}
	if err := dst.validate(a); err != nil {
		return err
	}
	vecs := encodeChunkVectors(a.Chunks)
	dst.wmu.Lock()
	defer dst.wmu.Unlock()
	err = dst.tx(ctx, func(tx tx) error {
		if err := dst.insertArticle(ctx, tx, a, sentenceTerms(a), vecs); err != nil {
			return err
		}
		for kind, data := range sums {
			if _, err := tx.ExecContext(ctx, "INSERT INTO summaries (scope, article_id, kind, data) VALUES (?, ?, ?, ?)", scope, id, kind, data); err != nil {
				return fmt.Errorf("copy summary: %w", err)
			}
		}
		for _, t := range threads {
			if _, err := tx.ExecContext(ctx, `INSERT INTO threads (scope, thread_id, article_id) VALUES (?, ?, ?)
				ON CONFLICT (scope, thread_id) DO UPDATE SET article_id = excluded.article_id`, scope, t, id); err != nil {
				return fmt.Errorf("copy thread: %w", err)
			}
		}
		for _, c := range channels {
			if _, err := tx.ExecContext(ctx, `INSERT INTO article_channels (scope, article_id, channel_id, added_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (scope, article_id, channel_id) DO NOTHING`, scope, id, c.id, c.at); err != nil {
				return fmt.Errorf("copy channel: %w", err)
			}
		}
		// The source's activity replaces any the destination had, so a
		// copy made again counts each share once.
		if _, err := tx.ExecContext(ctx, "DELETE FROM activity WHERE scope = ? AND article_id = ?", scope, id); err != nil {
			return fmt.Errorf("copy activity: %w", err)
		}
		for _, e := range events {
			if _, err := tx.ExecContext(ctx, "INSERT INTO activity (scope, article_id, channel_id, kind, at) VALUES (?, ?, ?, ?, ?)",
				scope, id, e.channel, e.kind, e.at); err != nil {
				return fmt.Errorf("copy activity: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	dst.dfs.clear()
	return dst.index.putEncoded(scope, id, vecs)
}

// copyScopeRows copies a scope's settings and token usage, src's values
// winning.
func copyScopeRows(ctx context.Context, dst, src *Store, scope Scope) error {
	type kv struct{ k, v string }
	settings, err := queryAll(ctx, src.db, "SELECT key, value FROM settings WHERE scope = ?", []any{scope},
		func(r *sql.Rows) (x kv, err error) { return x, r.Scan(&x.k, &x.v) })
	if err != nil {
		return err
	}
	for _, s := range settings {
		if err := dst.SetSetting(ctx, scope, s.k, s.v); err != nil {
			return err
		}
	}
	type day struct {
		day    string
		tokens int64
	}
	usage, err := queryAll(ctx, src.db, "SELECT day, tokens FROM usage WHERE scope = ?", []any{scope},
		func(r *sql.Rows) (x day, err error) { return x, r.Scan(&x.day, &x.tokens) })
	if err != nil {
		return err
	}
	for _, u := range usage {
		if _, err := dst.db.ExecContext(ctx, "INSERT INTO usage (scope, day, tokens) VALUES (?, ?, ?) ON CONFLICT (scope, day) DO UPDATE SET tokens = excluded.tokens",
			scope, u.day, u.tokens); err != nil {
			return fmt.Errorf("copy usage: %w", err)
		}
	}
	return nil
}

func sortedKeys(m map[string]int64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
