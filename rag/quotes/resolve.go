package quotes

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Resolving the subject of a speech verb to a speaker: a name to the
// person the article names in full, a title to its one bearer, a pronoun
// to its antecedent (people.go finds the people).

// titled returns the one person the article names with title t ("…,”
// the President said" after "President Barack Obama"), or "" when no one
// or several are.
func (a *analyzer) titled(t string) string {
	// "attorney general" is a title as "attorney" is, and so is "former
	// president", which only someone introduced so bears.
	held, former := strings.CutPrefix(t, "former ")
	office, _ := strings.CutSuffix(held, " general")
	if d, rest, ok := strings.Cut(office, " "); ok && deputyTitle(d) {
		office = rest // "vice president", which people.go records whole
	}
	if !isTitle(office) {
		return ""
	}
	forms := []string{t}
	for _, f := range abbreviatedTitles[held] {
		if former {
			f = "former " + f
		}
		forms = append(forms, f)
	}
	// "The congresswoman" is not Rep. Tom Marino, whom "Rep." names too.
	want := titleGender(held)
	found := ""
	for i, ts := range a.titles {
		if slices.ContainsFunc(ts, func(w string) bool { return slices.Contains(forms, w) }) {
			if want != unknown && a.genders[i] == opposite(want) {
				continue
			}
			if found != "" {
				return ""
			}
			found = a.people[i].Name
		}
	}
	if pi := a.personIndex(found); pi >= 0 && slices.ContainsFunc(a.strayTitles[t], func(w string) bool { return !slices.Contains(a.words[pi], w) }) {
		// "The president responded" where "President Trump" is a family
		// name several bear and "NEA President Lily Eskelsen Garcia" is
		// named in full: not her, whom the title does not single out.
		// "President Trump" beside "President Donald Trump" is him.
		return ""
	}
	return found
}

// abbreviatedTitles are the forms news gives a title before a name that
// the office alone names after it: "Sen. Ted Cruz" is "the senator".
var abbreviatedTitles = map[string][]string{
	"senator":       {"sen."},
	"president":     {"pres."},
	"governor":      {"gov."},
	"congressman":   {"rep.", "representative"},
	"congresswoman": {"rep.", "representative"},
}

// resolve turns a named subject next to a speech verb into a full name:
// "Sheinbaum" into "Claudia Sheinbaum" when that is the only person of
// that name so far, or the only one named lately (uniquePersonAt);
// organisations keep their name ("New York Times").
func (a *analyzer) resolve(subject string, si int) string {
	n, g := a.nameOf(subject)
	if n == "" {
		t := strings.ToLower(strings.TrimSpace(subject))
		if strings.HasPrefix(t, "the ") {
			ws := strings.Fields(t)
			k := len(ws) - 1
			t = ws[k] // "The new president": the title
			if t == "general" && k > 1 && isTitle(ws[k-1]) {
				k--
				t = ws[k] + " general" // "The attorney general"
			}
			if k > 1 && deputyTitle(ws[k-1]) {
				k--
				t = ws[k] + " " + t // "the vice president" is not "the president"
			}
			if k > 1 && ws[k-1] == "former" {
				t = "former " + t // not the one who holds the office now
			}
		}
		return a.titled(t)
	}
	if nameLen(n) >= 2 {
		// "Claudia Sheinbaum" may be mentioned as "Claudia Sheinbaum
		// Pardo"; "Donald Trump" is not "Donald Trump Jr.".
		// A family name that is also a title ("John King", "Rep. Steve
		// King") is left out of a name's words, so the one it ends must
		// end the longer name too: "John King" is not John Boehner.
		ws, family := nameWords(n), titledFamily(strings.Fields(n))
		for i, p := range a.people {
			if len(p.Name) > len(n) && subsetWords(ws, a.words[i]) && Suffix(p.Name) == Suffix(n) && (family == "" || slices.Contains(strings.Fields(strings.ToLower(p.Name)), family)) {
				return p.Name
			}
		}
		return n
	}
	if pi := a.titledBearerAt(subject, n, si, g); pi >= 0 {
		return a.people[pi].Name // "Mrs. Khan" is not Khizr Khan
	}
	if n == strings.TrimSpace(subject) {
		if pi := a.principal(n, si); pi >= 0 {
			return a.people[pi].Name
		}
	}
	return n
}

// principal returns the person a bare family name means when several
// bear it and none was named in full lately: the first of them the
// article named in full before sentence si, when the others were passing
// mentions, named in full once and later. News names its subject in full
// once and by family name after, and names anyone sharing it in full
// ("Hillary Clinton" … "Chelsea Clinton attended" … "Clinton said"). An
// article about a couple names both in full again and again, and
// "Clinton" may be either; a titled name ("Mrs. Bennet") is a family's
// member and is not read so.
func (a *analyzer) principal(w string, si int) int {
	ws := nameWords(w)
	if len(ws) != 1 {
		return -1
	}
	para := a.sents[si].Paragraph
	first, at := -1, si+1
	var bearers []int
	for i := range a.people {
		pw := a.words[i]
		if len(pw) < 2 || pw[len(pw)-1] != ws[0] || len(a.full[i]) == 0 || a.full[i][0] > si {
			continue
		}
		bearers = append(bearers, i)
		if slices.ContainsFunc(a.full[i], func(ms int) bool {
			return ms <= si && a.sents[ms].Paragraph >= para-recentParagraphs
		}) {
			return -1 // named lately: uniquePersonAt's to tell
		}
		switch {
		case a.full[i][0] < at:
			first, at = i, a.full[i][0]
		case a.full[i][0] == at:
			return -1 // "Anna Novak and Pavel Novak spoke."
		}
	}
	if len(bearers) < 2 {
		return -1
	}
	for _, i := range bearers {
		if i != first && fullBefore(a.full[i], si) > 1 {
			return -1
		}
	}
	return first
}

// fullBefore counts the sentences up to si naming someone in full.
func fullBefore(full []int, si int) int {
	n := 0
	for _, ms := range full {
		if ms <= si {
			n++
		}
	}
	return n
}

// speaker resolves the subject found for a quotation or reported speech
// in sentence si, before byte offset off.
//
// words is the span of the words spoken (a quotation, or the clause after
// the verb): a pronoun never stands for someone named there, as no one
// speaks of themselves by name ("“Kejriwal wrote to me,” he said" is not
// Kejriwal's).
func (a *analyzer) speaker(subj string, si, off int, lastSpeaker string, words [2]int) string {
	if g, ok := pronoun(subj); ok {
		if name, ok := a.answerer(g, si, off); ok {
			return name
		}
		return a.antecedent(g, si, off, lastSpeaker, words)
	}
	if subj = officeHolderIn(a.text, subj, off); subj == "" {
		return "" // "the Speaker of the House said": an office, no one named
	}
	if off > 0 && off <= len(a.text) && kinPrecedes(a.text[max(0, off-16):off]) {
		// "The younger Paladino called the statements …": a relative
		// who shares the family name, and which bearer is meant, the
		// name does not say.
		return ""
	}
	if g := a.selfReport(subj, off); g != unknown {
		// "Clinton said she “applauded” Sanders": a family name that a
		// man and a woman share, with a pronoun of one gender opening
		// what it says, means the one of that gender.
		if n, tg := a.nameOf(subj); tg == unknown && len(strings.Fields(n)) == 1 {
			if pi := a.bearerAt(n, si, g); pi >= 0 {
				return a.people[pi].Name
			}
		}
	}
	return a.resolveSpeaking(subj, si, words)
}

// resolveSpeaking is resolve for the subject of words spoken (see
// namedInWords).
func (a *analyzer) resolveSpeaking(subj string, si int, words [2]int) string {
	name := a.resolve(subj, si)
	if n, _ := a.nameOf(subj); n == strings.TrimSpace(subj) && nameLen(n) == 1 && strings.HasSuffix(name, " "+n) {
		// A bare family name only: "Mrs. Honeychurch" is one of a
		// family the article may not name in full.
		if other := a.namedInWords(name, n, si, words); other != "" {
			return other
		}
	}
	return name
}

