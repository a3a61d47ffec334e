package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/rag"
)

// Streaming and typing cadence: Discord rate-limits edits, and its typing
// indicator lasts 10 s.
const (
	streamEvery = time.Second
	typingEvery = 8 * time.Second
)

// Live-message wording. While prose streams it is marked as not yet
// checked; when the engine withdraws it, the message says so at once
// (a retry or the fallback may take a while) until the final answer
// replaces it.
const (
	streamingMark = " …\n-# checking against the article…"
	withdrawnText = "-# The AI answer could not be checked or was cut off; getting the article's own words…"
)

// answer replies to a message with an answer. While a model streams, the
// reply is posted after a second and edited at most once a second; fast
// answers are posted once. A typing indicator shows meanwhile.
//
// What stays in the channel is true: the streamed message always ends as
// the final rendered answer (or the error), and if that last edit fails
// the message is deleted and the answer sent anew, so unchecked prose
// never stands. It reports whether the question was answered.
func (b *Bot) answer(ctx context.Context, m *discordgo.Message, scope rag.Scope, q rag.Question) bool {
	if ok, wait := b.limits.allow("ask", m.GuildID, m.Author.ID); !ok {
		b.reply(ctx, m, fmt.Sprintf("Too many questions at once; try again in %d s.", int(wait.Seconds())+1))
		return false
	}
	ctx, cancel := context.WithTimeout(ctx, answerTimeout)
	defer cancel()
	stopTyping := b.typing(ctx, m.ChannelID)
	start := time.Now()
	ls := &liveStream{b: b, ctx: ctx, m: m, last: start}
	ans, err := b.asker.AskStream(ctx, q, ls.delta)
	stopTyping()
	b.opts.Metrics.done("ask", start, err)
	msg := ""
	if err != nil {
		msg = b.userMessage(err)
	} else {
		msg = renderAnswer(ans)
	}
	ls.finish(msg)
	return err == nil
}

// liveStream is one answer's streamed Discord message.
type liveStream struct {
	b         *Bot
	ctx       context.Context // the answer's; the final edit outlives it
	m         *discordgo.Message
	live      *discordgo.Message // nil until the first post
	text      strings.Builder
	last      time.Time
	withdrawn bool
}

func (l *liveStream) delta(d rag.Delta) {
	switch {
	case d.Retract:
		l.withdrawn = true
		if l.live != nil {
			l.edit(withdrawnText)
		}
		return
	case d.Text == "" || l.withdrawn:
		return
	}
	l.text.WriteString(d.Text)
	if time.Since(l.last) < streamEvery {
		return
	}
	l.last = time.Now()
	partial := truncate(escape(l.text.String()), maxContent-len([]rune(streamingMark))) + streamingMark
	if l.live == nil {
		l.b.call(l.ctx, "post streamed answer", func(o discordgo.RequestOption) (err error) {
			l.live, err = l.b.s.ChannelMessageSendComplex(l.m.ChannelID, &discordgo.MessageSend{Content: partial, Reference: l.m.Reference(),
				AllowedMentions: noMentions, Flags: discordgo.MessageFlagsSuppressEmbeds}, o)
			return err
		})
		return
	}
	l.edit(partial)
}

// edit replaces the live message's text. It runs even after the answer's
// time ran out: the message must not be left saying something unchecked.
func (l *liveStream) edit(text string) error {
	return l.b.call(context.WithoutCancel(l.ctx), "edit streamed answer", func(o discordgo.RequestOption) error {
		_, err := l.b.s.ChannelMessageEditComplex(&discordgo.MessageEdit{ID: l.live.ID, Channel: l.live.ChannelID, Content: &text, AllowedMentions: noMentions}, o)
		return err
	})
}

// finish makes the streamed message the final answer.
func (l *liveStream) finish(msg string) {
	final := context.WithoutCancel(l.ctx)
	if l.live == nil {
		l.b.reply(final, l.m, msg)
		return
	}
	parts := split(msg, maxContent)
	if err := l.edit(parts[0]); err != nil {
		// The message would keep unchecked prose: take it down and answer
		// afresh.
		l.b.call(final, "delete unfinished streamed answer", func(o discordgo.RequestOption) error {
			return l.b.s.ChannelMessageDelete(l.live.ChannelID, l.live.ID, o)
		})
		l.b.reply(final, l.m, msg)
		return
	}
	for _, p := range parts[1:] {
		if l.b.call(final, "send answer part", func(o discordgo.RequestOption) error {
			_, err := l.b.s.ChannelMessageSendComplex(l.m.ChannelID, &discordgo.MessageSend{Content: p, AllowedMentions: noMentions, Flags: discordgo.MessageFlagsSuppressEmbeds}, o)
			return err
		}) != nil {
			return
		}
	}
}
