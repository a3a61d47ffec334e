package pdf

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Document is a PDF's text and metadata.
type Document struct {
	Title, Author string
	// Created is the document's creation date from its metadata, zero if
	// unknown.
	Created time.Time
	// Pages is the document's page count.
	Pages int
	// Paragraphs are in reading order. Their text is single-spaced, trimmed
	// and free of control characters.
	Paragraphs []Paragraph
}

// Paragraph is a paragraph and the pages it lies on.
type Paragraph struct {
	Text string
	// Page is the 1-based page the paragraph starts on.
	Page int
	// Breaks mark where a paragraph running over a page break continues:
	// Text[Breaks[i].Offset:] is on page Breaks[i].Page.
	Breaks []Break
}

// Break is where a later page begins inside a paragraph's text.
type Break struct {
	Offset int // byte offset in Paragraph.Text
	Page   int // 1-based
}

// Layout thresholds, in multiples of the body text's line pitch or font
// size: typeset text keeps these ratios whatever the page size.
const (
	// paraGap: a vertical step this much larger than the usual line pitch
	// is the blank space between paragraphs.
	paraGap = 1.4
	// indentEm: a line starting this many ems right of the previous one
	// is a first-line indent.
	indentEm = 0.8
	// shortLine: a line ending this far (as a share of the column's width)
	// before the column's right edge ends its paragraph when it ends a
	// sentence, and always when it ends before half the column.
	shortLine = 0.15
	// sizeChange: a font size differing this much from the previous line's
	// is a heading or a caption, not the same paragraph.
	sizeChange = 0.15
	// edgeLines: running headers and footers are among a page's first or
	// last two lines.
	edgeLines = 2
	// repeatShare: a line at a page edge found on this share of the pages
	// (and at least minRepeats of them) is a running header or footer.
	repeatShare = 0.4
	minRepeats  = 3
	// titleSize: a first-page line this much larger than the body text is
	// the title.
	titleSize = 1.2
	// maxTitleLines bounds a title spread over lines.
	maxTitleLines = 3
)

// document lays the raw lines out as paragraphs.
func (raw *rawDocument) document() *Document {
	d := &Document{Pages: len(raw.pages)}
	pages := dropRunningLines(raw.pages)
	body := bodyMetrics(pages)
	vocab := vocabulary(pages)
	var cur *Paragraph
	var prev *line
	var b strings.Builder
	flush := func() {
		if cur != nil {
			cur.Text = strings.TrimSuffix(b.String(), "\u00ad")
			d.Paragraphs = append(d.Paragraphs, *cur)
		}
		cur, prev = nil, nil
		b.Reset()
	}
	for pi, lines := range pages {
		first := true
		for li := range lines {
			ln := &lines[li]
			text := normalize(ln.text)
			if text == "" {
				continue
			}
			newPage := first
			first = false
			switch {
			case cur == nil:
			case newPage && prev != nil && continuesAcrossPage(prev, ln, text):
				// A sentence running on to the next page.
				joinLine(&b, prev.text, text, vocab)
				cur.Breaks = append(cur.Breaks, Break{Offset: breakOffset(&b, text), Page: pi + 1})
				prev = ln
				continue
			case newPage || startsParagraph(prev, ln, body):
				flush()
			default:
				joinLine(&b, prev.text, text, vocab)
				prev = ln
				continue
			}
			if cur == nil {
				cur = &Paragraph{Page: pi + 1}
			}
			b.WriteString(text)
			prev = ln
		}
	}
	flush()
	// Figure labels and axis ticks ("0 10 20 30") are not prose.
	d.Paragraphs = slices.DeleteFunc(d.Paragraphs, func(p Paragraph) bool { return !hasWord(p.Text) })
	d.Title = pickTitle(raw.meta.title, pages, body)
	if a := cleanMeta(raw.meta.author); !junkAuthor(a) {
		d.Author = a
	} else {
		d.Author = bylineOnFirstPage(pages)
	}
	d.Created = parseDate(raw.meta.created)
	return d
}

