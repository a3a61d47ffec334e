package bot

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/rag"
)

// identifyEvery is how often Discord lets each identify bucket (shard ID
// modulo the session start limit's max_concurrency) start a session.
const identifyEvery = 5 * time.Second

// Gateway close codes that end a shard's session for good.
const (
	closeInvalidShard     = 4010 // the shard ID is not below the count
	closeShardingRequired = 4011 // too many servers for this many shards
)

// shardPlan is which shards this process runs, fixed before the first
// connects.
type shardPlan struct {
	count   int          // shards in all, across every process
	ids     []int        // the shards this process runs, in order
	serving map[int]bool // ids as a set
	// concurrency is Discord's max_concurrency: identify buckets.
	concurrency int
	// identifyEvery is the bucket's pace (a field so tests may shorten it).
	identifyEvery time.Duration
}

// shardOf is the shard whose connection receives a server's events:
// Discord's (guild_id >> 22) % shard_count. DMs go to shard 0.
func shardOf(guildID string, count int) int {
	id, err := strconv.ParseUint(guildID, 10, 64)
	if err != nil || count <= 1 {
		return 0
	}
	return int((id >> 22) % uint64(count))
}

// serves reports whether this process runs the shard of scope's server;
// a scope that is no server's belongs to shard 0.
func (b *Bot) serves(scope rag.Scope) bool {
	g, ok := strings.CutPrefix(string(scope), "guild:")
	if !ok {
		return b.serving[0]
	}
	return b.serving[shardOf(g, b.count)]
}

// plan asks Discord how to connect (GET /gateway/bot) and settles the
// shards: the configured count or Discord's recommendation, and the
// configured IDs or all of them.
func (b *Bot) plan() error {
	ctx, cancel := context.WithTimeout(b.ctx, b.opts.RESTTimeout)
	defer cancel()
	gw, err := b.s.GatewayBot(discordgo.WithContext(ctx))
	if err != nil {
		if isBadToken(err) {
			b.log.Debug("discord refused the token", "err", err)
			return ErrBadToken
		}
		return fmt.Errorf("ask discord how to connect: %w", err)
	}
	count := b.opts.ShardCount
	switch {
	case count == 0:
		count = max(1, gw.Shards)
	case gw.Shards > count:
		b.log.Warn("Discord recommends more shards than discord.shard_count; it refuses a shard with too many servers (close 4011)",
			"shard_count", count, "recommended", gw.Shards)
	}
	ids := slices.Compact(slices.Sorted(slices.Values(b.opts.Shards))) // one session per shard
	if len(ids) == 0 {
		for id := range count {
			ids = append(ids, id)
		}
	}
	serving := map[int]bool{}
	for _, id := range ids {
		serving[id] = true
	}
	if l := gw.SessionStartLimit; l.Total > 0 && l.Remaining < len(ids) {
		// Past the limit Discord ends every session of the bot, those
		// of the other processes included: wait rather than try.
		return fmt.Errorf("discord allows %d more gateway sessions until %s, and this process needs %d: start it later",
			l.Remaining, time.Now().Add(time.Duration(l.ResetAfter)*time.Millisecond).UTC().Format(time.RFC3339), len(ids))
	}
	b.count, b.ids, b.serving = count, ids, serving
	b.concurrency = max(1, gw.SessionStartLimit.MaxConcurrency)
	return nil
}

// openShards connects this process's shards one after another, at the
// pace Discord allows each identify bucket. It returns ctx's error when
// ctx ends first; the shards opened so far are in b.shards either way.
func (b *Bot) openShards(ctx context.Context) error {
	last := map[int]time.Time{} // identify bucket → its last identify
	for _, id := range b.ids {
		bucket := id % b.concurrency
		if t, ok := last[bucket]; ok {
			wait := time.NewTimer(time.Until(t.Add(b.identifyEvery)))
			select {
			case <-wait.C:
			case <-ctx.Done():
				wait.Stop()
				return ctx.Err()
			}
		}
		s, err := b.openShard(id)
		if err != nil {
			return err
		}
		// From READY, not from the request: Discord counts when the
		// identify reached it, which is no later than this.
		last[bucket] = time.Now()
		b.shards = append(b.shards, s)
		s.State.RLock()
		servers := len(s.State.Guilds)
		s.State.RUnlock()
		b.log.Info("discord shard connected", "shard", id, "shard_count", b.count, "servers", servers)
	}
	return nil
}

// openShard connects one shard. Discord refusing the Message Content
// intent (close 4014) makes the bot go on without it; a refused token
// (4004), an invalid shard (4010) or too few shards (4011) end the run.
func (b *Bot) openShard(id int) (*discordgo.Session, error) {
	s := b.newShard(id)
	err := s.Open()
	if closeCode(err) == closeDisallowedIntents && !b.opts.NoMessageContent {
		// The privileged intent is not enabled for this application: run
		// without it rather than not at all.
		b.log.Warn("Discord refused the Message Content intent (enable it in the Developer Portal → Bot → Privileged Gateway Intents); continuing without it")
		b.opts.NoMessageContent = true
		s.Identify.Intents = b.intents()
		err = s.Open()
	}
	if err == nil {
		return s, nil
	}
	which := ""
	if b.count > 1 {
		which = fmt.Sprintf(" shard %d of %d", id, b.count)
	}
	switch {
	case isBadToken(err):
		b.log.Debug("discord refused the token", "err", err)
		return nil, ErrBadToken
	case closeCode(err) == closeInvalidShard:
		return nil, fmt.Errorf("discord refused%s as an invalid shard: %w", which, err)
	case closeCode(err) == closeShardingRequired:
		return nil, fmt.Errorf("discord requires more shards than %d (set discord.shard_count higher, or 0 for its recommendation): %w", b.count, err)
	}
	return nil, fmt.Errorf("connect%s to discord: %w", which, err)
}

// newShard prepares the gateway session of one shard. It shares the REST
// session's client and rate limiter: limits are the bot's, not a shard's.
func (b *Bot) newShard(id int) *discordgo.Session {
	sh, _ := discordgo.New(b.s.Token) // never fails: it only fills defaults
	sh.Client = b.s.Client
	sh.Ratelimiter = b.s.Ratelimiter
	sh.Identify.Intents = b.intents()
	sh.StateEnabled = true
	sh.ShardID, sh.ShardCount = id, b.count
	sh.AddHandler(b.onMessage)
	sh.AddHandler(b.onInteraction)
	sh.AddHandler(b.onGuildCreate)
	sh.AddHandler(b.onGuildDelete)
	sh.AddHandler(b.onDisconnect)
	b.opts.Metrics.shard(id, func() bool { return connected(sh) })
	return sh
}

// connected reports whether a shard's gateway connection is up: discordgo
// marks its session ready once the connection's first heartbeat is sent,
// and unready as it closes. While it opens or closes it holds the
// session's lock, and the shard counts as down.
func connected(s *discordgo.Session) bool {
	if !s.TryRLock() {
		return false
	}
	defer s.RUnlock()
	return s.DataReady
}
