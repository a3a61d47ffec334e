package rag

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/store"
)

func TestAskedAbout(t *testing.T) {
	tests := []struct {
		q    string
		want AboutKind
	}{
		{"tl;dr?", AboutSummary},
		{"TLDR", AboutSummary},
		{"tl;dr of this article", AboutSummary},
		{"Can you summarize this please?", AboutSummary},
		{"summary?", AboutSummary},
		{"sum it up", AboutSummary},
		{"What's the gist?", AboutSummary},
		{"What is this article about?", AboutSummary},
		{"What happened?", AboutSummary},
		{"what's going on here?", AboutSummary},
		{"What is happening in this story?", AboutSummary},
		{"what’s the story about", AboutSummary},
		{"Who is this about?", AboutSummary},
		{"key takeaways?", AboutSummary},
		{"what's the article's main point?", AboutSummary},
		{"要約して", AboutSummary},
		{"この記事を要約してください。", AboutSummary},
		{"总结一下", AboutSummary},
		{"요약해줘", AboutSummary},
		{"When was this published?", AboutPublished},
		{"what date was the article published", AboutPublished},
		{"how old is this?", AboutPublished},
		{"When is this from?", AboutPublished},
		{"Who wrote this?", AboutAuthor},
		{"who's the author?", AboutAuthor},
		{"Who is the reporter of this story?", AboutAuthor},
		{"What's the source?", AboutSource},
		{"Which outlet published this?", AboutSource},
		{"Where is this from?", AboutSource},
		{"what site is this from", AboutSource},
		{"Who published this?", AboutSource},
		{"Who is quoted?", AboutQuoted},
		{"who does this article quote", AboutQuoted},
		{"What are the sources?", AboutQuoted},
		{"who did they talk to?", AboutQuoted},
		{"Is this true?", AboutTrust},
		{"is it fake news?", AboutTrust},
		{"Is that really true?", AboutTrust},
		{"can I trust this article?", AboutTrust},
		// Questions about what the article says, in the same words.
		{"When was the treaty published?", AboutNothing},
		{"What happened next?", AboutNothing},
		{"What happened in 1983?", AboutNothing},
		{"What happened to the poor?", AboutNothing},
		{"What is the summary judgment about?", AboutNothing},
		{"Who wrote the letter?", AboutNothing},
		{"Who was the author of the directive?", AboutNothing},
		{"What is the source of the cartels' money?", AboutNothing},
		{"What is the main point of contention between Mexico and the US?", AboutNothing},
		{"Summarize the part about cartels", AboutNothing},
		{"Where is the border?", AboutNothing},
		{"Who is Sheinbaum?", AboutNothing},
		{"空き家は何戸ありますか？", AboutNothing},
		// In a conversation "it", "that" and a past tense name what was
		// just talked about (QuAC's questions about albums and films).
		{"When was it released?", AboutNothing},
		{"When was this released?", AboutNothing},
		{"When was it published?", AboutNothing},
		{"What was it all about?", AboutNothing},
		{"what was the story about", AboutNothing},
		{"Who wrote it?", AboutNothing},
		{"Who is quoted saying the plan would fail?", AboutNothing},
		{"Is it true that Mexico will stop cooperating?", AboutNothing},
		{"Was the treaty legitimate?", AboutNothing},
		{"Was it fake?", AboutNothing},
		{"What's the date?", AboutNothing},
		{"Which paper?", AboutNothing},
		{"summarize it", AboutSummary},
		{"what's the publication date?", AboutPublished},
		{"the date of this article?", AboutPublished},
		{"What did Sheinbaum say about invasion?", AboutNothing},
	}
	for _, tt := range tests {
		if got := AskedAbout(tt.q); got != tt.want {
			t.Errorf("AskedAbout(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestAnswerAbout: a question about the article itself is answered from
// its summary (the TL;DR's own sentences, cited) or the page's metadata,
// when the question is about one article; across a library "this" names
// none, and the question is ranked like any other.
func TestAnswerAbout(t *testing.T) {
	dir := t.TempDir()
	e := newTestEngine(t, filepath.Join(dir, "db"))
	a := ingest(t, e, "guild:1", "../testdata/pages/sheinbaum.html")
	thread := &Conversation{ArticleIDs: []string{a.ID}}
	tests := []struct {
		q            string
		text, quoted string
		found        bool
	}{
		{"tl;dr?", "In short, from “Mexico rejects", "Claudia Sheinbaum has firmly dismissed", true},
		{"When was this published?", "was published by Iran Press TV on Saturday, 9 August 2025.", "", true},
		{"Who wrote this?", "is credited to Iran Press TV; it names no writer.", "", true},
		{"What's the source?", "was published by Iran Press TV: " + a.URL, "", true},
		{"Who is quoted?", "quotes Claudia Sheinbaum (5 times), Marco Rubio and Cecilia Farfán-Méndez (2 times), and reports what New York Times said.", "The United States is not going to come to Mexico with the military", true},
		{"Is this true?", "I can't tell whether “Mexico rejects", "The United States is not going to come to Mexico with the military", true},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans := ask(t, e, Question{Scope: "guild:1", Text: tt.q, Conversation: thread})
			if !strings.Contains(ans.Text, tt.text) || ans.Found != tt.found {
				t.Errorf("answer %q (found %v), want it to hold %q", ans.Text, ans.Found, tt.text)
			}
			if tt.quoted == "" && len(ans.Quotes) > 0 {
				t.Errorf("metadata answer with quotes: %+v", ans.Quotes)
			}
			if tt.quoted != "" && (len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, tt.quoted)) {
				t.Errorf("quotes %+v, want the first to hold %q", ans.Quotes, tt.quoted)
			}
		})
	}

	// With no focus and two articles, "this" is no article.
	ingest(t, e, "guild:1", "../testdata/pages/blog.html")
	for _, q := range []string{"Who wrote this?", "tl;dr?"} {
		if ans, err := e.Ask(t.Context(), Question{Scope: "guild:1", Text: q}); !errors.Is(err, ErrWhichArticle) {
			t.Errorf("%s across a library: answer %+v, err %v; want ErrWhichArticle", q, ans, err)
		}
	}
	// A thread of one of them still knows which.
	if ans := ask(t, e, Question{Scope: "guild:1", Text: "Who wrote this?", Conversation: thread}); !strings.Contains(ans.Text, "Iran Press TV") {
		t.Errorf("in the thread: %q", ans.Text)
	}
}

// TestAnswerAboutUnknown: a page without a date or byline says so rather
// than guess.
func TestAnswerAboutUnknown(t *testing.T) {
	e, a := ingestText(t, speakerArticle)
	for q, want := range map[string]string{
		"When was this published?": "“Principal placed on leave” doesn't say when it was published.",
		"Who wrote this?":          "“Principal placed on leave” doesn't name its author.",
		"Where is this from?":      "“Principal placed on leave” comes from " + a.URL + ".",
	} {
		ans := ask(t, e, Question{Scope: store.LocalScope, Text: q})
		if ans.Text != want {
			t.Errorf("%s: answer %q, want %q", q, ans.Text, want)
		}
	}
}

// FuzzAskedAbout: any text a member sends is classified without panic,
// and neither the case of its letters nor trailing question marks nor
// politeness change what it asks.
func FuzzAskedAbout(f *testing.F) {
	for _, s := range []string{"tl;dr?", "who wrote this?", "please summarize this article thanks", "When was the treaty published?", "", "??", "can you can you"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		k := AskedAbout(q)
		if got := AskedAbout(strings.ToUpper(q) + "??"); got != k && strings.ToLower(strings.ToUpper(q)) == strings.ToLower(q) {
			t.Errorf("AskedAbout(%q) = %v, but %v shouted", q, k, got)
		}
		if got := AskedAbout("please " + q); got != k && k != AboutNothing {
			t.Errorf("AskedAbout(%q) = %v, but %v with please", q, k, got)
		}
	})
}

