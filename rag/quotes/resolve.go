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
// to its antecedent (antecedent.go; people.go finds the people).

// titled returns the one person the article names with title t by
// sentence si ("…,” the President said" after "President Barack Obama"),
// or "" when no one or several are. Someone named only in a later
// paragraph is not meant, though they make the title ambiguous: "“…,” the
// congressman told me" about a Jordan the extract never names in full is
// not the Representative introduced in the next. The paragraph may name
// its speaker after the title: "“It was candid,” the senator said. Sen.
// Pat Toomey called the dinner constructive."
func (a *analyzer) titled(t string, si int) string {
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
			if ms := a.people[i].Mentions; len(ms) > 0 && ms[0] > si && a.sents[ms[0]].Paragraph > a.sents[si].Paragraph {
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
		return a.titled(t, si)
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
	if pi := a.titledBearerAt(subject, n, si, g); pi >= 0 && !(a.related[pi] && officeFirst(subject)) {
		// "Mrs. Khan" is not Khizr Khan; "President Obama" is not
		// "first lady Michelle Obama", the one bearer named in full.
		return a.people[pi].Name
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
	if name := a.familyHe(subj, off); name != "" {
		return name
	}
	if g, ok := pronoun(subj); ok {
		if name, ok := a.answerer(g, si, off); ok {
			return name
		}
		return a.antecedent(g, si, off, lastSpeaker, words)
	}
	if org, part := a.orgNameAt(subj, si); org != "" || part {
		return org // "according to the Center for American Progress"
	}
	if subj = officeHolderIn(a.text, subj, off); subj == "" {
		return "" // "the Speaker of the House said": an office, no one named
	}
	if off > 0 && off <= len(a.text) && kinPrecedes(a.text[max(0, off-16):off]) {
		// "The younger Paladino called the statements …": a relative
		// who shares the family name, and which bearer is meant, the
		// name does not say; "the elder Conyers" is the one the others
		// are named as relatives of, when only one is.
		if name := a.elder(subj, off); name != "" {
			return name
		}
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
	ws := nameWords(n)
	other := a.onlyPerson(func(i int) bool {
		return i != pi && a.bears(i, ws) && len(a.full[i]) > 0 && a.full[i][0] <= si
	})
	if other < 0 {
		return ""
	}
	return a.people[other].Name
}

// onlyPerson returns the one person for whom ok holds, -1 when no one or
// several do.
func (a *analyzer) onlyPerson(ok func(i int) bool) int {
	found := -1
	for i := range a.people {
		if !ok(i) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// answerer resolves a pronoun at off answering in a clause "to which she
// responded" after what the sentence's subject put to someone: "Stahl
// also recommended that DeVos visit schools …, to which she responded,
// “…”" is DeVos's answer, the last one of the pronoun's gender the
// sentence names after its subject; or a pronoun answering someone asked
// by name (askedAnswers). ok is false for any other pronoun, and where the
// subject itself was asked ("Trump was asked …, to which he replied").
func (a *analyzer) answerer(g gender, si, off int) (name string, ok bool) {
	s := a.sents[si]
	if off < s.Start || off > s.End {
		return "", false
	}
	if !strings.HasSuffix(strings.TrimRight(a.text[s.Start:off], " "), " to which") {
		return a.askedAnswers(g, si, off)
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

// askedAnswers returns the one asked a question, by name, in the
// pronoun's sentence before it or in the sentence before, when the
// pronoun at off answers it: "Weijia Jiang … asked Trump about why he
// appears to consider testing a “global competition.” “Well, they’re
// losing their lives everywhere,” he responded." is Trump's answer, not
// the asker's, whatever the asker's name says of their gender.
func (a *analyzer) askedAnswers(g gender, si, off int) (string, bool) {
	// The pronoun, or the quotation it follows (an attribution after a
	// quotation passes where the quotation opens).
	if !answers.MatchString(a.text[off:min(len(a.text), off+40)]) && !answersQuotation.MatchString(a.text[off:a.sents[si].End]) {
		return "", false
	}
	// The question may be put in the pronoun's sentence, before its
	// answer, or in the one before it in the paragraph.
	for _, k := range [2]int{si, si - 1} {
		if k < 0 || a.sents[k].Paragraph != a.sents[si].Paragraph {
			continue
		}
		plain := a.plain(k)
		if k == si {
			plain = plain[:off-a.sents[si].Start]
		}
		ms := askedWhom.FindAllStringSubmatchIndex(plain, -1)
		if ms == nil {
			continue
		}
		m := ms[len(ms)-1]
		at := a.sents[k].Start + m[2]
		for _, mn := range a.mentionsIn(k) {
			if mn.off == at {
				if pg := a.genders[mn.person]; pg == unknown || pg == g {
					return a.people[mn.person].Name, true
				}
				return "", false
			}
		}
		// A family name the article gives no one in full ("asked Trump
		// about"): the name as it stands.
		if n := a.resolve(plain[m[2]:m[3]], k); n != "" && a.bareGenderOf(n) != opposite(g) && !isGroupName(n) {
			return n, true
		}
		return "", false
	}
	return "", false
}

var (
	// answers is a pronoun answering: "he responded", "she replied";
	// answersQuotation the same after the quotation opening the text.
	answers          = regexp.MustCompile(`^(?:he|she)\s+` + answerVerb)
	answersQuotation = regexp.MustCompile(`^[“"][^”"]{1,600}[”"]\s*,?\s*(?:he|she)\s+` + answerVerb)
	answerVerb       = `(?:responded|replied|answered|retorted|shot\s+back)\b`
	// askedWhom is someone asked a question, named: "asked Trump about".
	askedWhom = regexp.MustCompile(`\basked\s+(` + name + `)\s+(?:about|why|whether|if|what|how|when|where|who)\b`)
)

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

// relative is a family relation news names someone by before or instead of
// their name: "his older brother", "her mother".
const relative = `(?:mother|father|brother|sister|son|daughter|wife|husband|aunt|uncle|cousin|niece|nephew|grandmother|grandfather|grandson|granddaughter|sibling|stepfather|stepmother|mom|dad)`

// kinPrecedes is kinBefore.MatchString, skipping text whose last word
// does not end in "er" (nearly all of it): speaker runs for every named
// subject, and the pattern cost Analyze 4%.
func kinPrecedes(before string) bool {
	return strings.HasSuffix(strings.ToLower(strings.TrimRightFunc(before, unicode.IsSpace)), "er") && kinBefore.MatchString(before)
}

// familyHe returns the one person named with the family name He ("He
// Weiwen"), written first as Chinese names are, when subj at off is
// "He" in the middle of a sentence, where the pronoun has no capital:
// "“I think there will be talk for more pork purchase,” He said".
func (a *analyzer) familyHe(subj string, off int) string {
	if subj != "He" || off <= 0 || off > len(a.text) {
		return ""
	}
	before := strings.TrimRight(a.text[max(0, off-8):off], " ")
	if before == "" || strings.ContainsAny(before[len(before)-1:], ".!?\n") {
		return ""
	}
	found := a.onlyPerson(func(i int) bool { return len(a.words[i]) >= 2 && a.words[i][0] == "he" })
	if found < 0 {
		return ""
	}
	return a.people[found].Name
}

// officeFirst reports whether subject opens with an office someone is
// elected or appointed to, not a courtesy title: "President Obama".
func officeFirst(subject string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(subject), " ")
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "president", "pres", "senator", "sen", "governor", "gov", "rep", "representative", "congressman", "congresswoman", "mayor", "secretary", "chancellor", "premier":
		return true
	}
	return false
}

// elder returns the bearer of the family name subj at off, after "the
// elder" or "the older", whom the article names no one's relative, when
// there is one such bearer and others named as relatives ("Ian Conyers
// … his uncle …. While the elder Conyers told …" is John Conyers); ""
// otherwise.
func (a *analyzer) elder(subj string, off int) string {
	if !elderBefore.MatchString(a.text[max(0, off-16):off]) {
		return ""
	}
	ws := nameWords(subj)
	if len(ws) != 1 {
		return ""
	}
	found, relatives := -1, 0
	for i, pw := range a.words {
		if len(pw) < 2 || pw[len(pw)-1] != ws[0] {
			continue
		}
		if a.related[i] {
			relatives++
			continue
		}
		if found >= 0 {
			return ""
		}
		found = i
	}
	if found < 0 || relatives == 0 {
		return ""
	}
	return a.people[found].Name
}

// elderBefore ends the text before a family name with "the elder".
var elderBefore = regexp.MustCompile(`(?i)\bthe\s+(?:elder|older)\s+$`)

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
