package bot

import (
	"context"
	"time"

	"github.com/bwmarrin/discordgo"
)

// warmPeriod: servers active (articles shared, thread questions) within it
// have their vector index loaded when the bot starts.
const warmPeriod = 30 * 24 * time.Hour

// warm loads the vector indexes of the recently active servers this
// process serves, so that their first question after a restart does not
// wait for them; it stops with the bot.
func (b *Bot) warm(ctx context.Context) {
	start := time.Now()
	n, err := b.engine.Warm(ctx, warmPeriod, b.serves)
	switch {
	case ctx.Err() != nil: // stopping
	case err != nil:
		b.log.Warn("loading the indexes of active servers", "loaded", n, "err", err)
	default:
		b.log.Info("indexes of active servers loaded", "servers", n, "took", time.Since(start).Round(time.Millisecond))
	}
}

// onGuildCreate clears a pending purge when the bot is (re)added.
func (b *Bot) onGuildCreate(s *discordgo.Session, g *discordgo.GuildCreate) {
	if b.ctx == nil || g.Unavailable || overtaken(s, g.ID, true) {
		return
	}
	at := time.Now() // when the event came, not when the spawned work runs
	b.spawn(func(ctx context.Context) {
		if err := b.servers.MarkReturned(ctx, scopeOf(g.ID, ""), at); err != nil {
			b.log.Error("clear a server's pending purge", "guild", g.ID, "err", err)
		}
	})
}

// onGuildDelete records when the bot left a server (not an outage), so the
// server's data is purged after the grace period.
func (b *Bot) onGuildDelete(s *discordgo.Session, g *discordgo.GuildDelete) {
	if b.ctx == nil || g.Unavailable || overtaken(s, g.ID, false) {
		return
	}
	at := time.Now()
	b.spawn(func(ctx context.Context) {
		if err := b.servers.MarkLeft(ctx, scopeOf(g.ID, ""), at); err != nil {
			b.log.Error("remember leaving a server", "guild", g.ID, "err", err)
			return
		}
		if b.opts.PurgeGrace == 0 {
			b.purge(ctx)
		}
	})
}

// overtaken reports whether a later event about the server has already
// changed the session's state: a join (joined) the state no longer
// holds, or a departure it holds again. discordgo runs each handler in a
// goroutine of its own, so the handler of a GUILD_CREATE may run after
// that of the GUILD_DELETE that followed it, and the times they take are
// not the order the events came in; the state, which discordgo updates
// before it starts the handlers, is. The later event's handler records
// the outcome.
func overtaken(s *discordgo.Session, guildID string, joined bool) bool {
	if s == nil || !s.StateEnabled || s.State == nil {
		return false
	}
	_, err := s.State.Guild(guildID)
	return (err == nil) != joined
}

// purge deletes the data of servers left longer ago than the grace period,
// of the shards this process runs only: the process that serves a server
// decides about it, so two processes never purge one server at once.
func (b *Bot) purge(ctx context.Context) {
	left, err := b.servers.LeftServers(ctx)
	if err != nil {
		b.log.Error("list servers to purge", "err", err)
		return
	}
	for scope, at := range left {
		if time.Since(at) < b.opts.PurgeGrace || !b.serves(scope) {
			continue
		}
		if err := b.engine.Purge(ctx, scope); err != nil {
			b.log.Error("purge server", "scope", scope, "err", err)
			continue
		}
		b.log.Info("purged data of a server the bot left", "scope", scope, "left_at", at)
	}
}
