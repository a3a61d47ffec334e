package pdf

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/klippa-app/go-pdfium"
	pdfiumerr "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// Defaults for zero Options fields.
const (
	// DefaultMaxPages refuses book-length documents up front: reports,
	// filings and studies shared as articles run to tens or a few hundred
	// pages, and 500 pages read in seconds.
	DefaultMaxPages = 500
	// DefaultTimeout is a document's time budget once the engine is up:
	// ten times what a 500-page report takes, and within the ingest's own
	// 60 s.
	DefaultTimeout = 30 * time.Second
)

// Limits of the sandbox and of what a document may yield.
const (
	// memoryLimitPages caps each document's WebAssembly memory (64 KiB
	// pages): 256 MiB holds PDFium, a 10 MiB file and its decoded streams,
	// and stops decompression bombs.
	memoryLimitPages = 4096
	// maxWorkers is how many documents are read at once; PDFium is single
	// threaded and the bot runs on a couple of cores.
	maxWorkers = 2
	// maxPageRunes caps one page's text: a dense page holds about 5,000
	// characters, so ten times that is a content-stream bomb.
	maxPageRunes = 50_000
	// maxTextBytes caps a document's text, about 1,500 dense pages: more is
	// a bomb, not an article.
	maxTextBytes = 8 << 20
)

// Options configures a [Reader]; zero fields take the defaults.
type Options struct {
	// CacheDir, when set, keeps PDFium's compiled machine code between
	// processes, so only the first PDF a machine ever reads pays for the
	// compilation (seconds) and later processes start in a fraction of a
	// second. It must be private to this user: the cache holds code that
	// runs.
	CacheDir string
	// MaxPages refuses documents with more pages, before reading any.
	MaxPages int
	// Timeout is one document's time budget, not counting the one-time
	// start of the engine.
	Timeout time.Duration
}

// Reader reads PDFs. The engine starts on the first Read, not before: a
// process that never reads a PDF never pays for it. A Reader is safe for
// concurrent use; Close it when done.
type Reader struct {
	opts Options

	mu     sync.Mutex // guards the fields below
	pool   pdfium.Pool
	cache  wazero.CompilationCache
	closed bool
}

// NewReader returns a Reader; nothing is started until the first Read.
func NewReader(opts Options) *Reader {
	if opts.MaxPages <= 0 {
		opts.MaxPages = DefaultMaxPages
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	return &Reader{opts: opts}
}

// errClosed is returned by Read after Close.
var errClosed = errors.New("pdf: reader closed")

// Start brings the engine up now, if it is not up yet. Read does it by
// itself; a caller that bounds each document's time calls Start first,
// outside that bound, since the first start compiles PDFium: seconds on a
// quiet machine, minutes under a race detector on a busy one. The start
// runs to its end whatever ctx does, so that a later Read can use it.
func (r *Reader) Start(ctx context.Context) error {
	_, err := r.start(ctx)
	return err
}

// start brings the engine up once: compiling PDFium takes seconds (a
// fraction of one from the cache), so it is done only when needed.
func (r *Reader) start(ctx context.Context) (pdfium.Pool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil, errClosed
	}
	if r.pool != nil {
		return r.pool, nil
	}
	rc := wazero.NewRuntimeConfig().
		// The bundled PDFium lowers setjmp/longjmp to exception handling.
		WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
		// Killing an instance must stop code already running in it.
		WithCloseOnContextDone(true).
		WithMemoryLimitPages(memoryLimitPages)
	if r.opts.CacheDir != "" {
		// A cache that cannot be used costs time, not the feature.
		if c, err := wazero.NewCompilationCacheWithDir(r.opts.CacheDir); err == nil {
			rc = rc.WithCompilationCache(c)
			r.cache = c
		}
	}
	pool, err := webassembly.Init(webassembly.Config{
		Context:       context.WithoutCancel(ctx),
		MinIdle:       0,
		MaxIdle:       maxWorkers,
		MaxTotal:      maxWorkers,
		RuntimeConfig: rc,
		// No file system at all: PDFium gets the document as bytes, and a
		// document must not make it open anything else.
		FSConfig: wazero.NewFSConfig(),
		Stdout:   io.Discard,
		Stderr:   io.Discard,
		// A fresh instance per document: nothing one document did to
		// PDFium's memory outlives it.
		ReuseWorkers: false,
	})
	if err != nil {
		return nil, fmt.Errorf("pdf: start engine: %w", err)
	}
	r.pool = pool
	return pool, nil
}

