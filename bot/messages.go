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
)

// maxLinksPerMessage bounds the work one message can cause.
const maxLinksPerMessage = 5

var (
	codeBlock  = regexp.MustCompile("(?s)```.*?```|`[^`\n]*`")
	spoiler    = regexp.MustCompile(`(?s)\|\|.*?\|\|`)
	suppressed = regexp.MustCompile(`<https?://[^\s>]+>`)
	// citedLink is a link as the bot's answers cite quotes: [Title](<url>).
	citedLink = regexp.MustCompile(`\]\(<(https?://[^\s>]+)>\)`)
	// linkRE also finds file links (file:/…, file:///…), so that sharing
	// one is answered with a refusal rather than ignored; only web links
	// are ever read. A bare "file:" in prose is not a link.
	linkRE = regexp.MustCompile(`(?i)\b(?:https?://|file:/)[^\s<>"'|]+`)
	// markup is Discord's markup that stands for no words of a question:
	// mentions of users, roles and channels, @everyone and @here, custom
	// emoji. Left in, "@everyone what did Sheinbaum say?" no longer reads
	// as a question about her words.
	markup = regexp.MustCompile(`<@[!&]?\d+>|<#\d+>|<a?:\w+:\d+>|(?:^|\s)@(?:everyone|here)\b`)
)

// questionText is a message's question without Discord's markup.
func questionText(content string) string {
	return strings.TrimSpace(markup.ReplaceAllString(content, " "))
}

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
		self := s.State.User.ID
		id, ok, err := b.links.ThreadArticle(ctx, scope, m.ChannelID)
		if err != nil {
			b.log.Error("look up thread", "channel", m.ChannelID, "err", err)
		}
		if ok {
			b.threadQuestion(ctx, m.Message, scope, id, self)
			return
		}
		mentioned := m.GuildID == ""
		for _, u := range m.Mentions {
			if u.ID == self {
				mentioned = true
			}
		}
		ls := links(m.Content)
		if len(ls) > 0 && (mentioned || b.autoingest(ctx, scope, m.ChannelID)) {
			b.ingestLinks(ctx, m.Message, scope, ls)
			return
		}
		if mentioned {
			q := questionText(m.Content)
			if q != "" {
				question := rag.Question{Scope: scope, Text: q}
				if ids := b.replyFocus(ctx, scope, m.ReferencedMessage); len(ids) > 0 {
					question.Conversation = &rag.Conversation{ArticleIDs: ids}
				}
				b.answer(ctx, m.Message, scope, question)
			}
		}
	})
}

// replyFocus is the articles a question asked in reply to a message is
// about: those the replied-to message links to (a shared link, the bot's
// summary card, an answer's quotes) that the server has read. "@articlebot
// tl;dr?" in reply to a link is about that link's article.
func (b *Bot) replyFocus(ctx context.Context, scope rag.Scope, ref *discordgo.Message) []string {
	if ref == nil {
		return nil
	}
	urls := links(ref.Content)
	for _, l := range citedLink.FindAllStringSubmatch(ref.Content, maxLinksPerMessage) {
		urls = append(urls, l[1])
	}
	for _, e := range ref.Embeds {
		if e != nil && e.URL != "" {
			urls = append(urls, e.URL)
		}
	}
	var ids []string
	for _, u := range urls[:min(len(urls), maxLinksPerMessage)] {
		a, err := b.engine.Resolve(ctx, scope, u)
		if err != nil {
			continue // not read here, or not an article link
		}
		if !slices.Contains(ids, a.ID) {
			ids = append(ids, a.ID)
		}
	}
	return ids
}

func (b *Bot) autoingest(ctx context.Context, scope rag.Scope, channel string) bool {
	on, set, err := b.channels.Autoingest(ctx, scope, channel)
	if err != nil {
		b.log.Error("read a channel's autoingest", "channel", channel, "err", err)
	}
	if err != nil || !set {
		return b.opts.Autoingest
	}
	return on
}

