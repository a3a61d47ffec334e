package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
)

var (
	// ErrBadURL marks a link that is not usable at all: not http(s), with a
	// user name or password, without a host, or on a port other than 80/443.
	// The wrapping message says which, so users can correct the link.
	ErrBadURL = errors.New("not a usable link")
	// ErrBlockedAddress marks a link that leads (directly, by DNS or by a
	// redirect) to a loopback, private, link-local or otherwise non-public
	// address. When the dial guard refused it, code.dny.dev/ssrf's own
	// sentinel errors are wrapped as well.
	ErrBlockedAddress = errors.New("address not allowed (private, local or reserved)")
	// ErrTooLarge is matched by every *TooLargeError, for callers that only
	// need to know the cap was hit.
	ErrTooLarge = errors.New("page too large")
	// ErrNotArticle is matched by every *UnsupportedTypeError: the content is
	// neither a web page, plain text nor a PDF.
	ErrNotArticle = errors.New("not an article")
	// ErrTooManyRedirects marks a chain of redirects longer than
	// Options.MaxRedirects, usually a loop.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrTimeout marks a fetch that ran out of Options.Timeout;
	// errors.Is(err, context.DeadlineExceeded) holds too.
	ErrTimeout = errors.New("the site took too long to answer")
	// ErrNoSuchHost marks a link whose host name does not resolve.
	ErrNoSuchHost = errors.New("no such site")
	// ErrInsecure marks a failed TLS handshake or certificate check.
	ErrInsecure = errors.New("the site's secure connection failed")
	// ErrUnreachable marks every other transport failure: a refused or reset
	// connection, or an answer that is not readable HTTP (oversized headers,
	// an unknown content encoding).
	ErrUnreachable = errors.New("the site could not be reached or sent an unreadable answer")
)

// BadURLError reports a link that is not usable at all; Reason says why in
// words fit to show ("only http and https links are supported").
type BadURLError struct {
	Reason string
}

// Error reads "not a usable link: <reason>".
func (e *BadURLError) Error() string { return ErrBadURL.Error() + ": " + e.Reason }

// Is makes errors.Is(err, ErrBadURL) hold.
func (e *BadURLError) Is(target error) bool { return target == ErrBadURL }

func badURL(format string, args ...any) error {
	return &BadURLError{Reason: fmt.Sprintf(format, args...)}
}

// TooLargeError reports a body over the size cap. The cap applies to
// decompressed bytes, and a page is refused rather than truncated, so an
// article is never silently cut short.
type TooLargeError struct {
	Limit int64 // the cap in bytes
}

// Error says what the cap was, in units a person reads.
func (e *TooLargeError) Error() string {
	return "page too large (over " + HumanBytes(e.Limit) + ")"
}

// Is makes errors.Is(err, ErrTooLarge) hold.
func (e *TooLargeError) Is(target error) bool { return target == ErrTooLarge }

// UnsupportedTypeError reports content that is not a web page, plain text
// or a PDF (an image, JSON, binary data).
type UnsupportedTypeError struct {
	MediaType string // as declared, or as sniffed when undeclared
}

// Error reads "not an article (content type X)", fit to show to users.
func (e *UnsupportedTypeError) Error() string {
	return fmt.Sprintf("not an article (content type %s)", e.MediaType)
}

// Is makes errors.Is(err, ErrNotArticle) hold.
func (e *UnsupportedTypeError) Is(target error) bool { return target == ErrNotArticle }

// StatusError reports a non-2xx answer, so callers can tell "gone" (404,
// 410) from "try later" (429, 5xx).
type StatusError struct {
	Code int // HTTP status code
}

// Error reads like "server answered 404 Not Found".
func (e *StatusError) Error() string {
	return strings.TrimSpace(fmt.Sprintf("server answered %d %s", e.Code, http.StatusText(e.Code)))
}

// HumanBytes prints n in the largest binary unit that divides it, so a
// 10 MiB cap reads "10 MiB" and a 1500-byte test cap "1500 bytes".
func HumanBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
