package quotes

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Attribution: the speech verb and subject that give each quotation its
// speaker, and the sentences that report speech without quote marks.

// attribute finds each quotation's speaker: a speech verb right after it
// (", Sheinbaum said", ", said Maria Chen"), or before it in its sentence
// ("Rubio added:", "she told reporters that"), else the speaker of the
// quotation before it in the paragraph, or of the quotation it continues
// from the previous paragraph. A quotation run on into the next paragraph
// takes the speaker named there when it has none of its own.
func (a *analyzer) attribute() {
	last, lastPara := "", -1
	lastSent := -1 // the sentence where last's words end
	long := a.runTogether()
	for i := range a.quotes {
		q := &a.quotes[i]
		open, close := a.marks[i][0], a.marks[i][1]
		si := q.Sentence
		para := a.sents[si].Paragraph
		if para != lastPara && !(para == lastPara+1 && i > 0 && (a.runsOn[i-1] || a.onlyQuote(para, i))) {
			last = ""
		}
		if a.isTitle(i) || a.isTerm(i) || a.citedWords(i) {
			// A programme, song or book title, or a term in quotes, is no
			// one's words, and the speaker before it goes on after it.
			lastPara = para
			continue
		}
		subj, cue, afterAt, subjAt := a.cueFor(i, open, close)
		if afterAt >= 0 {
			a.afterCues = append(a.afterCues, afterAt)
		}
		if subjAt < 0 {
			// A pronoun after the quotation stands for someone named
			// before it; one before the quotation for someone named
			// before the pronoun: "He said Mr Blair had spoken with “such
			// sincerity”" is not Mr Blair's.
			subjAt = open
		}
		spoken := [2]int{open, close}
		if start := min(open, a.sents[si].Start); afterAt >= 0 && !hasSpeechVerb(a.text[start:open]) && !introduced(a.text[start:open]) && !dashedAside(a.text[start:open]) {
			// "Mr ElBaradei should “be careful …,” he said": with no
			// speech verb of its own before the quotation, the sentence
			// is what the speaker says, from its start to the verb. Not
			// "Mattson adds: “…,” he says", nor "asked how much Andrea
			// Elliot paid, “…,” she said", nor "Mr Cruz offered up a
			// suggestion: “…,” he said", where a colon hands over to the
			// quotation.
			spoken = [2]int{start, afterAt}
		}
		cueText := a.text[close:min(len(a.text), close+maxUnnamedCue)]
		var role []string // ", the actress says", ", said the aide"
		if subj == "" {
			if role = roleAfter.FindStringSubmatch(cueText); role == nil {
				if m := roleInverted.FindStringSubmatch(cueText); m != nil {
					role = []string{m[0], m[2], m[1]} // role, then verb, as roleAfter has them
				}
			}
		}
		switch {
		case afterAt >= 0 && subj != "" && unnamedInverted.MatchString(cueText),
			subj == "" && unnamedVerbFirst.MatchString(cueText):
			// "…,” said one longtime Clinton ally: the name qualifies
			// someone the article does not name. "…,” said one person
			// with close ties to the White House: someone new, even
			// where the article runs its paragraphs together and the
			// speaker before would otherwise go on.
			last, lastPara = "", para
			continue
		case subj != "":
			q.Speaker, q.Cue = a.speaker(subj, si, subjAt, last, spoken), cue
			if q.Speaker == "" {
				// A speaker of its own the article does not let us name:
				// whoever spoke before does not speak on.
				last, lastPara = "", para
				continue
			}
		case a.unnamed(i, open, close):
			// "…," a resident said: someone new, whom the article does
			// not name, and who speaks on until someone else does.
			last, lastPara = "", para
			continue
		case role != nil:
			// "…," the actress says: the one bearer of that title, else
			// someone the article may have named, but not necessarily
			// whoever spoke last.
			q.Speaker, q.Cue = a.titled(strings.TrimSpace(role[1])), role[2]
			if q.Speaker == "" {
				last, lastPara = "", para
				continue
			}
		case a.answers(i):
			// A bare quotation after a question is its answer, by someone
			// else.
		case para == lastPara || a.opensParagraph(para, open):
			if long[para] {
				// In paragraphs run together, narration about someone
				// named is theirs, not the last speaker's going on; and a
				// quotation sentences away from the last speaker's words
				// may open a paragraph of its own, and someone else's.
				if subj := a.narrator(i); subj != "" && subj != last {
					q.Speaker = subj
					break
				}
				if si > lastSent+1 {
					break
				}
			}
			if si > lastSent && a.narratedSpeech(i) {
				// "A Senate Democratic aide confirmed, separately, that
				// Democrats were holding up nominations “because …”":
				// the narration has a speaker of its own, whom the cues
				// could not name, not the last one going on.
				break
			}
			if !a.fragment(i) {
				q.Speaker = last
				if r := a.reportedBefore(i); r != "" {
					q.Speaker = r
				}
			}
		}
		if q.Speaker != "" {
			last, lastSent = q.Speaker, a.sentenceOf(close-1)
		}
		lastPara = para
	}
	for i := len(a.quotes) - 2; i >= 0; i-- {
		q, next := &a.quotes[i], a.quotes[i+1]
		if q.Speaker == "" && a.runsOn[i] && a.sents[next.Sentence].Paragraph == a.sents[q.Sentence].Paragraph+1 && a.opensSentence(i) {
			q.Speaker = next.Speaker
		}
	}
}

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
		return ""
	}
	if _, isPronoun := pronoun(subj); isPronoun {
		return ""
	}
	name := a.resolve(subj, a.quotes[i].Sentence)
	if a.personIndex(name) < 0 {
		return ""
	}
	return name
}

