package rag

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/rag/cite"
	"github.com/articlebot/articlebot/store"
)

func TestGroupedQuotes(t *testing.T) {
	e := newTestEngine(t, t.TempDir())
	arts := ingestStories(t, e, store.LocalScope)
	const (
		military = "The United States is not going to come to Mexico with the military"
		invasion = "We co-operate, we collaborate, but there is not going to be an invasion."
		reworded = "We cooperate, we collaborate, but there will not be an invasion"
	)
	tests := []struct {
		question string
		// lead is the quote that must lead, by its words; also and versions
		// name the other outlets' articles it must carry.
		lead     string
		also     []string
		versions []string
		note     string
	}{
		{"What did Sheinbaum say about invasion?", invasion, []string{"globalsecurity"}, []string{"reuters"},
			"Outlets quote Claudia Sheinbaum differently: Reuters quotes different words than Iran Press TV and GlobalSecurity.org"},
		{"What did Sheinbaum say about the military?", military, []string{"reuters", "globalsecurity"}, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.question, func(t *testing.T) {
			ans, err := e.Ask(context.Background(), Question{Scope: store.LocalScope, Text: tc.question})
			if err != nil {
				t.Fatal(err)
			}
			if len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, tc.lead) {
				t.Fatalf("answer leads with %+v, want %q", ans.Quotes, tc.lead)
			}
			q := ans.Quotes[0]
			if q.ArticleID != arts["presstv"].ID || q.Speaker != "Claudia Sheinbaum" {
				t.Errorf("the first-shared outlet's quote leads: got %s, speaker %q", q.Site, q.Speaker)
			}
			if got := fixtureNames(arts, alsoIDs(q)); !slices.Equal(got, tc.also) {
				t.Errorf("also = %q, want %q", got, tc.also)
			}
			if got := fixtureNames(arts, versionIDs(q)); !slices.Equal(got, tc.versions) {
				t.Errorf("versions = %q, want %q", got, tc.versions)
			}
			// Every copy is the same words, verified in and linked into its
			// own article.
			for _, c := range q.Also {
				a := arts[fixtureNames(arts, []string{c.ArticleID})[0]]
				if !sameWords(a.Text[c.Start:c.End], q.Text) || !copyHolds(a, c, q.Text) {
					t.Errorf("copy in %s is %q, not the quote", c.Site, a.Text[c.Start:c.End])
				}
				if !strings.HasPrefix(c.Link, a.URL+"#:~:text=") || c.Paragraph < 1 || c.Site == "" {
					t.Errorf("copy not cited in its own article: %+v", c)
				}
			}
			checkQuotes(t, e, store.LocalScope, ans.Quotes)
			checkQuotes(t, e, store.LocalScope, q.Versions)
			// No outlet's words shown twice.
			for _, other := range ans.Quotes[1:] {
				if sameWords(other.Text, q.Text) {
					t.Errorf("quote repeated: %q", other.Text)
				}
			}
			if tc.note != "" && !slices.ContainsFunc(ans.Notes, func(n string) bool { return strings.HasPrefix(n, tc.note) }) {
				t.Errorf("notes = %q, want %q", ans.Notes, tc.note)
			}
		})
	}

	t.Run("the reworded version is Reuters' own words", func(t *testing.T) {
		ans, err := e.Ask(context.Background(), Question{Scope: store.LocalScope, Text: "What did Sheinbaum say about invasion?"})
		if err != nil {
			t.Fatal(err)
		}
		v := ans.Quotes[0].Versions
		if len(v) != 1 || v[0].Text != reworded || v[0].Site != "Reuters" {
			t.Fatalf("versions = %+v", v)
		}
		if _, _, err := cite.Verify(arts["reuters"].Text, v[0].Text); err != nil {
			t.Error(err)
		}
	})

	t.Run("one article alone is not grouped", func(t *testing.T) {
		ans, err := e.Ask(context.Background(), Question{Scope: store.LocalScope, Text: "What did Sheinbaum say about invasion?", ArticleIDs: []string{arts["presstv"].ID}})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range ans.Quotes {
			if len(q.Also) > 0 || len(q.Versions) > 0 {
				t.Errorf("quote grouped with articles outside the question: %+v", q)
			}
		}
	})
}

// fixtureNames names articles by their fixture names.
func fixtureNames(arts map[string]*store.Article, ids []string) []string {
	var out []string
	for _, id := range ids {
		for name, a := range arts {
			if a.ID == id {
				out = append(out, name)
			}
		}
	}
	return out
}

func TestGroupQuotesRules(t *testing.T) {
	q := Quote{Speaker: "Claudia Sheinbaum", Text: "We co-operate, we collaborate, but there is not going to be an invasion.", ArticleID: "a", Site: "Press TV"}
	tests := []struct {
		name string
		v    Quote
		want string // difference, or "" when not a version
	}{
		{"reworded", Quote{Speaker: "Sheinbaum", ArticleID: "b", Site: "Reuters", Text: "We cooperate, we collaborate, but there will not be an invasion"}, "quotes different words than Press TV"},
		{"shortened", Quote{Speaker: "Claudia Sheinbaum", ArticleID: "b", Site: "AP", Text: "we collaborate, but there is not going to be an invasion"}, "quotes less of it than Press TV"},
		{"longer", Quote{Speaker: "Claudia Sheinbaum", ArticleID: "b", Site: "AP", Text: "We co-operate, we collaborate, but there is not going to be an invasion. That is ruled out."}, "quotes more of it than Press TV"},
		{"paraphrased", Quote{Speaker: "Claudia Sheinbaum", ArticleID: "b", Site: "AP", indirect: true, Text: "Sheinbaum said Mexico would co-operate and collaborate but rejected an invasion."}, "paraphrases it"},
		{"same words are a copy, not a version", Quote{Speaker: "Claudia Sheinbaum", ArticleID: "b", Text: "We co‑operate,  we collaborate, but there is not going to be an invasion"}, ""},
		{"someone else", Quote{Speaker: "Marco Rubio", ArticleID: "b", Text: "We co-operate, we collaborate, but there is not going to be an invasion!"}, ""},
		{"another subject", Quote{Speaker: "Claudia Sheinbaum", ArticleID: "b", Text: "We are going to comply with the treaty, as we always have."}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ok := isVersion(q, tc.v)
			if ok != (tc.want != "") {
				t.Fatalf("isVersion = %v", ok)
			}
			if ok {
				if got := difference(q, tc.v); got != tc.want {
					t.Errorf("difference = %q, want %q", got, tc.want)
				}
			}
		})
	}
}
