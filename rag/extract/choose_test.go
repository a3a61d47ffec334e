package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestChoose(t *testing.T) {
	article := []string{
		"The council voted on Tuesday to close the bridge for repairs until the end of March.",
		"Engineers found a crack in a steel support beneath the northern approach span.",
		"Buses will be diverted over the river at the old ferry crossing while the work goes on.",
	}
	footer := []string{
		"Disclaimer: this site has no affiliation with any of the companies mentioned on it, and all trademarks belong to their owners.",
		"About us Contact Careers Advertise with us Terms of use Privacy policy",
	}
	withAd := []string{article[0], "Advertisement", article[1], article[2]}
	// A post five times as long as the box the witnesses agree on.
	var post []string
	for i := range 5 {
		for _, p := range article {
			post = append(post, fmt.Sprintf("%s (part %d)", p, i+1))
		}
	}
	newsletter := []string{"Subscribe to our newsletter for weekly updates.", "By submitting, you accept our privacy policy."}
	dialog := []string{"Sign up with a social account:", "Forgot Your Password?"}
	consent := "By signing up you consent to receive the above newsletter from Postmedia Network Inc."
	// NY Mag's dialogue, 2017: lines naming an account around lines naming none.
	nymag := []string{
		"Don’t worry. We will never post to your social media account without your permission.",
		"Enter your email address or username and we’ll email instructions on how to reset your password.",
		"Check Your Inbox",
		"Welcome! You are now a registered user of NYMag.com, TheCut.com, Vulture.com and GrubStreet.com.",
		"Want more? Subscribe to our daily newsletters.",
	}
	caption := "Both sides called it a “win-win.” Photo: Gustavo Caballero/Getty Images"
	figCaption := "Engineers inspect the northern approach span of the bridge on Monday morning."
	withFig := append([]string{article[0], figCaption}, article[1:]...)
	// A caption that says what the body says, in many of its words.
	echo := "Engineers found a crack in a steel support beneath the bridge. (Photo: A. Smith/Herald)"
	withEcho := append([]string{article[0], echo}, article[1:]...)
	// A cookie banner's settings panel, longer than the article.
	banner := []string{
		"CCPA Right to Opt-Out of the Sale of Your Personal Information",
		"When you visit our website, we store cookies on your browser to collect information about you, your preferences or your device, mostly to make the site work as you expect it to.",
		"Manage Consent Preferences",
		"Always Active",
		"Strictly Necessary Cookies",
		"These cookies are necessary for the website to function and cannot be switched off in our systems, and are usually only set in response to actions made by you.",
		"Always Active",
		"Targeting Cookies",
		"These cookies may be set through our site by our advertising partners to build a profile of your interests and show you relevant adverts on other sites.",
	}
	withBanner := append(slices.Clone(article), banner...)
	// Postmedia's pitch after the article, 2026: two lines name a
	// subscription, the rest nothing, and one between them is long.
	pitch := []string{
		"THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY",
		"National Post ePaper, an electronic replica of the print edition to view on any device, share and comment on.",
		"Subscribe now to read the latest news in your city and across Canada.",
		"Daily puzzles, including the New York Times Crossword.",
	}
	withPitch := append(slices.Clone(post), pitch...)
	// A photo essay: its captions are the story.
	essay := []string{"The bridge through the years.", "Workers rivet the first span in 1931, watched by a crowd on the bank.", "The opening parade crosses the bridge in the spring of 1932.", "Floodwater reaches the deck in 1967, closing the bridge for a week."}
	// A page of menus with a log-in link is not an article with a dialogue under it.
	menuPage := []string{"Log In", "Sign Up", "Atlanta", "Boston", "Chicago", "Dallas", "Miami"}
	menus := []string{strings.Repeat("Home News Sport Weather Business Culture Travel Video Live ", 8)}
	captioned := func(w witnesses, captions ...string) witnesses {
		for _, c := range captions {
			w.captions = append(w.captions, WordsKey(c))
		}
		return w
	}
	// A match report whose body an advert splits after its first
	// paragraph (ABC, 2026): readability and dom-distiller stop there.
	lead := "The home side came back twice from a goal down and took a point that keeps them eight points clear of the relegation places with four rounds of the league left to play this season."
	report := []string{lead,
		"Early on a low shot from the left wing forced the visiting goalkeeper into a diving save, and for ten minutes neither team could string three passes together in the tight opening spell of a nervy and windy afternoon in front of a small crowd.",
		"After the break the visitors pressed higher up the pitch, won the ball near the halfway line twice in quick succession, and their captain curled a free kick against the crossbar before the equaliser finally arrived from a scramble in the box.",
		"With seconds left a header from a corner flew just wide of the post, and the coach said afterwards that his players had shown character, even though the result meant another week of looking nervously over their shoulders at the clubs below them.",
	}
	// Comments right after a short post (dy/dan, 2012) are prose too,
	// but a line stands between the post and them.
	commented := []string{lead, "53 Responses", report[1], report[2], report[3]}
	// A paragraph behind a paywall, hidden from screen readers (TechRadar,
	// 2026): the witnesses skip it, trafilatura keeps it.
	paywalled := "Engineers say the repairs could take the rest of the year if the crack turns out to run deeper."
	withPaywalled := []string{article[0], paywalled, article[1], article[2]}
	hiding := func(w witnesses, paras ...string) witnesses {
		for _, p := range paras {
			w.hidden = append(w.hidden, WordsKey(p))
		}
		return w
	}
	mk := witnessesOf
	tests := []struct {
		name   string
		w      witnesses
		own    []string
		want   []string
		wantOK bool
	}{
		{"two witnesses outvote trafilatura's boilerplate", mk(article, article), footer, article, true},
		{"trafilatura's text stands when the witnesses agree with it", mk(article, article[:2]), article, article, true},
		{"a near tie goes to trafilatura's cleaner text", mk(withAd, withAd), article, article, true},
		{"a witness's text keeps the short paragraphs the other witness has",
			mk(withAd, withAd), append(footer, article[1]), withAd, true},
		{"witnesses agreeing on a short box elsewhere don't outvote a long text",
			mk(newsletter, newsletter), post, post, true},
		{"a short witness text inside trafilatura's is taken without the menus",
			mk(article, article), append(slices.Clone(menus), article...), article, true},
		{"witnesses that stop at the first break in the article's body don't cut trafilatura's text short",
			mk([]string{lead}, []string{lead}), report, report, true},
		{"a short witness text stays when a line stands between it and trafilatura's prose",
			mk([]string{lead}, []string{lead}), commented, []string{lead}, true},
		{"a witness's sign-up dialogue is left out", mk(append(slices.Clone(article), dialog...), append(slices.Clone(article), dialog...)),
			append(slices.Clone(article[:2]), footer...), article, true},
		{"a sign-up box's consent line is left out", mk(append(slices.Clone(article), consent), append(slices.Clone(article), consent)),
			append(slices.Clone(article[:2]), footer...), article, true},
		{"a dialogue line trafilatura keeps stays", mk(append(slices.Clone(article), dialog...), append(slices.Clone(article), dialog...)),
			append(slices.Clone(article[:2]), dialog[0]), append(slices.Clone(article), dialog[0]), true},
		{"a block of dialogue goes whole, lines naming no account too",
			mk(append(slices.Clone(post), nymag...), append(slices.Clone(post), nymag...)),
			append(slices.Clone(post), footer...), post, true},
		{"an article's paragraph trafilatura lacks stays beside the dialogue",
			mk(append(slices.Clone(post), nymag...), append(slices.Clone(post), nymag...)),
			append(slices.Clone(post[:len(post)-1]), footer...), post, true},
		{"a photo credit trafilatura lacks goes",
			mk(append([]string{caption}, article...), append([]string{caption}, article...)),
			append(slices.Clone(article), footer...), article, true},
		{"a picture's caption trafilatura lacks goes",
			captioned(mk(withFig, withFig), figCaption), append(slices.Clone(article[:2]), footer...), article, true},
		{"a caption in the body's words goes too",
			captioned(mk(withEcho, withEcho), echo), append(slices.Clone(article[:2]), footer...), article, true},
		{"a caption trafilatura keeps stays",
			captioned(mk(withFig, withFig), figCaption), append(slices.Clone(withFig[:2]), footer...), withFig, true},
		{"a paragraph hidden from screen readers comes back in its place",
			hiding(mk(article, article), paywalled), append(slices.Clone(withPaywalled), footer...), withPaywalled, true},
		{"a hidden paragraph trafilatura lacks stays out",
			hiding(mk(article, article), paywalled), append(slices.Clone(article), footer...), article, true},
		{"a cookie banner's settings panel goes whole",
			mk(withBanner, banner), article, article, true},
		{"a subscription pitch goes as a block",
			mk(withPitch, withPitch), append(slices.Clone(post), footer...), post, true},
		{"a line naming a subscription alone stays",
			mk(append(slices.Clone(post), pitch[1]), append(slices.Clone(post), pitch[1])), append(slices.Clone(post), footer...), append(slices.Clone(post), pitch[1]), true},
		{"a photo essay keeps its captions",
			captioned(mk(essay, essay), essay[1:]...), footer, essay, true},
		{"a page that is all menus keeps them, but for its account lines",
			mk(menuPage, menuPage), footer, menuPage[2:], true},
		{"fewer than three texts make no majority", mk(article, nil), footer, nil, false},
		{"no trafilatura text makes no majority", mk(article, article), nil, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.w.choose(tt.own)
			if ok != tt.wantOK || !slices.Equal(got, tt.want) {
				t.Errorf("choose = %q, %v; want %q, %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// witnessesOf returns the witnesses whose texts are ps, paragraph by
// paragraph.
func witnessesOf(ps ...[]string) witnesses {
	var w witnesses
	for _, p := range ps {
		w.paras = append(w.paras, p)
		w.keys = append(w.keys, WordsKey(strings.Join(p, " ")))
	}
	return w
}

func TestVoteFuzzy(t *testing.T) {
	para := "Engineers found a crack in a steel support beneath the northern approach span."
	// trafilatura lost the space after an inline element: "a crack" became "acrack".
	glued := "Engineers found acrack in a steel support beneath the northern approach span."
	w := witnesses{keys: []string{WordsKey(para), WordsKey(para)}}
	if got := w.vote([]string{glued, para}); !slices.Equal(got, []string{glued, para}) {
		t.Errorf("vote = %q, want both kept", got)
	}
	// A short paragraph needs an exact match: its word pairs are common.
	short := witnesses{keys: []string{WordsKey(para + " share this story; a story on facebook"), WordsKey("x")}}
	if got := short.vote([]string{para, "Share this story on Facebook"}); !slices.Equal(got, []string{para}) {
		t.Errorf("vote = %q, want only %q", got, para)
	}
}

func TestFigureCaptions(t *testing.T) {
	long := strings.Repeat("word ", maxCaptionWords+1)
	page := `<html><body><article>
<p>The council voted to close the bridge.</p>
<figure><img src="a.jpg"><figcaption>Engineers on the span. <span>Photo: A. Smith</span></figcaption></figure>
<div class="media"><img src="b.jpg"><div class="image-caption">The old ferry crossing.</div></div>
<aside><div class="caption-list">Not beside any picture.</div></aside>
<div class="media"><img src="c.jpg"><div class="caption">` + long + `</div></div>
<div class="media"><div class="caption">Too far from its picture.</div>` + strings.Repeat("<span></span>", maxPictureSearch) + `<img src="d.jpg"></div>
</article></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	w := witnesses{captions: inspect(root, nil).captions}
	want := []string{WordsKey("Engineers on the span. Photo: A. Smith"), WordsKey("The old ferry crossing.")}
	if !slices.Equal(w.captions, want) {
		t.Fatalf("captions = %q, want %q", w.captions, want)
	}
	tests := []struct {
		para string
		want bool
	}{
		{"Engineers on the span. Photo: A. Smith", true},
		{"The old ferry crossing.", true},
		{"Engineers on the span.", false}, // too short to be taken for a part
		{"The council voted to close the bridge.", false},
		{"Not beside any picture.", false},
		{"Too far from its picture.", false}, // past the search's bound
	}
	for _, tt := range tests {
		if got := w.isCaption(WordsKey(tt.para)); got != tt.want {
			t.Errorf("isCaption(%q) = %v, want %v", tt.para, got, tt.want)
		}
	}
}

// TestInspectHidden: inspect notes the paragraphs a page hides from screen
// readers that are long enough to be told apart, and only those.
func TestInspectHidden(t *testing.T) {
	const hidden = "Engineers say the repairs could take the rest of the year."
	page := `<html><body><article>
<p>The council voted on Tuesday to close the bridge for repairs.</p>
<p class="paywall" aria-hidden="true">` + hidden + `</p>
<p aria-hidden="TRUE">Read more</p>
<div aria-hidden="true"><p>A menu the page hides, in a box.</p></div>
</article></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := inspect(root, nil).hidden, []string{WordsKey(hidden)}; !slices.Equal(got, want) {
		t.Errorf("hidden = %q, want %q", got, want)
	}
}

// BenchmarkRestoreHidden is a hostile page that hides every other of
// 20,000 paragraphs, all of which trafilatura keeps and a witness lacks.
// Its reference is reducing trafilatura's paragraphs to their textKeys
// once, which restoreHidden does among the rest; searching the chosen
// text for each hidden paragraph made it grow with their product.
func BenchmarkRestoreHidden(b *testing.B) {
	var own, shown, hidden []string
	for i := range 20000 {
		p := fmt.Sprintf("Paragraph %d tells the council's plan for the harbour wall in words of its own.", i)
		own = append(own, p)
		if i%2 == 1 {
			hidden = append(hidden, WordsKey(p))
		} else {
			shown = append(shown, p)
		}
	}
	b.Run("reference-textKeys", func(b *testing.B) {
		for b.Loop() {
			for _, p := range own {
				WordsKey(p)
			}
		}
	})
	b.Run("restoreHidden", func(b *testing.B) {
		for b.Loop() {
			if got := restoreHidden(shown, own, hidden); len(got) != len(own) {
				b.Fatalf("%d paragraphs, want %d", len(got), len(own))
			}
		}
	})
}
