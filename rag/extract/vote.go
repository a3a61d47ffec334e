package extract

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/articlebot/articlebot/internal/async"
	readability "github.com/go-shiori/go-readability"
	distiller "github.com/markusmobius/go-domdistiller"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// witnesses are what two independent extractors, readability and
// dom-distiller (trafilatura's own fallbacks), find on a page: choose
// weighs their texts against trafilatura's, and vote takes them as a
// second and third opinion on the chosen text's paragraphs.
type witnesses struct {
	readability, distiller *html.Node
	paras                  [][]string // each witness's paragraphs
	keys                   []string   // WordsKey of each witness's whole text
	// captions are the page's picture captions as inspect found them:
	// readability and dom-distiller keep them, trafilatura does not, and
	// annotators mostly leave them out.
	captions []string
	// bios are the boxes about the article's author as inspect found
	// them (see bioKey): the witnesses keep them, trafilatura does not.
	bios []string
	// stories are the textKeys of the page's <article> elements that
	// have a headline and minStoryWords words or more, outermost only, in
	// page order (see oneStory).
	stories []string
	// hidden are the paragraphs the page hides from screen readers, as
	// inspect found them (see restoreHidden).
	hidden []string
}

// startWitnesses runs readability and dom-distiller on the page while its
// caller goes on, and returns what waits for their witnesses. Each gets
// its own copy of the page, since both rewrite the tree they are given;
// the copies are taken before it returns, so the caller may hand the page
// itself to an extractor that changes it. The two together cost about as
// much as trafilatura, which the caller runs meanwhile: on two cores a
// web page's extraction takes a fifth less time (BenchmarkExtract).
func startWitnesses(root *html.Node, pageURL *url.URL) (wait func() witnesses) {
	forReadability, forDistiller := cloneTree(root), cloneTree(root)
	return async.Go(func() witnesses { return findWitnesses(forReadability, forDistiller, pageURL) })
}

// findWitnesses runs readability on one copy of the page and dom-distiller
// on another.
func findWitnesses(forReadability, forDistiller *html.Node, pageURL *url.URL) (w witnesses) {
	defer func() {
		// A malformed page must cost the vote, not the article.
		if recover() != nil {
			w = witnesses{}
		}
	}()
	if r, err := readability.FromDocument(forReadability, pageURL); err == nil && r.Node != nil {
		w.readability = r.Node
		ps := paragraphs(r.Node)
		w.paras = append(w.paras, ps)
		w.keys = append(w.keys, WordsKey(strings.Join(ps, " ")))
	}
	if d, err := distiller.Apply(forDistiller, &distiller.Options{OriginalURL: pageURL, SkipPagination: true}); err == nil && d != nil && d.Node != nil {
		w.distiller = d.Node
		ps := paragraphs(d.Node)
		w.paras = append(w.paras, ps)
		w.keys = append(w.keys, WordsKey(strings.Join(ps, " ")))
	}
	return w
}

// maxCaptionWords: an element with "caption" in its class and more
// words than this holds more than a picture's caption.
const maxCaptionWords = 80

// captionKey reports whether n is a picture's caption — a <figcaption>,
// or a short element whose class names a caption with a picture beside
// it — and returns its WordsKey ("" when it holds no words). A caption
// is taken whole: what it holds is part of it.
func captionKey(n *html.Node) (string, bool) {
	fig := n.DataAtom == atom.Figcaption
	if !fig && !(strings.Contains(strings.ToLower(attr(n, "class")), "caption") && nearPicture(n)) {
		return "", false
	}
	k := WordsKey(textOf(n))
	words := keyWords(k)
	if !fig && words > maxCaptionWords {
		return "", false
	}
	if words <= 0 {
		return "", true
	}
	return k, true
}

// maxPictureSearch bounds the nodes nearPicture looks at: a caption's
// picture is close by, and a page of many caption boxes under one large
// parent must not be walked once per box.
const maxPictureSearch = 200

