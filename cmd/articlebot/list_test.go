package main

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// storyFixtures are the seed and the multi-outlet fixtures
// (testdata/stories/README.md), the seed's story in the middle.
var storyFixtures = []string{"testdata/stories/water.html", "testdata/pages/sheinbaum.html", "testdata/stories/globalsecurity.html",
	"testdata/stories/reuters.html", "testdata/stories/tariffs.html"}

// TestListShowsStories: list shows each story's first article with the
// other outlets' articles of it indented under it, newest story first,
// and --json adds each article's story and the stories, compatibly.
func TestListShowsStories(t *testing.T) {
	data := "--data-dir=" + t.TempDir()
	if _, errOut, code := cli(t, nil, append([]string{"ingest", data}, storyFixtures...)...); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	out, errOut, code := cli(t, nil, "list", data)
	if code != 0 {
		t.Fatalf("list: exit %d: %s", code, errOut)
	}
	// Dates vary; the shape does not.
	got := regexp.MustCompile(`\(\d{4}-\d\d-\d\d \d\d:\d\d\)`).ReplaceAllString(out, "(date)")
	got = regexp.MustCompile(`[0-9a-f]{12}`).ReplaceAllString(got, "ID")
	want := `ID  Canada seeks new talks as Trump raises tariffs on lumber — Maple Ledger (date)
ID  Mexico rejects Trump's plan for military intervention in cartel conflict — Iran Press TV (date)
    also reported by GlobalSecurity.org: ID  Mexico rejects Trump's plan for military intervention in cartel conflict (date)
    also reported by Reuters: ID  Mexico’s Sheinbaum rules out US military action against cartels (date)
ID  Sheinbaum offers Trump more water deliveries under 1944 treaty — Border Wire (date)
`
	if got != want {
		t.Errorf("list:\n%s\nwant:\n%s", got, want)
	}

	out, _, code = cli(t, nil, "list", data, "--limit", "1", "--offset", "1")
	if code != 0 || strings.Count(out, "\n") != 4 || !strings.HasSuffix(out, "… 1 story more (--offset 2)\n") {
		t.Errorf("a page of one story holds all its articles:\n%s", out)
	}
	if _, errOut, code := cli(t, nil, "list", data, "--offset", "3"); code != 2 || !strings.Contains(errOut, "the library has 5 articles in 3 stories") {
		t.Errorf("offset past the end: exit %d, %q", code, errOut)
	}

	out, _, code = cli(t, nil, "list", data, "--json")
	var list struct {
		Total        int `json:"total"`
		StoriesTotal int `json:"stories_total"`
		Articles     []struct {
			ID, Site, Story string
		} `json:"articles"`
		Stories []struct {
			ID       string   `json:"id"`
			Title    string   `json:"title"`
			Articles []string `json:"articles"`
		} `json:"stories"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil {
		t.Fatalf("list --json: exit %d\n%s", code, out)
	}
	if list.Total != 5 || list.StoriesTotal != 3 || len(list.Articles) != 5 || len(list.Stories) != 3 || len(list.Stories[1].Articles) != 3 {
		t.Fatalf("list --json = %+v", list)
	}
	for _, a := range list.Articles[1:4] {
		if a.Story != list.Stories[1].ID || a.Story != list.Articles[1].ID {
			t.Errorf("article %s (%s) in story %q, want the seed's %s", a.ID, a.Site, a.Story, list.Articles[1].ID)
		}
	}
}

// TestAskShowsOutlets: a quote several outlets carry is shown once,
// reported by each with its own link; a differing version follows it, in
// text and in --json.
func TestAskShowsOutlets(t *testing.T) {
	data := "--data-dir=" + t.TempDir()
	if _, errOut, code := cli(t, nil, append([]string{"ingest", data}, storyFixtures...)...); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	const question = "What did Sheinbaum say about invasion?"
	out, errOut, code := cli(t, nil, "ask", data, question)
	if code != 0 {
		t.Fatalf("ask: exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"> We co-operate, we collaborate, but there is not going to be an invasion. That is ruled out, absolutely ruled out.\n— Claudia Sheinbaum, reported by Iran Press TV and GlobalSecurity.org:\n  “Mexico rejects",
		"(GlobalSecurity.org), ¶2 · https://www.globalsecurity.test/",
		"As Reuters has it:\n> We cooperate, we collaborate, but there will not be an invasion\n— Claudia Sheinbaum, “Mexico’s Sheinbaum rules out US military action against cartels” (Reuters), ¶3 · https://www.reuters.test/",
		"— Claudia Sheinbaum, reported by Iran Press TV, GlobalSecurity.org and Reuters:",
		"Note: Outlets quote Claudia Sheinbaum differently: Reuters quotes different words than Iran Press TV and GlobalSecurity.org",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("ask output lacks %q:\n%s", want, out)
		}
	}
	if strings.Count(out, "> The United States is not going to come to Mexico with the military") != 1 {
		t.Errorf("a quote shown more than once:\n%s", out)
	}

	out, _, code = cli(t, nil, "ask", data, "--json", question)
	var ans struct {
		Quotes []struct {
			Text string `json:"text"`
			Site string `json:"site"`
			Also []struct {
				Site string `json:"site"`
				Link string `json:"link"`
			} `json:"also"`
			Versions []struct {
				Text string `json:"text"`
				Site string `json:"site"`
				Link string `json:"link"`
			} `json:"versions"`
		} `json:"quotes"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &ans) != nil || len(ans.Quotes) == 0 {
		t.Fatalf("ask --json: exit %d\n%s", code, out)
	}
	q := ans.Quotes[0]
	if q.Site != "Iran Press TV" || len(q.Also) != 1 || q.Also[0].Site != "GlobalSecurity.org" || !strings.Contains(q.Also[0].Link, "globalsecurity.test/") {
		t.Errorf("also = %+v", q.Also)
	}
	if len(q.Versions) != 1 || q.Versions[0].Site != "Reuters" || !strings.Contains(q.Versions[0].Link, "#:~:text=We%20cooperate") {
		t.Errorf("versions = %+v", q.Versions)
	}
}
