package quotes

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Attribution: each quotation's speaker, from its cue (cues.go), its
// subject (subjects.go) resolved to a person (resolve.go), or the speaker
// before it; reported speech is in paraphrases.go.

// attribute finds each quotation's speaker: a speech verb right after it
// (", Sheinbaum said", ", said Maria Chen"), or before it in its sentence
// ("Rubio added:", "she told reporters that"), else the speaker of the
// quotation before it in the paragraph, or of the quotation it continues
// from the previous paragraph. A quotation run on into the next paragraph
// takes the speaker named there when it has none of its own.
func (a *analyzer) attribute(cues *shared[cueRead]) {
	st := attributing{lastPara: -1, lastSent: -1, long: a.runTogether(), titles: map[string]bool{}, lastTitle: -1}
	for i := range a.quotes {
		if a.unread(i) {
			st.last = "" // no one's words go on past words the rules did not read
			continue
		}
		a.attributeQuote(i, &st, cues)
	}
	a.carryOverLines()
	a.pullQuotes()
}

// The rules read the narration around a quotation, some of them from its
// sentence's start, and compare a quotation with the others, so what a
// quotation costs grows with its sentence and with the article's
// quotations. A hostile page reaches both: one sentence of 1,200
// quotations each said "on “This Week”" (77 KB) kept a core busy for
// three minutes, and the ingest's timeout cannot stop the analysis. So a
// quotation in a sentence longer than maxReadSentenceBytes, or after the
// first maxReadQuotations of its article, is found but left no one's, and
// reported speech is read in the first maxReadSentences sentences (each
// costs a speaker's resolution: a megabyte of "He said it." took 5 s).
// Each is at least twice what the speaker harness's 27,910 texts reach:
// its longest sentence with an attributed quotation is 2,074 bytes, its
// most quotations in one article 193, its most sentences in one text
// 2,115. BenchmarkAnalyzeQuotedOften measures the worst shapes within
// them.
const (
	maxReadSentenceBytes = 4 << 10
	maxReadQuotations    = 400
	maxReadSentences     = 5000
)

// unread reports whether quotation i lies beyond what the rules read.
func (a *analyzer) unread(i int) bool {
	s := a.sents[a.quotes[i].Sentence]
	return i >= maxReadQuotations || s.End-s.Start > maxReadSentenceBytes
}

// attributing is what attribute knows of the quotations it has read, in
// text order, when it reads the next.
type attributing struct {
	last      string          // the last speaker
	lastPara  int             // the paragraph of the last quotation read
	lastSent  int             // the sentence where last's words end
	long      map[int]bool    // the paragraphs run together (runTogether)
	titles    map[string]bool // the titles quoted so far, by titleKey
	lastTitle int             // the last quotation read as a title
}

