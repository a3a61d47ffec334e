package quotes

import (
	"regexp"
	"slices"
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

// Analysis is what Analyze finds.
type Analysis struct {
	Quotations  []Quotation
	Paraphrases []Attribution
	People      []Person
}

// Analyze finds the quotations, reported speech and people of an article.
// sentences must be in text order and inside text; spans that are not are
// ignored rather than trusted.
func Analyze(text string, sentences []Sentence) Analysis {
	a := analyzer{text: text, sents: validSentences(text, sentences)}
	a.findPeople()
	a.findQuotations()
	a.learnGenders()
	a.attribute()
	a.findParaphrases()
	return Analysis{Quotations: a.quotes, Paraphrases: a.paras, People: a.people}
}

// validSentences keeps the spans Analyze can use; with well-formed input
// it returns sentences itself, so indexes are the caller's.
func validSentences(text string, ss []Sentence) []Sentence {
	prev := 0
	for _, s := range ss {
		if s.Start < prev || s.End < s.Start || s.End > len(text) {
			return nil
		}
		prev = s.End
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
	mentions []mention
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

// findPeople collects full names (two to four capitalized words, titles
// stripped, not an organisation or place) and every mention of them,
// including later mentions by family name alone.
func (a *analyzer) findPeople() {
	index := map[string]int{}
	for si, s := range a.sents {
		sent := a.text[s.Start:s.End]
		headline := isHeadline(sent)
		for _, m := range nameRun.FindAllStringIndex(sent, -1) {
			raw := sent[m[0]:m[1]]
			n, g := cleanName(raw)
			if n == "" {
				continue
			}
			pi := -1
			if len(strings.Fields(n)) >= 2 {
				if !isPersonName(n) || (precededByThe(sent[:m[0]]) || opensWithThe(raw)) && g == unknown {
					continue
				}
				var ok bool
				if pi, ok = index[n]; !ok {
					if headline {
						continue
					}
					pi = len(a.people)
					index[n] = pi
					a.people = append(a.people, Person{Name: n})
					a.genders = append(a.genders, firstNameGender(n))
					a.words = append(a.words, nameWords(n))
					a.titles = append(a.titles, nil)
				}
			} else if pi = a.uniquePerson(n); pi < 0 {
				continue
			}
			if g != unknown {
				a.genders[pi] = g
			}
			for _, w := range strings.Fields(raw) {
				if w = strings.ToLower(strings.TrimRight(w, ",;:")); isTitle(w) && !slices.Contains(a.titles[pi], w) {
					a.titles[pi] = append(a.titles[pi], w)
				}
			}
			p := &a.people[pi]
			if k := len(p.Mentions); k == 0 || p.Mentions[k-1] != si {
				p.Mentions = append(p.Mentions, si)
			}
			a.mentions = append(a.mentions, mention{off: s.Start + m[0], sent: si, person: pi})
		}
	}
}

// learnGenders gives a person whose name and titles say nothing of their
// gender the one the article's pronouns do: in every sentence naming them
// and no one else, outside quotation marks, "she" and "her" and never
// "he" or "his" ("Ride acknowledged that her status …"), or the reverse.
// It lets "he says" pass over Keri Gans to reach Scott Keatley.
func (a *analyzer) learnGenders() {
	votes := make([][2]int, len(a.people)) // female, male sentences
	for k := 0; k < len(a.mentions); {
		si, who, alone := a.mentions[k].sent, a.mentions[k].person, true
		for ; k < len(a.mentions) && a.mentions[k].sent == si; k++ {
			alone = alone && a.mentions[k].person == who
		}
		if !alone || a.genders[who] != unknown {
			continue
		}
		female, male := a.pronouns(si)
		switch {
		case female && !male:
			votes[who][0]++
		case male && !female:
			votes[who][1]++
		}
	}
	for i, v := range votes {
		switch {
		case v[0] > 0 && v[1] == 0:
			a.genders[i] = female
		case v[1] > 0 && v[0] == 0:
			a.genders[i] = male
		}
	}
}

// pronouns reports whether sentence si, outside quotation marks, holds a
// feminine and a masculine third-person pronoun.
func (a *analyzer) pronouns(si int) (female, male bool) {
	s := a.sents[si]
	start := s.Start
	for _, w := range strings.FieldsFunc(a.text[s.Start:s.End], func(r rune) bool { return !unicode.IsLetter(r) }) {
		// FieldsFunc gives words in order; find each one's offset to skip
		// those inside quotation marks.
		i := strings.Index(a.text[start:s.End], w)
		off := start + i
		start = off + len(w)
		if a.quoted(off) {
			continue
		}
		switch strings.ToLower(w) {
		case "she", "her", "hers", "herself":
			female = true
		case "he", "him", "his", "himself":
			male = true
		}
	}
	return female, male
}

// isHeadline reports whether a sentence is a headline in title case
// ("Obama Offers Comfort to Families in Aurora"): no closing punctuation
// and nearly every word capitalized. Its capitalized runs are not taken
// for new people: "Obama Offers Comfort" would make "Obama" ambiguous.
func isHeadline(sent string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(sent))
	if last == utf8.RuneError || strings.ContainsRune(".!?\"”", last) {
		return false
	}
	upper, lower := 0, 0
	for _, w := range strings.Fields(sent) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r) && !smallTitleWord(w):
			lower++
		}
	}
	return upper >= minHeadlineWords && lower*headlineLower <= upper
}

