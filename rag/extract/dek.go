package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The dek (standfirst) is the line or two under a headline that says
// what the story is about: the Guardian's "Police in Spanish city
// continue to search debris after blaze …". Sites give it as the page's
// description too, and show it in a box of its own between the headline
// and the body, where trafilatura, readability and dom-distiller all
// leave it out. Of Fundus's 65 English-language pages, 16 show their
// description so and their annotators kept it; articlebot had none of
// them.
//
// A description is taken for the dek only when an element after the
// first <h1> shows it, word for word and nothing else: a description
// that only the page's metadata holds is a search engine's snippet, not
// the article's words.
const (
	minDekWords = 4   // shorter descriptions match a heading or a label
	maxDekBytes = 600 // longer ones are the body's opening, cut
)

// description is a meta description of the page, to look for on it.
type description struct {
	key  string // WordsKey
	size int    // bytes of the content, to look only at texts of about its length
}

// noteDescription keeps a <meta> description (description, og: and
// twitter:) that could be a dek, once per wording.
func (in *inspector) noteDescription(name, content string) {
	switch strings.ToLower(name) {
	case "description", "og:description", "twitter:description":
	default:
		return
	}
	if len(content) > maxDekBytes {
		return
	}
	k := WordsKey(content)
	if keyWords(k) < minDekWords {
		return
	}
	for _, d := range in.descriptions {
		if d.key == k {
			return
		}
	}
	in.descriptions = append(in.descriptions, description{k, len(content)})
}

// watchDek reports whether n could show the dek, which inspect then
// checks once n's text is read (see dekShown): an element after the first
// headline, shown, while no dek is found.
func (in *inspector) watchDek(n *html.Node) bool {
	return in.p.dek == "" && len(in.descriptions) > 0 && len(in.p.headlines) > 0 &&
		!in.inUnshown && n.DataAtom != atom.H1
}

// dekShown notes as the page's dek the text read since start if it is
// one of the page's descriptions. Only texts of about a description's
// length are reduced to words, so a page of many elements costs a
// length comparison each.
func (in *inspector) dekShown(start int) {
	text := in.text.String()[start:]
	for _, d := range in.descriptions {
		if len(text) < d.size*9/10-20 || len(text) > d.size*13/10+40 {
			continue
		}
		if WordsKey(text) == d.key {
			in.p.dek = collapseSpace(text)
			return
		}
	}
}

// withDek puts the page's dek before the body's paragraphs, unless they
// hold it already (a description that is the first paragraph) or it is
// the title.
func withDek(paras []string, dek, title string) []string {
	if dek == "" || repeatsTitle(dek, title) {
		return paras
	}
	if newTextIndex(WordsKey(strings.Join(paras, " "))).holds(WordsKey(dek)) {
		return paras
	}
	return append([]string{dek}, paras...)
}
