package rag

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/articlebot/articlebot/rag/pdf"
	"github.com/articlebot/articlebot/store"
)

// Errors callers branch on. Fetch and extraction errors from rag/fetch and
// rag/extract (ErrBlockedAddress, ErrTooLarge, ErrNotArticle, ErrNoArticle,
// ...) pass through wrapped; test them with errors.Is.
var (
	// ErrNotFound means no such article in the scope.
	ErrNotFound = store.ErrNotFound
	// ErrNotWebLink means a web link was asked for and the text is not an
	// http(s) URL: a path, a file: URL or another scheme.
	ErrNotWebLink = errors.New("only web links (http:// or https://) can be read")
	// ErrClosed means the engine is shutting down and takes no new work.
	ErrClosed = NewError(KindCanceled, "rag: engine closed")
	// ErrEmptyQuestion means the question had no words to search for.
	ErrEmptyQuestion = errors.New("the question is empty")
	// ErrWhichArticle means a question asks about the article itself
	// ("tl;dr?", "who wrote this?") where no one article is in focus.
	ErrWhichArticle = NewError(KindWhichArticle, "rag: a question about one article, with several shared and none in focus")
)

// Options configures an [Engine].
type Options struct {
	Store    *store.Store
	Embedder Embedder
	Fetcher  Fetcher
	// MaxFileBytes caps local files like the fetcher caps downloads.
	MaxFileBytes int64
	// IngestTimeout bounds one ingest end to end (default 60s).
	IngestTimeout time.Duration
	// MaxQuotes is how many quotes an answer shows (default 3).
	MaxQuotes int
	// ReembedProgress, when set, is called as a re-embedding after an
	// embedder change advances (at most once a second, and at the end),
	// for front ends whose logs do not show progress. It must not block.
	ReembedProgress func(done, total int)
	// RequoteProgress, when set, is called likewise as the articles of a
	// library whose quotations older rules found are analyzed again.
	RequoteProgress func(done, total int)
	// RequoteInBackground makes New return at once and bring such a
	// library's quotations up to date while the engine serves, for a bot
	// that should not wait minutes to come online after an upgrade:
	// articles not reached yet answer with their old quotations. Close
	// stops the pass, and the next start finishes it. Unset, New does it
	// before returning.
	RequoteInBackground bool
	// MinScore is the relevance below which the extractive engine says it
	// found nothing (0 = the engine's default).
	MinScore float64
	// PDFCacheDir, when set, keeps the PDF engine's compiled code between
	// runs (a private directory: the cache holds code that runs). Without
	// it each process compiles the engine on its first PDF, in seconds.
	PDFCacheDir string
	Logger      *slog.Logger
}

// Engine ingests, retrieves, answers and summarizes. It is safe for
// concurrent use.
type Engine struct {
	opts   Options
	log    *slog.Logger
	flight singleflight.Group
	// work counts ingests in flight and the background requote: they run
	// detached from their callers' contexts, so Close must wait for them
	// before the store closes.
	work sync.WaitGroup
	// stopBackground cancels the background requote (nil without one).
	stopBackground context.CancelFunc
	closeMu        sync.RWMutex
	closed         bool
	terms          *termCache
	// pdf reads PDFs; its engine starts on the first one.
	pdf *pdf.Reader
	// onJoin, for tests, runs as a caller joins an ingest flight.
	onJoin func()
}

// Defaults for unset options.
const (
	defaultMaxQuotes    = 3
	defaultMaxFileBytes = 10 << 20 // the fetcher's download cap, for symmetry
	// reembedBatch is how many chunks go to the embedder per request when a
	// store is re-embedded.
	reembedBatch = 64
)