// narratedSpeech reports whether the narration before a quotation, in its
// sentence, has a speech verb.
func (a *analyzer) narratedSpeech(i int) bool {
	s := a.sents[a.quotes[i].Sentence]
	open := a.marks[i][0]
	return open > s.Start && hasSpeechVerb(a.text[s.Start:open])
}

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
	if slices.ContainsFunc(a.quotes, func(q Quotation) bool { return q.Sentence == prev }) {
		return ""
	}
	plain := a.plain(prev)
	m := findSubjectVerb(plain, false)
	if m == nil {
		return ""
	}
	if _, isPronoun := pronoun(plain[m[2]:m[3]]); isPronoun {
		return ""
	}
	if name := a.resolve(plain[m[2]:m[3]], prev); a.personIndex(name) >= 0 {
		return name
	}
	return ""
}

// introduced reports whether narration before a quotation hands over
// to it with a colon.
func introduced(before string) bool {
	return strings.HasSuffix(strings.TrimRightFunc(before, unicode.IsSpace), ":")
}

// cueFor finds the subject and speech verb attributing quotation i, the
// verb's offset when it follows the quotation (-1 otherwise: such a verb
// only attributes the quotation and reports no speech of its own), and the
// subject's offset when it precedes the quotation (-1 otherwise).
func (a *analyzer) cueFor(i, open, close int) (subj, cue string, afterAt, subjAt int) {
	si := a.quotes[i].Sentence
	end := a.sents[a.sentenceOf(max(close-1, 0))].End
	if next := i + 1; next < len(a.quotes) && a.marks[next][0] < end {
		end = a.marks[next][0]
	}
	after := ""
	if close < end {
		after = a.text[close:end]
	}
	if strings.HasPrefix(strings.TrimLeft(after, " "), "(") {
		// "“…” (A day later, Mrs. Khan explained …)": an aside the
		// segmenter left in the sentence is the writer's, not a cue.
		after = ""
	}
	if next := i + 1; next < len(a.quotes) && a.marks[next][0] == end && strings.HasSuffix(strings.TrimSpace(after), ":") &&
		strings.ContainsFunc(a.text[min(a.sents[si].Start, open):open], unicode.IsLetter) {
		// "When Clinton claimed Trump “thinks …,” Trump shot back: “I do
		// not say that.”": a cue ending in a colon hands over to the
		// next quotation, not back to words the narration embeds. A
		// quotation opening its sentence ("“We won,” he said: “…”") is
		// the cue's too.
		after = ""
	}
	from := min(a.sents[si].Start, open)
	if pi := i - 1; pi >= 0 && a.marks[pi][1] > from && a.marks[pi][1] <= open {
		from = a.marks[pi][1]
	}
	before := a.text[from:open]
	if reportedAfter.MatchString(after) && subjectVerb.MatchString(before) {
		// "Moore told reporters that the accusations are “absolutely
		// false,” the Birmingham News reported": the paper reports whose
		// words they are.
		after = ""
	}
	if m := afterSubject.FindStringSubmatchIndex(after); m != nil {
		return after[m[2]:m[3]], after[m[4]:m[5]], close + m[4], -1
	}
	if strings.TrimSpace(after) == "" {
		// "Then read it!" Kowalski shouted: the segmenter ends the sentence
		// at the mark, and the attribution opens the next one.
		if next := a.sentenceOf(max(close-1, 0)) + 1; next < len(a.sents) && a.sents[next].Paragraph == a.sents[si].Paragraph && endsQuestionOrExclamation(a.text[open:close]) {
			after = a.text[close:a.sents[next].End]
			if m := afterSubject.FindStringSubmatchIndex(after); m != nil {
				return after[m[2]:m[3]], after[m[4]:m[5]], close + m[4], -1
			}
			if m := verbSubject.FindStringSubmatchIndex(after); m != nil && roleWords(after[m[4]:m[5]], after[m[6]:m[7]]) {
				return after[m[6]:m[7]], after[m[2]:m[3]], close + m[2], -1
			}
			after = ""
		}
	}
	if m := verbSubject.FindStringSubmatchIndex(after); m != nil && roleWords(after[m[4]:m[5]], after[m[6]:m[7]]) {
		if name := roledName(after[m[6]:]); !qualifiesRole(after[m[4]:m[5]], after[m[6]:], name) {
			return name, after[m[2]:m[3]], close + m[2], -1
		}
	}
	if m := writtenBy.FindStringSubmatchIndex(after); m != nil && roleWords(after[m[2]:m[3]], after[m[4]:m[5]]) {
		// "…," read an email from council member Joe Kim to Park.
		return after[m[4]:m[5]], "wrote", close + m[0], -1
	}
	if m := findSubjectVerb(after, false); m != nil && !clauseStart.MatchString(after) && !clauseJoin.MatchString(after[:m[2]]) && !subordinate.MatchString(after[:m[2]]) {
		// "…," the group's spokesman, Tomas Weber, told local radio. Not
		// "…," and the agency said in a statement: a clause of its own.
		return after[m[2]:m[3]], after[m[4]:m[5]], close + m[4], -1
	}
	if m := ownedWordsIndex(before); m != nil {
		// "Trump said, pointing to Clinton's comments that half his
		// supporters belong in a “basket of deplorables”": the words
		// are the one whose comments they are.
		return before[m[2]:m[3]], "comments", -1, from + m[2]
	}
	if m := quotedPassiveIndex(before); m != nil {
		// "Assad was quoted as saying …".
		return before[m[2]:m[3]], "quoted", -1, from + m[2]
	}
	if m := quotedAsIndex(before); m != nil {
		// "Reuters quoted the minister as saying: …": the words are the
		// one quoted, whom the narration may not name (unnamed then
		// says so), never its subject's.
		if subj := quotedOne(before[m[2]:m[3]]); subj != "" {
			return subj, "quoted", -1, from + m[2]
		}
		return "", "", -1, -1
	}
	if m := findSubjectVerb(before, true); m != nil {
		if u := unnamedBefore.FindStringIndex(before); u != nil && (u[0] >= m[5] || u[0] <= m[2] && u[1] >= m[5]) {
			// "Trump said …, when a reporter asked whether he was worried
			// about “…”": the nearer speaker is someone unnamed. So is
			// one a name only qualifies: "a former Christie staffer, who
			// worked underneath Kelly, claimed that he “…”".
			return "", "", -1, -1
		}
		return before[m[2]:m[3]], before[m[4]:m[5]], -1, from + m[2]
	}
	clause, comma := before, 0
	if pi := i - 1; pi >= 0 && from == a.marks[pi][1] && strings.HasSuffix(strings.TrimSpace(a.text[a.quotes[pi].Start:a.quotes[pi].End]), ",") {
		// "…, part of a bid to “silence …,” adding “…”": the comma
		// before the participle is inside the quotation before.
		clause, comma = ","+before, 1
	}
	if m := participle.FindStringSubmatchIndex(clause); m != nil {
		// "Mr Blair dismissed the claims, saying: …": the sentence's
		// subject speaks.
		// "…, telling “Fox and Friends” …": a quotation right after
		// "telling" names the audience, not the words.
		verb, start := clause[m[2]:m[3]], a.sents[si].Start
		audience := verb == "telling" && strings.TrimSpace(clause[m[3]:]) == ""
		if !audience && start <= from {
			if subj, at := sentenceSubject(a.text[start : from+max(m[0]-comma, 0)]); subj != "" {
				return subj, verb, -1, start + at
			}
		}
	}
	if m := accordingTo.FindStringSubmatchIndex(after); m != nil {
		return after[m[2]:m[3]], "according to", close + m[0], -1
	}
	if m := writtenBy.FindStringSubmatchIndex(before); m != nil && roleWords(before[m[2]:m[3]], before[m[4]:m[5]]) {
		// Reed received an email from Park: "…" — the author, not the
		// recipient.
		return before[m[4]:m[5]], "wrote", -1, from + m[4]
	}
	if subj := colonSubject(before); subj != "" {
		return subj, ":", -1, -1
	}
	return "", "", -1, -1
}

