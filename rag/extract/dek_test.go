package extract

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestInspectDek(t *testing.T) {
	const (
		desc  = "Police continue to search debris after a blaze that consumed the building in an hour"
		shown = "Police continue to search debris after a blaze that consumed the building in an hour."
		meta  = `<meta property="og:description" content="` + desc + `">`
		h1    = `<h1>Fire in Valencia</h1>`
	)
	tests := []struct {
		name, head, body, want string
	}{
		{"shown under the headline", meta, h1 + `<div class="standfirst"><p>` + shown + `</p></div><p>Body.</p>`, shown},
		{"typographic marks", `<meta name="description" content="Police say it’s &quot;a disaster&quot; after the fire in the tower">`,
			h1 + `<p>Police say it's “a disaster” after the fire in the tower</p>`, `Police say it's “a disaster” after the fire in the tower`},
		{"only in the metadata", meta, h1 + `<p>Body.</p>`, ""},
		{"before the headline", meta, `<p>` + shown + `</p>` + h1, ""},
		{"inside a longer paragraph", meta, h1 + `<p>` + shown + ` More words follow it.</p>`, ""},
		{"in an element never shown", meta, h1 + `<div hidden><p>` + shown + `</p></div>`, ""},
		{"too short to tell from a label", `<meta name="description" content="Latest news">`, h1 + `<p>Latest news</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := inspect(root, nil).dek; got != tt.want {
				t.Errorf("dek = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWithDek(t *testing.T) {
	const (
		title = "Fire in Valencia"
		dek   = "Police continue to search debris after the blaze."
		body  = "The fire started on the fourth floor."
	)
	tests := []struct {
		name  string
		paras []string
		dek   string
		want  []string
	}{
		{"put first", []string{body}, dek, []string{dek, body}},
		{"no dek", []string{body}, "", []string{body}},
		{"the body opens with it", []string{dek + " " + body}, dek, []string{dek + " " + body}},
		{"the body has it further on", []string{body, dek}, dek, []string{body, dek}},
		{"it is the title", []string{body}, title + ".", []string{body}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withDek(tt.paras, tt.dek, title); !slices.Equal(got, tt.want) {
				t.Errorf("withDek = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestExtractKeepsDek: the dek reaches the article's text, once, before
// its body.
func TestExtractKeepsDek(t *testing.T) {
	const dek = "Police continue to search the debris after a blaze that consumed the tower in less than an hour."
	var body strings.Builder
	for i := range 12 {
		fmt.Fprintf(&body, "<p>Paragraph %d of the report tells what the firefighters found on the floors of the tower and what the residents said.</p>\n", i)
	}
	page := `<html><head><title>Fire in Valencia</title><meta name="description" content="` + dek + `"></head><body>
<header><h1>Fire in Valencia</h1><div class="standfirst">` + dek + `</div></header>
<article>` + body.String() + `</article></body></html>`
	doc, err := HTML([]byte(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.Text, dek+"\n\n") || strings.Count(doc.Text, dek) != 1 {
		t.Errorf("text does not open with the dek, once:\n%s", doc.Text)
	}
	if want := WordCount(doc.Text); doc.Words != want {
		t.Errorf("Words = %d, want %d, the dek's words counted too", doc.Words, want)
	}
}

// BenchmarkInspectDek is a hostile page of 20,000 paragraphs, each of its
// description's length but not it, so that each is reduced to words. Its
// reference is the same page inspected with no description.
func BenchmarkInspectDek(b *testing.B) {
	const desc = "The council voted on Tuesday to close the harbour bridge for repairs"
	var page strings.Builder
	page.WriteString("<h1>Bridge</h1>")
	for i := range 20000 {
		fmt.Fprintf(&page, "<p>The council voted on Monday to close the harbour bridge for repairs %d</p>", i)
	}
	for _, bm := range []struct{ name, head string }{
		{"reference-no-description", ""},
		{"description", `<meta name="description" content="` + desc + `">`},
	} {
		root, err := html.Parse(strings.NewReader("<html><head>" + bm.head + "</head><body>" + page.String() + "</body></html>"))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(bm.name, func(b *testing.B) {
			for b.Loop() {
				if inspect(root, nil).dek != "" {
					b.Fatal("a dek found where none is shown")
				}
			}
		})
	}
}

// TestDekMakesNoArticle: a page that shows a dek and too little under it
// is still no article.
func TestDekMakesNoArticle(t *testing.T) {
	const dek = "Police continue to search the debris after a blaze that consumed the tower in less than an hour, officials in the city said on Saturday night."
	page := `<html><head><title>Fire in Valencia</title><meta name="description" content="` + dek + `"></head><body>
<header><h1>Fire in Valencia</h1><div class="standfirst">` + dek + `</div></header>
<article><p>Sign in to read the rest of this story. Subscribers get every story on the site, the morning newsletter, the crossword and the archive back to 1998 for a dollar a week in the first year.</p></article></body></html>`
	if doc, err := HTML([]byte(page), nil); !errors.Is(err, ErrNoArticle) {
		t.Errorf("HTML = %v, %v; want ErrNoArticle", doc, err)
	}
}
