package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestShownNever(t *testing.T) {
	tests := []struct {
		el   string
		want bool
	}{
		{`<div hidden>`, true},
		{`<div style="color: red; display: none">`, true},
		{`<div style="DISPLAY:NONE">`, true},
		{`<div class="article-block hidden">`, true},
		{`<div class="hidden md:block">`, false}, // shown on wider screens
		{`<div class="hidden-xs">`, false},
		{`<div class="visually-hidden">`, false}, // read out by screen readers
		{`<div aria-hidden="true">`, false},      // shown (see restoreHidden)
		{`<div style="display: block">`, false},
		{`<div>`, false},
	}
	for _, tt := range tests {
		root, err := html.Parse(strings.NewReader("<body>" + tt.el + "text</div></body>"))
		if err != nil {
			t.Fatal(err)
		}
		div := root.FirstChild.LastChild.FirstChild // html > body > div
		if div == nil || div.Data != "div" {
			t.Fatalf("%s: no div parsed", tt.el)
		}
		if got := shownNever(div); got != tt.want {
			t.Errorf("shownNever(%s) = %v, want %v", tt.el, got, tt.want)
		}
	}
}

// TestUnshownFilter: a paragraph only an element the page never shows
// holds is dropped; one the page also shows, or trafilatura kept, stays.
func TestUnshownFilter(t *testing.T) {
	const (
		headline = "Council closes the harbour bridge"
		story    = "The council voted on Tuesday to close the bridge for repairs."
		offer    = "Unlimited digital access to the Harbour Gazette."
		kept     = "Engineers say the repairs could take the rest of the year."
	)
	page := `<html><body>
<div class="gallery-overlay hidden"><h2>` + headline + `</h2><p>1 / 3</p></div>
<article><h1>` + headline + `</h1><p>` + story + `</p>
<div class="sign-in-group hidden"><div hidden><ul><li>` + offer + `</li></ul></div><p>` + kept + `</p></div>
</article></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	u := inspect(root, nil).unshown
	if len(u.spans) != 2 {
		t.Fatalf("%d unshown spans, want 2 (outermost only)", len(u.spans))
	}
	own := []string{headline, story, kept}
	paras := []string{headline, "1 / 3", story, offer, kept}
	want := []string{headline, story, kept}
	if got := newUnshownFilter(u, own).keep(paras); !slices.Equal(got, want) {
		t.Errorf("keep = %q, want %q", got, want)
	}
	// A page that hides nothing keeps everything, and the same slice.
	root, err = html.Parse(strings.NewReader(`<p>` + story + `</p>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := newUnshownFilter(inspect(root, nil).unshown, nil).keep(paras); &got[0] != &paras[0] || len(got) != len(paras) {
		t.Errorf("keep on a page hiding nothing = %q, want paras as given", got)
	}
}

// BenchmarkUnshownFilter is a hostile page that hides every other of
// 20,000 paragraphs, all of which a witness keeps. Its reference is
// reducing the paragraphs to their WordsKeys once, which keep does among
// the rest: looking each paragraph up in the page's text would grow with
// their product.
func BenchmarkUnshownFilter(b *testing.B) {
	var page strings.Builder
	var paras []string
	for i := range 20000 {
		p := fmt.Sprintf("Paragraph %d tells the council's plan for the harbour wall in words of its own.", i)
		paras = append(paras, p)
		if i%2 == 1 {
			page.WriteString(`<p hidden>` + p + `</p>`)
		} else {
			page.WriteString(`<p>` + p + `</p>`)
		}
	}
	root, err := html.Parse(strings.NewReader(page.String()))
	if err != nil {
		b.Fatal(err)
	}
	u := inspect(root, nil).unshown
	b.Run("reference-WordsKeys", func(b *testing.B) {
		for b.Loop() {
			for _, p := range paras {
				WordsKey(p)
			}
		}
	})
	b.Run("keep", func(b *testing.B) {
		for b.Loop() {
			if got := newUnshownFilter(u, nil).keep(paras); len(got) != len(paras)/2 {
				b.Fatalf("%d paragraphs, want %d", len(got), len(paras)/2)
			}
		}
	})
}
