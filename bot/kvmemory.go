package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/articlebot/articlebot/rag"
)

// Keys of the bot's facts in key–value settings.
const (
	keyThread          = "thread:"     // + thread ID → article ID
	keyArticleThreads  = "threads:"    // + article ID → its threads, to unlink them on forget
	keyChannelArticles = "chan:"       // + channel ID → articles shared there, oldest first
	keyArticleChannels = "channels:"   // + article ID → channels it was shared in, to unlink on forget
	keyLegacyChannel   = "channel:"    // + article ID → first channel (before lists); dropped on forget
	keyAutoingest      = "autoingest:" // + channel ID → "on" | "off"
	keyLeftAt          = "left_at"     // RFC 3339 time the bot left the server
)

// kvMemory keeps the bot's [Links], [ChannelPrefs] and [Departures] in
// key–value settings until they have tables of their own. Lists are
// space-separated IDs, read, changed and written back under mu: one bot
// process owns its settings.
type kvMemory struct {
	kv KeyValue
	mu sync.Mutex
}

func (m *kvMemory) LinkThread(ctx context.Context, scope rag.Scope, threadID, articleID string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	// The index first: a thread key is never left without a way to find it.
	if err := m.add(ctx, scope, keyArticleThreads+articleID, threadID); err != nil {
		return err
	}
	return m.kv.SetSetting(ctx, scope, keyThread+threadID, articleID)
}

func (m *kvMemory) ThreadArticle(ctx context.Context, scope rag.Scope, threadID string) (string, bool, error) {
	id, ok, err := m.kv.Setting(ctx, scope, keyThread+threadID)
	return id, ok && id != "", err
}

func (m *kvMemory) AddArticleChannel(ctx context.Context, scope rag.Scope, articleID, channelID string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.add(ctx, scope, keyArticleChannels+articleID, channelID); err != nil {
		return err
	}
	return m.add(ctx, scope, keyChannelArticles+channelID, articleID)
}

func (m *kvMemory) ChannelArticles(ctx context.Context, scope rag.Scope, channelID string) ([]string, error) {
	ids, err := m.list(ctx, scope, keyChannelArticles+channelID)
	slices.Reverse(ids)
	return ids, err
}

// unlinkArticle drops every link of a forgotten article, as a foreign key
// with ON DELETE CASCADE would.
func (m *kvMemory) unlinkArticle(ctx context.Context, scope rag.Scope, articleID string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	threads, err := m.list(ctx, scope, keyArticleThreads+articleID)
	if err != nil {
		return err
	}
	for _, t := range threads {
		// A thread relinked to another article keeps that link.
		if id, _, err := m.kv.Setting(ctx, scope, keyThread+t); err != nil {
			return err
		} else if id == articleID {
			if err := m.kv.SetSetting(ctx, scope, keyThread+t, ""); err != nil {
				return err
			}
		}
	}
	channels, err := m.list(ctx, scope, keyArticleChannels+articleID)
	if err != nil {
		return err
	}
	for _, c := range channels {
		if err := m.remove(ctx, scope, keyChannelArticles+c, articleID); err != nil {
			return err
		}
	}
	for _, k := range []string{keyArticleThreads, keyArticleChannels, keyLegacyChannel} {
		if err := m.kv.SetSetting(ctx, scope, k+articleID, ""); err != nil {
			return err
		}
	}
	return nil
}

func (m *kvMemory) list(ctx context.Context, scope rag.Scope, key string) ([]string, error) {
	v, _, err := m.kv.Setting(ctx, scope, key)
	return strings.Fields(v), err
}

// add appends id to the list at key unless it is there; the caller holds mu.
func (m *kvMemory) add(ctx context.Context, scope rag.Scope, key, id string) error {
	ids, err := m.list(ctx, scope, key)
	if err != nil || slices.Contains(ids, id) {
		return err
	}
	return m.kv.SetSetting(ctx, scope, key, strings.Join(append(ids, id), " "))
}

// remove drops id from the list at key; the caller holds mu.
func (m *kvMemory) remove(ctx context.Context, scope rag.Scope, key, id string) error {
	ids, err := m.list(ctx, scope, key)
	if err != nil || !slices.Contains(ids, id) {
		return err
	}
	return m.kv.SetSetting(ctx, scope, key, strings.Join(slices.DeleteFunc(ids, func(s string) bool { return s == id }), " "))
}

func (m *kvMemory) SetAutoingest(ctx context.Context, scope rag.Scope, channelID string, on bool) error {
	v := "off"
	if on {
		v = "on"
	}
	return m.kv.SetSetting(ctx, scope, keyAutoingest+channelID, v)
}

func (m *kvMemory) Autoingest(ctx context.Context, scope rag.Scope, channelID string) (on, set bool, err error) {
	v, ok, err := m.kv.Setting(ctx, scope, keyAutoingest+channelID)
	return v == "on", ok, err
}

func (m *kvMemory) MarkLeft(ctx context.Context, scope rag.Scope, at time.Time) error {
	return m.kv.SetSetting(ctx, scope, keyLeftAt, at.UTC().Format(time.RFC3339))
}

func (m *kvMemory) MarkReturned(ctx context.Context, scope rag.Scope) error {
	return m.kv.SetSetting(ctx, scope, keyLeftAt, "")
}

func (m *kvMemory) LeftServers(ctx context.Context) (map[rag.Scope]time.Time, error) {
	raw, err := m.kv.ScopesWithSetting(ctx, keyLeftAt)
	if err != nil {
		return nil, err
	}
	out := make(map[rag.Scope]time.Time, len(raw))
	for scope, at := range raw {
		// Only MarkLeft writes the key; anything else is not a departure.
		if t, err := time.Parse(time.RFC3339, at); err == nil {
			out[scope] = t
		}
	}
	return out, nil
}

// kvEngine is the engine whose Forget also drops the article's links kept
// in settings, which no foreign key removes. Purge needs nothing more: it
// deletes the whole scope's settings.
type kvEngine struct {
	Engine
	mem *kvMemory
}

func (e kvEngine) Forget(ctx context.Context, scope rag.Scope, id string) error {
	if err := e.Engine.Forget(ctx, scope, id); err != nil {
		return err
	}
	if err := e.mem.unlinkArticle(ctx, scope, id); err != nil {
		return fmt.Errorf("forget %s's threads and channels: %w", id, err)
	}
	return nil
}
