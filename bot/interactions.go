package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/store"
)

// Command names.
const (
	cmdSummarize  = "summarize"
	cmdAsk        = "ask"
	cmdArticles   = "articles"
	cmdForget     = "forget"
	cmdHelp       = "help"
	cmdAutoingest = "autoingest"
	cmdMenu       = "Summarize article"
	// articlesPage is how many articles /articles lists.
	articlesPage = 10
	// maxChoices is Discord's autocomplete limit.
	maxChoices = 25
)

func perm(p int64) *int64 { return &p }

// slash is the chat-input command type, sent explicitly.
const slash = discordgo.ChatApplicationCommand

// commands are registered at start-up (bulk overwrite, so removed ones go).
func commands() []*discordgo.ApplicationCommand {
	article := &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "article", Description: "Article (start typing its title)", Autocomplete: true}
	return []*discordgo.ApplicationCommand{
		{Name: cmdSummarize, Type: slash, Description: "Summarize an article with cited key quotes", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "url", Description: "Link to the article", Required: true}}},
		{Name: cmdAsk, Type: slash, Description: "Ask about the shared articles; answers quote them", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "Your question", Required: true}, article,
			{Type: discordgo.ApplicationCommandOptionString, Name: "scope", Description: "Articles shared in this channel, or the whole server (default)",
				Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "channel", Value: "channel"}, {Name: "server", Value: "server"}}}}},
		{Name: cmdArticles, Type: slash, Description: "List the articles shared here, newest first", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionInteger, Name: "page", Description: "Page number"}}},
		{Name: cmdForget, Type: slash, Description: "Delete an article and everything about it", Options: []*discordgo.ApplicationCommandOption{
			{Type: article.Type, Name: article.Name, Description: article.Description, Autocomplete: true, Required: true}}},
		{Name: cmdHelp, Type: slash, Description: "How to use articlebot"},
		{Name: cmdAutoingest, Type: slash, Description: "Read links pasted in this channel automatically", DefaultMemberPermissions: perm(discordgo.PermissionManageChannels),
			Options: []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionString, Name: "mode", Description: "on or off", Required: true,
				Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "on", Value: "on"}, {Name: "off", Value: "off"}}}}},
		{Name: cmdMenu, Type: discordgo.MessageApplicationCommand},
	}
}

const helpText = `**articlebot** reads articles with you and answers with the articles' own words.
• Paste a link: I read it, post a summary card and open a thread. Ask anything in the thread.
• /summarize url: — a TL;DR and key quotes.
• /ask question: [article:] — answers quote the articles, each with a link to the quoted words.
• /articles — what's been shared here. /forget article: — delete one (the sharer or moderators).
• /autoingest on|off — read pasted links in this channel (Manage Channels).
Every quote is checked against the stored article before it is shown.`

func (b *Bot) onInteraction(s *discordgo.Session, i *discordgo.InteractionCreate) {
	if b.ctx == nil {
		return
	}
	arrived := time.Now()
	b.opts.Metrics.event("INTERACTION_CREATE")
	switch i.Type {
	case discordgo.InteractionMessageComponent:
		b.spawn(func(ctx context.Context) { b.component(ctx, i) })
	case discordgo.InteractionApplicationCommandAutocomplete:
		b.spawn(func(ctx context.Context) { b.autocomplete(ctx, i) })
	case discordgo.InteractionApplicationCommand:
		data := i.ApplicationCommandData()
		if data.Name == cmdHelp {
			b.respond(i, helpText, true)
			return
		}
		// Rate limits answer at once and privately, before anything is deferred.
		if kind := limitKind(data.Name); kind != "" {
			if user := userOf(i); user != nil {
				if ok, wait := b.limits.allow(kind, i.GuildID, user.ID); !ok {
					b.respond(i, fmt.Sprintf("Slow down a little: try again in %d s.", int(wait.Seconds())+1), true)
					return
				}
			}
		}
		// Acknowledge at once: Discord allows 3 s, the work may take longer.
		ephemeral := data.Name == cmdForget || data.Name == cmdAutoingest
		var flags discordgo.MessageFlags
		if ephemeral {
			flags = discordgo.MessageFlagsEphemeral
		}
		if err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: flags}}); err != nil {
			b.log.Error("acknowledge interaction", "command", data.Name, "err", err)
			return
		}
		b.opts.Metrics.ack(arrived)
		b.spawn(func(ctx context.Context) { b.command(ctx, i, data) })
	}
}

func (b *Bot) respond(i *discordgo.InteractionCreate, text string, ephemeral bool) {
	var flags discordgo.MessageFlags = discordgo.MessageFlagsSuppressEmbeds
	if ephemeral {
		flags |= discordgo.MessageFlagsEphemeral
	}
	b.s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: text, Flags: flags, AllowedMentions: noMentions}})
}

