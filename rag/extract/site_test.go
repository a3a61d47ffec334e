package extract

import (
	"net/url"
	"strings"
	"testing"
)

// TestSiteLabelFromParsedHost: a page that names no site is labelled with
// its URL's host as a URL parser reads it, so userinfo, fragment and
// backslash tricks cannot put another address in the label.
func TestSiteLabelFromParsedHost(t *testing.T) {
	body := "<html><head><title>Plain page</title>%s</head><body><article>" +
		strings.Repeat("<p>The council met on Tuesday and agreed on a plan for the harbour, after a long debate about costs and dates.</p>", 8) +
		"</article></body></html>"
	tests := []struct {
		name, pageURL, head, want string
	}{
		{"fragment with at", "http://8.8.8.8#@127.0.0.1", "", "8.8.8.8"},
		{"query with at", "http://news.test?u=@127.0.0.1", "", "news.test"},
		{"port", "http://news.test:8080/a", "", "news.test"},
		{"plain host", "https://www.news.test/a/b", "", "news.test"},
		{"userinfo in canonical", "https://news.test/a", `<link rel="canonical" href="https://news.test@127.0.0.1/a">`, "127.0.0.1"},
		{"named site kept", "http://8.8.8.8#@127.0.0.1", `<meta property="og:site_name" content="Harbour Times">`, "Harbour Times"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u, err := url.Parse(tc.pageURL)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := HTML([]byte(strings.Replace(body, "%s", tc.head, 1)), u)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Site != tc.want {
				t.Errorf("site %q, want %q", doc.Site, tc.want)
			}
		})
	}
}