// A headline has at least minHeadlineWords capitalized words and at most
// one lower-case word (other than "of", "the", …) per headlineLower.
const (
	minHeadlineWords = 3
	headlineLower    = 5
)

// uniquePerson returns the index of the one person known so far whose
// name contains the word w, or -1 when none or several do.
func (a *analyzer) uniquePerson(w string) int {
	ws := nameWords(w)
	found := -1
	for i := range a.people {
		if subsetWords(ws, a.words[i]) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// titled returns the one person the article names with title t ("…,”
// the President said" after "President Barack Obama"), or "" when no one
// or several are.
func (a *analyzer) titled(t string) string {
	if !isTitle(t) {
		return ""
	}
	found := ""
	for i, ts := range a.titles {
		if slices.Contains(ts, t) {
			if found != "" {
				return ""
			}
			found = a.people[i].Name
		}
	}
	return found
}

// opensWithThe reports whether a capitalized run starts with "The" and
// no title: "The Acne Prescription" is a book or a firm, not a person, "The
// Rev. Al Green" is one.
func opensWithThe(run string) bool {
	w, rest, _ := strings.Cut(run, " ")
	next, _, _ := strings.Cut(rest, " ")
	return w == "The" && !isTitle(strings.ToLower(next))
}

// precededByThe reports whether the text before a name ends in "the": "the
// Global Initiative", "The New York Times" are not people.
func precededByThe(before string) bool {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	return strings.EqualFold(before[i+1:], "the")
}

// resolve turns a named subject next to a speech verb into a full name:
// "Sheinbaum" into "Claudia Sheinbaum" when that is the only person of
// that name so far; organisations keep their name ("New York Times").
func (a *analyzer) resolve(subject string) string {
	n, _ := cleanName(subject)
	if n == "" {
		return a.titled(strings.ToLower(strings.TrimSpace(subject)))
	}
	if len(strings.Fields(n)) >= 2 {
		// "Claudia Sheinbaum" may be mentioned as "Claudia Sheinbaum Pardo".
		ws := nameWords(n)
		for i, p := range a.people {
			if len(p.Name) > len(n) && subsetWords(ws, a.words[i]) {
				return p.Name
			}
		}
		return n
	}
	if pi := a.uniquePerson(n); pi >= 0 {
		return a.people[pi].Name
	}
	return n
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
		if r == '"' && open < 0 && i > 0 {
			// A straight mark right after a letter or digit (12" pipe, a
			// typo) opens nothing.
			prev, _ := utf8.DecodeLastRuneInString(a.text[:i])
			if unicode.IsLetter(prev) || unicode.IsDigit(prev) {
				opening = false
			}
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

// attribute finds each quotation's speaker: a speech verb right after it
// (", Sheinbaum said", ", said Maria Chen"), or before it in its sentence
// ("Rubio added:", "she told reporters that"), else the speaker of the
// quotation before it in the paragraph, or of the quotation it continues
// from the previous paragraph. A quotation run on into the next paragraph
// takes the speaker named there when it has none of its own.
func (a *analyzer) attribute() {
	last, lastPara := "", -1
	for i := range a.quotes {
		q := &a.quotes[i]
		open, close := a.marks[i][0], a.marks[i][1]
		si := q.Sentence
		para := a.sents[si].Paragraph
		if para != lastPara && !(para == lastPara+1 && i > 0 && (a.runsOn[i-1] || a.onlyQuote(para, i))) {
			last = ""
		}
		if a.isTitle(i) || a.isTerm(i) {
			// A programme, song or book title, or a term in quotes, is no
			// one's words, and the speaker before it goes on after it.
			lastPara = para
			continue
		}
		subj, cue, afterAt := a.cueFor(i, open, close)
		if afterAt >= 0 {
			a.afterCues = append(a.afterCues, afterAt)
		}
		switch {
		case subj != "":
			q.Speaker, q.Cue = a.speaker(subj, si, open, last), cue
		case a.unnamed(i, open, close):
			// "…," a resident said: someone new, whom the article does
			// not name, and who speaks on until someone else does.
			last, lastPara = "", para
			continue
		case a.answers(i):
			// A bare quotation after a question is its answer, by someone
			// else.
		case para == lastPara || a.opensParagraph(para, open):
			q.Speaker = last
		}
		if q.Speaker != "" {
			last = q.Speaker
		}
		lastPara = para
	}
	for i := len(a.quotes) - 2; i >= 0; i-- {
		q, next := &a.quotes[i], a.quotes[i+1]
		if q.Speaker == "" && a.runsOn[i] && a.sents[next.Sentence].Paragraph == a.sents[q.Sentence].Paragraph+1 {
			q.Speaker = next.Speaker
		}
	}
}

// cueFor finds the subject and speech verb attributing quotation i, and
// the verb's offset when it follows the quotation (-1 otherwise): such a
// verb only attributes the quotation and reports no speech of its own.
func (a *analyzer) cueFor(i, open, close int) (subj, cue string, afterAt int) {
	si := a.quotes[i].Sentence
	end := a.sents[a.sentenceOf(max(close-1, 0))].End
	if next := i + 1; next < len(a.quotes) && a.marks[next][0] < end {
		end = a.marks[next][0]
	}
	after := ""
	if close < end {
		after = a.text[close:end]
	}
	from := min(a.sents[si].Start, open)
	if pi := i - 1; pi >= 0 && a.marks[pi][1] > from && a.marks[pi][1] <= open {
		from = a.marks[pi][1]
	}
	before := a.text[from:open]
	if m := afterSubject.FindStringSubmatchIndex(after); m != nil {
		return after[m[2]:m[3]], after[m[4]:m[5]], close + m[4]
	}
	if strings.TrimSpace(after) == "" {
		// "Then read it!" Kowalski shouted: the segmenter ends the sentence
		// at the mark, and the attribution opens the next one.
		if next := a.sentenceOf(max(close-1, 0)) + 1; next < len(a.sents) && a.sents[next].Paragraph == a.sents[si].Paragraph && endsQuestionOrExclamation(a.text[open:close]) {
			after = a.text[close:a.sents[next].End]
			if m := afterSubject.FindStringSubmatchIndex(after); m != nil {
				return after[m[2]:m[3]], after[m[4]:m[5]], close + m[4]
			}
			if m := verbSubject.FindStringSubmatchIndex(after); m != nil && roleWords(after[m[4]:m[5]], after[m[6]:m[7]]) {
				return after[m[6]:m[7]], after[m[2]:m[3]], close + m[2]
			}
			after = ""
		}
	}
	if m := verbSubject.FindStringSubmatchIndex(after); m != nil && roleWords(after[m[4]:m[5]], after[m[6]:m[7]]) {
		return roledName(after[m[6]:]), after[m[2]:m[3]], close + m[2]
	}
	if m := writtenBy.FindStringSubmatchIndex(after); m != nil && roleWords(after[m[2]:m[3]], after[m[4]:m[5]]) {
		// "…," read an email from council member Joe Kim to Park.
		return after[m[4]:m[5]], "wrote", close + m[0]
	}
	if m := findSubjectVerb(after, false); m != nil && !clauseStart.MatchString(after) {
		// "…," the group's spokesman, Tomas Weber, told local radio. Not
		// "…," and the agency said in a statement: a clause of its own.
		return after[m[2]:m[3]], after[m[4]:m[5]], close + m[4]
	}
	if m := findSubjectVerb(before, true); m != nil {
		return before[m[2]:m[3]], before[m[4]:m[5]], -1
	}
	if m := accordingTo.FindStringSubmatchIndex(after); m != nil {
		return after[m[2]:m[3]], "according to", close + m[0]
	}
	if m := writtenBy.FindStringSubmatchIndex(before); m != nil && roleWords(before[m[2]:m[3]], before[m[4]:m[5]]) {
		// Reed received an email from Park: "…" — the author, not the
		// recipient.
		return before[m[4]:m[5]], "wrote", -1
	}
	if subj := colonSubject(before); subj != "" {
		return subj, ":", -1
	}
	return "", "", -1
}

// isTerm reports whether quotation i marks a term rather than quotes
// anyone: a single lower-case word with no punctuation of its own (a
// voting “supercenter”, “throwaway” addresses: a word alone says nothing
// a reader could quote back), or a few lower-case words after a naming
// verb ("sometimes called “labs”", "known as “bath salts”").
func (a *analyzer) isTerm(i int) bool {
	text := a.text[a.quotes[i].Start:a.quotes[i].End]
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsLower(r) {
		return false
	}
	words := strings.Fields(text)
	if len(words) == 1 {
		return !strings.ContainsAny(text, ".,;:!?…")
	}
	before := a.text[max(0, a.marks[i][0]-maxTitleContext):a.marks[i][0]]
	return len(words) <= maxTermWords && namingVerb.MatchString(before)
}

// maxTermWords bounds a term quoted after a naming verb.
const maxTermWords = 4

// namingVerb matches a naming verb ending the text before a quotation:
// passive or adverbial, so "Lee called the plan “a disaster”" stays
// Lee's words.
var namingVerb = regexp.MustCompile(`(?i)(?:\b(?:is|are|was|were|be|been|being|sometimes|often|also|commonly|so)[- ]called|\bknown as|\bdubbed|\btermed|\breferred to as|\bnicknamed)\s*$`)

// unnamed reports whether quotation i is attributed to someone the
// article does not name: a speech verb with an indefinite subject right
// after it (", a resident said") or right before it ("someone says").
func (a *analyzer) unnamed(i, open, close int) bool {
	from := max(a.sents[a.quotes[i].Sentence].Start, open-maxUnnamedCue)
	if i > 0 {
		from = max(from, a.marks[i-1][1])
	}
	after := a.text[close:min(len(a.text), close+maxUnnamedCue)]
	before := a.text[min(from, open):open]
	return unnamedAfter.MatchString(after) || unnamedBefore.MatchString(before)
}

// maxUnnamedCue bounds the text searched for an unnamed speaker's cue.
const maxUnnamedCue = 80

// An indefinite subject, or a document or body named by a common noun,
// and a speech verb: "a resident said", "one of the protesters told",
// "someone says", "the report concludes", "the firm said". Not "the
// spokeswoman said": a person's role refers back to someone named.
var (
	unnamedSubject = `(?:(?:[Ss]omeone|[Ss]omebody|[Oo]ne|[Aa]nother|[Aa]n?)\s+(?:[\p{Ll}'’\-]+,?\s+){0,4}?|[Tt]he\s+(?:[\p{Ll}'’\-]+\s+){0,2}(?:report|study|review|survey|poll|complaint|lawsuit|suit|filing|ruling|statement|letter|memo|document|paper|analysis|firm|company|agency|ministry|department|court|board|campaign|website|release)\s+)`
	unnamedAfter   = regexp.MustCompile(lead + unnamedSubject + verb)
	unnamedBefore  = regexp.MustCompile(`(?:^|[^\p{L}])` + unnamedSubject + verb + `(?:\s+that)?[,:]?\s*$`)
)

// clauseStart matches text after a quotation that opens a clause of its
// own rather than attributes the quotation.
var clauseStart = regexp.MustCompile(`^\s*[,;]?\s*(?:and|but|while|whereas|although|though)\s`)

// roledName is the speaker a run of words starting with a name gives:
// the name, or a person's name after it when the first only qualifies a
// role ("Romney voter Elizabeth Lauten", "NBC Sports Group spokesman Adam
// Freifeld", "Republican strategist and CNN contributor Ana Navarro",
// "Estera Events Co-Owner and Lead Planner Bianca Hall"), not a name
// after a preposition ("Marco Rubio of Florida", "Jethmalani about
// Gadkari") or past a comma.
func roledName(s string) string {
	m := nameRun.FindStringIndex(s)
	if m == nil {
		return ""
	}
	best, rest := s[m[0]:m[1]], s[m[1]:]
	for {
		m := nameRun.FindStringIndex(rest)
		if m == nil {
			break
		}
		ws := strings.Fields(rest[:m[0]])
		if len(ws) == 0 || len(ws) > maxRoleWords || strings.ContainsAny(rest[:m[0]], ",;:()\"“”") ||
			slices.ContainsFunc(ws, func(w string) bool { return w != "and" && !roleWords(w, "x") }) {
			break
		}
		run := rest[m[0]:m[1]]
		if n, _ := cleanName(run); len(strings.Fields(n)) >= 2 && isPersonName(n) {
			best = run
		}
		rest = rest[m[1]:]
	}
	return best
}

// maxRoleWords bounds the lower-case words between two runs of a role.
const maxRoleWords = 3

// colonSubject returns the subject opening a sentence that introduces a
// quotation with a colon and no speech verb ("Prime Minister Keiko Tanaka
// was blunt: …", "She was blunt: …"), or "".
func colonSubject(before string) string {
	b := strings.TrimRightFunc(before, unicode.IsSpace)
	if !strings.HasSuffix(b, ":") {
		return ""
	}
	b = strings.TrimLeftFunc(b, func(r rune) bool { return !unicode.IsLetter(r) })

	// The run must be the sentence's subject, not its possessor ("Keiko
	// Tanaka's message was simple:").
	m := nameRun.FindStringIndex(b)
	if m == nil || m[0] != 0 {
		return ""
	}
	if run := b[:m[1]]; strings.HasSuffix(run, "'s") || strings.HasSuffix(run, "’s") {
		return ""
	}
	n, _ := cleanName(b[:m[1]])
	if n == "" || len(strings.Fields(n)) >= 2 && !isPersonName(n) {
		return ""
	}
	// Only a short predicate may stand between subject and colon ("was
	// blunt", "had a warning"): a clause with another actor or a list ("and
	// Miss Alan began as follows:") is someone else's introduction.
	pred := strings.TrimSuffix(b[m[1]:], ":")
	if strings.ContainsAny(pred, ",;\"“”") || len(strings.Fields(pred)) > maxColonPredicate {
		return ""
	}
	for _, w := range strings.Fields(pred) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || w == "and" || w == "but" || w == "to" {
			return ""
		}
	}
	return b[:m[1]]
}

// maxColonPredicate bounds the words between a subject and the colon
// introducing its quotation.
const maxColonPredicate = 5

// endsQuestionOrExclamation reports whether quoted words end in ? or !,
// the marks that let a segmenter end the sentence inside the quotation.
func endsQuestionOrExclamation(q string) bool {
	q = strings.TrimRightFunc(q, func(r rune) bool { return unicode.IsSpace(r) || isQuoteMark(r) })
	return strings.HasSuffix(q, "?") || strings.HasSuffix(q, "!")
}

// answers reports whether quotation i directly follows a quotation that
// asks a question: in an exchange, the reply is the other person's.
func (a *analyzer) answers(i int) bool {
	if i == 0 {
		return false
	}
	prev := a.quotes[i-1]
	if !strings.HasSuffix(strings.TrimRightFunc(a.text[prev.Start:prev.End], unicode.IsSpace), "?") {
		return false
	}
	between := a.text[a.marks[i-1][1]:a.marks[i][0]]
	if strings.TrimSpace(between) == "" {
		return true
	}
	para := a.sents[a.quotes[i].Sentence].Paragraph
	return a.sents[prev.Sentence].Paragraph == para-1 && a.opensParagraph(para, a.marks[i][0])
}

// titleContext reports whether w, right before a capitalized quotation,
// makes it the name of a work rather than speech: "on “Meet the Press”", "CNN's “State of
// the Union”", "told “60 Minutes”", "the song “Born to Run”".
func titleContext(w string) bool {
	switch w {
	case "on", "in", "to", "with", "of", "at", "from", "told", "called", "titled",
		"entitled", "named", "show", "program", "programme", "series", "song",
		"album", "single", "film", "movie", "book", "novel", "podcast", "hit",
		"documentary", "episode", "play", "musical", "anthem", "column", "headline", "report":
		return true
	}
	return false
}

// isTitle reports whether quotation i names a work (a show, song, book)
// rather than quotes speech: a few capitalized words right after a word
// that introduces a title, with no comma inviting an attribution, or
// right before a word naming a work ("the “Obama Again” headline"). After
// a noun naming a work ("his 2010 book “No Apology,” Romney said", "a new
// book, “Crossing the Line: …”") the comma is the sentence's and the title
// may be longer; after "titled" any words are a title.
func (a *analyzer) isTitle(i int) bool {
	q := a.quotes[i]
	text := a.text[q.Start:q.End]
	if strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!") {
		return false
	}
	before := strings.TrimRightFunc(a.text[max(0, a.marks[i][0]-maxTitleContext):a.marks[i][0]], unicode.IsSpace)
	prev := strings.ToLower(lastWord(before))
	named := lastWord(strings.TrimRight(before, ",:")) // a work's noun may stand before a comma
	if titling(strings.ToLower(named)) {
		return true
	}
	work := workNoun(strings.ToLower(named)) || workNoun(strings.ToLower(firstWord(a.text[a.marks[i][1]:min(len(a.text), a.marks[i][1]+maxTitleContext)])))
	if strings.HasSuffix(text, ",") && !work {
		return false
	}
	limit := maxTitleWords
	if work {
		limit = maxWorkTitleWords
	}
	words := strings.Fields(strings.TrimRight(text, ".,"))
	if len(words) == 0 || len(words) > limit {
		return false
	}
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		if k == 0 || !smallTitleWord(w) {
			return false
		}
	}
	if work || strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "’s") {
		return true
	}
	return before == strings.TrimRight(before, ",:") && titleContext(prev)
}

