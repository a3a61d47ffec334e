package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"code.dny.dev/ssrf"
)

// publicStandIn is a public address the guard must allow; tests check it
// and then connect to a loopback test server instead. Nothing is sent to it.
const publicStandIn = "93.184.216.34"

// guarded returns a Fetcher that refuses private addresses (AllowPrivate
// off), but reaches srv under the name public.test after the guard has
// approved a public address, and pretends internal.test resolves to
// 10.0.0.1. Every other destination, and internal.test's, is dialed for
// real through the guard, which fails before any packet is sent.
func guarded(t *testing.T, srv *httptest.Server) *Fetcher {
	t.Helper()
	f := New(Options{Timeout: 2 * time.Second, MaxRedirects: DefaultMaxRedirects})
	if f.guard == nil {
		t.Fatal("no dial guard without AllowPrivate")
	}
	base := f.dial
	f.dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, port, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, err
		}
		switch host {
		case "public.test":
			if err := f.guard("tcp4", net.JoinHostPort(publicStandIn, port), nil); err != nil {
				return nil, err
			}
			return (&net.Dialer{}).DialContext(ctx, network, srv.Listener.Addr().String())
		case "internal.test":
			return base(ctx, network, net.JoinHostPort("10.0.0.1", port))
		}
		return base(ctx, network, addr)
	}
	return f
}

func TestSSRFRefused(t *testing.T) {
	hits := make(chan string, 100)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits <- r.URL.Path
		if to := r.URL.Query().Get("to"); to != "" {
			http.Redirect(w, r, to, http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<p>public page</p>")
	}))
	defer srv.Close()
	f := guarded(t, srv)
	if p, err := f.Fetch(context.Background(), "http://public.test/ok"); err != nil || !strings.Contains(string(p.Body), "public page") {
		t.Fatalf("the public stand-in must work: %v", err)
	}
	redirect := func(to string) string { return "http://public.test/r?to=" + url.QueryEscape(to) }
	tests := []struct {
		name, url string
		want      error
		byGuard   bool // refused at dial time, so ssrf's sentinel must show
	}{
		{"redirect to loopback", redirect("http://127.0.0.1/admin"), ErrBlockedAddress, true},
		{"redirect to cloud metadata", redirect("http://169.254.169.254/latest/meta-data"), ErrBlockedAddress, true},
		{"redirect to name resolving private", redirect("http://internal.test/"), ErrBlockedAddress, true},
		{"redirect to another port", redirect("http://public.test:8080/"), ErrBadURL, false},
		{"redirect to ftp", redirect("ftp://public.test/"), ErrBadURL, false},
		{"redirect to file", redirect("file:///etc/passwd"), ErrBadURL, false},
		{"redirect with userinfo", redirect("http://u:p@public.test/"), ErrBadURL, false},
		{"name resolving to 10.0.0.1", "http://internal.test/", ErrBlockedAddress, true},
		{"loopback literal", "http://127.0.0.1/", ErrBlockedAddress, true},
		{"loopback on https", "https://127.0.0.1/", ErrBlockedAddress, true},
		{"IPv6 loopback", "http://[::1]/", ErrBlockedAddress, true},
		{"IPv4-mapped IPv6", "http://[::ffff:127.0.0.1]/", ErrBlockedAddress, true},
		{"link-local metadata", "http://169.254.169.254/latest/meta-data", ErrBlockedAddress, true},
		{"CGNAT", "http://100.64.0.1/", ErrBlockedAddress, true},
		{"unspecified", "http://0.0.0.0/", ErrBlockedAddress, true},
		{"decimal IP", "http://2130706433/", ErrBlockedAddress, false},
		{"octal IP", "http://0177.0.0.1/", ErrBlockedAddress, false},
		{"hex IP", "http://0x7f.0.0.1/", ErrBlockedAddress, false},
		{"short IP", "http://127.1/", ErrBlockedAddress, false},
		{"zero-padded IP", "http://127.000.000.001/", ErrBlockedAddress, false},
		{"userinfo", "http://user:pw@public.test/", ErrBadURL, false},
		{"port 8080", "http://public.test:8080/", ErrBadURL, false},
		{"ftp scheme", "ftp://public.test/", ErrBadURL, false},
		{"file scheme", "file:///etc/passwd", ErrBadURL, false},
		{"no host", "http:///path", ErrBadURL, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.Fetch(context.Background(), tc.url)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if tc.byGuard && !errors.Is(err, ssrf.ErrProhibitedIP) {
				t.Errorf("not refused by the dial guard: %v", err)
			}
			if strings.Contains(err.Error(), "pw") {
				t.Errorf("password leaked into the error: %v", err)
			}
		})
	}
	// Only the stand-in itself and the first hop of each redirect case may
	// have reached the server; no refused destination was ever connected.
	close(hits)
	for p := range hits {
		if p != "/ok" && p != "/r" {
			t.Errorf("refused request reached the server: %s", p)
		}
	}
}