// edit fills the deferred response; text past the first message's limit
// goes out as follow-ups.
func (b *Bot) edit(i *discordgo.InteractionCreate, text string, embeds ...*discordgo.MessageEmbed) {
	parts := split(text, maxContent)
	if len(parts) == 0 {
		parts = []string{""}
	}
	if _, err := b.s.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: &parts[0], Embeds: &embeds, AllowedMentions: noMentions}); err != nil {
		b.log.Error("edit interaction response", "err", err)
		return
	}
	for _, p := range parts[1:] {
		if _, err := b.s.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{Content: p, AllowedMentions: noMentions, Flags: discordgo.MessageFlagsSuppressEmbeds}); err != nil {
			b.log.Error("follow-up", "err", err)
			return
		}
	}
}

func userOf(i *discordgo.InteractionCreate) *discordgo.User {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User
	}
	return i.User
}

func (b *Bot) command(ctx context.Context, i *discordgo.InteractionCreate, data discordgo.ApplicationCommandInteractionData) {
	user := userOf(i)
	if user == nil {
		return
	}
	scope := scopeOf(i.GuildID, user.ID)
	opt := map[string]*discordgo.ApplicationCommandInteractionDataOption{}
	for _, o := range data.Options {
		opt[o.Name] = o
	}
	switch data.Name {
	case cmdAsk:
		q := rag.Question{Scope: scope, Text: opt["question"].StringValue()}
		if o := opt["article"]; o != nil {
			a, err := b.engine.Resolve(ctx, scope, o.StringValue())
			if err != nil {
				b.edit(i, b.userMessage(err))
				return
			}
			q.ArticleIDs = []string{a.ID}
		} else if o := opt["scope"]; o != nil && o.StringValue() == "channel" {
			ids, err := b.channelArticles(ctx, scope, i.ChannelID)
			if err != nil {
				b.edit(i, b.userMessage(err))
				return
			}
			if len(ids) == 0 {
				b.edit(i, "No articles were shared in this channel yet.")
				return
			}
			q.ArticleIDs = ids
		}
		actx, cancel := context.WithTimeout(ctx, answerTimeout)
		defer cancel()
		start := time.Now()
		ans, err := b.asker.Ask(actx, q)
		b.opts.Metrics.done("ask", start, err)
		if err != nil {
			b.edit(i, b.userMessage(err))
			return
		}
		b.edit(i, renderAnswer(ans))
		if len(ans.ArticleIDs) == 1 && i.GuildID != "" {
			b.s.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{
				Content: "Want to keep asking about this article?", AllowedMentions: noMentions, Flags: discordgo.MessageFlagsEphemeral,
				Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
					discordgo.Button{Label: "Continue in a thread", Style: discordgo.PrimaryButton, CustomID: idThread + ans.ArticleIDs[0]},
				}}},
			})
		}
	case cmdSummarize, cmdMenu:
		src := ""
		if data.Name == cmdMenu {
			if m := data.Resolved; m != nil {
				for _, msg := range m.Messages {
					if ls := links(msg.Content); len(ls) > 0 {
						src = ls[0]
					}
				}
			}
			if src == "" {
				b.edit(i, "That message has no article link.")
				return
			}
		} else {
			src = opt["url"].StringValue()
		}
		res, err := b.ingest(ctx, rag.IngestRequest{Scope: scope, Source: rag.WebLink(src), AddedBy: user.ID})
		if err != nil {
			b.edit(i, "Couldn't read it: "+b.userMessage(err))
			return
		}
		sum, err := b.asker.Summarize(ctx, scope, res.Article.ID)
		if err != nil {
			b.edit(i, b.userMessage(err))
			return
		}
		b.edit(i, "", summaryEmbed(sum))
	case cmdArticles:
		page := 1
		if o := opt["page"]; o != nil && o.IntValue() > 0 {
			page = int(o.IntValue())
		}
		text, comps := b.articlesPage(ctx, scope, page)
		b.s.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: &text, Components: &comps, AllowedMentions: noMentions})
	case cmdForget:
		a, err := b.engine.Resolve(ctx, scope, opt["article"].StringValue())
		if err != nil {
			b.edit(i, b.userMessage(err))
			return
		}
		// Discord shows the command to everyone; the rule is checked here.
		if a.AddedBy != user.ID && !hasPerm(i, discordgo.PermissionManageMessages) {
			b.edit(i, "Only the person who shared it or a moderator (Manage Messages) can forget this article.")
			return
		}
		if err := b.engine.Forget(ctx, scope, a.ID); err != nil {
			b.edit(i, b.userMessage(err))
			return
		}
		b.edit(i, fmt.Sprintf("Forgot “%s” and everything about it.", escape(a.Title)))
	case cmdAutoingest:
		if i.GuildID == "" || !hasPerm(i, discordgo.PermissionManageChannels) {
			b.edit(i, "You need the Manage Channels permission for that.")
			return
		}
		mode := opt["mode"].StringValue()
		if err := b.settings.SetSetting(ctx, scope, keyAutoingest+i.ChannelID, mode); err != nil {
			b.edit(i, b.userMessage(err))
			return
		}
		b.edit(i, "Reading pasted links in this channel: "+mode+".")
	}
}