// hasWord reports text holding two letters in a row.
func hasWord(text string) bool {
	run := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			if run++; run == 2 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// breakOffset is where text, just written at the end of b, begins.
func breakOffset(b *strings.Builder, text string) int { return b.Len() - len(text) }

// metrics describe the body text: its usual line pitch and font size.
type metrics struct {
	pitch, size float64
}

// bodyMetrics takes the median line pitch and font size: most lines of a
// document are body text.
func bodyMetrics(pages [][]line) metrics {
	var pitches, sizes []float64
	for _, lines := range pages {
		for i := range lines {
			if lines[i].size > 0 {
				sizes = append(sizes, lines[i].size)
			}
			if i > 0 {
				if p := lines[i-1].bottom - lines[i].bottom; p > 0 {
					pitches = append(pitches, p)
				}
			}
		}
	}
	return metrics{pitch: median(pitches), size: median(sizes)}
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	return xs[len(xs)/2]
}

// startsParagraph decides whether ln opens a new paragraph after prev, on
// the same page.
func startsParagraph(prev, ln *line, body metrics) bool {
	em := max(ln.size, prev.size, 1)
	pitch := prev.bottom - ln.bottom
	usual := body.pitch
	if usual <= 0 {
		usual = 1.2 * em
	}
	switch {
	case prev.size > 0 && ln.size > 0 && relDiff(prev.size, ln.size) > sizeChange:
		return true // a heading, caption or footnote
	case pitch > paraGap*usual:
		return true // blank space
	case pitch < -0.5*em:
		// Back up the page: the next column. The paragraph goes on unless
		// the last one ended a sentence.
		return endsSentence(prev.text)
	case ln.left > prev.left+indentEm*em && pitch > 0:
		return true // first-line indent
	}
	width := prev.right - min(prev.left, ln.left)
	edge := max(prev.right, ln.right)
	if width <= 0 || edge <= 0 {
		return false
	}
	short := edge - prev.right
	colWidth := edge - min(prev.left, ln.left)
	if short > 0.5*colWidth {
		return true
	}
	return short > shortLine*colWidth && endsSentence(prev.text)
}

func relDiff(a, b float64) float64 {
	return abs(a-b) / max(a, b)
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// continuesAcrossPage reports whether a page's first line goes on with the
// previous page's last paragraph: it did not end a sentence, or the new
// line starts in lower case; and the type size stays the same.
func continuesAcrossPage(prev, ln *line, next string) bool {
	if prev.size > 0 && ln.size > 0 && relDiff(prev.size, ln.size) > sizeChange {
		return false // a heading, or a footnote ending the page
	}
	r, _ := utf8.DecodeRuneInString(next)
	return !endsSentence(prev.text) || unicode.IsLower(r)
}

// endsSentence reports text ending on sentence punctuation, allowing
// closing quotes, brackets and footnote digits after it.
func endsSentence(text string) bool {
	t := strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»)]*†", r) || unicode.IsDigit(r) && !strings.HasSuffix(strings.TrimRightFunc(text, unicode.IsDigit), " ")
	})
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?:;…。！？", r)
}

// joinLine appends next to b, which ends with the line prev: with a space,
// or, when prev ends in a line-end hyphenation, without one and without
// the hyphen.
func joinLine(b *strings.Builder, prev, next string, vocab map[string]int) {
	cur := b.String()
	if cut, ok := dehyphenate(cur, next, vocab); ok {
		b.Reset()
		b.WriteString(cur[:cut])
		b.WriteString(next)
		return
	}
	last, size := utf8.DecodeLastRuneInString(cur)
	first, _ := utf8.DecodeRuneInString(next)
	before, _ := utf8.DecodeLastRuneInString(cur[:len(cur)-size])
	// A hyphen kept at a line end joins its compound ("well-known",
	// "1943-2004"); CJK runs without spaces.
	hyphen := (last == '-' || last == '\u2010') && before != utf8.RuneError && !unicode.IsSpace(before)
	if !hyphen && !(isCJK(last) && isCJK(first)) {
		b.WriteByte(' ')
	}
	b.WriteString(next)
}