// unnamed reports whether quotation i is attributed to someone the
// article does not name: a speech verb with an indefinite subject right
// after it (", a resident said") or right before it ("someone says").
func (a *analyzer) unnamed(i, open, close int) bool {
	start := a.sents[a.quotes[i].Sentence].Start
	if i > 0 {
		start = max(start, a.marks[i-1][1])
	}
	after := a.text[close:min(len(a.text), close+maxUnnamedCue)]
	before := a.text[min(start, open):open]
	if unnamedAfter.MatchString(after) || unnamedBefore.MatchString(before) {
		return true
	}
	// The quotation ends a clause a speech verb opens, and cueFor found
	// no name or pronoun for that verb: "A review of 27 trials concluded
	// that “…”", "The Justice Department complaint says that at the
	// time she worked for firms which would “…”".
	return verbEnds.MatchString(before) || documentSays.MatchString(before) || quotedAsIndex(before) != nil
}

// dashedAside reports whether the narration before a quotation ends in a
// dash: "Trump regularly brings up his outreach — “What do you have to
// lose?” he says — to white audiences" sets the quotation off from the
// sentence, which is not what "he" says.
func dashedAside(before string) bool {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	return strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–") || strings.HasSuffix(before, " -") || strings.HasSuffix(before, "--")
}