// TestWhoIsQuoted: every speaker's words are theirs, each person once
// however the article names them; an article that quotes no one says so.
func TestWhoIsQuoted(t *testing.T) {
	e, a := ingestText(t, speakerArticle)
	ans := ask(t, e, Question{Scope: store.LocalScope, Text: "Who is quoted?"})
	if want := "“Principal placed on leave” quotes Luis Ortega (2 times) and Reuters."; !strings.HasPrefix(ans.Text, want) {
		t.Errorf("answer %q, want it to start %q", ans.Text, want)
	}
	for _, q := range ans.Quotes {
		if sp := speakerAt(a, q.Start, q.End); sp != q.Speaker {
			t.Errorf("quote %q shown as %s's, the article's %s's", q.Text, q.Speaker, sp)
		}
	}

	const plain = "Council approves budget\n\nThe city council approved the new budget on Monday after a long debate about schools, roads and the cost of running the buses through the winter months.\n\nThe budget raises spending on schools by four percent and cuts the road repair fund by the same amount, starting in January.\n\nA second vote on the transit plan is expected next month, once the budget office has finished its review of the fares and the number of routes the city can afford to keep."
	e, _ = ingestText(t, plain)
	if ans := ask(t, e, Question{Scope: store.LocalScope, Text: "who is quoted?"}); ans.Text != "“Council approves budget” quotes no one by name." || ans.Found {
		t.Errorf("an article quoting no one: %q (found %v)", ans.Text, ans.Found)
	}
}