func hasPerm(i *discordgo.InteractionCreate, p int64) bool {
	if i.Member == nil {
		return false
	}
	return i.Member.Permissions&(p|discordgo.PermissionAdministrator) != 0
}

// autocomplete offers article titles that contain what the user typed.
func (b *Bot) autocomplete(ctx context.Context, i *discordgo.InteractionCreate) {
	user := userOf(i)
	if user == nil {
		return
	}
	var typed string
	for _, o := range i.ApplicationCommandData().Options {
		if o.Focused {
			typed = strings.ToLower(o.StringValue())
		}
	}
	infos, _, err := b.engine.List(ctx, scopeOf(i.GuildID, user.ID), 0, 200)
	if err != nil {
		return
	}
	var choices []*discordgo.ApplicationCommandOptionChoice
	for _, a := range infos {
		if typed == "" || strings.Contains(strings.ToLower(a.Title), typed) {
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: truncate(a.Title, 100), Value: a.ID})
		}
		if len(choices) == maxChoices {
			break
		}
	}
	b.s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices}})
}

// onGuildCreate clears a pending purge when the bot is (re)added.
func (b *Bot) onGuildCreate(_ *discordgo.Session, g *discordgo.GuildCreate) {
	if b.ctx == nil || g.Unavailable {
		return
	}
	b.spawn(func(ctx context.Context) { b.settings.SetSetting(ctx, scopeOf(g.ID, ""), keyLeftAt, "") })
}

// onGuildDelete records when the bot left a server (not an outage), so the
// server's data is purged after the grace period.
func (b *Bot) onGuildDelete(_ *discordgo.Session, g *discordgo.GuildDelete) {
	if b.ctx == nil || g.Unavailable {
		return
	}
	b.spawn(func(ctx context.Context) {
		b.settings.SetSetting(ctx, scopeOf(g.ID, ""), keyLeftAt, time.Now().UTC().Format(time.RFC3339))
		if b.opts.PurgeGrace == 0 {
			b.purge()
		}
	})
}

// purge deletes the data of servers left longer ago than the grace period.
func (b *Bot) purge() {
	ctx := b.ctx
	left, err := b.settings.ScopesWithSetting(ctx, keyLeftAt)
	if err != nil {
		b.log.Error("list servers to purge", "err", err)
		return
	}
	for scope, at := range left {
		t, err := time.Parse(time.RFC3339, at)
		if err != nil || time.Since(t) < b.opts.PurgeGrace {
			continue
		}
		if err := b.engine.Purge(ctx, scope); err != nil {
			b.log.Error("purge server", "scope", scope, "err", err)
			continue
		}
		b.log.Info("purged data of a server the bot left", "scope", scope, "left_at", at)
	}
}

// Component custom IDs (≤ 100 chars).
const (
	idPage   = "articles:"  // + page number
	idThread = "askthread:" // + article ID
)

// articlesPage renders one page of the list with Newer/Older buttons.
func (b *Bot) articlesPage(ctx context.Context, scope store.Scope, page int) (string, []discordgo.MessageComponent) {
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
		text, comps := b.articlesPage(ctx, scope, page)
		b.s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{Content: text, Components: comps, AllowedMentions: noMentions}})
	case strings.HasPrefix(id, idThread):
		articleID := strings.TrimPrefix(id, idThread)
		a, err := b.engine.Resolve(ctx, scope, articleID)
		if err != nil {
			b.respond(i, b.userMessage(err), true)
			return
		}
		b.s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate})
		msg, err := b.s.ChannelMessageSendComplex(i.ChannelID, &discordgo.MessageSend{Content: "Questions about “" + escape(a.Title) + "” →", AllowedMentions: noMentions})
		if err != nil {
			return
		}
		ch, err := b.s.MessageThreadStartComplex(i.ChannelID, msg.ID, &discordgo.ThreadStart{Name: truncate(a.Title, maxThreadName),
			AutoArchiveDuration: b.opts.ThreadAutoArchive, Type: discordgo.ChannelTypeGuildPublicThread})
		if err != nil {
			b.log.Warn("start thread", "err", err)
			return
		}
		b.settings.SetSetting(ctx, scope, keyThread+ch.ID, a.ID)
	}
}

// channelScan bounds how many of a server's newest articles a channel
// filter looks through.
const channelScan = 500

// channelArticles lists the articles shared in a channel, newest first.
func (b *Bot) channelArticles(ctx context.Context, scope store.Scope, channel string) ([]string, error) {
	infos, _, err := b.engine.List(ctx, scope, 0, channelScan)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, a := range infos {
		if ch, ok, _ := b.settings.Setting(ctx, scope, keyChannel+a.ID); ok && ch == channel {
			ids = append(ids, a.ID)
		}
	}
	return ids, nil
}

// limitKind is the rate limit a command counts against, "" for none.
func limitKind(name string) string {
	switch name {
	case cmdAsk:
		return "ask"
	case cmdSummarize, cmdMenu:
		return "ingest"
	}
	return ""
}
