package quotes

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Finding the person a pronoun stands for: its antecedent, in the
// sentence, the ones before it, or the quotation it follows.

// antecedent finds who a pronoun in sentence si, before off, stands for.
// In order of preference: a person named earlier in the same sentence; the
// subject of the previous sentence (its quotation's speaker, else the
// first person it names); the last speaker; the last person named in its
// paragraph or the one before, when gender or the sentence before points
// at them. A candidate whose known gender differs is skipped. "They" is
// resolved only to a speaker who is not a known person (an organisation).
func (a *analyzer) antecedent(want gender, si, off int, lastSpeaker string, words [2]int) string {
	return a.antecedentAt(want, si, off, lastSpeaker, words, 0)
}

// maxPronounChain bounds how many sentences back a chain of pronoun
// subjects is followed ("Tami Teeples never said … On Sunday she told NBC
// News … “…,” she said").
const maxPronounChain = 3

// joinedClause ends the text before the subject of a clause joined to the
// sentence's first: ", and Rep. ", ", but ". It is matched on the last
// maxJoinedClause bytes before the subject alone.
var joinedClause = regexp.MustCompile(`,\s+(?:and|but|while)\s+(?:\p{Lu}\p{L}*\.\s+)?$`)

// maxJoinedClause bounds the comma, conjunction and title joinedClause
// reads.
const maxJoinedClause = 32

// relativeOnSubject is the text from an unnamed subject to a name inside
// a relative clause on it: " who has worked with ".
var relativeOnSubject = regexp.MustCompile(`^\s+who\s+[^,;:"“”«»]*$`)

// writerAsksUnnamed is a sentence in which the writer asks someone
// described, not named, a question: "I ask the girl if", "I asked a
// nurse whether".
var writerAsksUnnamed = regexp.MustCompile(`^\s*I\s+(?:then\s+|also\s+)?ask(?:ed)?\s+(?:the|a|an|one|another)\s+(?:[\p{Ll}'’\-]+\s+){0,2}?[\p{Ll}'’\-]+\s+(?:if|whether|about|how|why|what|who|when|where)\b`)

// reportedSpeaker is a sentence in which a reporter reports what someone
// named in the clause said: "Gertz reported that a counterterrorism
// expert, Sebastian Gorka, explained …". The one reported is the first
// group.
var reportedSpeaker = regexp.MustCompile(`^\s*` + name + `\s+(?:reported|reports|wrote|writes)\s+that\s+(?:[^"“”«»,.;]{1,60},\s+)?(` + name + `),?\s+` + adverb + `(?:` + speechVerbs + `)\b`)

// accordingToOpening is a sentence opening with its source named: "According
// to Kirby, …".
var accordingToOpening = regexp.MustCompile(`^\s*According\s+to\s+(` + name + `),`)

// occasionRelative ends text before a pronoun that opens a relative
// clause on an occasion or a message: "a radio interview where ", "a
// speech in which ", "a quote from Mrs. Clinton in which ". The first
// group is whom the occasion was with or for, not its giver: "an
// interview with the Des Moines Register, in which ".
var occasionRelative = regexp.MustCompile(`\b(?:interview|speech|remarks|appearance|statement|address|conversation|call|hearing|rally|event|podcast|tweet|post|video|quote|letter|email|message|memo|note)\s+(?:from\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}|((?:with|on|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&’'-]*\s*){1,4}),?\s+)?(?:where|in\s+which|during\s+which)\s+$`)

// occasionAt is occasionRelative's match on the text of sentence own
// before offset p, nil when it ends in no such clause or p lies outside.
func occasionAt(own string, p int) []int {
	if p <= 0 || p > len(own) {
		return nil
	}
	return occasionRelative.FindStringSubmatchIndex(own[:p])
}

// occasionGiven is the span in before of the giver of an occasion a
// relative clause ending before is on ("a key speech Mr Obama gave in
// Cairo in 2009, where he had called for …", "Scalia's dissent …, in
// which he wrote"), whom the pronoun after it stands for; -1, -1 when
// before ends in no such clause.
func occasionGiven(before string) (start, end int) {
	t := strings.TrimRight(before, " ")
	if !strings.HasSuffix(t, " where") && !strings.HasSuffix(t, " which") {
		return -1, -1
	}
	from := max(0, len(before)-maxOccasionGiven)
	m := occasionGivenPattern.FindStringSubmatchIndex(before[from:])
	if m == nil {
		// "a nod to Scalia's dissent in the 2015 decision, in which he
		// wrote …": the work's owner.
		from = max(0, len(before)-maxOwnedWork)
		if m = ownedWorkRelative.FindStringSubmatchIndex(before[from:]); m == nil {
			return -1, -1
		}
	}
	return from + m[2], from + m[3]
}

// maxOwnedWork bounds the text ownedWorkRelative reads before the pronoun.
const maxOwnedWork = 240

// ownedWorkRelative is someone's work or occasion, a relative clause on
// it ending the text before a pronoun: "Scalia's dissent in the Supreme
// Court's 2015 decision to uphold Obamacare, in which ", "Trump's call,
// in which ".
var ownedWorkRelative = regexp.MustCompile(`(` + name + `)['’]s?\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?,?\s+)?(?:dissent|opinion|speech|letter|book|memoir|memo|op-ed|column|essay|statement|remarks|interview|testimony|tweet|post|address|call|conversation|meeting|visit|rally|appearance)\b[^;:“”"]{0,100}?\s+(?:where|in\s+which)\s+$`)

// maxOccasionGiven bounds the text occasionGiven reads before the pronoun.
const maxOccasionGiven = 160

