package bot

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/rag/extract"
	"github.com/articlebot/articlebot/rag/fetch"
	"github.com/articlebot/articlebot/rag/llm"
	"github.com/articlebot/articlebot/store"
)

// Settings keys.
const (
	keyThread     = "thread:"     // + thread channel ID → article ID
	keyAutoingest = "autoingest:" // + channel ID → "on" | "off"
	keyLeftAt     = "left_at"     // RFC 3339 time the bot left the server
	keyChannel    = "channel:"    // + article ID → channel it was first shared in
)

// maxLinksPerMessage bounds the work one message can cause.
const maxLinksPerMessage = 5

var (
	codeBlock  = regexp.MustCompile("(?s)```.*?```|`[^`\n]*`")
	spoiler    = regexp.MustCompile(`(?s)\|\|.*?\|\|`)
	suppressed = regexp.MustCompile(`<https?://[^\s>]+>`)
	linkRE     = regexp.MustCompile(`https?://[^\s<>"'|]+`)
	mention    = regexp.MustCompile(`<@!?\d+>`)
)

// links finds the article links a message shares: not in code, spoilers or
// <suppressed> form, trailing punctuation trimmed, duplicates dropped.
func links(content string) []string {
	for _, re := range []*regexp.Regexp{codeBlock, spoiler, suppressed} {
		content = re.ReplaceAllString(content, " ")
	}
	var out []string
	for _, l := range linkRE.FindAllString(content, -1) {
		l = strings.TrimRight(l, ".,;:!?)]}*_~")
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
		if len(out) == maxLinksPerMessage {
			break
		}
	}
	return out
}

func (b *Bot) onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	if m.Author == nil || m.Author.Bot || b.ctx == nil {
		return
	}
	b.opts.Metrics.event("MESSAGE_CREATE")
	b.spawn(func(ctx context.Context) {
		scope := scopeOf(m.GuildID, m.Author.ID)
		if id, ok, _ := b.settings.Setting(ctx, scope, keyThread+m.ChannelID); ok && id != "" {
			b.threadQuestion(ctx, m.Message, scope, id)
			return
		}
		mentioned := m.GuildID == ""
		for _, u := range m.Mentions {
			if u.ID == s.State.User.ID {
				mentioned = true
			}
		}
		ls := links(m.Content)
		if len(ls) > 0 && (mentioned || b.autoingest(ctx, scope, m.ChannelID)) {
			b.ingestLinks(ctx, m.Message, scope, ls)
			return
		}
		if mentioned {
			q := strings.TrimSpace(mention.ReplaceAllString(m.Content, ""))
			if q != "" {
				b.answer(ctx, m.Message, scope, rag.Question{Scope: scope, Text: q})
			}
		}
	})
}

func (b *Bot) autoingest(ctx context.Context, scope store.Scope, channel string) bool {
	v, ok, err := b.settings.Setting(ctx, scope, keyAutoingest+channel)
	if err != nil || !ok {
		return b.opts.Autoingest
	}
	return v == "on"
}

// ingestLinks reads each link (👀 while working, ✅/❌ after), posts a card
// per article and starts one thread on the message.
func (b *Bot) ingestLinks(ctx context.Context, m *discordgo.Message, scope store.Scope, ls []string) {
	if ok, wait := b.limits.allow("ingest", m.GuildID, m.Author.ID); !ok {
		b.reply(m, fmt.Sprintf("You're sharing links faster than I can read them; try again in %d s.", int(wait.Seconds())+1))
		return
	}
	b.react(m, "👀")
	var titles []string
	var firstID string
	failed := 0
	for _, l := range ls {
		res, err := b.ingest(ctx, rag.IngestRequest{Scope: scope, Source: l, AddedBy: m.Author.ID})
		if err != nil {
			failed++
			b.reply(m, fmt.Sprintf("Couldn't read <%s>: %s", l, b.userMessage(err)))
			continue
		}
		if !res.Existing {
			if err := b.settings.SetSetting(ctx, scope, keyChannel+res.Article.ID, m.ChannelID); err != nil {
				b.log.Warn("remember article channel", "article", res.Article.ID, "err", err)
			}
		}
		sum, err := b.asker.Summarize(ctx, scope, res.Article.ID)
		if err != nil {
			failed++
			b.reply(m, "Read the article but couldn't summarize it: "+b.userMessage(err))
			continue
		}
		if _, err := b.s.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
			Embeds: []*discordgo.MessageEmbed{summaryEmbed(sum)}, Reference: m.Reference(), AllowedMentions: noMentions,
		}); err != nil {
			b.log.Error("post summary card", "channel", m.ChannelID, "err", err)
		}
		titles = append(titles, res.Article.Title)
		if firstID == "" {
			firstID = res.Article.ID
		}
	}
	if err := b.s.MessageReactionRemove(m.ChannelID, m.ID, "👀", "@me"); err != nil {
		b.log.Warn("remove reaction", "channel", m.ChannelID, "err", err)
	}
	if failed == len(ls) {
		b.react(m, "❌")
		return
	}
	b.react(m, "✅")
	if m.GuildID == "" {
		return // no threads in DMs
	}
	ch, err := b.s.MessageThreadStartComplex(m.ChannelID, m.ID, &discordgo.ThreadStart{
		Name: truncate(titles[0], maxThreadName), AutoArchiveDuration: b.opts.ThreadAutoArchive, Type: discordgo.ChannelTypeGuildPublicThread,
	})
	if err != nil {
		b.log.Warn("start thread", "channel", m.ChannelID, "err", err)
		return
	}
	if err := b.settings.SetSetting(ctx, scope, keyThread+ch.ID, firstID); err != nil {
		b.log.Error("remember thread", "thread", ch.ID, "err", err)
	}
}