// nearPicture reports whether a picture is beside n, within its parent:
// a caption sits next to what it captions. It looks at the parent and
// the first nodes under it, maxPictureSearch in all, in document order,
// and no further, however many siblings n has.
func nearPicture(n *html.Node) bool {
	root := n.Parent
	if root == nil {
		return false
	}
	m := root
	for seen := 0; seen < maxPictureSearch; seen++ {
		if m.Type == html.ElementNode && (m.DataAtom == atom.Img || m.DataAtom == atom.Picture || m.DataAtom == atom.Video) {
			return true
		}
		// The next node in document order, without leaving root.
		if m.FirstChild != nil {
			m = m.FirstChild
			continue
		}
		for m != root && m.NextSibling == nil {
			m = m.Parent
		}
		if m == root {
			return false
		}
		m = m.NextSibling
	}
	return false
}

// minCaptionPart: a paragraph this long that a caption contains is the
// caption, or a part of it; a shorter one must be the whole caption.
const minCaptionPart = 5

// isCaption reports whether the paragraph whose WordsKey is k is a picture
// caption of the page.
func (w witnesses) isCaption(k string) bool {
	return within(w.captions, k)
}

// within reports whether the paragraph whose WordsKey is k is one of the
// boxes (textKeys) or, minCaptionPart words or longer, a part of one.
func within(boxes []string, k string) bool {
	n := keyWords(k)
	if n <= 0 {
		return false
	}
	for _, c := range boxes {
		if c == k || n >= minCaptionPart && strings.Contains(c, k) {
			return true
		}
	}
	return false
}

// minVoteShare: the vote may remove at most half of the text; past that,
// the witnesses found another part of the page and there is no majority.
const minVoteShare = 2

// minStandfirstWords: a first paragraph this long is a standfirst or a
// lede, kept without a vote; shorter ones are as often a kicker, a
// dateline or a share prompt.
const minStandfirstWords = 10

// vote drops the paragraphs of the chosen text that neither witness
// has: boilerplate (bylines of other stories, share prompts, captions of
// unrelated pictures) that one extractor kept and two did not, unless it
// is prose that two lost (see minLostWords). Paragraphs are only
// dropped, never changed, so the text stays the page's own. With a
// witness missing, the text stays as it is. On Dragnet and L3S-GN1 news
// pages the vote adds 2.5 points of precision for 0.7 of recall
// (internal/eval/extract); restoring paragraphs both witnesses have and
// trafilatura lacks did not pay and is not done.
func (w witnesses) vote(paras []string) []string {
	if len(w.keys) < 2 || len(paras) == 0 {
		return paras
	}
	bigrams := make([]map[string]struct{}, len(w.keys)) // built when first needed
	keys := make([]string, len(paras))
	keep := make([]bool, len(paras))
	lacked := make([]bool, len(paras))
	keptWords, allWords := 0, 0
	for i, p := range paras {
		keys[i] = WordsKey(p)
		n := keyWords(keys[i])
		allWords += n
		// A standfirst under the headline is often outside what the
		// witnesses take for the body, yet it is the article's.
		if i == 0 && n >= minStandfirstWords || w.supports(keys[i], bigrams) {
			keep[i] = true
			keptWords += n
			continue
		}
		lacked[i] = true
	}
	if keptWords*minVoteShare < allWords {
		return paras
	}
	eachRun(lacked, func(start, end int) {
		if start == 0 || end == len(paras) || end-start > maxLostRun {
			return
		}
		for i := start; i < end; i++ {
			k := keys[i]
			keep[i] = keyWords(k) >= minLostWords && endsSentence(paras[i]) && !w.isCaption(k) && !within(w.bios, k)
		}
	})
	kept := make([]string, 0, len(paras))
	for i, p := range paras {
		if keep[i] {
			kept = append(kept, p)
		}
	}
	return kept
}