// TestGuardAddresses pins the dial guard's verdicts, ports included, so a
// change of library or options cannot quietly widen what is reachable.
func TestGuardAddresses(t *testing.T) {
	g := New(Options{}).guard
	tests := []struct {
		addr    string
		allowed bool
	}{
		{publicStandIn + ":80", true},
		{publicStandIn + ":443", true},
		{"[2606:2800:220:1:248:1893:25c8:1946]:443", true},
		{publicStandIn + ":8080", false},
		{publicStandIn + ":22", false},
		{"127.0.0.1:80", false},
		{"10.1.2.3:443", false},
		{"172.16.0.1:80", false},
		{"192.168.1.1:80", false},
		{"169.254.169.254:80", false},
		{"100.64.0.1:80", false},
		{"0.0.0.0:80", false},
		{"224.0.0.1:80", false},
		{"192.0.2.1:80", false},
		{"198.18.0.1:80", false},
		{"255.255.255.255:80", false},
		{"[::1]:80", false},
		{"[::]:80", false},
		{"[::ffff:127.0.0.1]:80", false},
		{"[::ffff:10.0.0.1]:80", false},
		{"[64:ff9b::7f00:1]:80", false},
		{"[2002:7f00:1::]:80", false},
		{"[fe80::1]:80", false},
		{"[fc00::1]:80", false},
		{"[ff02::1]:80", false},
		{"[2001:db8::1]:80", false},
	}
	for _, tc := range tests {
		t.Run(tc.addr, func(t *testing.T) {
			network := "tcp4"
			if strings.HasPrefix(tc.addr, "[") {
				network = "tcp6"
			}
			err := g(network, tc.addr, nil)
			if (err == nil) != tc.allowed {
				t.Fatalf("guard(%s) = %v, want allowed=%v", tc.addr, err, tc.allowed)
			}
		})
	}
	if New(Options{AllowPrivate: true}).guard != nil {
		t.Error("AllowPrivate must drop the guard")
	}
}

func local(t *testing.T, h http.HandlerFunc, opts Options) (*Fetcher, string) {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	opts.AllowPrivate = true
	return New(opts), srv.URL
}

func TestFetchPage(t *testing.T) {
	lm := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	var gotUA, gotAccept string
	f, base := local(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/short" {
			http.Redirect(w, r, "/article", http.StatusMovedPermanently)
			return
		}
		gotUA, gotAccept = r.UserAgent(), r.Header.Get("Accept")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Last-Modified", lm.Format(http.TimeFormat))
		fmt.Fprint(w, "<html><body><p>Hello</p></body></html>")
	}, Options{UserAgent: "test-agent/2", MaxRedirects: DefaultMaxRedirects})
	p, err := f.Fetch(context.Background(), "  "+base+"/short  ")
	if err != nil {
		t.Fatal(err)
	}
	if p.URL != base+"/article" || p.RequestedURL != base+"/short" {
		t.Errorf("URL %q, RequestedURL %q", p.URL, p.RequestedURL)
	}
	if p.MediaType != "text/html" || !p.LastModified.Equal(lm) || !strings.Contains(string(p.Body), "<p>Hello</p>") {
		t.Errorf("page = %+v", p)
	}
	if gotUA != "test-agent/2" || !strings.HasPrefix(gotAccept, "text/html") {
		t.Errorf("headers: UA %q, Accept %q", gotUA, gotAccept)
	}
	if New(Options{}).opts.UserAgent != DefaultUserAgent {
		t.Error("default user agent not applied")
	}
}