// ingestLinks reads each link (👀 while working, ✅/❌ after), posts a card
// per article and starts one thread on the message.
func (b *Bot) ingestLinks(ctx context.Context, m *discordgo.Message, scope rag.Scope, ls []string) {
	if ok, wait := b.limits.allow("ingest", m.GuildID, m.Author.ID); !ok {
		b.reply(ctx, m, fmt.Sprintf("You're sharing links faster than I can read them; try again in %d s.", int(wait.Seconds())+1))
		return
	}
	b.react(ctx, m, "👀")
	var titles []string
	var firstID string
	failed := 0
	for _, l := range ls {
		res, err := b.ingest(ctx, rag.IngestRequest{Scope: scope, Source: rag.WebLink(l), AddedBy: m.Author.ID})
		if err != nil {
			failed++
			b.reply(ctx, m, fmt.Sprintf("Couldn't read <%s>: %s", l, b.userMessage(err)))
			continue
		}
		b.sharedIn(ctx, scope, res.Article.ID, m.ChannelID)
		sum, err := b.asker.Summarize(ctx, scope, res.Article.ID)
		if err != nil {
			failed++
			b.reply(ctx, m, "Read the article but couldn't summarize it: "+b.userMessage(err))
			continue
		}
		b.call(ctx, "post summary card", func(o discordgo.RequestOption) error {
			_, err := b.s.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
				Embeds: []*discordgo.MessageEmbed{summaryEmbed(sum)}, Reference: m.Reference(), AllowedMentions: noMentions,
			}, o)
			return err
		})
		titles = append(titles, res.Article.Title)
		if firstID == "" {
			firstID = res.Article.ID
		}
	}
	b.call(ctx, "remove reaction", func(o discordgo.RequestOption) error {
		return b.s.MessageReactionRemove(m.ChannelID, m.ID, "👀", "@me", o)
	})
	if failed == len(ls) {
		b.react(ctx, m, "❌")
		return
	}
	b.react(ctx, m, "✅")
	if m.GuildID == "" {
		return // no threads in DMs
	}
	b.startThread(ctx, scope, m.ChannelID, m.ID, firstID, titles[0])
}

// react adds a reaction to a message; a failure (missing permission) only
// costs the acknowledgement.
func (b *Bot) react(ctx context.Context, m *discordgo.Message, emoji string) {
	b.call(ctx, "add reaction "+emoji, func(o discordgo.RequestOption) error {
		return b.s.MessageReactionAdd(m.ChannelID, m.ID, emoji, o)
	})
}

