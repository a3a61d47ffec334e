package quotes

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a sentence span of the text, as the segmenter gives it.
type Sentence struct{ Start, End, Paragraph int }

// Quotation is a direct quotation: text[Start:End] is the quoted words
// without the quote marks.
type Quotation struct {
	Start, End int
	Sentence   int    // index of the sentence where it starts
	Speaker    string // resolved full name, or "" when unattributed
	Cue        string // the speech verb found ("said", "told reporters"), "" if none
}

// Attribution is reported speech: a sentence saying what someone said
// without quoting all of it ("Sheinbaum said the government was informed").
type Attribution struct {
	Sentence int
	Speaker  string
	Cue      string
}

// Person is a full name found in the text, titles stripped, with the
// indexes of the sentences mentioning it (by full or unambiguous short
// name), so callers can find what the article says about someone.
type Person struct {
	Name     string
	Mentions []int
}

// Version names the rules Analyze follows. A library keeps the quotations
// Analyze found when each article was ingested, and analyzes its articles
// again when a program with another Version opens it, so that better rules
// reach the articles already shared. Any change to what Analyze returns,
// or to the sentences rag gives it, takes a new Version; TestVersion holds
// it to Analyze's answers on this package's tests.
const Version = 141

// Analysis is what Analyze finds.
type Analysis struct {
	Quotations  []Quotation
	Paraphrases []Attribution
	People      []Person
	// Entities are what Entities returns for the same text and sentences,
	// found with the people rather than in a second reading.
	Entities []string
}

// Analyze finds the quotations, reported speech and people of an article.
// sentences must be in text order, their paragraphs too, and inside text;
// spans that are not are ignored rather than trusted.
func Analyze(text string, sentences []Sentence) Analysis {
	a := newAnalyzer(text, sentences)
	a.findPeople()
	entities := a.entityKeys()
	a.findQuotations()
	a.learnGenders()
	cues, reports := a.cues(), a.reporters()
	helped := help(cues.drain, reports.drain)
	a.attribute(cues)
	a.findParaphrases(reports)
	helped()
	return Analysis{Quotations: a.quotes, Paraphrases: a.paras, People: a.people, Entities: entities}
}

// newAnalyzer returns an analyzer of text with nothing found yet.
func newAnalyzer(text string, sentences []Sentence) *analyzer {
	text = MaskLinkCards(text)
	a := &analyzer{text: text, sents: validSentences(text, sentences), bareFirst: map[string][2]int{}, together: map[[2]int]bool{}, unnamedBy: map[int]bool{}}
	a.paraFirst, a.paraLast = paragraphBounds(a.sents)
	// A title ("Trump Jr. defends Skittles tweet") tells no one apart:
	// the body may call him "Trump" all along.
	a.bySuffix = bySuffix(text, titleEnd(text))
	return a
}

// paragraphBounds returns, for each sentence, the first and the last
// sentence of its paragraph: rules asking it for every pronoun or
// quotation once walked the paragraph, or every sentence, each time,
// which a paragraph of thousands of sentences made cost the square of its
// length.
func paragraphBounds(ss []Sentence) (first, last []int) {
	first, last = make([]int, len(ss)), make([]int, len(ss))
	for i := range ss {
		if i > 0 && ss[i-1].Paragraph == ss[i].Paragraph {
			first[i] = first[i-1]
		} else {
			first[i] = i
		}
	}
	for i := len(ss) - 1; i >= 0; i-- {
		if i+1 < len(ss) && ss[i+1].Paragraph == ss[i].Paragraph {
			last[i] = last[i+1]
		} else {
			last[i] = i
		}
	}
	return first, last
}

// validSentences keeps the spans Analyze can use, in text order with
// their paragraphs; with well-formed input it returns sentences itself,
// so indexes are the caller's.
func validSentences(text string, ss []Sentence) []Sentence {
	prev, para := 0, 0
	for _, s := range ss {
		if s.Start < prev || s.End < s.Start || s.End > len(text) || s.Paragraph < para {
			return nil
		}
		prev, para = s.End, s.Paragraph
	}
	return ss
}

type gender int8

const (
	unknown gender = iota
	male
	female
)

// mention is one place a person is named.
type mention struct {
	off, sent, person int
}

