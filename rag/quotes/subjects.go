package quotes

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The subject of narration: who a sentence is about, found from the
// words that open it, for cues, pronouns and reported speech.

// fronted are the words that open a sentence before its subject, with
// or without a comma: "On Sunday, Mr Blair …", "But she …".
var fronted = regexp.MustCompile(`^(?:(?:On|In|At|During|After|Before|Later|Earlier|Last|This|Yesterday|Today|Meanwhile|However|But|And|Still|Then|Now|Asked|Speaking|Pressed|Responding|Appearing|Testifying|Talking|Writing)\b[^,"“”«»]{0,60},\s+|(?:But|And|Still|Then|Meanwhile)\s+)`)

// sentenceSubject returns the subject opening narration, and its offset:
// a pronoun, a name that is not an owner ("Mr Blair's aides"), or a
// title the article gives one person ("The senator"); "" when the
// sentence opens otherwise.
func sentenceSubject(s string) (string, int) {
	at := subjectAt(s)
	rest := s[at:]
	if openingParticiple.MatchString(rest) {
		return "", 0 // "Describing Mr Haines as …": its object, not a subject
	}
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

// subjectAt is where the subject may start in s, a sentence's text: past
// marks and the words that open it before its subject ("On Sunday,").
func subjectAt(s string) int {
	at := len(s) - len(strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }))
	if m := fronted.FindStringIndex(s[at:]); m != nil {
		at += m[1]
	} else if m := participlePhrase.FindStringSubmatchIndex(s[at:]); m != nil && openingIng(s[at+m[2]:at+m[3]]) {
		at += m[1]
	}
	return at
}

// participlePhrase is a participle's phrase opening a sentence, set off by
// a comma before its subject: "Amplifying the Romney campaign message, he
// said …". The word after the participle is one that opens its object or
// a phrase, so that a name ending in -ing ("Manning told …") opens none.
var participlePhrase = regexp.MustCompile(`^(\p{Lu}\p{Ll}+)\s+(?:the|a|an|his|her|their|its|this|that|these|those|to|on|in|at|with|from|about|for|over|into|through|back|up|out)\s[^,"“”«»]{0,60},\s+`)

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
	owner := outletRole.FindStringSubmatchIndex(obj) // "Trump’s outside counsel John Dowd"
	for _, m := range nameRun.FindAllStringIndex(obj, -1) {
		if m[1] == len(obj) && (m[0] == 0 || !strings.ContainsFunc(obj[:m[0]], unicode.IsUpper) && roleWords(obj[:m[0]], obj[m[0]:]) || owner != nil && owner[3] == m[0]) {
			return obj[m[0]:]
		}
	}
	return ""
}

// roledName is the speaker a run of words starting with a name gives:
// the name, or a person's name after it when the first only qualifies a
// role ("Romney voter Elizabeth Lauten", "NBC Sports Group spokesman Adam
// Freifeld", "Republican strategist and CNN contributor Ana Navarro",
// "Estera Events Co-Owner and Lead Planner Bianca Hall"), not a name
// after a preposition ("Marco Rubio of Florida", "Jethmalani about
// Gadkari") or past a comma, unless a role ends there ("Trump’s
// campaign manager, Corey Lewandowski", "Trump campaign communications
// director, Tim Murtagh"). An owner named alone is not the speaker: "said
// Trump’s campaign manager" gives "".
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
		// "Trump’s campaign manager, Corey Lewandowski", "Trump campaign
		// communications director, Tim Murtagh": a role may stand in
		// apposition to the name after it.
		between := strings.TrimSuffix(strings.TrimRight(rest[:m[0]], " "), ",")
		ws := strings.Fields(between)
		if len(ws) == 0 || len(ws) > maxRoleWords || strings.ContainsAny(between, ",;:()\"“”") ||
			slices.ContainsFunc(ws, func(w string) bool { return w != "and" && !roleWord(w) }) && !compoundRole(ws) {
			break
		}
		run := rest[m[0]:m[1]]
		if n, _ := cleanName(run); len(strings.Fields(n)) >= 2 && isPersonName(n) {
			best = run
		}
		rest = rest[m[1]:]
	}
	if possessive(best) {
		return "" // "said Trump’s campaign manager": someone unnamed
	}
	return best
}

// compoundRole reports whether the words between two names are a role
// with "of" inside it, which names the office, not where its bearer is
// from: "Obama chief of staff Denis McDonough", "Trump secretary of state
// Rex Tillerson". "Marco Rubio of Florida" has nothing before its "of".
func compoundRole(ws []string) bool {
	for i, w := range ws {
		if !(w == "of" && i > 0 && i < len(ws)-1) && !roleWord(w) {
			return false
		}
	}
	return true
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
	// Major on the stairs") follows a speaker, not a qualifier; a noun
	// ending as an adverb does is a role's head ("said the McConnell ally").
	return unicode.IsLower(r) && roleWord(next) && !speechHeads[next] && (!strings.HasSuffix(next, "ly") || lyNoun(next)) && !afterPreposition(next)
}

