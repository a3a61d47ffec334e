package rag

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/articlebot/articlebot/rag/canonical"
	"github.com/articlebot/articlebot/rag/extract"
	"github.com/articlebot/articlebot/rag/fetch"
	"github.com/articlebot/articlebot/rag/quotes"
	"github.com/articlebot/articlebot/rag/segment"
	"github.com/articlebot/articlebot/store"
)

// Ingest limits.
const (
	// defaultIngestTimeout bounds fetch + extract + embed + commit; the
	// fetcher's own 20 s cap is inside it, embedding through a remote
	// endpoint gets the rest.
	defaultIngestTimeout = 60 * time.Second
	// idHexLen is the article ID length: 48 bits make a collision within one
	// scope negligible while staying short enough to type.
	idHexLen = 12
	// wordsPerMinute is a common adult reading speed for reading-time estimates.
	wordsPerMinute = 230
)

// Ingest fetches (or reads), extracts, segments, embeds and stores one
// article; an article already in the scope is returned as is. Concurrent
// ingests of one URL in one scope do the work once.
func (e *Engine) Ingest(ctx context.Context, req IngestRequest) (*IngestResult, error) {
	src := req.Source
	progress := req.Progress
	if progress == nil {
		progress = func(Stage) {}
	}
	key, err := src.key()
	if err != nil {
		return nil, err
	}
	if a, err := e.opts.Store.ArticleByURL(ctx, req.Scope, key); err == nil {
		progress(StageDone)
		return &IngestResult{Article: a, Existing: true}, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("look up %s: %w", key, err)
	}

	// The shared work must not die with the first caller's context, or a
	// second user waiting on the same link would get its cancellation.
	if e.onJoin != nil {
		e.onJoin()
	}
	ch := e.flight.DoChan(string(req.Scope)+"\x00"+key, func() (any, error) {
		if !e.begin() {
			return nil, ErrClosed
		}
		defer e.work.Done()
		return e.ingest(context.WithoutCancel(ctx), req.Scope, src, key, req.AddedBy, progress)
	})
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case r := <-ch:
		if r.Err != nil {
			return nil, r.Err
		}
		return r.Val.(*IngestResult), nil
	}
}

// load reads a local file or fetches a web link, as the source's kind says.
func (e *Engine) load(ctx context.Context, src Source) (*fetch.Page, error) {
	if src.IsFile() {
		return fetch.ReadFile(src.ref, e.opts.MaxFileBytes)
	}
	if err := checkWebLink(src.ref); err != nil {
		return nil, err
	}
	return e.opts.Fetcher.Fetch(ctx, src.ref)
}

// Extract fetches (or reads) and extracts a page without storing it.
func (e *Engine) Extract(ctx context.Context, src Source) (*extract.Document, error) {
	page, err := e.load(ctx, src)
	if err != nil {
		return nil, err
	}
	return e.extractPage(ctx, page)
}

func (e *Engine) extractPage(ctx context.Context, page *fetch.Page) (*extract.Document, error) {
	switch page.MediaType {
	case "text/plain":
		return extract.PlainText(page.Body)
	case fetch.TypePDF:
		return e.extractPDF(ctx, page)
	}
	u, err := url.Parse(page.URL)
	if err != nil {
		return nil, fmt.Errorf("page url %q: %w", page.URL, err)
	}
	return extract.HTML(page.Body, u)
}