type analyzer struct {
	text     string
	sents    []Sentence
	people   []Person
	genders  []gender   // per person, from titles ("Mr.", "Queen")
	words    [][]string // per person, the folded words of the name
	titles   [][]string // per person, the titles named with them ("president")
	full     [][]int    // per person, the sentences naming them in full
	related  []bool     // per person, first named as someone's relative ("first lady Melania Trump")
	mentions []mention
	// paraFirst and paraLast are, per sentence, the first and the last
	// sentence of its paragraph.
	paraFirst, paraLast []int
	// nameRuns are the runs of capitalised words (nameRun) findPeople
	// read, in the text's offsets, as the pattern found them.
	nameRuns [][2]int
	quotes   []Quotation
	paras    []Attribution
	// marks are the open and close mark offsets of each quotation; for a
	// quotation running to its paragraph's end both ends are its text's.
	marks [][2]int
	// runsOn marks quotations left open at their paragraph's end.
	runsOn []bool
	// afterCues are the offsets of speech verbs that follow a quotation
	// and attribute it.
	afterCues []int
	// unnamedBy marks the quotations whose own cue names someone the
	// article does not ("…," a foreign analyst said), by index.
	unnamedBy map[int]bool
	// befores are the sentences the pronoun rules read before a
	// pronoun's, by index (readBefore).
	befores map[int]*sentenceRead
	// joint holds the speakers named together ("A and B said"), whom no
	// "he" or "she" stands for.
	joint map[string]bool
	// together holds the sentences naming a person in full only as the
	// second of two sharing a family name ("Mitt and Ann Romney"), keyed
	// by person and sentence.
	together map[[2]int]bool
	// bareFirst holds the one-word names (folded) the article's body
	// used before naming anyone who bears them in full ("Trump said he
	// …" before "Melania Trump"), with how many times a feminine and a
	// masculine pronoun opened what they were reported to say.
	bareFirst map[string][2]int
	// bySuffix holds the family names (folded) the article writes with
	// a generational suffix and no given name ("Trump Jr."), each with
	// its suffix as written: a son the article calls so is not the one
	// the family name alone means.
	bySuffix map[string]string
	// strayTitles are the titles given a one-word name that stands for
	// no one person ("President Trump" where only Ivanka Trump is named
	// in full), each with those names (folded): the office then has a
	// bearer titled cannot name.
	strayTitles map[string][]string
}

// sentenceOf returns the index of the sentence holding byte offset off
// (the next one when off falls between sentences).
func (a *analyzer) sentenceOf(off int) int {
	i := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].End > off })
	if i == len(a.sents) {
		return len(a.sents) - 1
	}
	return i
}

// quotesReaching returns the bounds in a.quotes of the quotations that
// may open or close in sentence si: those ending after the sentence before
// ends and opening before si ends. The resolver asks this for every
// pronoun, and a scan of all the article's quotations each time cost the
// square of its length. a.quotes is in text order, and its quotations do
// not overlap, so both bounds are binary searches.
func (a *analyzer) quotesReaching(si int) (lo, hi int) {
	after := 0
	if si > 0 {
		after = a.sents[si-1].End
	}
	lo = a.firstQuoteEndingAfter(after)
	hi = sort.Search(len(a.quotes), func(i int) bool { return a.quotes[i].Start >= a.sents[si].End })
	return lo, max(lo, hi)
}

// firstQuoteEndingAfter is the index in a.quotes of the first quotation
// ending after offset off (len(a.quotes) if none does).
func (a *analyzer) firstQuoteEndingAfter(off int) int {
	return sort.Search(len(a.quotes), func(i int) bool { return a.quotes[i].End > off })
}

// quotesIn is a.quotes bounded by quotesReaching: a superset of those
// opening in sentence si.
func (a *analyzer) quotesIn(si int) []Quotation {
	lo, hi := a.quotesReaching(si)
	return a.quotes[lo:hi]
}

