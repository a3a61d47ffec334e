package bot

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/bot/discordtest"
	"github.com/articlebot/articlebot/rag"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestArticlesAndAnswersByStory: /articles lists a story's outlets under
// its first article, and /ask shows a quote several outlets carry once,
// reported by each with its own link, with another outlet's differing
// version after it.
func TestArticlesAndAnswersByStory(t *testing.T) {
	h := start(t, "")
	scope := scopeOf(discordtest.GuildA, "")
	for _, page := range []string{"../testdata/stories/water.html", "../testdata/pages/sheinbaum.html", "../testdata/stories/globalsecurity.html",
		"../testdata/stories/reuters.html", "../testdata/stories/tariffs.html"} {
		if _, err := h.eng.Ingest(context.Background(), rag.IngestRequest{Scope: scope, Source: rag.LocalFile(page), AddedBy: discordtest.UserID}); err != nil {
			t.Fatal(err)
		}
	}

	h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "articles", nil)
	list := content(h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "PATCH" && strings.HasSuffix(c.Path, "@original") }, wait))
	lines := strings.Split(list, "\n")
	if len(lines) != 5 || lines[0] != "**Articles** (page 1 of 1, 5 in 3 stories)" {
		t.Fatalf("articles:\n%s", list)
	}
	if !strings.HasPrefix(lines[2], "• [Mexico rejects Trump's plan") || !strings.Contains(lines[2], "— Iran Press TV") ||
		!strings.HasPrefix(lines[3], "  ↳ also reported by [GlobalSecurity.org](<https://www.globalsecurity.test/") ||
		!strings.Contains(lines[3], " and [Reuters](<https://www.reuters.test/") {
		t.Errorf("the story's outlets are not under its first article:\n%s", list)
	}

	id := h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "ask", []map[string]any{{"name": "question", "type": 3, "value": "What did Sheinbaum say about invasion?"}})
	// The answer is longer than one message: its parts, in order.
	h.fake.Wait(func(c discordtest.Call) bool {
		return strings.Contains(c.Path, "token-"+id) && strings.Contains(content(c), "Outlets quote")
	}, wait)
	var parts []string
	for _, c := range h.fake.Calls() {
		if strings.Contains(c.Path, "token-"+id) && strings.Contains(content(c), "Sheinbaum") {
			parts = append(parts, content(c))
		}
	}
	ans := strings.Join(parts, "\n")
	for _, p := range parts {
		if n := len([]rune(p)); n > maxContent {
			t.Errorf("a part of %d characters", n)
		}
	}
	for _, want := range []string{
		"— Claudia Sheinbaum, reported by [Iran Press TV](<https://www.example-news.test/world/mexico-rejects-trump-plan#:~:text=We%20co%2Doperate",
		" ¶2 and [GlobalSecurity.org](<https://www.globalsecurity.test/",
		"*As Reuters has it:*\n> We cooperate, we collaborate, but there will not be an invasion\n— Claudia Sheinbaum, [Mexico’s Sheinbaum rules out US military action against cartels](<https://www.reuters.test/",
		"reported by [Iran Press TV](<https://www.example-news.test/world/mexico-rejects-trump-plan#:~:text=The%20United%20States",
		"*Outlets quote Claudia Sheinbaum differently: Reuters quotes different words than Iran Press TV and GlobalSecurity.org",
	} {
		if !strings.Contains(ans, want) {
			t.Errorf("answer lacks %q:\n%s", want, ans)
		}
	}
}

// TestRenderGroupedAnswer pins how a grouped answer reads in Discord.
func TestRenderGroupedAnswer(t *testing.T) {
	quote := rag.Quote{Text: "We will not be intimidated.", Speaker: "Ana Ruiz", Title: "Ruiz speaks", Site: "Daily A", Link: "https://a.test/1#:~:text=We%20will", Paragraph: 3,
		Also: []rag.Citation{
			{Title: "Ruiz speaks", Site: "Wire B", Link: "https://b.test/1#:~:text=We%20will", Paragraph: 2},
			{Title: "Ruiz: no intimidation", Link: "https://c.test/r.pdf#page=4", Page: 4},
		},
		Versions: []rag.Quote{{Text: "We won't be intimidated", Speaker: "Ana Ruiz", Title: "Ruiz *defiant*", Site: "Post D", Link: "https://d.test/2#:~:text=We%20won", Paragraph: 5}},
	}
	ans := &rag.Answer{Text: "Ana Ruiz, in “Ruiz speaks”:", Quotes: []rag.Quote{quote}, Notes: []string{"Outlets quote Ana Ruiz differently: Post D quotes different words than Daily A, Wire B and Ruiz: no intimidation; each version is shown as that outlet printed it."}}
	got := renderAnswer(ans)
	golden := filepath.Join("testdata", "grouped_answer.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("render:\n%s\nwant:\n%s", got, want)
	}
}