// New builds an engine. When the store's vectors were made by another
// embedder, New re-embeds them, logging progress, before returning; when
// its quotations were found by other rules, it finds them again, before
// returning or (Options.RequoteInBackground) after.
func New(ctx context.Context, opts Options) (*Engine, error) {
	if opts.Store == nil || opts.Embedder == nil {
		return nil, errors.New("rag: Store and Embedder are required")
	}
	if opts.IngestTimeout <= 0 {
		opts.IngestTimeout = defaultIngestTimeout
	}
	if opts.MaxQuotes <= 0 {
		opts.MaxQuotes = defaultMaxQuotes
	}
	if opts.MaxFileBytes <= 0 {
		opts.MaxFileBytes = defaultMaxFileBytes
	}
	if opts.MinScore <= 0 {
		opts.MinScore = defaultMinScore
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	e := &Engine{opts: opts, log: opts.Logger, terms: newTermCache(termCacheSize, termCacheSentences), pdf: pdf.NewReader(pdf.Options{CacheDir: opts.PDFCacheDir})}
	if stored, stale := opts.Store.Embedder(); stale {
		e.log.Warn("embedder changed: re-embedding the store", "from", stored.Name, "from_dim", stored.Dim, "to", opts.Embedder.Name(), "to_dim", opts.Embedder.Dim())
		err := opts.Store.Reembed(ctx, opts.Embedder.Embed, embedText, reembedBatch, e.progress("re-embedding", opts.ReembedProgress))
		if err != nil {
			return nil, fmt.Errorf("re-embed store from %s to %s (or start with the old embedder): %w", stored.Name, opts.Embedder.Name(), err)
		}
	}
	if opts.RequoteInBackground {
		e.requoteInBackground(ctx)
	} else if err := e.requote(ctx); err != nil {
		return nil, err
	}
	return e, nil
}

// progress returns a callback for long work at start-up that logs msg
// with the work done so far, and passes it to report (a front end's, or
// nil), at most once a second and at the end.
func (e *Engine) progress(msg string, report func(done, total int)) func(done, total int) {
	last := time.Now()
	return func(done, total int) {
		if time.Since(last) > time.Second || done == total {
			last = time.Now()
			e.log.Info(msg, "done", done, "total", total)
			if report != nil {
				report(done, total)
			}
		}
	}
}

// Close stops new ingests and cancels the background requote, and waits
// until the ingests in flight have committed or failed and the requote has
// stopped, or ctx ends; close the store only after it returns. An ingest
// still running when ctx ends is bounded by Options.IngestTimeout.
func (e *Engine) Close(ctx context.Context) error {
	e.closeMu.Lock()
	e.closed = true
	e.closeMu.Unlock()
	if e.stopBackground != nil {
		e.stopBackground()
	}
	done := make(chan struct{})
	go func() {
		e.work.Wait()
		close(done)
	}()
	select {
	case <-done:
		return e.pdf.Close()
	case <-ctx.Done():
		return fmt.Errorf("rag: ingests still running at close: %w", ctx.Err())
	}
}

// begin registers one unit of detached work, or refuses it after Close.
func (e *Engine) begin() bool {
	e.closeMu.RLock()
	defer e.closeMu.RUnlock()
	if e.closed {
		return false
	}
	e.work.Add(1)
	return true
}

// Article returns a stored article.
func (e *Engine) Article(ctx context.Context, scope store.Scope, id string) (*store.Article, error) {
	return e.opts.Store.Article(ctx, scope, id)
}

// List returns a scope's articles, newest first.
func (e *Engine) List(ctx context.Context, scope store.Scope, offset, limit int) ([]store.ArticleInfo, int, error) {
	return e.opts.Store.List(ctx, scope, offset, limit)
}

// Forget deletes an article and every trace of it.
func (e *Engine) Forget(ctx context.Context, scope store.Scope, id string) error {
	e.terms.forget(scope, id)
	return e.opts.Store.Delete(ctx, scope, id)
}

// Purge deletes everything of a scope (a server the bot left).
func (e *Engine) Purge(ctx context.Context, scope store.Scope) error {
	e.terms.forget(scope, "")
	return e.opts.Store.DeleteScope(ctx, scope)
}