// findQuotations pairs double quote marks within paragraphs. Single marks
// never open a quotation: they are mostly apostrophes, and inside a
// quotation they quote someone else ("we have always said 'No'"). A
// quotation left open at a paragraph's end closes there; by convention the
// next paragraph reopens it.
func (a *analyzer) findQuotations() {
	if len(a.sents) == 0 {
		return
	}
	open, openSize := -1, 0
	para := -1
	for i := 0; i < len(a.text); {
		r, size := utf8.DecodeRuneInString(a.text[i:])
		if pair := closingApostrophes(r, a.text[i:]); pair != "" && open >= 0 && a.text[open] != '\'' && a.sents[a.sentenceOf(i)].Paragraph == para {
			// Wire copy closes a quotation with two apostrophes ("Today,''
			// he said.", “… correct,’’ said Bill Miller); of three, the
			// first closes a quotation inside it.
			for strings.HasPrefix(a.text[i+len(pair)/2:], pair) {
				i += len(pair) / 2
			}
			a.add(open, openSize, i, len(pair), false)
			open = -1
			i += len(pair)
			continue
		}
		if !isQuoteMark(r) {
			i += size
			continue
		}
		p := a.sents[a.sentenceOf(i)].Paragraph
		if open >= 0 && p != para {
			a.add(open, openSize, a.paragraphEnd(para, open), 0, true)
			open = -1
		}
		opening := isOpen(r) || r == '"' && open < 0
		if r == '"' && open >= 0 && a.reopens(i, size) {
			// `… stage. "Those who …`: a paragraph run into the one before
			// it (pages that lose their breaks) keeps the convention of a
			// quotation left open at a paragraph's end and opened again at
			// the next one's start. Read as a close, the mark would pair the
			// narration between two quotations as one.
			a.add(open, openSize, i, 0, true)
			open, openSize, para = i, size, p
			i += size
			continue
		}
		if r == '"' && open < 0 && i > 0 {
			// A straight mark right after a letter or digit (12" pipe, a
			// typo) opens nothing.
			prev, _ := utf8.DecodeLastRuneInString(a.text[:i])
			if unicode.IsLetter(prev) || unicode.IsDigit(prev) {
				opening = false
			}
		}
		if r == '”' && open < 0 && a.continues(i, p) {
			// “That’s just one segment …¶ The world is so much bigger than
			// Farrakhan …¶ For those heavy into it, … my thing,” he said:
			// pages that set each sentence on a line of its own carry a
			// quotation over lines with no mark reopening it. The lines
			// between are its words, not narration naming its speaker.
			for q := a.sents[a.quotes[len(a.quotes)-1].Sentence].Paragraph + 1; q < p; q++ {
				start := a.paragraphStart(q)
				if end := a.paragraphEnd(q, start); strings.ContainsFunc(a.text[start:end], unicode.IsLetter) {
					a.add(start, 0, end, 0, true)
				}
			}
			a.add(a.paragraphStart(p), 0, i, size, false)
			i += size
			continue
		}
		if r == '”' && open < 0 && a.opensWord(i, size) {
			// ”Serdyukov’s reform …,” wrote Felgenhauer: a closing mark
			// typed for an opening one, at the start of a word with
			// nothing open.
			opening = true
		}
		switch {
		case opening && open < 0:
			open, openSize, para = i, size, p
		case !opening && open >= 0:
			a.add(open, openSize, i, size, false)
			open = -1
		}
		i += size
	}
	if open >= 0 {
		a.add(open, openSize, a.paragraphEnd(para, open), 0, true)
	}
}

// maxCarriedOver bounds the paragraphs with no mark a quotation left
// open may run over before the closing mark that ends it.
const maxCarriedOver = 2

// continues reports whether a closing mark at off, with no quotation
// open, in paragraph para, ends a quotation left open at an earlier
// paragraph's end: the last quotation so far ran on, at most
// maxCarriedOver paragraphs before, no mark stands between them, and a
// speech verb attributes the words right after the mark ("…,” he said").
// Without the verb the narration after the mark would pass the
// quotation's speaker on to words it quotes from someone else.
func (a *analyzer) continues(off, para int) bool {
	n := len(a.quotes)
	if n == 0 || !a.runsOn[n-1] || a.opensWord(off, len("”")) {
		return false
	}
	last := a.sents[a.quotes[n-1].Sentence].Paragraph
	if last >= para || para-last > maxCarriedOver+1 || strings.ContainsFunc(a.text[a.marks[n-1][1]:off], isQuoteMark) {
		return false
	}
	from := off + len("”")
	return closingCue.MatchString(a.text[from:max(from, a.sents[a.sentenceOf(off)].End)])
}

// closingCue is a speech verb attributing the quotation a mark has just
// closed: "…,” he said", "…,” said Davis".
var closingCue = regexp.MustCompile(`^[,]?\s*(?:[\p{L}.'’\-]+\s+){0,4}?` + verb)

// paragraphStart returns the start of paragraph para's first sentence.
func (a *analyzer) paragraphStart(para int) int {
	i := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].Paragraph >= para })
	return a.sents[i].Start
}

// closingApostrophes returns the two apostrophes, straight or curly,
// that s opens with, or ""; r is s's first rune.
func closingApostrophes(r rune, s string) string {
	switch {
	case r == '\'' && strings.HasPrefix(s, "''"):
		return "''"
	case r == '’' && strings.HasPrefix(s, "’’"):
		return "’’"
	}
	return ""
}

// reopens reports whether a straight mark at off, inside an open
// quotation, opens a new one: it starts a word and follows the end of a
// sentence (`stage. "Those`).
func (a *analyzer) reopens(off, size int) bool {
	if off == 0 || !a.opensWord(off, size) {
		return false
	}
	before := strings.TrimRightFunc(a.text[:off], unicode.IsSpace)
	last, _ := utf8.DecodeLastRuneInString(before)
	return len(before) < off && (last == '.' || last == '?' || last == '!')
}

// opensWord reports whether the mark at off (size bytes) starts a word:
// the text's start or a space before it, a letter or digit after it.
func (a *analyzer) opensWord(off, size int) bool {
	if off > 0 {
		if prev, _ := utf8.DecodeLastRuneInString(a.text[:off]); !unicode.IsSpace(prev) {
			return false
		}
	}
	next, _ := utf8.DecodeRuneInString(a.text[off+size:])
	return unicode.IsLetter(next) || unicode.IsDigit(next)
}

