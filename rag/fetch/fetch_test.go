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
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"code.dny.dev/ssrf"
	"golang.org/x/text/encoding/japanese"
)

// guarded returns a Fetcher that refuses private addresses, but reaches srv
// under the public-looking name public.test and pretends internal.test
// resolves to 10.0.0.1. The guard still checks every real address dialed:
// nothing is sent to 10.0.0.1, the check fails before connect.
func guarded(srv *httptest.Server) *Fetcher {
	f := New(Options{Timeout: 2 * time.Second})
	base := f.dial
	f.dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
		switch addr {
		case "public.test:80":
			return (&net.Dialer{}).DialContext(ctx, network, srv.Listener.Addr().String())
		case "internal.test:80":
			return base(ctx, network, "10.0.0.1:80")
		}
		return base(ctx, network, addr)
	}
	return f
}

func TestSSRFRefused(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-loopback":
			http.Redirect(w, r, "http://127.0.0.1/admin", http.StatusFound)
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data", http.StatusFound)
		case "/to-port":
			http.Redirect(w, r, "http://example.com:8080/", http.StatusFound)
		case "/to-ftp":
			http.Redirect(w, r, "ftp://example.com/", http.StatusFound)
		default:
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<p>public page</p>")
		}
	}))
	defer srv.Close()
	f := guarded(srv)
	if _, err := f.Fetch(context.Background(), "http://public.test/ok"); err != nil {
		t.Fatalf("the public stand-in must work: %v", err)
	}
	tests := []struct {
		name, url string
		want      error
	}{
		{"redirect to loopback", "http://public.test/to-loopback", ErrBlockedAddress},
		{"redirect to cloud metadata", "http://public.test/to-metadata", ErrBlockedAddress},
		{"redirect to another port", "http://public.test/to-port", ErrBadURL},
		{"redirect to ftp", "http://public.test/to-ftp", ErrBadURL},
		{"name resolving to 10.0.0.1", "http://internal.test/", ErrBlockedAddress},
		{"loopback literal", "http://127.0.0.1/", ErrBlockedAddress},
		{"IPv6 loopback", "http://[::1]/", ErrBlockedAddress},
		{"IPv4-mapped IPv6", "http://[::ffff:127.0.0.1]/", ErrBlockedAddress},
		{"link-local metadata", "http://169.254.169.254/latest/meta-data", ErrBlockedAddress},
		{"CGNAT", "http://100.64.0.1/", ErrBlockedAddress},
		{"decimal IP", "http://2130706433/", ErrBlockedAddress},
		{"octal IP", "http://0177.0.0.1/", ErrBlockedAddress},
		{"hex IP", "http://0x7f.0.0.1/", ErrBlockedAddress},
		{"localhost name", "http://localhost/", ErrBlockedAddress},
		{"userinfo", "http://user:pw@public.test/", ErrBadURL},
		{"port 8080", "http://public.test:8080/", ErrBadURL},
		{"ftp scheme", "ftp://public.test/", ErrBadURL},
		{"file scheme", "file:///etc/passwd", ErrBadURL},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.Fetch(context.Background(), tc.url)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
	// The guard's own sentinel errors still match for callers that look.
	_, err := f.Fetch(context.Background(), "http://public.test/to-loopback")
	if !errors.Is(err, ssrf.ErrProhibitedIP) && !errors.Is(err, ssrf.ErrProhibitedPort) {
		t.Errorf("ssrf sentinel lost: %v", err)
	}
}

func local(t *testing.T, h http.HandlerFunc, opts Options) (*Fetcher, string) {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	opts.AllowPrivate = true
	return New(opts), srv.URL
}

