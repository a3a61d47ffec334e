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

func TestHeadlineTitle(t *testing.T) {
	tests := []struct {
		name, title string
		headlines   []string
		want        string
	}{
		{"site's name after", "How To Book a Flight For Beginners | It’s All Trip To Me",
			[]string{"How To Book a Flight For Beginners"}, "How To Book a Flight For Beginners"},
		{"name and slogan after", "The Beginner's Guide to Gym Equipment - Urge Fitness | Affordable 24/7 Gyms Near Me",
			[]string{"The Beginner’s Guide to Gym Equipment"}, "The Beginner's Guide to Gym Equipment"},
		{"site's name before", "Tastify | Top 7 Corporate Catering Trends for 2024",
			[]string{"Top 7 Corporate Catering Trends for 2024"}, "Top 7 Corporate Catering Trends for 2024"},
		{"a bullet", "Raised Beds for Beginners • Gardenary",
			[]string{"Raised Beds for Beginners"}, "Raised Beds for Beginners"},
		// A logo in an <h1> is the part after the separator: the longer
		// part that is a headline is the article's.
		{"logo and headline", "Budget Traveler's Guide To Travel Insurance - Budget Travel With Gabby",
			[]string{"Budget Travel With Gabby", "Budget Traveler’s Guide To Travel Insurance"}, "Budget Traveler's Guide To Travel Insurance"},
		{"only the logo", "Are Brands People, Media or Publishers? Ad Age Misses the Point. - Strategic Public Relations",
			[]string{"Strategic Public Relations"}, "Are Brands People, Media or Publishers? Ad Age Misses the Point. - Strategic Public Relations"},
		// Worded apart: news sites' metadata keeps its own version.
		{"worded apart", "Labor on track to hit 2030 climate change target",
			[]string{"Climate change: Labor on track to hit 2030 target"}, "Labor on track to hit 2030 climate change target"},
		{"the headline is the title", "Russia hits Kyiv - National",
			[]string{"Russia hits Kyiv - National"}, "Russia hits Kyiv - National"},
		{"too short to tell", "Review - The Guardian", []string{"Review"}, "Review - The Guardian"},
		{"a separator needs its spaces", "Best pans for 2025-2026 cooks",
			[]string{"Best pans for 2025"}, "Best pans for 2025-2026 cooks"},
		{"no headline", "A plain title | Site", nil, "A plain title | Site"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headlineTitle(tt.title, tt.headlines); got != tt.want {
				t.Errorf("headlineTitle(%q, %q) = %q, want %q", tt.title, tt.headlines, got, tt.want)
			}
		})
	}
}

// TestTitleFromHeadline: the page's <h1> elements are what HTML reads the
// headline from, its logo's among them.
func TestTitleFromHeadline(t *testing.T) {
	page := `<html><head><title>Harbour plan agreed after long debate - Harbour Times Online</title></head><body>
<header><h1><a href="/">Harbour Times Online</a></h1></header><article><h1>Harbour plan agreed after <em>long</em> debate</h1>` +
		strings.Repeat("<p>The council met on Tuesday and agreed on a plan for the harbour, after a long debate about costs and dates.</p>", 8) +
		"</article></body></html>"
	doc, err := HTML([]byte(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Harbour plan agreed after long debate"; doc.Title != want {
		t.Errorf("title %q, want %q", doc.Title, want)
	}
	if strings.HasPrefix(doc.Text, "Harbour plan") {
		t.Errorf("the headline was left in the text: %q", doc.Text[:60])
	}
}

// TestHeadlineTitleCost: a title longer than any headline is left as it
// is, not tried a separator at a time (which costs its length squared: a
// page's <title> can be megabytes long).
func TestHeadlineTitleCost(t *testing.T) {
	title := strings.Repeat("a | ", maxHeadlineTitle/4+1)
	if got := headlineTitle(title, []string{"a a a"}); got != title {
		t.Errorf("a huge title was changed")
	}
}

func TestOneSiteName(t *testing.T) {
	tests := []struct {
		names, pageURL, want string
	}{
		{"The Gateway Pundit; The Gateway Pundit", "https://www.thegatewaypundit.com/2026/07/a/", "The Gateway Pundit"},
		{"Where Hope Finally Made a Comeback; The Gateway Pundit", "https://www.thegatewaypundit.com/2026/07/a/", "The Gateway Pundit"},
		{"Occupy Democrats; Occupy Democrats", "", "Occupy Democrats"},
		{"Harbour Media Group; Harbour Times", "https://example.test/a", "Harbour Media Group"}, // no name is the host's: the first
		{"Harbour Times", "https://other.test/", "Harbour Times"},
	}
	for _, tt := range tests {
		if got := oneSiteName(tt.names, tt.pageURL); got != tt.want {
			t.Errorf("oneSiteName(%q, %q) = %q, want %q", tt.names, tt.pageURL, got, tt.want)
		}
	}
}

// TestSiteFromStructuredData: two organisations in a page's JSON-LD make
// one site in its citation.
func TestSiteFromStructuredData(t *testing.T) {
	page := `<html><head><title>Harbour plan agreed after long debate</title>
<script type="application/ld+json">[{"@type":"Organization","name":"Where Hope Made a Comeback"},{"@type":"Organization","name":"Harbour Times"}]</script>
</head><body><article><h1>Harbour plan agreed after long debate</h1>` +
		strings.Repeat("<p>The council met on Tuesday and agreed on a plan for the harbour, after a long debate about costs and dates.</p>", 8) +
		"</article></body></html>"
	u, err := url.Parse("https://www.harbourtimes.test/2026/plan")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := HTML([]byte(page), u)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Site != "Harbour Times" {
		t.Errorf("site %q, want Harbour Times", doc.Site)
	}
}

func TestUniqueNames(t *testing.T) {
	for in, want := range map[string]string{
		"Emma Mackenzie; Emma-Mackenzie":                           "Emma Mackenzie",
		"Maya Gebeily; Anthony Deutsch":                            "Maya Gebeily; Anthony Deutsch",
		"Sophie Foster; Sophie-Foster; Joseph Gamp; sophie foster": "Sophie Foster; Joseph Gamp",
		"Jon King":     "Jon King",
		"Jon King; ; ": "Jon King",
		"":             "",
	} {
		if got := uniqueNames(in); got != want {
			t.Errorf("uniqueNames(%q) = %q, want %q", in, got, want)
		}
	}
}