// quotedAs is narration handing a quotation to someone it quotes: "state
// media quoted Assad as saying", "Reuters cited him as saying:", "Des
// Browne quoted its five-year plan, as saying:". The one quoted is the
// first group.
var quotedAs = regexp.MustCompile(`\b(?:quot(?:ed|es|ing)|cit(?:ed|es|ing))\s+([^"“”«»,;:]{1,80}?)\s*,?\s+as\s+(?:saying|telling\s+[^"“”«»]{0,40}?|writing)\s*[,:]?\s*$`)

// quotedPassive is the passive form: "Assad was quoted by state media as
// saying".
var quotedPassive = regexp.MustCompile(`(?:^|[^\p{L}])` + subject + `\s+(?:was|were|is|are|has been|had been)\s+(?:quoted|cited)\s+(?:by\s+[^"“”«»,;:]{1,60}?\s+)?as\s+(?:saying|telling\s+[^"“”«»]{0,40}?|writing)\s*[,:]?\s*$`)

// quotedAsIndex and quotedPassiveIndex match their patterns at the end
// of before.
func quotedAsIndex(before string) []int      { return asSaying(quotedAs, before) }
func quotedPassiveIndex(before string) []int { return asSaying(quotedPassive, before) }

// asSaying matches re, a "… as saying" pattern, in before; most narration
// has no " as " to match, and is spared it.
func asSaying(re *regexp.Regexp, before string) []int {
	if !strings.Contains(before, " as ") {
		return nil
	}
	return re.FindStringSubmatchIndex(before)
}

