package rag

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/articlebot/articlebot/store"
)

// Scope partitions all data: a Discord server, a DM user, or the local
// CLI. No query ever crosses scopes. It is the store's type, named here so
// that front ends need no import of the store.
type Scope = store.Scope

// LocalScope is the scope of the command-line front end.
const LocalScope = store.LocalScope

// Article is a stored article with its text, as [Engine.Resolve] and
// [Engine.Article] return it.
type Article = store.Article

// ArticleInfo is the light form of an article that [Engine.List] returns.
type ArticleInfo = store.ArticleInfo

// ErrBadServerID: a Discord server's ID is a snowflake, a decimal number.
var ErrBadServerID = errors.New("a server ID is a number of up to 20 digits (Discord: Copy Server ID)")

// ServerScope is the scope of a Discord server's library, by the server's
// ID: where the bot files what the server's members share, and where the
// CLI's --server reaches the same library. The ID must be a snowflake as
// Discord writes it (digits, no sign or leading zero, at most 2⁶⁴−1), so
// that one server has one scope.
func ServerScope(serverID string) (Scope, error) {
	n, err := strconv.ParseUint(serverID, 10, 64)
	if err != nil || n == 0 || strconv.FormatUint(n, 10) != serverID {
		return "", fmt.Errorf("%w, not %q", ErrBadServerID, serverID)
	}
	return Scope("guild:" + serverID), nil
}
