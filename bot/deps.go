package bot

import (
	"context"
	"time"

	"github.com/articlebot/articlebot/rag"
)

// Engine is what the bot needs from the article engine (*rag.Engine).
type Engine interface {
	Ingest(ctx context.Context, req rag.IngestRequest) (*rag.IngestResult, error)
	Resolve(ctx context.Context, scope rag.Scope, ref string) (*rag.Article, error)
	List(ctx context.Context, scope rag.Scope, offset, limit int) ([]rag.ArticleInfo, int, error)
	Forget(ctx context.Context, scope rag.Scope, id string) error
	Purge(ctx context.Context, scope rag.Scope) error
	// Digest is a period's stories, the most discussed first.
	Digest(ctx context.Context, scope rag.Scope, req rag.DigestRequest) (*rag.Digest, error)
	// Stories groups a scope's articles by the story they report.
	Stories(ctx context.Context, scope rag.Scope, f rag.StoryFilter) ([]rag.Story, error)
	// Warm loads the indexes of the scopes active within period that
	// serve accepts, while they fit in memory.
	Warm(ctx context.Context, period time.Duration, serve func(rag.Scope) bool) (int, error)
}

// Links remembers where articles live on Discord: which article a thread
// is about, and in which channels an article was shared. Forgetting or
// purging an article through the [Engine] must drop its links too, so a
// re-ingest starts with none.
type Links interface {
	// LinkThread records that questions in threadID are about articleID.
	LinkThread(ctx context.Context, scope rag.Scope, threadID, articleID string) error
	// ThreadArticle is the article a thread is about; ok is false for a
	// channel that is no article's thread.
	ThreadArticle(ctx context.Context, scope rag.Scope, threadID string) (articleID string, ok bool, err error)
	// AddArticleChannel records that articleID was shared in channelID.
	AddArticleChannel(ctx context.Context, scope rag.Scope, articleID, channelID string) error
	// ChannelArticles lists the articles shared in a channel, newest first.
	ChannelArticles(ctx context.Context, scope rag.Scope, channelID string) ([]string, error)
	// AddThreadMessage counts a question asked in an article's thread,
	// for digests.
	AddThreadMessage(ctx context.Context, scope rag.Scope, threadID string) error
}

// ChannelPrefs remembers what a channel's moderators chose.
type ChannelPrefs interface {
	SetAutoingest(ctx context.Context, scope rag.Scope, channelID string, on bool) error
	// Autoingest is the channel's choice; set is false when it never made one.
	Autoingest(ctx context.Context, scope rag.Scope, channelID string) (on, set bool, err error)
}

// DigestSchedules remembers the channels that get a weekly digest and
// when each is next due.
type DigestSchedules interface {
	// SetDigestSchedule sets when a channel's next digest is due; a zero
	// time turns its digests off.
	SetDigestSchedule(ctx context.Context, scope rag.Scope, channelID string, next time.Time) error
	// MoveDigestSchedule sets the next due time (zero: off) of a channel
	// whose digest is due at was, and does nothing otherwise: the
	// scheduler then never undoes a change made while it was posting.
	MoveDigestSchedule(ctx context.Context, scope rag.Scope, channelID string, was, next time.Time) error
	// DigestSchedules lists every scheduled channel of every scope with
	// its next due time.
	DigestSchedules(ctx context.Context) (map[rag.Scope]map[string]time.Time, error)
}

// Departures remembers the servers the bot was removed from, so that their
// data is purged after a grace period unless the bot comes back.
type Departures interface {
	MarkLeft(ctx context.Context, scope rag.Scope, at time.Time) error
	// MarkReturned forgets a departure recorded before at. Discord's
	// events reach their handlers concurrently, so a server's
	// GUILD_CREATE at connection may be handled after a GUILD_DELETE
	// that followed it; the times keep their order.
	MarkReturned(ctx context.Context, scope rag.Scope, at time.Time) error
	// LeftServers maps each server the bot is gone from to when it left.
	LeftServers(ctx context.Context) (map[rag.Scope]time.Time, error)
}

// KeyValue is per-scope string settings (*store.Store's settings) in which
// the bot can keep its [ChannelPrefs], [Departures] and [DigestSchedules] when no dedicated
// implementation is given. An empty value deletes a key.
type KeyValue interface {
	SetSetting(ctx context.Context, scope rag.Scope, key, value string) error
	Setting(ctx context.Context, scope rag.Scope, key string) (string, bool, error)
	ScopesWithSetting(ctx context.Context, key string) (map[rag.Scope]string, error)
}

// Deps are the bot's collaborators: the article engine, the answer engine
// (extractive *rag.Engine or *llm.Engine) and what the bot remembers.
type Deps struct {
	Engine Engine
	Asker  rag.Asker
	// Links are the engine's thread and channel tables (*rag.Engine).
	Links Links
	// Channels, Servers and Digests are the bot's preferences; each one
	// left nil is kept in Settings instead.
	Channels ChannelPrefs
	Servers  Departures
	Digests  DigestSchedules
	// Settings backs whichever of Channels, Servers and Digests are nil.
	Settings KeyValue
}
