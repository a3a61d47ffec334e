package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
	"golang.org/x/net/html"
)

// cjkRunesPerWord converts Chinese, Japanese and Korean characters, written
// without spaces, into word counts: words in those languages average about
// two characters.
const cjkRunesPerWord = 2

// minLanguageRunes is the text length under which language detection is a
// guess not worth reporting.
const minLanguageRunes = 200

// paragraphs rebuilds the paragraphs of a content tree: every block element
// starts a new paragraph, inline elements and text join the current one, a
// single <br> is a space and two in a row end a paragraph.
func paragraphs(root *html.Node) []string {
	if root == nil {
		return nil
	}
	b := &paraBuilder{}
	b.walk(root)
	b.flush()
	return b.paras
}

type paraBuilder struct {
	paras []string
	cur   strings.Builder
	// brs counts consecutive <br> elements with only whitespace between.
	brs int
}

func (b *paraBuilder) flush() {
	b.brs = 0
	if p := collapseSpace(b.cur.String()); p != "" {
		b.paras = append(b.paras, p)
	}
	b.cur.Reset()
}

func (b *paraBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if strings.TrimSpace(n.Data) != "" {
			b.brs = 0
		}
		b.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		switch kind := tagKind(strings.ToLower(n.Data)); kind {
		case kindSkip:
			return
		case kindBreak:
			b.brs++
			if b.brs >= 2 {
				b.flush()
			} else {
				b.cur.WriteByte(' ')
			}
			return
		case kindRule:
			b.flush()
			return
		case kindCell:
			b.cur.WriteByte(' ')
			b.children(n)
			b.cur.WriteByte(' ')
			return
		case kindBlock:
			b.flush()
			b.children(n)
			b.flush()
			return
		}
	}
	b.children(n)
}

func (b *paraBuilder) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c)
	}
}

type kind int

const (
	kindInline kind = iota
	kindBlock
	kindCell
	kindBreak
	kindRule
	kindSkip
)

// tagKind says how an element shapes paragraphs. Names are matched as
// strings because trafilatura builds its content tree without atoms.
func tagKind(tag string) kind {
	switch tag {
	case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt",
		"blockquote", "pre", "tr", "table", "thead", "tbody", "tfoot", "caption",
		"ul", "ol", "dl", "section", "article", "header", "footer", "main",
		"aside", "nav", "figure", "figcaption", "summary", "details", "address",
		"center", "body", "html", "form", "fieldset", "legend", "hgroup",
		// trafilatura's internal names, in case any survive conversion
		"head", "list", "item", "quote", "row":
		return kindBlock
	case "td", "th", "cell":
		return kindCell
	case "br", "lb":
		return kindBreak
	case "hr":
		return kindRule
	case "script", "style", "noscript", "template", "img", "graphic",
		"svg", "math", "iframe", "object", "video", "audio", "picture",
		"source", "input", "button", "select", "textarea":
		return kindSkip
	}
	return kindInline
}

// collapseSpace trims s and turns each run of whitespace into one space. It
// also drops control characters and the invisible characters (zero-width
// space, byte-order mark, soft hyphen) that readers cannot type when they
// quote the text; everything else is kept as is.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '\u200b' || r == '\ufeff' || r == '\u00ad' || unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// WordCount counts the words of a text, reckoning runs of Chinese,
// Japanese and Korean characters, which are written without spaces, at
// two characters a word. It is the one word count of articlebot: minimum
// lengths, partial-article warnings and reading times all use it.
func WordCount(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		cjk, other := 0, false
		for _, r := range f {
			if isCJK(r) {
				cjk++
			} else if unicode.IsLetter(r) || unicode.IsNumber(r) {
				other = true
			}
		}
		w := (cjk + cjkRunesPerWord - 1) / cjkRunesPerWord
		if other || w == 0 {
			w++
		}
		n += w
	}
	return n
}

// firstCJK is the lowest code point of the four scripts isCJK reads
// (Hangul Jamo): below it, the common case, no table need be searched.
const firstCJK = 0x1100

func isCJK(r rune) bool {
	return r >= firstCJK && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// dropLeadingTitle removes a first paragraph that repeats the title: the
// headline is kept in Document.Title, and a second copy in the text would
// surface as a sentence of its own. The only paragraph is never removed.
func dropLeadingTitle(paras []string, title string) []string {
	// A lone paragraph is the text, whatever the title says: on a page
	// whose <title> is never closed, the title swallows the whole page.
	if len(paras) < 2 || title == "" {
		return paras
	}
	if repeatsTitle(paras[0], title) {
		return paras[1:]
	}
	return paras
}

// repeatsTitle reports whether a paragraph is the title again (a heading),
// ignoring case and trailing punctuation.
func repeatsTitle(para, title string) bool {
	trim := func(s string) string {
		return strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	}
	return title != "" && strings.EqualFold(trim(para), trim(title))
}

// truncated reports whether the text ends the way excerpts do: on an
// ellipsis or a "read more" link.
func truncated(paras []string) bool {
	if len(paras) == 0 {
		return false
	}
	last := strings.ToLower(paras[len(paras)-1])
	for _, end := range []string{"…", "...", "[…]", "[...]", "(…)", "(...)"} {
		if strings.HasSuffix(last, end) {
			return true
		}
	}
	if utf8.RuneCountInString(last) > 40 {
		return false
	}
	for _, more := range []string{"read more", "continue reading", "read the full", "read full", "keep reading"} {
		if strings.HasPrefix(last, more) {
			return true
		}
	}
	return false
}

// languageSampleBytes is how much of the text the language is guessed
// from: a few paragraphs settle it, and counting the trigrams of a whole
// long article was a tenth of ingest's CPU.
const languageSampleBytes = 4 << 10

// detectLanguage returns the ISO 639-1 code of the text's language, or ""
// when the text is too short or the guess unreliable.
func detectLanguage(text string) string {
	if utf8.RuneCountInString(text) < minLanguageRunes {
		return ""
	}
	if len(text) > languageSampleBytes {
		cut := languageSampleBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		if sp := strings.LastIndexAny(text[:cut], " \n"); sp > 0 {
			cut = sp // a whole last word
		}
		text = text[:cut]
	}
	info := whatlanggo.Detect(text)
	if !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}
