package discordtest

import (
	"maps"
	"strings"
	"time"
)

// What members do, as events the fake dispatches: messages, replies,
// commands and button presses.

// PostMessage dispatches MESSAGE_CREATE of a human message and records it
// in the channel's history. As Discord does, the message lists the bot in
// its mentions when it mentions it, and a server message that does not
// arrives with empty content unless the bot identified with the Message
// Content intent.
func (f *Fake) PostMessage(guild, channel, author, content string) string {
	return f.postMessage(guild, channel, author, content, "")
}

// ReplyMessage posts content as a reply to message ref of the channel, as
// Discord's "reply" does: the event carries the replied-to message as
// referenced_message, its content withheld like any message's without the
// Message Content intent (unless the bot wrote it or it mentions the bot).
func (f *Fake) ReplyMessage(guild, channel, author, content, ref string) string {
	return f.postMessage(guild, channel, author, content, ref)
}

func (f *Fake) postMessage(guild, channel, author, content, ref string) string {
	id := f.id()
	mentions := []any{}
	mentioned := mentionsBot(content)
	if mentioned {
		mentions = append(mentions, map[string]any{"id": BotID, "username": "articlebot", "bot": true})
	}
	delivered := content
	if guild != "" && !mentioned && !f.hasMessageContent() {
		delivered = ""
	}
	m := map[string]any{"id": id, "channel_id": channel, "guild_id": guild, "content": content,
		"author": map[string]any{"id": author, "username": "reader" + author[len(author)-1:]}, "timestamp": time.Now().Format(time.RFC3339),
		"mentions": mentions, "attachments": []any{}, "embeds": []any{}}
	f.mu.Lock()
	var refMsg map[string]any
	for _, old := range f.messages[channel] {
		if ref != "" && old["id"] == ref {
			refMsg = maps.Clone(old)
		}
	}
	f.messages[channel] = append(f.messages[channel], m)
	f.mu.Unlock()
	ev := maps.Clone(m)
	ev["content"] = delivered
	if ref != "" {
		ev["type"] = 19 // REPLY
		ev["message_reference"] = map[string]any{"message_id": ref, "channel_id": channel, "guild_id": guild}
		if refMsg != nil {
			byBot := false
			if a, ok := refMsg["author"].(map[string]any); ok {
				byBot = a["id"] == BotID
			}
			if c, _ := refMsg["content"].(string); guild != "" && !byBot && !mentionsBot(c) && !f.hasMessageContent() {
				refMsg["content"] = ""
			}
			ev["referenced_message"] = refMsg
		}
	}
	f.Dispatch("MESSAGE_CREATE", ev)
	return id
}

func mentionsBot(content string) bool {
	return strings.Contains(content, "<@"+BotID+">") || strings.Contains(content, "<@!"+BotID+">")
}

// hasMessageContent reports whether the bot identified with the Message
// Content intent.
func (f *Fake) hasMessageContent() bool {
	const messageContent = 1 << 15
	return f.intents.Load()&messageContent != 0
}

// Interaction dispatches an application command.
func (f *Fake) Interaction(guild, channel, user, permissions, name string, options []map[string]any) string {
	id := f.id()
	f.Dispatch("INTERACTION_CREATE", map[string]any{
		"id": id, "application_id": AppID, "type": 2, "token": "token-" + id, "guild_id": guild, "channel_id": channel, "version": 1,
		"app_permissions": "0",
		"member":          map[string]any{"user": map[string]any{"id": user, "username": "reader"}, "permissions": permissions, "roles": []any{}},
		"data":            map[string]any{"id": "cmd-" + name, "name": name, "type": 1, "options": options},
	})
	return id
}

// Press dispatches a button press on message messageID.
func (f *Fake) Press(guild, channel, user, messageID, customID string) string {
	id := f.id()
	f.Dispatch("INTERACTION_CREATE", map[string]any{
		"id": id, "application_id": AppID, "type": 3, "token": "token-" + id, "guild_id": guild, "channel_id": channel, "version": 1,
		"app_permissions": "0",
		"member":          map[string]any{"user": map[string]any{"id": user, "username": "reader"}, "permissions": "0", "roles": []any{}},
		"message":         map[string]any{"id": messageID, "channel_id": channel, "content": "", "author": map[string]any{"id": BotID}},
		"data":            map[string]any{"custom_id": customID, "component_type": 2},
	})
	return id
}