// attributeQuote finds quotation i's speaker, and notes what the next
// quotation needs to know of it in st.
func (a *analyzer) attributeQuote(i int, st *attributing, cues *shared[cueRead]) {
	q := &a.quotes[i]
	open, close := a.marks[i][0], a.marks[i][1]
	si := q.Sentence
	para := a.sents[si].Paragraph
	if para != st.lastPara && !(para == st.lastPara+1 && i > 0 && (a.runsOn[i-1] || a.onlyQuote(i))) {
		st.last = ""
	}
	if a.quotedTitle(i, st) || a.isTerm(i) || a.citedWords(i) || a.isHeading(i) || a.isNickname(i) {
		// A title, a term in quotes, words cited as words, a heading or
		// a nickname inside a name is no one's words.
		st.lastPara = para
		return
	}
	// unnamed marks quotation i as the words of someone the article does
	// not let us name: whoever spoke before does not speak on.
	unnamed := func() {
		a.unnamedBy[i] = true
		st.last, st.lastPara = "", para
	}
	c := cues.get(i)
	if c.afterAt >= 0 {
		a.afterCues = append(a.afterCues, c.afterAt)
	}
	switch {
	case c.afterAt >= 0 && c.subj != "" && (unnamedInverted.MatchString(c.cueText) || kinInverted.MatchString(c.cueText) || recalledSaying.MatchString(c.verbText) || toldByOther(c.subj, c.verbText)),
		c.subj == "" && (unnamedVerbFirst.MatchString(c.cueText) || possessiveKin.MatchString(c.cueText)):
		// "…,” said one longtime Clinton ally: the name qualifies
		// someone the article does not name. "…,” said one person
		// with close ties to the White House: someone new, even
		// where the article runs its paragraphs together and the
		// speaker before would otherwise go on. "…,” Biden recalled
		// his father telling him: the father's words, not Biden's.
		unnamed()
		return
	case c.subj != "":
		q.Speaker, q.Cue = a.namedSpeaker(i, c, st.last)
		if q.Speaker == "" {
			// A speaker of its own the article does not let us name.
			unnamed()
			return
		}
	case a.byWriter(close):
		// "“How did you get through?” I ask. “Help,” he says.": the
		// writer's question; the one interviewed speaks on.
		a.unnamedBy[i] = true
		return
	case a.unnamed(i, open, close):
		// "…," a resident said: someone new, whom the article does
		// not name, and who speaks on until someone else does.
		unnamed()
		return
	case c.role != nil:
		// "…," the actress says: the one bearer of that title, else
		// someone the article may have named, but not necessarily
		// whoever spoke last.
		q.Speaker, q.Cue = a.titled(strings.TrimSpace(c.role[1]), si), c.role[2]
		if a.introducedUnnamed(si, c.role[1]) {
			// "… a Chicago police officer told them he could not
			// protect them. “…,” the officer said": the one just
			// introduced, whom the article does not name, not the
			// "Chief Education Officer" it named before.
			q.Speaker = ""
		}
		if q.Speaker == "" {
			unnamed()
			return
		}
	case a.exchange(i) != "":
		// "“None of these allegations are true?” Kennedy asked. ¶
		// “Correct,” Kavanaugh said. ¶ “No doubt in your mind?” ¶
		// “Zero.”": bare questions and answers going on in turn are
		// the asker's and the answerer's.
		q.Speaker = a.exchange(i)
	case a.answers(i):
		// A bare quotation after a question is its answer, by someone
		// else.
	case para == st.lastPara || a.opensParagraph(para, open):
		if sp := a.goesOn(i, st.last, st.lastSent, st.long); sp != "" {
			q.Speaker = sp
		}
	}
	if q.Speaker != "" {
		st.last, st.lastSent = q.Speaker, a.sentenceOf(close-1)
	}
	st.lastPara = para
}

// quotedTitle reports whether quotation i is a title, and notes it in st.
// A programme, song or book title is no one's words, and the speaker
// before it goes on after it. Once named, a title stays one where its
// context no longer says so: "But in “A Higher Loyalty,” Comey says …".
func (a *analyzer) quotedTitle(i int, st *attributing) bool {
	t := a.text[a.quotes[i].Start:a.quotes[i].End]
	if !a.isTitle(i) && !(len(st.titles) > 0 && st.titles[titleKey(t)]) && !(st.lastTitle == i-1 && a.listedTitle(i)) {
		return false
	}
	st.titles[titleKey(t)] = true
	st.lastTitle = i
	if main, _, ok := strings.Cut(t, ":"); ok {
		st.titles[titleKey(main)] = true // its subtitle left off
	}
	return true
}

// cueRead is what the text around a quotation says of its speaker.
type cueRead struct {
	subj, cue string // the speaker as the cue names them, and the cue
	afterAt   int    // where the speech verb after the quotation is, -1 if none
	subjAt    int    // where the pronoun or name the speaker is resolved at stands
	subjStart int    // where the subject stands when named before its verb, -1 if not
	spoken    [2]int // the span of the speaker's words
	cueText   string // the text from the closing mark on
	verbText  string // the text from the speech verb after the quotation on
	role      []string
}

// readCue reads the cue of quotation i, whose marks are at open and
// close.
func (a *analyzer) readCue(i, open, close int) cueRead {
	si := a.quotes[i].Sentence
	var c cueRead
	c.subj, c.cue, c.afterAt, c.subjAt = a.cueFor(i, open, close)
	c.subjStart = c.subjAt
	if c.subjStart < 0 && c.afterAt >= 0 && c.subj != "" {
		if k := strings.LastIndex(a.text[close:c.afterAt], c.subj); k >= 0 {
			c.subjStart = close + k // "…,” Chaffetz and Nunes said
		}
	}
	if c.subjAt < 0 {
		// A pronoun after the quotation stands for someone named
		// before it; one before the quotation for someone named
		// before the pronoun: "He said Mr Blair had spoken with “such
		// sincerity”" is not Mr Blair's.
		c.subjAt = open
	}
	c.spoken = [2]int{open, close}
	if start := min(open, a.sents[si].Start); c.afterAt >= 0 && !hasSpeechVerb(a.text[start:open]) && !introduced(a.text[start:open]) && !dashedAside(a.text[start:open]) && !subordinateBefore.MatchString(a.text[start:open]) && !verbThat.MatchString(a.text[c.afterAt:min(len(a.text), c.afterAt+maxUnnamedCue)]) {
		// "Mr ElBaradei should “be careful …,” he said": with no
		// speech verb of its own before the quotation, the sentence
		// is what the speaker says, from its start to the verb. Not
		// "Mattson adds: “…,” he says", nor "asked how much Andrea
		// Elliot paid, “…,” she said", nor "Mr Cruz offered up a
		// suggestion: “…,” he said", where a colon hands over to the
		// quotation. Nor "Trump set off a debate when, citing “…,” he
		// asserted …": the verb is in a clause of its own, and what
		// comes before it is narration. Nor "Akin blamed “…” for his
		// troubles, he acknowledged that …": the verb says what it
		// reports after it.
		c.spoken = [2]int{start, c.afterAt}
	}
	c.cueText = a.text[close:min(len(a.text), close+maxUnnamedCue)]
	if c.subj == "" {
		// ", the actress says", ", said the aide"
		if c.role = roleAfter.FindStringSubmatch(c.cueText); c.role == nil {
			if m := roleInverted.FindStringSubmatch(c.cueText); m != nil {
				c.role = []string{m[0], m[2], m[1]} // role, then verb, as roleAfter has them
			}
		}
	}
	if c.afterAt >= 0 {
		c.verbText = a.text[c.afterAt:min(len(a.text), c.afterAt+maxUnnamedCue)]
	}
	return c
}