// react adds a reaction to a message; a failure (missing permission) only
// costs the acknowledgement, so it is logged.
func (b *Bot) react(m *discordgo.Message, emoji string) {
	if err := b.s.MessageReactionAdd(m.ChannelID, m.ID, emoji); err != nil {
		b.log.Warn("add reaction", "channel", m.ChannelID, "emoji", emoji, "err", err)
	}
}

// threadQuestion answers a message in an article's thread, with the
// thread's recent messages (read back from Discord) as the conversation.
func (b *Bot) threadQuestion(ctx context.Context, m *discordgo.Message, scope store.Scope, articleID string) {
	q := strings.TrimSpace(mention.ReplaceAllString(m.Content, ""))
	if q == "" {
		return // an image, a sticker, or content withheld (no Message Content intent)
	}
	conv := &rag.Conversation{ArticleIDs: []string{articleID}}
	if hist, err := b.s.ChannelMessages(m.ChannelID, historyMessages, m.ID, "", ""); err == nil {
		var pending string
		for i := len(hist) - 1; i >= 0; i-- { // oldest first
			h := hist[i]
			if h.Author == nil {
				continue
			}
			if h.Author.ID == b.s.State.User.ID {
				if pending != "" {
					conv.Turns = append(conv.Turns, rag.Turn{Question: pending, Answer: h.Content})
					pending = ""
				}
			} else {
				pending = h.Content
			}
		}
	}
	b.answer(ctx, m, scope, rag.Question{Scope: scope, Text: q, Conversation: conv})
}

// typing shows the typing indicator until stop is called.
func (b *Bot) typing(ctx context.Context, channel string) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(typingEvery)
		defer t.Stop()
		for {
			b.s.ChannelTyping(channel)
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return func() { cancel(); <-done }
}

// reply sends text as replies, split within Discord's limit, never
// mentioning anyone and without link previews.
func (b *Bot) reply(m *discordgo.Message, text string) {
	for i, part := range split(text, maxContent) {
		send := &discordgo.MessageSend{Content: part, AllowedMentions: noMentions, Flags: discordgo.MessageFlagsSuppressEmbeds}
		if i == 0 {
			send.Reference = m.Reference()
		}
		if _, err := b.s.ChannelMessageSendComplex(m.ChannelID, send); err != nil {
			b.log.Error("send reply", "channel", m.ChannelID, "err", err)
			return
		}
	}
}

// userMessage maps an error to a short message that says what to do;
// internal errors get an id that is also logged with the details.
func (b *Bot) userMessage(err error) string {
	var unsupported *fetch.UnsupportedTypeError
	var status *fetch.StatusError
	switch {
	case errors.Is(err, fetch.ErrBlockedAddress):
		return "that link points to a private or local address, which I can't open."
	case errors.Is(err, fetch.ErrTooLarge):
		return "that page is too large for me to read."
	case errors.As(err, &unsupported):
		return unsupported.Error() + " — share a link to a web page."
	case errors.Is(err, extract.ErrNoArticle):
		return "I found no article on that page (login wall or script-only page?)."
	case errors.Is(err, fetch.ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		return "the site took too long to answer; try again later."
	case errors.As(err, &status):
		return fmt.Sprintf("the site answered %d; check the link.", status.Code)
	case errors.Is(err, fetch.ErrBadURL), errors.Is(err, fetch.ErrTooManyRedirects):
		return "that link doesn't work for me (only http/https links to web pages)."
	case errors.Is(err, store.ErrNotFound):
		return "I don't know that article here; see /articles."
	case errors.Is(err, rag.ErrEmptyQuestion):
		return "ask a question with some words in it."
	case errors.Is(err, llm.ErrBudgetExceeded), errors.Is(err, ErrBusy):
		return err.Error()
	}
	id := errorID()
	b.log.Error("internal error", "error_id", id, "err", err, "at", time.Now().UTC())
	return fmt.Sprintf("something went wrong on my side (error %s).", id)
}
