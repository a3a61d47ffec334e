package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"code.dny.dev/ssrf"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// Defaults for zero Options fields.
const (
	// DefaultTimeout bounds a whole fetch, redirects and body included.
	DefaultTimeout = 20 * time.Second
	// DefaultMaxBytes caps the decompressed body: no news article is near it,
	// and it keeps a hostile link from filling memory.
	DefaultMaxBytes = 10 << 20
	// DefaultMaxRedirects follows link shorteners and http→https hops.
	DefaultMaxRedirects = 5
	// DefaultUserAgent names the bot so site owners can tell who fetches.
	DefaultUserAgent = "articlebot/1.0 (+https://github.com/articlebot/articlebot)"
	// sniffLen is how much http.DetectContentType looks at.
	sniffLen = 512
)

// Errors callers branch on.
var (
	ErrBadURL           = errors.New("not a usable link")
	ErrBlockedAddress   = errors.New("address not allowed (private, local or reserved)")
	ErrTooLarge         = errors.New("page too large")
	ErrNotArticle       = errors.New("not an article")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrTimeout          = errors.New("the site took too long to answer")
)

// TooLargeError is a body over the size cap.
type TooLargeError struct{ Limit int64 }

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("page too large (over %d MiB)", e.Limit>>20)
}

// Is makes errors.Is(err, ErrTooLarge) hold.
func (e *TooLargeError) Is(target error) bool { return target == ErrTooLarge }

// UnsupportedTypeError is content that is not a web page or plain text.
type UnsupportedTypeError struct{ MediaType string }

func (e *UnsupportedTypeError) Error() string {
	return fmt.Sprintf("not an article (content type %s)", e.MediaType)
}

// Is makes errors.Is(err, ErrNotArticle) hold.
func (e *UnsupportedTypeError) Is(target error) bool { return target == ErrNotArticle }

// StatusError is a non-2xx answer.
type StatusError struct{ Code int }

func (e *StatusError) Error() string {
	return fmt.Sprintf("server answered %d %s", e.Code, http.StatusText(e.Code))
}

// Options configures a Fetcher; zero fields take the defaults above.
type Options struct {
	Timeout      time.Duration
	MaxBytes     int64
	MaxRedirects int
	UserAgent    string
	// AllowPrivate lets links reach loopback and private addresses on any
	// port. For tests and local development only.
	AllowPrivate bool
}

// Page is a fetched page, decoded to UTF-8.
type Page struct {
	URL          string // after redirects
	RequestedURL string
	MediaType    string // text/html, application/xhtml+xml or text/plain
	Body         []byte
	LastModified time.Time
}

// Fetcher downloads pages. It is safe for concurrent use.
type Fetcher struct {
	opts   Options
	client *http.Client
	// dial is the transport's dialer; tests wrap it to reach local servers
	// under public-looking names while the guard still sees real addresses.
	dial func(ctx context.Context, network, addr string) (net.Conn, error)
}

// New returns a Fetcher.
func New(opts Options) *Fetcher {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects < 0 {
		opts.MaxRedirects = 0
	} else if opts.MaxRedirects == 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	f := &Fetcher{opts: opts}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivate {
		dialer.Control = ssrf.New().Safe
	}
	f.dial = dialer.DialContext
	transport := &http.Transport{
		Proxy: nil, // never a proxy from the environment
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return f.dial(ctx, network, addr)
		},
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 15 * time.Second,
		MaxIdleConns:          32,
		IdleConnTimeout:       60 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	f.client = &http.Client{
		Transport: transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return ErrTooManyRedirects
			}
			return f.checkURL(req.URL)
		},
	}
	return f
}

var (
	// decimalHost and the octal/hex forms are IPv4 addresses some resolvers
	// accept ("2130706433" is 127.0.0.1); refused outright as ambiguous.
	decimalHost = regexp.MustCompile(`^[0-9]+$`)
	oddIPv4     = regexp.MustCompile(`(?i)^(?:0x[0-9a-f]*|0[0-9]+|[0-9]+)(?:\.(?:0x[0-9a-f]*|0[0-9]*|[0-9]+)){0,3}$`)
)

// checkURL validates a URL's shape: scheme, userinfo, port, host.
func (f *Fetcher) checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: only http and https links are supported", ErrBadURL)
	}
	if u.User != nil {
		return fmt.Errorf("%w: links with a user name or password are not allowed", ErrBadURL)
	}
	host := u.Hostname()
	if host == "" {
		return fmt.Errorf("%w: no host", ErrBadURL)
	}
	if p := u.Port(); p != "" && !f.opts.AllowPrivate && p != "80" && p != "443" {
		return fmt.Errorf("%w: port %s is not allowed (only 80 and 443)", ErrBadURL, p)
	}
	if _, err := netip.ParseAddr(host); err != nil && (decimalHost.MatchString(host) || oddIPv4.MatchString(host)) {
		return fmt.Errorf("%w: %s is an unusual form of an IP address", ErrBlockedAddress, host)
	}
	return nil
}

// Fetch downloads rawURL.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	if err := f.checkURL(u); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.classify(ctx, u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), &StatusError{Code: resp.StatusCode})
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

