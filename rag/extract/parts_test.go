package extract

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// partParagraph is the text of paragraph i of part n: 25 words, each
// paragraph's own.
func partParagraph(n, i int) string {
	return fmt.Sprintf("In part %d, paragraph %d, the reporter followed the engineers across the frozen pond "+
		"while they measured how the coated ice held through the long spring thaw of year %d.", n, i, 2000+10*n+i)
}

// splitPage is a feature whose body is split into parts of one class,
// each in a grid row of its own, with what stands between them (between)
// after each part but the last. Each part holds paras[n] paragraphs, its
// last with a link in it when links is set.
func splitPage(between string, paras []int, links bool) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>A Heat Shield for the Ice</title></head><body>`)
	b.WriteString(`<header><h1>A Heat Shield for the Ice</h1><p class="byline">By A. Writer</p></header>`)
	for n, count := range paras {
		b.WriteString(`<div class="grid"><div class="grid-item content"><div class="body body__container article__body"><div class="body__inner-container">`)
		for i := range count {
			p := partParagraph(n, i)
			if links {
				p = `<a href="/other">` + p + `</a>`
			}
			b.WriteString("<p>" + p + "</p>")
		}
		b.WriteString(`</div></div></div><aside class="rail"><div class="ad ad--rail"></div></aside></div>`)
		if n < len(paras)-1 {
			b.WriteString(between)
		}
	}
	b.WriteString(`<footer><p>Copyright the magazine.</p></footer></body></html>`)
	return b.String()
}

// TestContinueBody: given the text the extractors agree on, the first
// part of a split body, the rule puts back the later parts when only
// advertisements stand between them, and nothing else.
func TestContinueBody(t *testing.T) {
	const ad = `<div class="row mid-content-ad"><div class="ad ad--mid-content"></div></div>`
	nextStory := `<div class="next"><h2>Up next: A different story entirely about the city's budget and its long fight over the new stadium, by Another Writer and a Second Reporter</h2></div>`
	tests := []struct {
		name    string
		between string
		paras   []int
		links   bool
		want    int // parts in the result
	}{
		{"parts with ads between", ad, []int{8, 6, 5}, false, 3},
		{"parts with nothing between", "", []int{8, 6}, false, 2},
		{"the next story's body after its headline", nextStory, []int{8, 6}, false, 1},
		{"a short first part (a comment in the text)", ad, []int{4, 6}, false, 1},
		{"short parts after it (comments)", ad, []int{8, 2, 2}, false, 1},
		{"parts that are links", ad, []int{8, 6}, true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(splitPage(tt.between, tt.paras, tt.links)))
			if err != nil {
				t.Fatal(err)
			}
			var first []string
			for i := range tt.paras[0] {
				first = append(first, partParagraph(0, i))
			}
			text := append([]string{"A Heat Shield for the Ice"}, first...)
			text = append(text, "Share this story")
			got := continueBody(text, findBodyParts(root), func(string) bool { return false })
			var want []string
			want = append(want, "A Heat Shield for the Ice")
			for n := range tt.want {
				for i := range tt.paras[n] {
					want = append(want, partParagraph(n, i))
				}
			}
			want = append(want, "Share this story")
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got %d paragraphs, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
			}
		})
	}
}

// TestHTMLSplitBody: the whole pipeline, on a page shaped like the New
// Yorker's, returns every part. Each part's container names an article
// body in its class, as there, and trafilatura takes the first element so
// named: without the rule the text stops after the first part.
func TestHTMLSplitBody(t *testing.T) {
	const ad = `<div class="row mid-content-ad"><div class="ad ad--mid-content"></div></div>`
	u, err := url.Parse("https://magazine.test/2023/05/heat-shield")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := HTML([]byte(splitPage(ad, []int{8, 6, 5}, false)), u)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{partParagraph(0, 0), partParagraph(1, 5), partParagraph(2, 4)} {
		if !strings.Contains(doc.Text, p) {
			t.Errorf("text lacks %q:\n%s", p, doc.Text)
		}
	}
	if i, j := strings.Index(doc.Text, partParagraph(1, 0)), strings.Index(doc.Text, partParagraph(2, 0)); i < 0 || j < i {
		t.Errorf("parts out of order:\n%s", doc.Text)
	}
}

func TestCountFields(t *testing.T) {
	for _, s := range []string{"", " ", "one", "  two  words ", "tab\tand\nline", "nbsp\u00a0between\u2003em", "日本語 テキスト"} {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
	}
}

// hostileSets is a page's worth of split bodies, as a hostile page could
// make them: n sets of two parts of words words each, every first part
// in the text (returned) and every second one missing.
func hostileSets(n, words int) (text []string, sets [][]bodyPart) {
	for s := range n {
		var parts []bodyPart
		for p := range 2 {
			var ws []string
			for w := range words {
				ws = append(ws, fmt.Sprintf("w%dx%dx%d", s, p, w))
			}
			para := strings.Join(ws, " ")
			k := WordsKey(para)
			parts = append(parts, bodyPart{start: 2 * s * words, end: 2*s*words + words, paras: []string{para}, keys: []string{k}, words: keyWords(k)})
			if p == 0 {
				text = append(text, para)
			}
		}
		parts[1].start, parts[1].end = parts[0].end, parts[0].end+words
		sets = append(sets, parts)
	}
	return text, sets
}

// TestContinueBodyBounded: however many split bodies a page holds, at most
// maxPartsBack parts come back, each after its own first part.
func TestContinueBodyBounded(t *testing.T) {
	text, sets := hostileSets(3*maxPartsBack, minFirstPartWords)
	got := continueBody(slices.Clone(text), sets, func(string) bool { return false })
	if len(got) != len(text)+maxPartsBack {
		t.Fatalf("%d paragraphs, want %d", len(got), len(text)+maxPartsBack)
	}
	for s := range maxPartsBack {
		if got[2*s] != sets[s][0].paras[0] || got[2*s+1] != sets[s][1].paras[0] {
			t.Fatalf("set %d's parts not side by side", s)
		}
	}
}

// BenchmarkContinueBody is a hostile page's worst case under the size
// caps: a thousand split bodies, each part 150 words. Its reference is
// reducing the same text to its WordsKey once, which continueBody does
// among the rest. When each set searched the whole text for each of its
// paragraphs, and placing each part searched it again, a thousand sets
// of 160-word parts took 20 s; indexed, about ten times the reference
// (2026-12-07), most of it building the index's maps (CPU profile).
func BenchmarkContinueBody(b *testing.B) {
	text, sets := hostileSets(1000, minFirstPartWords)
	b.Run("reference-WordsKey", func(b *testing.B) {
		for b.Loop() {
			WordsKey(strings.Join(text, " "))
		}
	})
	b.Run("continueBody", func(b *testing.B) {
		for b.Loop() {
			continueBody(slices.Clone(text), sets, func(string) bool { return false })
		}
	})
}
