package rag

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/articlebot/articlebot/store"
)

// Digest shape.
const (
	// DefaultDigestStories is how many stories a digest shows unless asked
	// otherwise: a week of a busy channel, still readable in one sitting.
	DefaultDigestStories = 20
	// digestQuotes is how many key quotes each story of a digest shows.
	digestQuotes = 2
)

// DigestRequest asks for the stories shared in a period.
type DigestRequest struct {
	// Channel, when set, keeps the stories shared in that channel; empty
	// means the whole scope (every article shared or added in the period).
	Channel string
	// Since and Until bound the period (Since <= t < Until); a zero Until
	// is now.
	Since, Until time.Time
	// MaxStories bounds the stories shown (0 = DefaultDigestStories); the
	// rest are counted in Digest.More.
	MaxStories int
}

// Digest is a period's stories, the most discussed first.
type Digest struct {
	Channel      string
	Since, Until time.Time
	Stories      []DigestStory
	// More counts the stories of the period left out beyond MaxStories.
	More int
}

// DigestStory is one story of a digest with how much it was discussed in
// the period and its key quotes.
type DigestStory struct {
	Story
	// Shares counts the shares of the story's articles in the period, in
	// every channel of the scope; an article added in the period without a
	// recorded share (from the command line) counts as shared once.
	Shares int
	// Messages counts the questions asked in its articles' threads in the
	// period.
	Messages int
	// Quotes are one or two key quotes, verbatim and cited, from different
	// articles of the story when it has several.
	Quotes []Quote
}

// Discussion is how much the story was discussed: shares and questions.
func (s DigestStory) Discussion() int { return s.Shares + s.Messages }

// Digest returns the stories shared in a period (in one channel, or the
// whole scope), the most discussed first: by shares and thread questions
// together, then by shares, then the latest shared first.
func (e *Engine) Digest(ctx context.Context, scope store.Scope, req DigestRequest) (*Digest, error) {
	if req.Until.IsZero() {
		req.Until = time.Now()
	}
	if !req.Since.Before(req.Until) {
		return nil, fmt.Errorf("digest: the period from %s to %s is empty", req.Since.Format(time.RFC3339), req.Until.Format(time.RFC3339))
	}
	if req.MaxStories <= 0 {
		req.MaxStories = DefaultDigestStories
	}
	d := &Digest{Channel: req.Channel, Since: req.Since, Until: req.Until}
	ds, err := e.opts.Store.Discussed(ctx, scope, store.DiscussionFilter{Channel: req.Channel, Since: req.Since, Until: req.Until})
	if err != nil || len(ds) == 0 {
		return d, err
	}
	byID := make(map[string]store.Discussion, len(ds))
	ids := make([]string, len(ds))
	for i, x := range ds {
		if x.Shares == 0 && !x.AddedAt.Before(req.Since) {
			x.Shares = 1 // added in the period: its first share
		}
		byID[x.ArticleID] = x
		ids[i] = x.ArticleID
	}
	stories, err := e.Stories(ctx, scope, StoryFilter{IDs: ids})
	if err != nil {
		return nil, err
	}
	type ranked struct {
		DigestStory
		latest time.Time
	}
	all := make([]ranked, 0, len(stories))
	for _, s := range stories {
		r := ranked{DigestStory: DigestStory{Story: s}}
		for _, a := range s.Articles {
			x := byID[a.ID]
			r.Shares += x.Shares
			r.Messages += x.Messages
			last := x.LastShared
			if last.IsZero() {
				last = x.AddedAt
			}
			if last.After(r.latest) {
				r.latest = last
			}
		}
		all = append(all, r)
	}
	slices.SortStableFunc(all, func(a, b ranked) int {
		return cmp.Or(
			cmp.Compare(b.Discussion(), a.Discussion()),
			cmp.Compare(b.Shares, a.Shares),
			b.latest.Compare(a.latest),
			strings.Compare(a.ID, b.ID),
		)
	})
	if len(all) > req.MaxStories {
		d.More = len(all) - req.MaxStories
		all = all[:req.MaxStories]
	}
	for _, r := range all {
		s := r.DigestStory
		// The most discussed article speaks first.
		arts := slices.Clone(s.Articles)
		slices.SortStableFunc(arts, func(a, b store.ArticleInfo) int {
			return cmp.Compare(byID[b.ID].Shares+byID[b.ID].Messages, byID[a.ID].Shares+byID[a.ID].Messages)
		})
		if s.Quotes, err = e.storyQuotes(ctx, scope, arts); err != nil {
			return nil, err
		}
		d.Stories = append(d.Stories, s)
	}
	return d, nil
}

// storyQuotes picks a story's key quotes from its articles' summaries: the
// best of each article in turn, then the next best of the first, never the
// same words twice (outlets syndicating one report).
func (e *Engine) storyQuotes(ctx context.Context, scope store.Scope, arts []store.ArticleInfo) ([]Quote, error) {
	var keys [][]Quote
	for _, a := range arts {
		sum, err := e.Summarize(ctx, scope, a.ID)
		if errors.Is(err, store.ErrNotFound) {
			continue // forgotten meanwhile
		}
		if err != nil {
			return nil, err
		}
		if len(sum.KeyQuotes) > 0 {
			keys = append(keys, sum.KeyQuotes)
		}
	}
	var out []Quote
	seen := map[string]bool{}
	for rank := 0; len(out) < digestQuotes && rank < digestQuotes; rank++ {
		for _, qs := range keys {
			if len(out) == digestQuotes || rank >= len(qs) {
				continue
			}
			k := strings.Join(strings.Fields(qs[rank].Text), " ")
			if !seen[k] {
				seen[k] = true
				out = append(out, qs[rank])
			}
		}
	}
	return out, nil
}
