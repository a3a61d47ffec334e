package extract

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Some sites split an article's body into several containers of one kind,
// with advertisements in rows of their own between them: The New Yorker's
// pages of 2023 hold a long feature in three div.body__inner-container,
// each in its own grid row. trafilatura, readability and dom-distiller all
// keep to the first, and the reader gets a third of the article with no
// sign that the rest is missing. continueBody puts the later parts back.
//
// A part is in the text when partIn of its words are, and missing when
// at most partOut are. The first part in it must hold minFirstPartWords
// words: a comment or a teaser that slipped into the text is shorter, and
// the rest of its kind must not follow it in. From there, each next part
// in page order comes back while it is missing, holds minPartWords words
// or more, less than half of them in links (a list of links to other
// pages is not the article's), and follows the part before it with at
// most maxGapWords words of the page's text between them: the split
// body's parts have only advertisements between them, while the next
// story's body has its headline and byline before it, a forum's next post
// its author, a listing's next excerpt its title. The first part that
// does not stops it. Read off the New Yorker's page and the other pages a
// looser rule (any missing part after one in the text) changed on the dev
// sets (internal/eval/extract): 85 pages, 56 of them for the worse, most
// where the next story, a comment thread or a listing's excerpts came in.
// This rule changes 10 of 5,922: 8 for the better (the New Yorker's
// 0.64 -> 1.00 F1, CleanEval's and Utomo and Leu's pages by 0.01 to 0.33,
// WCXB's by 0.02 to 0.24) and 2 of a manual's pages by 0.01 to 0.03 for
// the worse.
const (
	partIn            = 0.8
	partOut           = 0.2
	minFirstPartWords = 150
	minPartWords      = 100
	maxGapWords       = 20
)

// bodyPart is one container of a set: where it is among the page's words,
// its paragraphs and their textKeys, and how many of its words there are
// and are in links.
type bodyPart struct {
	start, end       int // the page's words before it, and up to its end
	paras, keys      []string
	words, linkWords int
}

// findBodyParts returns the page's containers that come in sets: elements
// of one tag and class attribute, two or more on the page, each holding a
// paragraph of its own (a <p> child), outermost only, in page order. Each
// part's paragraphs are its block children's: paragraphs, headings,
// quotations and lists, not the advertisements or pictures beside them.
func findBodyParts(root *html.Node) [][]bodyPart {
	// Where each container lies first, its paragraphs only for the sets:
	// most containers of a page are the only one of their class.
	type placed struct {
		n          *html.Node
		start, end int
	}
	var order []string
	sets := map[string][]placed{}
	open := map[string]bool{}
	seen := 0 // words of the page's text so far
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			seen += countFields(n.Data)
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head:
				return
			case atom.Div, atom.Section, atom.Article:
				if class := strings.TrimSpace(attr(n, "class")); class != "" {
					sig := n.Data + "." + class
					if !open[sig] && hasChild(n, atom.P) {
						if len(sets[sig]) == 0 { // its first; parts are added at their end
							order = append(order, sig)
						}
						at := placed{n: n, start: seen}
						open[sig] = true
						defer func() {
							delete(open, sig)
							at.end = seen
							sets[sig] = append(sets[sig], at)
						}()
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	var out [][]bodyPart
	for _, sig := range order {
		if len(sets[sig]) < 2 {
			continue
		}
		parts := make([]bodyPart, len(sets[sig]))
		for i, at := range sets[sig] {
			parts[i] = newBodyPart(at.n)
			parts[i].start, parts[i].end = at.start, at.end
		}
		out = append(out, parts)
	}
	return out
}

// countFields is len(strings.Fields(s)) without the slice: it runs on
// every text node of every page.
func countFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in, n = true, n+1
		}
	}
	return n
}

// hasChild reports whether n has a child element a.
func hasChild(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return true
		}
	}
	return false
}

// newBodyPart reads a container's block children.
func newBodyPart(n *html.Node) bodyPart {
	var b bodyPart
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.P, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Ul, atom.Ol:
			b.linkWords += linkWords(c)
			for _, p := range paragraphs(c) {
				k := WordsKey(p)
				b.paras = append(b.paras, p)
				b.keys = append(b.keys, k)
				b.words += keyWords(k)
			}
		}
	}
	return b
}

// maxPartsBack bounds the parts continueBody puts back on a page: a split
// body has a handful (The New Yorker's three, a WCXB page's fourteen), and
// placing each costs a pass over the text, which a hostile page of
// thousands of sets would make quadratic.
const maxPartsBack = 64

