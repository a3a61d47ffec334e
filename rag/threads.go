package rag

import (
	"context"
	"errors"
	"time"

	"github.com/articlebot/articlebot/store"
)

// Threads and channels: where a scope's members discuss and share an
// article. A thread is about one article; an article may be shared in
// several channels. Both go with the article: [Engine.Forget] and
// [Engine.Purge] drop them, and a later ingest of the same link starts
// without them.

// LinkThread records that a discussion thread is about an article, so
// questions asked in it go to that article; ErrNotFound if the article is
// not in the scope.
func (e *Engine) LinkThread(ctx context.Context, scope store.Scope, threadID, articleID string) error {
	return e.opts.Store.LinkThread(ctx, scope, threadID, articleID)
}

// UnlinkThread forgets a thread (deleted, say); no error if it was not
// linked.
func (e *Engine) UnlinkThread(ctx context.Context, scope store.Scope, threadID string) error {
	return e.opts.Store.UnlinkThread(ctx, scope, threadID)
}

// ThreadArticle returns the ID of the article a thread is about; ok is
// false when the channel is no article's thread, which is most channels.
func (e *Engine) ThreadArticle(ctx context.Context, scope store.Scope, threadID string) (articleID string, ok bool, err error) {
	id, err := e.opts.Store.ThreadArticle(ctx, scope, threadID)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return "", false, nil
	case err != nil:
		return "", false, err
	}
	return id, true, nil
}

// AddArticleChannel records that an article was shared in a channel (now):
// the channel's articles list it, and each share counts in digests.
// ErrNotFound if the article is not in the scope.
func (e *Engine) AddArticleChannel(ctx context.Context, scope store.Scope, articleID, channelID string) error {
	return e.opts.Store.AddArticleChannel(ctx, scope, articleID, channelID, time.Time{})
}

// AddThreadMessage records a question asked in an article's thread (now),
// counted in digests; ErrNotFound if the thread is no article's.
func (e *Engine) AddThreadMessage(ctx context.Context, scope store.Scope, threadID string) error {
	return e.opts.Store.AddThreadMessage(ctx, scope, threadID, time.Time{})
}

// ChannelArticles returns the IDs of the articles shared in a channel,
// newest first: the article filter of a question scoped to a channel.
func (e *Engine) ChannelArticles(ctx context.Context, scope store.Scope, channelID string) ([]string, error) {
	return e.opts.Store.ChannelArticles(ctx, scope, channelID, 0)
}