// A paragraph neither witness has is still the article's when it is
// prose (minLostWords words or more, ending a sentence) in a short run
// (maxLostRun paragraphs at most) between two the vote keeps: one
// witness stopped at a break in the body and the other lost a paragraph
// or two (trafilatura breaks a body of bare <div>s into fragments), while
// boilerplate inside an article is short (share prompts, "READ MORE"
// links) and comment threads run long. Picture captions and author
// boxes stay out. On every dev page (5,922) it changed 42: 33 for the
// better (a college-admissions post 0.84 -> 0.99, BBC's news of 2026
// +0.014, Público's +0.016) and 9 for the worse, by 0.06 at most (a
// furniture shop's listing, an agency's pitch ending a post, an Ars
// Technica author box inspect does not know); no set's mean F1 moved by
// more than 0.0002 (Fundus's English pages 0.9662 -> 0.9664). Without the run
// bound (at 40 words) it also kept readers' comments between two
// paragraphs the witnesses had (Daily Maverick, -0.05); at 20 words
// without it, 68 pages changed for the better and 28 for the worse.
const (
	minLostWords = 25
	maxLostRun   = 2
)

// Fuzzy support: a paragraph of at least fuzzyMinWords words is a
// witness's when fuzzyShare of its word pairs are the witness's too.
// trafilatura sometimes loses the space at an inline element's edge
// ("nesting allows us to craft a" becomes "craft</em>a") or moves the text
// after one out of its paragraph, and a witness drops a footnote mark or
// an inline formula; an exact match then drops a paragraph both witnesses
// have.
const (
	fuzzyMinWords = 6
	fuzzyShare    = 0.6
)

// supports reports whether a witness has the paragraph whose WordsKey is k:
// all of it, or for a paragraph of fuzzyMinWords words or more, fuzzyShare
// of its word pairs. bigrams caches each witness's word pairs.
//
// A long paragraph is only looked up by its word pairs: a witness holding
// all of it holds all its pairs, so searching the witness's text for it
// could not change the answer, and that search, once per paragraph over
// the whole text, made the vote grow with paragraphs × text: it was half
// of the 4.7 s a page of 2,500 paragraphs took (1.8 s without it), and
// no page scored differently without it.
func (w witnesses) supports(k string, bigrams []map[string]struct{}) bool {
	words := strings.Fields(k)
	if len(words) < fuzzyMinWords {
		for _, wk := range w.keys {
			if strings.Contains(wk, k) {
				return true
			}
		}
		return false
	}
	need := pairsNeeded(len(words))
	for i, wk := range w.keys {
		if bigrams[i] == nil {
			bigrams[i] = wordPairs(wk)
		}
		hits := 0
		for j := 1; j < len(words); j++ {
			if _, ok := bigrams[i][words[j-1]+" "+words[j]]; ok {
				hits++
			}
		}
		if hits >= need {
			return true
		}
	}
	return false
}

// pairsNeeded is how many of the word pairs of a paragraph of n words
// another text must hold for the paragraph to be in it: fuzzyShare of
// them, rounded up.
func pairsNeeded(n int) int {
	return int(fuzzyShare*float64(n-1) + 0.999)
}

// wordPairs is the set of adjacent word pairs of a WordsKey.
func wordPairs(k string) map[string]struct{} {
	words := strings.Fields(k)
	set := make(map[string]struct{}, len(words))
	for j := 1; j < len(words); j++ {
		set[words[j-1]+" "+words[j]] = struct{}{}
	}
	return set
}

// WordsKey reduces text to its lower-cased words (runs of letters and
// digits) between single spaces, with a space at each end, so that one
// key inside another is the same words, whole.
func WordsKey(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(' ')
	inWord := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			inWord = true
		} else if inWord {
			b.WriteByte(' ')
			inWord = false
		}
	}
	if inWord {
		b.WriteByte(' ')
	}
	return b.String()
}

// keyWords is how many words a WordsKey holds.
func keyWords(k string) int { return max(strings.Count(k, " ")-1, 0) }

// cloneTree deep-copies a parsed page.
func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	c.Attr = append([]html.Attribute(nil), n.Attr...)
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(cloneTree(ch))
	}
	return c
}