// ingest does one ingest within Options.IngestTimeout. base carries no
// deadline: the PDF engine's one-time start is a cost of the process, not
// of the document that happens to come first, so it is not counted.
func (e *Engine) ingest(base context.Context, scope store.Scope, src Source, key, by string, progress func(Stage)) (*IngestResult, error) {
	deadline := time.Now().Add(e.opts.IngestTimeout)
	ctx, cancel := context.WithDeadline(base, deadline)
	defer cancel()
	progress(StageFetching)
	page, err := e.load(ctx, src)
	if err != nil {
		return nil, err
	}
	if page.MediaType == fetch.TypePDF {
		started := time.Now()
		if err := e.pdf.Start(base); err != nil {
			return nil, err
		}
		cancel()
		ctx, cancel = context.WithDeadline(base, deadline.Add(time.Since(started)))
		defer cancel()
	}
	progress(StageExtracting)
	doc, err := e.extractPage(ctx, page)
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", page.URL, err)
	}
	articleURL := key
	switch {
	case src.IsFile() && doc.CanonicalURL != "":
		// A saved web page: cite the article where it lives, so deep links
		// work for anyone who clicks them.
		if u, err := canonical.URL(doc.CanonicalURL); err == nil && strings.HasPrefix(u, "http") {
			articleURL = u
		}
	case !src.IsFile():
		articleURL = canonical.Prefer(page.URL, doc.CanonicalURL)
		// A redirect or canonical link may lead to an article we already have.
	}
	if articleURL != key {
		if a, err := e.opts.Store.ArticleByURL(ctx, scope, articleURL); err == nil {
			progress(StageDone)
			return &IngestResult{Article: a, Existing: true}, nil
		}
	}
	progress(StageIndexing)
	// The source is recorded as its identity key, so the same link or path
	// given again is found before anything is fetched.
	a, sig, err := e.build(ctx, scope, articleURL, key, by, doc)
	if err != nil {
		return nil, err
	}
	// The summary is cached with the article: cards are shown right after
	// an ingest. It is computed from the article in hand while the store
	// commits it.
	summary := startSummary(a)
	if err := e.opts.Store.PutArticle(ctx, a); err != nil {
		summary()
		return nil, fmt.Errorf("store %s: %w", articleURL, err)
	}
	if err := e.cacheSummary(ctx, a, summary); err != nil {
		e.log.Warn("summary after ingest failed", "article", a.ID, "err", err)
	}
	// So is its story signature, for grouping it with other outlets' reports.
	e.keepSignature(ctx, a, sig)
	e.log.Info("article ingested", "scope", scope, "article", a.ID, "url", a.URL, "words", a.WordCount, "chunks", len(a.Chunks), "quotations", len(a.Quotations))
	progress(StageDone)
	return &IngestResult{Article: a}, nil
}

// build segments, analyses and embeds a document into a storable article,
// and fingerprints it for story grouping.
func (e *Engine) build(ctx context.Context, scope store.Scope, articleURL, src, by string, doc *extract.Document) (*store.Article, *signature, error) {
	a := &store.Article{
		ID:        articleID(scope, articleURL),
		Scope:     scope,
		URL:       articleURL,
		SourceURL: src,
		Title:     doc.Title,
		Byline:    doc.Byline,
		Site:      doc.Site,
		Language:  doc.Language,
		Published: doc.Published,
		Text:      doc.Text,
		WordCount: doc.Words,
		Warnings:  append([]string(nil), doc.Warnings...),
		Pages:     storePages(doc),
		AddedBy:   by,
		AddedAt:   time.Now().UTC(),
	}
	if a.Title == "" {
		a.Title = articleURL
	}
	spans := segment.Sentences(a.Text)
	if len(spans) > MaxSentences {
		return nil, nil, fmt.Errorf("%s: %w", articleURL, NewError(KindTooLarge, fmt.Sprintf("%d sentences (limit %d)", len(spans), MaxSentences)))
	}
	chunks := segment.Chunks(a.Text, spans, segment.ChunkOptions{})
	a.Sentences = make([]store.Sentence, len(spans))
	for i, s := range spans {
		a.Sentences[i] = store.Sentence{Start: s.Start, End: s.End, Paragraph: s.Paragraph, Chunk: -1}
	}
	texts := make([]string, len(chunks))
	for i, c := range chunks {
		texts[i] = chunkText(a, c.Start, c.End)
		for s := c.FirstSentence; s <= c.LastSentence; s++ {
			if a.Sentences[s].Chunk < 0 {
				a.Sentences[s].Chunk = i
			}
		}
	}
	vecs, err := e.opts.Embedder.Embed(ctx, texts)
	if err != nil {
		return nil, nil, fmt.Errorf("embed %s: %w", articleURL, err)
	}
	a.Chunks = make([]store.Chunk, len(chunks))
	for i, c := range chunks {
		a.Chunks[i] = store.Chunk{Start: c.Start, End: c.End, FirstSentence: c.FirstSentence, LastSentence: c.LastSentence, Vector: vecs[i]}
	}
	var entities []string
	if a.Quotations, entities, err = analyzeArticle(a.Text, a.Sentences); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", articleURL, err)
	}
	sig := signatureWith(a, entities)
	return a, &sig, nil
}

