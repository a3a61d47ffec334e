package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Threads and channels are relational facts about articles, kept in tables
// whose rows go with their article (ON DELETE CASCADE): forgetting an
// article forgets its threads and channels, and a later ingest of the same
// link starts without them. Replacing an article keeps them.

// threadTablesSQL creates the tables; the same text serves both backends.
const threadTablesSQL = `
CREATE TABLE IF NOT EXISTS threads (
	scope TEXT NOT NULL, thread_id TEXT NOT NULL, article_id TEXT NOT NULL,
	PRIMARY KEY (scope, thread_id),
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS threads_article ON threads (scope, article_id);
CREATE TABLE IF NOT EXISTS article_channels (
	scope TEXT NOT NULL, article_id TEXT NOT NULL, channel_id TEXT NOT NULL, added_at BIGINT NOT NULL,
	PRIMARY KEY (scope, article_id, channel_id),
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS article_channels_channel ON article_channels (scope, channel_id);
`

// sqlMoveLegacyLinks moves the bot's former settings keys
// ("thread:<thread ID>" → article ID, "channel:<article ID>" → channel ID)
// into the tables; keys of articles that are gone are dropped, not moved.
const sqlMoveLegacyLinks = `
INSERT INTO threads (scope, thread_id, article_id)
	SELECT s.scope, substr(s.key, 8), s.value FROM settings s JOIN articles a ON a.scope = s.scope AND a.id = s.value
	WHERE substr(s.key, 1, 7) = 'thread:' AND length(s.key) > 7
	ON CONFLICT DO NOTHING;
INSERT INTO article_channels (scope, article_id, channel_id, added_at)
	SELECT s.scope, a.id, s.value, a.added_at FROM settings s JOIN articles a ON a.scope = s.scope AND a.id = substr(s.key, 9)
	WHERE substr(s.key, 1, 8) = 'channel:' AND s.value != ''
	ON CONFLICT DO NOTHING;
DELETE FROM settings WHERE substr(key, 1, 7) = 'thread:' OR substr(key, 1, 8) = 'channel:';
`

// LinkThread records that a discussion thread is about an article,
// replacing what the thread was linked to; ErrNotFound if the article is
// not stored (gone, or never was).
func (s *Store) LinkThread(ctx context.Context, scope Scope, threadID, articleID string) error {
	if threadID == "" {
		return errors.New("store: link thread: empty thread ID")
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO threads (scope, thread_id, article_id) VALUES (?, ?, ?)
		ON CONFLICT (scope, thread_id) DO UPDATE SET article_id = excluded.article_id`, scope, threadID, articleID)
	if s.d.isForeignKeyViolation(err) {
		return fmt.Errorf("link thread %s to %s: %w", threadID, articleID, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("link thread %s: %w", threadID, err)
	}
	return nil
}

// UnlinkThread forgets a thread (deleted on Discord); no error if it was
// not linked.
func (s *Store) UnlinkThread(ctx context.Context, scope Scope, threadID string) error {
	if _, err := s.db.ExecContext(ctx, "DELETE FROM threads WHERE scope = ? AND thread_id = ?", scope, threadID); err != nil {
		return fmt.Errorf("unlink thread %s: %w", threadID, err)
	}
	return nil
}

// ThreadArticle returns the ID of the article a thread is about;
// ErrNotFound if the thread is not linked (or its article was forgotten).
func (s *Store) ThreadArticle(ctx context.Context, scope Scope, threadID string) (string, error) {
	var id string
	err := s.db.QueryRowContext(ctx, "SELECT article_id FROM threads WHERE scope = ? AND thread_id = ?", scope, threadID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("thread %s: %w", threadID, err)
	}
	return id, nil
}

// ChannelArticles returns the IDs of the articles shared in a channel,
// newest article first, at most limit of them (all when limit <= 0), in
// one query.
func (s *Store) ChannelArticles(ctx context.Context, scope Scope, channelID string, limit int) ([]string, error) {
	q := `SELECT a.id FROM article_channels c JOIN articles a ON a.scope = c.scope AND a.id = c.article_id
		WHERE c.scope = ? AND c.channel_id = ? ORDER BY a.added_at DESC, a.id`
	args := []any{scope, channelID}
	if limit > 0 {
		q += " LIMIT ?"
		args = append(args, limit)
	}
	ids, err := queryAll(ctx, s.db, q, args, func(r *sql.Rows) (id string, err error) { return id, r.Scan(&id) })
	if err != nil {
		return nil, fmt.Errorf("articles of channel %s: %w", channelID, err)
	}
	return ids, nil
}

// ArticleChannels returns the channels an article was shared in, first
// shared first.
func (s *Store) ArticleChannels(ctx context.Context, scope Scope, articleID string) ([]string, error) {
	ids, err := queryAll(ctx, s.db, "SELECT channel_id FROM article_channels WHERE scope = ? AND article_id = ? ORDER BY added_at, channel_id",
		[]any{scope, articleID}, func(r *sql.Rows) (id string, err error) { return id, r.Scan(&id) })
	if err != nil {
		return nil, fmt.Errorf("channels of %s: %w", articleID, err)
	}
	return ids, nil
}