// namedSpeaker is the speaker and cue of quotation i, whose cue c names
// its subject; "" when that subject is no one the article lets us name.
// last is the last speaker.
func (a *analyzer) namedSpeaker(i int, c cueRead, last string) (string, string) {
	q := a.quotes[i]
	open, close := a.marks[i][0], a.marks[i][1]
	words := c.spoken
	if c.subjStart >= 0 && c.subjStart < c.spoken[0] && isPronounSubject(c.subj) && !strings.ContainsAny(a.text[c.subjStart:c.spoken[0]], ",;:—–()") {
		// "he called Thomas’s statement “very powerful”": no
		// one named in the pronoun's own clause is who it
		// stands for. Not past a comma: "he told Sen. Joe
		// Manchin, who asked whether Sessions could …" may be
		// Sessions.
		words[0] = c.subjStart + len(c.subj)
	}
	sp := a.familyHe(c.subj, c.subjStart) // "“…,” He said": He Weiwen
	if sp == "" {
		sp = a.speaker(c.subj, q.Sentence, c.subjAt, last, words)
	}
	speaker := a.withPartners(sp, c.subjStart)
	if pi := a.personIndex(speaker); pi >= 0 && (strings.HasPrefix(strings.ToLower(c.subj), "the ") || isTitle(strings.ToLower(c.subj))) && a.mentionedIn(pi, [2]int{open, close}) && strings.Contains(a.text[open:close], speaker) {
		// "“… than John Kasich,” the Republican told CNN": no one
		// speaks of themselves by name, so the bearer of an
		// office named in full in the words is not the one saying
		// them ("my wonderful son, Donald, had in Trump Tower" is
		// the president's, who names his son and his tower).
		speaker = ""
	}
	if addressed(a.text[q.Start:q.End], speaker) {
		// "“Hans, can I ask — what is it …?” Nichols responded
		// that …": words said to the one the verb names, not by
		// them.
		return "", ""
	}
	return speaker, c.cue
}

// carryOverLines gives a quotation run on into the next paragraph, up to
// a cue there, that cue's speaker: “Hidden underneath this fear-mongering
// message … W.H.O.¶ agenda,” warns Mike Adams: words carried over lines
// to a cue are its speaker's, not those of the one whose quotation the
// paragraph before closed.
func (a *analyzer) carryOverLines() {
	for i := len(a.quotes) - 2; i >= 0; i-- {
		q, next := &a.quotes[i], a.quotes[i+1]
		if (q.Speaker == "" || a.carried(i+1) && q.Cue == "" && next.Speaker != "") && a.runsOn[i] && a.sents[next.Sentence].Paragraph == a.sents[q.Sentence].Paragraph+1 && a.opensSentence(i) {
			q.Speaker = next.Speaker
		}
	}
}