// lyNoun reports whether a word ending in "ly" is a noun a name may
// qualify, not an adverb: "the Trump ally", "the Kennedy family".
func lyNoun(w string) bool {
	switch w {
	case "ally", "family", "daily", "weekly":
		return true
	}
	return false
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
	if w, _, _ := strings.Cut(b, " "); w == "On" || w == "About" || w == "Regarding" {
		return "" // "• On Obama: “It's a hard job.”" names a topic, not a speaker
	}

	// "Fox News reported Reade’s words:": whose words the colon hands
	// over to, not who reports them.
	if at, end := wordsOwnerBeforeColon(b); at >= 0 {
		if n, _ := cleanName(b[at:end]); n != "" && isPersonName(n) {
			return n
		}
	}

	// "The Post’s somewhat conservative blogger Jennifer Rubin summed it
	// up nicely:": the one the outlet and role qualify is the subject.
	if o := outletRole.FindStringSubmatchIndex(b); o != nil && !roleClause.MatchString(b[:o[3]]) {
		b = b[o[3]:]
	}
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
	words := strings.Fields(pred)
	if strings.ContainsAny(pred, ",;\"“”") || len(words) > maxColonPredicate {
		return ""
	}
	if len(words) > 0 && anOffice.MatchString(words[0]) {
		// "The Texas senator was blunt:": the run qualifies the subject,
		// an office "Texas" or "US" leaves unsure ("the US president" in
		// an article on France's). "An AstraZeneca spokeswoman said:"
		// speaks for the run.
		return ""
	}
	if len(words) > 0 && (HeadsOrganization(words[0]) || groupNoun.MatchString(pred)) {
		// "The Trump campaign issues a flat denial:" is the campaign's,
		// "The Mueller investigators write:" theirs.
		return ""
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || w == "and" || w == "but" || w == "to" {
			return ""
		}
	}
	return b[:m[1]]
}

// outletRole is an owner and the role it gives the name after it, opening
// a sentence: "The Post’s somewhat conservative blogger ", "CNBC’s ".
var outletRole = regexp.MustCompile(`^((?:The\s+)?\p{Lu}[\p{L}.&\-]*(?:\s+\p{Lu}[\p{L}.&\-]*){0,2}['’]s\s+(?:\p{Ll}[\p{Ll}\-]*\s+){0,4})\p{Lu}`)

// roleClause is a clause, not a role, between an owner and a name:
// "Sondland’s lawyer wrote that Sondland rejects that account:" is the
// lawyer's introduction.
var roleClause = regexp.MustCompile(`\b(?:that|who|which|when|wrote|said|says|told|writes)\s`)

// anOffice is one of offices alone.
var anOffice = regexp.MustCompile(`^` + offices + `$`)

// ownedWordsColon is a verb reporting or quoting someone's words, named
// as theirs, then the colon handing over to them: "reported Reade’s
// words:", "quoted Trump's tweet:".
var ownedWordsColon = regexp.MustCompile(`\b(?:reported|quoted|cited|published|posted|shared|read|printed|released|tweeted)\s+(` + name + `)['’]s?\s+(?:own\s+|full\s+|exact\s+)?(?:words|remarks|comments|statement|tweet|letter|email|message|response|reply|answer|testimony|post)\s*:$`)

// wordsOwnerBeforeColon is the span in b of the one whose words
// ownedWordsColon says the colon ending b hands over to; -1, -1 when b,
// its trailing spaces aside, ends otherwise.
func wordsOwnerBeforeColon(b string) (start, end int) {
	b = strings.TrimRightFunc(b, unicode.IsSpace)
	if !strings.HasSuffix(b, ":") {
		return -1, -1
	}
	m := ownedWordsColon.FindStringSubmatchIndex(b)
	if m == nil {
		return -1, -1
	}
	return m[2], m[3]
}

// maxColonPredicate bounds the words between a subject and the colon
// introducing its quotation.
const maxColonPredicate = 5

// possessive reports whether a name ends in 's.
func possessive(n string) bool {
	return strings.HasSuffix(n, "'s") || strings.HasSuffix(n, "’s")
}

// firstConjunct is before without the names a name after it is
// coordinated with ("Spokespeople for Senators Heidi Heitkamp and "), so
// that a preposition governing the first governs the last too (when it is
// "for" or "to", see representing): Joe Donnelly did not speak in
// "Spokespeople for Senators Heidi Heitkamp and Joe Donnelly told
// Reuters".
func firstConjunct(before string) string {
	for {
		t := strings.TrimRight(before, " ")
		if t == before || !strings.HasSuffix(t, " and") && !strings.HasSuffix(t, " or") && !strings.HasSuffix(t, " &") {
			return before // no conjunction: most subjects, spared the pattern
		}
		m := conjunctBefore.FindStringIndex(before)
		if m == nil {
			return before
		}
		before = before[:m[0]]
	}
}

// andOthers is a name joined to a group of others it belongs to, ending
// the text before that group: "Smith and other ", "Pelosi and fellow ".
var andOthers = regexp.MustCompile(`(` + name + `),?\s+and\s+(?:(?:several|many|some)\s+)?(?:other|fellow)\s+$`)

