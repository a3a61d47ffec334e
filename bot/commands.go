package bot

import "github.com/bwmarrin/discordgo"

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
		digestCommand(), digestScheduleCommand(),
		{Name: cmdMenu, Type: discordgo.MessageApplicationCommand},
	}
}

const helpText = `**articlebot** reads articles with you and answers with the articles' own words.
• Paste a link: I read it, post a summary card and open a thread. Ask anything in the thread: "what did Rubio say?", "tl;dr?", "who wrote this?". Elsewhere, mention me in a reply to a link to ask about it.
• /summarize url: — a TL;DR and key quotes.
• /ask question: [article:] [scope:channel] — answers quote the articles, each with a link to the quoted words.
• /articles — what's been shared here. /forget article: — delete one (the sharer or moderators).
• /digest [days:7] — the stories shared in this channel lately, most discussed first, with key quotes.
• /autoingest on|off — read pasted links in this channel (Manage Channels).
• /digest-schedule [mode:off] — post the digest here every week (Manage Channels).
Every quote is checked against the stored article before it is shown.`

// noContentHelp is added to the help while the bot runs without the
// Message Content intent: Discord then withholds what members write,
// except in messages that mention the bot.
const noContentHelp = `
**Mention me** (@articlebot) in a thread or with a link: without the Message Content permission, I can't read other messages. Slash commands and DMs work as usual.`

// help is /help's text for how the bot runs now.
func (b *Bot) help() string {
	if b.opts.NoMessageContent {
		return helpText + "\n" + noContentHelp
	}
	return helpText
}

// limitKind is the rate limit a command counts against, "" for none.
func limitKind(name string) string {
	switch name {
	case cmdAsk, cmdDigest:
		return "ask"
	case cmdSummarize, cmdMenu:
		return "ingest"
	}
	return ""
}