var occasionGivenPattern = regexp.MustCompile(`\b(?:interview|speech|remarks|address|statement|appearance|testimony)\s+((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:gave|delivered|made|had\s+given|had\s+delivered|had\s+made)\b[^,;:“”"]{0,60},\s+(?:where|in\s+which|during\s+which)\s+$`)

// unnamedGroupBefore reports whether the sentence before si, in its
// paragraph or the one before, has people unnamed speaking ("some
// regional analysts say") and no one is named in si before off.
func (a *analyzer) unnamedGroupBefore(si, off int) bool {
	if si == 0 || a.sents[si].Paragraph-a.sents[si-1].Paragraph > 1 || slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off < off }) {
		return false
	}
	loc := groupSpeaks.FindStringIndex(a.plain(si - 1))
	if loc == nil {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a.plain(si - 1)[loc[0]:])
	return unicode.IsLower(r)
}

// spokenOf returns the person a pronoun speaks of, named right after its
// verb ("“…,” he said of Jones", "He said of Jones: “…”"): someone the
// pronoun does not stand for. The pronoun is at off or right after the
// words spoken (words); -1 when there is none.
func (a *analyzer) spokenOf(si, off int, words [2]int) int {
	for _, at := range [2]int{off, words[1]} {
		if at < 0 || at >= len(a.text) {
			continue
		}
		after := a.text[at:min(len(a.text), at+maxSaidOf)]
		m := saidOf.FindStringIndex(after)
		if m == nil {
			continue
		}
		for _, mn := range a.mentionsIn(si) {
			if mn.off == at+m[1] {
				return mn.person
			}
		}
	}
	return -1
}

// saidOf is a pronoun's speech verb and "of", maybe after the pronoun or
// the marks closing a quotation, before the one spoken of: "he said of ",
// "” she wrote of ", "said of ".
var saidOf = regexp.MustCompile(`^[”"’',\s]*(?:\p{L}+\s+)?(?:` + speechVerbs + `)\s+of\s+`)

// maxSaidOf bounds the text saidOf reads.
const maxSaidOf = 48

// accordingToClosing is a sentence closing with its source named: "…,
// according to Mr. Short."
var accordingToClosing = regexp.MustCompile(`,\s+according\s+to\s+(` + name + `)\s*[.!?]?\s*$`)

// callFromClosing is a sentence closing with a call or a message someone
// received from someone: "Gordon Stewart received an unexpected,
// hysterical call from Ailes."
var callFromClosing = regexp.MustCompile(`\b(?:received|got|took|answered|had)\s+(?:an?\s+)?(?:[\p{L}'’-]+,?\s+){0,3}?(?:call|voicemail|message|email|e-mail|text)\s+from\s+(` + name + `)\s*[.!?]?\s*$`)

// pronounSite is a pronoun being resolved: the gender it asks for, where
// it stands, and what its sentence and the one before it say. The rules
// that read them (antecedentAt's lists) each return the antecedent and
// true when they decide — "" and true when it is no one the article lets
// us name — or false when they do not apply.
type pronounSite struct {
	a           *analyzer
	want        gender
	si, off     int
	lastSpeaker string
	words       [2]int // the words spoken, whose names speak of someone else
	depth       int    // how many pronouns back a chain has been followed
	s           Sentence
	own         string // sentence si's plain text
	// object is the one a relative clause before the pronoun is on
	// ("Trump also recognized Charles McGee, who he said was …"): whoever
	// the pronoun stands for, it is not the one "who" does. -1 if none.
	object   int
	spokenOf int // the one the pronoun's verb speaks of ("he said of Jones"), -1 if none

	// The sentence before (past captions and headings), when si > 0.
	prev     int
	plain    string
	subjVerb []int  // findSubjectVerb's match in plain
	asker    string // who asks there: whoever asks is not the one who answers after it
}

// newPronounSite reads the pronoun at off in sentence si and its own
// sentence; readSentenceBefore reads the one before when a rule needs it.
func (a *analyzer) newPronounSite(want gender, si, off int, lastSpeaker string, words [2]int, depth int) *pronounSite {
	ps := &pronounSite{a: a, want: want, si: si, off: off, lastSpeaker: lastSpeaker, words: words, depth: depth,
		s: a.sents[si], own: a.plain(si), object: -1, spokenOf: a.spokenOf(si, off, words)}
	for _, m := range a.mentionsIn(si) {
		if m.off < off && a.relativeObject(m.off, off) {
			ps.object = m.person
		}
	}
	return ps
}

// sentenceRead is what the pronoun rules read of a sentence before a
// pronoun's: its text with quotations blanked, its first subject-verb
// pair and, when asked for, its last. Every pronoun after the sentence
// reads the same, and a sentence quoting hundreds of times has as many
// pronouns, so it is read once (BenchmarkAnalyzeQuotedOften).
type sentenceRead struct {
	plain       string
	first, last []int
	lastRead    bool
}

// readBefore is sentence si read for the pronouns after it. Only the
// analysis's own goroutine resolves pronouns (the helper reads cues and
// reporters, which never do), so the cache needs no lock.
func (a *analyzer) readBefore(si int) *sentenceRead {
	if r, ok := a.befores[si]; ok {
		return r
	}
	if a.befores == nil {
		a.befores = map[int]*sentenceRead{}
	}
	plain := a.plain(si)
	r := &sentenceRead{plain: plain, first: findSubjectVerb(plain, false)}
	a.befores[si] = r
	return r
}