// lastWord is the run of letters ending s ("" when s ends otherwise);
// firstWord the run opening it after spaces.
func lastWord(s string) string {
	return s[strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
}

func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// workNoun reports whether w names a work, so capitalized words quoted
// next to it are its title.
func workNoun(w string) bool {
	switch w {
	case "book", "books", "novel", "memoir", "film", "movie", "song", "album", "single", "show",
		"series", "documentary", "episode", "play", "musical", "podcast", "headline", "headlines",
		"blog", "column", "essay", "poem", "sitcom", "bestseller":
		return true
	}
	return false
}

// titling reports whether w introduces a title whatever its words.
func titling(w string) bool {
	return w == "titled" || w == "entitled" || w == "headlined"
}

// Title detection bounds: titles are short, and the word introducing one
// sits right before it; a title after a noun naming a work may be longer.
const (
	maxTitleWords     = 7
	maxWorkTitleWords = 12
	maxTitleContext   = 40
)

// smallTitleWord reports whether w may stay lower-case inside a title.
func smallTitleWord(w string) bool {
	switch w {
	case "a", "an", "the", "of", "to", "and", "or", "in", "on", "for", "at", "by", "with", "from":
		return true
	}
	return false
}

// possessive reports whether a name ends in 's.
func possessive(n string) bool {
	return strings.HasSuffix(n, "'s") || strings.HasSuffix(n, "’s")
}

// findSubjectVerb returns the submatch indexes of the first (or last)
// subject-verb pair in s whose subject is not the object of a preposition:
// in "a parents' group in Valmora said", Valmora did not say it.
func findSubjectVerb(s string, last bool) []int {
	if !hasSpeechVerb(s) {
		return nil
	}
	var found []int
	for off := 0; off < len(s); {
		m := subjectVerb.FindStringSubmatchIndex(s[off:])
		if m == nil {
			break
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += off
			}
		}
		// A possessive is no subject: "… questions Weierman’s claims".
		if possessive(s[m[2]:m[3]]) {
			off = m[1]
			continue
		}
		if !afterPreposition(s[:m[2]]) || startsWithTitle(s[m[2]:m[3]]) {
			if !last {
				return m
			}
			found = m
		}
		off = m[1]
	}
	return found
}