func TestLimits(t *testing.T) {
	big := bytes.Repeat([]byte("a"), 2048)
	tests := []struct {
		name string
		h    http.HandlerFunc
		opts Options
		want error
	}{
		{"declared length too big", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Length", "4096")
			w.Write(append(big, big...))
		}, Options{MaxBytes: 1024}, ErrTooLarge},
		{"chunked body too big", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write(big)
			w.(http.Flusher).Flush()
			w.Write(big)
		}, Options{MaxBytes: 1024}, ErrTooLarge},
		{"gzip bomb", func(w http.ResponseWriter, r *http.Request) {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write(bytes.Repeat([]byte("<p>x</p>"), 1<<17))
			zw.Close()
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(buf.Bytes())
		}, Options{MaxBytes: 64 << 10}, ErrTooLarge},
		{"slow server", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		}, Options{Timeout: 200 * time.Millisecond}, ErrTimeout},
		{"redirect loop", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/again", http.StatusFound)
		}, Options{MaxRedirects: 3}, ErrTooManyRedirects},
		{"pdf", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.7"))
		}, Options{}, ErrNotArticle},
		{"binary sniffed", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Del("Content-Type")
			w.Write([]byte{0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3})
		}, Options{}, ErrNotArticle},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, u := local(t, tc.h, tc.opts)
			_, err := f.Fetch(context.Background(), u+"/")
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
	f, u := local(t, func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }, Options{})
	_, err := f.Fetch(context.Background(), u)
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 404 {
		t.Errorf("404: %v", err)
	}
}

func TestEncodings(t *testing.T) {
	sjis, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte("<html><head><meta charset=\"shift_jis\"></head><body><p>東京の記事</p></body></html>"))
	tests := []struct {
		name, ctype string
		body        []byte
		want        string
	}{
		{"windows-1252 by meta", "text/html", []byte("<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xe9 \x93quoted\x94</p></body></html>"), "café “quoted”"},
		{"latin1 text by header", "text/plain; charset=iso-8859-1", []byte("Se\xf1or"), "Señor"},
		{"shift_jis by meta", "text/html", sjis, "東京の記事"},
		{"utf-8 BOM", "text/plain", []byte("\xef\xbb\xbfhello"), "hello"},
		{"missing type sniffed as html", "", []byte("<!DOCTYPE html><html><body><p>ok</p></body></html>"), "<p>ok</p>"},
		{"undeclared non-UTF-8 text", "text/plain", []byte("na\xefve"), "naïve"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, u := local(t, func(w http.ResponseWriter, r *http.Request) {
				if tc.ctype == "" {
					w.Header()["Content-Type"] = nil
				} else {
					w.Header().Set("Content-Type", tc.ctype)
				}
				w.Write(tc.body)
			}, Options{})
			p, err := f.Fetch(context.Background(), u)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(p.Body), tc.want) || strings.HasPrefix(string(p.Body), "\ufeff") {
				t.Errorf("body %q lacks %q", p.Body, tc.want)
			}
		})
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, body []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, body, 0o600)
		return p
	}
	txt := write("a.txt", []byte("Title\n\nBody text."))
	if p, err := ReadFile(txt, 0); err != nil || p.MediaType != "text/plain" || !strings.HasPrefix(p.URL, "file:///") {
		t.Errorf("txt: %+v %v", p, err)
	}
	if p, err := ReadFile("file://"+write("b.htm", []byte("<p>x</p>")), 0); err != nil || p.MediaType != "text/html" {
		t.Errorf("htm: %+v %v", p, err)
	}
	if _, err := ReadFile(write("c.pdf", []byte("%PDF-1.4 binary\x00")), 0); !errors.Is(err, ErrNotArticle) {
		t.Errorf("pdf: %v", err)
	}
	if _, err := ReadFile(write("d.txt", bytes.Repeat([]byte("x"), 2000)), 1000); !errors.Is(err, ErrTooLarge) {
		t.Errorf("too big: %v", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "none.txt"), 0); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing: %v", err)
	}
}

func TestIsLocal(t *testing.T) {
	for in, want := range map[string]bool{"https://x.test/a": false, "http://x.test": false, "file:///a": true, "./a.html": true, "/tmp/a.txt": true, "ftp://x": false} {
		if IsLocal(in) != want {
			t.Errorf("IsLocal(%q) = %v", in, !want)
		}
	}
}

func FuzzValidateURL(f *testing.F) {
	for _, s := range []string{"http://a.test/", "https://u:p@a.test", "http://a.test:8080", "ftp://x", "http://0x7f.1", "http://[::1]:80/"} {
		f.Add(s)
	}
	fe := New(Options{})
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := url.Parse(raw)
		if err != nil {
			return
		}
		if fe.checkURL(u) == nil && ((u.Scheme != "http" && u.Scheme != "https") || u.User != nil || u.Hostname() == "") {
			t.Fatalf("accepted %q", raw)
		}
	})
}