// goesOn is whose words quotation i is when it has no cue of its own and
// stands in the last speaker's paragraph or opens one: the last speaker
// (last, whose words end in sentence lastSent) going on, someone the
// narration around it names, or "" for no one. long marks the paragraphs
// run together.
func (a *analyzer) goesOn(i int, last string, lastSent int, long map[int]bool) string {
	q := a.quotes[i]
	open := a.marks[i][0]
	si := q.Sentence
	para := a.sents[si].Paragraph
	if long[para] {
		// In paragraphs run together, narration about someone
		// named is theirs, not the last speaker's going on; and a
		// quotation sentences away from the last speaker's words
		// may open a paragraph of its own, and someone else's.
		// Not in the sentence the last speaker's words end in:
		// "John Reid … found himself under attack …, while the
		// Tories said he was adopting a “nanny state approach” by
		// extending … into “individual liberty and lifestyle”"
		// goes on with the Tories' words.
		if subj := a.narrator(i); subj != "" && subj != last && si != lastSent {
			return subj
		}
		if si > lastSent+1 {
			return ""
		}
		if si > lastSent && !a.opensSentence(i) {
			// "… he said. Flake also won an $85 billion expensing
			// “budget gimmick.”": words quoted inside the next
			// sentence's narration, which may be an original
			// paragraph of its own, are a term or someone
			// else's.
			return ""
		}
	}
	if subj := a.clauseNarrator(i); subj != "" && subj != last {
		// "Komorowski said, “…,” and Prime Minister Donald Tusk
		// praised the “…”": the clause after the quotation
		// before has a subject of its own, whose words these are.
		return subj
	}
	if si > lastSent && !long[para] {
		// "Susan Collins … said the tweets were “way over the
		// line”. Tim Scott … criticised Trump’s “unacceptable
		// personal attacks”": a later sentence whose subject is
		// someone else named is about them, not the last
		// speaker going on.
		if subj := a.narrator(i); subj != "" && subj != last {
			return ""
		}
	}
	if from := a.sents[si].Start; from <= open && whichStates.MatchString(a.text[from:open]) {
		// "“…,” Trump said before signing the order, which states
		// it is now policy “to protect …”": the order's words,
		// which cueFor leaves without a cue; the speaker before
		// does not go on into them either.
		return ""
	}
	if si > lastSent && a.narratedSpeech(i) || a.unnamedOpens(i) || a.speaksInNarration(i, last) {
		// "A Senate Democratic aide confirmed, separately, that
		// Democrats were holding up nominations “because …”":
		// the narration has a speaker of its own, whom the cues
		// could not name, not the last one going on.
		return ""
	}
	if si > lastSent && len(strings.Fields(a.text[q.Start:q.End])) <= maxNamingWords && namesWho(a.text[q.Start:q.End], last) {
		// "President Trump responded by tweeting, “…” This turned
		// the discussion into the familiar territory of, “What do
		// you think of what Trump tweeted?”": a few words in a
		// later sentence that name the last speaker are about
		// them. Longer ones name them as speakers do when they
		// speak of a family or a body of their name.
		return ""
	}
	if a.fragment(i) {
		return ""
	}
	if r := a.reportedBefore(i); r != "" {
		return r
	}
	return last
}

// minPullQuoteWords is the fewest words a pull quote must have for its
// echo elsewhere to tell its speaker: a short phrase may be anyone's.
const minPullQuoteWords = 5

// pullQuotes gives a quotation set apart as a paragraph of its own with
// no cue (a pull quote, or a heading over a section) whose words the
// article quotes elsewhere, with a speaker, to that speaker: "“The
// administration is trying to build all kinds of walls.”" set over a
// section repeats what a law professor says in it, not what the one
// quoted before it goes on to say.
func (a *analyzer) pullQuotes() {
	var folded []string // the quotations' words, folded, made on first need
	for i := range a.quotes {
		q := &a.quotes[i]
		para := a.sents[q.Sentence].Paragraph
		if a.unread(i) || q.Cue != "" || !a.onlyQuote(i) || len(strings.Fields(a.text[q.Start:q.End])) < minPullQuoteWords {
			continue
		}
		if folded == nil {
			// Quotations past the first maxReadQuotations are not read:
			// an echo there tells no one's words.
			folded = make([]string, min(len(a.quotes), maxReadQuotations))
			for j, o := range a.quotes[:len(folded)] {
				folded[j] = foldedWords(a.text[o.Start:o.End])
			}
		}
		speaker := ""
		for j, o := range a.quotes[:len(folded)] {
			if j == i || a.sents[o.Sentence].Paragraph == para || !strings.Contains(folded[j], folded[i]) {
				continue
			}
			if o.Cue == "" && a.onlyQuote(j) {
				continue // another pull quote
			}
			if o.Speaker == "" || speaker != "" && speaker != o.Speaker {
				speaker = ""
				break // words someone else said too: no one's for sure
			}
			speaker = o.Speaker
		}
		if speaker != "" {
			q.Speaker = speaker
		}
	}
}