// representing ends text naming people who speak for others ("Spokespeople
// for", "lawyers for", "aides to") or that puts people between or among
// others ("Chaperones at the encounter between Phillips and Sandmann told
// investigators"), and people "of" others ("Allies of Obama and Hagel
// said"). Past any other "of", or "from", a conjunction joins more
// speakers: "Susan Collins of Maine and Lisa Murkowski said".
var representing = regexp.MustCompile(`(?:\b(?:for|to|between|among)|\b(?i:allies|supporters|friends|critics|aides|advisers|advisors|opponents|relatives|lawyers|attorneys|associates|backers|loyalists|colleagues|family|members)\s+of)\s+$`)

// conjunctBefore is a name and a conjunction ending the text before a name.
var conjunctBefore = regexp.MustCompile(name + `,?\s+(?:and|or|&)\s+$`)

// findSubjectVerb returns the submatch indexes of the first (or last)
// subject-verb pair in s whose subject is not the object of a preposition:
// in "a parents' group in Valmora said", Valmora did not say it.
func findSubjectVerb(s string, last bool) []int {
	// Every match ends at a speech verb: past the last one's reach, the
	// pattern's scan (the costliest in the package) would find nothing.
	return subjectVerbWithin(s, last, speechVerbReach(s))
}

// subjectVerbWithin is findSubjectVerb with the pattern read up to reach.
func subjectVerbWithin(s string, last bool, reach int) []int {
	lastHead := lastSpeechHead(s)
	if lastHead < 0 {
		return nil
	}
	var found []int
	for off := 0; off < len(s); {
		if off > lastHead {
			// Every match's verb starts after a space at a word that
			// can start one.
			break
		}
		m := shifted(subjectVerb.FindStringSubmatchIndex(s[off:reach]), off)
		if m == nil {
			break
		}
		off = m[1] // what follows moves the subject, never the match's end
		m, subj := readSubject(s, m)
		if m == nil {
			continue
		}
		if m, ok := settleSubject(s, m, subj); ok {
			if !last {
				return m
			}
			found = m
		}
	}
	return found
}

// maxBeforeSubject bounds the text before a subject that the patterns
// ending there read (agentBefore, modalEnd, thingRelative): the longest
// they take, "first reported by" and three capitalised words and "of",
// or a thing, "that" and a title and a name, is well under it.
const maxBeforeSubject = 160

// maxSettleBefore bounds the text before a subject that settleSubject
// reads: a clause or two, far more than any of its rules looks back.
const maxSettleBefore = 400

// readSubject reads a subject-verb match m of s: nil when its subject
// does not speak the clause, else the match with the subject moved to the
// one who does (a copy when moved), and the subject as the match's clause
// gave it, before a verb set off after it or "and other …" moved it.
func readSubject(s string, m []int) ([]int, string) {
	// A possessive is no subject: "… questions Weierman’s claims". A plea
	// or a charge is no speech: "pleaded guilty to “wire fraud”". A
	// pronoun or a link card is read past only a few adverbs, and a
	// relative clause closed before the rest of the sentence does not
	// speak for it.
	subj, between := s[m[2]:m[3]], s[m[3]:m[4]]
	if strings.HasPrefix(between, ",") && hasSpeechVerb(between) {
		if in := setOffSpeaker.FindStringSubmatchIndex(between); in != nil {
			// "Martini, Fausti said, urged Benedict to resign": the one
			// set off with a speech verb of their own reports the
			// sentence, whatever its verb.
			m = slices.Clone(m)
			m[2], m[3], m[4], m[5] = m[3]+in[2], m[3]+in[3], m[3]+in[len(in)-2], m[3]+in[len(in)-1]
			subj, between = s[m[2]:m[3]], s[m[3]:m[4]]
		}
	}
	if !fromState(s, m) || verbAside.MatchString(between) {
		// "Kelley, 26, was also shot in the leg …, said Freeman
		// Martin": what is set off after a name is a role, not the
		// name's own clause, whose verb the speaker after it reports.
		return nil, ""
	}
	if partyMember.MatchString(subj) {
		// "The Senate's top Democrat, Chuck Schumer, said": the
		// party's member is the name set off after it.
		if ap := apposedName.FindStringSubmatchIndex(between); ap != nil {
			m = slices.Clone(m)
			m[2], m[3] = m[3]+ap[2], m[3]+ap[3]
			subj, between = s[m[2]:m[3]], s[m[3]:m[4]]
		}
	}
	// The patterns that end at the subject read only the text just
	// before it: the whole of a sentence of thousands of words, read once
	// per subject, made one hostile sentence of 144 KB take 78 s.
	near := s[tailStart(s[:m[2]], maxBeforeSubject):m[2]]
	if (pronounSubject(subj) || maskedCard(between)) && wideAdverb(between) ||
		setOffRelative(s[:m[2]]) && strings.Contains(s[m[5]:], ",") ||
		possessive(s[m[2]:m[3]]) || agentBefore.MatchString(near) || notSpeech.MatchString(s[m[4]:]) || continuedDoing(s[m[4]:]) || wentOnToDo(s[m[4]:]) || freeRelative(s[:m[2]], s[m[2]:m[3]]) || pluralNoun(s[m[4]:m[5]]) && ownedBy(s[:m[2]], s[m[2]:m[3]]) || askedVerb(near, s[m[4]:m[5]]) || promisedAct(near, s[m[5]:]) {
		return nil, ""
	}
	if strings.TrimSpace(s[m[3]:m[4]]) == "," && invertibleSetOff.MatchString(s[m[4]:m[5]]) {
		if setOff := verbSetOff.FindStringSubmatchIndex(s[m[5]:]); setOff != nil {
			// "Trump, said Aaron Wilson, a real estate agent, is …": a
			// speech verb set off by commas has its subject after it.
			m = slices.Clone(m)
			m[2], m[3] = m[5]+setOff[2], m[5]+setOff[3]
		}
	}
	if t := strings.TrimRight(s[:m[2]], " \t"); strings.HasSuffix(t, "other") || strings.HasSuffix(t, "fellow") {
		// The suffix first: the pattern scans all the text before.
		if o := andOthers.FindStringSubmatchIndex(s[:m[2]]); o != nil {
			// "Smith and other Democrats called on Trump …": the one
			// named speaks, with a group the article does not name.
			m = slices.Clone(m)
			m[2], m[3] = o[2], o[3]
		}
	}
	return m, subj
}

