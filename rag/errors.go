package rag

import (
	"context"
	"errors"
	"fmt"

	"github.com/articlebot/articlebot/rag/canonical"
	"github.com/articlebot/articlebot/rag/cite"
	"github.com/articlebot/articlebot/rag/embed"
	"github.com/articlebot/articlebot/rag/extract"
	"github.com/articlebot/articlebot/rag/fetch"
	"github.com/articlebot/articlebot/rag/pdf"
	"github.com/articlebot/articlebot/store"
)

// Kind is what went wrong, in the terms a front end needs to word it for
// its users. The engine decides the kind once, here; the bot and the CLI
// each say it their own way, and log the error itself.
type Kind int

// The kinds. KindInternal is every error nobody classified: a bug or an
// unexpected failure, worded as "something went wrong" with an id to log.
const (
	KindInternal         Kind = iota
	KindNotWebLink            // a path, file: URL or other scheme where a web link was needed
	KindBadLink               // a malformed or unusable link; Problem.Detail says why
	KindBlocked               // a private, loopback or reserved address
	KindTooLarge              // over the size cap; Problem.Limit is the cap
	KindNotArticle            // not a web page or text; Problem.Detail is the content type
	KindNoArticle             // a page with no article text (login wall, script-only page)
	KindTooManyRedirects      // a redirect loop or chain
	KindTimeout               // the site (or the work) took too long
	KindSiteStatus            // the site answered an error; Problem.Status is the code
	KindNoSuchHost            // the host name does not resolve
	KindInsecure              // TLS failed
	KindUnreachable           // refused, reset or unreadable answer
	KindNoSuchFile            // a local file that does not exist (CLI only)
	KindNotRegularFile        // a directory, pipe or device given as a file (CLI only)
	KindFileAccess            // a local file this user may not read (CLI only)
	KindNotFound              // no such article in the scope
	KindAmbiguous             // a reference matching several articles
	KindWhichArticle          // a question about "this" article where several are shared
	KindEmptyQuestion         // a question with no words
	KindQuestionTooLong       // a question over MaxQuestionChars
	KindBudget                // the scope's daily AI token budget is used up
	KindQuota                 // the AI provider account has no quota left
	KindModelUnavailable      // the AI or embeddings endpoint failed
	KindEmbedderMismatch      // the library was embedded by another embedder
	KindUnverifiedQuote       // a quote failed verification and was withheld
	KindPDFEncrypted          // a PDF that needs a password
	KindPDFNoText             // a PDF without a text layer (a scan)
	KindPDFDamaged            // a PDF that cannot be opened
	KindPDFTooManyPages       // a PDF over the page cap; Problem.Limit is the cap
	KindPDFTooComplex         // a PDF over its time, memory or text budget (a PDF bomb)
	KindCanceled              // the caller gave up or the program is stopping
)

var kindNames = [...]string{
	"internal", "not-web-link", "bad-link", "blocked", "too-large", "not-article", "no-article",
	"too-many-redirects", "timeout", "site-status", "no-such-host", "insecure", "unreachable",
	"no-such-file", "not-regular-file", "file-access", "not-found", "ambiguous", "which-article", "empty-question",
	"question-too-long", "budget", "quota", "model-unavailable", "embedder-mismatch",
	"unverified-quote", "pdf-encrypted", "pdf-no-text", "pdf-damaged", "pdf-too-many-pages",
	"pdf-too-complex", "canceled",
}

// String names the kind for logs.
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// Kinds lists every kind, for front ends' exhaustiveness tests.
func Kinds() []Kind {
	ks := make([]Kind, 0, int(KindCanceled)+1)
	for k := KindInternal; k <= KindCanceled; k++ {
		ks = append(ks, k)
	}
	return ks
}

// Problem is a classified error with the data a message needs.
type Problem struct {
	Kind   Kind
	Detail string // KindBadLink: the reason; KindNotArticle: the content type
	Status int    // KindSiteStatus: the HTTP status code
	Limit  int64  // KindTooLarge: the cap in bytes; KindPDFTooManyPages: the page cap
}

// LimitText is Limit the way people read sizes ("10 MiB").
func (p Problem) LimitText() string { return fetch.HumanBytes(p.Limit) }

// kinded is implemented by errors that carry their own kind: the ones made
// with [NewError] by packages built on the engine (rag/llm).
type kinded interface {
	error
	Kind() Kind
}

type kindError struct {
	kind Kind
	msg  string
}

func (e *kindError) Error() string { return e.msg }
func (e *kindError) Kind() Kind    { return e.kind }

// NewError returns an error of the given kind, for sentinels of packages
// that build on the engine: the engine cannot import them, so they carry
// their kind themselves. msg is for logs, not for users.
func NewError(kind Kind, msg string) error { return &kindError{kind: kind, msg: msg} }

