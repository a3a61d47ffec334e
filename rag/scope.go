package rag

import "github.com/articlebot/articlebot/store"

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
