package rag

import (
	"context"
	"slices"
	"time"

	"github.com/articlebot/articlebot/store"
)

// Story is a group of a scope's articles about one event: the same report
// syndicated by several outlets, or several outlets' reports of it.
type Story struct {
	// ID is stable while the story's first article stays: that article's ID.
	ID    string
	Title string
	// Articles are the story's articles, first added first.
	Articles []store.ArticleInfo
}

// StoryFilter selects the articles [Engine.Stories] groups.
type StoryFilter struct {
	// IDs, when not nil, limits the grouping to these articles.
	IDs []string
	// Since, when not zero, keeps articles added at or after it.
	Since time.Time
}

// Stories groups a scope's articles into stories, the story with the
// latest article first.
//
// This first version gives each article a story of its own; grouping by
// near-duplicate text and shared people comes next.
func (e *Engine) Stories(ctx context.Context, scope store.Scope, f StoryFilter) ([]Story, error) {
	_, total, err := e.opts.Store.List(ctx, scope, 0, 0)
	if err != nil {
		return nil, err
	}
	infos, _, err := e.opts.Store.List(ctx, scope, 0, total)
	if err != nil {
		return nil, err
	}
	var out []Story
	for _, a := range infos { // newest first
		if f.IDs != nil && !slices.Contains(f.IDs, a.ID) || !f.Since.IsZero() && a.AddedAt.Before(f.Since) {
			continue
		}
		out = append(out, Story{ID: a.ID, Title: a.Title, Articles: []store.ArticleInfo{a}})
	}
	return out, nil
}
