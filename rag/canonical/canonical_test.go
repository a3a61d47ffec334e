package canonical

import (
	"errors"
	"testing"
)

func TestURL(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"already normal", "https://example.com/a/b", "https://example.com/a/b"},
		{"trim", "  https://example.com/a \n", "https://example.com/a"},
		{"scheme and host case", "HTTPS://WWW.Example.COM/Path/Case", "https://www.example.com/Path/Case"},
		{"empty path", "https://example.com", "https://example.com/"},
		{"fragment", "https://example.com/a#section-2", "https://example.com/a"},
		{"empty fragment", "https://example.com/a#", "https://example.com/a"},
		{"userinfo dropped", "https://user:pw@example.com/a", "https://example.com/a"},
		{"default https port", "https://example.com:443/a", "https://example.com/a"},
		{"default http port", "http://example.com:80/a", "http://example.com/a"},
		{"port with leading zeros", "http://example.com:0080/a", "http://example.com/a"},
		{"other port kept", "https://example.com:8443/a", "https://example.com:8443/a"},
		{"http port on https kept", "https://example.com:80/a", "https://example.com:80/a"},
		{"empty port", "https://example.com:/a", "https://example.com/a"},
		{"trailing root dot", "https://example.com./a", "https://example.com/a"},
		{"utm params", "https://example.com/a?utm_source=x&utm_medium=y&UTM_Campaign=z", "https://example.com/a"},
		{"click ids", "https://example.com/a?fbclid=1&gclid=2&dclid=3&gbraid=4&wbraid=5&msclkid=6&yclid=7", "https://example.com/a"},
		{"mail and share ids", "https://example.com/a?mc_cid=1&mc_eid=2&igshid=3&_ga=4&ref_src=5&smid=6", "https://example.com/a"},
		{"content params kept", "https://example.com/a?id=42&utm_source=x&page=2", "https://example.com/a?id=42&page=2"},
		{"params sorted", "https://example.com/a?z=1&a=2&m=3", "https://example.com/a?a=2&m=3&z=1"},
		{"repeated names keep order", "https://example.com/a?b=2&a=1&b=1", "https://example.com/a?a=1&b=2&b=1"},
		{"empty query", "https://example.com/a?", "https://example.com/a"},
		{"only tracking leaves no question mark", "https://example.com/a?utm_source=x", "https://example.com/a"},
		{"empty pairs", "https://example.com/a?&&x=1&", "https://example.com/a?x=1"},
		{"encoded tracking name", "https://example.com/a?utm%5Fsource=x&k=v", "https://example.com/a?k=v"},
		{"dot segments", "https://example.com/a/./b/../c", "https://example.com/a/c"},
		{"dot segments past root", "https://example.com/../../a", "https://example.com/a"},
		{"trailing dot dot", "https://example.com/a/b/..", "https://example.com/a/"},
		{"trailing slash kept", "https://example.com/a/", "https://example.com/a/"},
		{"double slash kept", "https://example.com/a//b", "https://example.com/a//b"},
		{"escapes upper-cased", "https://example.com/a%2fb?q=%e2%9c%93", "https://example.com/a%2Fb?q=%E2%9C%93"},
		{"unreserved decoded", "https://example.com/%7Euser/%41bc", "https://example.com/~user/Abc"},
		{"space in query escaped", "https://example.com/a?q=a b", "https://example.com/a?q=a%20b"},
		{"non-ascii path", "https://example.com/caf\u00e9", "https://example.com/caf%C3%A9"},
		{"idn host", "https://B\u00fccher.Example/a", "https://xn--bcher-kva.example/a"},
		{"punycode host stays", "https://xn--bcher-kva.example/a", "https://xn--bcher-kva.example/a"},
		{"fullwidth host", "https://\uff45xample.com/", "https://example.com/"},
		{"underscore host", "https://my_host.example.com/", "https://my_host.example.com/"},
		{"ipv4", "http://192.168.0.1:8080/a", "http://192.168.0.1:8080/a"},
		{"ipv6", "http://[2001:DB8:0:0::1]:80/a", "http://[2001:db8::1]/a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := URL(tt.in)
			if err != nil {
				t.Fatalf("URL(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("URL(%q) = %q, want %q", tt.in, got, tt.want)
			}
			again, err := URL(got)
			if err != nil || again != got {
				t.Errorf("not idempotent: URL(%q) = %q, %v", got, again, err)
			}
		})
	}
}