// readSentenceBefore fills in the site's sentence before, for the rules
// that read it; si must be > 0.
func (a *analyzer) readSentenceBefore(ps *pronounSite) {
	prev := ps.si - 1
	for prev > 0 && a.caption(prev) {
		// "Bicycle Space secures customer attachment by …" under a
		// photo, or a heading, between a paragraph and the next:
		// the sentence before it is the one the pronoun follows.
		prev--
	}
	read := a.readBefore(prev)
	ps.prev, ps.plain = prev, read.plain
	ps.subjVerb = read.first
	if m := ps.subjVerb; m != nil {
		if v := ps.plain[m[4]:m[5]]; v == "asked" || v == "asks" {
			ps.asker = a.resolve(ps.plain[m[2]:m[3]], prev)
		}
	}
}

// ok reports whether name may be the pronoun's antecedent at all.
func (ps *pronounSite) ok(name string) bool {
	a, want := ps.a, ps.want
	if name == "" || want != unknown && a.joint[name] {
		return false // "he" is not "Chaffetz and Nunes"
	}
	if ps.object >= 0 && name == a.people[ps.object].Name || ps.spokenOf >= 0 && name == a.people[ps.spokenOf].Name {
		return false
	}
	pi := a.personIndex(name)
	if pi >= 0 && a.mentionedIn(pi, ps.words) {
		return false
	}
	if want == unknown && len(a.people) > 0 {
		// "They" is an organisation, not someone a person named in
		// full bears the name of ("Trump" before "Donald Trump").
		return pi < 0 && ps.lastSpeaker == name && !a.namedInFull(nameWords(name))
	}
	if pi < 0 && want != unknown && (isGroupName(name) || a.bareGenderOf(name) == opposite(want) || a.calledThe(name) || !strings.ContainsAny(name, " '’-") && camelBrand(name)) {
		// "he" is not "Democrats" nor "the State Department", nor
		// "Klobuchar" after "Klobuchar said she", nor "the New York
		// Sun": no one is called "the" and a name. Nor "GlobalPost".
		return false
	}
	return pi < 0 || a.genders[pi] == unknown || a.genders[pi] == want
}

// antecedentAt is antecedent, depth pronouns back along a chain of them.
// Its rules are tried in order, those reading the pronoun's own sentence
// first, then those reading the sentence before.
func (a *analyzer) antecedentAt(want gender, si, off int, lastSpeaker string, words [2]int, depth int) string {
	if want == unknown && a.unnamedGroupBefore(si, off) {
		// "… some regional analysts say …. If Saudi Arabia is …, they
		// say – … – it’s going to be difficult for the White House":
		// "they" are the people unnamed who spoke just before, not the
		// last body quoted.
		return ""
	}
	ps := a.newPronounSite(want, si, off, lastSpeaker, words, depth)
	if name, decided := a.firstAntecedent(ps,
		(*analyzer).fromOpeningClause,
		(*analyzer).fromTitledSubject,
		(*analyzer).fromIndefinitePerson,
		(*analyzer).fromPartOf,
		(*analyzer).fromOccasionGiven,
		(*analyzer).fromOwnPronounSubject,
		(*analyzer).fromOccasion,
		(*analyzer).fromBareSubject,
		(*analyzer).fromBeforeColon,
		(*analyzer).fromNamedEarlier,
		(*analyzer).fromSharedFamilyName,
	); decided {
		return name
	}
	if si > 0 {
		a.readSentenceBefore(ps)
		if name, decided := a.firstAntecedent(ps,
			(*analyzer).prevUnnamedAsked,
			(*analyzer).prevSpeaker,
			(*analyzer).prevSpeakerLast,
			(*analyzer).prevSource,
			(*analyzer).prevQuoted,
			(*analyzer).prevQuestioned,
			(*analyzer).prevPronounSubject,
			(*analyzer).prevBareSubject,
			(*analyzer).prevDescribed,
			(*analyzer).prevPronounFirst,
			(*analyzer).prevUnnamedSubject,
			(*analyzer).prevClosingClause,
			(*analyzer).prevJoinedClause,
			(*analyzer).prevFirstNamed,
		); decided {
			return name
		}
	}
	if ps.ok(lastSpeaker) {
		// “…,” said Tom Phillips. Cruz’s work served them, but he … He
		// invoked “Saxon law”: when the article has turned to someone
		// else since the last speaker spoke, the pronoun may be theirs.
		// Taking them costs more than it gains (Postlight's pages), so
		// it is no one the article lets us name.
		if a.movedOn(si, off, lastSpeaker, ps.ok) {
			return ""
		}
		return lastSpeaker
	}
	return a.nearestNamed(ps)
}

// firstAntecedent is the antecedent the first of rules to decide finds.
func (a *analyzer) firstAntecedent(ps *pronounSite, rules ...func(*analyzer, *pronounSite) (string, bool)) (string, bool) {
	for _, rule := range rules {
		if name, decided := rule(a, ps); decided {
			return name, true
		}
	}
	return "", false
}