// threadQuestion answers a message in an article's thread, with the
// thread's recent messages (read back from Discord) as the conversation;
// self is the bot's user ID, which marks its own answers there.
func (b *Bot) threadQuestion(ctx context.Context, m *discordgo.Message, scope rag.Scope, articleID, self string) {
	q := questionText(m.Content)
	if q == "" {
		return // an image, a sticker, or content withheld (no Message Content intent)
	}
	conv := &rag.Conversation{ArticleIDs: []string{articleID}}
	var hist []*discordgo.Message
	if err := b.call(ctx, "read thread history", func(o discordgo.RequestOption) (err error) {
		hist, err = b.s.ChannelMessages(m.ChannelID, historyMessages, m.ID, "", "", o)
		return err
	}); err == nil {
		var pending string
		for i := len(hist) - 1; i >= 0; i-- { // oldest first
			h := hist[i]
			if h.Author == nil {
				continue
			}
			if h.Author.ID == self {
				if pending != "" {
					conv.Turns = append(conv.Turns, rag.Turn{Question: pending, Answer: unescape(h.Content)})
					pending = ""
				}
			} else {
				// Without the Message Content intent every question
				// mentions the bot; the mention is no part of it.
				pending = questionText(h.Content)
			}
		}
	}
	if b.answer(ctx, m, scope, rag.Question{Scope: scope, Text: q, Conversation: conv}) {
		// Counted for digests; failing costs only the count.
		if err := b.links.AddThreadMessage(ctx, scope, m.ChannelID); err != nil {
			b.log.Warn("count a thread question", "thread", m.ChannelID, "err", err)
		}
	}
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
			b.call(ctx, "typing", func(o discordgo.RequestOption) error { return b.s.ChannelTyping(channel, o) })
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
// mentioning anyone and without link previews. It is sent even when ctx
// was cancelled (the reply then says why), within the call's own timeout.
func (b *Bot) reply(ctx context.Context, m *discordgo.Message, text string) {
	ctx = context.WithoutCancel(ctx)
	for i, part := range split(text, maxContent) {
		send := &discordgo.MessageSend{Content: part, AllowedMentions: noMentions, Flags: discordgo.MessageFlagsSuppressEmbeds}
		if i == 0 {
			send.Reference = m.Reference()
		}
		if err := b.call(ctx, "send reply", func(o discordgo.RequestOption) error {
			_, err := b.s.ChannelMessageSendComplex(m.ChannelID, send, o)
			return err
		}); err != nil {
			return
		}
	}
}

// userMessage words an error for a Discord reply. The engine classifies
// (rag.Classify); unclassified errors are logged with an id the user can
// quote.
func (b *Bot) userMessage(err error) string {
	if errors.Is(err, ErrBusy) {
		return "I'm reading a lot of articles right now; try again in a minute."
	}
	p := rag.Classify(err)
	if msg := kindMessage(p); msg != "" {
		b.log.Debug("user-facing error", "kind", p.Kind, "err", err)
		return msg
	}
	id := errorID()
	b.log.Error("internal error", "error_id", id, "err", err)
	return fmt.Sprintf("something went wrong on my side (error %s).", id)
}

// kindMessage is the bot's sentence for each kind of problem; "" for an
// internal error. The local-file kinds cannot happen here (the bot reads
// only web links); if one ever did, the refusal is still the truth.
func kindMessage(p rag.Problem) string {
	switch p.Kind {
	case rag.KindNotWebLink, rag.KindNoSuchFile, rag.KindNotRegularFile, rag.KindFileAccess:
		return "only web links (http:// or https://) can be read."
	case rag.KindBadLink:
		if p.Detail != "" {
			return "that link doesn't work for me: " + p.Detail + "."
		}
		return "that link doesn't work for me (only http/https links to web pages)."
	case rag.KindBlocked:
		return "that link points to a private or local address, which I can't open."
	case rag.KindTooLarge:
		if p.Limit > 0 {
			return "that page is larger than the " + p.LimitText() + " I can read."
		}
		return "that page is too large for me to read."
	case rag.KindNotArticle:
		if p.Detail != "" {
			return "that's not an article (content type " + p.Detail + ") — share a link to a web page."
		}
		return "that's not an article — share a link to a web page."
	case rag.KindNoArticle:
		return "I found no article on that page (login wall or script-only page?)."
	case rag.KindTooManyRedirects:
		return "that link redirects too many times."
	case rag.KindTimeout:
		return "that took too long; try again later."
	case rag.KindSiteStatus:
		return fmt.Sprintf("the site answered %d; check the link.", p.Status)
	case rag.KindNoSuchHost:
		return "that site doesn't exist; check the link."
	case rag.KindInsecure:
		return "that site's secure connection failed, so I didn't read it."
	case rag.KindUnreachable:
		return "I couldn't reach that site, or it sent something I can't read."
	case rag.KindNotFound:
		return "I don't know that article here; see /articles."
	case rag.KindAmbiguous:
		return "more than one article matches; pick one from the list."
	case rag.KindWhichArticle:
		return "which article? Ask in its thread, or mention me in a reply to its link."
	case rag.KindEmptyQuestion:
		return "ask a question with some words in it."
	case rag.KindQuestionTooLong:
		return fmt.Sprintf("that question is longer than %d characters; ask it in fewer words.", p.Limit)
	case rag.KindBudget:
		return "today's AI budget for this server is used up; answers resume tomorrow (UTC)."
	case rag.KindQuota:
		return "the AI provider account has no quota left; ask the bot's owner to check it."
	case rag.KindModelUnavailable:
		return "the AI service isn't answering properly right now; try again later."
	case rag.KindEmbedderMismatch:
		return "my search index is being rebuilt; try again in a few minutes."
	case rag.KindUnverifiedQuote:
		return "a quote couldn't be checked against the article, so I didn't show it."
	case rag.KindPDFEncrypted:
		return "that PDF is password-protected, so I can't read it."
	case rag.KindPDFNoText:
		return "that PDF has no text layer (it looks scanned), so there is nothing I can quote."
	case rag.KindPDFDamaged:
		return "that PDF is damaged or not really a PDF, so I can't open it."
	case rag.KindPDFTooManyPages:
		if p.Limit > 0 {
			return fmt.Sprintf("that PDF has more than %d pages, more than I read.", p.Limit)
		}
		return "that PDF has more pages than I read."
	case rag.KindPDFTooComplex:
		return "that PDF is too complex to read within my time and memory limits."
	case rag.KindCanceled:
		return "I'm restarting; try again in a minute."
	}
	return ""
}
