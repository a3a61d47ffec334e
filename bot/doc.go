// Package bot is articlebot's Discord front end: it reads links pasted in
// channels, answers slash commands and follow-up questions in threads, and
// renders cited quotes within Discord's limits. It talks to Discord through
// discordgo and to the article engine through small interfaces; it holds no
// article data of its own.
package bot
