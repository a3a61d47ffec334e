package oaiclient

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Options configures a client.
type Options struct {
	BaseURL    string // e.g. https://api.openai.com/v1 or http://localhost:11434/v1
	APIKey     string
	APIType    string // "openai" (default) or "azure"
	APIVersion string // azure only
	// Timeout bounds each HTTP attempt; the caller's context bounds the whole call.
	Timeout    time.Duration
	MaxRetries int
	// Transport is the base transport; nil uses a clone of http.DefaultTransport
	// without environment proxies, so keys never travel through a proxy the
	// operator did not configure.
	Transport http.RoundTripper
	Logger    *slog.Logger
}

// Retry bounds: the backoff doubles from baseBackoff up to maxBackoff, and a
// server's Retry-After is honoured up to maxRetryAfter (a longer wait is
// reported to the caller instead of silently stalling a user's question).
const (
	baseBackoff   = 500 * time.Millisecond
	maxBackoff    = 8 * time.Second
	maxRetryAfter = 30 * time.Second
	// maxErrorBody bounds how much of an error answer we read to classify it.
	maxErrorBody = 64 << 10
)

// New returns a go-openai client whose HTTP requests go through a retrying
// transport.
func New(opts Options) *openai.Client {
	var cfg openai.ClientConfig
	if strings.EqualFold(opts.APIType, "azure") {
		cfg = openai.DefaultAzureConfig(opts.APIKey, opts.BaseURL)
		if opts.APIVersion != "" {
			cfg.APIVersion = opts.APIVersion
		}
	} else {
		cfg = openai.DefaultConfig(opts.APIKey)
		if opts.BaseURL != "" {
			cfg.BaseURL = strings.TrimRight(opts.BaseURL, "/")
		}
	}
	cfg.HTTPClient = &http.Client{Transport: NewTransport(opts)}
	return openai.NewClientWithConfig(cfg)
}

// NewTransport returns the retrying transport New uses, for callers that
// build their own go-openai config.
func NewTransport(opts Options) http.RoundTripper {
	base := opts.Transport
	if base == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.Proxy = nil
		base = t
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &retryTransport{base: base, maxRetries: opts.MaxRetries, timeout: opts.Timeout, log: log}
}

type retryTransport struct {
	base       http.RoundTripper
	maxRetries int
	timeout    time.Duration
	log        *slog.Logger
}

// RoundTrip retries before handing a response to go-openai, so streams are
// retried only while nothing of them has been read.
func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil && req.Body != http.NoBody {
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("read request body: %w", err)
		}
		body = b
	}
	for attempt := 0; ; attempt++ {
		r := req.Clone(req.Context())
		if body != nil {
			r.Body = io.NopCloser(bytes.NewReader(body))
			r.ContentLength = int64(len(body))
		}
		resp, err := t.attempt(r)
		wait, retry := t.shouldRetry(resp, err, attempt)
		if !retry || req.Context().Err() != nil {
			return resp, err
		}
		if resp != nil {
			io.Copy(io.Discard, io.LimitReader(resp.Body, maxErrorBody))
			resp.Body.Close()
		}
		t.log.Warn("openai-compatible request failed, retrying", "url", req.URL.Redacted(), "attempt", attempt+1, "wait", wait, "err", err, "status", statusOf(resp))
		timer := time.NewTimer(wait)
		select {
		case <-req.Context().Done():
			timer.Stop()
			return nil, req.Context().Err()
		case <-timer.C:
		}
	}
}

// attempt runs one try under the per-attempt timeout. The timeout's cancel
// is tied to the body so a streamed answer is not cut when RoundTrip returns.
func (t *retryTransport) attempt(r *http.Request) (*http.Response, error) {
	if t.timeout <= 0 {
		return t.base.RoundTrip(r)
	}
	ctx, cancel := context.WithTimeout(r.Context(), t.timeout)
	resp, err := t.base.RoundTrip(r.WithContext(ctx))
	if err != nil {
		cancel()
		return nil, err
	}
	resp.Body = &cancelBody{ReadCloser: resp.Body, cancel: cancel}
	return resp, nil
}

type cancelBody struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (b *cancelBody) Close() error { err := b.ReadCloser.Close(); b.cancel(); return err }

func statusOf(resp *http.Response) int {
	if resp == nil {
		return 0
	}
	return resp.StatusCode
}

// shouldRetry classifies one attempt. Errors after the caller's context ended
// are final; network errors and timeouts of one attempt, 429 (except
// insufficient_quota, which no wait will fix) and 5xx are retried.
func (t *retryTransport) shouldRetry(resp *http.Response, err error, attempt int) (time.Duration, bool) {
	if attempt >= t.maxRetries {
		return 0, false
	}
	if err != nil {
		// A per-attempt timeout or a dropped connection may pass; the
		// caller's own deadline is checked by RoundTrip.
		return backoff(attempt), true
	}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		if isQuotaError(resp) {
			return 0, false
		}
		if d, ok := retryAfter(resp.Header); ok {
			if d > maxRetryAfter {
				return 0, false
			}
			return d, true
		}
		return backoff(attempt), true
	case resp.StatusCode >= 500:
		if d, ok := retryAfter(resp.Header); ok && d <= maxRetryAfter {
			return d, true
		}
		return backoff(attempt), true
	}
	return 0, false
}

// isQuotaError peeks at a 429 body and restores it for go-openai to parse.
func isQuotaError(resp *http.Response) bool {
	b, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(b))
	return bytes.Contains(b, []byte("insufficient_quota"))
}

// retryAfter reads Retry-After in seconds or as an HTTP date, plus the
// retry-after-ms header some OpenAI-compatible servers send.
func retryAfter(h http.Header) (time.Duration, bool) {
	if ms := h.Get("Retry-After-Ms"); ms != "" {
		if n, err := strconv.ParseFloat(ms, 64); err == nil && n >= 0 {
			return time.Duration(n * float64(time.Millisecond)), true
		}
	}
	v := h.Get("Retry-After")
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseFloat(v, 64); err == nil && n >= 0 {
		return time.Duration(n * float64(time.Second)), true
	}
	if at, err := http.ParseTime(v); err == nil {
		return max(0, time.Until(at)), true
	}
	return 0, false
}

// backoff is exponential with full jitter so many clients hitting one
// rate-limited server do not retry in lockstep.
func backoff(attempt int) time.Duration {
	d := min(baseBackoff<<attempt, maxBackoff)
	return d/2 + rand.N(d/2+1)
}
