package bot

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"github.com/articlebot/articlebot/rag"
)

// Keys of the bot's preferences in key–value settings. Threads and
// channels are relational facts and live in the engine's tables ([Links]).
const (
	keyAutoingest = "autoingest:" // + channel ID → "on" | "off"
	keyLeftAt     = "left_at"     // RFC 3339 time the bot left the server
	// keyDigests holds a server's weekly digests, one key for all its
	// channels (settings are listed by exact key): a JSON object of
	// channel ID → RFC 3339 time the next digest is due.
	keyDigests = "digest_schedule"
)

// kvMemory keeps the bot's [ChannelPrefs] and [Departures] in key–value
// settings: one value each, nothing to keep consistent with articles.
type kvMemory struct {
	kv KeyValue
	// leftMu makes MarkReturned's comparison with the recorded departure
	// and its clearing one step.
	leftMu sync.Mutex
	// digestMu makes each change of a server's digest schedules one
	// read–modify–write: only the process serving a server changes them.
	digestMu sync.Mutex
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
	m.leftMu.Lock()
	defer m.leftMu.Unlock()
	return m.kv.SetSetting(ctx, scope, keyLeftAt, at.UTC().Format(time.RFC3339Nano))
}

func (m *kvMemory) MarkReturned(ctx context.Context, scope rag.Scope, at time.Time) error {
	m.leftMu.Lock()
	defer m.leftMu.Unlock()
	raw, ok, err := m.kv.Setting(ctx, scope, keyLeftAt)
	if err != nil || !ok || raw == "" {
		return err
	}
	if left, err := time.Parse(time.RFC3339, raw); err == nil && left.After(at) {
		return nil // a departure after this return: the bot is gone again
	}
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

func (m *kvMemory) SetDigestSchedule(ctx context.Context, scope rag.Scope, channelID string, next time.Time) error {
	return m.changeDigest(ctx, scope, channelID, nil, next)
}

func (m *kvMemory) MoveDigestSchedule(ctx context.Context, scope rag.Scope, channelID string, was, next time.Time) error {
	return m.changeDigest(ctx, scope, channelID, &was, next)
}

// changeDigest sets a channel's next digest, only if it was due at *was
// when was is not nil.
func (m *kvMemory) changeDigest(ctx context.Context, scope rag.Scope, channelID string, was *time.Time, next time.Time) error {
	m.digestMu.Lock()
	defer m.digestMu.Unlock()
	raw, _, err := m.kv.Setting(ctx, scope, keyDigests)
	if err != nil {
		return err
	}
	chans := parseDigests(raw)
	if cur, ok := chans[channelID]; was != nil && (!ok || !cur.Equal(*was)) {
		return nil
	}
	if next.IsZero() {
		delete(chans, channelID)
	} else {
		chans[channelID] = next.UTC()
	}
	v := ""
	if len(chans) > 0 {
		b, err := json.Marshal(chans)
		if err != nil {
			return err
		}
		v = string(b)
	}
	return m.kv.SetSetting(ctx, scope, keyDigests, v)
}

func (m *kvMemory) DigestSchedules(ctx context.Context) (map[rag.Scope]map[string]time.Time, error) {
	raw, err := m.kv.ScopesWithSetting(ctx, keyDigests)
	if err != nil {
		return nil, err
	}
	out := make(map[rag.Scope]map[string]time.Time, len(raw))
	for scope, v := range raw {
		if chans := parseDigests(v); len(chans) > 0 {
			out[scope] = chans
		}
	}
	return out, nil
}

// parseDigests reads a server's digest schedules; what does not parse
// (only SetDigestSchedule writes the key) is no schedule.
func parseDigests(raw string) map[string]time.Time {
	chans := map[string]time.Time{}
	if raw != "" && json.Unmarshal([]byte(raw), &chans) != nil {
		return map[string]time.Time{}
	}
	return chans
}