// foldedWords is s's words, folded and set apart by single spaces, with
// no punctuation: the same words quoted twice compare equal however each
// quotation is punctuated or cut.
func foldedWords(s string) string {
	return " " + strings.Join(strings.FieldsFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ") + " "
}

// introducedUnnamed reports whether the sentence si or one of the two
// before it introduces, without a name, someone in the role the words
// name ("a Chicago police officer" for "the officer"), whom the role
// then points back to.
func (a *analyzer) introducedUnnamed(si int, role string) bool {
	head := strings.ToLower(lastWord(strings.TrimSpace(role)))
	if head == "" {
		return false
	}
	for k := si; k >= 0 && k >= si-2; k-- {
		words := strings.Fields(strings.ToLower(a.plain(k)))
		for i, w := range words {
			if strings.TrimRight(w, ".,;:!?") != head {
				continue
			}
			// "a", "an", "one" or "another" up to three words before it.
			for j := i - 1; j >= 0 && j >= i-4; j-- {
				if indefiniteArticle[words[j]] {
					return true
				}
				if strings.ContainsAny(words[j], ".,;:!?") {
					break
				}
			}
		}
	}
	return false
}

// indefiniteArticle are the words that introduce someone not named.
var indefiniteArticle = map[string]bool{"a": true, "an": true, "one": true, "another": true}

// opensSentence reports whether quotation i opens its sentence, as
// speech running on into the next paragraph does; words quoted inside
// narration ("called the GOP nominee … “a narcissist at a level …")
// whose closing mark the page lost are not someone's speech going on.
func (a *analyzer) opensSentence(i int) bool {
	s := a.sents[a.quotes[i].Sentence]
	return s.Start >= a.marks[i][0] || strings.TrimSpace(a.text[s.Start:a.marks[i][0]]) == ""
}

// narrator returns the person named as the subject of the narration a
// quotation is set in, when it has no cue of its own: "Trump hailed the
// decision as a “big win for the consumer!”". "" when the sentence opens
// with the quotation, or with no name.
func (a *analyzer) narrator(i int) string {
	s := a.sents[a.quotes[i].Sentence]
	open := a.marks[i][0]
	if open <= s.Start {
		return ""
	}
	subj, _ := sentenceSubject(a.text[s.Start:open])
	if subj == "" {
		// "Tim Scott, the only black Republican senator, criticised …":
		// a name with a role set off by commas, then a verb.
		m := apposedSubject.FindStringSubmatch(a.text[s.Start:open])
		if m == nil {
			return ""
		}
		subj = m[1]
	}
	return a.namedPerson(subj, a.quotes[i].Sentence)
}

// namedPerson is the person a subject in sentence si names, or "" for a
// pronoun or anyone the article does not name as a person.
func (a *analyzer) namedPerson(subj string, si int) string {
	if _, isPronoun := pronoun(subj); isPronoun {
		return ""
	}
	name := a.resolve(subj, si)
	if a.personIndex(name) < 0 {
		return ""
	}
	return name
}

// clauseNarrator returns the person named as the subject of a clause
// that opens between quotation i and the one before it in its sentence
// (", and Prime Minister Donald Tusk praised the “…”"); "" when there is
// none, or a pronoun stands there.
func (a *analyzer) clauseNarrator(i int) string {
	if i == 0 || a.quotes[i-1].Sentence != a.quotes[i].Sentence {
		return ""
	}
	between := a.text[a.marks[i-1][1]:a.marks[i][0]]
	m := clauseStart.FindStringIndex(between)
	if m == nil {
		return ""
	}
	subj, at := sentenceSubject(between[m[1]:])
	if subj == "" {
		return ""
	}
	if next, _, _ := strings.Cut(strings.TrimSpace(between[m[1]+at+len(subj):]), " "); notVerb[next] || personNounWord.MatchString(next) {
		// "called Infowars a “…” and Mr. Jones a “…”": no verb of its
		// own; "and Trump aides keep whispering …": the name qualifies
		// the subject.
		return ""
	}
	return a.namedPerson(subj, a.quotes[i].Sentence)
}

// notVerb are words that cannot follow a clause's subject as its verb.
var notVerb = map[string]bool{"a": true, "an": true, "the": true, "as": true, "of": true, "to": true, "in": true, "on": true, "for": true, "with": true, "at": true, "by": true, "and": true, "or": true}

// narratedSpeech reports whether the narration before a quotation, in its
// sentence, has a speech verb.
func (a *analyzer) narratedSpeech(i int) bool {
	s := a.sents[a.quotes[i].Sentence]
	open := a.marks[i][0]
	return open > s.Start && hasSpeechVerb(a.text[s.Start:open])
}

// unnamedOpens reports whether the sentence holding quotation i opens with
// someone the article does not name, and names no one before the
// quotation: "(A DOJ spokesperson blamed the debacle on “a bad general
// contractor.”)" is the spokesperson's, not the last speaker's going on.
func (a *analyzer) unnamedOpens(i int) bool {
	si := a.quotes[i].Sentence
	from, open := a.sents[si].Start, a.marks[i][0]
	before := ""
	if i > 0 && a.marks[i-1][1] > from {
		// After a quotation in the same sentence, only an aside in
		// parentheses opens anew.
		from = a.marks[i-1][1]
		if before = strings.TrimLeft(a.text[from:max(from, open)], " \t\n"); !strings.HasPrefix(before, "(") {
			return false
		}
	} else if open > from {
		before = a.text[from:open]
	}
	if !indefiniteSubject.MatchString(strings.TrimLeft(before, "( ")) {
		return false
	}
	return !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off >= from && m.off < open })
}