// Classify tells what kind of error err is. It is the one place that maps
// the pipeline's sentinels and types (fetch, extract, pdf, store, cite, embed)
// to kinds.
func Classify(err error) Problem {
	var (
		k        kinded
		bad      *fetch.BadURLError
		large    *fetch.TooLargeError
		status   *fetch.StatusError
		unsupp   *fetch.UnsupportedTypeError
		fileErr  *fetch.FileError
		question *QuestionTooLongError
		pages    *pdf.TooManyPagesError
	)
	switch {
	case err == nil:
		return Problem{Kind: KindInternal}
	case errors.As(err, &k):
		return Problem{Kind: k.Kind()}
	case errors.Is(err, ErrNotWebLink):
		return Problem{Kind: KindNotWebLink}
	case errors.Is(err, fetch.ErrBlockedAddress):
		return Problem{Kind: KindBlocked}
	case errors.As(err, &bad):
		return Problem{Kind: KindBadLink, Detail: bad.Reason}
	case errors.Is(err, fetch.ErrBadURL), errors.Is(err, canonical.ErrInvalid):
		return Problem{Kind: KindBadLink}
	case errors.As(err, &large):
		return Problem{Kind: KindTooLarge, Limit: large.Limit}
	case errors.Is(err, fetch.ErrTooLarge), errors.Is(err, extract.ErrTooLong):
		return Problem{Kind: KindTooLarge}
	case errors.As(err, &unsupp):
		return Problem{Kind: KindNotArticle, Detail: unsupp.MediaType}
	case errors.Is(err, fetch.ErrNotArticle):
		return Problem{Kind: KindNotArticle}
	case errors.Is(err, pdf.ErrEncrypted):
		return Problem{Kind: KindPDFEncrypted}
	case errors.Is(err, pdf.ErrNoText):
		return Problem{Kind: KindPDFNoText}
	case errors.Is(err, pdf.ErrDamaged):
		return Problem{Kind: KindPDFDamaged}
	case errors.As(err, &pages):
		return Problem{Kind: KindPDFTooManyPages, Limit: int64(pages.Limit)}
	case errors.Is(err, pdf.ErrTooManyPages):
		return Problem{Kind: KindPDFTooManyPages}
	case errors.Is(err, pdf.ErrTooComplex):
		return Problem{Kind: KindPDFTooComplex}
	case errors.Is(err, extract.ErrNoArticle):
		return Problem{Kind: KindNoArticle}
	case errors.Is(err, fetch.ErrTooManyRedirects):
		return Problem{Kind: KindTooManyRedirects}
	case errors.As(err, &status):
		return Problem{Kind: KindSiteStatus, Status: status.Code}
	case errors.Is(err, fetch.ErrNoSuchHost):
		return Problem{Kind: KindNoSuchHost}
	case errors.Is(err, fetch.ErrInsecure):
		return Problem{Kind: KindInsecure}
	case errors.Is(err, fetch.ErrUnreachable):
		return Problem{Kind: KindUnreachable}
	case errors.As(err, &fileErr) && errors.Is(err, fetch.ErrNotRegularFile):
		return Problem{Kind: KindNotRegularFile, Detail: fileErr.Path}
	case errors.As(err, &fileErr) && errors.Is(err, fetch.ErrNoSuchFile):
		return Problem{Kind: KindNoSuchFile, Detail: fileErr.Path}
	case errors.As(err, &fileErr) && errors.Is(err, fetch.ErrFileAccess):
		return Problem{Kind: KindFileAccess, Detail: fileErr.Path}
	case errors.Is(err, store.ErrNotFound):
		return Problem{Kind: KindNotFound}
	case errors.Is(err, ErrAmbiguous):
		return Problem{Kind: KindAmbiguous}
	case errors.Is(err, ErrEmptyQuestion):
		return Problem{Kind: KindEmptyQuestion}
	case errors.As(err, &question):
		return Problem{Kind: KindQuestionTooLong, Limit: int64(question.Limit)}
	case errors.Is(err, embed.ErrBadResponse):
		return Problem{Kind: KindModelUnavailable}
	case errors.Is(err, store.ErrEmbedderChanged), errors.Is(err, store.ErrDimension):
		return Problem{Kind: KindEmbedderMismatch}
	case errors.Is(err, cite.ErrQuoteNotFound):
		return Problem{Kind: KindUnverifiedQuote}
	case errors.Is(err, fetch.ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		return Problem{Kind: KindTimeout}
	case errors.Is(err, context.Canceled):
		return Problem{Kind: KindCanceled}
	}
	return Problem{Kind: KindInternal}
}