func TestLimits(t *testing.T) {
	const limit = 1024
	bomb := gzipped(bytes.Repeat([]byte("<p>x</p>"), 1<<17)) // 1 MiB unpacked
	if len(bomb) >= limit*4 {
		t.Fatalf("bomb is %d bytes packed; it must be small to prove the cap is on unpacked bytes", len(bomb))
	}
	tests := []struct {
		name string
		h    http.HandlerFunc
		opts Options
		want error
	}{
		{"declared length too big", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Length", strconv.Itoa(limit+1))
			w.Write(bytes.Repeat([]byte("a"), limit+1))
		}, Options{MaxBytes: limit}, ErrTooLarge},
		{"chunked body one byte too big", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write(bytes.Repeat([]byte("a"), limit/2))
			w.(http.Flusher).Flush()
			w.Write(bytes.Repeat([]byte("a"), limit/2+1))
		}, Options{MaxBytes: limit}, ErrTooLarge},
		{"chunked body exactly at cap", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write(bytes.Repeat([]byte("a"), limit/2))
			w.(http.Flusher).Flush()
			w.Write(bytes.Repeat([]byte("a"), limit/2))
		}, Options{MaxBytes: limit}, nil},
		{"gzip bomb", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb)
		}, Options{MaxBytes: limit * 4}, ErrTooLarge},
		{"small gzip page", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(gzipped([]byte("<p>ok</p>")))
		}, Options{MaxBytes: limit}, nil},
		{"slow headers", func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done()
		}, Options{Timeout: 200 * time.Millisecond}, ErrTimeout},
		{"slow body", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<p>start"))
			w.(http.Flusher).Flush()
			<-r.Context().Done()
		}, Options{Timeout: 200 * time.Millisecond}, ErrTimeout},
		{"redirect loop", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/again", http.StatusFound)
		}, Options{MaxRedirects: 3}, ErrTooManyRedirects},
		{"404", func(w http.ResponseWriter, r *http.Request) {
			http.NotFound(w, r)
		}, Options{}, &StatusError{Code: 404}},
		{"503", func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(http.StatusServiceUnavailable)
		}, Options{}, &StatusError{Code: 503}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, u := local(t, tc.h, tc.opts)
			_, err := f.Fetch(context.Background(), u+"/")
			if want, ok := tc.want.(*StatusError); ok {
				var se *StatusError
				if !errors.As(err, &se) || se.Code != want.Code {
					t.Fatalf("err = %v, want status %d", err, want.Code)
				}
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			var tl *TooLargeError
			if errors.As(err, &tl) && tl.Limit != f.opts.MaxBytes {
				t.Errorf("limit reported %d, want %d", tl.Limit, f.opts.MaxBytes)
			}
			if errors.Is(tc.want, ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("timeout does not match context.DeadlineExceeded: %v", err)
			}
		})
	}
}

func TestCallerCancelIsNotTimeout(t *testing.T) {
	f, u := local(t, func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := f.Fetch(ctx, u)
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want context.Canceled and not ErrTimeout", err)
	}
}

func TestRedirectCount(t *testing.T) {
	// /hop/N redirects N more times before the page.
	h := func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/hop/"))
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "arrived")
	}
	tests := []struct {
		name      string
		max, hops int
		ok        bool
	}{
		{"zero follows none", 0, 1, false},
		{"zero still fetches", 0, 0, true},
		{"default allows five", DefaultMaxRedirects, 5, true},
		{"default refuses six", DefaultMaxRedirects, 6, false},
		{"exactly the cap", 2, 2, true},
		{"one over the cap", 2, 3, false},
		{"negative follows none", -1, 1, false},
		{"negative still fetches", -1, 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, u := local(t, h, Options{MaxRedirects: tc.max})
			p, err := f.Fetch(context.Background(), fmt.Sprintf("%s/hop/%d", u, tc.hops))
			if tc.ok && (err != nil || string(p.Body) != "arrived") {
				t.Fatalf("want the page, got %v", err)
			}
			if !tc.ok && !errors.Is(err, ErrTooManyRedirects) {
				t.Fatalf("err = %v, want ErrTooManyRedirects", err)
			}
		})
	}
}