// nearestNamed is the last resort: the last person named before the
// pronoun in its own paragraph or the one before; not further back:
// "Mayor Tom Reed opened the bridge." then a paragraph about the crowd,
// then "“Best day of my life,” he said" is no one the article lets us
// name.
//
// And only when something tells the reader it is them: the pronoun's
// gender ruled someone else named there out ("Ms. Ruiz met Mr.
// Gomez. … “It is over,” she said"), or they are named in the
// sentence before and are of its gender. The nearest name alone is
// not enough: news uses a pronoun this far from a name for its
// subject, and the nearest name is often an interviewer or someone
// the subject spoke of ("“You mean the protesters?” Lemon asked.
// “Yes sir. …,” he said"; on the harness's news a tenth of the
// quotes this step named were someone else's).
func (a *analyzer) nearestNamed(ps *pronounSite) string {
	si, off := ps.si, ps.off
	para := a.sents[si].Paragraph
	near, ruledOut := -1, false // the nearest candidate in a.mentions; whether the pronoun ruled anyone out
	// From the pronoun back, and only until both are known: a paragraph
	// of thousands of names would make a scan of all of it for every
	// pronoun cost the square of its length.
	for k := a.firstMentionAt(off) - 1; k >= 0 && (near < 0 || !ruledOut); k-- {
		m := a.mentions[k]
		if a.sents[m.sent].Paragraph < para-1 {
			break // paragraphs are in text order
		}
		if a.quoted(m.off) || m.sent == si && a.participleObject(si, m.off, off) {
			continue
		}
		if ps.ok(a.people[m.person].Name) {
			near = max(near, k)
		} else {
			ruledOut = true
		}
	}
	if near < 0 {
		return ""
	}
	m := a.mentions[near]
	name := a.people[m.person].Name
	sentenceBefore := m.sent >= si-1 && ps.want != unknown && a.genders[m.person] == ps.want
	if name == ps.asker || !ruledOut && !sentenceBefore {
		return ""
	}
	return name
}

// cataphor is the one a pronoun at p in sentence si's plain text points
// ahead to: the subject named right after the subordinate clause the
// pronoun opens, past a comma and a conjunction ("…, but as he emerged
// from the meeting, Mr. Boehner said …" is Boehner, not whoever was
// last "he"). "" when the pronoun opens no such clause, or no name
// opens the clause after it.
func (a *analyzer) cataphor(si int, plain string, p int) string {
	if !clauseBeforePronoun.MatchString(plain[:p]) {
		return ""
	}
	comma := strings.IndexByte(plain[p:], ',')
	if comma < 0 {
		return ""
	}
	at := a.sents[si].Start + p + comma + 1
	for _, m := range a.mentionsIn(si) {
		if m.off >= at {
			if strings.TrimSpace(a.text[at:m.off]) != "" {
				return ""
			}
			return a.people[m.person].Name
		}
	}
	return ""
}

// clauseBeforePronoun ends the text of a sentence before a pronoun that
// opens a subordinate clause after a comma: ", but as ", ", and when ".
var clauseBeforePronoun = regexp.MustCompile(`,\s+(?:(?:but|and|yet|so)\s+)?(?i:` + conjunctions + `)\s+$`)

// firstPronoun returns where the first subject pronoun of gender want
// ("she", "he") stands in s, or -1.
func firstPronoun(s string, want gender) int {
	for _, m := range subjectPronoun.FindAllStringIndex(s, -1) {
		if g, _ := pronoun(s[m[0]:m[1]]); g == want {
			return m[0]
		}
	}
	return -1
}

// frontedSubject is the name opening the clause that opens sentence si
// (own, its plain text) with a conjunction, when offset p opens the main
// clause right after that clause's comma; "" otherwise.
func (a *analyzer) frontedSubject(si int, own string, p int) string {
	c := frontedConjunction.FindStringIndex(own)
	if c == nil {
		return ""
	}
	// The comma may close a quotation, which plain text blanks out.
	s := a.sents[si]
	raw := a.text[s.Start:s.End]
	comma := strings.LastIndexByte(raw[:p], ',')
	// The comma closing the fronted clause, not one closing a quotation
	// the main clause holds ("While Mayor de Blasio had declared …,
	// General Flynn has no doubt …: “…,” he said").
	if comma < c[1] || quotedSince(raw, frontedEnd(a.clauses(si)), comma) || strings.Trim(raw[comma+1:p], " ”’\"'") != "" || objectPronoun.MatchString(own[c[1]:comma]) || setOffPronoun.MatchString(raw[p:]) {
		return ""
	}
	// The name's run may hold the conjunction: "Although McCarthy".
	for _, m := range a.mentionsIn(si) {
		if m.off == s.Start || m.off == s.Start+c[1] {
			return a.people[m.person].Name
		}
	}
	// "While the elder Conyers told …, he added": the bearer the others
	// are relatives of.
	if k := strings.Index(own[c[1]:], "lder "); k >= 0 && k < 12 {
		at := c[1] + k + len("lder ")
		if n := frontedName.FindString(own[at:]); n != "" {
			if name := a.elder(n, s.Start+at); name != "" {
				return name
			}
		}
	}
	// Or no mention was kept for it: the name is resolved as a subject.
	if n := frontedName.FindString(own[c[1]:]); n != "" {
		if name := a.resolve(n, si); a.personIndex(name) >= 0 {
			return name
		}
	}
	return ""
}

// frontedUnnamed reports whether own, a sentence's plain text, opens with
// a clause whose subject is a person named by a noun ("When the parson
// prevailed …,") that ends right before offset p, its main clause's
// pronoun.
func frontedUnnamed(own string, p int) bool {
	c := frontedConjunction.FindStringIndex(own)
	if c == nil {
		return false
	}
	comma := strings.LastIndexByte(own[:p], ',')
	return comma > c[1] && strings.TrimSpace(own[comma+1:p]) == "" && definitePerson.MatchString(own[c[1]:comma])
}

// titledSubject is a sentence's subject that is a title, the title the
// first group, after a phrase of time or place at most: "Last week, the
// senator showcased".
var titledSubject = regexp.MustCompile(`^\s*(?:[^,;:"“”]{1,40},\s+)?[Tt]he\s+(\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b`)

// placeOfficeSpeaks opens a sentence with an office a place holds,
// after a day or not, and a speech verb: "On Friday, Russia’s ambassador
// to Iran said".
var placeOfficeSpeaks = regexp.MustCompile(`^\s*(?:(?:On|Last|Earlier|Later)\s+\p{L}+,?\s+)?(?:(?:But|And|Yet|So),?\s+)?\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)?['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:minister|president|premier|chancellor|ambassador|envoy|leader|chief|spokesman|spokeswoman|spokesperson)(?:\s+(?:to|for|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)?)?\s+(?:` + speechVerbs + `)\b`)