func isQuoteMark(r rune) bool { return r == '"' || isOpen(r) || isClose(r) }
func isOpen(r rune) bool      { return r == '“' || r == '«' || r == '„' }
func isClose(r rune) bool     { return r == '”' || r == '»' }

// paragraphEnd returns the end of paragraph para's last sentence at or
// after off.
func (a *analyzer) paragraphEnd(para, off int) int {
	end := off
	for i := a.sentenceOf(off); i < len(a.sents) && a.sents[i].Paragraph == para; i++ {
		end = max(end, a.sents[i].End)
	}
	return end
}

// add records the quotation between an open mark at open and a close mark
// at close (closeSize 0 when it ran to the paragraph's end), trimmed of
// spaces so text[Start:End] starts and ends with a quoted word.
func (a *analyzer) add(open, openSize, close, closeSize int, runsOn bool) {
	start, end := open+openSize, close
	for start < end {
		r, size := utf8.DecodeRuneInString(a.text[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(a.text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start >= end {
		return
	}
	a.quotes = append(a.quotes, Quotation{Start: start, End: end, Sentence: a.sentenceOf(start)})
	a.marks = append(a.marks, [2]int{open, close + closeSize})
	a.runsOn = append(a.runsOn, runsOn)
}

// carried reports whether quotation i opens with no mark: a closing mark
// lines later showed it to go on from one left open (continues), as the
// lines between and the words before that mark do.
func (a *analyzer) carried(i int) bool {
	r, _ := utf8.DecodeRuneInString(a.text[a.marks[i][0]:])
	return !isQuoteMark(r)
}

// marksIn is the quotations' marks (a.marks) that overlap text[start:end].
// They are in text order and do not overlap, so one binary search finds
// them: a sentence's own words are asked for many times, and a scan of
// all the article's marks each time cost the square of its length.
func (a *analyzer) marksIn(start, end int) [][2]int {
	lo := a.firstMarkEndingAfter(start)
	hi := lo
	for hi < len(a.marks) && a.marks[hi][0] < end {
		hi++
	}
	return a.marks[lo:hi]
}

// quoted reports whether byte offset off lies inside quotation marks.
func (a *analyzer) quoted(off int) bool {
	i := a.firstMarkEndingAfter(off)
	return i < len(a.marks) && a.marks[i][0] <= off
}

// unopenedQuote finds words whose opening mark is missing in sentence
// si, then their speaker ("[…] Late yesterday afternoon, … abortion,”
// wrote Goldberg."): it returns the offset of the closing mark and the
// speaker named right after it, or -1 and "". A sentence with an
// opening mark before that one, or a second closing mark after it, is
// left alone: its marks are paired some other way, or mistyped.
func (a *analyzer) unopenedQuote(si int) (int, string) {
	s := a.sents[si]
	raw := a.text[s.Start:s.End]
	j := strings.Index(raw, "”")
	if j < 0 || strings.ContainsAny(raw[:j], "“‘\"″`") || strings.Contains(raw[j+len("”"):], "”") {
		return -1, ""
	}
	end := s.Start + j + len("”")
	if i := a.firstMarkEndingAfter(end - 1); i < len(a.marks) && a.marks[i][0] < end {
		return -1, ""
	}
	if subj, _, _, _, ok := speakerOpening(raw[j+len("”"):]); ok {
		return s.Start + j, subj
	}
	return -1, ""
}

// firstMarkEndingAfter is the index in a.marks of the first quotation's
// marks ending after offset off (len(a.marks) if none do).
func (a *analyzer) firstMarkEndingAfter(off int) int {
	return sort.Search(len(a.marks), func(i int) bool { return a.marks[i][1] > off })
}

// opensParagraph reports whether quotation opening at off is the first
// thing in paragraph para: a paragraph opening with a quote mark continues
// the previous paragraph's quotation (journalistic convention).
func (a *analyzer) opensParagraph(para, off int) bool {
	for _, s := range a.sents {
		if s.Paragraph == para {
			return strings.TrimSpace(a.text[s.Start:off]) == ""
		}
	}
	return false
}

// onlyQuote reports whether quotation i's paragraph holds nothing but it.
func (a *analyzer) onlyQuote(i int) bool {
	si := a.quotes[i].Sentence
	start, end := a.sents[a.paraFirst[si]].Start, a.sents[a.paraLast[si]].End
	if a.marks[i][0] < start {
		return false
	}
	rest := a.text[start:a.marks[i][0]] + a.text[min(a.marks[i][1], end):end]
	return strings.TrimFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) == ""
}