// roleWords reports whether the lower-case words between a speech verb
// and a subject name the subject's role ("spokeswoman", "company
// spokesman", "the group's director") rather than start a clause ("said
// on Friday that Smith", "said it would"). Pronouns take no role.
func roleWords(words, subj string) bool {
	ws := strings.Fields(words)
	if len(ws) == 0 {
		return true
	}
	if _, ok := pronoun(subj); ok {
		return false
	}
	for i, w := range ws {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == "the" && i == 0 {
			continue
		}
		if notName(w) || afterPreposition(w) || clauseWord(w) {
			return false
		}
	}
	return true
}

// clauseWord reports whether a lower-case word after a speech verb starts
// a clause or an adverbial rather than a role.
func clauseWord(w string) bool {
	switch w {
	case "that", "which", "who", "would", "will", "was", "is", "had", "has", "have",
		"be", "been", "not", "during", "outside", "inside", "last", "next", "earlier",
		"recently", "repeatedly", "again", "yesterday", "today", "tonight", "privately",
		"publicly", "once", "twice", "he", "she", "they", "him", "them", "me", "us":
		return true
	}
	return false
}

// startsWithTitle reports whether a name run opens with a title: in
// "Secretary of State Marco Rubio" the "of" belongs to the title.
func startsWithTitle(run string) bool {
	w, _, _ := strings.Cut(run, " ")
	return isTitle(strings.ToLower(w))
}