// placeOfficeSubject is a sentence's subject that is an office a place
// or body holds, and the verb's first letter: "Iran's foreign minister
// told", "China's ambassador said".
var placeOfficeSubject = regexp.MustCompile(`^\s*(?:(?:But|And|Yet|So),?\s+)?\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)?['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:minister|president|premier|chancellor|ambassador|envoy|leader|chief|` + personNoun + `)\s+\p{Ll}`)

// definitePerson is someone named by "the" and a noun opening a clause:
// "the parson prevailed", "the young officer said".
var definitePerson = regexp.MustCompile(`^the\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:` + personNoun + `|pastor|preacher|parson|priest|minister|rabbi|imam|bishop)\s+\p{Ll}`)

// quotedSince reports whether a quotation opens in s between offsets from
// and to; false when from is not before to.
func quotedSince(s string, from, to int) bool {
	return from >= 0 && from < to && strings.ContainsAny(s[from:to], "“\"")
}

var (
	// frontedConjunction is a conjunction opening a sentence's first
	// clause, with the space after it.
	frontedConjunction = regexp.MustCompile(`^\s*(?:` + conjunctions + `)\s+`)
	// frontedName is the name after such a conjunction, before its verb.
	frontedName = regexp.MustCompile(`^` + name + `\b`)
	// setOffPronoun is a pronoun and its verb set off by commas: in
	// "While Trump had some accomplishments, he said, “…”" the clause
	// before is what was said, not its speaker's clause.
	setOffPronoun = regexp.MustCompile(`^\p{L}+\s+\p{L}+,`)
	// objectPronoun is a pronoun that can be a clause's object.
	objectPronoun = regexp.MustCompile(`\b(?:him|her|them)\b`)
)

// nameBeforeColon is a name and the colon after it, up to the pronoun
// that opens the clause after.
var nameBeforeColon = regexp.MustCompile(`^\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}:\s+$`)

var subjectPronoun = regexp.MustCompile(`\b(?:[Ss]he|[Hh]e)\b`)

// inFrontedClause reports whether offset p of sentence s lies in a
// subordinate clause opening it ("Although he said it was “wild”, Isaac
// stopped short …"): a pronoun there may point ahead to the subject of
// the main clause.
func inFrontedClause(s string, p int) bool {
	comma := strings.IndexByte(s, ',')
	return comma > p && subordinator.MatchString(s)
}

// inFrontedClauseOrPhrase is inFrontedClause, or offset p lies in a
// prepositional phrase opening the sentence before a comma: "In his
// discussion with Mattis, Pakistani Prime Minister Shahid Khaqan Abbasi
// said …", "Like Corker and Flake, Oklahoma’s Lankford questions …". A
// name there is not the sentence's subject.
func inFrontedClauseOrPhrase(s string, p int) bool {
	return frontedEnd(s) > p && (subordinator.MatchString(s) || preposition.MatchString(s))
}

// insetClause is a subordinate clause set off by commas after a phrase
// opening the sentence: "Last week on the phone, as Trump passed …,".
var insetClause = regexp.MustCompile(`,\s+(?:as|when|while|after|before|because|although|though|since|once|until|whereas)\s[^,]*,`)

// inInsetClause reports whether offset p in sentence s lies in an
// insetClause before the sentence's subject: the name there is not the
// subject ("Last week on the phone, as Trump passed the one-month mark
// …, Nobles told me"). Only the first comma's clause counts: one later
// in the sentence follows its subject.
func inInsetClause(s string, p int) bool {
	comma := strings.IndexByte(s, ',')
	if comma < 0 || p < comma {
		return false
	}
	loc := insetClause.FindStringIndex(s[comma:])
	return loc != nil && loc[0] == 0 && p < comma+loc[1]
}

// frontedEnd is where a clause or phrase opening sentence s may end: its
// first comma, or, when only a name stands between that comma and a
// dash closing an aside before it, that dash: in "Speaking during a week
// of meetings -- including some for stricter gun controls -- Biden, who
// oversees the task force, said …" Biden is the subject, not part of
// the phrase. -1 when s has no comma.
func frontedEnd(s string) int {
	comma := strings.IndexByte(s, ',')
	if comma < 0 {
		return -1
	}
	// "At Friday's forum, moderated by … founder Jay Sekulow, Bush shared
	// …": an aside on the phrase, naming who ran it, is part of it.
	if loc := byAside.FindStringIndex(s[comma:]); loc != nil {
		return comma + loc[1] - 1
	}
	// "In an interview with Maureen Dowd …, and again with George
	// Stephanopoulos …, Trump was asked": a second phrase joined to the
	// first is part of it too.
	if loc := joinedPhrase.FindStringIndex(s[comma:]); loc != nil {
		return comma + loc[1] - 1
	}
	for _, dash := range []string{"--", "—", "–"} {
		first, second := strings.Index(s[:comma], dash), strings.LastIndex(s[:comma], dash)
		if first < 0 || second == first {
			continue
		}
		if after := strings.TrimSpace(s[second+len(dash) : comma]); after != "" && nameRun.FindString(after) == after {
			return second
		}
	}
	return comma
}

// byAside is a participle and the one who did it, set off by commas after
// a phrase opening a sentence: ", moderated by Jay Sekulow,".
var byAside = regexp.MustCompile(`^,\s+(?:\p{Ll}+ed|led|run|held|sponsored|hosted|chaired)\s+by\s+[^,;:"“”]{1,100},`)