// settleSubject decides whether the subject of m, read by readSubject
// (subj as its clause gave it), is not the object of a preposition, and
// moves it to the person that a body, a title or a preposition's object
// before it names (a copy when moved).
func settleSubject(s string, m []int, subj string) ([]int, bool) {
	// The rules read the text before the subject from its end; bounded,
	// a sentence of thousands of subjects costs each the same (a hostile
	// one of 122 KB, "… of Acme Corp said …" over and over, took 92 s).
	from := tailStart(s[:m[2]], maxSettleBefore)
	before := s[from:m[2]]
	if first := firstConjunct(before); first != before && representing.MatchString(first) {
		before = first
	}
	if strings.HasSuffix(before, " ") && strings.Contains(before, "of") && ofBefore.MatchString(before) && !(strings.HasSuffix(before, " and ") && personNamed(subj)) {
		if p := personBeforeOf.FindStringSubmatchIndex(before); p != nil && personNamed(before[p[2]:p[3]]) {
			// "Chris Callies of Merrill Lynch said …": the person,
			// not where they work. Not "Susan Collins of Maine and
			// Lisa Murkowski said": a second person, not a firm's
			// name, follows the "and".
			m = slices.Clone(m)
			m[2], m[3] = from+p[2], from+p[3]
			return m, true
		}
	}
	if t := titleInRun(s[m[2]:m[3]]); t > 0 && orgRunsOn.MatchString(before[max(0, len(before)-maxOfInName):]) {
		// "National Organization for Marriage President Brian Brown
		// said": the "for" is the organisation's, and its officer,
		// from the title on, is the subject.
		m = slices.Clone(m)
		m[2] += t
		return m, true
	}
	if m[3] <= m[4] && (afterPreposition(before) || afterPreposition(strings.TrimSuffix(strings.TrimRightFunc(before, unicode.IsSpace), " the"))) {
		if ap := apposedName.FindStringSubmatchIndex(s[m[3]:m[4]]); ap != nil {
			// "the play's organiser in Uganda, Sarah Mukasa, told the
			// BBC": the name set off after the one a preposition
			// governs is the subject.
			m = slices.Clone(m)
			m[2], m[3] = m[3]+ap[2], m[3]+ap[3]
			return m, true
		}
	}
	return m, !afterPreposition(before) && (!afterPreposition(nounPhraseBefore(before)) || clauseOpened(before, subj)) && !stanceObject(before) && !relativeVerbBefore(before) || startsWithTitle(s[m[2]:m[3]]) && !commonOf(before) || heldOffice(before) && holderIn(s[m[2]:m[3]]) != "" || bodySubject(before, subj)
}

// ofBefore is text ending in "of" and perhaps the opening words of a
// body's name: the cheap test before personBeforeOf.
var ofBefore = regexp.MustCompile(`\sof\s+(?:the\s+)?(?:\p{Lu}\S*\s+(?:` + orgJoin + `\s+)?){0,5}$`)

// personBeforeOf is a name, "of" and the opening words of where they
// work, ending the text before a subject that closes that name: "Thom
// Brown of Butcher and " before "Singer said". The name is the first
// group.
var personBeforeOf = regexp.MustCompile(`(` + name + `)\s+of\s+(?:the\s+)?(?:` + orgNameWord + `\s+(?:` + orgJoin + `\s+)?){0,5}$`)

// personNamed reports whether a name is a person's by its own words: a
// given name and more, or a title and a name.
func personNamed(n string) bool {
	words := strings.Fields(n)
	return len(words) >= 2 && (IsGivenName(words[0]) || startsWithTitle(n))
}

// shifted moves the indexes of a match found in a text's part starting at
// off to the whole text's, in place; unmatched groups (-1) stay so.
func shifted(m []int, off int) []int {
	for k := range m {
		if m[k] >= 0 {
			m[k] += off
		}
	}
	return m
}

