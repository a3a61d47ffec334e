package rag

import (
	"context"
	"errors"
	"time"

	"github.com/articlebot/articlebot/store"
)

// Warm loads the vector indexes of the scopes active in the last period
// (articles shared, thread questions) that serve accepts, most recently
// active first, while they fit in the index's memory budget beside what is
// loaded; one that does not fit is skipped, nothing is evicted. A bot calls
// it at start, so that a busy server's first question after a restart
// does not wait for its vectors. It stops when ctx ends and returns how
// many of those scopes are loaded.
func (e *Engine) Warm(ctx context.Context, period time.Duration, serve func(Scope) bool) (int, error) {
	scopes, err := e.opts.Store.ActiveScopes(ctx, time.Now().Add(-period))
	if err != nil {
		return 0, err
	}
	n := 0
	var errs []error
	for _, sc := range scopes {
		if ctx.Err() != nil {
			return n, ctx.Err()
		}
		if serve != nil && !serve(sc) {
			continue
		}
		loaded, err := e.opts.Store.Warm(ctx, sc)
		if errors.Is(err, store.ErrEmbedderChanged) {
			return n, err // nothing can load until re-embedded
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if loaded {
			n++
		}
	}
	return n, errors.Join(errs...)
}