// joinedPhrase is a prepositional phrase joined to the one opening a
// sentence and set off by commas: ", and again with George Stephanopoulos
// of ABC News,".
var joinedPhrase = regexp.MustCompile(`^,\s+(?:and|or)\s+(?:again\s+|also\s+|later\s+|then\s+)?(?:in|at|on|with|during|to|from|before|after)\s+[^,;:"“”]{1,100},`)

var preposition = regexp.MustCompile(`^\s*(?:In|At|During|On|With|Without|Despite|Unlike|Like|Following|Amid|Under|For|From|Through|Throughout|Besides|Beyond|Alongside|Against|Among|Upon|Toward|Towards|According to|Ahead of|Along with|In addition to|Instead of|Similar to|Much like|Just like|Together with|Contrary to|Compared (?:to|with)|Apart from|Aside from)\s`)

var subordinator = regexp.MustCompile(`^\s*(?:(?:And|But|So|Yet|Shortly|Soon|Just|Long|Even|Only|Right|Immediately|Moments|Minutes|Hours|Days|Weeks|Months|Years)\s+(?:` + strings.ToLower(conjunctions) + `)|` + conjunctions + `|Speaking|Asked|Pressed|Responding|Talking|Writing|Addressing|Appearing|Reacting|Referring|Testifying|Campaigning|Standing|Explaining|Describing|Discussing|Defending)\s`)

// conjunctions open a subordinate clause, also after "And" or "But" ("And
// once that issue had been raised by Maria Bartiromo, Trump …") or a
// word of time ("Shortly after the Northam scandal broke, Cox …").
const conjunctions = `Although|Though|Even though|While|Whilst|Whereas|Where|When|Whenever|After|Before|Because|If|As|Since|Until|Unless|Once|Whether`

// contrastSpeaker returns the person who speaks in the last clause of
// sentence si when that clause answers an earlier speaker's (", but X
// denied it"; "; X said …"), or "".
func (a *analyzer) contrastSpeaker(si int) string {
	read := a.readBefore(si)
	plain, first := read.plain, read.first
	if first == nil {
		return ""
	}
	if !read.lastRead {
		read.last, read.lastRead = findSubjectVerb(plain, true), true
	}
	last := read.last
	if last == nil || last[2] <= first[5] || !contrast.MatchString(plain[first[5]:last[2]]) {
		// "… but Tennis Australia's Geoff Pollard rejected his
		// comments": a rebuttal, though its verb reports no words.
		m := rebuttal.FindStringSubmatchIndex(plain[first[5]:])
		if m == nil {
			return ""
		}
		last = []int{0, 0, first[5] + m[2], first[5] + m[3]}
	}
	name := a.resolve(plain[last[2]:last[3]], si)
	if a.personIndex(name) < 0 {
		return ""
	}
	return name
}

// ageWord is an age as a role gives it, the number its group.
var ageWord = regexp.MustCompile(`\b(\d{1,3})-year-old\b`)

// ageAfter and ageBefore give someone's age beside their name: "Katie
// Freeman, 44, was given …", "the 44-year-old Katie Freeman".
var (
	ageAfter  = regexp.MustCompile(`^\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3},\s+(\d{1,3}),`)
	ageBefore = regexp.MustCompile(`\b(\d{1,3})-year-old\s+(?:[\p{Ll}\-]+\s+){0,3}$`)
)

// statedAge is the age the article gives name beside one of its
// mentions, "" when it gives none.
func (a *analyzer) statedAge(name string) string {
	p := a.personIndex(name)
	if p < 0 {
		return ""
	}
	for _, m := range a.mentions {
		if m.person != p {
			continue
		}
		if g := ageAfter.FindStringSubmatch(a.text[m.off:min(len(a.text), m.off+80)]); g != nil {
			return g[1]
		}
		if g := ageBefore.FindStringSubmatch(a.text[max(0, m.off-60):m.off]); g != nil {
			return g[1]
		}
	}
	return ""
}

// describedOne is whom a sentence describes as its subject ("The Scot
// initially defended Beattie"): the subject of the last sentence before
// it, in its paragraph or the one before, that opens with a person's
// name, when the sentence itself does not name them. "" otherwise.
func (a *analyzer) describedOne(si int, ok func(string) bool) string {
	para := a.sents[si].Paragraph
	for k := si - 1; k >= 0 && a.sents[k].Paragraph >= para-1; k-- {
		// "“She's not married,” said Noah. The pop singer then …": the
		// one who spoke last is the one described.
		if qs := a.quotesIn(k); len(qs) > 0 {
			if sp := qs[len(qs)-1].Speaker; qs[len(qs)-1].Sentence == k && a.personIndex(sp) >= 0 {
				if !ok(sp) || a.mentionedIn(a.personIndex(sp), [2]int{a.sents[si].Start, a.sents[si].End}) {
					return ""
				}
				return sp
			}
		}
		ms := a.mentionsIn(k)
		if len(ms) == 0 || a.quoted(ms[0].off) {
			continue
		}
		if lead := a.text[a.sents[k].Start:ms[0].off]; strings.ContainsAny(lead, ",;:\"“”") || len(strings.Fields(lead)) > 4 {
			continue // "Everton manager David Moyes", not "In London, Smith"
		}
		name := a.people[ms[0].person].Name
		if !ok(name) || a.mentionedIn(ms[0].person, [2]int{a.sents[si].Start, a.sents[si].End}) {
			return ""
		}
		return name
	}
	return ""
}