// freeRelative reports whether subj, after before, follows "what" or its
// kin: "… no matter what Mr. Obama told voters", "What Trump said was
// false" (where the capitalized "What" opens the run), "wherever
// president Trump says it does" speak of X's words without reporting
// them.
func freeRelative(before, subj string) bool {
	if strings.HasPrefix(subj, "What ") {
		return true
	}
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	if w := lastWord(before); w != "" && isTitle(w) {
		// "wherever president Trump says it does"
		before = strings.TrimRightFunc(strings.TrimSuffix(before, w), unicode.IsSpace)
	}
	for _, rel := range freeRelatives {
		if len(before) < len(rel) || !strings.EqualFold(before[len(before)-len(rel):], rel) {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(before[:len(before)-len(rel)])
		return len(before) == len(rel) || !unicode.IsLetter(r)
	}
	return false
}

// freeRelatives are the words opening a clause that speaks of what someone
// says without reporting it: "what Trump said", "wherever Trump says it
// does".
var freeRelatives = []string{"what", "whatever", "wherever", "whenever", "however"}

// invertibleSetOff is a speech verb that may stand before its subject
// when set off by commas: "Trump, said Aaron Wilson, …". A verb taking
// an object does not: in "Benson’s mother, Joie Gates, emailed Austin,
// saying" Austin is whom she wrote to.
var invertibleSetOff = regexp.MustCompile(`^(?:` + verbFirst + `|argued|argues|observed|observes|cautioned|warned|warns|insisted|insists|recalled|recalls|reported|reports|explains|suggested|suggests|countered|counters|conceded|concedes|acknowledged|acknowledges|added)$`)

// verbSetOff is the subject after a speech verb set off by commas, and
// the comma closing the aside: " Aaron Wilson,".
var verbSetOff = regexp.MustCompile(`^\s+(?:\p{Ll}[\p{L}'’\-]*\s+){0,3}(` + name + `)\s*,`)

// pluralNoun reports whether a speech verb is also a plural noun, which a
// possessive before its subject makes it: "Trump's Manafort claims" are
// claims about Manafort, not Manafort claiming.
func pluralNoun(v string) bool {
	switch v {
	case "claims", "calls", "demands", "notes", "states", "asks":
		return true
	}
	return false
}

// ownedBy reports whether a subject is owned, by a possessive before it
// or inside its run of capitalized words ("Trump’s Manafort").
func ownedBy(before, subj string) bool {
	words := strings.Fields(subj)
	return possessive(lastField(strings.TrimRightFunc(before, unicode.IsSpace))) || slices.ContainsFunc(words[:max(0, len(words)-1)], possessive)
}

// promisedAct reports whether a subject's verb is a promise to act on a
// thing a relative clause is on ("a bill that President Yoweri Museveni
// has pledged to sign will mark a “step backward”"): the clause names
// the thing, and the words after it are the sentence's own speaker's.
func promisedAct(before, after string) bool {
	return toAct.MatchString(after) && thingRelative.MatchString(before)
}

// thingRelative ends the text before a subject with a thing and the
// relative pronoun opening a clause on it, a title between: "a bill that
// President ".
var thingRelative = regexp.MustCompile(`\b(?:bill|law|measure|legislation|deal|order|treaty|agreement|plan|budget|proposal|policy|resolution|amendment|package)s?\s+(?:that|which)\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){0,2}$`)

// toAct is "to" and a verb in its plain form after a subject's verb:
// " to sign".
var toAct = regexp.MustCompile(`^\s+to\s+\p{Ll}+\b`)

// agentBefore ends the text before a name that is the agent of a
// participle qualifying something else: "Alles in an internal memo …
// obtained by Elizabeth Landers of Vice said" is Alles's memo, which
// Landers only obtained.
var agentBefore = regexp.MustCompile(`\b(?:obtained|acquired|reviewed|seen|shared|posted|published|released|first\s+reported)\s+by\s+(?:(?:\p{Lu}[\p{L}.'’\-]*\s+){1,3}of\s+)?$`)

// askedVerb reports whether a speech verb in its plain form follows its
// subject and a modal or "did" before it, as a question asks ("… can
// Hague say who they are", "Why did Trump say it?") or a wish puts it
// ("Biden should say so"): no one is reported saying anything.
func askedVerb(before, verb string) bool {
	switch strings.ToLower(verb) {
	case "say", "tell", "claim", "explain", "admit", "argue", "insist", "deny", "answer", "respond", "promise":
		return modalEnd.MatchString(before)
	}
	return false
}

// modalEnd is a modal or "do" ending the text before a subject.
var modalEnd = regexp.MustCompile(`(?i)\b(?:can|could|will|would|should|shall|must|may|might|did|does|do|didn['’]t|doesn['’]t|won['’]t|can['’]t|wouldn['’]t|shouldn['’]t|couldn['’]t)\s+$`)

// notSpeech matches a speech verb used for something else: a likeness
// ("Donald Trump reminds me of the Know-Nothing movement"), bail posted, a
// plea, a criminal charge, going on a tirade or on to win, telephone calls
// ("called her several times in an effort to …", "called Turkish
// President Recep Tayyip Erdogan to “express …”", "he called “to offer
// …”", not "called him to say"), giving a reporter the floor ("When
// Erdogan called on a female Turkish reporter"), and going on with a
// journey ("continued their “Stronger Together” tour") or an attack
// ("continued with his denunciations of the opposition"), or contact
// kept up ("Steele continued to talk to Justice Official Bruce Ohr"), or
// a rite ("West’s pastor, Adam Tyson, said a blessing over them"), or a
// manner ("feign astonishment when Trump tells it like it is"), or
// writing what is not words to anyone ("wrote a computer script to
// repeatedly vote for Trump", "Franken wrote provisions of the Violence
// Against Women Act"), or declaring a state of things ("has declared
// a national emergency"), or a telephone call ("Carson allegedly
// called Trump afterwards and was angry").
var notSpeech = regexp.MustCompile(`^(?:remind(?:s|ed)\s+(?:me|us|you|him|her|them|many|some|people|voters|everyone)\s+of\b|posted\s+(?:\S+\s+){0,3}(?:bail|bond)\b|called\s+(?:him|her|them|me|us)\s+(?:several|many|multiple|two|three|four|five|six|a\s+few|a\s+number\s+of|\d+)\s+times\b|pleaded\s+(?:not\s+guilty|guilty|no\s+contest|innocent)|charged\s+(?:with|him|her|them|it)\b|went\s+on\s+(?:a|an|the|to\s+(?:win|become|lose|play|serve|found|star|work|lead|join|make|take))\b|called\s+(?:(?:\p{Lu}[\p{L}.'’\-]*|him|her|them)\s+){1,6}to\s+(?:(?:express|offer|discuss|congratulate|thank|apologize|apologise|invite|extend|convey|wish)\b|$)|called\s+to\s+$|(?:tells?|told|telling)\s+it\s+like\s+it\s+(?:is|was)\b|said\s+(?:a|the|his|her|their|its)\s+(?:\S+\s+)?(?:blessing|prayer|grace|mass|rosary|benediction|invocation)s?\b|continu(?:ed|es|e)\s+to\s+(?:talk|speak|meet|communicate|correspond)\s+(?:to|with)\b|continu(?:ed|es|e)\s+(?:with\s+)?(?:their|his|her|its|the|a|an)\s+(?:\S+\s+){0,3}?(?:tour|trip|journey|visit|march|rally|swing|travels|streak|search|denunciations?|attacks?|assault|offensive|campaign)\b|called\s+on\s+(?:a|an|the|another)\s+(?:[\p{Ll}\p{Lu}'’\-]+\s+){0,3}(?:reporter|journalist|correspondent|questioner)s?\b|called\s+(?:\p{Lu}[\p{L}'’.\-]*\s+){1,3}(?:afterwards?|later|back|again|immediately|personally)\b|(?:wrote|writes|write|written)\s+(?:a|an|the|his|her|their|its|some)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:script|code|program|programme|software|app|algorithm|song|songs|check|cheque|screenplay|music|lyrics|symphony|opera)\b|(?:declared|declares|declare|declaring)\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}\-]+\s+){0,2}?(?:emergency|emergencies|disaster|war|curfew|lockdown|quarantine|holiday|bankruptcy|martial\s+law)\b|(?:wrote|writes|write|written|co-wrote|drafted|drafts)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{Ll}\-]+\s+){0,2}?(?:provisions?|legislation|bills?|laws?|amendments?|statutes?)\b)`)

// continuedDoing reports whether s, from a speech verb on, is "continued"
// going on with something other than speech: "Trump continued attacking
// the quartet", not "she continued, saying" nor "continued arguing".
func continuedDoing(s string) bool {
	m := continuedGerund.FindStringSubmatch(s)
	return m != nil && !speechGerund.MatchString(m[1])
}

// wentOnToDo reports whether s, from a speech verb on, is "went on to"
// and a verb that is no speech: "He went on to vote consistently against
// abortion rights", not "went on to say".
func wentOnToDo(s string) bool {
	m := wentOnTo.FindStringSubmatch(s)
	return m != nil && !goneOnToVerb.MatchString(m[1])
}

var (
	wentOnTo     = regexp.MustCompile(`^(?:went|goes|go)\s+on\s+to\s+(\p{Ll}+)\b`)
	goneOnToVerb = regexp.MustCompile(`^` + goneOnTo + `$`)
)

var (
	continuedGerund = regexp.MustCompile(`^continu(?:ed|es|e)\s+(\p{Ll}+ing)\b`)
	speechGerund    = regexp.MustCompile(`^(?:` + speechParticiples + `|telling|asking|speaking|talking|pressing|urging|calling|tweeting|repeating|pushing)$`)
)

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
	// "said campaign communications director, Tim Murtagh": the role's
	// last word may close it with a comma, and then an owner may open it
	// ("said her campaign chairman, John Podesta"; not "said his wife
	// addressing Monks").
	last, apposed := strings.CutSuffix(ws[len(ws)-1], ",")
	ws[len(ws)-1] = last
	if len(ws) == 2 && ownerWord(ws[0]) && ownedOne.MatchString(ws[1]) {
		return true // "…,” agreed his friend Scott Friedel"
	}
	for i, w := range ws {
		if !(i == 0 && (w == "the" || apposed && ownerWord(w))) && !roleWord(w) {
			return false
		}
	}
	return true
}