// participle is a speech verb's present participle after a comma, the
// narration's last clause before a quotation, at most three words before
// it: "…, saying:", "…, adding that", "…, saying it was". Further into
// the clause a quotation is as often a slogan or someone else's words
// the speaker cites ("…, adding that he’s always been “Never Hillary”").
// The verb is the first group.
var participle = regexp.MustCompile(`,\s+(?:instead\s+|also\s+|then\s+|later\s+|while\s+|before\s+|after\s+)?(saying|adding|writing|noting|arguing|warning|insisting|explaining|declaring|stating|claiming|telling)(?:\s+[^\s"“”«»,;:.!?]+){0,3}\s*[,:]?\s*$`)

// fronted are the words that open a sentence before its subject, with
// or without a comma: "On Sunday, Mr Blair …", "But she …".
var fronted = regexp.MustCompile(`^(?:(?:On|In|At|During|After|Before|Later|Earlier|Last|This|Yesterday|Today|Meanwhile|However|But|And|Still|Then|Now|Asked|Speaking|Pressed|Responding|Appearing|Testifying|Talking|Writing)\b[^,"“”«»]{0,60},\s+|(?:But|And|Still|Then|Meanwhile)\s+)`)

// sentenceSubject returns the subject opening narration, and its offset:
// a pronoun, a name that is not an owner ("Mr Blair's aides"), or a
// title the article gives one person ("The senator"); "" when the
// sentence opens otherwise.
func sentenceSubject(s string) (string, int) {
	at := len(s) - len(strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }))
	if m := fronted.FindStringIndex(s[at:]); m != nil {
		at += m[1]
	}
	rest := s[at:]
	first, _, _ := strings.Cut(rest, " ")
	if _, ok := pronoun(first); ok {
		return first, at
	}
	if t, ok := strings.CutPrefix(rest, "The "); ok {
		if w, _, _ := strings.Cut(t, " "); isTitle(w) {
			return w, at + len("The ")
		}
		return "", 0
	}
	m := nameRun.FindStringIndex(rest)
	if m == nil || m[0] != 0 {
		return "", 0
	}
	// "George H.W. Bush national security adviser Brent Scowcroft",
	// "Secret Service spokeswoman Nicole Mainor", "Trump’s campaign
	// manager, Corey Lewandowski": the person the role names.
	name := roledName(rest)
	if name == "" {
		return "", 0 // an owner's role with no name: someone unnamed
	}
	end := strings.Index(rest, name) + len(name)
	after := strings.TrimSpace(rest[end:])
	if m := relativeClause.FindStringIndex(after); m != nil {
		// "Senator John McCain, who was central to …, was non-committal"
		after = after[m[1]:]
	}
	next, _, _ := strings.Cut(after, " ")
	if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLower(r) {
		return "", 0 // "Mr Blair, the prime minister, …" or a list: not plainly the subject
	}
	if n, _ := cleanName(name); n == "" {
		return "", 0
	}
	return name, at + end - len(name)
}

// relativeClause is a clause between a subject and its verb: ", who was
// also central to the repeal earlier this year, ".
var relativeClause = regexp.MustCompile(`^,\s+who\s+[^,"“”«»;:]{1,120},\s+`)

