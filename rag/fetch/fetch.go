package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"code.dny.dev/ssrf"
)

// Defaults for zero Options fields (and the usual redirect cap).
const (
	// DefaultTimeout bounds a whole fetch, redirects and body included.
	DefaultTimeout = 20 * time.Second
	// DefaultMaxBytes caps the decompressed body: no news article is near
	// it, and it keeps a hostile link from filling memory.
	DefaultMaxBytes = 10 << 20
	// DefaultMaxRedirects follows link shorteners and http→https hops. It
	// is not applied to a zero Options.MaxRedirects, which follows none.
	DefaultMaxRedirects = 5
	// DefaultUserAgent names the bot so site owners can tell who fetches.
	DefaultUserAgent = "articlebot/1.0 (+https://github.com/articlebot/articlebot)"
)

// Transport limits; Options.Timeout still bounds the whole fetch.
const (
	// dialTimeout gives up on hosts that swallow SYNs.
	dialTimeout = 10 * time.Second
	// keepAlive keeps pooled connections from dying silently behind NATs.
	keepAlive = 30 * time.Second
	// tlsHandshakeTimeout gives up on servers that accept but never talk.
	tlsHandshakeTimeout = 10 * time.Second
	// responseHeaderTimeout gives up on servers that read the request but
	// never answer.
	responseHeaderTimeout = 15 * time.Second
	// maxIdleConns bounds pooled connections; articles come from many hosts.
	maxIdleConns = 32
	// idleConnTimeout frees pooled connections the bot will not reuse soon.
	idleConnTimeout = 60 * time.Second
	// maxResponseHeaderBytes caps headers far below Go's 10 MiB default;
	// real sites send a few KiB.
	maxResponseHeaderBytes = 1 << 20
	// acceptHeader prefers what we can read, yet takes anything, because
	// some servers answer 406 to narrow Accept headers; the type is
	// checked on arrival.
	acceptHeader = "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.1"
)

// Options configures a Fetcher; zero fields take the defaults above.
type Options struct {
	// Timeout bounds one Fetch: every redirect hop and the whole body.
	Timeout time.Duration
	// MaxBytes caps the decompressed body; a larger page fails with a
	// *TooLargeError rather than being truncated.
	MaxBytes int64
	// MaxRedirects caps the redirect hops followed: 0 (or less) follows
	// none, as in the config's fetch.max_redirects. Unlike the other
	// fields, 0 is not "the default", because "none" is a real choice;
	// DefaultMaxRedirects is the usual value.
	MaxRedirects int
	// UserAgent is sent with every request.
	UserAgent string
	// AllowPrivate lets links reach loopback and private addresses on any
	// port. For tests and local development only: callers should log a
	// warning when it is on.
	AllowPrivate bool
}

// Page is a fetched or read page, its body decoded to valid UTF-8.
type Page struct {
	URL          string // after redirects
	RequestedURL string // as asked for
	MediaType    string // text/html, application/xhtml+xml, text/plain or application/pdf (TypePDF)
	Body         []byte // UTF-8 without BOM; a PDF's bytes as they came
	LastModified time.Time
}

// Fetcher downloads pages with SSRF protection, size, time and redirect
// caps. It is safe for concurrent use and pools connections, so one
// Fetcher should serve the whole program.
type Fetcher struct {
	opts   Options
	client *http.Client
	// guard is the dial-time address check (nil with AllowPrivate); it is
	// net.Dialer.Control, so it sees each address actually dialed, after
	// DNS, on every redirect hop.
	guard func(network, address string, c syscall.RawConn) error
	// dial is the transport's dialer. It is a field so tests can reach
	// local servers under public-looking names while real destinations
	// still go through the guard.
	dial func(ctx context.Context, network, addr string) (net.Conn, error)
}

// New returns a Fetcher with opts, defaults filled in.
func New(opts Options) *Fetcher {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	opts.MaxRedirects = max(opts.MaxRedirects, 0)
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	f := &Fetcher{opts: opts}
	dialer := &net.Dialer{Timeout: dialTimeout, KeepAlive: keepAlive}
	if !opts.AllowPrivate {
		// The guard's default ports (80, 443) and networks (tcp4, tcp6)
		// are exactly what checkURL allows.
		f.guard = ssrf.New().Safe
		dialer.Control = f.guard
	}
	f.dial = dialer.DialContext
	transport := &http.Transport{
		Proxy: nil, // a proxy would dial for us, out of the guard's sight
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return f.dial(ctx, network, addr)
		},
		TLSHandshakeTimeout:    tlsHandshakeTimeout,
		ResponseHeaderTimeout:  responseHeaderTimeout,
		MaxResponseHeaderBytes: maxResponseHeaderBytes,
		MaxIdleConns:           maxIdleConns,
		IdleConnTimeout:        idleConnTimeout,
		ForceAttemptHTTP2:      true,
	}
	f.client = &http.Client{
		Transport: transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, opts.MaxRedirects)
			}
			return f.checkURL(req.URL)
		},
	}
	return f
}