// ownedOne is a relation a possessive may name someone by right before
// their name: "his friend Scott Friedel", "her husband Roderic".
var ownedOne = regexp.MustCompile(`^(?:` + relative + `|friend|partner|colleague|neighbou?r|boyfriend|girlfriend|fiancée?)$`)

// ownerWord reports whether w is a possessive pronoun that may open a
// role set off from its name: "said her campaign chairman, John Podesta".
func ownerWord(w string) bool {
	switch w {
	case "his", "her", "their", "its":
		return true
	}
	return false
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

// relativeVerbBefore reports whether before ends in a relative clause's
// "who" and its verb, whose object the name after it is: "Those who know
// Holder say …", "a GOP lawmaker who supports Trump told The Hill". A
// verb reporting a clause has a subject there instead: "the former Miss
// Universe who says Donald Trump called her …".
func relativeVerbBefore(before string) bool {
	who, verb := lastTwoFields(before)
	if who != "who" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(verb)
	return unicode.IsLower(r) && !reportsClause(verb) && !determiner(verb)
}

// determiner reports whether a lower-case word opens a noun phrase, as in
// "who the White House says …", rather than being a verb.
func determiner(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your":
		return true
	}
	return false
}

// reportsClause reports whether a verb is one that reports a clause
// rather than takes a person for object.
func reportsClause(verb string) bool {
	switch verb {
	case "say", "says", "said", "claim", "claims", "claimed", "allege", "alleges", "alleged",
		"insist", "insists", "insisted", "argue", "argues", "argued", "believe", "believes",
		"believed", "think", "thinks", "thought", "contend", "contends", "contended",
		"maintain", "maintains", "maintained", "note", "notes", "noted", "write", "writes",
		"wrote", "report", "reports", "reported", "recall", "recalls", "recalled",
		"suggest", "suggests", "suggested", "testify", "testifies", "testified", "fear",
		"fears", "feared", "hope", "hopes", "hoped", "worry", "worries", "worried":
		return true
	}
	return false
}