// quotedOne is the speaker a quotedAs object gives: a pronoun as its
// subject form, for the antecedent; a name ending it, past any role
// before it ("Interior Minister Ali Khan"); a title the article gives one
// person ("the minister"); else "" — a document, an unnamed official.
func quotedOne(obj string) string {
	obj = strings.TrimSpace(obj)
	switch strings.ToLower(obj) {
	case "him":
		return "he"
	case "her":
		return "she"
	case "them":
		return "they"
	}
	if t, ok := strings.CutPrefix(obj, "the "); ok && !strings.ContainsFunc(t, unicode.IsUpper) {
		if isTitle(t) {
			return t // resolved to the title's one bearer, or no one
		}
		return ""
	}
	for _, m := range nameRun.FindAllStringIndex(obj, -1) {
		if m[1] == len(obj) && (m[0] == 0 || !strings.ContainsFunc(obj[:m[0]], unicode.IsUpper) && roleWords(obj[:m[0]], obj[m[0]:])) {
			return obj[m[0]:]
		}
	}
	return ""
}

// maxUnnamedCue bounds the text searched for an unnamed speaker's cue
// after a quotation, and between the cue's verb and a quotation after it
// ("a Romney adviser told the New York Times’ David Sanger back in May,
// “…”").
const maxUnnamedCue = 80

// An indefinite subject, or a document or body named by a common noun,
// and a speech verb: "a resident said", "one of the protesters told",
// "someone says", "the report concludes", "the firm said". Not "the
// spokeswoman said": a person's role refers back to someone named.
var (
	documentNoun   = `(?:report|study|review|survey|poll|complaint|lawsuit|suit|filing|ruling|statement|letter|memo|document|paper|analysis|firm|company|agency|ministry|department|court|board|campaign|website|release|group|newspaper|magazine|network|committee|panel|association|organization|organisation|union|council|bank|government|administration|commission|office)`
	unnamedSubject = `(?:(?:[Ss]omeone|[Ss]omebody|[Oo]ne|[Aa]nother|[Aa]n?)\s+(?:[\p{L}'’\-]+,?\s+){0,4}?(?:who\s+[^"“”«»,;:]{1,60},\s+)?|[Tt]he\s+(?:[\p{Ll}'’\-]+\s+){0,2}` + documentNoun + `\s+)`
	unnamedAfter   = regexp.MustCompile(lead + unnamedSubject + verb)
	// The verb first: "…,” said one longtime Clinton ally. The noun
	// ends the subject, so "said a spokeswoman, Maria Lopez" is not one.
	unnamedInverted = regexp.MustCompile(lead + verb + `\s+(?:[Ss]omeone|[Ss]omebody|[Oo]ne|[Aa]nother|[Aa]n?)\s+(?:[\p{L}'’\-]+\s+){0,4}?\p{Ll}[\p{Ll}'’\-]*(?:\s*[.;!?]|\s*,\s*(?:\p{Ll}|$)|\s*$)`)
	unnamedBefore   = regexp.MustCompile(`(?:^|[^\p{L}])` + unnamedSubject + verb + `(?:\s+[^"“”«»]{0,` + strconv.Itoa(maxUnnamedCue) + `}?)?[,:]?\s*$`)
	verbEnds        = regexp.MustCompile(`(?:^|[^\p{L}])` + verb + `(?:\s+that)?[,:]?\s*$`)
	documentSays    = regexp.MustCompile(`(?:^|[^\p{L}])[Tt]he\s+(?:[\p{L}'’\-]+\s+){0,5}` + documentNoun + `\s+` + verb + `\s+that\s`)
)

// roleAfter is a role for subject right after a quotation, on its line
// and in its sentence: ", the actress says", ", the Republican president
// wrote", ", the Illinois letter said". "… truth." The district
// said … opens a sentence of its own.
var roleAfter = regexp.MustCompile(`^[ \t]*,?[ \t]*(?:[—–-][ \t]*)?the\s+((?:(?:[\p{Ll}'’\-]+|\p{Lu}[\p{L}'’\-]*)\s+){0,2}[\p{Ll}'’\-]+),?\s+` + afterAdverb + verb)

// clauseStart matches text after a quotation that opens a clause of its
// own rather than attributes the quotation.
var clauseStart = regexp.MustCompile(`^\s*[,;]?\s*(?:and|but|while|whereas|although|though)\s`)

// subordinate matches a conjunction opening a clause of the quotation's
// sentence that has a speaker of its own: "He questioned why there was
// “such a rush” to introduce it when Mr Clarke had indicated …".
var subordinate = regexp.MustCompile(`\b(?:when|because|after|before|if|since|until|unless|whether|although|though|while|whereas)\s`)

