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

func TestTrimSiteName(t *testing.T) {
	tests := []struct {
		title, site, want string
	}{
		{"Palestinians say his appointment could ruin ceasefire talks | CBC News", "CBC", "Palestinians say his appointment could ruin ceasefire talks"},
		{"How RPA vendors aim to remain relevant | TechCrunch", "TechCrunch", "How RPA vendors aim to remain relevant"},
		{"Russia hits Kyiv with ballistic missile - National | Globalnews.ca", "Global News", "Russia hits Kyiv with ballistic missile - National"},
		{"What Beliefs Support Your Leadership Philosophy? - George Ambler On Leadership", "George Ambler", "What Beliefs Support Your Leadership Philosophy?"},
		{"Review – The Guardian", "The Guardian", "Review – The Guardian"},                                                                                                           // too little would be left
		{"Far-right protesters 'throw stones' in Plymouth as 3 cops injured - updates", "The Mirror", "Far-right protesters 'throw stones' in Plymouth as 3 cops injured - updates"}, // not the site
		{"Your $1 bill could be worth up THOUSANDS - here's how to check", "Mail Online", "Your $1 bill could be worth up THOUSANDS - here's how to check"},
		{"The council votes on the bridge | BBC", "BB", "The council votes on the bridge | BBC"}, // a label too short to tell
		{"The council votes on the bridge|CBC News", "CBC", "The council votes on the bridge|CBC News"},
	}
	for _, tt := range tests {
		if got := trimSiteName(tt.title, tt.site); got != tt.want {
			t.Errorf("trimSiteName(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}
