package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
)

// Activity is what members did with an article and when: each share in a
// channel and each question asked in its thread is a row, so that a
// period's discussion can be counted (a per-article counter could not say
// how much of it fell in the last week). Rows go with their article (ON
// DELETE CASCADE), like its threads and channels.

// Kinds of activity rows.
const (
	activityShare    = "share"
	activityQuestion = "question"
)

// activityTableSQL creates the table (schema version 6 in SQLite, 3 in
// PostgreSQL) and counts each channel an article was already shared in as
// one share, at the time it was first shared there. CTEXT is the backend's
// key text type.
const activityTableSQL = `
CREATE TABLE IF NOT EXISTS activity (
	scope CTEXT NOT NULL, article_id CTEXT NOT NULL,
	channel_id CTEXT NOT NULL, kind CTEXT NOT NULL, at BIGINT NOT NULL,
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS activity_at ON activity (scope, at);
CREATE INDEX IF NOT EXISTS activity_article ON activity (scope, article_id);
INSERT INTO activity (scope, article_id, channel_id, kind, at)
	SELECT scope, article_id, channel_id, 'share', added_at FROM article_channels;
`

// activitySQL is activityTableSQL for one backend's key text type.
func activitySQL(keyText string) string {
	return strings.ReplaceAll(activityTableSQL, "CTEXT", keyText)
}

// AddArticleChannel records that an article was shared in a channel (at
// the time given, or now when zero). Each call counts as one share; the
// channel's list of articles holds the article once, from its first share.
// ErrNotFound if the article is not stored.
func (s *Store) AddArticleChannel(ctx context.Context, scope Scope, articleID, channelID string, at time.Time) error {
	if channelID == "" {
		return errors.New("store: add article channel: empty channel ID")
	}
	if at.IsZero() {
		at = time.Now()
	}
	err := s.tx(ctx, func(tx tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_channels (scope, article_id, channel_id, added_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (scope, article_id, channel_id) DO NOTHING`, scope, articleID, channelID, at.UnixNano()); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "INSERT INTO activity (scope, article_id, channel_id, kind, at) VALUES (?, ?, ?, ?, ?)",
			scope, articleID, channelID, activityShare, at.UnixNano())
		return err
	})
	if s.d.isForeignKeyViolation(err) {
		return fmt.Errorf("add channel %s to %s: %w", channelID, articleID, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("add channel %s to %s: %w", channelID, articleID, err)
	}
	return nil
}

// AddThreadMessage records a question asked in a thread (at the time
// given, or now when zero), counted for the thread's article; ErrNotFound
// if the thread is no article's.
func (s *Store) AddThreadMessage(ctx context.Context, scope Scope, threadID string, at time.Time) error {
	if at.IsZero() {
		at = time.Now()
	}
	var res sql.Result
	err := s.tx(ctx, func(tx tx) (err error) {
		res, err = tx.ExecContext(ctx, `INSERT INTO activity (scope, article_id, channel_id, kind, at)
			SELECT scope, article_id, thread_id, ?, ? FROM threads WHERE scope = ? AND thread_id = ?`,
			activityQuestion, at.UnixNano(), scope, threadID)
		return err
	})
	if err != nil {
		return fmt.Errorf("add message in thread %s: %w", threadID, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("add message in thread %s: %w", threadID, ErrNotFound)
	}
	return nil
}

// DiscussionFilter selects the articles [Store.Discussed] counts.
type DiscussionFilter struct {
	// Channel, when set, keeps the articles shared in that channel in the
	// period; else every article shared, or added, in the period.
	Channel string
	// Since and Until bound the period: Since <= t < Until; a zero Until
	// has no end.
	Since, Until time.Time
}

// Discussion is how much an article was discussed in a period.
type Discussion struct {
	ArticleID string
	// AddedAt is when the article was added to the scope (perhaps before
	// the period, when it was shared again in it).
	AddedAt time.Time
	// Shares counts its shares in the period, in every channel: how far it
	// travelled, not only in the channel filtered on.
	Shares int
	// Messages counts the questions asked in its threads in the period.
	Messages int
	// LastShared is its latest share in the period; zero when it was added
	// without one (from the command line).
	LastShared time.Time
}

// Discussed counts the shares and thread questions, in a period, of the
// articles a filter selects, in no particular order.
func (s *Store) Discussed(ctx context.Context, scope Scope, f DiscussionFilter) ([]Discussion, error) {
	since, until := unixNano(f.Since), int64(math.MaxInt64)
	if !f.Until.IsZero() {
		until = f.Until.UnixNano()
	}
	picked := "SELECT article_id FROM activity WHERE scope = ? AND kind = ? AND at >= ? AND at < ?"
	pickArgs := []any{scope, activityShare, since, until}
	if f.Channel != "" {
		picked += " AND channel_id = ?"
		pickArgs = append(pickArgs, f.Channel)
	} else {
		picked += " UNION SELECT id FROM articles WHERE scope = ? AND added_at >= ? AND added_at < ?"
		pickArgs = append(pickArgs, scope, since, until)
	}
	// The period's rows are counted in one pass over the time index, then
	// joined to the picked articles: joining each article to its rows in
	// the period made SQLite walk the whole period once per article.
	q := `SELECT a.id, a.added_at, COALESCE(x.shares, 0), COALESCE(x.questions, 0), COALESCE(x.last_shared, 0)
		FROM articles a LEFT JOIN (
			SELECT article_id,
				SUM(CASE WHEN kind = 'share' THEN 1 ELSE 0 END) AS shares,
				SUM(CASE WHEN kind = 'question' THEN 1 ELSE 0 END) AS questions,
				MAX(CASE WHEN kind = 'share' THEN at END) AS last_shared
			FROM activity WHERE scope = ? AND at >= ? AND at < ? GROUP BY article_id
		) x ON x.article_id = a.id
		WHERE a.scope = ? AND a.id IN (` + picked + `)`
	args := []any{scope, since, until, scope}
	out, err := queryAll(ctx, s.db, q, append(args, pickArgs...), func(r *sql.Rows) (d Discussion, err error) {
		var added, last int64
		err = r.Scan(&d.ArticleID, &added, &d.Shares, &d.Messages, &last)
		d.AddedAt, d.LastShared = fromUnixNano(added), fromUnixNano(last)
		return d, err
	})
	if err != nil {
		return nil, fmt.Errorf("discussion in %s: %w", scope, err)
	}
	return out, nil
}