// describedSubject is a sentence whose subject is someone described,
// maybe after a phrase opening it, and a verb: "The Scot initially
// defended", "Speaking to the Radio Times, the Two Ronnies star said",
// "The 74-year-old added". Not "the Mexican ambassador …", where the
// word describes a noun.
var describedSubject = regexp.MustCompile(`^\s*(?:(?:But|And|Yet|So|However),?\s+)?(?:[^,"“”«»;:.!?]{1,80},\s+)?[Tt]he\s+(?:[\p{L}\d'’\-]+\s+){0,3}?` + describedNoun + `,?\s+(?:(?:\p{Ll}+ly|then|also|later|again|now|still|even)\s+)?(?:\p{Ll}+(?:ed|s)|has|had|was|is|will|would|could|can|told|said|made|took|won|lost|came|went|gave|got|felt|saw|knew|thought|put|left|kept|held|became|began|sat|spoke|wrote|sang|stood|met)\b`)

// describedNoun is what news calls someone it has named by, once: a
// trade, an age, or where they are from.
const describedNoun = `(?:star|superstar|legend|icon|socialite|heiress|supermodel|comedian|actor|actress|singer|musician|rapper|director|film-maker|writer|author|novelist|striker|midfielder|defender|goalkeeper|keeper|captain|skipper|boss|champion|winger|forward|youngster|teenager|` + age + `|Scot|Scotsman|Frenchman|Englishman|Welshman|Irishman|Dutchman|Spaniard|Australian|American|Briton|German|Italian|Argentine|Argentinian|Brazilian|Swede|Dane|Norwegian|Russian|Belgian|Kenyan|Ethiopian|Jamaican|Canadian|Croat|Serb|Czech|Pole|Finn|Nigerian|Mexican|Chilean|Colombian|Uruguayan|Kiwi|New Zealander|South African|Californian|Texan|New Yorker)`

// subjectRelative is a sentence opening with a name and a relative clause
// set off by commas: "DiCaprio, who lost out on the award to Foxx,".
var subjectRelative = regexp.MustCompile(`^\s*(` + name + `),\s+(?:who|whose)\s[^,"“”«»;:.!?]{1,120},`)

// butSubject is the name opening a clause that answers the one before:
// ", but Sanders still has …".
var butSubject = regexp.MustCompile(`,\s+but\s+(` + name + `)\s+(?:still\s+|also\s+|now\s+)?\p{Ll}`)

// relativeSaid is a name and a relative clause whose verb is speech:
// "Justice Antonin Scalia who said ", "Sen. Mazie Hirono, who complained ".
var relativeSaid = regexp.MustCompile(`(` + name + `)(?:,\s+[DRI]-[A-Z][\p{L}.]*|\s+` + partyState + `)?,?\s+who\s+` + adverb + verb)

// questionedObject is a question put to someone named by a pronoun, the
// pronoun the first group: "questioned her", "pressed him".
var questionedObject = regexp.MustCompile(`\b(?:questioned|asked|pressed|challenged|quizzed|grilled)\s+(her|him)\b`)

// toldThat opens what follows "told" with the one told and "that": " Kerry
// that", " him that".
var toldThat = regexp.MustCompile(`^\s+(?:(?:\p{Lu}[\p{L}.'’\-]*\s+){1,3}|(?:him|her|them|me|us)\s+)that\b`)

// toSomeone opens what follows a speech verb with the one spoken to.
var toSomeone = regexp.MustCompile(`^\s+(?:to\s+)?(?:him|her|them|me|us)\b`)

// closingWhen opens a clause closing a sentence, up to its subject: ",
// when Senate Majority Leader ".
var closingWhen = regexp.MustCompile(`,\s+(?:when|after)\s+(?:\p{Lu}[\p{L}.\-]*\s+){0,4}$`)

// rebuttal is a clause answering the one before by rejecting what it
// said, its subject a name the owner's possessive may open: ", but
// Tennis Australia's Geoff Pollard rejected".
var rebuttal = regexp.MustCompile(`(?:,?\s+but|;)\s+((?:\p{Lu}[\p{L}.'’\-]*\s+){0,4}\p{Lu}[\p{L}.'’\-]*)\s+(?:(?:quickly|flatly|strongly|later)\s+)?(?:rejected|denied|dismissed|disputed|rebutted|refuted|contradicted|challenged)\b`)

// contrast joins a clause that answers the one before: ", but" (its
// comma may be missing), "; ", ", while".
var contrast = regexp.MustCompile(`(?:,?\s+but|,\s+(?:and|while|whereas|though|although)|\s{2,}and|;)\s+(?:\p{Lu}\p{L}*\s+){0,3}$`)

// personNoun is a noun for a person the article need not name.
const personNoun = `(?:friend|member|woman|man|resident|officer|official|witness|student|worker|soldier|spokes(?:man|woman|person)|mother|father|neighbou?r|teacher|doctor|nurse|survivor|victim|passenger|fan|protester|volunteer|employee|relative|girl|boy|veteran|parent|customer|voter|aide|lawyer|attorney|analyst|expert|colleague|diplomat|executive|activist|pilot|driver|guard|farmer|owner|player|coach|investigator|agent|insider|person|staffer|secretary|manager|engineer|researcher|scientist|professor|journalist|reporter|shopkeeper|vendor|bystander|wife|husband|son|daughter|sister|brother|source|guest|speaker|informant|confidant)`

// conjunctionAfterComma is a comma and a conjunction that may join a
// clause of its own to the one before: ", and ", ", but ".
var conjunctionAfterComma = regexp.MustCompile(`,\s+(?:and|but|while|whereas)\s`)

