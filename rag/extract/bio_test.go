package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestAuthorBoxes(t *testing.T) {
	long := strings.Repeat("word ", maxBioWords+1)
	page := `<html><body><article>
<p>The council voted to close the bridge.</p>
<div class="author__bio-wrapper"><div class="author__role">Editor At Large</div><div class="author__biography"><p>A 38-year veteran, Lance has covered technology since PCs were the size of suitcases.</p></div></div>
<p class="authorprofile-biography">Yasmine Hassan is a producer filing stories on the Middle East.</p>
<section id="about-the-author"><h3>About</h3><p>Jo writes about bridges.</p></section>
<div class="postauthor"><h4>About The Author</h4><h5 class="vcard author">Nat Berman</h5><p>Nat is the founder.</p></div>
<div class="author-box">Sam Lee covers courts.</div>
<div class="authority-score">Not about an author.</div>
<div class="postauthors">Not one box's name.</div>
<div class="author-bio">` + long + `</div>
</article></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	got := inspect(root, nil).bios
	want := []string{
		WordsKey("Editor At Large A 38-year veteran, Lance has covered technology since PCs were the size of suitcases."),
		WordsKey("Yasmine Hassan is a producer filing stories on the Middle East."),
		WordsKey("About Jo writes about bridges."),
		WordsKey("About The Author Nat Berman Nat is the founder."),
		WordsKey("Sam Lee covers courts."),
	}
	if !slices.Equal(got, want) {
		t.Fatalf("bios = %q, want %q", got, want)
	}
}

func TestDropBios(t *testing.T) {
	article := []string{
		"The council voted on Tuesday to close the bridge for repairs until the end of March.",
		"Engineers found a crack in a steel support beneath the northern approach span.",
		"Buses will be diverted over the river at the old ferry crossing while the work goes on.",
	}
	bio := "A 38-year industry veteran, Lance has covered technology since PCs were the size of suitcases."
	box := WordsKey("About the author Lance Ulanoff Editor At Large " + bio)
	withBio := append(slices.Clone(article), bio)
	// The box's heading and name, short lines, go beside its biography;
	// a short line of the article the box also holds stays.
	headed := slices.Concat([]string{"Editor At Large"}, article, []string{"About the author", "Lance Ulanoff", bio})
	mk := func(ps ...[]string) witnesses {
		w := witnessesOf(ps...)
		w.bios = []string{box}
		return w
	}
	tests := []struct {
		name      string
		w         witnesses
		own, want []string
	}{
		{"a biography the witnesses keep goes", mk(withBio, withBio), article[:2], article},
		{"so does one trafilatura keeps", mk(withBio, withBio), withBio, article},
		{"a box's short lines go beside it", mk(headed, headed), headed, slices.Concat([]string{"Editor At Large"}, article)},
		{"a page that is mostly the author's box keeps it", mk([]string{bio, "Lance Ulanoff"}, []string{bio}), []string{bio}, []string{bio}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := tt.w.choose(tt.own); !slices.Equal(got, tt.want) {
				t.Errorf("choose = %q, want %q", got, tt.want)
			}
		})
	}
}