// clauseJoin matches a conjunction opening a new clause further on: the
// quotation sits in a clause of its own ("The constitution bars those
// convicted of “infamous crimes” from office, and Levine said …").
var clauseJoin = regexp.MustCompile(`[,;]\s*(?:and|but|while|whereas|although|though)\s`)

// roledName is the speaker a run of words starting with a name gives:
// the name, or a person's name after it when the first only qualifies a
// role ("Romney voter Elizabeth Lauten", "NBC Sports Group spokesman Adam
// Freifeld", "Republican strategist and CNN contributor Ana Navarro",
// "Estera Events Co-Owner and Lead Planner Bianca Hall"), not a name
// after a preposition ("Marco Rubio of Florida", "Jethmalani about
// Gadkari") or past a comma, unless the first is an owner ("Trump’s
// campaign manager, Corey Lewandowski"). An owner named alone is not the
// speaker: "said Trump’s campaign manager" gives "".
func roledName(s string) string {
	m := nameRun.FindStringIndex(s)
	if m == nil {
		return ""
	}
	best, rest := s[m[0]:m[1]], s[m[1]:]
	owner := possessive(best)
	for {
		m := nameRun.FindStringIndex(rest)
		if m == nil {
			break
		}
		between := rest[:m[0]]
		if owner {
			// "Trump’s campaign manager, Corey Lewandowski": the role
			// the owner qualifies may stand in apposition.
			between = strings.TrimSuffix(strings.TrimRight(between, " "), ",")
		}
		ws := strings.Fields(between)
		if len(ws) == 0 || len(ws) > maxRoleWords || strings.ContainsAny(between, ",;:()\"“”") ||
			slices.ContainsFunc(ws, func(w string) bool { return w != "and" && !roleWord(w) }) {
			break
		}
		run := rest[m[0]:m[1]]
		if n, _ := cleanName(run); len(strings.Fields(n)) >= 2 && isPersonName(n) {
			best = run
		}
		rest = rest[m[1]:]
		owner = false
	}
	if possessive(best) {
		return "" // "said Trump’s campaign manager": someone unnamed
	}
	return best
}

// qualifiesRole reports whether name, the name (roledName's) a role s
// after a speech verb ends on, only qualifies the noun after it: the
// speaker of "…,” said the former Trump campaign adviser" is someone the
// article leaves unnamed, not Trump. The "the" or "a" before the name
// (in before) says the noun after it is the role's head; "said Elizabeth
// gravely" has none.
func qualifiesRole(before, s, name string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(before), " ")
	switch strings.ToLower(first) {
	case "the", "a", "an", "one", "another":
	default:
		return false
	}
	if name == "" {
		return false
	}
	rest := s[strings.Index(s, name)+len(name):]
	next, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	next = strings.TrimRightFunc(next, func(r rune) bool { return !unicode.IsLetter(r) })
	r, _ := utf8.DecodeRuneInString(next)
	// An adverb ("said the Professor gravely") or a preposition ("the
	// Major on the stairs") follows a speaker, not a qualifier.
	return unicode.IsLower(r) && roleWord(next) && !speechHeads[next] && !strings.HasSuffix(next, "ly") && !afterPreposition(next)
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
		// A plea or a charge is no speech: "pleaded guilty to “wire
		// fraud”".
		if possessive(s[m[2]:m[3]]) || notSpeech.MatchString(s[m[4]:]) {
			off = m[1]
			continue
		}
		if !afterPreposition(s[:m[2]]) && !afterPreposition(nounPhraseBefore(s[:m[2]])) || startsWithTitle(s[m[2]:m[3]]) {
			if !last {
				return m
			}
			found = m
		}
		off = m[1]
	}
	return found
}

