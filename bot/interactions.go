package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/bwmarrin/discordgo"
)

// restartingText answers interactions that arrive once shutdown has begun:
// acknowledged work would never be done.
const restartingText = "I'm restarting; try again in a minute."

// onInteraction admits an interaction, acknowledges it within Discord's
// 3 s and dispatches it. Shutdown waits for every admitted interaction;
// one that arrives after shutdown began is answered at once instead.
func (b *Bot) onInteraction(_ *discordgo.Session, i *discordgo.InteractionCreate) {
	if b.ctx == nil {
		return
	}
	arrived := time.Now()
	b.opts.Metrics.event("INTERACTION_CREATE")
	if !b.enter() {
		b.refuse(i)
		return
	}
	defer b.leave()
	ctx := b.ctx
	switch i.Type {
	case discordgo.InteractionMessageComponent:
		b.component(ctx, i)
	case discordgo.InteractionApplicationCommandAutocomplete:
		b.autocomplete(ctx, i)
	case discordgo.InteractionApplicationCommand:
		b.command(ctx, i, arrived)
	}
}

// refuse answers an interaction the bot will not work on.
func (b *Bot) refuse(i *discordgo.InteractionCreate) {
	ctx := context.WithoutCancel(b.ctx)
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		b.callWithin(ctx, ackTimeout, "refuse autocomplete", func(o discordgo.RequestOption) error {
			return b.s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
				Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}}}, o)
		})
		return
	}
	b.respond(ctx, i, restartingText, true)
}

// command acknowledges a slash or message command (deferred, so the work
// may take longer than 3 s) and runs it.
func (b *Bot) command(ctx context.Context, i *discordgo.InteractionCreate, arrived time.Time) {
	data := i.ApplicationCommandData()
	user := userOf(i)
	if user == nil {
		return
	}
	if data.Name == cmdHelp {
		b.respond(ctx, i, b.help(), true)
		return
	}
	// Rate limits answer at once and privately, before anything is deferred.
	if kind := limitKind(data.Name); kind != "" {
		if ok, wait := b.limits.allow(kind, i.GuildID, user.ID); !ok {
			b.respond(ctx, i, fmt.Sprintf("Slow down a little: try again in %d s.", int(wait.Seconds())+1), true)
			return
		}
	}
	var flags discordgo.MessageFlags
	if data.Name == cmdForget || data.Name == cmdAutoingest || data.Name == cmdDigestSchedule {
		flags = discordgo.MessageFlagsEphemeral
	}
	if err := b.callWithin(ctx, ackTimeout, "acknowledge "+data.Name, func(o discordgo.RequestOption) error {
		return b.s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: flags}}, o)
	}); err != nil {
		return
	}
	b.opts.Metrics.ack(arrived)
	c := commandCall{i: i, scope: scopeOf(i.GuildID, user.ID), user: user, opt: map[string]*discordgo.ApplicationCommandInteractionDataOption{}}
	for _, o := range data.Options {
		c.opt[o.Name] = o
	}
	switch data.Name {
	case cmdAsk:
		b.ask(ctx, c)
	case cmdSummarize:
		b.summarize(ctx, c, c.string("url"))
	case cmdMenu:
		b.summarizeMessage(ctx, c, data)
	case cmdArticles:
		b.articles(ctx, c)
	case cmdForget:
		b.forget(ctx, c)
	case cmdAutoingest:
		b.setAutoingest(ctx, c)
	case cmdDigest:
		b.digest(ctx, c)
	case cmdDigestSchedule:
		b.setDigestSchedule(ctx, c)
	}
}

// respond answers an interaction at once with text.
func (b *Bot) respond(ctx context.Context, i *discordgo.InteractionCreate, text string, ephemeral bool) {
	var flags discordgo.MessageFlags = discordgo.MessageFlagsSuppressEmbeds
	if ephemeral {
		flags |= discordgo.MessageFlagsEphemeral
	}
	b.callWithin(ctx, ackTimeout, "respond", func(o discordgo.RequestOption) error {
		return b.s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: text, Flags: flags, AllowedMentions: noMentions}}, o)
	})
}

// edit fills the deferred response; text past the first message's limit
// goes out as follow-ups. It is sent even when ctx was cancelled (the
// answer then says the bot is restarting), within the call's own timeout.
func (b *Bot) edit(ctx context.Context, i *discordgo.InteractionCreate, text string, embeds ...*discordgo.MessageEmbed) {
	b.editParts(ctx, i, split(text, maxContent), embeds...)
}

// editParts is edit with the text already cut into messages.
func (b *Bot) editParts(ctx context.Context, i *discordgo.InteractionCreate, parts []string, embeds ...*discordgo.MessageEmbed) {
	ctx = context.WithoutCancel(ctx)
	if len(parts) == 0 {
		parts = []string{""}
	}
	if err := b.call(ctx, "edit interaction response", func(o discordgo.RequestOption) error {
		_, err := b.s.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: &parts[0], Embeds: &embeds, AllowedMentions: noMentions}, o)
		return err
	}); err != nil {
		return
	}
	for _, p := range parts[1:] {
		if err := b.call(ctx, "follow-up", func(o discordgo.RequestOption) error {
			_, err := b.s.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{Content: p, AllowedMentions: noMentions, Flags: discordgo.MessageFlagsSuppressEmbeds}, o)
			return err
		}); err != nil {
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

func hasPerm(i *discordgo.InteractionCreate, p int64) bool {
	if i.Member == nil {
		return false
	}
	return i.Member.Permissions&(p|discordgo.PermissionAdministrator) != 0
}