func TestContentTypes(t *testing.T) {
	html := []byte("<!DOCTYPE html><html><body><p>ok</p></body></html>")
	tests := []struct {
		name, ctype string
		body        []byte
		wantType    string // "" when refused
		refusedAs   string // the UnsupportedTypeError's MediaType
	}{
		{"html", "text/html; charset=utf-8", html, "text/html", ""},
		{"xhtml", "application/xhtml+xml", html, "application/xhtml+xml", ""},
		{"plain text", "text/plain", []byte("just words"), "text/plain", ""},
		{"upper-case type", "Text/HTML", html, "text/html", ""},
		{"malformed parameter", "text/html; charset", html, "text/html", ""},
		{"missing type sniffed as html", "", html, "text/html", ""},
		{"octet-stream sniffed as html", "application/octet-stream", html, "text/html", ""},
		{"xml declaration xhtml sniffed", "", []byte(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>ok</p></body></html>`), "application/xhtml+xml", ""},
		{"pdf", "application/pdf", []byte("%PDF-1.7\n"), "application/pdf", ""},
		{"pdf as octet-stream", "application/octet-stream", []byte("%PDF-1.7\n"), "application/pdf", ""},
		{"pdf undeclared", "", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00"), "application/pdf", ""},
		{"pdf declared as a download", "application/x-download", []byte("%PDF-1.4\n"), "application/pdf", ""},
		{"json", "application/json", []byte(`{"a":1}`), "", "application/json"},
		{"image", "image/png", []byte("\x89PNG\r\n\x1a\n"), "", "image/png"},
		{"binary sniffed", "", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", "image/png"},
		{"binary unknown sniffed", "", []byte{1, 2, 0, 0, 5, 0, 7}, "", "application/octet-stream"},
		{"binary labelled html", "text/html", []byte("<html>\x00\x01\x02\x00"), "", "application/octet-stream"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, u := local(t, func(w http.ResponseWriter, r *http.Request) {
				if tc.ctype == "" {
					w.Header()["Content-Type"] = nil // stop net/http from sniffing for us
				} else {
					w.Header().Set("Content-Type", tc.ctype)
				}
				w.Write(tc.body)
			}, Options{})
			p, err := f.Fetch(context.Background(), u)
			if tc.wantType != "" {
				if err != nil || p.MediaType != tc.wantType {
					t.Fatalf("got %+v, %v; want type %s", p, err, tc.wantType)
				}
				return
			}
			var ut *UnsupportedTypeError
			if !errors.As(err, &ut) || !errors.Is(err, ErrNotArticle) || ut.MediaType != tc.refusedAs {
				t.Fatalf("err = %v, want not an article (%s)", err, tc.refusedAs)
			}
			if !strings.Contains(err.Error(), "not an article (content type "+tc.refusedAs+")") {
				t.Errorf("message %q", err)
			}
		})
	}
}

func TestUnrequestedContentEncoding(t *testing.T) {
	f, u := local(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "br")
		w.Write([]byte{0x1b, 0x2a, 0x00, 0x00})
	}, Options{})
	if _, err := f.Fetch(context.Background(), u); !errors.Is(err, ErrUnreachable) || !strings.Contains(err.Error(), "br") {
		t.Fatalf("err = %v, want ErrUnreachable naming the encoding", err)
	}
}

// TestTransportErrorsClassified pins that no raw transport error reaches a
// caller unclassified: each matches one of the package's sentinels.
func TestTransportErrorsClassified(t *testing.T) {
	tlsSrv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	t.Cleanup(tlsSrv.Close)
	bigHeaders := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Big", strings.Repeat("a", 2<<20))
		w.Write([]byte("<p>hi</p>"))
	}))
	t.Cleanup(bigHeaders.Close)
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL
	closed.Close()
	f := New(Options{AllowPrivate: true, Timeout: 5 * time.Second})
	for _, tc := range []struct {
		name string
		url  string
		want error
	}{
		{"untrusted certificate", tlsSrv.URL, ErrInsecure},
		{"oversized headers", bigHeaders.URL, ErrUnreachable},
		{"connection refused", closedURL, ErrUnreachable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := f.Fetch(context.Background(), tc.url); !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
	u, _ := url.Parse("http://nosuch.test/")
	dns := &net.DNSError{Err: "no such host", Name: "nosuch.test", IsNotFound: true}
	if err := f.classify(context.Background(), u, &url.Error{Op: "Get", URL: u.String(), Err: &net.OpError{Op: "dial", Err: dns}}); !errors.Is(err, ErrNoSuchHost) {
		t.Errorf("DNS failure: err = %v, want ErrNoSuchHost", err)
	}
}

func TestErrorMessages(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{&StatusError{Code: 404}, "server answered 404 Not Found"},
		{&StatusError{Code: 599}, "server answered 599"},
		{&TooLargeError{Limit: 10 << 20}, "page too large (over 10 MiB)"},
		{&TooLargeError{Limit: 64 << 10}, "page too large (over 64 KiB)"},
		{&TooLargeError{Limit: 1000}, "page too large (over 1000 bytes)"},
		{&UnsupportedTypeError{MediaType: "application/pdf"}, "not an article (content type application/pdf)"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			if got := tc.err.Error(); got != tc.want {
				t.Errorf("got %q", got)
			}
		})
	}
}

func FuzzValidateURL(f *testing.F) {
	for _, s := range []string{"http://a.test/", "https://u:p@a.test", "http://a.test:8080", "ftp://x", "http://0x7f.1",
		"http://[::1]:80/", "HTTP://A.TEST:443", "http://a.test.", "http://1.2.3.4/", "//a.test", "http:a.test"} {
		f.Add(s)
	}
	fe := New(Options{})
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := url.Parse(raw)
		if err != nil {
			return
		}
		if fe.checkURL(u) != nil {
			return
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.User != nil || u.Hostname() == "" {
			t.Fatalf("accepted %q: scheme %q, user %v, host %q", raw, u.Scheme, u.User, u.Hostname())
		}
		if p := u.Port(); p != "" && p != "80" && p != "443" {
			t.Fatalf("accepted %q with port %s", raw, p)
		}
	})
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}