// notSpeech matches a speech verb used for something else: a plea, a
// criminal charge, going on a tirade or on to win.
var notSpeech = regexp.MustCompile(`^(?:pleaded\s+(?:not\s+guilty|guilty|no\s+contest|innocent)|charged\s+(?:with|him|her|them|it)\b|went\s+on\s+(?:a|an|the|to\s+(?:win|become|lose|play|serve|found|star|work|lead|join|make|take))\b)`)

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
		if !(w == "the" && i == 0) && !roleWord(w) {
			return false
		}
	}
	return true
}

// roleWord reports whether a lower-case word may be part of a role
// ("spokeswoman", "company", "the group's"), not a clause or a preposition.
func roleWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return !notName(w) && !afterPreposition(w) && !clauseWord(w)
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
// nounPhraseBefore is before without the words of a role or an owner
// ending it ("speaking to the BBC's defence correspondent "), so that
// afterPreposition sees the preposition that governs the name after them.
func nounPhraseBefore(before string) string {
	fields := strings.Fields(before)
	k := len(fields)
	for n := 0; k > 0 && n < maxRoleWords+2; n++ {
		w := fields[k-1]
		r, _ := utf8.DecodeRuneInString(w)
		if !(unicode.IsLower(r) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0) && !possessive(w) || afterPreposition(w) {
			break
		}
		k--
	}
	if k == len(fields) {
		return ""
	}
	return strings.Join(fields[:k], " ")
}

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

// findParaphrases finds sentences that report speech without quote marks
// around all of it: a subject and a speech verb outside any quotation.
func (a *analyzer) findParaphrases() {
	last := ""
	qi := 0
	for si, s := range a.sents {
		for qi < len(a.quotes) && a.quotes[qi].Sentence <= si {
			if a.quotes[qi].Speaker != "" {
				last = a.quotes[qi].Speaker
			}
			qi++
		}
		// Verbs inside quotations don't count.
		plain := a.plain(si)
		var subj, cue string
		verbAt, spoken := -1, [2]int{s.Start, s.End}
		if m := findSubjectVerb(plain, false); m != nil {
			subj, cue, verbAt = plain[m[2]:m[3]], plain[m[4]:m[5]], s.Start+m[4]
			spoken[0] = s.Start + m[5]
		} else if m := accordingTo.FindStringSubmatchIndex(plain); m != nil {
			subj, cue, verbAt = plain[m[2]:m[3]], "according to", s.Start+m[0]
			spoken[1] = verbAt
		}
		if subj == "" || slices.Contains(a.afterCues, verbAt) || a.onlyAttributes(si, plain) {
			continue
		}
		if sp := a.speaker(subj, si, s.Start+strings.Index(plain, subj), last, spoken); sp != "" && !a.quotesOthers(si, sp) {
			a.paras = append(a.paras, Attribution{Sentence: si, Speaker: sp, Cue: cue})
		}
	}
}

// fragment reports whether quotation i is a few words set in a sentence
// of narration — no sentence of its own, and the sentence begun before it
// ("Bush wanted to continue the “strategic deficits” plan") — which the
// paragraph's last speaker does not go on saying: news quotes phrases of
// documents, slogans and earlier remarks that way.
func (a *analyzer) fragment(i int) bool {
	q := a.quotes[i]
	text := strings.TrimRightFunc(a.text[q.Start:q.End], func(r rune) bool {
		return unicode.IsSpace(r) || isQuoteMark(r) || r == '\'' || r == '’'
	})
	if len(strings.Fields(text)) > maxFragmentWords || strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?") {
		return false // a sentence of its own
	}
	s := a.sents[q.Sentence]
	before := a.text[min(s.Start, a.marks[i][0]):a.marks[i][0]]
	return strings.IndexFunc(before, unicode.IsLetter) >= 0
}

// maxFragmentWords bounds the words of a fragment.
const maxFragmentWords = 6

// quotesOthers reports whether sentence si holds a quotation that is not
// speaker's: someone else's words or no one's known, which reporting the
// sentence as speaker's would give them.
func (a *analyzer) quotesOthers(si int, speaker string) bool {
	for i, q := range a.quotes {
		if q.Sentence == si && q.Speaker != speaker && !a.isTitle(i) && !a.isTerm(i) {
			return true
		}
	}
	return false
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
