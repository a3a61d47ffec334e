package bot

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/rag"
)

// The digest commands.
const (
	cmdDigest = "digest"
	// cmdDigestSchedule is a command of its own, not a /digest subcommand:
	// Discord allows no options beside subcommands (so /digest days: could
	// not stay), and only a command can carry default member permissions.
	cmdDigestSchedule = "digest-schedule"
)

// Digest bounds in Discord.
const (
	defaultDigestDays = 7
	maxDigestDays     = 366 // as the command line's
	// discordDigestStories keeps a digest to a few messages; the rest are
	// counted at its end.
	discordDigestStories = 10
)

// minDigestDays is /digest's smallest days (a variable: discordgo takes
// its address).
var minDigestDays float64 = 1

func digestCommand() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{Name: cmdDigest, Type: slash, Description: "The stories shared in this channel lately, most discussed first, with key quotes",
		Options: []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionInteger, Name: "days",
			Description: fmt.Sprintf("How many days back (default %d)", defaultDigestDays), MinValue: &minDigestDays, MaxValue: maxDigestDays}}}
}

func digestScheduleCommand() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{Name: cmdDigestSchedule, Type: slash, Description: "Post a weekly digest in this channel",
		DefaultMemberPermissions: perm(discordgo.PermissionManageChannels),
		Contexts:                 &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
		Options: []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionString, Name: "mode", Description: "weekly (default) or off",
			Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "weekly", Value: "weekly"}, {Name: "off", Value: "off"}}}}}
}

// digest answers /digest: the stories shared in this channel in the last
// days, the most discussed first.
func (b *Bot) digest(ctx context.Context, c commandCall) {
	days := defaultDigestDays
	if o := c.opt["days"]; o != nil {
		days = int(o.IntValue())
	}
	if days < 1 || days > maxDigestDays {
		b.edit(ctx, c.i, fmt.Sprintf("Pick from 1 to %d days.", maxDigestDays))
		return
	}
	now := b.clock.Now()
	d, err := b.engine.Digest(ctx, c.scope, rag.DigestRequest{Channel: c.i.ChannelID, Since: now.AddDate(0, 0, -days), Until: now, MaxStories: discordDigestStories})
	if err != nil {
		b.edit(ctx, c.i, b.userMessage(err))
		return
	}
	period := "day"
	if days > 1 {
		period = fmt.Sprintf("%d days", days)
	}
	if len(d.Stories) == 0 {
		b.edit(ctx, c.i, fmt.Sprintf("Nothing was shared in this channel in the last %s.", period))
		return
	}
	b.editParts(ctx, c.i, renderDigest(fmt.Sprintf("**Digest**: the stories shared in this channel in the last %s, most discussed first.", period), d))
}

// setDigestSchedule answers /digest-schedule: a weekly digest posted in
// this channel, or none.
func (b *Bot) setDigestSchedule(ctx context.Context, c commandCall) {
	if c.i.GuildID == "" || !hasPerm(c.i, discordgo.PermissionManageChannels) {
		b.edit(ctx, c.i, "You need the Manage Channels permission for that.")
		return
	}
	var next time.Time
	if c.string("mode") != "off" {
		next = b.clock.Now().Add(digestEvery)
	}
	if err := b.digests.SetDigestSchedule(ctx, c.scope, c.i.ChannelID, next); err != nil {
		b.edit(ctx, c.i, b.userMessage(err))
		return
	}
	b.wakeDigests()
	if next.IsZero() {
		b.edit(ctx, c.i, "Weekly digest in this channel: off.")
		return
	}
	b.edit(ctx, c.i, "Weekly digest in this channel: on. I'll post the week's stories here every week, the first "+
		discordTime(next, "F")+". Turn it off with `/"+cmdDigestSchedule+" mode:off`.")
}

// discordTime is a timestamp that each reader's Discord shows in their own
// time zone; style "D" is a date, "F" a date and time.
func discordTime(t time.Time, style string) string {
	return fmt.Sprintf("<t:%d:%s>", t.Unix(), style)
}

// renderDigest is a digest as messages: the heading, then a block per
// story (its line, its other articles, its quotes with their citations),
// whole stories packed into each message within Discord's limit.
func renderDigest(head string, d *rag.Digest) []string {
	blocks := []string{head}
	for i, s := range d.Stories {
		blocks = append(blocks, storyBlock(i+1, s))
	}
	if d.More > 0 {
		more := "1 more story"
		if d.More > 1 {
			more = fmt.Sprintf("%d more stories", d.More)
		}
		blocks = append(blocks, fmt.Sprintf("*… and %s: ask for fewer days to see them.*", more))
	}
	return pack(blocks, maxContent)
}

// storyBlock is one story of a digest.
func storyBlock(n int, s rag.DigestStory) string {
	var b strings.Builder
	first := s.Articles[0]
	fmt.Fprintf(&b, "**%d. [%s](<%s>)**", n, escape(truncate(s.Title, 200)), first.URL)
	if first.Site != "" {
		b.WriteString(" — " + escape(first.Site))
	}
	b.WriteString(" · " + discussionText(s))
	for _, a := range s.Articles[1:] {
		fmt.Fprintf(&b, "\nalso: [%s](<%s>)", escape(truncate(a.Title, 120)), a.URL)
		if a.Site != "" {
			b.WriteString(" — " + escape(a.Site))
		}
	}
	for _, q := range s.Quotes {
		b.WriteString("\n" + quoteBlock(q) + "\n" + citation(q))
	}
	return b.String()
}

// discussionText words a story's counts: "shared 2 times · 3 questions".
func discussionText(s rag.DigestStory) string {
	out := "shared once"
	if s.Shares != 1 {
		out = fmt.Sprintf("shared %d times", s.Shares)
	}
	switch {
	case s.Messages == 1:
		out += " · 1 question"
	case s.Messages > 1:
		out += fmt.Sprintf(" · %d questions", s.Messages)
	}
	return out
}

// pack joins blocks into messages of at most limit characters, a blank
// line between blocks, never cutting a block that fits in a message; a
// block longer than that is split like any long text.
func pack(blocks []string, limit int) []string {
	var out []string
	cur := ""
	for _, bl := range blocks {
		switch {
		case cur == "":
			cur = bl
		case utf8.RuneCountInString(cur)+2+utf8.RuneCountInString(bl) <= limit:
			cur += "\n\n" + bl
			continue
		default:
			out = append(out, cur)
			cur = bl
		}
		if utf8.RuneCountInString(cur) > limit {
			parts := split(cur, limit)
			out = append(out, parts[:len(parts)-1]...)
			cur = parts[len(parts)-1]
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}