// dehyphenate decides whether text ends with a hyphen that only breaks a
// word across lines, and if so where to cut it off. A soft hyphen always
// is one. A plain hyphen between letters, followed by a lower-case
// letter, is one when the document shows the joined word elsewhere, or
// does not show the hyphenated word elsewhere: "infor- mation" becomes
// "information", while "well- known" stays "well-known" in a document
// that writes "well-known" on one line.
func dehyphenate(text, next string, vocab map[string]int) (int, bool) {
	last, size := utf8.DecodeLastRuneInString(text)
	if size == 0 {
		return 0, false
	}
	if last == '\u00ad' {
		return len(text) - size, true
	}
	if last != '-' && last != '\u2010' {
		return 0, false
	}
	stem := text[:len(text)-size]
	before, _ := utf8.DecodeLastRuneInString(stem)
	after, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLetter(before) || !unicode.IsLower(after) {
		return 0, false
	}
	head := lastWord(stem)
	tail := firstWord(next)
	joined := strings.ToLower(head + tail)
	hyphenated := strings.ToLower(head + "-" + tail)
	switch {
	case vocab[joined] > 0:
		return len(text) - size, true
	case vocab[hyphenated] > 0:
		return 0, false
	case len(head) > 1 && len(tail) > 1 && vocab[strings.ToLower(head)] > 0 && vocab[strings.ToLower(tail)] > 0:
		// Two words the document uses on their own: a compound
		// ("vegetable-made"), not a word split by a line break.
		return 0, false
	}
	return len(text) - size, true
}

// lastWord and firstWord are the letters touching a line break.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	return s[i+1:]
}

func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if i < 0 {
		return s
	}
	return s[:i]
}

// vocabulary counts the words (hyphenated compounds as one) the document
// shows inside its lines, where no line break can have split them: a
// line's last word when it ends on a hyphen, and the first word after
// such a line, are left out.
func vocabulary(pages [][]line) map[string]int {
	v := map[string]int{}
	for _, lines := range pages {
		split := false
		for _, ln := range lines {
			words := strings.Fields(ln.text)
			for i, w := range words {
				if i == 0 && split {
					continue
				}
				w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
				if w != "" {
					v[strings.ToLower(w)]++
				}
			}
			last, _ := utf8.DecodeLastRuneInString(ln.text)
			split = last == '-' || last == '\u2010' || last == '\u00ad' || isHyphenMark(last)
			if split && len(words) > 0 {
				w := strings.TrimFunc(words[len(words)-1], func(r rune) bool { return !unicode.IsLetter(r) })
				v[strings.ToLower(w)]--
			}
		}
	}
	return v
}

