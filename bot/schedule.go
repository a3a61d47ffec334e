package bot

import (
	"context"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/rag"
)

// Clock is the time weekly digests go by; tests drive their own.
type Clock interface {
	Now() time.Time
	// After is [time.After] on this clock.
	After(d time.Duration) <-chan time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time                         { return time.Now() }
func (systemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// Weekly digest timing.
const (
	digestEvery = 7 * 24 * time.Hour
	// digestRecheck bounds how long the scheduler sleeps, so a clock that
	// jumped (a suspended machine) is noticed within the hour.
	digestRecheck = time.Hour
	// digestRetry is when a digest that could not be posted is tried again.
	digestRetry = time.Hour
	// digestPostTimeout bounds the making and posting of one digest.
	digestPostTimeout = 2 * time.Minute
)

// startDigests starts the weekly digests' scheduler and returns the
// function that stops it and waits until it has.
func (b *Bot) startDigests() (stop func()) {
	ctx, cancel := context.WithCancel(b.ctx)
	go func() {
		defer close(b.digestsDone)
		b.runDigests(ctx)
	}()
	return func() {
		cancel()
		<-b.digestsDone
	}
}

// wakeDigests makes the scheduler read the schedules again now.
func (b *Bot) wakeDigests() {
	select {
	case b.digestWake <- struct{}{}:
	default: // a wake is pending already
	}
}

// runDigests posts each scheduled digest when it is due, until ctx ends.
// Digests missed while the bot was down are posted at start, once.
func (b *Bot) runDigests(ctx context.Context) {
	for {
		wait := b.postDueDigests(ctx)
		select {
		case <-ctx.Done():
			return
		case <-b.digestWake:
		case <-b.clock.After(wait):
		}
	}
}

// postDueDigests posts the digests that are due in the servers this
// process serves, and returns how long to sleep until the next one.
func (b *Bot) postDueDigests(ctx context.Context) time.Duration {
	wait := digestRecheck
	all, err := b.digests.DigestSchedules(ctx)
	if err != nil {
		b.log.Error("read digest schedules", "err", err)
		return wait
	}
	for scope, chans := range all {
		// The process that serves a server posts its digests: with shards
		// in several processes, every digest is posted once.
		if !b.serves(scope) {
			continue
		}
		for channel, due := range chans {
			now := b.clock.Now()
			if due.After(now) {
				wait = min(wait, due.Sub(now))
				continue
			}
			if ctx.Err() != nil {
				return wait
			}
			next := b.postDigest(ctx, scope, channel, due, now)
			if err := b.digests.MoveDigestSchedule(ctx, scope, channel, due, next); err != nil {
				b.log.Error("reschedule a digest", "scope", scope, "channel", channel, "err", err)
				continue
			}
			if !next.IsZero() {
				wait = min(wait, next.Sub(now))
			}
		}
	}
	return max(wait, 0)
}

// postDigest posts a channel's weekly digest, due at due, covering the
// week before it and since; it returns when the next one is due, or zero
// when the channel is gone (its schedule then ends).
func (b *Bot) postDigest(ctx context.Context, scope rag.Scope, channel string, due, now time.Time) time.Time {
	next := due
	for !next.After(now) {
		next = next.Add(digestEvery)
	}
	ctx, cancel := context.WithTimeout(ctx, digestPostTimeout)
	defer cancel()
	since := due.Add(-digestEvery)
	d, err := b.engine.Digest(ctx, scope, rag.DigestRequest{Channel: channel, Since: since, Until: now, MaxStories: discordDigestStories})
	if err != nil {
		b.log.Error("make a weekly digest", "scope", scope, "channel", channel, "err", err)
		return now.Add(digestRetry)
	}
	if len(d.Stories) == 0 {
		b.log.Debug("weekly digest skipped: nothing shared", "scope", scope, "channel", channel)
		return next
	}
	head := "**Weekly digest**: the stories shared in this channel since " + discordTime(since, "D") + ", most discussed first."
	for i, part := range renderDigest(head, d) {
		err := b.call(ctx, "post weekly digest", func(o discordgo.RequestOption) error {
			_, err := b.s.ChannelMessageSendComplex(channel, &discordgo.MessageSend{Content: part, AllowedMentions: noMentions, Flags: discordgo.MessageFlagsSuppressEmbeds}, o)
			return err
		})
		switch st := restStatus(err); {
		case err == nil:
			continue
		case st == http.StatusNotFound || st == http.StatusForbidden:
			// The channel is gone, or the bot may no longer post there:
			// trying every week would only collect refusals.
			b.log.Warn("weekly digest turned off: the channel refuses it", "scope", scope, "channel", channel, "status", st)
			return time.Time{}
		case i == 0:
			return now.Add(digestRetry) // nothing posted: try again soon
		default:
			return next // posted in part; the rest would repeat it
		}
	}
	b.log.Info("posted a weekly digest", "scope", scope, "channel", channel, "stories", len(d.Stories))
	return next
}