// joinedSpeech reports whether s joins a clause with a speech verb and a
// subject of its own to the one before: ", and a very loose O'Reilly said
// …"; not "… was “very disappointed”, but Mr Johnson would do …", which
// goes on with what the first clause reports, nor ", and he urged them
// …", whose subject is the first clause's.
func joinedSpeech(s string) bool {
	loc := conjunctionAfterComma.FindStringIndex(s)
	if loc == nil {
		return false
	}
	_, isPronoun := pronoun(firstWord(s[loc[1]:]))
	return !isPronoun && hasSpeechVerb(s[loc[1]:])
}

var (
	// indefinitePerson is someone introduced without a name: "a friend",
	// "one young crew member", "another resident", "a high school English
	// teacher".
	indefinitePerson = regexp.MustCompile(`(?i)\b(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,3}` + personNoun + `\b`)
	// unnamedSpeaker is one of them with a speech verb: "said a source
	// close to the probe", "one official told".
	unnamedSpeaker = regexp.MustCompile(`(?i)\b(?:(?:` + speechVerbs + `)\s+(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}` + personNoun + `|(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}` + personNoun + `(?:\s+[\p{Ll}-]+){0,4}\s+(?:` + speechVerbs + `))\b`)
	// indefiniteSubject is a sentence opening with one, or with one
	// pointed at ("This student canceled …"), maybe after a conjunction
	// and with the body they speak for ("But a Home Office spokesman"),
	// or with someone who answers for a service or a body ("A
	// representative told me …").
	indefiniteSubject = regexp.MustCompile(`^\s*(?:(?:But|And|Yet|However|Meanwhile),?\s+(?:a|an|one|another|this|that)|A|An|One|Another|This|That)\s+(?:(?:[\p{Ll}-]+|\p{Lu}[\p{L}-]*)\s+){0,3}(?:` + personNoun + `|representative|client|clerk|receptionist|detainee|inmate|prisoner|patient|caller|operator)\b`)
	// principalOf is what lies between such a subject and the name of
	// whom it speaks for: " for Sen. ", " to the ".
	principalOf = regexp.MustCompile(`^\s+(?:for|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,4}$`)
)

// appositiveAfter reports whether the name at off is a possessive whose
// noun is the name at next: "Muzzy’s sister, Tami Teeples". The sentence
// is about the second ("DiMugno’s study time was …" is about DiMugno).
func (a *analyzer) appositiveAfter(off, next int) bool {
	run := nameRun.FindString(a.text[off:])
	if !possessive(run) || next < off+len(run) {
		return false
	}
	between := a.text[off+len(run) : next]
	return possessiveRole.MatchString(between)
}

// possessiveRole is a relation or role between a possessive and the name
// it introduces: " sister, ", " campaign manager ".
var possessiveRole = regexp.MustCompile(`^\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,?\s+$`)

// movedOn reports whether someone other than speaker whom ok takes is
// named outside quotation marks in the sentences after speaker's last
// quotation and before offset off of sentence si, and speaker is not.
func (a *analyzer) movedOn(si, off int, speaker string, ok func(string) bool) bool {
	from := -1
	// a.quotes is in text order: the last of speaker's before off.
	for qi := a.firstQuoteEndingAfter(off) - 1; qi >= 0; qi-- {
		if q := a.quotes[qi]; q.Speaker == speaker {
			from = q.Sentence
			break
		}
	}
	if from < 0 {
		return false
	}
	other := false
	for _, m := range a.mentions[a.firstMentionIn(from+1):] {
		if m.sent > si || m.off >= off {
			break
		}
		if a.quoted(m.off) {
			continue
		}
		name := a.people[m.person].Name
		if name == speaker {
			return false
		}
		other = other || ok(name)
	}
	return other
}

// coordinated reports whether mention k is one of two people named
// together ("Obama and Boehner need to realize “…,” he said") whom a
// pronoun of gender want could each stand for: "he" is neither of them
// more than the other, and often someone else.
func (a *analyzer) coordinated(k int, want gender) bool {
	if want == unknown {
		return false
	}
	pair := func(i, j int) bool {
		if i < 0 || j >= len(a.mentions) || a.mentions[i].sent != a.mentions[j].sent || a.mentions[j].off <= a.mentions[i].off {
			return false
		}
		g1, g2 := a.genders[a.mentions[i].person], a.genders[a.mentions[j].person]
		if g1 == opposite(want) || g2 == opposite(want) || a.mentions[i].person == a.mentions[j].person {
			return false
		}
		end := a.mentions[i].off + len(nameRun.FindString(a.text[a.mentions[i].off:]))
		return end <= a.mentions[j].off && andBefore.MatchString(a.text[end:a.mentions[j].off])
	}
	return pair(k-1, k) || pair(k, k+1)
}

// partOf returns the one whose part a sentence opening "For X's part,"
// tells, when the pronoun at off is in it, or in the sentence after it in
// its paragraph with no one named before the pronoun; "" otherwise.
func (a *analyzer) partOf(si, off int) string {
	// Someone named before the pronoun in its own sentence is nearer than
	// the sentence before, if not in that sentence's own opening.
	namedBefore := slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off < off })
	for _, k := range []int{si, si - 1} {
		if k < 0 || k != si && (namedBefore || a.sents[k].Paragraph != a.sents[si].Paragraph) {
			continue
		}
		own := a.plain(k)
		if !strings.Contains(own, "For ") {
			continue
		}
		m := forPart.FindStringIndex(own)
		if m == nil || k == si && a.sents[k].Start+m[1] > off {
			continue
		}
		for _, mn := range a.mentionsIn(k) {
			if mn.off >= a.sents[k].Start+m[0] && mn.off < a.sents[k].Start+m[1] {
				return a.people[mn.person].Name
			}
		}
	}
	return ""
}
