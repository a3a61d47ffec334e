package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// shownNever reports whether an element is hidden on every screen: it has
// the hidden attribute, an inline display:none, or the class "hidden"
// with no responsive class beside it ("hidden md:block" shows on wider
// screens). Screen-reader-only text and aria-hidden are not this: the
// first is read out, the second is shown (see restoreHidden).
func shownNever(n *html.Node) bool {
	if n.Type != html.ElementNode || len(n.Attr) == 0 {
		return false
	}
	if hasAttr(n, "hidden") {
		return true
	}
	if style := attr(n, "style"); style != "" &&
		strings.Contains(strings.ToLower(strings.ReplaceAll(style, " ", "")), "display:none") {
		return true
	}
	class := attr(n, "class")
	return hasToken(class, "hidden") && !strings.Contains(class, ":")
}

// unshownText is what inspect read of the elements a page never shows
// (see shownNever): text holds all the page's text, and spans where in
// it each outermost such element's text is.
type unshownText struct {
	text  string
	spans [][2]int
}

// unshownFilter tells the paragraphs whose words are only in elements the
// page never shows, and not in trafilatura's text either. trafilatura
// leaves such elements out; readability and dom-distiller keep them, so
// their texts carried the subscription offer Postmedia's papers hide
// under every story, which cost them the vote against trafilatura's
// shorter text, and brought it along when they won (four of Fundus's
// Canadian pages), or the Wall Street Journal's hidden reprint notice
// (Dragnet).
type unshownFilter struct {
	u        unshownText
	own      []string
	hidden   *textIndex // the unshown elements' words; nil when there are none
	shown    *textIndex // the rest of the page's words, indexed when first needed
	ownWords *textIndex // trafilatura's, when first needed
}

// newUnshownFilter indexes the unshown text of a page whose trafilatura
// text is own. The rest of the page is indexed only when a paragraph
// holds unshown words, which few pages have.
func newUnshownFilter(u unshownText, own []string) *unshownFilter {
	f := &unshownFilter{u: u, own: own}
	if len(u.spans) > 0 {
		f.hidden = newTextIndex("")
		for _, s := range u.spans {
			f.hidden.add(WordsKey(u.text[s[0]:s[1]]))
		}
	}
	return f
}

// keep drops from paras the paragraphs only the unshown elements hold.
func (f *unshownFilter) keep(paras []string) []string {
	if f.hidden == nil {
		return paras
	}
	var out []string
	for i, p := range paras {
		k := WordsKey(p)
		if keyWords(k) == 0 || !f.hidden.holds(k) || f.seen(k) {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(paras)), paras[:i]...)
		}
	}
	if out == nil {
		return paras
	}
	return out
}

// seen reports whether the paragraph whose WordsKey is k is in
// trafilatura's text or somewhere the page shows.
func (f *unshownFilter) seen(k string) bool {
	if f.shown == nil {
		f.ownWords = newTextIndex(WordsKey(strings.Join(f.own, " ")))
		var b strings.Builder
		at := 0
		for _, s := range f.u.spans {
			b.WriteString(f.u.text[at:s[0]])
			b.WriteByte(' ')
			at = s[1]
		}
		b.WriteString(f.u.text[at:])
		f.shown = newTextIndex(WordsKey(b.String()))
	}
	return f.ownWords.holds(k) || f.shown.holds(k)
}

// dropUnshown drops from each witness's text what the page never shows
// (see unshownFilter), so that the vote weighs the texts as a reader
// sees them.
func (w *witnesses) dropUnshown(f *unshownFilter) {
	for i, ps := range w.paras {
		if kept := f.keep(ps); len(kept) < len(ps) {
			w.paras[i] = kept
			w.keys[i] = WordsKey(strings.Join(kept, " "))
		}
	}
}
