package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/rag"
)

// commandCall is one acknowledged command: who asked, where, with what.
type commandCall struct {
	i     *discordgo.InteractionCreate
	scope rag.Scope
	user  *discordgo.User
	opt   map[string]*discordgo.ApplicationCommandInteractionDataOption
}

// string is an option's text, "" when it was not given.
func (c commandCall) string(name string) string {
	if o := c.opt[name]; o != nil {
		return o.StringValue()
	}
	return ""
}

// ask answers /ask: about one article, the articles shared in this
// channel, or the whole server's.
func (b *Bot) ask(ctx context.Context, c commandCall) {
	q := rag.Question{Scope: c.scope, Text: questionText(c.string("question"))}
	if ref := c.string("article"); ref != "" {
		a, err := b.engine.Resolve(ctx, c.scope, ref)
		if err != nil {
			b.edit(ctx, c.i, b.userMessage(err))
			return
		}
		q.ArticleIDs = []string{a.ID}
	} else if c.string("scope") == "channel" {
		ids, err := b.links.ChannelArticles(ctx, c.scope, c.i.ChannelID)
		if err != nil {
			b.edit(ctx, c.i, b.userMessage(err))
			return
		}
		if len(ids) == 0 {
			b.edit(ctx, c.i, "No articles were shared in this channel yet.")
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
		msg := b.userMessage(err)
		if rag.Classify(err).Kind == rag.KindWhichArticle {
			// /ask names its article in an option.
			msg = "which article? Name it in the article: option (see /articles)."
		}
		b.edit(ctx, c.i, msg)
		return
	}
	b.edit(ctx, c.i, renderAnswer(ans))
	if len(ans.ArticleIDs) == 1 && c.i.GuildID != "" {
		b.call(ctx, "offer a thread", func(o discordgo.RequestOption) error {
			_, err := b.s.FollowupMessageCreate(c.i.Interaction, true, &discordgo.WebhookParams{
				Content: "Want to keep asking about this article?", AllowedMentions: noMentions, Flags: discordgo.MessageFlagsEphemeral,
				Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
					discordgo.Button{Label: "Continue in a thread", Style: discordgo.PrimaryButton, CustomID: idThread + ans.ArticleIDs[0]},
				}}},
			}, o)
			return err
		})
	}
}

// summarizeMessage is the message command: it summarizes the first
// article link of the message it was used on.
func (b *Bot) summarizeMessage(ctx context.Context, c commandCall, data discordgo.ApplicationCommandInteractionData) {
	src := ""
	if m := data.Resolved; m != nil {
		for _, msg := range m.Messages {
			if ls := links(msg.Content); len(ls) > 0 {
				src = ls[0]
			}
		}
	}
	if src == "" {
		b.edit(ctx, c.i, "That message has no article link.")
		return
	}
	b.summarize(ctx, c, src)
}

// summarize reads a web link, remembers it was shared in this channel and
// shows its summary card.
func (b *Bot) summarize(ctx context.Context, c commandCall, src string) {
	res, err := b.ingest(ctx, rag.IngestRequest{Scope: c.scope, Source: rag.WebLink(src), AddedBy: c.user.ID})
	if err != nil {
		b.edit(ctx, c.i, "Couldn't read it: "+b.userMessage(err))
		return
	}
	b.sharedIn(ctx, c.scope, res.Article.ID, c.i.ChannelID)
	sum, err := b.asker.Summarize(ctx, c.scope, res.Article.ID)
	if err != nil {
		b.edit(ctx, c.i, b.userMessage(err))
		return
	}
	b.edit(ctx, c.i, "", summaryEmbed(sum))
}

// sharedIn records that an article was shared in a channel, for /ask
// scope:channel and digests (each share counts); failing costs only that
// filter and count, so it is logged.
func (b *Bot) sharedIn(ctx context.Context, scope rag.Scope, articleID, channelID string) {
	if err := b.links.AddArticleChannel(ctx, scope, articleID, channelID); err != nil {
		b.log.Warn("remember article channel", "article", articleID, "channel", channelID, "err", err)
	}
}

// articles answers /articles with one page of the list.
func (b *Bot) articles(ctx context.Context, c commandCall) {
	page := 1
	if o := c.opt["page"]; o != nil && o.IntValue() > 0 {
		page = int(o.IntValue())
	}
	text, comps := b.articlesPage(ctx, c.scope, page)
	b.call(context.WithoutCancel(ctx), "edit interaction response", func(o discordgo.RequestOption) error {
		_, err := b.s.InteractionResponseEdit(c.i.Interaction, &discordgo.WebhookEdit{Content: &text, Components: &comps, AllowedMentions: noMentions}, o)
		return err
	})
}

// forget answers /forget: the sharer or a moderator deletes an article and
// everything about it, its threads' and channels' links included.
func (b *Bot) forget(ctx context.Context, c commandCall) {
	a, err := b.engine.Resolve(ctx, c.scope, c.string("article"))
	if err != nil {
		b.edit(ctx, c.i, b.userMessage(err))
		return
	}
	// Discord shows the command to everyone; the rule is checked here.
	if a.AddedBy != c.user.ID && !hasPerm(c.i, discordgo.PermissionManageMessages) {
		b.edit(ctx, c.i, "Only the person who shared it or a moderator (Manage Messages) can forget this article.")
		return
	}
	if err := b.engine.Forget(ctx, c.scope, a.ID); err != nil {
		b.edit(ctx, c.i, b.userMessage(err))
		return
	}
	b.edit(ctx, c.i, fmt.Sprintf("Forgot “%s” and everything about it.", escape(a.Title)))
}

// setAutoingest answers /autoingest: whether pasted links in this channel
// are read without a mention.
func (b *Bot) setAutoingest(ctx context.Context, c commandCall) {
	if c.i.GuildID == "" || !hasPerm(c.i, discordgo.PermissionManageChannels) {
		b.edit(ctx, c.i, "You need the Manage Channels permission for that.")
		return
	}
	mode := c.string("mode")
	if err := b.channels.SetAutoingest(ctx, c.scope, c.i.ChannelID, mode == "on"); err != nil {
		b.edit(ctx, c.i, b.userMessage(err))
		return
	}
	b.edit(ctx, c.i, "Reading pasted links in this channel: "+mode+".")
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
		b.log.Warn("list articles for autocomplete", "err", err)
	}
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	for _, a := range infos {
		if typed == "" || strings.Contains(strings.ToLower(a.Title), typed) {
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: truncate(a.Title, 100), Value: a.ID})
		}
		if len(choices) == maxChoices {
			break
		}
	}
	b.callWithin(ctx, ackTimeout, "autocomplete", func(o discordgo.RequestOption) error {
		return b.s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: choices}}, o)
	})
}
