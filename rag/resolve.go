package rag

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/articlebot/articlebot/store"
)

// ErrAmbiguous means a reference matches more than one article.
var ErrAmbiguous = errors.New("more than one article matches")

// resolveScan bounds how many of the newest articles a title or ID-prefix
// reference is matched against.
const resolveScan = 1000

// Resolve finds an article of the scope by ID, web link, ID prefix, or the
// start of its title, as users type them. It never reads a local path: the
// CLI looks those up with [Engine.Find].
func (e *Engine) Resolve(ctx context.Context, scope store.Scope, ref string) (*store.Article, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil, store.ErrNotFound
	}
	if a, err := e.opts.Store.Article(ctx, scope, ref); err == nil || !errors.Is(err, store.ErrNotFound) {
		return a, err
	}
	if strings.Contains(ref, "://") {
		return e.Find(ctx, scope, WebLink(ref))
	}
	infos, _, err := e.opts.Store.List(ctx, scope, 0, resolveScan)
	if err != nil {
		return nil, err
	}
	low := strings.ToLower(ref)
	var match []store.ArticleInfo
	for _, i := range infos {
		if strings.HasPrefix(i.ID, low) || strings.HasPrefix(strings.ToLower(i.Title), low) {
			match = append(match, i)
		}
	}
	switch len(match) {
	case 0:
		return nil, store.ErrNotFound
	case 1:
		return e.opts.Store.Article(ctx, scope, match[0].ID)
	}
	return nil, fmt.Errorf("%q: %w (%d), give its ID", ref, ErrAmbiguous, len(match))
}

// Find returns the article a source was ingested from, without reading the
// source: ErrNotFound when it is not in the scope (or is no usable source).
func (e *Engine) Find(ctx context.Context, scope store.Scope, src Source) (*store.Article, error) {
	key, err := src.key()
	if err != nil {
		return nil, store.ErrNotFound
	}
	return e.opts.Store.ArticleByURL(ctx, scope, key)
}