// classify turns transport errors into the package's errors.
func (f *Fetcher) classify(ctx context.Context, u *url.URL, err error) error {
	switch {
	case errors.Is(err, ssrf.ErrProhibitedIP), errors.Is(err, ssrf.ErrProhibitedPort), errors.Is(err, ssrf.ErrProhibitedNetwork):
		return fmt.Errorf("fetch %s: %w: %w", u.Redacted(), ErrBlockedAddress, err)
	case errors.Is(err, ErrTooManyRedirects), errors.Is(err, ErrBadURL), errors.Is(err, ErrBlockedAddress):
		return fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	case errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("fetch %s: %w: %w", u.Redacted(), ErrTimeout, context.DeadlineExceeded)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return fmt.Errorf("fetch %s: %w: %w", u.Redacted(), ErrTimeout, err)
	}
	return fmt.Errorf("fetch %s: %w", u.Redacted(), err)
}

// IsLocal reports whether src names a local file rather than a web link.
func IsLocal(src string) bool {
	s := strings.ToLower(strings.TrimSpace(src))
	if strings.HasPrefix(s, "file:") {
		return true
	}
	return !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") && !strings.Contains(s, "://")
}

// ReadFile reads a local page (a path or file:// URL): .txt is plain text,
// .html/.htm a page, anything else is sniffed.
func ReadFile(path string, maxBytes int64) (*Page, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if strings.HasPrefix(strings.ToLower(path), "file:") {
		u, err := url.Parse(path)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadURL, err)
		}
		path = u.Path
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	fh, err := os.Open(abs)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer fh.Close()
	if st, err := fh.Stat(); err == nil && st.IsDir() {
		return nil, fmt.Errorf("read %s: is a directory", path)
	}
	body, err := io.ReadAll(io.LimitReader(fh, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(body)) > maxBytes {
		return nil, fmt.Errorf("read %s: %w", path, &TooLargeError{Limit: maxBytes})
	}
	declared := ""
	switch strings.ToLower(filepath.Ext(abs)) {
	case ".txt", ".text", ".md":
		declared = "text/plain"
	case ".html", ".htm", ".xhtml":
		declared = "text/html"
	}
	page, err := decode(body, declared)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	page.URL = (&url.URL{Scheme: "file", Path: abs}).String()
	page.RequestedURL = page.URL
	if st, err := fh.Stat(); err == nil {
		page.LastModified = st.ModTime()
	}
	return page, nil
}

// decode checks the content type (sniffing when it is missing or generic)
// and decodes the body to UTF-8.
func decode(body []byte, contentType string) (*Page, error) {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil || mt == "" || mt == "application/octet-stream" || mt == "binary/octet-stream" {
		mt, params, _ = mime.ParseMediaType(http.DetectContentType(body[:min(len(body), sniffLen)]))
	}
	mt = strings.ToLower(mt)
	switch mt {
	case "text/html", "application/xhtml+xml":
		if looksBinary(body) {
			return nil, &UnsupportedTypeError{MediaType: "application/octet-stream"}
		}
		enc, _, _ := charset.DetermineEncoding(body, contentType)
		out, err := decodeWith(body, enc)
		if err != nil {
			return nil, err
		}
		return &Page{MediaType: mt, Body: out}, nil
	case "text/plain":
		if looksBinary(body) {
			return nil, &UnsupportedTypeError{MediaType: "application/octet-stream"}
		}
		return &Page{MediaType: mt, Body: decodeText(body, params["charset"])}, nil
	}
	return nil, &UnsupportedTypeError{MediaType: mt}
}

func decodeWith(body []byte, enc encoding.Encoding) ([]byte, error) {
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, fmt.Errorf("decode page: %w", err)
	}
	return validUTF8(out), nil
}

// decodeText decodes plain text: a BOM, the declared charset, UTF-8 if it
// is valid, else Windows-1252 (what "Latin-1" text usually really is).
func decodeText(body []byte, declared string) []byte {
	switch {
	case bytes.HasPrefix(body, []byte{0xEF, 0xBB, 0xBF}):
		return validUTF8(body[3:])
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE}), bytes.HasPrefix(body, []byte{0xFE, 0xFF}):
		enc, _ := charset.Lookup("utf-16")
		if out, err := decodeWith(body, enc); err == nil {
			return out
		}
	}
	if declared != "" {
		if enc, _ := charset.Lookup(declared); enc != nil {
			if out, err := decodeWith(body, enc); err == nil {
				return out
			}
		}
	}
	if utf8.Valid(body) {
		return body
	}
	out, err := decodeWith(body, charmap.Windows1252)
	if err != nil {
		return validUTF8(body)
	}
	return out
}

// validUTF8 replaces invalid sequences so nothing downstream sees them.
func validUTF8(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	if utf8.Valid(b) {
		return b
	}
	return []byte(strings.ToValidUTF8(string(b), "\uFFFD"))
}

// looksBinary spots bodies that claim to be text but are not: NUL bytes in
// the first kilobytes never occur in pages or prose.
func looksBinary(body []byte) bool {
	return bytes.IndexByte(body[:min(len(body), 8<<10)], 0) >= 0
}
