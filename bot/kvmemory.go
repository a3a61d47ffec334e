package bot

import (
	"context"
	"time"

	"github.com/articlebot/articlebot/rag"
)

// Keys of the bot's preferences in key–value settings. Threads and
// channels are relational facts and live in the engine's tables ([Links]).
const (
	keyAutoingest = "autoingest:" // + channel ID → "on" | "off"
	keyLeftAt     = "left_at"     // RFC 3339 time the bot left the server
)

// kvMemory keeps the bot's [ChannelPrefs] and [Departures] in key–value
// settings: one value each, nothing to keep consistent with articles.
type kvMemory struct {
	kv KeyValue
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
