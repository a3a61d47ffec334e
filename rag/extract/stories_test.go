package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// story returns n paragraphs of 22 words each, in words of its own.
func story(n int, format string) []string {
	var ps []string
	for i := range n {
		ps = append(ps, fmt.Sprintf(format, i+1))
	}
	return ps
}

func TestOneStory(t *testing.T) {
	bridge := story(10, "The council met for the %d time to discuss the bridge over the river and the repairs it needs before winter comes again.")
	band := story(10, "Fans queued for hours on night %d to hear the band play its first album in full at the old theatre downtown, then left.")
	ferry := story(2, "The ferry ran on schedule %d times this week despite the storm that closed the harbour and the roads around the town.")
	alerts := []string{"Breaking News Emails", "Get breaking news alerts and special reports delivered to you."}
	cat := func(pss ...[]string) []string { return slices.Concat(pss...) }
	keys := func(pss ...[]string) []string {
		var ks []string
		for _, ps := range pss {
			ks = append(ks, WordsKey(strings.Join(ps, " ")))
		}
		return ks
	}
	tests := []struct {
		name       string
		stories    []string
		paras, own []string
		want       []string
	}{
		{"the text ends where the next story begins", keys(bridge, band), cat(bridge, band), bridge, bridge},
		{"the first story the text holds is the one kept", keys(bridge, band), cat(band, bridge), band, band},
		{"the next story's opening lines go with it",
			keys(cat(alerts, bridge), cat(alerts, band)), cat(alerts, bridge, alerts, band), bridge, cat(alerts, bridge)},
		{"text outside every story says nothing", keys(bridge, band), cat(alerts, bridge[:5], alerts, bridge[5:]), bridge, cat(alerts, bridge[:5], alerts, bridge[5:])},
		{"one story on the page: nothing is cut", keys(bridge), cat(bridge, band), bridge, cat(bridge, band)},
		{"too little before the next story: nothing is cut", keys(ferry, band), cat(ferry, band), ferry, cat(ferry, band)},
		{"trafilatura's text a few lines: nothing is cut", keys(bridge, band), cat(bridge, band), bridge[:2], cat(bridge, band)},
		{"trafilatura's text in both stories: nothing is cut", keys(bridge, band), cat(bridge, band), cat(bridge, band), cat(bridge, band)},
		{"trafilatura's text in another story: nothing is cut", keys(bridge, band), cat(bridge, band), band, cat(bridge, band)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := witnesses{stories: tt.stories}
			if got := w.oneStory(tt.paras, tt.own); !slices.Equal(got, tt.want) {
				t.Errorf("oneStory =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestInspectStories(t *testing.T) {
	long := func(word string) string { return strings.Repeat(word+" ", minStoryWords) }
	page := `<html><body>
<article><h1>Bridge</h1><p>` + long("bridge") + `</p><article><p>` + long("nested") + `</p></article></article>
<article><h1>Teaser</h1><p>A teaser of another story.</p></article>
<article><p>` + long("post") + `</p></article>
<article><header><h1>Band</h1></header><p>` + long("band") + `</p><script>var x = "` + long("script") + `";</script></article>
<header><h1>Polls</h1></header><article><p>` + long("polls") + `</p></article>
<article><p>` + long("more") + `</p></article>
</body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	got := inspect(root, nil).stories
	// NBC's pages of 2018 put a story's headline just before its <article>.
	want := []string{WordsKey("Bridge " + long("bridge") + long("nested")), WordsKey("Band " + long("band")), WordsKey(long("polls"))}
	if !slices.Equal(got, want) {
		t.Errorf("stories = %d keys, want %d: outermost <article> elements with a headline in them or just before them and %d words or more, scripts left out", len(got), len(want), minStoryWords)
	}
}

// BenchmarkOneStory is the worst case: a page of maxStories stories,
// each of 20 paragraphs, all in the chosen text, that never leaves the
// first story's words (every story is the same). The reference is
// reducing the same paragraphs to their words once (WordsKey), which
// oneStory does among the rest.
func BenchmarkOneStory(b *testing.B) {
	one := story(20, "The council met for the %d time to discuss the bridge over the river and the repairs it needs before winter comes again.")
	var paras []string
	var w witnesses
	for range maxStories {
		paras = append(paras, one...)
		w.stories = append(w.stories, WordsKey(strings.Join(one, " ")))
	}
	b.Run("oneStory", func(b *testing.B) {
		for b.Loop() {
			w.oneStory(paras, paras)
		}
	})
	b.Run("WordsKey-reference", func(b *testing.B) {
		for b.Loop() {
			for _, p := range paras {
				WordsKey(p)
			}
		}
	})
}