// Close stops the engine, if it was started. Reads still running fail.
func (r *Reader) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closed = true
	var err error
	if r.pool != nil {
		err = r.pool.Close()
		r.pool = nil
	}
	if r.cache != nil {
		err = errors.Join(err, r.cache.Close(context.Background()))
		r.cache = nil
	}
	return err
}

// errBudget is the cause of a document's context when its time is up.
var errBudget = errors.New("pdf: time budget spent")

// Read extracts a document's text and metadata. It fails with an error
// matching ErrEncrypted, ErrNoText, ErrDamaged, ErrTooComplex or
// ErrTooManyPages, or with ctx's error when the caller gives up.
func (r *Reader) Read(ctx context.Context, data []byte) (*Document, error) {
	pool, err := r.start(ctx)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeoutCause(ctx, r.opts.Timeout, errBudget)
	defer cancel()
	inst, err := pool.GetInstanceWithContext(ctx)
	if err != nil {
		return nil, budgetError(ctx, fmt.Errorf("pdf: engine instance: %w", err))
	}
	// When the budget runs out the instance is killed, which stops PDFium
	// mid-call; otherwise it is closed, freeing all its memory. A kill runs
	// on a goroutine of its own, which Read waits for: a Close of the
	// engine right after Read returned raced with it.
	killed := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		defer close(killed)
		inst.Kill()
	})
	defer func() {
		if stop() {
			inst.Close()
		} else {
			<-killed
		}
	}()
	raw, err := readDocument(ctx, inst, data, r.opts.MaxPages)
	if err != nil {
		return nil, budgetError(ctx, err)
	}
	doc := raw.document()
	if !hasTextLayer(raw.pages) {
		return nil, fmt.Errorf("%w: no line of text on its %d page(s)", ErrNoText, doc.Pages)
	}
	return doc, nil
}

// minPageWords is the fewest words on some page for a document to count
// as having a text layer: a scan may still carry a stamp or an OCR'd page
// number, never a sentence.
const minPageWords = 10

// hasTextLayer reports whether any page holds minPageWords words.
func hasTextLayer(pages [][]line) bool {
	for _, lines := range pages {
		n := 0
		for _, ln := range lines {
			n += len(strings.Fields(ln.text))
		}
		if n >= minPageWords {
			return true
		}
	}
	return false
}

// budgetError tells a spent budget (too complex) from a caller that gave
// up, after a call failed.
func budgetError(ctx context.Context, err error) error {
	switch {
	case ctx.Err() == nil:
		return err
	case errors.Is(context.Cause(ctx), errBudget):
		return fmt.Errorf("%w: over the time budget (%v)", ErrTooComplex, err)
	}
	return fmt.Errorf("pdf: %w", ctx.Err())
}

// readDocument pulls metadata and each page's lines out of PDFium.
func readDocument(ctx context.Context, inst pdfium.Pdfium, data []byte, maxPages int) (raw *rawDocument, err error) {
	// A bug in the binding must cost one document, not the process.
	defer func() {
		if p := recover(); p != nil {
			raw, err = nil, fmt.Errorf("%w: engine failed: %v", ErrTooComplex, p)
		}
	}()
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &data})
	switch {
	case errors.Is(err, pdfiumerr.ErrPassword), errors.Is(err, pdfiumerr.ErrSecurity):
		return nil, fmt.Errorf("%w (%v)", ErrEncrypted, err)
	case err != nil && ctx.Err() == nil:
		return nil, fmt.Errorf("%w (%v)", ErrDamaged, err)
	case err != nil:
		return nil, err
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
	count, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, fmt.Errorf("%w: page count: %v", ErrDamaged, err)
	}
	if count.PageCount <= 0 {
		return nil, fmt.Errorf("%w: no pages", ErrDamaged)
	}
	if count.PageCount > maxPages {
		return nil, &TooManyPagesError{Pages: count.PageCount, Limit: maxPages}
	}
	raw = &rawDocument{meta: readMeta(inst, doc.Document)}
	total := 0
	for i := range count.PageCount {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		lines, n, err := readPage(inst, doc.Document, i)
		if err != nil {
			return nil, err
		}
		total += n
		if total > maxTextBytes {
			return nil, fmt.Errorf("%w: over %d bytes of text", ErrTooComplex, maxTextBytes)
		}
		raw.pages = append(raw.pages, lines)
	}
	return raw, nil
}
