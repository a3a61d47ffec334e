package extract

import "strings"

// Pages that load the next story as the reader scrolls (StyleCaster,
// ESPN, Dagbladet) hold several whole stories, each an <article>
// element with its own headline. readability and dom-distiller then take
// the element that holds them all, agree with each other, and outvote
// trafilatura, which keeps to the first: the answer carried two or three
// stories for one.
//
// minStoryWords is the length from which such an element counts as a
// story (teasers of related stories are shorter), and it must hold an
// <h1>: forum posts, reviews and the sections of a long guide come in
// <article> elements of their own too, under lesser headings, and on
// WCXB's pages of those kinds cutting at them lost up to 0.86 of F1 a
// page, even where trafilatura's text bore the cut out (see oneStory).
// A headline just before an <article> element, since the one before it,
// is its own: NBC's pages of 2018 put each story's <h1> in a header ahead
// of its <article>. On the dev sets that changed one page of
// Google-Trends-2017 (0.41 -> 0.94 F1: four stories for one), no other.
//
// maxStories bounds how many oneStory tells apart.
const (
	minStoryWords = 200
	maxStories    = 64
)

// oneStory cuts the text where it passes from the page's first story it
// holds into another: at the first paragraph that lies in a story
// (fuzzyShare of its word pairs) none of whose stories the earlier
// paragraphs lay in, less the lines the stories share that open the next
// (see nextStoryStart). Short paragraphs say nothing either way, nor does
// text outside every story. trafilatura's own text (own) must bear the
// cut out: a story's worth of words (minStoryWords), all in the story the
// text keeps to. On a listing of whole stories (a consultancy's news page
// in WCXB, whose truth is all of them) trafilatura took a few lines, and
// without that check the cut lost 0.39 of F1 there; on every page the cut
// mends, trafilatura's text is the first story (F1 0.89-0.98). And a cut
// that would leave fewer than minStoryWords/2 words is not made. On the
// dev sets (internal/eval/extract, 5,522 pages) it changed 4 pages, all
// for the better by 0.33 to 0.58 of F1: two of Google-Trends-2017,
// Fundus's Dagbladet page of 2026 and one of Utomo and Leu's search
// results.
func (w witnesses) oneStory(paras, own []string) []string {
	if len(w.stories) < 2 {
		return paras
	}
	stories := w.stories[:min(len(w.stories), maxStories)]
	in := map[string]uint64{} // word pair -> the stories holding it
	for i, k := range stories {
		words := strings.Fields(k)
		for j := 1; j < len(words); j++ {
			in[words[j-1]+" "+words[j]] |= 1 << i
		}
	}
	// holders returns the stories holding the paragraph whose WordsKey is k.
	holders := func(k string) uint64 {
		words := strings.Fields(k)
		if len(words) < fuzzyMinWords {
			return 0
		}
		var hits [maxStories]int
		for j := 1; j < len(words); j++ {
			for m, i := in[words[j-1]+" "+words[j]], 0; m != 0; m, i = m>>1, i+1 {
				if m&1 != 0 {
					hits[i]++
				}
			}
		}
		need := pairsNeeded(len(words))
		var mask uint64
		for i := range stories {
			if hits[i] >= need {
				mask |= 1 << i
			}
		}
		return mask
	}
	// walk returns the stories the text keeps to up to where it passes
	// into another, the index of that paragraph (-1: it never does) and
	// the stories of that paragraph.
	walk := func(ps []string) (current uint64, at int, next uint64) {
		for i, p := range ps {
			m := holders(WordsKey(p))
			switch {
			case m == 0:
			case current == 0:
				current = m
			case current&m != 0:
				current &= m
			default:
				return current, i, m
			}
		}
		return current, -1, 0
	}
	current, at, next := walk(paras)
	if at < 0 {
		return paras
	}
	// trafilatura's own text must keep to the same story, and be one.
	ownCurrent, ownAt, _ := walk(own)
	if ownAt >= 0 || ownCurrent&current == 0 || WordCount(strings.Join(own, " ")) < minStoryWords {
		return paras
	}
	cut := nextStoryStart(paras, at, stories, next)
	if WordCount(strings.Join(paras[:cut], " "))*2 < minStoryWords {
		return paras
	}
	return paras[:cut]
}

// maxSharedLines bounds how far back nextStoryStart looks.
const maxSharedLines = 5

// nextStoryStart returns where the next story begins, given that
// paras[i] is the first paragraph in it and in none of the stories
// before (those in mask m): each story of such a page opens with the
// same lines ("Breaking News Emails", "Get breaking news alerts …"), and
// those just before paras[i] that the next story holds as well are its
// own opening, not the end of the one before.
func nextStoryStart(paras []string, i int, stories []string, m uint64) int {
	for j := i - 1; j >= 0 && j >= i-maxSharedLines; j-- {
		k := WordsKey(paras[j])
		shared := false
		for s, story := range stories {
			if m&(1<<s) != 0 && strings.Contains(story, k) {
				shared = true
				break
			}
		}
		if !shared {
			return j + 1
		}
	}
	return max(i-maxSharedLines, 0)
}