// speaksInNarration reports whether the narration before quotation i, in
// a sentence holding no quotation before it, has someone other than
// last speaking: a participle or infinitive of speech, or "agreed
// that", whose subject is not a pronoun nor last ("The paper's editorial
// page telegraphed the criticism, asserting that her “…”", "Reince
// Priebus, agreed that … as “the first-ever …”").
func (a *analyzer) speaksInNarration(i int, last string) bool {
	si := a.quotes[i].Sentence
	s := a.sents[si]
	open := a.marks[i][0]
	if open <= s.Start || i > 0 && a.marks[i-1][1] > s.Start {
		return false
	}
	before := a.text[s.Start:open]
	if !narratedSpeaking.MatchString(before) {
		return false
	}
	subj, _ := sentenceSubject(before)
	if subj == "" {
		return true
	}
	if _, isPronoun := pronoun(subj); isPronoun {
		return false
	}
	return a.resolve(subj, si) != last
}

// narratedSpeaking is a participle or infinitive of speech anywhere in
// narration.
var narratedSpeaking = regexp.MustCompile(`\b(?:` + speechParticiples + `|asserting|calling|accusing|describing|to say|to call|agreed that|agrees that)\b`)

// runTogether marks the paragraphs that hold more sentences than news
// paragraphs do: text whose paragraph breaks were lost (a feed, a data
// set, a copy and paste), where one paragraph is really many.
func (a *analyzer) runTogether() map[int]bool {
	n := map[int]int{}
	for _, s := range a.sents {
		n[s.Paragraph]++
	}
	long := map[int]bool{}
	for p, k := range n {
		if k >= minRunTogether {
			long[p] = true
		}
	}
	return long
}

// minRunTogether is the fewest sentences of a paragraph taken to be
// several run together.
const minRunTogether = 8

// reportedBefore returns who speaks in the sentence before quotation i,
// in its paragraph, when the quotation opens its own sentence and that
// one reports a named person's speech without quoting it ("Mr Hayman
// acknowledged that binge drinking did cause problems. “If you come to
// Norwich …”"): the quotation goes on with their words, not the last
// quoted speaker's. "" otherwise.
func (a *analyzer) reportedBefore(i int) string {
	si := a.quotes[i].Sentence
	s := a.sents[si]
	if si == 0 || a.sents[si-1].Paragraph != s.Paragraph || strings.TrimSpace(a.text[s.Start:max(s.Start, a.marks[i][0])]) != "" {
		return ""
	}
	prev := si - 1
	plain := a.plain(prev)
	m := findSubjectVerb(plain, false)
	if m == nil {
		// "Her husband Roderic Schmidt, who helped her carry the flag,
		// agreed. “…”": one who agrees, the sentence closing on it, goes
		// on to say what.
		if agreedEnd.MatchString(plain) {
			if subj, _ := sentenceSubject(plain); subj != "" && !pronounSubject(subj) {
				if name := a.resolveSpeaking(subj, prev, [2]int{a.quotes[i].Start, a.quotes[i].End}); a.personIndex(name) >= 0 {
					return name
				}
			}
		}
		return ""
	}
	// A quotation there with a speaker is what the last speaker was
	// taken from, and one before the verb is someone's the rules could
	// not name ("“…,” said one adviser"); words quoted in what the verb
	// reports and left no one's ("Mr Doherty said gamers were “ravenous”
	// for …") leave the sentence to report whose words go on, unless the
	// verb is in a clause opening it ("When Kaine suggested “…”, Pence
	// mocked him").
	verbEnd := a.sents[prev].Start + m[5]
	if slices.ContainsFunc(a.quotesIn(prev), func(q Quotation) bool {
		return q.Sentence == prev && (q.Speaker != "" || q.Start < verbEnd || subordinator.MatchString(plain))
	}) {
		return ""
	}
	if _, isPronoun := pronoun(plain[m[2]:m[3]]); isPronoun {
		return ""
	}
	if name := a.resolveSpeaking(plain[m[2]:m[3]], prev, [2]int{a.quotes[i].Start, a.quotes[i].End}); a.personIndex(name) >= 0 {
		return name
	}
	return ""
}