// commonOf reports whether before ends in "of" or "for" after a
// lower-case noun: in "allies of President Donald Trump shouted" the
// allies shouted, and in "an attorney for President Trump, Rudy Giuliani,
// said" the attorney spoke, while in "Secretary of State Marco Rubio" the
// "of" is part of the title. A titled name after "by" is an agent, never
// the subject: "Gutiérrez, who has endorsed a resolution sponsored by
// Rep. Steve Cohen (D-Tenn.), said …". Nor after a preposition no title
// holds: "The complaint against President Trump says he pressured …" is
// the complaint's.
func commonOf(before string) bool {
	noun, prep := lastTwoFields(before)
	switch prep {
	case "by", "against", "about", "over", "toward", "towards", "than", "like", "between", "among":
		return true
	}
	if prep != "of" && prep != "for" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(noun)
	return unicode.IsLower(r)
}

// lastTwoFields returns the last two words of s, split at spaces as
// strings.Fields splits, "" for any it lacks: found without splitting a
// sentence's whole text for each name in it.
func lastTwoFields(s string) (prev, last string) {
	rest, last := cutLastWord(s)
	_, prev = cutLastWord(rest)
	return prev, last
}

// titleInRun is where a title stands inside a name run, after a word of
// an organisation's name and before a name ("Teachers President Randi
// Weingarten"), or 0 when none does.
func titleInRun(run string) int {
	fields := strings.Fields(run)
	at := 0
	for k, w := range fields {
		at += strings.Index(run[at:], w)
		if k > 0 && k+1 < len(fields) && isTitle(strings.ToLower(w)) && capitalized(fields[k+1]) {
			return at
		}
		at += len(w)
	}
	return 0
}

// startsWithTitle reports whether a name run opens with a title: in
// "Secretary of State Marco Rubio" the "of" belongs to the title. A
// courtesy title belongs to the name, and a preposition before it governs
// the name: "The source cited by Mr. Drumheller said".
func startsWithTitle(run string) bool {
	w, _, _ := strings.Cut(run, " ")
	switch w = strings.ToLower(w); strings.TrimSuffix(w, ".") {
	case "mr", "mrs", "ms", "miss", "dr":
		return false
	}
	return isTitle(w)
}