// namedInWords is the one other bearer of the family name n when the
// person name resolved n to is called by their given name in the words
// spoken: no one speaks of themselves so, and "“How good would Ivanka
// be?” Trump said" is not Ivanka Trump's but the other Trump's. "" when
// the words do not name them so, or the name has no one other bearer
// named in full by then.
func (a *analyzer) namedInWords(name, n string, si int, words [2]int) string {
	pi := a.personIndex(name)
	if pi < 0 || words[0] >= words[1] || words[1] > len(a.text) {
		return ""
	}
	given, _, ok := strings.Cut(name, " ")
	spoken := strings.FieldsFunc(a.text[words[0]:words[1]], func(r rune) bool { return !unicode.IsLetter(r) })
	if !ok || !slices.Contains(spoken, given) {
		return ""
	}
	for k, w := range spoken {
		if w == given && k+1 < len(spoken) && spoken[k+1] == n {
			// "they don't like Donald Trump": a name in full, which
			// speakers do give themselves.
			return ""
		}
	}
	ws, other := nameWords(n), -1
	for i := range a.people {
		if i == pi || !a.bears(i, ws) || len(a.full[i]) == 0 || a.full[i][0] > si {
			continue
		}
		if other >= 0 {
			return ""
		}
		other = i
	}
	if other < 0 {
		return ""
	}
	return a.people[other].Name
}

// answerer resolves a pronoun at off answering in a clause "to which she
// responded" after what the sentence's subject put to someone: "Stahl
// also recommended that DeVos visit schools …, to which she responded,
// “…”" is DeVos's answer, the last one of the pronoun's gender the
// sentence names after its subject. ok is false for any other pronoun,
// and where the subject itself was asked ("Trump was asked …, to which he
// replied").
func (a *analyzer) answerer(g gender, si, off int) (name string, ok bool) {
	s := a.sents[si]
	if off <= s.Start || off > s.End || !strings.HasSuffix(strings.TrimRight(a.text[s.Start:off], " "), " to which") {
		return "", false
	}
	own := a.plain(si)
	if passiveAsked.MatchString(own) {
		return "", false
	}
	_, at := sentenceSubject(own)
	ms := a.mentionsIn(si)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.off >= off || m.off <= s.Start+at || a.quoted(m.off) {
			continue
		}
		if pg := a.genders[m.person]; pg == unknown || pg == g {
			return a.people[m.person].Name, true
		}
	}
	return "", false
}

// passiveAsked is a subject that was asked or put to, who answers after.
var passiveAsked = regexp.MustCompile(`\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(?:asked|questioned|pressed|told|challenged|confronted)\b`)

// officeHolderIn is subj, the subject at off in text, in full when it
// names an office and its holder ("Secretary of Defense Jim Mattis said",
// "said Speaker of the House Paul Ryan"), where the run found stops at
// "of": the holder, or "" when no one is named.
func officeHolderIn(text, subj string, off int) string {
	if off < 0 || off+len(subj) > len(text) || text[off:off+len(subj)] != subj {
		return subj
	}
	if heldOffice(text[:off]) {
		return holderIn(subj)
	}
	after := text[off+len(subj):]
	if !strings.HasPrefix(after, " of ") || !isTitle(strings.ToLower(subj)) {
		return subj
	}
	// The title alone before "of": the run that follows is the office
	// and its holder.
	rest := strings.TrimPrefix(after[len(" of "):], "the ")
	if m := nameRun.FindStringIndex(rest); m != nil && m[0] == 0 {
		return holderIn(rest[:m[1]])
	}
	return subj
}

// kinBefore ends the text before a family name that means a relative of
// its best-known bearer.
var kinBefore = regexp.MustCompile(`(?i)\bthe\s+` + kin + `\s+$`)

// kin are the words that make a family name after "the" a relative of its
// best-known bearer, before the name ("The younger Paladino") or after a
// speech verb ("said the younger Trump").
const kin = `(?:younger|elder|older)`

// kinPrecedes is kinBefore.MatchString, skipping text whose last word
// does not end in "er" (nearly all of it): speaker runs for every named
// subject, and the pattern cost Analyze 4%.
func kinPrecedes(before string) bool {
	return strings.HasSuffix(strings.ToLower(strings.TrimRightFunc(before, unicode.IsSpace)), "er") && kinBefore.MatchString(before)
}

// selfReport is the gender of the pronoun opening the clause a speech
// verb after subj at off reports: "Clinton said she", "Trump told
// reporters that he". unknown when no such pronoun follows.
func (a *analyzer) selfReport(subj string, off int) gender {
	if off < 0 || off > len(a.text) || !strings.HasPrefix(a.text[off:], subj) {
		return unknown
	}
	rest := a.text[off+len(subj) : min(len(a.text), off+len(subj)+maxUnnamedCue)]
	if !strings.Contains(rest, " he ") && !strings.Contains(rest, " she ") {
		return unknown // most subjects, spared the pattern
	}
	m := reportedPronoun.FindStringSubmatch(rest)
	if m == nil {
		return unknown
	}
	g, _ := pronoun(m[len(m)-1])
	return g
}

// reportedPronoun is a speech verb and the pronoun opening its clause,
// maybe after a subordinator opening it ("Romney says while he knows
// …").
var reportedPronoun = regexp.MustCompile(`^,?\s+` + adverb + verb + `(?:\s+that)?(?:\s+(?:while|although|though|because|since|if|when))?\s+(she|he)\b`)

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

// isPronounSubject reports whether a subject is a pronoun.
func isPronounSubject(w string) bool {
	_, is := pronoun(w)
	return is
}

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

// accordingToOpening is a sentence opening with its source named: "According
// to Kirby, …".
var accordingToOpening = regexp.MustCompile(`^\s*According\s+to\s+(` + name + `),`)

// occasionRelative ends text before a pronoun that opens a relative
// clause on an occasion or a message: "a radio interview where ", "a
// speech in which ", "a quote from Mrs. Clinton in which ".
var occasionRelative = regexp.MustCompile(`\b(?:interview|speech|remarks|appearance|statement|address|conversation|call|hearing|rally|event|podcast|tweet|post|video|quote|letter|email|message|memo|note)\s+(?:from\s+(?:\p{Lu}[\p{L}.]*\s+){1,3})?(?:where|in\s+which|during\s+which)\s+$`)

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

// ownedWorkRelative is someone's work, a relative clause on it ending
// the text before a pronoun: "Scalia's dissent in the Supreme Court's 2015
// decision to uphold Obamacare, in which ".
var ownedWorkRelative = regexp.MustCompile(`(` + name + `)['’]s?\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?,?\s+)?(?:dissent|opinion|speech|letter|book|memoir|memo|op-ed|column|essay|statement|remarks|interview|testimony|tweet|post|address)\b[^;:“”"]{0,100}?\s+(?:where|in\s+which)\s+$`)

// maxOccasionGiven bounds the text occasionGiven reads before the pronoun.
const maxOccasionGiven = 160

var occasionGivenPattern = regexp.MustCompile(`\b(?:interview|speech|remarks|address|statement|appearance|testimony)\s+((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:gave|delivered|made|had\s+given|had\s+delivered|had\s+made)\b[^,;:“”"]{0,60},\s+(?:where|in\s+which|during\s+which)\s+$`)

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