// share is the part of b's words whose paragraphs the text (in) holds.
func (b bodyPart) share(in *textIndex) float64 {
	if b.words == 0 {
		return 0
	}
	n := 0
	for _, k := range b.keys {
		if in.holds(k) {
			n += keyWords(k)
		}
	}
	return float64(n) / float64(b.words)
}

// continueBody puts back into the chosen text the parts of a split body
// it lacks (see findBodyParts): each after the part before it that the
// text holds, less the paragraphs that are picture captions.
func continueBody(paras []string, sets [][]bodyPart, isCaption func(key string) bool) []string {
	if len(sets) == 0 {
		return paras
	}
	keys := make([]string, len(paras))
	for i, p := range paras {
		keys[i] = WordsKey(p)
	}
	in := newTextIndex(WordsKey(strings.Join(paras, " ")))
	back := 0
	for _, parts := range sets {
		anchor := -1 // the last part found in the text so far
		var missing []int
		for i, b := range parts {
			if anchor < 0 {
				if b.words >= minFirstPartWords && b.share(in) >= partIn {
					anchor = i
				}
				continue
			}
			s := b.share(in)
			if s >= partIn {
				anchor = i
				continue
			}
			if s > partOut || b.words < minPartWords || b.start-parts[i-1].end > maxGapWords || 2*b.linkWords > b.words {
				break
			}
			missing = append(missing, i)
		}
		// Each in page order, after the part before it, which the text
		// holds by then.
		for _, i := range missing {
			if back == maxPartsBack {
				return paras
			}
			back++
			var add, addKeys []string
			for j, p := range parts[i].paras {
				if k := parts[i].keys[j]; !isCaption(k) {
					add, addKeys = append(add, p), append(addKeys, k)
					in.add(k)
				}
			}
			at := after(keys, parts[i-1].lastKey())
			paras = slices.Insert(slices.Clip(paras), at, add...)
			keys = slices.Insert(keys, at, addKeys...)
		}
	}
	return paras
}

// textIndex tells whether a text holds a paragraph: all the paragraph's
// word pairs are the text's (its one word, for a paragraph of one). It
// stands in for searching the text for each paragraph, whose cost grows
// with paragraphs × text.
type textIndex struct {
	words, pairs map[string]struct{}
}

// newTextIndex indexes the text whose WordsKey is k.
func newTextIndex(k string) *textIndex {
	in := &textIndex{words: map[string]struct{}{}, pairs: map[string]struct{}{}}
	in.add(k)
	return in
}

// add indexes more of the text, whose WordsKey is k.
func (in *textIndex) add(k string) {
	ws := strings.Fields(k)
	for j, w := range ws {
		in.words[w] = struct{}{}
		if j > 0 {
			in.pairs[ws[j-1]+" "+w] = struct{}{}
		}
	}
}

// holds reports whether the text holds the paragraph whose WordsKey is k.
func (in *textIndex) holds(k string) bool {
	ws := strings.Fields(k)
	if len(ws) == 1 {
		_, ok := in.words[ws[0]]
		return ok
	}
	for j := 1; j < len(ws); j++ {
		if _, ok := in.pairs[ws[j-1]+" "+ws[j]]; !ok {
			return false
		}
	}
	return true
}

// lastKey is the WordsKey of b's last paragraph with a word in it.
func (b bodyPart) lastKey() string {
	for i := len(b.keys) - 1; i >= 0; i-- {
		if strings.TrimSpace(b.keys[i]) != "" {
			return b.keys[i]
		}
	}
	return ""
}

// after returns the index after the last paragraph (by WordsKey, keys)
// that is the text whose WordsKey is k, else the last that holds it, or
// len(keys) when none does (or k is empty). The part's paragraph is
// mostly the text's own, found by comparing; searching every paragraph
// for it was half of a hostile page's cost.
func after(keys []string, k string) int {
	if k == "" {
		return len(keys)
	}
	for i := len(keys) - 1; i >= 0; i-- {
		if keys[i] == k {
			return i + 1
		}
	}
	for i := len(keys) - 1; i >= 0; i-- {
		if strings.Contains(keys[i], k) {
			return i + 1
		}
	}
	return len(keys)
}

// linkWords counts the words of n's text that are in links.
func linkWords(n *html.Node) int {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return len(strings.Fields(textOf(n)))
	}
	c := 0
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c += linkWords(k)
	}
	return c
}