// normalize single-spaces a line, drops control and invisible characters
// (a hyphen mark is kept only at the end, where it marks a break), and
// spells out typographic ligatures, as readers type them.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	runes := []rune(strings.TrimSpace(s))
	for i, r := range runes {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case isHyphenMark(r):
			// PDFium's mark for any hyphen it found at a line end, soft or
			// part of a compound: a plain hyphen for dehyphenate to judge.
			if i == len(runes)-1 {
				b.WriteByte('-')
			}
			continue
		case r == '\u00ad':
			if i == len(runes)-1 {
				b.WriteRune(r) // a soft hyphen: surely a word break
			}
			continue
		case r == '\u200b' || r == '\ufeff' || unicode.IsControl(r) || r == utf8.RuneError:
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if lig, ok := ligatures[r]; ok {
			b.WriteString(lig)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var ligatures = map[rune]string{
	'\ufb00': "ff", '\ufb01': "fi", '\ufb02': "fl", '\ufb03': "ffi", '\ufb04': "ffl", '\ufb05': "st", '\ufb06': "st",
}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// pageNumber matches lines that are only a page number: "7", "- 7 -",
// "Page 7", "Page 7 of 12", "7/12", "vii".
var pageNumber = regexp.MustCompile(`(?i)^[-–—\s]*(page\s*)?(\d{1,4}|[ivxlcdm]{1,7})(\s*(of|/)\s*\d{1,4})?[-–—\s]*$`)

// dropRunningLines removes page numbers and running headers and footers:
// lines at a page's top or bottom that repeat, digits aside, on many pages.
func dropRunningLines(pages [][]line) [][]line {
	// Page numbers inside a running line change from page to page, so
	// every run of digits counts as one symbol.
	key := func(s string) string {
		var b strings.Builder
		digits := false
		for _, f := range strings.Fields(strings.ToLower(s)) {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			for _, r := range f {
				if unicode.IsDigit(r) {
					if !digits {
						b.WriteByte('#')
					}
					digits = true
					continue
				}
				digits = false
				b.WriteRune(r)
			}
			digits = false
		}
		return b.String()
	}
	edge := func(lines []line, i int) bool { return i < edgeLines || i >= len(lines)-edgeLines }
	seen := map[string]int{}
	for _, lines := range pages {
		onPage := map[string]bool{}
		for i, ln := range lines {
			if edge(lines, i) {
				onPage[key(ln.text)] = true
			}
		}
		for k := range onPage {
			seen[k]++
		}
	}
	repeats := max(minRepeats, int(repeatShare*float64(len(pages))+0.5))
	out := make([][]line, len(pages))
	for pi, lines := range pages {
		kept := make([]line, 0, len(lines))
		for i, ln := range lines {
			if edge(lines, i) && (pageNumber.MatchString(ln.text) || seen[key(ln.text)] >= repeats) {
				continue
			}
			kept = append(kept, ln)
		}
		out[pi] = kept
	}
	return out
}

// pickTitle prefers the metadata title unless it is a file name or a
// tool's placeholder, else the first page's largest line(s).
func pickTitle(metaTitle string, pages [][]line, body metrics) string {
	if t := cleanMeta(metaTitle); t != "" && !junkTitle(t) {
		return t
	}
	if len(pages) == 0 || len(pages[0]) == 0 {
		return ""
	}
	first := pages[0]
	biggest := 0.0
	for _, ln := range first[:min(len(first), 20)] {
		biggest = max(biggest, ln.size)
	}
	if biggest <= 0 || biggest < titleSize*body.size {
		return ""
	}
	var parts []string
	for _, ln := range first {
		if relDiff(ln.size, biggest) <= 0.05 {
			parts = append(parts, normalize(ln.text))
			if len(parts) == maxTitleLines {
				break
			}
		} else if len(parts) > 0 {
			break
		}
	}
	return strings.Join(parts, " ")
}

// cleanMeta single-spaces a metadata string.
func cleanMeta(s string) string {
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, s)), " ")
}

// junkTitle reports metadata titles that word processors fill in by
// themselves: file names, "Microsoft Word - x.doc", "untitled".
func junkTitle(t string) bool {
	l := strings.ToLower(t)
	for _, ext := range []string{".doc", ".docx", ".pdf", ".indd", ".odt", ".rtf", ".tex", ".dvi", ".qxd", ".ps"} {
		if strings.HasSuffix(l, ext) {
			return true
		}
	}
	return strings.HasPrefix(l, "microsoft word") || l == "untitled" || l == "title" || utf8.RuneCountInString(t) < 3
}

// byline matches a first-page line naming the authors: "By Ana Ruiz and
// Tom Li", "BY THE EDITORIAL BOARD".
var byline = regexp.MustCompile(`^(?i:by)\s+(\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:and\s+|&\s+)?\p{L}[\p{L}.'’-]*){0,7})$`)

// bylineLines is how far down the first page a byline is looked for.
const bylineLines = 15

// bylineOnFirstPage finds the authors on the first page, "" if none.
func bylineOnFirstPage(pages [][]line) string {
	if len(pages) == 0 {
		return ""
	}
	for _, ln := range pages[0][:min(len(pages[0]), bylineLines)] {
		if m := byline.FindStringSubmatch(normalize(ln.text)); m != nil {
			return m[1]
		}
	}
	return ""
}

// junkAuthor reports metadata authors that are an account's name, not the
// writer's: office software fills in whoever is logged in.
func junkAuthor(a string) bool {
	switch strings.ToLower(a) {
	case "", "administrator", "admin", "user", "owner", "unknown", "author", "root":
		return true
	}
	return false
}
