package extract

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// authorBoxName matches one class or id token of a box about the article's
// author ("author__biography", "authorprofile-biography", "author-bio",
// "about-the-author", WordPress themes' "author-box" and "postauthor"):
// trafilatura mostly leaves it out, readability and dom-distiller keep it
// with the article, and modern annotators leave it out. The two theme
// names changed 3 of 5,922 dev pages: a Google-Trends-2017 page 0.92 ->
// 0.99 and a WCXB article +0.02; another WCXB article, whose truth keeps
// the box, lost 0.004.
var authorBoxName = regexp.MustCompile(`(?i)biography|author[-_]*(?:bio|info|about|desc|profile|details|card|box)|about[-_]*(?:the[-_]*)?authors?\b|(?:writer|contributor|byline)[-_]*bio|^postauthor$`)

// maxBioWords: a box named for the author with more words than this holds
// more than a biography (a page of an author's articles, or the article
// inside a wrapper so named).
const maxBioWords = 150

// bioKey reports whether n is a box about the article's author — an
// element whose class or id names one, maxBioWords words or fewer — and
// returns its WordsKey ("" when it holds no words). A box is taken whole.
func bioKey(n *html.Node) (string, bool) {
	named := false
	for _, a := range []string{"class", "id"} {
		v := strings.ToLower(attr(n, a))
		// Every name the pattern takes holds one of these; most elements
		// hold neither, and skip the pattern.
		if !strings.Contains(v, "author") && !strings.Contains(v, "bio") {
			continue
		}
		for _, tok := range strings.Fields(v) {
			if authorBoxName.MatchString(tok) {
				named = true
			}
		}
	}
	if !named {
		return "", false
	}
	// A box's name, title and biography sit in elements of their own
	// with nothing between them, and the paragraphs a witness makes of
	// them must still be found inside its WordsKey, whole words.
	k := WordsKey(joinText(n, " "))
	words := keyWords(k)
	if words > maxBioWords {
		return "", false
	}
	if words <= 0 {
		return "", true
	}
	return k, true
}

// dropBios drops the paragraphs that are a box about the author, or a part
// of one, unless they are half the text or more: then the page is about
// the author. It drops them from trafilatura's text too, which keeps some
// (TechRadar's of 2026). Modern annotations leave biographies out; some
// older ones kept them. On the dev sets (internal/eval/extract, 5,922
// pages) it changed 24: 17 for the better (Fundus's CBC and TechRadar
// pages +0.03 each, Dragnet's nine up to +0.21), 7 for the worse, where
// the truth keeps the biography (L3S-GN1's two press releases' "about the
// organization", CleanEval's two columns, a blog by its own author in
// WCXB). Every set's F1 moved by 0.001 at most. The box's short lines
// beside it then changed 10 more by 0.001 to 0.05, 7 for the better
// (Dragnet's five), 3 for the worse, pages whose truth keeps the box.
func (w witnesses) dropBios(paras []string) []string {
	if len(w.bios) == 0 {
		return paras
	}
	bio := make([]bool, len(paras))
	keys := make([]string, len(paras))
	words := make([]int, len(paras))
	total := 0
	for i, p := range paras {
		keys[i] = WordsKey(p)
		words[i] = keyWords(keys[i])
		total += words[i]
		bio[i] = within(w.bios, keys[i])
	}
	// A box's short lines (its "About the author" heading, the author's
	// name and title) are too short to be told apart from the article's
	// alone; beside a line of the box that is, inside the same box, they
	// are the box's too.
	inBox := func(i int) bool {
		if words[i] == 0 || words[i] >= minCaptionPart {
			return false
		}
		for _, b := range w.bios {
			if strings.Contains(b, keys[i]) {
				return true
			}
		}
		return false
	}
	box := slices.Clone(bio)
	for i := range paras {
		if !box[i] {
			continue
		}
		// Each side's run of short lines, up to the next line of the box.
		for _, step := range []int{-1, 1} {
			for j := i + step; j >= 0 && j < len(paras) && !box[j] && inBox(j); j += step {
				bio[j] = true
			}
		}
	}
	gone := 0
	for i := range paras {
		if bio[i] {
			gone += words[i]
		}
	}
	if gone == 0 || 2*gone >= total {
		return paras
	}
	kept := paras[:0:0]
	for i, p := range paras {
		if !bio[i] {
			kept = append(kept, p)
		}
	}
	return kept
}