// nounPhraseBefore is before without the words of a role or an owner
// ending it ("speaking to the BBC's defence correspondent "), so that
// afterPreposition sees the preposition that governs the name after them.
func nounPhraseBefore(before string) string {
	// Word by word from the end: a hostile sentence of thousands of names
	// asks this before each of them, and splitting all of before each time
	// cost the square of the sentence's length.
	rest, dropped, after := before, 0, "" // after: the word dropped last
	for ; dropped < maxRoleWords+2; dropped++ {
		prev, w := cutLastWord(rest)
		if w == "" {
			break
		}
		if w == "which" {
			if _, w2 := cutLastWord(prev); w2 != "" && afterPreposition(w2) {
				// "…, to which Rubio responded": a reply's subject; "an
				// interview in which Bloomberg said": the occasion's speaker.
				return ""
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		if w == "of" && dropped > 0 && !determiner(after) {
			if _, head := cutLastWord(prev); officeHead(head) {
				// "White House chief of staff Denis McDonough said": the
				// "of" is inside the role, which the name bears. Not
				// "the director of the Missile Defense Agency, Vice Adm.
				// Jim Syring, told", whose "of the" governs the agency.
				rest, after = prev, w
				continue
			}
		}
		if !(unicode.IsLower(r) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0) && !possessive(w) || afterPreposition(w) {
			break
		}
		rest, after = prev, w
	}
	if dropped == 0 {
		return ""
	}
	return strings.TrimRightFunc(rest, unicode.IsSpace)
}

// verbAside matches the text between a subject and its speech verb when
// a clause set off by commas opens with a verb of its own (", 26, was
// also shot …, "), not when that verb is the speech verb's ("Moore, 70,
// has denied").
var verbAside = regexp.MustCompile(`^(?:,\s*\d{1,3})?,\s*(?:was|were|is|are|has|had|have|will|would|could|can|did|does)\s[^,]*,\s*$`)

// clauseOpened reports whether the name subj, after before, opens a
// clause of its own, which no preposition before it governs: "admitted
// to the country right after Obama said" has Obama for its subject. A
// pronoun there is left to the rules before ("booing after he said he'd
// eliminate “Obamacare”").
func clauseOpened(before, subj string) bool {
	if isPronounSubject(subj) {
		return false
	}
	switch _, w := cutLastWord(before); w {
	case "after", "before", "when", "while", "because", "since", "until", "although", "though", "once", "unless":
		return true
	}
	return false
}

// officeHead reports whether w heads an office named with "of" and a
// lower-case word after it: "chief of staff", "secretary of state",
// "director of communications". Not "the wife of", whose bearer is
// someone else than the name after it.
func officeHead(w string) bool {
	switch w {
	case "chief", "secretary", "director", "head", "minister", "commissioner", "chairman", "chairwoman", "chair", "professor", "dean":
		return true
	}
	return false
}

// cutLastWord splits s into the text before its last word and that word,
// words being separated by white space as strings.Fields has them.
func cutLastWord(s string) (rest, word string) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[:i+size], s[i+size:]
}

// objectOfStance is a participle taking a side on someone, ending the
// text before their name: "The small faction of Democrats opposing
// Pelosi, a 78-year-old San Francisco liberal, has argued …" is the
// faction's argument, not Pelosi's. Speaking for someone is as far from
// being them: "the law firm representing Sondland said".
var objectOfStance = regexp.MustCompile(`\b(?:oppos|support|back|criticiz|criticis|defend|challeng|endors|attack|represent)ing\s+$`)

// stanceObject is objectOfStance.MatchString(before), run only when the
// last word ends in "ing": the pattern would scan all of before.
func stanceObject(before string) bool {
	return strings.HasSuffix(strings.TrimRight(before, " "), "ing") && objectOfStance.MatchString(before)
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

// pronounSubject reports whether a subject is a pronoun, whose speaker is
// a guess that an adverb before the verb makes less sure of: "He has
// repeatedly called him …" in a paragraph about two men.
func pronounSubject(w string) bool {
	switch w {
	case "he", "He", "she", "She", "they", "They":
		return true
	}
	return false
}

// maskedCard reports whether the text between a subject and its verb holds
// a link card MaskLinkCards blanked. Read past a day too, "Trump Donald
// John TrumpFederal judge halts … MORE on Friday announced …" would
// report Trump in a sentence that shows the card's headlines.
func maskedCard(between string) bool {
	return strings.Contains(between, "   ")
}

// wideAdverb reports whether the words between a subject and its speech
// verb hold an adverb other than fewAdverbs, which a pronoun's verb was
// always read past ("he also said", "she has said"). After a pronoun, two
// in five of the quotes the others added to answers were someone else's
// words.
func wideAdverb(between string) bool {
	// Only the words after an appositive: "Thune … (R-S.D.) said".
	between = between[strings.LastIndexAny(between, "),")+1:]
	for _, w := range strings.Fields(between) {
		if !fewAdverb[w] {
			return true
		}
	}
	return false
}

// fewAdverb holds the words of fewAdverbs.
var fewAdverb = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(fewAdverbs, "|") {
		m[w] = true
	}
	return m
}()

// setOffRelative reports whether a subject opens a relative clause set off
// by a comma, which, closed before the words its sentence reports, leaves
// them to the main clause: "Flores described the incident, which Mr. Biden
// had said he did not recall, as “disqualifying”" is Flores's word.
func setOffRelative(before string) bool {
	before = strings.TrimRight(before, " ")
	return strings.HasSuffix(before, ", which") || strings.HasSuffix(before, ", whom")
}

// partyMember is a subject that is a party's member: "The senior
// Republican, John Cornyn of Texas, said".
var partyMember = regexp.MustCompile(`^(?:Republican|Democrat|Independent)s?$`)

// apposedName is a name set off by commas between a subject and its
// verb, maybe with the state it is from.
var apposedName = regexp.MustCompile(`^,\s*(` + name + `)` + homeState + `,\s*$`)

// setOffSpeaker is a subject and speech verb set off by commas between a
// sentence's subject and its verb: ", Fausti said, ", ", he argues, ".
// The subject is the first group, the verb the last.
var setOffSpeaker = regexp.MustCompile(`^,\s*(` + subject + `)\s+` + adverb + verb + `\s*,\s*$`)
