package bot

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/articlebot/articlebot/rag"
)

func TestSplitKeepsBlockQuotesAndAvoidsTinyParts(t *testing.T) {
	quote := "> " + strings.Repeat("The harbor was closed for repairs all winter. ", 60)
	text := "Short intro.\n\n" + quote + "\n— [Title](<https://example.com/a#p3>)"
	parts := split(text, 2000)
	if len(parts) < 2 {
		t.Fatalf("%d parts", len(parts))
	}
	if utf8.RuneCountInString(parts[0]) < 1000 {
		t.Errorf("first part is only %d chars: cut at an early paragraph break", utf8.RuneCountInString(parts[0]))
	}
	for i, p := range parts {
		if n := utf8.RuneCountInString(p); n > 2000 {
			t.Errorf("part %d has %d chars", i, n)
		}
		if i > 0 && !strings.HasPrefix(p, "> ") {
			t.Errorf("part %d continues the quote without '> ': %.30q", i, p)
		}
	}
}

func TestSplitWithoutBreaks(t *testing.T) {
	parts := split(strings.Repeat("x", 4500), 2000)
	if len(parts) != 3 || len(parts[0]) != 2000 {
		t.Fatalf("parts: %d", len(parts))
	}
}

func TestSummaryEmbedWithinDiscordLimits(t *testing.T) {
	long := strings.Repeat("word ", 2000)
	s := &rag.Summary{Title: long, URL: "https://example.com/a", Site: "Example", Byline: "A. Writer", TLDR: long,
		KeyPoints: []string{long, long, long, long}, ReadingMinutes: 9}
	for range 5 {
		s.KeyQuotes = append(s.KeyQuotes, rag.Quote{Text: long, Title: long, Link: "https://example.com/a#:~:text=word"})
	}
	s.KeyQuotes = append(s.KeyQuotes, rag.Quote{Text: "A short quote.", Title: long, Link: "https://example.com/a#:~:text=short"})
	e := summaryEmbed(s)
	if n := embedLength(e); n > maxEmbedTotal {
		t.Errorf("embed has %d chars, limit %d", n, maxEmbedTotal)
	}
	if n := utf8.RuneCountInString(e.Title); n > maxEmbedTitle {
		t.Errorf("title %d chars", n)
	}
	if n := utf8.RuneCountInString(e.Description); n > maxDescription {
		t.Errorf("description %d chars", n)
	}
	// Quotes too long for a field are left out, never cut.
	if len(e.Fields) != 1 || !strings.HasPrefix(e.Fields[0].Value, "> A short quote.\n") {
		t.Errorf("%d fields, want only the short quote whole", len(e.Fields))
	}
	for _, f := range e.Fields {
		if utf8.RuneCountInString(f.Value) > maxFieldValue || utf8.RuneCountInString(f.Name) > maxEmbedTitle {
			t.Errorf("field too long: name %d value %d", utf8.RuneCountInString(f.Name), utf8.RuneCountInString(f.Value))
		}
	}
}

func TestCitationNamesPageOrParagraph(t *testing.T) {
	web := rag.Quote{Title: "Story", Link: "https://news.test/a#:~:text=x", Paragraph: 4}
	pdf := rag.Quote{Title: "Report", Link: "https://gov.test/r.pdf#page=3", Paragraph: 9, Page: 3}
	if got := citation(web); !strings.HasSuffix(got, " ¶4") {
		t.Errorf("web citation %q, want ¶4", got)
	}
	if got := citation(pdf); !strings.HasSuffix(got, "(<https://gov.test/r.pdf#page=3>) p. 3") {
		t.Errorf("PDF citation %q, want the page link and p. 3", got)
	}
}

// FuzzUnescape: a thread's history gives back the bot's answers as posted;
// unescaping what was escaped gives the article's words back exactly.
func FuzzUnescape(f *testing.F) {
	for _, s := range []string{`American power [including] intelligence`, `a\b*c_d~e` + "`f|g>h#i", `\\*`, ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := unescape(escape(s)); got != s {
			t.Errorf("unescape(escape(%q)) = %q", s, got)
		}
	})
}