// afterPreposition reports whether before ends in a preposition.
func afterPreposition(before string) bool {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	w := before[strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
	switch w {
	case "in", "of", "at", "from", "for", "with", "by", "near", "on", "to",
		"into", "across", "about", "against", "between", "than", "like", "over", "under":
		return true
	}
	return false
}

// speaker resolves the subject found for a quotation or reported speech
// in sentence si, before byte offset off.
func (a *analyzer) speaker(subj string, si, off int, lastSpeaker string) string {
	if g, ok := pronoun(subj); ok {
		return a.antecedent(g, si, off, lastSpeaker)
	}
	return a.resolve(subj)
}

// pronoun reports whether w is a subject pronoun and the gender it asks for.
func pronoun(w string) (gender, bool) {
	switch strings.ToLower(w) {
	case "he":
		return male, true
	case "she":
		return female, true
	case "they":
		return unknown, true
	}
	return unknown, false
}

// antecedent finds who a pronoun in sentence si, before off, stands for.
// In order of preference: a person named earlier in the same sentence; the
// subject of the previous sentence (its quotation's speaker, else the
// first person it names); the last speaker; the last person named. A
// candidate whose known gender differs is skipped. "They" is resolved only
// to a speaker who is not a known person (an organisation).
func (a *analyzer) antecedent(want gender, si, off int, lastSpeaker string) string {
	ok := func(name string) bool {
		if name == "" {
			return false
		}
		pi := a.personIndex(name)
		if want == unknown && len(a.people) > 0 {
			return pi < 0 && lastSpeaker == name
		}
		return pi < 0 || a.genders[pi] == unknown || a.genders[pi] == want
	}
	// A person named earlier in the same sentence, outside quotation
	// marks: a name inside a quotation is someone the speaker talks about.
	for _, m := range a.mentions {
		if m.sent == si && m.off < off && !a.quoted(m.off) && ok(a.people[m.person].Name) {
			return a.people[m.person].Name
		}
	}
	if si > 0 {
		prev := si - 1
		for qi := len(a.quotes) - 1; qi >= 0; qi-- {
			if q := a.quotes[qi]; q.Sentence == prev && ok(q.Speaker) {
				return q.Speaker
			}
		}
		for _, m := range a.mentions {
			if m.sent == prev && !a.quoted(m.off) {
				if name := a.people[m.person].Name; ok(name) {
					return name
				}
				break // the subject is the first name only
			}
		}
	}
	if ok(lastSpeaker) {
		return lastSpeaker
	}
	for k := len(a.mentions) - 1; k >= 0; k-- {
		if m := a.mentions[k]; m.off < off && !a.quoted(m.off) {
			if name := a.people[m.person].Name; ok(name) {
				return name
			}
		}
	}
	return ""
}

// quoted reports whether byte offset off lies inside quotation marks.
func (a *analyzer) quoted(off int) bool {
	i := sort.Search(len(a.marks), func(i int) bool { return a.marks[i][1] > off })
	return i < len(a.marks) && a.marks[i][0] <= off
}

func (a *analyzer) personIndex(name string) int {
	for i, p := range a.people {
		if p.Name == name {
			return i
		}
	}
	return -1
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

// onlyQuote reports whether paragraph para holds nothing but quotation i.
func (a *analyzer) onlyQuote(para, i int) bool {
	start, end := -1, 0
	for _, s := range a.sents {
		if s.Paragraph == para {
			if start < 0 {
				start = s.Start
			}
			end = s.End
		}
	}
	if start < 0 || a.marks[i][0] < start {
		return false
	}
	rest := a.text[start:a.marks[i][0]] + a.text[min(a.marks[i][1], end):end]
	return strings.TrimFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) == ""
}

// findParaphrases finds sentences that report speech without quote marks
// around all of it: a subject and a speech verb outside any quotation.
func (a *analyzer) findParaphrases() {
	last := ""
	qi := 0
	for si, s := range a.sents {
		// Blank the quotations out so verbs inside them don't count.
		b := []byte(a.text[s.Start:s.End])
		for _, m := range a.marks {
			for j := max(m[0], s.Start); j < min(m[1], s.End); j++ {
				b[j-s.Start] = ' '
			}
		}
		for qi < len(a.quotes) && a.quotes[qi].Sentence <= si {
			if a.quotes[qi].Speaker != "" {
				last = a.quotes[qi].Speaker
			}
			qi++
		}
		plain := string(b)
		var subj, cue string
		verbAt := -1
		if m := findSubjectVerb(plain, false); m != nil {
			subj, cue, verbAt = plain[m[2]:m[3]], plain[m[4]:m[5]], s.Start+m[4]
		} else if m := accordingTo.FindStringSubmatchIndex(plain); m != nil {
			subj, cue, verbAt = plain[m[2]:m[3]], "according to", s.Start+m[0]
		}
		if subj == "" || slices.Contains(a.afterCues, verbAt) || a.onlyAttributes(si, plain) {
			continue
		}
		if sp := a.speaker(subj, si, s.Start+strings.Index(plain, subj), last); sp != "" {
			a.paras = append(a.paras, Attribution{Sentence: si, Speaker: sp, Cue: cue})
		}
	}
}

// maxAttributionWords is how many lower-case words a sentence may have
// outside its quotations and still be only their attribution ("said on
// Friday", "told reporters that"), not reported speech of its own.
const maxAttributionWords = 4

// onlyAttributes reports whether what is left of a sentence with its
// quotations blanked is just an attribution ("she said", "President
// Claudia Sheinbaum said on Friday").
func (a *analyzer) onlyAttributes(si int, plain string) bool {
	s := a.sents[si]
	has := false
	for _, m := range a.marks {
		if m[0] < s.End && m[1] > s.Start {
			has = true
			break
		}
	}
	if !has {
		return false
	}
	words := 0
	for _, w := range strings.FieldsFunc(plain, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			words++
		}
	}
	return words <= maxAttributionWords
}