func TestURLRejects(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"spaces", "   "},
		{"relative", "/a/b"},
		{"no scheme", "example.com/a"},
		{"ftp", "ftp://example.com/a"},
		{"javascript", "javascript:alert(1)"},
		{"mailto", "mailto:a@example.com"},
		{"opaque http", "http:example.com"},
		{"no host", "https:///a"},
		{"bad port", "https://example.com:99999/"},
		{"bad escape", "https://example.com/%zz"},
		{"bad idn", "https://xn--a.example/"},
		{"too long", "https://example.com/" + string(make([]byte, maxURLLen))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := URL(tt.in)
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("URL(%q) = %q, %v; want ErrInvalid", tt.in, got, err)
			}
		})
	}
}

func TestSameLinkSameKey(t *testing.T) {
	variants := []string{
		"https://www.example.com/world/story?id=7",
		"HTTPS://WWW.EXAMPLE.COM:443/world/./story?utm_source=tw&id=7#top",
		"https://www.example.com/world/x/../story?fbclid=abc&id=7&utm_medium=social",
		"https://user@www.example.com/world/story?&id=7&",
	}
	want, err := URL(variants[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range variants[1:] {
		t.Run(v, func(t *testing.T) {
			if got, err := URL(v); err != nil || got != want {
				t.Errorf("URL(%q) = %q, %v; want %q", v, got, err, want)
			}
		})
	}
}

func TestPrefer(t *testing.T) {
	tests := []struct {
		name, page, canonical, want string
	}{
		{"no canonical", "https://www.example.com/a?utm_source=x", "", "https://www.example.com/a"},
		{"same host", "https://www.example.com/a?page=1", "https://www.example.com/story-a", "https://www.example.com/story-a"},
		{"canonical normalized", "https://www.example.com/a", "https://WWW.example.com/story?utm_source=x#c", "https://www.example.com/story"},
		{"subdomain of same site", "https://amp.example.com/a", "https://www.example.com/a", "https://www.example.com/a"},
		{"http page, https canonical", "http://example.com/a", "https://example.com/a", "https://example.com/a"},
		{"cross-site rejected", "https://www.example.com/a", "https://www.other.com/a", "https://www.example.com/a"},
		{"lookalike suffix rejected", "https://example.com/a", "https://example.com.evil.net/a", "https://example.com/a"},
		{"shared hosting suffix rejected", "https://alice.github.io/post", "https://bob.github.io/post", "https://alice.github.io/post"},
		{"multi-part public suffix", "https://news.bbc.co.uk/a", "https://www.bbc.co.uk/news/a", "https://www.bbc.co.uk/news/a"},
		{"different co.uk sites rejected", "https://www.bbc.co.uk/a", "https://www.itv.co.uk/a", "https://www.bbc.co.uk/a"},
		{"non-http canonical rejected", "https://example.com/a", "ftp://example.com/a", "https://example.com/a"},
		{"relative canonical rejected", "https://example.com/a", "/b", "https://example.com/a"},
		{"front page canonical rejected", "https://example.com/world/a", "https://example.com/", "https://example.com/world/a"},
		{"front page canonical for front page", "https://example.com/?utm_source=x", "https://example.com", "https://example.com/"},
		{"ip hosts must match", "http://10.0.0.1/a", "http://10.0.0.2/a", "http://10.0.0.1/a"},
		{"same ip", "http://10.0.0.1/a", "http://10.0.0.1/b", "http://10.0.0.1/b"},
		{"invalid page", " not a url ", "https://example.com/a", "not a url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Prefer(tt.page, tt.canonical); got != tt.want {
				t.Errorf("Prefer(%q, %q) = %q, want %q", tt.page, tt.canonical, got, tt.want)
			}
		})
	}
}

func FuzzURL(f *testing.F) {
	for _, s := range []string{
		"https://example.com/a?b=1&utm_source=x#f",
		"HTTP://[::1]:80/../a/./b?z&&a=%7e",
		"https://B\u00fccher.example/caf\u00e9?q=a b",
		"http://user:pass@host:0/%2e%2E/x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got, err := URL(raw)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("URL(%q) error %v does not wrap ErrInvalid", raw, err)
			}
			return
		}
		again, err := URL(got)
		if err != nil {
			t.Fatalf("URL(%q) = %q, which is rejected: %v", raw, got, err)
		}
		if again != got {
			t.Errorf("not idempotent: %q -> %q -> %q", raw, got, again)
		}
		_ = Prefer(raw, got)
	})
}

func BenchmarkURL(b *testing.B) {
	const in = "HTTPS://WWW.Example.COM:443/world/./americas/../story-123?utm_source=tw&id=7&fbclid=abc#top"
	for b.Loop() {
		if _, err := URL(in); err != nil {
			b.Fatal(err)
		}
	}
}