// checkURL validates a URL's shape: scheme, userinfo, host and port. The
// addresses themselves are the dial guard's job.
func (f *Fetcher) checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return badURL("only http and https links are supported")
	}
	if u.User != nil {
		return badURL("links with a user name or password are not allowed")
	}
	host := u.Hostname()
	if host == "" {
		return badURL("the link has no host")
	}
	if p := u.Port(); p != "" && !f.opts.AllowPrivate && p != "80" && p != "443" {
		return badURL("port %s is not allowed (only 80 and 443)", p)
	}
	if oddIPv4(host) {
		return fmt.Errorf("%w: %s is an unusual way to write an IP address", ErrBlockedAddress, host)
	}
	return nil
}

// oddIPv4 reports hosts that are IPv4 addresses in a form other than plain
// dotted decimal: "2130706433", "0177.0.0.1", "0x7f.1", "127.000.0.1".
// Resolvers disagree on these (Go looks them up as names, getaddrinfo
// parses them as 127.0.0.1), and no real site uses them. Following the URL
// standard, a host whose last label is a number is an IPv4 address, so it
// must parse as one.
func oddIPv4(host string) bool {
	if _, err := netip.ParseAddr(host); err == nil {
		return false
	}
	labels := strings.Split(strings.TrimSuffix(host, "."), ".")
	last := strings.ToLower(labels[len(labels)-1])
	if strings.HasPrefix(last, "0x") {
		return strings.Trim(last[2:], "0123456789abcdef") == ""
	}
	return last != "" && strings.Trim(last, "0123456789") == ""
}

// Fetch downloads rawURL and returns it decoded to UTF-8. Errors match the
// package's sentinels and types; a fetch never takes longer than
// Options.Timeout or reads more than Options.MaxBytes.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", badURL("%v", err))
	}
	if err := f.checkURL(u); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	}
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), badURL("%v", err))
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", acceptHeader)
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.classify(ctx, u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), &StatusError{Code: resp.StatusCode})
	}
	// Go decompresses gzip itself and then drops the header; anything left
	// is an encoding we did not ask for and cannot read.
	if ce := resp.Header.Get("Content-Encoding"); ce != "" && !strings.EqualFold(ce, "identity") {
		return nil, fmt.Errorf("fetch %s: %w: unsupported content encoding %q", u.Redacted(), ErrUnreachable, ce)
	}
	if resp.ContentLength > f.opts.MaxBytes {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), &TooLargeError{Limit: f.opts.MaxBytes})
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		return nil, f.classify(ctx, u, err)
	}
	if int64(len(body)) > f.opts.MaxBytes {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), &TooLargeError{Limit: f.opts.MaxBytes})
	}
	page, err := decode(body, resp.Header.Get("Content-Type"))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	}
	page.URL = resp.Request.URL.String()
	page.RequestedURL = u.String()
	if lm, err := http.ParseTime(resp.Header.Get("Last-Modified")); err == nil {
		page.LastModified = lm
	}
	return page, nil
}

// classify turns transport errors into the package's errors, keeping the
// originals wrapped for logs and for callers that look deeper.
func (f *Fetcher) classify(ctx context.Context, u *url.URL, err error) error {
	switch {
	case errors.Is(err, ssrf.ErrProhibitedIP), errors.Is(err, ssrf.ErrProhibitedPort),
		errors.Is(err, ssrf.ErrProhibitedNetwork), errors.Is(err, ssrf.ErrInvalidHostPort):
		return fmt.Errorf("fetch %s: %w: %w", u.Redacted(), ErrBlockedAddress, err)
	case errors.Is(err, ErrTooManyRedirects), errors.Is(err, ErrBadURL), errors.Is(err, ErrBlockedAddress):
		return fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	case errors.Is(err, context.DeadlineExceeded), errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("fetch %s: %w: %w", u.Redacted(), ErrTimeout, context.DeadlineExceeded)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return fmt.Errorf("fetch %s: %w: %w", u.Redacted(), ErrTimeout, err)
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return fmt.Errorf("fetch %s: %w: %w", u.Redacted(), ErrNoSuchHost, err)
	}
	var (
		certErr    *tls.CertificateVerificationError
		headerErr  tls.RecordHeaderError
		alertErr   tls.AlertError
		unknownCA  x509.UnknownAuthorityError
		hostErr    x509.HostnameError
		invalidErr x509.CertificateInvalidError
	)
	if errors.As(err, &certErr) || errors.As(err, &headerErr) || errors.As(err, &alertErr) ||
		errors.As(err, &unknownCA) || errors.As(err, &hostErr) || errors.As(err, &invalidErr) {
		return fmt.Errorf("fetch %s: %w: %w", u.Redacted(), ErrInsecure, err)
	}
	// Everything else the transport reports (refused, reset, malformed or
	// oversized answers) is one kind for users; the cause stays wrapped.
	return fmt.Errorf("fetch %s: %w: %w", u.Redacted(), ErrUnreachable, err)
}