func (a *analyzer) antecedentAt(want gender, si, off int, lastSpeaker string, words [2]int, depth int) string {
	// "Trump also recognized Charles McGee, who he said was …": whoever
	// the pronoun stands for, it is not the one "who" does.
	object := -1
	for _, m := range a.mentionsIn(si) {
		if m.off < off && a.relativeObject(m.off, off) {
			object = m.person
		}
	}
	spokenOf := a.spokenOf(si, off, words)
	ok := func(name string) bool {
		if name == "" || want != unknown && a.joint[name] {
			return false // "he" is not "Chaffetz and Nunes"
		}
		if object >= 0 && name == a.people[object].Name || spokenOf >= 0 && name == a.people[spokenOf].Name {
			return false
		}
		pi := a.personIndex(name)
		if pi >= 0 && a.mentionedIn(pi, words) {
			return false
		}
		if want == unknown && len(a.people) > 0 {
			// "They" is an organisation, not someone a person named in
			// full bears the name of ("Trump" before "Donald Trump").
			return pi < 0 && lastSpeaker == name && !a.namedInFull(nameWords(name))
		}
		if pi < 0 && want != unknown && (isGroupName(name) || a.bareGenderOf(name) == opposite(want) || a.calledThe(name)) {
			// "he" is not "Democrats" nor "the State Department", nor
			// "Klobuchar" after "Klobuchar said she", nor "the New York
			// Sun": no one is called "the" and a name.
			return false
		}
		return pi < 0 || a.genders[pi] == unknown || a.genders[pi] == want
	}
	s, own := a.sents[si], a.plain(si)
	// A pronoun in a clause opening the sentence may point ahead to the
	// main clause's subject: "Although he said it was “wild”, Isaac
	// stopped short of revealing anything."
	if want != unknown && off > s.Start && off-s.Start < len(own) && inFrontedClause(own, off-s.Start) {
		mainAt := s.Start + strings.IndexByte(own, ',') + 1
		for _, m := range a.mentionsIn(si) {
			// The main clause is not what was said: the name there may
			// stand in the span of words a paraphrase reports.
			if g := a.genders[m.person]; m.off >= mainAt && strings.TrimSpace(a.text[mainAt:m.off]) == "" && (g == unknown || g == want) {
				return a.people[m.person].Name
			}
		}
	}
	// Someone the sentence introduces without a name after everyone it
	// names ("When I discussed it with a friend who …, he said"): the
	// pronoun is theirs, and no one the article lets us name.
	if off > s.Start && off <= s.End {
		before := own[:off-s.Start]
		if loc := indefinitePerson.FindAllStringIndex(before, -1); loc != nil {
			at := s.Start + loc[len(loc)-1][0]
			if !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off > at && m.off < off }) {
				return ""
			}
		}
	}
	// A relative clause on an occasion its giver is named for ("he
	// referred to a key speech Mr Obama gave in Cairo, where he had
	// called for …"): the giver, even after the sentence's subject.
	if off > s.Start && off-s.Start <= len(own) {
		if start, end := occasionGiven(own[:off-s.Start]); start >= 0 {
			for _, m := range a.mentionsIn(si) {
				if name := a.people[m.person].Name; m.off >= s.Start+start && m.off < s.Start+end && ok(name) {
					return name
				}
			}
			// A family name two people share ("Scalia's dissent" after
			// "Father Paul Scalia"): whom it names here.
			if name := a.resolve(own[start:end], si); a.personIndex(name) >= 0 && ok(name) {
				return name
			}
		}
	}
	// The same pronoun as the sentence's subject before anyone it names
	// ("But he was ambiguous when Muir followed up by asking …: “…,” he
	// said"): the one that pronoun stands for, not the name after it.
	if want != unknown && depth < maxPronounChain && off > s.Start && off-s.Start <= len(own) {
		if p := firstPronoun(own, want); p >= 0 && s.Start+p < off && subjectAt(own) == p && !inFrontedClause(own, p) && !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool {
			return m.off < s.Start+p
		}) {
			if name := a.antecedentAt(want, si, s.Start+p, lastSpeaker, words, depth+1); ok(name) {
				return name
			}
		}
	}
	// The same pronoun in a clause opening the sentence, before anyone
	// named there ("When asked whether he thought Trump was treasonous,
	// he responded: …"): both stand for one person, not for the one the
	// clause speaks of.
	if want != unknown && depth < maxPronounChain && off > s.Start && off-s.Start <= len(own) {
		if p, comma := firstPronoun(own, want), strings.IndexByte(own, ','); p >= 0 && s.Start+comma < off && inFrontedClause(own, p) {
			named := func(from, to int) bool {
				return slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off >= from && m.off < to })
			}
			if !named(s.Start, s.Start+p) && named(s.Start+p, s.Start+comma) {
				if name := a.antecedentAt(want, si, s.Start+p, lastSpeaker, words, depth+1); ok(name) {
					return name
				}
				return ""
			}
		}
	}
	// A pronoun opening a relative clause on an occasion ("… in a
	// response to a recent Sanders radio interview where he said, “…”"):
	// the one the occasion is named for, the last named before it.
	if off > s.Start && off-s.Start <= len(own) && occasionRelative.MatchString(own[:off-s.Start]) {
		ms := a.mentionsIn(si)
		for k := len(ms) - 1; k >= 0; k-- {
			if m := ms[k]; m.off < off && !a.quoted(m.off) {
				if name := a.people[m.person].Name; ok(name) {
					return name
				}
				break
			}
		}
	}
	// A subject called by a name no one is named in full by, whom the
	// article has called so before anyone bearing it was ("Trump also
	// recognized Charles McGee, who he said was …", first lady Melania
	// Trump the only Trump named in full), or whom a pronoun of this
	// gender followed before ("In an interview, Klobuchar said she thinks
	// …"): theirs, as the first name of the sentence would be.
	if want != unknown && off > s.Start && off-s.Start <= len(own) {
		if subj, at := sentenceSubject(own[:off-s.Start]); subj != "" && !isPronounSubject(subj) && !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off <= s.Start+at }) {
			if name := a.resolve(subj, si); a.personIndex(name) < 0 && (a.usedBare(name) || a.bareGenderOf(name) == want) && ok(name) {
				return name
			}
		}
	}
	// A person named earlier in the same sentence, outside quotation
	// marks: a name inside a quotation is someone the speaker talks about.
	base, ms := a.sentenceMentions(si)
	for k, m := range ms {
		if m.off < off && !a.quoted(m.off) && !a.topicBefore(m.off, off) && !a.ownsQuotation(m.off) && !a.governed(si, m.off) && !a.relativeObject(m.off, off) && !a.participleObject(si, m.off) && !a.coordinated(base+k, want) && ok(a.people[m.person].Name) {
			return a.people[m.person].Name
		}
	}
	// A family name several people bear, opening the sentence ("Obama
	// delivered praise …: “…,” he said", Michelle Obama named too): the
	// one of them the pronoun's gender leaves.
	if want != unknown && off > s.Start && off-s.Start <= len(own) {
		if subj, at := sentenceSubject(own[:off-s.Start]); subj != "" && !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off == s.Start+at }) {
			next, _, _ := strings.Cut(strings.TrimSpace(own[at+len(subj):]), " ")
			_, isPronoun := pronoun(subj)
			// Not "She added that she …", nor "Clinton aides know …, she
			// says".
			if !isPronoun && !personNounWord.MatchString(next) {
				if pi := a.bearerAt(subj, si, want); pi >= 0 && ok(a.people[pi].Name) {
					return a.people[pi].Name
				}
			}
		}
	}
	// Whoever asks in the sentence before is not the one who answers
	// after it.
	asker := ""
	if si > 0 {
		prev := si - 1
		for prev > 0 && a.caption(prev) {
			// "Bicycle Space secures customer attachment by …" under a
			// photo, or a heading, between a paragraph and the next:
			// the sentence before it is the one the pronoun follows.
			prev--
		}
		plain := a.plain(prev)
		subjVerb := findSubjectVerb(plain, false)
		// The subject of the sentence's first speech verb, when a
		// quotation there comes after it in a clause of its own:
		// "Schreiber told MPs the money came after Doucet told him he was
		// in “desperate shape”. He told MPs …" is Schreiber's.
		if m := subjVerb; m != nil {
			if _, isPronoun := pronoun(plain[m[2]:m[3]]); !isPronoun {
				at := a.sents[prev].Start + m[5]
				if name := a.resolve(plain[m[2]:m[3]], prev); a.personIndex(name) >= 0 && ok(name) && slices.ContainsFunc(a.quotesIn(prev), func(q Quotation) bool {
					return q.Sentence == prev && q.Start > at && q.Speaker != "" && q.Speaker != name
				}) {
					return name
				}
			}
		}
		// A sentence ending in its speaker set after the verb ("…,
		// suggested Haynes, the Tennessee GOP chairman."), or named
		// before it ("… ignored the complexity of the issue, Burr
		// said."): the one who speaks on, not the first name in what
		// they said. Not "…, said Jobs' “extraordinary vision …”": an
		// owner of words that a quotation after the name holds.
		tail := sentenceTail(plain)
		spokeLast := func(at, end int) string {
			n := plain[at:end]
			if strings.ContainsAny(a.text[a.sents[prev].Start+end:a.sents[prev].End], "\"“”") || possessive(n) || strings.HasSuffix(n, "'") || strings.HasSuffix(n, "’") {
				return ""
			}
			if name := a.resolve(n, prev); a.personIndex(name) >= 0 && ok(name) {
				return name
			}
			return ""
		}
		if m := tailMatch(speakerLast, plain, tail); m != nil && roleWords(plain[m[2]:m[3]], plain[m[4]:m[5]]) {
			if name := spokeLast(m[4], m[5]); name != "" {
				return name
			}
		}
		if m := tailMatch(speakerLastNamed, plain, tail); m != nil {
			if name := spokeLast(m[2], m[3]); name != "" {
				return name
			}
		}
		// A sentence opening "According to Kirby," is what Kirby says:
		// he speaks on, not the one his words are about ("According to
		// Kirby, Trump's actions stem from … “He conflates …,” he said").
		if m := accordingToOpening.FindStringSubmatchIndex(plain); m != nil {
			if name := a.resolve(plain[m[2]:m[3]], prev); a.personIndex(name) >= 0 && ok(name) {
				return name
			}
		}
		// So is a sentence closing "…, according to Mr. Short.": Short
		// speaks on, not Pence whom his words name ("The president did
		// not order Mr. Pence to stay …, according to Mr. Short. “…,” he
		// told reporters").
		if m := accordingToClosing.FindStringSubmatchIndex(plain); m != nil {
			if name := a.resolve(plain[m[2]:m[3]], prev); a.personIndex(name) >= 0 && ok(name) {
				return name
			}
		}
		// "Lynn suggested …, but Hollywood denied it. “…,” he said": the
		// speaker of a contrasting last clause is the one who speaks on,
		// not the one whose words the first clause quotes ("Hewitt said
		// he had had a “gutful” … but Tennis Australia's Geoff Pollard
		// rejected his comments").
		if name := a.contrastSpeaker(prev, plain); ok(name) {
			return name
		}
		lo, hi := a.quotesReaching(prev)
		for qi := hi - 1; qi >= lo; qi-- {
			if q := a.quotes[qi]; (q.Sentence == prev || !a.opensWithQuote(si) && a.sentenceOf(q.End-1) == prev) && ok(q.Speaker) {
				if subordinator.MatchString(plain) && slices.ContainsFunc(a.mentionsIn(prev), func(m mention) bool {
					return m.off > q.End && !a.quoted(m.off)
				}) {
					// "When Cooper noted that Bannon has used the term
					// “alt-right,” Trump professed ignorance": words in
					// the clause opening the sentence, whose main clause
					// names someone after them, are not the subject's.
					break
				}
				return q.Speaker
			}
		}
		// One the sentence before reports speaking in its own words
		// ("The challenge for Biden …, Sefl said, was to appeal to voters
		// …. She suggested …").
		for _, p := range a.paras {
			if p.Sentence == prev && a.personIndex(p.Speaker) >= 0 && ok(p.Speaker) {
				return p.Speaker
			}
		}
		// A sentence whose speech verb has a pronoun of this gender for
		// subject: the same person, whoever that pronoun stands for.
		if depth < maxPronounChain && want != unknown {
			if m := subjVerb; m != nil {
				if g, isPronoun := pronoun(plain[m[2]:m[3]]); isPronoun && g == want {
					if name := a.antecedentAt(want, prev, a.sents[prev].Start+m[2], lastSpeaker, words, depth+1); ok(name) {
						return name
					}
				}
			}
		}
		// A main clause whose subject is this pronoun, after a clause
		// opening the sentence ("While Mr. O’Rourke remained calm, he
		// struck at Mr. Cruz …"): the one that pronoun stands for, not
		// the one named after it.
		if depth < maxPronounChain && want != unknown && subordinator.MatchString(plain) {
			if comma, p := strings.IndexByte(plain, ','), firstPronoun(plain, want); comma >= 0 && p > comma && strings.TrimSpace(plain[comma+1:p]) == "" {
				if name := a.antecedentAt(want, prev, a.sents[prev].Start+p, lastSpeaker, words, depth+1); ok(name) {
					return name
				}
			}
		}
		// "Trump said he had a list. He also said …", where the article
		// names no one Trump in full but first lady Melania Trump: the
		// speaking subject it calls by family name alone.
		if m := subjVerb; m != nil && want != unknown && len(a.mentionsIn(prev)) == 0 {
			if subj := plain[m[2]:m[3]]; !isPronounSubject(subj) {
				if name := a.resolve(subj, prev); a.personIndex(name) < 0 && ok(name) {
					return name
				}
			}
		}
		// A sentence opening with an office its one bearer holds ("The
		// attorney general pushed back, saying he …"): that bearer, whom
		// a pronoun after it in the sentence is too.
		if m := definiteSubject.FindStringSubmatch(plain); m != nil && want != unknown {
			if name := a.titled(definiteOffice(m[0], m[1])); ok(name) {
				return name
			}
		}
		// A sentence that speaks of someone by this pronoun before it
		// names anyone ("Once, she thought about politics — she
		// campaigned for Clinton — but now, she’s not so sure."): the
		// same person, not the one named after it; and if the pronoun
		// there stands for no one the article lets us name, neither does
		// this one.
		if depth < maxPronounChain && want != unknown {
			if p := firstPronoun(plain, want); p >= 0 && !inFrontedClause(plain, p) && !slices.ContainsFunc(a.mentionsIn(prev), func(m mention) bool {
				return m.off < a.sents[prev].Start+p && !a.quoted(m.off)
			}) {
				if name := a.cataphor(prev, plain, p); name != "" && ok(name) {
					return name
				}
				name := a.antecedentAt(want, prev, a.sents[prev].Start+p, lastSpeaker, words, depth+1)
				if ok(name) {
					return name
				}
				return ""
			}
		}
		// A sentence whose subject is someone unnamed ("A young crew
		// member … wiped away tears") and that names no one but whom
		// that one works for ("A spokesman for Sen. Claire McCaskill"):
		// “…,” she said is that person's.
		if loc := indefiniteSubject.FindStringIndex(plain); loc != nil && !slices.ContainsFunc(a.mentionsIn(prev), func(m mention) bool {
			if at := m.off - a.sents[prev].Start; at >= loc[1] && at <= len(plain) && principalOf.MatchString(plain[loc[1]:at]) {
				return false
			}
			return !a.quoted(m.off)
		}) {
			return ""
		}
		// A sentence whose subject is someone it describes rather than
		// names ("The former legislator could not say why his account
		// differs from McClendon’s"): the one bearer of that title, or no
		// one the article lets us name, not the first name after it.
		if m := definiteSubject.FindStringSubmatch(plain); m != nil {
			if name := a.titled(definiteOffice(m[0], m[1])); ok(name) {
				return name
			}
			if !isTitle(m[1]) || personNounWord.MatchString(m[1]) {
				// "The senior administration official, speaking to
				// reporters, said …": someone the article does not name,
				// as an office ("the president") may not be.
				return ""
			}
		}
		// So is one it describes by where they are from, their age or
		// their trade, after a phrase opening it or not ("The Scot
		// initially defended Beattie", "Speaking to the Radio Times, the
		// Two Ronnies star said …"), before anyone it names.
		if loc := describedSubject.FindStringSubmatchIndex(plain); loc != nil && !slices.ContainsFunc(a.mentionsIn(prev), func(m mention) bool {
			return m.off < a.sents[prev].Start+loc[1] && !a.quoted(m.off)
		}) {
			return a.describedOne(prev, ok)
		}
		// One who speaks there unnamed, after everyone it names ("…, said
		// a source close to the probe. He cautioned …").
		if loc := unnamedSpeaker.FindAllStringIndex(plain, -1); loc != nil {
			at := a.sents[prev].Start + loc[len(loc)-1][0]
			if !slices.ContainsFunc(a.mentionsIn(prev), func(m mention) bool { return m.off > at && !a.quoted(m.off) }) {
				return ""
			}
		}
		// lastNamed is the person named at plain[from:to], a subject in
		// the sentence before, when no one is named after them outside
		// quotation marks: the one who speaks on. "" otherwise.
		lastNamed := func(from, to int) string {
			end := a.sents[prev].Start + to
			name := a.resolve(plain[from:to], prev)
			if a.personIndex(name) < 0 || !ok(name) || slices.ContainsFunc(a.mentionsIn(prev), func(n mention) bool {
				return n.off > end && !a.quoted(n.off)
			}) {
				return ""
			}
			return name
		}
		// "This dual argument … drew the ire of Justice Antonin Scalia
		// who said he was whipsawed by the claims. “…,” he said": the one
		// a relative clause closing the sentence reports speaking speaks
		// on, when no one is named after. Not one who told someone ("Gen.
		// Assad Durrani who told him, “…”"): the "he" may be the one told.
		if strings.Contains(plain, " who ") {
			if m := relativeSaid.FindAllStringSubmatchIndex(plain, -1); m != nil {
				if last := m[len(m)-1]; !toSomeone.MatchString(plain[last[1]:]) {
					if name := lastNamed(last[2], last[3]); name != "" {
						return name
					}
				}
			}
		}
		// "Members … began stepping up their calls for Schumer …, when
		// Senate Majority Leader Mitch McConnell, R-Ky., suggested a
		// compromise had been reached. “…,” he said": the one a clause
		// closing the sentence reports speaking speaks on, when no one
		// is named after.
		if m := findSubjectVerb(plain, true); m != nil && closingWhen.MatchString(plain[:m[2]]) {
			if name := lastNamed(m[2], m[3]); name != "" {
				return name
			}
		}
		// "Clinton still holds the lead, but Sanders still has the fight
		// in him. “…,” he declared": the subject of a last clause that
		// answers the first, when it names no one after.
		if m := butSubject.FindAllStringSubmatchIndex(plain, -1); m != nil {
			last := m[len(m)-1]
			if name := lastNamed(last[2], last[3]); name != "" {
				return name
			}
		}
		// namedAfter reports whether the sentence names anyone after
		// mention k, outside quotation marks.
		namedAfter := func(k int) bool {
			for _, n := range a.mentions[k+1:] {
				if n.sent != prev {
					return false // the rest are in sentences after it
				}
				if !a.quoted(n.off) {
					return true
				}
			}
			return false
		}
		if m := subjVerb; m != nil {
			if v := plain[m[4]:m[5]]; v == "asked" || v == "asks" {
				asker = a.resolve(plain[m[2]:m[3]], prev)
			}
		}
		// "Mr. Boehner met …, and Rep. Phil Gingrey … said afterward that
		// …. “…,” he told reporters": the one whose speech verb the
		// clause joined to the first has, not the first clause's subject.
		if m := subjVerb; m != nil && want != unknown {
			if subj := plain[m[2]:m[3]]; !isPronounSubject(subj) && joinedClause.MatchString(plain[max(0, m[2]-maxJoinedClause):m[2]]) {
				if name := a.resolve(subj, prev); a.personIndex(name) >= 0 && ok(name) {
					return name
				}
			}
		}
		// "DiCaprio, who lost out on the best actor Bafta to Foxx, will
		// face him again …": the subject, whom the article calls by one
		// name only, not the one its relative clause names.
		if r := subjectRelative.FindStringSubmatchIndex(plain); r != nil {
			if name := a.resolve(plain[r[2]:r[3]], prev); a.personIndex(name) < 0 && len(nameWords(name)) == 1 && !isGroupName(name) && ok(name) {
				return name
			}
		}
		clauses := a.clauses(prev)
		base, ms := a.sentenceMentions(prev)
		for j, m := range ms {
			if k := base + j; !a.quoted(m.off) {
				if asker != "" && a.people[m.person].Name == asker {
					continue // "Where, Wallace asked, does Mr. Trump stand …? “…,” he said": the one asked answers
				}
				run := nameRun.FindString(a.text[m.off:])
				nextHere := k+1 < len(a.mentions) && a.mentions[k+1].sent == prev // another name after it in the sentence
				if inFrontedClauseOrPhrase(clauses, m.off-a.sents[prev].Start) {
					main := plain[strings.IndexByte(plain, ',')+1:]
					// "In Sanders’ victory remarks, he took a jab at
					// Buttigieg": the owner of the fronted phrase is the
					// main clause's "he", and so the one who speaks on.
					if want != unknown && a.genders[m.person] == want &&
						owner(run) && firstPronoun(main, want) == len(main)-len(strings.TrimLeft(main, " ")) {
						if name := a.people[m.person].Name; ok(name) {
							return name
						}
					}
					// "Asked if Putin tried to help Mr. Trump, the president
					// said …", "In comments after Trump’s interview, the
					// president was asked if he had undercut Tillerson": the
					// one the main clause describes, whom the title may
					// name, before anyone named after.
					d := definiteSubject.FindStringSubmatch(main)
					if d != nil {
						if name := a.titled(definiteOffice(d[0], d[1])); ok(name) {
							return name
						}
					}
					if namedAfter(k) {
						continue // "If he could talk to Donald Trump, Kittos said …": the main clause's subject
					}
					if d != nil {
						return ""
					}
				}
				if inInsetClause(clauses, m.off-a.sents[prev].Start) && namedAfter(k) {
					continue // "Last week, as Trump passed the one-month mark, Nobles told me …": the main clause's subject
				}
				if nextHere && (a.appositiveAfter(m.off, a.mentions[k+1].off) || a.qualifiesRole(m.off, a.mentions[k+1].off)) {
					continue // "Muzzy’s sister, Tami Teeples, …", "Sanders delegate Norman Solomon": not the subject
				}
				if possessive(run) {
					if ownedPerson.MatchString(a.text[m.off+len(run):]) && a.opensClause(prev, m.off) {
						return "" // "Mateen’s father indicated …. He recounted …": the father, whom the article does not name
					}
					if namedAfter(k) {
						continue // "an insight into Roof’s state of mind came from Eric Watson": an owner, not the subject
					}
				}
				if nextHere && a.genders[m.person] != opposite(want) && a.genders[a.mentions[k+1].person] != opposite(want) &&
					andBefore.MatchString(a.text[m.off+len(run):a.mentions[k+1].off]) {
					return "" // "Mr. Trump and Mr. Pruitt have said …. “…,” he told": either man
				}
				if name := a.people[m.person].Name; ok(name) {
					return name
				}
				break // the subject is the first name only
			}
		}
	}
	if ok(lastSpeaker) {
		// “…,” said Tom Phillips. Cruz’s work served them, but he … He
		// invoked “Saxon law”: when the article has turned to someone
		// else since the last speaker spoke, the pronoun may be theirs.
		// Taking them costs more than it gains (Postlight's pages), so
		// it is no one the article lets us name.
		if a.movedOn(si, off, lastSpeaker, ok) {
			return ""
		}
		return lastSpeaker
	}
	// Last, the last person named before it in its own paragraph or the
	// one before; not further back: "Mayor Tom Reed opened the bridge."
	// then a paragraph about the crowd, then "“Best day of my life,” he
	// said" is no one the article lets us name.
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
		if a.quoted(m.off) || m.sent == si && a.participleObject(si, m.off) {
			continue
		}
		if ok(a.people[m.person].Name) {
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
	sentenceBefore := m.sent >= si-1 && want != unknown && a.genders[m.person] == want
	if name == asker || !ruledOut && !sentenceBefore {
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

var preposition = regexp.MustCompile(`^\s*(?:In|At|During|On|With|Without|Despite|Unlike|Like|Following|Amid|Under|For|From|Through|Throughout|Besides|Beyond|Alongside|Against|Among|Upon|Toward|Towards|According to|Ahead of|Along with|In addition to|Instead of|Similar to|Much like|Just like|Together with|Contrary to|Compared (?:to|with)|Apart from|Aside from)\s`)

var subordinator = regexp.MustCompile(`^\s*(?:(?:And|But|So|Yet|Shortly|Soon|Just|Long|Even|Only|Right|Immediately|Moments|Minutes|Hours|Days|Weeks|Months|Years)\s+(?:` + strings.ToLower(conjunctions) + `)|` + conjunctions + `|Speaking|Asked|Pressed|Responding|Talking|Writing|Addressing|Appearing|Reacting|Referring|Testifying|Campaigning|Standing|Explaining|Describing|Discussing|Defending)\s`)

// conjunctions open a subordinate clause, also after "And" or "But" ("And
// once that issue had been raised by Maria Bartiromo, Trump …") or a
// word of time ("Shortly after the Northam scandal broke, Cox …").
const conjunctions = `Although|Though|Even though|While|Whilst|Whereas|Where|When|Whenever|After|Before|Because|If|As|Since|Until|Unless|Once|Whether`

// contrastSpeaker returns the person who speaks in the last clause of
// sentence si (plain: its text with quotations blanked) when that clause
// answers an earlier speaker's (", but X denied it"; "; X said …"), or "".
func (a *analyzer) contrastSpeaker(si int, plain string) string {
	first, last := findSubjectVerb(plain, false), findSubjectVerb(plain, true)
	if first == nil {
		return ""
	}
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

// describedOne is whom a sentence describes as its subject ("The Scot
// initially defended Beattie"): the subject of the last sentence before
// it, in its paragraph or the one before, that opens with a person's
// name, when the sentence itself does not name them. "" otherwise.
func (a *analyzer) describedOne(si int, ok func(string) bool) string {
	para := a.sents[si].Paragraph
	for k := si - 1; k >= 0 && a.sents[k].Paragraph >= para-1; k-- {
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
var describedSubject = regexp.MustCompile(`^\s*(?:(?:But|And|Yet|So|However),?\s+)?(?:[^,"“”«»;:.!?]{1,80},\s+)?[Tt]he\s+(?:[\p{L}\d'’\-]+\s+){0,3}?` + describedNoun + `,?\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|s)|has|had|was|is|will|would|could|can|told|said|made|took|won|lost|came|went|gave|got|felt|saw|knew|thought|put|left|kept|held|became|began)\b`)

// describedNoun is what news calls someone it has named by, once: a
// trade, an age, or where they are from.
const describedNoun = `(?:star|comedian|actor|actress|singer|musician|rapper|director|film-maker|writer|author|novelist|striker|midfielder|defender|goalkeeper|keeper|captain|skipper|boss|champion|winger|forward|youngster|teenager|` + age + `|Scot|Scotsman|Frenchman|Englishman|Welshman|Irishman|Dutchman|Spaniard|Australian|American|Briton|German|Italian|Argentine|Argentinian|Brazilian|Swede|Dane|Norwegian|Russian|Belgian|Kenyan|Ethiopian|Jamaican|Canadian|Croat|Serb|Czech|Pole|Finn|Nigerian|Mexican|Chilean|Colombian|Uruguayan|Kiwi|New Zealander|South African|Californian|Texan|New Yorker)`

// subjectRelative is a sentence opening with a name and a relative clause
// set off by commas: "DiCaprio, who lost out on the award to Foxx,".
var subjectRelative = regexp.MustCompile(`^\s*(` + name + `),\s+(?:who|whose)\s[^,"“”«»;:.!?]{1,120},`)

// butSubject is the name opening a clause that answers the one before:
// ", but Sanders still has …".
var butSubject = regexp.MustCompile(`,\s+but\s+(` + name + `)\s+(?:still\s+|also\s+|now\s+)?\p{Ll}`)

// relativeSaid is a name and a relative clause whose verb is speech:
// "Justice Antonin Scalia who said ", "Sen. Mazie Hirono, who complained ".
var relativeSaid = regexp.MustCompile(`(` + name + `),?\s+who\s+` + adverb + verb)

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
var contrast = regexp.MustCompile(`(?:,?\s+but|,\s+(?:while|whereas|though|although)|;)\s+(?:\p{Lu}\p{L}*\s+){0,3}$`)

// personNoun is a noun for a person the article need not name.
const personNoun = `(?:friend|member|woman|man|resident|officer|official|witness|student|worker|soldier|spokes(?:man|woman|person)|mother|father|neighbou?r|teacher|doctor|nurse|survivor|victim|passenger|fan|protester|volunteer|employee|relative|girl|boy|veteran|parent|customer|voter|aide|lawyer|attorney|analyst|expert|colleague|diplomat|executive|activist|pilot|driver|guard|farmer|owner|player|coach|investigator|agent|insider|person|staffer|secretary|manager|engineer|researcher|scientist|professor|journalist|reporter|shopkeeper|vendor|bystander|wife|husband|son|daughter|sister|brother|source|guest)`

var (
	// indefinitePerson is someone introduced without a name: "a friend",
	// "one young crew member", "another resident".
	indefinitePerson = regexp.MustCompile(`(?i)\b(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}` + personNoun + `\b`)
	// unnamedSpeaker is one of them with a speech verb: "said a source
	// close to the probe", "one official told".
	unnamedSpeaker = regexp.MustCompile(`(?i)\b(?:(?:` + speechVerbs + `)\s+(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}` + personNoun + `|(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}` + personNoun + `(?:\s+[\p{Ll}-]+){0,4}\s+(?:` + speechVerbs + `))\b`)
	// indefiniteSubject is a sentence opening with one, or with one
	// pointed at ("This student canceled …"), maybe after a conjunction
	// and with the body they speak for ("But a Home Office spokesman").
	indefiniteSubject = regexp.MustCompile(`^\s*(?:(?:But|And|Yet|However|Meanwhile),?\s+(?:a|an|one|another|this|that)|A|An|One|Another|This|That)\s+(?:(?:[\p{Ll}-]+|\p{Lu}[\p{L}-]*)\s+){0,3}` + personNoun + `\b`)
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

// caption reports whether sentence si is a paragraph of its own that
// ends with no stop, as a photo caption or a heading does, or is set off
// whole in parentheses, as a link card is, or is in a paragraph ending
// with a photo's credit ("… arrive for dinner, January 14, 2018.
// REUTERS/Kevin Lamarque"), or opens as BBC pages' video and photo
// captions do ("Media caption …", "Image copyright …").
func (a *analyzer) caption(si int) bool {
	s := a.sents[si]
	end := si
	for end+1 < len(a.sents) && a.sents[end+1].Paragraph == s.Paragraph {
		end++
	}
	if last := a.sents[end]; credited(strings.TrimSpace(a.text[last.Start:last.End])) {
		start := si
		for start > 0 && a.sents[start-1].Paragraph == s.Paragraph {
			start--
		}
		return len(strings.Fields(a.text[a.sents[start].Start:last.End])) <= 2*maxCaptionWords
	}
	if si > 0 && a.sents[si-1].Paragraph == s.Paragraph || si+1 < len(a.sents) && a.sents[si+1].Paragraph == s.Paragraph {
		return false
	}
	t := strings.TrimSpace(a.text[s.Start:s.End])
	if mediaCaption.MatchString(t) {
		return true // a video's or photo's caption line as BBC pages carry them, stop or not
	}
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Count(t, "(") == 1 {
		return true // a link card set off whole: "( Also on POLITICO: Congress mourns Mandela's death)"
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return (unicode.IsLetter(last) || unicode.IsDigit(last)) && len(strings.Fields(a.text[s.Start:s.End])) <= maxCaptionWords
}

// credited reports whether a sentence ends a photo caption with its
// credit: "REUTERS/Kevin Lamarque", "(AP Photo/Evan Vucci)",
// "Photograph: Matt York/AP", "… Getty Images", "…/AFP".
func credited(s string) bool {
	return strings.Contains(s, "REUTERS/") || strings.Contains(s, "(AP Photo/") || strings.Contains(s, "Photograph: ") ||
		strings.HasSuffix(strings.TrimSuffix(s, ")"), "Getty Images") || strings.HasSuffix(strings.TrimSuffix(s, ")"), "/AFP")
}

// maxCaptionWords bounds a caption: a longer paragraph with no final stop
// is a sentence whose stop was lost ("His spokesman, Kevin Roberts, issued
// an email …, asserting that states should have jurisdiction over the
// issue, as they currently do").
const maxCaptionWords = 30

// relativeObject reports whether the name at off is what a relative
// clause whose subject is the pronoun at p speaks of: in "Mr. Trump, who
// he said was “uniquely unqualified”" and "Stein, whom she had called a
// “privileged older woman”", the pronoun is someone else.
func (a *analyzer) relativeObject(off, p int) bool {
	run := nameRun.FindString(a.text[off:])
	if off+len(run) > p {
		return false
	}
	between := strings.TrimSpace(a.text[off+len(run) : p])
	return between == ", who" || between == ", whom" || between == "who" || between == "whom" || describedRelative.MatchString(between)
}

// describedRelative is a description set after a name and a relative
// clause on it: "Iain Lanphier, an eighth-grader who he said aspired
// …".
var describedRelative = regexp.MustCompile(`^,\s+(?:an?|the)\s+(?:[\p{Ll}\p{N}'’\-]+\s+){0,3}[\p{Ll}\p{N}'’\-]+\s+whom?$`)

// topicBefore reports whether the name at off is put first, with only a
// comma between it and the pronoun at p: in "Roof, he said, “is in
// custody”" Roof is what the quotation is about, and "he" someone else.
func (a *analyzer) topicBefore(off, p int) bool {
	run := nameRun.FindString(a.text[off:])
	if strings.HasSuffix(strings.TrimSpace(a.text[max(0, off-2):off]), ",") {
		// "When I mention all this to Sanders’ top strategist, Tad
		// Devine, he responds": a name set off after a role is in
		// apposition, not put first.
		return false
	}
	return off+len(run) <= p && strings.TrimSpace(a.text[off+len(run):p]) == ","
}

// ownsQuotation reports whether the name at off is a possessive right
// before a quotation ("Trump’s “corporate leadership,” he concluded"):
// what the words speak of, said by someone else.
func (a *analyzer) ownsQuotation(off int) bool {
	run := nameRun.FindString(a.text[off:])
	if !possessive(run) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(a.text[off+len(run):], " "))
	return r == '"' || r == '“'
}

// participleObject reports whether the name at off is the object of a
// participle opening sentence si, or the topic a phrase opening it
// names, before the comma that closes it: "Describing Mr Haines as a
// “British hero”, he said …" is Cameron's, the main clause's subject,
// not Haines's; "As to why Obama could not attend, he added" is not
// Obama's.
func (a *analyzer) participleObject(si, off int) bool {
	s := a.sents[si]
	// The name's run may take the participle in: "Describing Mr Haines".
	opening := a.text[s.Start:min(s.End, s.Start+maxOpeningParticiple)]
	if off < s.Start || !openingParticiple.MatchString(opening) && !topicOpening.MatchString(opening) {
		return false
	}
	return strings.IndexByte(a.text[s.Start:s.End], ',') > off-s.Start
}

// openingParticiple is a present participle opening a sentence, not a
// preposition ending in -ing ("During", "Following").
var openingParticiple = regexp.MustCompile(`^(?:Describing|Calling|Praising|Thanking|Citing|Accusing|Criticizing|Criticising|Blaming|Urging|Quoting|Echoing|Defending|Attacking|Slamming|Mocking|Comparing|Congratulating|Welcoming|Introducing|Addressing|Hailing|Lauding|Saluting|Honoring|Honouring|Warning|Telling|Asking|Reminding|Dismissing|Rejecting|Endorsing)\s`)

// topicOpening is a phrase opening a sentence with what it is about,
// not who speaks: "As to why …", "As for …", "Regarding …", "Asked
// about …", "When asked if Trump knew …", "Of Weaver's tweet, he said".
var topicOpening = regexp.MustCompile(`^(?:As\s+(?:to|for)|Regarding|Concerning|Of|About|(?:Asked|When\s+asked)\s+(?:about|why|whether|if|what|how))\s`)

// maxOpeningParticiple bounds the text openingParticiple and
// topicOpening read.
const maxOpeningParticiple = 20

// governed reports whether the name at off, in sentence si, is the
// object of a preposition, across a role ("to the BBC's correspondent
// Paul Adams"): "Speaking directly to Jackson, she told him" is not
// Jackson speaking.
func (a *analyzer) governed(si, off int) bool {
	before := a.text[a.sents[si].Start:off]
	if orgRunsOn.MatchString(before[max(0, len(before)-maxOfInName):]) {
		// "American Federation of Teachers President Randi Weingarten
		// tweeted": the name's run opens inside an organisation's name,
		// whose "of" governs none of it.
		return false
	}
	return afterPreposition(before) || afterPreposition(nounPhraseBefore(before))
}

// orgRunsOn is text ending in "of" or "for" after a capitalised word, an
// organisation's name running on into the name after it. It is matched
// on the last maxOfInName bytes alone: anchored at the end, it would
// scan the whole sentence for every name in it.
var orgRunsOn = regexp.MustCompile(`\p{Lu}[\p{L}.'’\-]*\s+(?:of|for)\s+$`)

// maxOfInName bounds a capitalised word and the "of" or "for" after it.
const maxOfInName = 64

// speakerLast is a sentence's speaker set after its speech verb at its
// end: ", suggested Haynes, the Tennessee GOP chairman.", ", said Luke
// Popovich, a spokesman for the National Mining Association, which
// represents …", ", said Rep. Emanuel Cleaver (D-Mo.).". The role words
// are the first group, the name the second.
var speakerLast = regexp.MustCompile(`,\s+(?:` + speechVerbs + `)\s+` + role + `(` + name + `)(?:\s+` + partyState + `)?(?:,[^"“”«»]{1,160})?[.!?]?\s*$`)

// maxSpeakerTail bounds the end of a sentence where speakerLast and
// speakerLastNamed can match: a verb, a role, a name and an appositive.
const maxSpeakerTail = 320

// sentenceTail is where the last maxSpeakerTail bytes of s start, at a
// rune's start.
func sentenceTail(s string) int {
	at := max(0, len(s)-maxSpeakerTail)
	for at < len(s) && !utf8.RuneStart(s[at]) {
		at++
	}
	return at
}

// tailMatch matches re, anchored at the end, against s from tail on when
// that part has a speech verb: most sentences have none, and are spared
// the pattern. Its indexes are s's.
func tailMatch(re *regexp.Regexp, s string, tail int) []int {
	if !hasSpeechVerb(s[tail:]) {
		return nil
	}
	return shifted(re.FindStringSubmatchIndex(s[tail:]), tail)
}

// speakerLastNamed is a sentence's speaker named before its speech verb
// at its end: ", Burr said.", ", Burr told reporters on Tuesday." The
// name is the first group.
var speakerLastNamed = regexp.MustCompile(`,\s+(` + name + `)\s+` + adverb + `(?:` + speechVerbs + `)(?:\s+(?:on|in|at|last|this|late|early)\s+[^,"“”«»]{1,40})?[.!?]?\s*$`)

// ownedPerson is someone named by whose they are, after an owner: "’s
// father", "'s longtime spokesman".
var ownedPerson = regexp.MustCompile(`^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:` + personNoun + `|` + campaignRole + `)\b`)

// opensClause reports whether off, in sentence si, is where its main
// clause starts: at the sentence's start, past the words that may open it
// ("But"), or right after a comma ending a phrase before it ("Soon after
// the attack,").
func (a *analyzer) opensClause(si, off int) bool {
	before := a.text[a.sents[si].Start:off]
	before = before[subjectAt(before):]
	if i := strings.LastIndexByte(before, ','); i >= 0 && !strings.ContainsAny(before, "\"“”") {
		before = before[i+1:]
	}
	return strings.TrimSpace(before) == ""
}

// qualifiesRole reports whether the name at off only qualifies the role
// of the person named next, at next: "Sanders delegate Norman Solomon".
func (a *analyzer) qualifiesRole(off, next int) bool {
	run := nameRun.FindString(a.text[off:])
	if next < off+len(run) {
		return false
	}
	ws := strings.Fields(a.text[off+len(run) : next])
	if len(ws) == 0 || len(ws) > maxRoleWords {
		return false
	}
	// The role's head ends it, or the comma that sets it off from the
	// name or the name's own words: "A longtime Carlson ally, Douglas
	// MacGregor", "A frequent Carlson guest, retired Army Col. Douglas
	// MacGregor".
	head := len(ws) - 1
	for i, w := range ws {
		if w, apposed := strings.CutSuffix(w, ","); apposed {
			ws[i], head = w, i
			break
		}
	}
	if h := ws[head]; !isTitle(h) && !personNounWord.MatchString(h) {
		return false
	}
	return !slices.ContainsFunc(ws, func(w string) bool { return !roleWord(w) || speechHeads[w] })
}

// definiteSubject is a person described, not named, opening a sentence
// or its main clause as its subject: "The former legislator could …",
// "The fundraiser added …", "the president said …", "The speaker called
// …" (whom "House Speaker Paul Ryan" titles), "But the president said
// …", "For his part, the president says …"; not "The senator, Ted Cruz,
// …".
var definiteSubject = regexp.MustCompile(`^\s*(?:(?:But|And|Yet|So|Still),?\s+)?(?:For\s+(?:his|her|its|their)\s+part,\s+)?[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?((?:attorney|surgeon|solicitor|inspector)\s+general|` + personNoun + `|president|senator|governor|mayor|minister|legislator|lawmaker|congressman|congresswoman|judge|prosecutor|chairman|leader|` + campaignRole + `|fundraiser|donor|operative|consultant|speaker),?\s+\p{Ll}`)

// opensWithQuote reports whether sentence si opens with a quotation
// mark: a turn of dialogue, which answers the words before it rather
// than goes on from them.
func (a *analyzer) opensWithQuote(si int) bool {
	r, _ := utf8.DecodeRuneInString(a.text[a.sents[si].Start:])
	return r == '"' || r == '“' || r == '«'
}

// definiteOffice is the office a definite subject (match) names: "former
// president" in "The former president said", "vice president" in "The
// vice president said", else office itself.
func definiteOffice(match, office string) string {
	low := strings.ToLower(match)
	if k := strings.Index(low, " "+office); k >= 0 {
		if d := lastField(low[:k]); deputyTitle(d) {
			office = d + " " + office
		}
	}
	if strings.Contains(low, "former "+office) {
		return "former " + office
	}
	return office
}

// personNounWord is one word naming a person by what they are or do,
// as the last word of a role: a person noun, or one of the campaign's
// ("delegate", "surrogate").
var personNounWord = regexp.MustCompile(`^(?:` + personNoun + `|delegate|` + campaignRole + `)s?$`)

// campaignRole names someone by their part in a campaign.
const campaignRole = `candidate|nominee|adviser|advisor|strategist|surrogate|ally|supporter|pollster`

// mentionedIn reports whether person pi is named within span.
func (a *analyzer) mentionedIn(pi int, span [2]int) bool {
	for _, m := range a.mentions[a.firstMentionAt(span[0]):] {
		if m.off >= span[1] {
			break
		}
		if m.person == pi && !selfNamed.MatchString(a.text[span[0]:m.off]) {
			return true
		}
	}
	return false
}

// firstMentionAt is the index in a.mentions of the first mention at or
// after offset off (len(a.mentions) if none is). The resolver asks about
// a span or a sentence for every pronoun, and a scan of all the article's
// mentions each time cost the square of its length: an article of
// thousands of named speakers took minutes.
func (a *analyzer) firstMentionAt(off int) int {
	k, _ := slices.BinarySearchFunc(a.mentions, off, func(m mention, off int) int { return m.off - off })
	return k
}

// firstMentionIn is the index in a.mentions of the first mention in
// sentence si or a sentence after it.
func (a *analyzer) firstMentionIn(si int) int {
	k, _ := slices.BinarySearchFunc(a.mentions, si, func(m mention, si int) int { return m.sent - si })
	return k
}

// mentionsIn is the mentions in sentence si, in text order.
func (a *analyzer) mentionsIn(si int) []mention {
	_, ms := a.sentenceMentions(si)
	return ms
}

// sentenceMentions is the mentions in sentence si, and the index of the
// first in a.mentions: they lie together, a.mentions being in text order.
func (a *analyzer) sentenceMentions(si int) (int, []mention) {
	lo := a.firstMentionIn(si)
	hi := lo
	for hi < len(a.mentions) && a.mentions[hi].sent == si {
		hi++
	}
	return lo, a.mentions[lo:hi]
}

// selfNamed ends the words before a name that introduce the speaker
// by it: "“My name's Joe Biden,” he said" names the one who speaks.
var selfNamed = regexp.MustCompile(`(?i:\b(?:my name is|my name's|my name’s|i am|i'm|i’m))\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$`)

// isGroupName reports whether a speaker is an organisation or a group of
// people by its name, never one person a pronoun of a gender stands for:
// "the State Department", "Democrats", "POLITICO".
func isGroupName(name string) bool {
	if acronym(name) {
		return true
	}
	for _, w := range strings.Fields(name) {
		if w = strings.ToLower(w); orgWord(w) || groupWords[w] {
			return true
		}
	}
	return false
}

// groupWords name groups of people that speak as one in the news, besides
// those orgWord knows (parties: "Democrats", "Republicans"): no "he" or
// "she" stands for them, though a headline's "Prosecutors had alleged he
// used campaign funds …" may read as a name a pronoun followed.
var groupWords = map[string]bool{
	"officials": true, "lawmakers": true, "conservatives": true, "liberals": true, "tories": true,
	"prosecutors": true, "investigators": true, "authorities": true, "witnesses": true, "critics": true,
	"supporters": true, "analysts": true, "experts": true, "protesters": true, "jurors": true,
	"voters": true, "researchers": true, "activists": true, "opponents": true, "attorneys": true,
	"lawyers": true, "residents": true, "officers": true, "troops": true,
}

// calledThe reports whether the article calls name "the name" where the
// name ends its phrase ("the New York Sun reported", "said the New York
// Sun."), as it calls a newspaper or a body and never a person; "the
// Trump administration" calls no one "the Trump".
func (a *analyzer) calledThe(name string) bool {
	for at := 0; ; {
		k := strings.Index(a.text[at:], name)
		if k < 0 {
			return false
		}
		at += k
		end := at + len(name)
		if before := a.text[max(0, at-4):at]; before == "the " || before == "The " {
			after := a.text[end:min(len(a.text), end+maxCalledThe)]
			if r, _ := utf8.DecodeRuneInString(after); after == "" || unicode.IsPunct(r) || speechHeads[firstWord(after)] {
				return true
			}
		}
		at = end
	}
}

// maxCalledThe bounds the text calledThe reads after a name: a speech
// verb.
const maxCalledThe = 24

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

// mediaCaption opens the lines BBC News pages set around a video or a
// photo, which newspaper3k keeps in the text as paragraphs of their own.
var mediaCaption = regexp.MustCompile(`^(?:Media playback is unsupported on your device|Media caption|Image copyright|Image caption)\b`)