// agreedEnd is a sentence closing on agreement: "…, agreed."
var agreedEnd = regexp.MustCompile(`\s(?:agreed|disagreed|concurred)\.\s*$`)

// apposedSubject is a sentence opening with a name, a role in lower case
// set off by commas, and a lower-case word, its verb.
var apposedSubject = regexp.MustCompile(`^\s*(` + name + `),\s+(?:the|a|an)\s+[^,"“”«»;:.!?]{1,80},\s+\p{Ll}`)

// subordinateBefore matches a conjunction opening a clause of its own:
// "when", or one an aside follows ("when, citing …"). Not "before" or
// "after" as prepositions ("remarks before retiring").
var subordinateBefore = regexp.MustCompile(`\bwhen\s|\b(?:` + clauseConjunctions + `),`)

// introduced reports whether narration before a quotation hands over
// to it with a colon.
func introduced(before string) bool {
	return strings.HasSuffix(strings.TrimRightFunc(before, unicode.IsSpace), ":")
}

// endsQuestionOrExclamation reports whether quoted words end in ? or !,
// the marks that let a segmenter end the sentence inside the quotation.
func endsQuestionOrExclamation(q string) bool {
	q = strings.TrimRightFunc(q, func(r rune) bool { return unicode.IsSpace(r) || isQuoteMark(r) || r == '\'' || r == '’' })
	return strings.HasSuffix(q, "?") || strings.HasSuffix(q, "!")
}

// answers reports whether quotation i directly follows a quotation that
// asks a question: in an exchange, the reply is the other person's.
func (a *analyzer) answers(i int) bool {
	if i == 0 {
		return false
	}
	prev := a.quotes[i-1]
	if !a.asks(prev) {
		return false
	}
	between := a.text[a.marks[i-1][1]:a.marks[i][0]]
	if strings.TrimSpace(between) == "" || answerLabel.MatchString(between) {
		return true
	}
	para := a.sents[a.quotes[i].Sentence].Paragraph
	return a.sents[prev.Sentence].Paragraph == para-1 && a.opensParagraph(para, a.marks[i][0])
}

// exchange returns who says quotation i, a paragraph of its own, in an
// exchange of questions and answers going on in turn, each opening its
// paragraph and none running on from the one before: the one who asked
// the question two quotations before, when i asks again, or the one who
// answered two quotations before, when i answers the question right
// before it; "" when the quotations before it are no such exchange.
func (a *analyzer) exchange(i int) string {
	if i < 2 {
		return ""
	}
	para := a.sents[a.quotes[i].Sentence].Paragraph
	if !a.onlyQuote(i) {
		return ""
	}
	before, twoBefore := a.quotes[i-1], a.quotes[i-2]
	if a.sents[before.Sentence].Paragraph != para-1 || a.sents[twoBefore.Sentence].Paragraph != para-2 || a.runsOn[i-1] || a.runsOn[i-2] || !a.opensParagraph(para-1, a.marks[i-1][0]) || !a.opensParagraph(para-2, a.marks[i-2][0]) || before.Speaker == "" || twoBefore.Speaker == "" || before.Speaker == twoBefore.Speaker {
		return ""
	}
	switch {
	case a.asks(a.quotes[i]) && a.asks(twoBefore) && !a.asks(before):
		return twoBefore.Speaker
	case !a.asks(a.quotes[i]) && a.asks(before) && !a.asks(twoBefore):
		return twoBefore.Speaker
	}
	return ""
}

// asks reports whether quotation q's words end in a question mark.
func (a *analyzer) asks(q Quotation) bool {
	return strings.HasSuffix(strings.TrimRightFunc(a.text[q.Start:q.End], unicode.IsSpace), "?")
}

// answerLabel is all the narration between a question and its answer
// when it names the answer as one: "“You've been privy to all of this to
// know this?” His response: “Well, …”" is not the asker's.
var answerLabel = regexp.MustCompile(`^\s*(?i:(?:his|her|their|the)\s+)?(?i:response|reply|answer)\s*:\s*$`)

