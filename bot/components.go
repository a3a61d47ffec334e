package bot

import (
	"cmp"
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/rag"
)

// Component custom IDs (≤ 100 chars).
const (
	idPage   = "articles:"  // + page number
	idThread = "askthread:" // + article ID
)

// articlesPage renders one page of the list, by story, with Newer/Older
// buttons: each story's first article, the other outlets that reported
// it under it.
func (b *Bot) articlesPage(ctx context.Context, scope rag.Scope, page int) (string, []discordgo.MessageComponent) {
	stories, err := b.engine.Stories(ctx, scope, rag.StoryFilter{})
	if err != nil {
		return b.userMessage(err), nil
	}
	total := 0
	for _, s := range stories {
		total += len(s.Articles)
	}
	if total == 0 {
		return "No articles here yet: paste a link or use /summarize.", nil
	}
	pages := (len(stories) + articlesPage - 1) / articlesPage
	page = min(page, pages)
	shown := stories[(page-1)*articlesPage : min(page*articlesPage, len(stories))]
	count := fmt.Sprintf("%d in all", total)
	if len(stories) < total {
		count = fmt.Sprintf("%d in %d stories", total, len(stories))
	}
	head := fmt.Sprintf("**Articles** (page %d of %d, %s)\n", page, pages, count)
	text := head + storyLines(shown, true)
	if utf8.RuneCountInString(text) > maxContent {
		// Long links crowd out the list: the other outlets then go without.
		text = truncate(head+storyLines(shown, false), maxContent)
	}
	row := discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Newer", Style: discordgo.SecondaryButton, CustomID: fmt.Sprint(idPage, page-1), Disabled: page <= 1},
		discordgo.Button{Label: "Older", Style: discordgo.SecondaryButton, CustomID: fmt.Sprint(idPage, page+1), Disabled: page >= pages},
	}}
	return text, []discordgo.MessageComponent{row}
}

// storyLines lists stories: a line for each story's first article, and an
// indented "also reported by" line naming the other outlets' articles of
// it, linked when links is set.
func storyLines(stories []rag.Story, links bool) string {
	var lines []string
	for _, s := range stories {
		a := s.Articles[0]
		lines = append(lines, fmt.Sprintf("• [%s](<%s>) — %s · `%s`", escape(truncate(a.Title, 90)), a.URL, escape(a.Site), a.ID))
		if len(s.Articles) == 1 {
			continue
		}
		var others []string
		for _, o := range s.Articles[1:] {
			name := escape(truncate(cmp.Or(o.Site, o.Title), 60))
			if links {
				name = fmt.Sprintf("[%s](<%s>)", name, o.URL)
			}
			others = append(others, fmt.Sprintf("%s `%s`", name, o.ID))
		}
		lines = append(lines, "  ↳ also reported by "+joinAnd(others))
	}
	return strings.Join(lines, "\n")
}

// component handles button presses.
func (b *Bot) component(ctx context.Context, i *discordgo.InteractionCreate) {
	user := userOf(i)
	if user == nil {
		return
	}
	scope := scopeOf(i.GuildID, user.ID)
	id := i.MessageComponentData().CustomID
	switch {
	case strings.HasPrefix(id, idPage):
		page, err := strconv.Atoi(strings.TrimPrefix(id, idPage))
		if err != nil || page < 1 {
			return
		}
		b.turnPage(ctx, i, scope, page)
	case strings.HasPrefix(id, idThread):
		b.continueInThread(ctx, i, scope, strings.TrimPrefix(id, idThread))
	}
}

// turnPage replaces the list with another page of it.
func (b *Bot) turnPage(ctx context.Context, i *discordgo.InteractionCreate, scope rag.Scope, page int) {
	text, comps := b.articlesPage(ctx, scope, page)
	b.callWithin(ctx, ackTimeout, "turn page", func(o discordgo.RequestOption) error {
		return b.s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{Content: text, Components: comps, AllowedMentions: noMentions}}, o)
	})
}

// continueInThread opens a thread about an article under a new message.
func (b *Bot) continueInThread(ctx context.Context, i *discordgo.InteractionCreate, scope rag.Scope, articleID string) {
	a, err := b.engine.Resolve(ctx, scope, articleID)
	if err != nil {
		b.respond(ctx, i, b.userMessage(err), true)
		return
	}
	if err := b.callWithin(ctx, ackTimeout, "acknowledge button", func(o discordgo.RequestOption) error {
		return b.s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}, o)
	}); err != nil {
		return
	}
	var msg *discordgo.Message
	if err := b.call(ctx, "post thread starter", func(o discordgo.RequestOption) (err error) {
		msg, err = b.s.ChannelMessageSendComplex(i.ChannelID, &discordgo.MessageSend{Content: "Questions about “" + escape(a.Title) + "” →", AllowedMentions: noMentions}, o)
		return err
	}); err != nil {
		return
	}
	b.startThread(ctx, scope, i.ChannelID, msg.ID, a.ID, a.Title)
}

// startThread opens a thread on a message for questions about an article.
// The thread takes the message's ID, so the link is saved before the
// thread exists: a question asked the moment it appears is not lost.
func (b *Bot) startThread(ctx context.Context, scope rag.Scope, channelID, messageID, articleID, title string) {
	if err := b.links.LinkThread(ctx, scope, messageID, articleID); err != nil {
		b.log.Error("remember thread", "thread", messageID, "article", articleID, "err", err)
		return
	}
	var ch *discordgo.Channel
	if err := b.call(ctx, "start thread", func(o discordgo.RequestOption) (err error) {
		ch, err = b.s.MessageThreadStartComplex(channelID, messageID, &discordgo.ThreadStart{Name: truncate(title, maxThreadName),
			AutoArchiveDuration: b.opts.ThreadAutoArchive, Type: discordgo.ChannelTypeGuildPublicThread}, o)
		return err
	}); err != nil {
		return
	}
	if ch.ID != messageID { // not Discord's documented behaviour, but cheap to honour
		if err := b.links.LinkThread(ctx, scope, ch.ID, articleID); err != nil {
			b.log.Error("remember thread", "thread", ch.ID, "article", articleID, "err", err)
		}
	}
}
