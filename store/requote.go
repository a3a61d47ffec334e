package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
)

// requoteBatch is how many articles Requote reads at a time.
const requoteBatch = 64

// QuotationRules returns the rules the stored quotations were found with,
// as [Store.Requote] recorded them: "" for a library that has recorded
// none (one made before the record, or one a copy has just filled).
func (s *Store) QuotationRules(ctx context.Context) (string, error) {
	rules, _, err := s.meta(ctx, "quotation_rules")
	if err != nil {
		return "", fmt.Errorf("read quotation rules: %w", err)
	}
	return rules, nil
}

// setQuotationRules records the rules the stored quotations follow; ""
// forgets them, so that the next Requote reads every article.
func (s *Store) setQuotationRules(ctx context.Context, rules string) error {
	if err := s.setMeta(ctx, "quotation_rules", rules); err != nil {
		return fmt.Errorf("record quotation rules: %w", err)
	}
	return nil
}

// Requote brings every stored article's quotations up to new rules:
// analyze finds an article's quotations (from its Text and Sentences) as
// an ingest now would, and an article whose stored ones differ gets the
// new ones. Its cached summaries go with the old ones, since a summary
// may point into them; they are made again when next asked for. Each
// article is replaced in a transaction of its own, and only if it is still
// the one that was read: one ingested again meanwhile has been analyzed
// under the new rules already. At the end the store records rules as the
// ones its quotations follow (see [Store.QuotationRules]); an interrupted
// Requote starts over the next time. progress, if not nil, gets the
// articles read so far and the total. It returns how many articles
// changed.
func (s *Store) Requote(ctx context.Context, rules string, analyze func(*Article) []Quotation, progress func(done, total int)) (int, error) {
	if s.readOnly {
		return 0, ErrReadOnly
	}
	if progress == nil {
		progress = func(int, int) {}
	}
	var total int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM articles").Scan(&total); err != nil {
		return 0, fmt.Errorf("count articles to requote: %w", err)
	}
	scopes, err := s.Scopes(ctx)
	if err != nil {
		return 0, err
	}
	done, changed := 0, 0
	progress(done, total)
	for _, scope := range scopes {
		last := ""
		for {
			ids, err := queryAll(ctx, s.db, "SELECT id FROM articles WHERE scope = ? AND id > ? ORDER BY id LIMIT ?", []any{scope, last, requoteBatch},
				func(r *sql.Rows) (id string, err error) { return id, r.Scan(&id) })
			if err != nil {
				return changed, fmt.Errorf("list articles to requote: %w", err)
			}
			if len(ids) == 0 {
				break
			}
			last = ids[len(ids)-1]
			arts, err := s.articlesWithoutVectors(ctx, scope, ids)
			if err != nil {
				return changed, err
			}
			for _, id := range ids {
				if a := arts[id]; a != nil { // else deleted meanwhile
					n, err := s.requoteArticle(ctx, a, analyze(a))
					if err != nil {
						return changed, fmt.Errorf("requote %s/%s: %w", scope, id, err)
					}
					changed += n
				}
				done++
			}
			progress(min(done, total), total)
		}
	}
	if err := s.setQuotationRules(ctx, rules); err != nil {
		return changed, err
	}
	return changed, nil
}

// requoteArticle replaces a's stored quotations with qs when they differ
// and a is still the stored version; it returns 1 if it replaced them.
func (s *Store) requoteArticle(ctx context.Context, a *Article, qs []Quotation) (int, error) {
	if slices.Equal(qs, a.Quotations) {
		return 0, nil
	}
	if err := validQuotations(qs, len(a.Text)); err != nil {
		return 0, err
	}
	changed := 0
	err := s.tx(ctx, func(tx tx) error {
		// Touching the row locks it on PostgreSQL, as an ingest does first,
		// and finds out whether the article is still the one read.
		res, err := tx.ExecContext(ctx, "UPDATE articles SET added_at = added_at WHERE scope = ? AND id = ? AND added_at = ?", a.Scope, a.ID, unixNano(a.AddedAt))
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return err
		}
		for _, table := range []string{"quotations", "summaries"} {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE scope = ? AND article_id = ?", a.Scope, a.ID); err != nil {
				return fmt.Errorf("delete %s: %w", table, err)
			}
		}
		if err := insertQuotations(ctx, tx, a.Scope, a.ID, qs); err != nil {
			return err
		}
		changed = 1
		return nil
	})
	return changed, err
}