// recalledSaying is a speech verb recalling what someone close to its
// subject said: "“…,” Biden recalled his father telling him", "“…,”
// Sandra Dowless recounted her ex-husband as saying", "“…,” Khozhugov
// recalled the mother saying", "“…,” Courtney recalled hearing from the
// aide".
var recalledSaying = regexp.MustCompile(`^(?:` + recalling + `)\s+(?:(?:his|her|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:as\s+)?(?:telling|saying)|hearing|being\s+told)\b`)

// saidTold is a speech verb after a quotation whose words its subject
// says someone told them: someone unnamed ("“You’re going to Juarez,”
// David said one agent told him.") or someone a pronoun names, the first
// group ("“Katie, it’s nothing more than the flu,” she said he told
// her.", "“I am the law,” she said he once told her.").
var saidTold = regexp.MustCompile(`^(?:said|says)\s+(?:that\s+)?(?:(he|she)|(?:a|an|one|another|the)\s+(?:[\p{Ll}-]+\s+){0,2}?` + personNoun + `)\s+(?:had\s+)?(?:(?:once|later|also|then|\p{Ll}+ly)\s+)?told\s+(?:him|her|them|me|us)\b`)

// toldByOther reports whether after, the text from the speech verb that
// follows subject subj, says someone other than subj told them the words:
// someone unnamed, or, after "he" or "she", a pronoun of the other gender
// ("he said he told them" is the speaker's own words again), also in "“…,”
// she recalled him telling her".
func toldByOther(subj, after string) bool {
	subj = strings.ToLower(subj)
	pronounSubj := subj == "he" || subj == "she"
	if m := saidTold.FindStringSubmatch(after); m != nil {
		return m[1] == "" || pronounSubj && m[1] != subj
	}
	if !pronounSubj {
		return false
	}
	m := recalledOther.FindStringSubmatch(after)
	return m != nil && (m[1] == "him") != (subj == "he")
}

// recalledOther is a speech verb recalling what someone a pronoun names
// said: "“…,” she recalled him telling her".
var recalledOther = regexp.MustCompile(`^(?:` + recalling + `)\s+(him|her)\s+(?:telling|saying)\b`)

// listedTitle reports whether quotation i is joined to the title before
// it by "and", "or" or a comma and is cased as a title: "co-author of
// the “The International Arms Trade” and “The Small Arms Trade.”"
func (a *analyzer) listedTitle(i int) bool {
	if i == 0 {
		return false
	}
	switch strings.TrimSpace(a.text[a.marks[i-1][1]:a.marks[i][0]]) {
	case "and", "or", ",", ", and", ", or":
	default:
		return false
	}
	words := strings.Fields(strings.TrimRight(a.text[a.quotes[i].Start:a.quotes[i].End], ".,"))
	if len(words) == 0 || len(words) > maxTitleWords {
		return false
	}
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && (k == 0 || !smallTitleWord(w)) {
			return false
		}
	}
	return true
}

// maxNamingWords bounds the quotations namesWho is asked about.
const maxNamingWords = 12

// namesWho reports whether words name the speaker by their family name,
// as a whole word.
func namesWho(words, speaker string) bool {
	f := strings.Fields(speaker)
	if len(f) == 0 {
		return false
	}
	family := f[len(f)-1]
	for at := 0; ; {
		k := strings.Index(words[at:], family)
		if k < 0 {
			return false
		}
		k += at
		before, _ := utf8.DecodeLastRuneInString(words[:k])
		after, _ := utf8.DecodeRuneInString(words[k+len(family):])
		if (k == 0 || !unicode.IsLetter(before)) && (k+len(family) == len(words) || !unicode.IsLetter(after)) {
			return true
		}
		at = k + len(family)
	}
}

// titleKey is a quoted title as attribute compares it with the titles
// quoted before: folded, its spacing and closing punctuation dropped.
func titleKey(t string) string {
	return fold(strings.Join(strings.Fields(strings.TrimRight(t, ".,;: ")), " "))
}

// addressed reports whether words open by calling someone by a word of
// name ("Hans, can I ask …"): said to them, not by them. The "and" that
// joins speakers named together ("Chaffetz and Nunes") is no one's name:
// "“And, …,” Chaffetz and Nunes said" is theirs.
func addressed(words, name string) bool {
	m := vocative.FindStringSubmatch(words)
	if m == nil || name == "" {
		return false
	}
	w := fold(m[1])
	return w != "and" && slices.Contains(nameWords(name), w)
}

// vocative opens words with someone called by name and a comma, a title
// before it or not: "Hans, …", "Mr. Nichols, …".
var vocative = regexp.MustCompile(`^\s*(?:(?:Mr|Mrs|Ms|Dr|Sen|Senator|Gov|Governor|President)\.?\s+)?(\p{Lu}[\p{L}'’\-]+),\s`)