// chunkText is what the embedder sees of a chunk.
func chunkText(a *store.Article, start, end int) string {
	return embedText(a.Title, a.Text[start:end])
}

// embedText prefixes the title so a chunk's vector knows what article it is
// about: "what did the article on tariffs say" then finds its chunks.
func embedText(title, chunk string) string {
	return title + "\n\n" + chunk
}

// analyzeQuotes finds who said what in an article's text, as the store
// keeps it. The analyser is thousands of rules over text from anywhere: a
// fault in it costs one article, returned as an error with its stack for
// the log, not the process (a bot reading pasted links, or every start
// that requotes a stored article).
func analyzeQuotes(text string, spans []store.Sentence) ([]store.Quotation, error) {
	qs, _, err := analyzeArticle(text, spans)
	return qs, err
}

// analyzeArticle is analyzeQuotes that also returns the people and
// organisations the article names (quotes.Entities), which the analysis
// finds on its way: a story signature then need not read them again.
func analyzeArticle(text string, spans []store.Sentence) (qs []store.Quotation, entities []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			qs, entities, err = nil, nil, fmt.Errorf("finding who said what failed: %v\n%s", r, debug.Stack())
		}
	}()
	in, stmts, from := statements(text, spans)
	an := analyze(text, in)
	out := make([]store.Quotation, 0, len(an.Quotations)+len(an.Paraphrases))
	for _, q := range an.Quotations {
		out = append(out, store.Quotation{Start: q.Start, End: q.End, Sentence: from[q.Sentence], Speaker: q.Speaker, Cue: q.Cue})
	}
	for _, p := range an.Paraphrases {
		s := stmts[p.Sentence]
		out = append(out, store.Quotation{Start: s.Start, End: s.End, Sentence: from[p.Sentence], Speaker: p.Speaker, Cue: p.Cue, Indirect: true})
	}
	return out, an.Entities, nil
}

// statements are what the quotation analysis reads of an article: the
// stored sentences cut where Punkt runs two together. What it finds
// points back, through from, to the stored sentence it lies in, and
// reported speech is the statement alone.
func statements(text string, spans []store.Sentence) (in []quotes.Sentence, stmts []segment.Span, from []int) {
	sents := make([]segment.Span, len(spans))
	for i, s := range spans {
		sents[i] = segment.Span{Start: s.Start, End: s.End, Paragraph: s.Paragraph}
	}
	stmts, from = segment.Statements(text, sents)
	in = make([]quotes.Sentence, len(stmts))
	for i, s := range stmts {
		in[i] = quotes.Sentence{Start: s.Start, End: s.End, Paragraph: s.Paragraph}
	}
	return in, stmts, from
}

// analyze is quotes.Analyze; a test puts a faulty one in its place.
var analyze = quotes.Analyze

// articleID is stable per scope and URL, so re-ingesting is idempotent and
// the same link in two servers gives two independent records.
func articleID(scope store.Scope, articleURL string) string {
	sum := sha256.Sum256([]byte(string(scope) + "\x00" + articleURL))
	return hex.EncodeToString(sum[:])[:idHexLen]
}

func fileURL(path string) (string, error) {
	if strings.HasPrefix(path, "file://") {
		u, err := url.Parse(path)
		if err != nil {
			return "", fmt.Errorf("%w: %v", fetch.ErrBadURL, err)
		}
		path = u.Path
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("path %s: %w", path, err)
	}
	return (&url.URL{Scheme: "file", Path: abs}).String(), nil
}
