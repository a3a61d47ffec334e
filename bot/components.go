package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/rag"
)

// Component custom IDs (≤ 100 chars).
const (
	idPage   = "articles:"  // + page number
	idThread = "askthread:" // + article ID
)

// articlesPage renders one page of the list with Newer/Older buttons.
func (b *Bot) articlesPage(ctx context.Context, scope rag.Scope, page int) (string, []discordgo.MessageComponent) {
	infos, total, err := b.engine.List(ctx, scope, (page-1)*articlesPage, articlesPage)
	if err != nil {
		return b.userMessage(err), nil
	}
	if total == 0 {
		return "No articles here yet: paste a link or use /summarize.", nil
	}
	var lines []string
	for _, a := range infos {
		lines = append(lines, fmt.Sprintf("• [%s](<%s>) — %s · `%s`", escape(truncate(a.Title, 90)), a.URL, escape(a.Site), a.ID))
	}
	pages := (total + articlesPage - 1) / articlesPage
	text := fmt.Sprintf("**Articles** (page %d of %d, %d in all)\n%s", page, pages, total, strings.Join(lines, "\n"))
	row := discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Newer", Style: discordgo.SecondaryButton, CustomID: fmt.Sprint(idPage, page-1), Disabled: page <= 1},
		discordgo.Button{Label: "Older", Style: discordgo.SecondaryButton, CustomID: fmt.Sprint(idPage, page+1), Disabled: page >= pages},
	}}
	return text, []discordgo.MessageComponent{row}
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
