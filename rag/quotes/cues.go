package quotes

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The cues of attribution: the patterns that find a subject and its
// verb next to a quotation or in reported speech, and cueFor, which finds
// a quotation's. The speech verbs they are built on are in verbs.go; what
// counts as a name, and how names are matched, is in names.go.

// maxNameWords: a capitalized run longer than this is an organisation or
// a headline, not a person.
const maxNameWords = 4

// maxAppositive bounds the aside between a name and its verb ("Rubio, the
// secretary of state, added"), so a comma clause is not read as one.
const maxAppositive = 160

// name is a run of capitalized words, allowing particles inside
// (Farfán-Méndez, Ursula von der Leyen, Dr. Lena Varga, Abdellatif
// al-Mahmoud).
const name = `\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:(?:de|del|der|da|van|von|bin|al|la|le|di|du)\s+)*(?:` + joinedParticles + `-)?\p{Lu}[\p{L}\p{M}'’.\-]*)*(?:,\s(?:Jr|Sr)\.)?`

const (
	subject = `(` + name + `|[Ss]he|[Hh]e|[Tt]hey|` + definiteTitle + `)`
	// definiteTitle is someone called by their office alone, "The
	// president said …": the one person the article gives that title.
	definiteTitle = `[Tt]he\s+(?:(?:former|then|new|outgoing|incoming)\s+)?` + offices
	// offices are the titles news calls someone by alone once it has
	// named them with it: "Sen. Ted Cruz" is then "the senator" (see
	// abbreviatedTitles).
	offices = `(?:president|senator|governor|mayor|congressman|congresswoman)\b`
	// adverb is a time or a medium and up to two words news puts between
	// a speaker and the verb: "Manafort also apparently told the grand
	// jury", "has since said", "Pelosi on Monday said", "Ocasio-Cortez
	// earlier this month said".
	adverb = `(?:(?:` + when + `|` + medium + `)\s+)?(?:(?:` + fewAdverbs + `|reportedly|allegedly|apparently|publicly|privately|repeatedly|previously|once|since|again|initially|originally|recently|first|further|separately|quickly|flatly|bluntly|pointedly|sharply|angrily|firmly|openly|directly|curtly|tersely|calmly)\s+){0,2}`
	// fewAdverbs are the words a speech verb was always read past, after
	// a pronoun too ("he also said", "she has said"); see wideAdverb.
	fewAdverbs = `also|later|then|has|had|have`
	// when is a day or a time nearby, as news dates a remark.
	when = `(?:(?:on|last|this|late|early)\s+(?:` + weekdays + `|week|month|year|night|morning|evening|afternoon|weekend)|earlier\s+this\s+(?:week|month|year)|in\s+(?:January|February|March|April|June|July|August|September|October|November|December|\d{4}))`
	// weekdays are the days of the week, as news dates a remark by them.
	weekdays = `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`
	// medium is what a speaker said something in: "Sondland in his
	// testimony says", "Pelosi in a statement said".
	medium = `in\s+(?:his|her|their|its|a|an|the)\s+(?:\p{Ll}+\s+)?(?:testimony|statement|tweet|letter|interview|speech|email|e-mail|post|remarks|filing|op-ed|book|memo|memoir|column|essay|address)`
	// afterAdverb is adverb right after a quotation, where news also
	// qualifies the report: "“Then fire me,” Serdyukov reportedly said".
	afterAdverb = `(?:(?:` + fewAdverbs + `|reportedly|allegedly|publicly|privately|once|quickly|flatly|bluntly)\s+)?`
	// lead skips the comma or dash between a closing mark and its attribution.
	lead = `^\s*[,.!?]?\s*(?:[—–-]\s*)?`
	// role is up to three lower-case words naming a speaker's role between
	// a verb and the name ("said company spokesman Dev Patel"); roleWords
	// vets them.
	role = `((?:\p{Ll}[\p{L}'’\-]*\s+){0,3})`
	// roleApposed is role, its last word perhaps closed by a comma: "said
	// campaign communications director, Tim Murtagh".
	roleApposed = `((?:\p{Ll}[\p{L}'’\-]*\s+){0,2}(?:\p{Ll}[\p{L}'’\-]*,?\s+)?)`
)

var verb = `(` + speechVerbs + `)\b`

// agreeingVerbs are the verbs afterVerb adds to verb.
var agreeingVerbs = []string{"agreed", "agrees", "disagreed", "disagrees"}

// agreeing reports whether verb is one afterVerb adds to verb.
func agreeing(verb string) bool { return slices.Contains(agreeingVerbs, verb) }

// afterVerb is verb right after a quotation, where agreeing is saying
// too: "“I’m not worried,” agreed his friend Scott Friedel". Elsewhere
// one agrees to things ("agreed to pay a fine").
var afterVerb = `(` + speechVerbs + `|` + strings.Join(agreeingVerbs, "|") + `)\b`

// appositive is the optional aside between a name and its verb: a party
// and state in parentheses ("Jane Doe (D-Ore.)"), an age, a comma clause
// ("Rubio, the secretary of state,"; "Keith Brashear, 62, who plans to
// caucus for Mr. Trump,"), that perhaps after a party and state set off
// by commas ("Rep. Ileana Ros-Lehtinen, R-Fla., former chairwoman of the
// committee,", ", D-New Jersey,": not "R-Fla", with the role for its
// aside).
func appositive() string {
	return `(?:\s*\([^()"“”«»]{1,40}\))?(?:,\s*\d{1,3})?(?:,\s*[DRI]-[A-Z][\p{L}.]{1,12}(?:\s[A-Z][\p{L}.]{1,12})?)?(?:,[^,"“”«»]{1,` + strconv.Itoa(maxAppositive) + `},(?:\s*(?:which|who|whose|where)\s[^,"“”«»]{1,80},)?)?`
}

// The attribution patterns. Compiled regexps are safe for concurrent use
// and never modified.
var (
	// Subject before the verb anywhere: "Sheinbaum said", "Marco Rubio,
	// the secretary, added", "she told reporters".
	subjectVerb = regexp.MustCompile(`(?:^|[^\p{L}])` + subject + homeState + appositive() + `,?\s+` + adverb + verb)
	// Verb then subject right after a quotation: ", said Maria Chen".
	verbSubject = regexp.MustCompile(lead + afterVerb + `\s+` + roleApposed + subject)
	// Subject then verb right after a quotation: ", Sheinbaum said".
	afterSubject = regexp.MustCompile(lead + subject + homeState + appositive() + `,?\s+` + afterAdverb + afterVerb)
	// The author of written words: "an email from council member Joe
	// Kim", "a letter by Dr. Amir Haddad".
	writtenBy   = regexp.MustCompile(`\b(?:` + messageNoun + `|statement)s?\s+(?:(?:sent|written)\s+)?(?:from|by)\s+` + role + `(` + name + `)`)
	accordingTo = regexp.MustCompile(`\baccording to (?:the\s+)?(` + name + `)`)
	nameRun     = regexp.MustCompile(name)
)

// usState is one of the fifty states, as news names a lawmaker from it:
// "Sen. John Cornyn of Texas".
const usState = `(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming)\b`

// homeState is the state a name's bearer is from, between the name and
// what follows it: "Rep. Elijah Cummings of Maryland said".
const homeState = `(?:\s+of\s+` + usState + `)?`

// ofAfter is "of" right after a subject.
var ofAfter = regexp.MustCompile(`^\s+of\s`)

// fromState reports whether the subject m found in s (its first group)
// may speak: when "of" and a state follow it, only a person from there
// does, named by two words or a title and a name. One word is an
// institution named for the state ("The University of Texas said").
func fromState(s string, m []int) bool {
	if !ofAfter.MatchString(s[m[3]:]) {
		return true
	}
	subj := strings.TrimPrefix(s[m[2]:m[3]], "The ")
	return len(strings.Fields(subj)) >= 2 || startsWithTitle(subj)
}

// openAppositive is a name after a quotation, then a role opening with an
// article that runs into the speech verb with no comma to close it: "…,"
// Kerri Kupec, a spokeswoman for the Justice Department said. The name is
// the first group, the verb the second.
var openAppositive = regexp.MustCompile(lead + `(` + name + `),\s+(?:a|an|the)\s+[^,"“”«»]{1,120}?\s+` + afterAdverb + verb)

// appositiveClause is a clause or a second subject inside what
// openAppositive read as a role: "…," Smith, the mayor who said.
var appositiveClause = regexp.MustCompile(`\b(?:who|whom|whose|which|that|and|but|or|when|while)\b`)

// ownedWords is narration naming whose words a quotation is: "Clinton's
// comments that half his supporters belong in a", "Obama's remark about".
var ownedWords = regexp.MustCompile(`(` + name + `)['’]s?\s+(?:(?:recent|earlier|latest|own|previous|past|repeated|frequent)\s+)?` + ownedNoun + `\s+(?:that|about|on|of)\s+[^"“”«»;:.!?]{0,80}$`)

// promiseTo is a promise or threat "to" right before a quotation, and
// ownedPromise the same with the one who made it: "Trump’s campaign
// promise to ", "Kim's threat to ". The anchored test runs first: the
// name's pattern scans all the text before the quotation.
var (
	promiseTo    = regexp.MustCompile(`\b(?:promise|pledge|vow|threat)s?\s+to\s+$`)
	ownedPromise = regexp.MustCompile(`(` + name + `)['’]s?\s+(?:(?:campaign|election|repeated|earlier|latest)\s+)?(?:promise|pledge|vow|threat)s?\s+to\s+$`)
)

// ownedSpeaks is a subject that someone named has, and that speaks:
// "Hawley's bill alleges".
var ownedSpeaks = regexp.MustCompile(name + `['’]s?\s+\p{Ll}+\s+` + afterAdverb + verb)

// unnamedWriter is a clause after a quotation whose subject, named by a
// noun, spoke or wrote it: ", the ads read,", ", Mueller's report
// concluded,".
var unnamedWriter = regexp.MustCompile(`^[ \t]*,?[ \t]*(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}['’]s?)\s+(?:[\p{Ll}\-'’]+\s+){0,3}(?:read|reads|said|says|stated|states|added|adds|noted|notes|warned|warns|concluded|concludes|found|finds|wrote|writes)\s*,`)

// ownerBefore is a name in the possessive just before a quotation, and
// ownedAfter the noun just after it that makes the quotation their words:
// Trump's “go back” remarks.
var (
	ownerBefore = regexp.MustCompile(`(` + name + `)['’]s?[ \t]*$`)
	ownedAfter  = regexp.MustCompile(`^[ \t]+` + ownedNoun + `\b`)
)

// callingBefore is a verb of calling or judging something, ending the
// text before the thing called: "called", "found" ("he found Obama's
// words on the violence “helpful.”").
var callingBefore = regexp.MustCompile(`\b(?:called|calls|calling|labell?ed|branded|deemed|dubbed|found|finds|considered|considers|termed)\s+$`)

// describedAs is someone's description of someone or something as the
// words after it: "’s description of him as ".
var describedAs = regexp.MustCompile(`['’]s?\s+(?:description|characterization|characterisation|portrayal)\s+of\s+[^"“”«»,;:.!?]{1,40}?\s+as\s*$`)

// echoingBefore is a verb of repeating or sharing someone's words as
// one's own, ending the text before the words' owner.
var echoingBefore = regexp.MustCompile(`\b(?:reiterated|reiterates|echoed|echoes|repeated|repeats|seconded|seconds|shared|shares|endorsed|endorses)\s+$`)

// characterized is narration calling someone's words something, which
// the quotation after it then is, in the narration subject's words:
// "Nunes dismissed Trump’s comments about waterboarding as the talk of a
// “first-time neophyte running for office.”"
var characterized = regexp.MustCompile(`\bas\s+(?:(?:a|an|the|just|mere|merely|nothing but)\s+)?[^"“”«»;:.!?]{0,40}$`)

// respondingTo ends narration responding to something: "in response
// to ", "replying to ".
var respondingTo = regexp.MustCompile(`\b(?:in\s+response|responding|in\s+reply|replying|reacting|in\s+reaction)\s+to\s+$`)

// contentClause is the possessive and noun ownedWords matched, then
// "that": the clause after says what the words were.
var contentClause = regexp.MustCompile(`^['’]s?\s+` + ownedNoun + `\s+that\s`)

// contentSubject is contentClause ending in the clause's subject alone:
// "’s observation that Americans ".
var contentSubject = regexp.MustCompile(`^['’]s?\s+` + ownedNoun + `\s+that\s+(?:(?:the|a|an|many|most|some|all)\s+)?\p{L}+\s*$`)

const ownedNoun = `(?:comments?|remarks?|words|claims?|charges?|complaints?|predictions?|statements?|assertions?|accusations?|allegations?|insistence|description|characterization|quip|line|phrase|warning|promise|pledge|vow|tweets?|conclusion|observations?|assessment|argument|contention|suggestion|assurances?|declaration|announcement)`

// ownedPredicate is a noun phrase "about", "on" or "of" something that
// goes on into a verb.
var ownedPredicate = regexp.MustCompile(`^['’]s?\s+` + ownedNoun + `\s+(?:about|on|of)\s.*\b(?:is|was|were|are|has|have|had|made|makes|drew|draws|sparked|prompted|caused|came|seemed|appeared|became|would|will|could|should|might|may)\b`)

// predicateWords are quoted words opening with a verb, the predicate of
// the noun phrase before them.
var predicateWords = regexp.MustCompile(`^(?:should|would|will|must|can|could|may|might|is|are|was|were|has|have|had|be|been)\s`)

// ownedWordsHint is what ownedWords needs to match, found far faster than
// the whole pattern runs on text that lacks it.
var ownedWordsHint = regexp.MustCompile(`['’]s?\s+(?:\p{Ll}+\s+)?` + ownedNoun + `\s`)

// ownedWordsIndex is ownedWords.FindStringSubmatchIndex, skipping text
// with no possessive before such a noun (most of it).
func ownedWordsIndex(before string) []int {
	if !strings.ContainsAny(before, "'’") || !ownedWordsHint.MatchString(before) {
		return nil
	}
	m := ownedWords.FindStringSubmatchIndex(before)
	// Only an "as" after the owner's name recasts the words: "such remarks
	// as Clinton's comments about “…”" are still Clinton's, and so is
	// what their description of someone says they are ("Durbin’s
	// description of him as “the Zelig …”").
	if m != nil && characterized.MatchString(before[m[0]:m[1]]) && !describedAs.MatchString(before[m[0]:m[1]]) {
		return nil
	}
	// Nor are words someone calls the owner's words: "Sanders called
	// Bannon’s accusation of treason “ridiculous.”" Nor words someone
	// repeats as their own: "Ginsburg reiterated Kennedy's observation
	// that … the effect of DOMA is “pervasive.”"
	if m != nil && (callingBefore.MatchString(before[:m[0]]) || echoingBefore.MatchString(before[:m[0]])) {
		return nil
	}
	// The words about which someone comments, then a verb: the remarks
	// are the subject of what the sentence says of them, and the
	// quotation is its speaker's ("Trump's remarks about Muslim
	// immigrants made him the “best recruiter”", "Trump's statement on
	// his son's service is “disingenuous”").
	if m != nil && ownedPredicate.MatchString(before[m[3]:m[1]]) {
		return nil
	}
	// Nor once someone named speaks after them: "In remarks including
	// about Macron’s comments on NATO, Trump said “…”" is Trump's. A
	// clause saying what the words were is still theirs: "Cruz's
	// accusation that McConnell had told a “flat-out lie”", unless the
	// clause ends at a comma before a speaker ("When asked about Trump’s
	// complaint that he was being undermined, Romney said, “…”").
	if m != nil && (!contentClause.MatchString(before[m[3]:m[1]]) || strings.Contains(before[m[3]:m[1]], ",")) && findSubjectVerb(before[m[3]:m[1]], true) != nil {
		return nil
	}
	// Nor when the words are what someone who spoke before responds to:
	// "the spokesman said Sunday in response to Graham's comments that
	// the White House believes “…”" says what the spokesman did ("Trump
	// said, pointing to Clinton's comments that …" still quotes her).
	if m != nil && respondingTo.MatchString(before[:m[2]]) && findSubjectVerb(before[:m[2]], true) != nil {
		return nil
	}
	// Nor when one responds to them, saying something: "Galli responded
	// to Trump's tweet on CNN saying he disagrees with the president “on
	// about seven or eight different levels”" is Galli's.
	if m != nil && respondedTo.MatchString(before[:m[2]]) && sayingAfter.MatchString(before[m[3]:m[1]]) && findSubjectVerb(before[:m[2]], true) != nil {
		return nil
	}
	// Nor when someone speaks of them in a participle set off after them:
	// "Obama rejected Boehner's contention on Monday, saying the speaker
	// “should prove it”" is Obama's.
	if m != nil && speakingOfThem.MatchString(before[m[3]:m[1]]) {
		return nil
	}
	// Nor when an aside about them closes before the speaker's verb:
	// "Joe Biden, asked about Dempsey's comment on ground troops, said
	// the general's “…”" is Biden's.
	if m != nil && asideClosedBy.MatchString(before[m[3]:m[1]]) {
		return nil
	}
	return m
}

// asideClosedBy is a speech verb right after a comma.
var asideClosedBy = regexp.MustCompile(`,\s+` + verb)

// listedAfter is what joins a quotation to the one before it in a list:
// "“rabid dogs” and “assassins with ink”".
var listedAfter = regexp.MustCompile(`^\s*(?:,\s*)?(?:and|or)?\s*$`)

// reportedAfter is a source that reports the words after a quotation:
// ", the Birmingham News reported", ", according to the Times".
var reportedAfter = regexp.MustCompile(lead + `(?:(?:the|The)\s+)?(?:` + name + `\s+(?:reported|reports)\b|according\s+to\b)`)

// roleInverted is the same role after its verb: ", said the aide, who
// spoke on condition of anonymity", "added the senior Republican national
// security source". The role ends the clause, so "said
// the former aide to Clinton" is not one, and the verb is one that takes
// its speaker after it ("told the newspaper" names an audience).
var roleInverted = regexp.MustCompile(`^[ \t]*[,?!]?[ \t]*(?:[—–-][ \t]*)?(` + verbFirst + `)\s+the\s+((?:(?:[\p{Ll}'’\-]+|` + roleAdjective + `|` + age + `)\s+){0,4}[\p{Ll}'’\-]+)(?:\s*[,.;!?]|\s*$)`)

// roleAdjective is a capitalized word a role may hold: "the senior
// Republican national security source".
const roleAdjective = `(?:Republican|Democratic|GOP|American|U\.S\.|British|European)`

// age is someone's age as a role gives it: "the 74-year-old comedian".
const age = `\d{1,3}-year-old`

// withWords is a name and a deed done "with the words" right before a
// colon and a quotation: "Flynn broke in with the words: ".
var withWords = regexp.MustCompile(`(` + name + `)\s+(?:\p{Ll}+\s+){1,4}with\s+(?:the|these|those)\s+words:\s*$`)

// promptedTo is someone moved to speak right before a colon and a
// quotation: "“Yes,” Pompeo replied, prompting Tapper to point out: ".
// The first group is the one moved, whose words the colon hands over to.
var promptedTo = regexp.MustCompile(`\b(?:prompting|promoting|leading|causing|forcing|moving|spurring|inviting)\s+(` + name + `)\s+to\s+(?:\p{Ll}+\s+){0,2}?(?:say|ask|point\s+out|note|add|reply|respond|retort|counter|quip|remark|observe|interject|shoot\s+back|fire\s+back|tweet|write|declare|exclaim):\s*$`)

// speakerLabel is all the text before a quotation in its sentence when it
// is a name and a colon, as transcripts label their turns ("Trump: ",
// "Trump on @senschumer: "). The first group is the name; a role alone
// ("Analyst: ") names no one, and "Said Porter: " is a speech verb's.
var speakerLabel = regexp.MustCompile(`^\s*(\p{Lu}[\p{L}'’\-.]*(?:\s+\p{Lu}[\p{L}'’\-.]*){0,2})(?:\s+on\s+[^:"“”]{1,40})?:\s*$`)

// inOwnersView is someone's view named right before a quotation: "it is,
// in General Flynn’s opinion, “". The first group is the owner's name.
var inOwnersView = regexp.MustCompile(`\bin\s+(` + name + `)(?:’s|'s|’|')\s+(?:own\s+)?(` + ownersViews + `),?\s*$`)

// ownersViews are the nouns inOwnersView ends in.
const ownersViews = `opinion|view|words|estimation|telling|judgment|judgement|assessment`

var ownersViewNouns = strings.Split(ownersViews, "|")

// ownersViewBefore reports whether before ends in one of ownersViews, a
// comma aside: the plain test spares nearly every quotation the pattern,
// which scans all the text before it.
func ownersViewBefore(before string) bool {
	t := strings.TrimRight(before, " \t,")
	for _, w := range ownersViewNouns {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// unnamedVerbFirst is someone unnamed after the verb that follows a
// quotation: "…,” said one person with close ties to the White House;
// "…,” said a separate Trump adviser, who requested anonymity; what a
// document reads: "…,” reads a recent AFRICOM news release.
var unnamedVerbFirst = regexp.MustCompile(lead + `(?:(?:` + verbFirst + `)\s+(?:someone|somebody|one|another|a|an)|reads?\s+(?:a|an|the))\s`)

// replyToQuestion reports whether verb, after a quotation, replies to a
// question the narration before it puts: in "Wallace asked whether he
// was “going to take a wrecking ball to the Obama legacy,” to which Trump
// replied, “No.”" the first quotation is the asker's words, not the
// reply.
//
// "Asked about the wall, “We will build it,” Trump replied" is the reply:
// a comma sets the quotation off from the question. A quotation that is
// itself a question is the asker's however it is set.
func replyToQuestion(verb, before, quoted string) bool {
	switch verb {
	case "replied", "replies", "responded", "responds", "answered", "retorted":
		if strings.HasSuffix(strings.TrimRight(quoted, ` ,"”’'`), "?") {
			return true
		}
		return strings.Contains(before, "asked") && !strings.HasSuffix(strings.TrimRight(before, " "), ",")
	}
	return false
}

// toWhich opens a clause replying to the quotation before it: "with the
// instruction, “We should get around to this,” to which Mr. Sullivan
// replied, “Will do.”" — the instruction is not Sullivan's.
var toWhich = regexp.MustCompile(`(?:^|[\s,])to which\s`)

// continuesTo is "continued" going on to another verb: in "Bothered by
// Mrs. Clinton’s accusation that he has a “penchant for sexism,” Mr. Trump
// continued to attack her husband" it goes on with the narration, and
// the words before it are not his.
var continuesTo = regexp.MustCompile(`^continue[ds]?\s+to\s`)

// closesSentence reports whether a quotation, its marks aside, ends with
// a sentence's stop: "…?”", not "…,”".
func closesSentence(q string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(q, ` "”’'`))
	return strings.ContainsRune(".!?", last)
}

// introducedBy is what may stand between a speech verb and the comma or
// colon that hands over to a quotation: the one told, or nothing.
var introducedBy = regexp.MustCompile(`^\s*(?:(?:him|her|me|them|us|reporters)\s*)?[,:]\s*$`)

// verbFirst are the speech verbs news puts before their speaker after a
// quotation ("…,” said the aide").
const verbFirst = `said|says|added|adds|wrote|writes|noted|notes|explained|continued`

// speakerOpening finds the speaker and speech verb that open the text
// after a quotation, in either order: "“…” Weiner replied", "“…,” wrote
// Goldberg". It returns them, where the verb starts in after, whether
// the verb comes first, and whether there is such an opening at all.
func speakerOpening(after string) (subj, verb string, verbAt int, inverted, ok bool) {
	if m := afterSubject.FindStringSubmatchIndex(after); m != nil {
		return after[m[2]:m[3]], after[m[4]:m[5]], m[4], false, true
	}
	if m := verbSubject.FindStringSubmatchIndex(after); m != nil && roleWords(after[m[4]:m[5]], after[m[6]:m[7]]) {
		return after[m[6]:m[7]], after[m[2]:m[3]], m[2], true, true
	}
	return "", "", -1, false, false
}

// bareCue reports whether the sentence s after a quotation is a speaker
// and a speech verb and nothing more but a day: "“… one great
// culture.” Kmart Chairman Edward Lampert said Thursday." says nothing
// of its own, so it attributes the quotation whose closing stop the
// writer left in place of a comma.
func bareCue(s string) bool {
	m := afterSubject.FindStringSubmatchIndex(s)
	return m != nil && closingEnd.MatchString(s[m[5]:])
}

// quotationFrom is narration naming the author of a quotation it hands
// over to with a colon: "a quotation from Thomas Jefferson that Taricani
// said he wants to read in court:".
var quotationFrom = regexp.MustCompile(`\b(?:quote|quotation|line|passage)\s+(?:from|by)\s+(` + name + `)[^:;“”"]*:\s*$`)

// personOfAfter is a name, "of" and where they work, then a speech verb,
// after a quotation: "“…,” Chris Callies of Dean Witter said". The name
// is the first group, the verb the second.
var personOfAfter = regexp.MustCompile(lead + `(` + name + `)\s+of\s+(?:the\s+)?` + orgRun + `,?\s+` + afterAdverb + verb)

// orgRun is the name of a firm or a body: capitalized words, maybe joined
// by "and", "&", "of" or "for" ("Butcher and Singer", "Bank of Tokyo").
const orgRun = orgNameWord + `(?:\s+(?:` + orgJoin + `\s+)?` + orgNameWord + `){0,5}`

// orgNameWord is a word of a firm's or a body's name; orgJoin a word
// joining two of them.
const (
	orgNameWord = `\p{Lu}[\p{L}\p{M}'’.&\-]*`
	orgJoin     = `(?:and|&|of|for)`
)

// personOf reports whether a name before "of" and a body is a person's:
// a given name and more, a title and a name, or someone the article names
// so in sentence si. "Bank of America", "the University of Chicago" are
// bodies.
func (a *analyzer) personOf(n string, si int) bool {
	return personNamed(n) || len(strings.Fields(n)) >= 2 && a.personIndex(a.resolve(n, si)) >= 0
}

// closedRelative is a relative clause set off by dashes: " — who, again,
// declined … because the White House told him not to —", or by the
// double hyphens some sites print for them: " -- who has her eyes on the
// speaker's gavel --".
var closedRelative = regexp.MustCompile(`\s(?:[—–]|--)\s*(?:who|which|whom|whose)\b(?:[^—–"“”\-]|-[^-"“”])*(?:[—–]|--)`)

// cueMatch is what cueFor finds for a quotation.
type cueMatch struct {
	subj, cue       string
	afterAt, subjAt int
}

// noCue is a rule's decision that the quotation has no cue: no one the
// article lets us name said it.
var noCue = cueMatch{afterAt: -1, subjAt: -1}

// cueSite is the quotation whose cue is sought and the text around it
// the rules read. The rules (cueFor's lists) each return the cue and true
// when they decide — noCue and true when no one said it — or false when
// they do not apply. Some of the site is read in stages between the
// lists, as the rules after them need it.
type cueSite struct {
	a              *analyzer
	i, open, close int
	si             int    // the quotation's sentence
	from           int    // where before starts
	before, after  string // the sentence's text before the quotation (from) and after it
	agreedWith     bool   // the quotation closes its own sentence: a verb of agreeing after it agrees with it
	fronted        bool   // the quotation is in a clause opening the sentence that has its own speaker
	owned          []int  // ownedWordsIndex's match in before, nil where it says nothing of the words
	sv             []int  // findSubjectVerb's match in before
}

// newCueSite reads the text around quotation i, whose marks are at open
// and close.
func (a *analyzer) newCueSite(i, open, close int) *cueSite {
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
		(strings.ContainsFunc(a.text[min(a.sents[si].Start, open):open], unicode.IsLetter) || closesSentence(a.text[open:close])) {
		// "When Clinton claimed Trump “thinks …,” Trump shot back: “I do
		// not say that.”": a cue ending in a colon hands over to the
		// next quotation, not back to words the narration embeds. A
		// quotation opening its sentence ("“We won,” he said: “…”") is
		// the cue's too, unless it ends a sentence of its own: "“… What
		// am I doing there?” LTA chief executive John Crowther added:
		// “…”" is the speaker's before.
		after = ""
	}
	from := min(a.sents[si].Start, open)
	if pi := i - 1; pi >= 0 && a.marks[pi][1] > from && a.marks[pi][1] <= open && !a.spokeOn(pi, from, open) {
		from = a.marks[pi][1]
	}
	// A relative clause set off by dashes is an aside, whose speech verb
	// cues nothing after it: "Bolton — who declined to testify because
	// the White House told him not to — accuses the House of committing
	// “impeachment malpractice”" is not the White House's. A comma keeps
	// the break the dashes made: "In a letter to governors — who … —
	// Trump said" still has its subject after a phrase.
	before := a.text[from:open]
	if sentBefore := a.text[min(a.sents[si].Start, open):open]; strings.HasPrefix(strings.TrimSpace(after), ")") && strings.LastIndexByte(sentBefore, '(') > strings.LastIndexByte(sentBefore, ')') {
		// "(At the debate, Gabbard called the allegations “completely
		// despicable.”) Clinton said …": the aside closes with the
		// quotation, and the clause after it is another's, also when
		// another quotation opened the aside ("(… “Trump University was a
		// fraudulent scheme” that “preyed upon the elderly.”) The
		// conflict, according to Trump, …").
		after = ""
	}
	if strings.ContainsAny(before, "—–") || strings.Contains(before, "--") {
		before = closedRelative.ReplaceAllStringFunc(before, func(s string) string { return "," + strings.Repeat(" ", len(s)-1) })
	}
	return &cueSite{a: a, i: i, open: open, close: close, si: si, from: from, before: before, after: after}
}

// spokeBefore is the cue of m, a match on the text before the quotation
// whose first group is the speaker and second the speech verb.
func (cs *cueSite) spokeBefore(m []int) cueMatch {
	return cueMatch{cs.before[m[2]:m[3]], cs.before[m[4]:m[5]], -1, cs.from + m[2]}
}

// readReport widens the site when a paper reports the words after them:
// the words listed after the first are the same subject's, and the paper
// is no cue of its own when the text before names who said them.
func (cs *cueSite) readReport() {
	a, si, open := cs.a, cs.si, cs.open
	from, before, after := cs.from, cs.before, cs.after
	reported := reportedAfter.MatchString(after)
	if reported && from > a.sents[si].Start && listedAfter.MatchString(before) && subjectVerb.MatchString(a.text[a.sents[si].Start:open]) {
		// "Correa has called reporters “rabid dogs” and “assassins with
		// ink,” according to the Monitor": the words listed after the
		// first are the same subject's.
		from = a.sents[si].Start
		before = a.text[from:open]
	}
	if reported && subjectVerb.MatchString(before) {
		// "Moore told reporters that the accusations are “absolutely
		// false,” the Birmingham News reported": the paper reports whose
		// words they are.
		after = ""
	}
	cs.from, cs.before, cs.after = from, before, after
}

// readClauses reads whether the quotation's own clause has a speaker
// other than the main clause's, and whether a verb of agreeing after it
// could agree with it.
func (cs *cueSite) readClauses() {
	a, i, si, from, before, after := cs.a, cs.i, cs.si, cs.from, cs.before, cs.after
	// A quotation closing its own sentence is what someone after it agreed
	// with, not their words: "“… beneath their mattresses.” Mr
	// Valentine, who …, agreed. “…”". One the sentence goes on past is:
	// "“I’m not worried,” agreed his friend Scott Friedel".
	cs.agreedWith = !strings.HasSuffix(strings.TrimSpace(a.text[a.quotes[i].Start:a.quotes[i].End]), ",") && !strings.HasPrefix(strings.TrimSpace(after), ",")
	// "While Paul calls the invasion “a mistake” that spawned chaos,
	// Graham, …, said": a quotation in a clause opening the sentence
	// whose own speech verb has a subject is that subject's, not the
	// main clause's; so is one whose subject is someone unnamed ("And
	// when one Twitter user said, “Congrats GOP Senate,” … Romney
	// tweeted").
	// Not once the main clause has begun before the quotation: "While
	// Trump says he wants to avoid …, he also wants “to project …,”
	// Malley said" is Malley's.
	// Nor is one a clause's subject was punished or praised for saying
	// ("When a tax researcher was fired for saying, “…,” Rowling
	// tweeted").
	// A clause whose subject is named does something else with words it
	// quotes ("When Mr. Biden went after Mr. Romney’s infamous remark
	// about the “47 percent,” Mr. Ryan reminded …"): they are not the
	// main clause's speaker's either, while the clause runs on to them.
	cs.fronted = from == a.sents[si].Start && openingClause.MatchString(before) && (findSubjectVerb(before, true) != nil || coordinatedSpeech.MatchString(before) || unnamedBefore.MatchString(before) || ownedSpeaks.MatchString(before) || punishedFor.MatchString(before)) &&
		!mainClauseBegun.MatchString(before) ||
		from == a.sents[si].Start && otherClauseSubject(before, after)
}

// verbCues reports whether the speech verb a pattern found after the
// quotation (m[4]:m[5] of after) is its cue: not "continued to …", nor a
// reply to the question the quotation is part of or to the quotation
// itself ("…,” to which Mr. Sullivan replied"), nor a verb of agreeing
// after words closing their own sentence.
func (cs *cueSite) verbCues(m []int) bool {
	a, after := cs.a, cs.after
	return !continuesTo.MatchString(after[m[4]:]) && !replyToQuestion(after[m[4]:m[5]], cs.before, a.text[cs.open:cs.close]) && !toWhich.MatchString(after[:m[2]]) && !callsObject.MatchString(after[m[4]:]) && !(cs.agreedWith && agreeing(after[m[4]:m[5]]))
}

// readOwned reads whose words the text before says the quotation's are.
func (cs *cueSite) readOwned() {
	a, i, before := cs.a, cs.i, cs.before
	owned := ownedWordsIndex(before)
	if owned != nil && predicateWords.MatchString(a.text[a.quotes[i].Start:a.quotes[i].End]) && !strings.Contains(before[owned[3]:owned[1]], " that ") {
		// "saying Trump’s comments on Curiel “should be absolutely
		// disavowed”": what the speaker says of the comments, not
		// them. Not "Tocqueville’s observation that Americans “are
		// forever brooding”", whose clause the words go on.
		owned = nil
	}
	cs.owned = owned
}

// readSpeechVerb reads the subject and speech verb before the quotation.
func (cs *cueSite) readSpeechVerb() {
	a, i, before := cs.a, cs.i, cs.before
	verbBefore := before
	if strings.HasPrefix(a.text[a.quotes[i].Start:], "to ") {
		// "The White House said he called “to offer his condolences”":
		// a call made to do something, which notSpeech reads with the
		// quotation's "to"; the speaker is the one saying so.
		verbBefore += "to "
	}
	sv := findSubjectVerb(verbBefore, true)
	cs.sv = sv
}

// cueFor finds the subject and speech verb attributing quotation i, the
// verb's offset when it follows the quotation (-1 otherwise: such a verb
// only attributes the quotation and reports no speech of its own), and the
// subject's offset when it precedes the quotation (-1 otherwise). Its
// rules are tried in order; the site is read further between them.
func (a *analyzer) cueFor(i, open, close int) (subj, cue string, afterAt, subjAt int) {
	cs := a.newCueSite(i, open, close)
	found, ok := a.cueSetOffBefore(cs)
	if !ok {
		cs.readReport()
		found, ok = a.firstCue(cs,
			(*analyzer).cueNameReports,
			(*analyzer).cueBeforeColon,
			(*analyzer).cueOwnersView,
			(*analyzer).cueQuestionOrTopic,
			(*analyzer).cueAskedBy,
			(*analyzer).cueOthersWords,
			(*analyzer).cueDescribedOrLabelled,
		)
	}
	if !ok {
		cs.readClauses()
		found, ok = a.firstCue(cs,
			(*analyzer).cueOpeningHandsOver,
			(*analyzer).cueNamedIntroducer,
			(*analyzer).cueRecalledTelling,
			(*analyzer).cueAddressed,
		)
	}
	if !ok {
		cs.readOwned()
		found, ok = a.firstCue(cs,
			(*analyzer).cueOwnedContent,
			(*analyzer).cueSubjectAfter,
			(*analyzer).cueNextSentence,
			(*analyzer).cueRoleAfter,
			(*analyzer).cueClauseAfter,
			(*analyzer).cueOwnedWords,
			(*analyzer).cueQuotedOne,
			(*analyzer).cueStatementOwner,
			(*analyzer).cueQuotedOrCalled,
			(*analyzer).cueMainClauseColon,
			(*analyzer).cueDashedRelative,
		)
	}
	if !ok {
		cs.readSpeechVerb()
		found, ok = a.firstCue(cs,
			(*analyzer).cueRelativeBefore,
			(*analyzer).cueSpeechVerbBefore,
			(*analyzer).cueParticiple,
			(*analyzer).cueAccordingOrWritten,
			(*analyzer).cueColon,
		)
	}
	if !ok {
		found = noCue
	}
	return found.subj, found.cue, found.afterAt, found.subjAt
}

// firstCue is the cue the first of rules to decide finds.
func (a *analyzer) firstCue(cs *cueSite, rules ...func(*analyzer, *cueSite) (cueMatch, bool)) (cueMatch, bool) {
	for _, rule := range rules {
		if found, ok := rule(a, cs); ok {
			return found, true
		}
	}
	return noCue, false
}

// accordingToName is the source accordingTo found in s (m its match):
// the name after "according to", or a person's name after a role it
// qualifies ("according to Pelosi spokesman Drew Hammill" is the
// spokesman's, not Pelosi's). narration is any text before s that
// reports the same words (a quotation's, before the quotation), "" for
// none.
func accordingToName(s string, m []int, narration string) string {
	first := s[m[2]:m[3]]
	if n, _ := cleanName(first); nameLen(n) >= 2 && isPersonName(n) || speaksBefore(s[:m[0]]) || speaksBefore(narration) {
		// "according to Bernard Grofman and Jonathan Cervas"; "The court
		// has justified its policy by saying …, according to law
		// professor Mark Rienzi": the narration's speaker, whom the
		// source only reports.
		return first
	}
	if name := roledName(s[m[2]:]); name != "" {
		return name
	}
	return first
}

// speaksBefore reports whether narration has a speech verb or a
// participle of one ("by saying the plaza is").
func speaksBefore(s string) bool {
	return hasSpeechVerb(s) || speechParticiple.MatchString(s)
}

// speechParticiple matches a participle of speech as a word.
var speechParticiple = regexp.MustCompile(`\b(?:` + speechParticiples + `)\b`)

// spokeOn reports whether quotation pi, before the one opening at open in
// a sentence starting at from, is a programme its speaker spoke on, with
// only a clause of common words after it: "Kaine asserted on ABC's “This
// Week” that it was “…”". The narration before the quotation then starts
// at the sentence, not after the quotation before as elsewhere ("Cuomo
// responded on “The Situation Room” to Trump's claim that …").
func (a *analyzer) spokeOn(pi, from, open int) bool {
	if a.marks[pi][0] < from || !lowerClause.MatchString(a.text[a.marks[pi][1]:open]) {
		return false
	}
	before := a.text[from:a.marks[pi][0]]
	return spokeOnBefore.MatchString(before[tailStart(before, maxSpokeOnBefore):]) && a.isTitle(pi)
}

// maxSpokeOnBefore bounds the end of the narration where spokeOnBefore
// can match: a speech verb, "during" and 40 bytes. Read whole, a sentence
// quoting hundreds of times was read once a quotation, in time that grew
// with its square (BenchmarkAnalyzeQuotedOften).
const maxSpokeOnBefore = 160

// spokeOnBefore is a speech verb and where it was said, before a
// programme's name: "said on", "asserted on ABC's", "said during a
// segment on CNN's".
var spokeOnBefore = regexp.MustCompile(`\b` + verb + `\s+(?:on|during)\s[^"“”«»,;:.!?]{0,40}$`)

// lowerClause is a few words in lower case after a closing mark: "” that
// it was ".
var lowerClause = regexp.MustCompile(`^[”"’]?,?\s+(?:[\p{Ll}'’\-]+\s+){0,8}$`)

// relativeWhich reports whether s, the narration between a quotation and
// a subject after it, is a relative pronoun: ", which he said".
func relativeWhich(s string) bool {
	_, w := lastTwoFields(s)
	// "“…”—which Gingrich quickly denied—": a dash sets the clause off
	// without a space.
	w = strings.TrimLeft(w, "—–-")
	return w == "which" || w == "what"
}

// asSaidThat reports whether the speech verb at m (a findSubjectVerb
// match in after, the narration after a quotation) opens a clause of
// "as" that reports words of its own: "…, saying it was “not a credible
// offer” as he said Moscow had already deployed missiles" (not "… as he
// said." nor "… as he said on Friday", which may say whose the quotation
// is).
func asSaidThat(after string, m []int) bool {
	if _, w := lastTwoFields(after[:m[2]]); w != "as" || strings.HasPrefix(after[m[4]:m[5]], "told") || strings.HasPrefix(after[m[4]:m[5]], "tell") {
		// "… as Levitt told The Washington Post": a listener, not words.
		return false
	}
	return saidThat.MatchString(after[m[5]:])
}

// saidThat is what follows a speech verb when it reports words of its
// own: a clause, not a stop, a comma or a phrase of time or place.
var saidThat = regexp.MustCompile(`^\s+(?:that\s|(?:the|a|an|it|he|she|they|we|there|his|her|their)\s|` + name + `\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|may|did|does|do)\b)`)

// inReplyTo ends narration between a quotation and a message it answers:
// "was all she said in response to a ", "she wrote, replying to an ".
var inReplyTo = regexp.MustCompile(`\b(?:in\s+(?:response|reply|answer)\s+to|responding\s+to|replying\s+to|answering)\s+(?:[^"“”«».;!?]{0,40}\s)?$`)

// ownerOf reports whether the name at s[start:end] owns who wrote rather
// than wrote: "a statement from Ford's attorneys".
func ownerOf(s string, start, end int) bool {
	return possessive(s[start:end]) || strings.HasPrefix(s[end:], "'s ") || strings.HasPrefix(s[end:], "’s ")
}

// maxAfterAuthor bounds the words between an author named before a
// quotation and the quotation: "an email from Park that read: “…”".
const maxAfterAuthor = 8

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
	if unnamedAfter.MatchString(after) || unnamedBefore.MatchString(before) || askedOrChanted(before, after) {
		return true
	}
	// The quotation ends a clause a speech verb opens, and cueFor found
	// no name or pronoun for that verb: "A review of 27 trials concluded
	// that “…”", "The Justice Department complaint says that at the
	// time she worked for firms which would “…”".
	return verbEnds.MatchString(before) || documentSays.MatchString(before) || quotedAsIndex(before) != nil
}

// writerAfter is the writer's own speech verb right after a quotation:
// "“How did you get through?” I ask." The writer is no one the article
// names.
var writerAfter = regexp.MustCompile(lead + `I\s+` + adverb + `(?:ask|asked|say|said|reply|replied|respond|responded|tell|told|add|added|press|pressed|wonder|wondered|interject|interjected)\b`)

// byWriter reports whether the quotation closing at close is the
// writer's own, in an interview the writer reports in the first person:
// their question, not the words of whoever speaks on after it.
func (a *analyzer) byWriter(close int) bool {
	return writerAfter.MatchString(a.text[close:min(len(a.text), close+maxUnnamedCue)])
}

// quotingOr returns the subject of the speech verb m found in after,
// or the one its speaker quotes: "…,” Collins said, quoting Mulvaney",
// "…,” Trump wrote, citing Asman",
// "…,” Collins said Mulvaney told the House GOP" pass on Mulvaney's
// words.
func quotingOr(after string, m []int) string {
	if q := quotingAfter.FindStringSubmatchIndex(after[m[5]:]); q != nil {
		for q[2] < 0 {
			q = q[2:] // the name before "told" or "said", or "as saying"
		}
		return after[m[5]+q[2] : m[5]+q[3]]
	}
	return after[m[2]:m[3]]
}

// quotingAfter is a speech verb's tail naming whom its speaker quotes:
// ", quoting Mulvaney", ", quoting the president", ", quoting the agency
// director" (someone unnamed), ", quoting remarks
// Reagan made", " Mulvaney told", " that Stephens told", " Trump
// replied", " Brown yelled" (after "he said"), " Syrian Prime Minister Wael al-Halqi as
// saying" (after "SANA reported").
var quotingAfter = regexp.MustCompile(`^(?:\s*,\s*(?:quoting|citing)\s+(?:(?:remarks|words|comments)\s+(?:by\s+|from\s+)?)?(` + name + `|` + definiteTitle + `|(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:` + personNoun + `|director|head|chief)\b)|\s+(?:that\s+)?(` + name + `)\s+(?:told|said|replied|responded|yelled|shouted|screamed|asked|wrote)\b|\s+(` + name + `)\s+as\s+(?:saying|writing)\b)`)

// askedOrChanted reports whether the narration around a quotation makes
// it someone unnamed's: a question put to the speaker ("“…,” he said on
// “Fox and Friends” when asked if he would rule out “a Democrat — the
// right kind of Democrat.”": the asker's), or a chant ("he said as the
// crowd erupted in “Lock her up!” chants", "amid chants of: “…”": a
// crowd's, not the speaker's going on). The plain searches for "asked"
// and "chant" spare most quotations the patterns.
func askedOrChanted(before, after string) bool {
	return strings.Contains(before, "asked") && askedOf.MatchString(before) || chanted.MatchString(after) ||
		strings.Contains(before, "chant") && chantBefore.MatchString(before)
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
// Browne quoted its five-year plan, as saying:", "Woodward quotes Trump’s
// outside counsel John Dowd as saying that Trump ". The one quoted is the
// first group.
var quotedAs = regexp.MustCompile(`\b(?:quot(?:ed|es|ing)|cit(?:ed|es|ing))\s+([^"“”«»,;:]{1,80}?)\s*,?\s+as\s+(?:saying(?:\s+that\s+[^"“”«»,;:.!?]{1,40}?)?|telling\s+[^"“”«»]{0,40}?|writing)\s*[,:]?\s*$`)

// quotedPassive is the passive form: "Assad was quoted by state media as
// saying".
var quotedPassive = regexp.MustCompile(`(?:^|[^\p{L}])` + subject + `\s+(?:was|were|is|are|has been|had been)\s+(?:quoted|cited)\s+(?:by\s+[^"“”«»,;:]{1,60}?\s+)?as\s+(?:saying|telling\s+[^"“”«»]{0,40}?|writing)\s*[,:]?\s*$`)

// recalledTelling is someone recalled, heard or caught on tape as they
// spoke, ending the text before a quotation: "He recalled the pilot
// telling the passengers: ", "she remembers her father saying, ", "the
// recording, which captured the former reality TV star saying he could
// “…”", "he recalls his commanders referring to the unit's role as a
// “cleanup crew”". The one recalled is the first group.
var recalledTelling = regexp.MustCompile(`\b(?:` + recalling + `|heard|hears|captured|captures|caught|catches|showed|shows|recorded|records|filmed)\s+([^"“”«»,;:]{1,60}?)\s+(?:telling|saying|asking|shouting|yelling|warning|announcing|referring\s+to|describing)\b[^"“”«».;!?]{0,40}?\s*[,:]?\s*$`)

// recalling are the verbs of remembering someone's words, in the past
// and the present: "recalled", "remembers", "recounts".
const recalling = `recalled|remembered|recounted|recalls|remembers|recounts`

// recalledTellingIndex matches recalledTelling in before, sparing the
// narration that recalls and hears no one.
func recalledTellingIndex(before string) []int {
	if !strings.Contains(before, "reca") && !strings.Contains(before, "remem") && !strings.Contains(before, "hear") &&
		!strings.Contains(before, "capt") && !strings.Contains(before, "caught") && !strings.Contains(before, "catch") && !strings.Contains(before, "show") && !strings.Contains(before, "reco") && !strings.Contains(before, "film") {
		return nil
	}
	return recalledTelling.FindStringSubmatchIndex(before)
}

// quotedAsIndex and quotedPassiveIndex match their patterns at the end
// of before.
func quotedAsIndex(before string) []int      { return asSaying(quotedAs, before) }
func quotedPassiveIndex(before string) []int { return asSaying(quotedPassive, before) }

// reportsThatSaid is reports of what someone said, running up to a
// quotation: "over reports that Trump said he wanted fewer immigrants
// from ". The one reported is the first group, their verb the second.
var reportsThatSaid = regexp.MustCompile(`\breports?\s+that\s+(` + name + `)\s+(?:had\s+)?(said|told|called|described|referred\s+to)\b[^"“”«».;:!?]{0,80}$`)

// itsWords is a thing's words, running up to the quotation of them: "its
// call for a ".
var itsWords = regexp.MustCompile(`\b[Ii]ts\s+(?:own\s+)?(?:call|calls|demand|demands|promise|pledge|words|language|wording|phrase|text|guarantee|mandate|motto|slogan|preamble|opening)\s+(?:for\s+|of\s+|that\s+)?(?:(?:a|an|the)\s+)?$`)

// describedAsBy is someone described, in the passive, by another named
// after "by", running up to the quotation that describes them:
// "identified by Goldstone in the exchange as ".
var describedAsBy = regexp.MustCompile(`\b(?:identified|described|characteri[sz]ed|portrayed)\s+by\s+(` + name + `)\b[^"“”«».;:!?]{0,40}?\s+as\s*$`)

// saidWhen is a speech verb and a subordinate clause opening what it
// says, up to that clause's subject: "It said when ".
var saidWhen = regexp.MustCompile(`\b(?:said|says|wrote|writes|told\s+\S+)\s+(?:that\s+)?(?:when|after|while|before|once)\s+$`)

// describing reports whether q, quoted words, describe rather than name:
// "a Russian government attorney", not "PJ" nor "Jackie".
func describing(q string) bool {
	return strings.ContainsFunc(q, unicode.IsLower) && strings.ContainsRune(strings.TrimSpace(q), ' ')
}

// hearsayThat is a report, a rumour or a claim no one is named for and
// the clause it holds, running up to a quotation: "about reports that
// the coronavirus is ".
var hearsayThat = regexp.MustCompile(`\b` + hearsay + `\s+that\s+[^"“”«».;:!?]{0,80}$`)

// hearsay is a report, a rumour or a claim no one is named for.
const hearsay = `(?:reports|rumou?rs|allegations|speculation|suggestions|a\s+(?:new\s+)?(?:report|rumou?r))`

// hearsayCalled is hearsayThat's report as the object of a verb naming
// it, whose name the quotation is: "called allegations that ".
var hearsayCalled = regexp.MustCompile(`\b(?:called|calls|dubbed|labell?ed|deemed|branded|termed)\s+(?:the\s+|these\s+|those\s+)?(?:reports|rumou?rs|allegations|speculation|suggestions)\s+that\s`)

// hearsayOpen is hearsayThat's report opening the clause of a subject
// right after it: "a report that ".
var hearsayOpen = regexp.MustCompile(`\b` + hearsay + `\s+that\s+$`)

// describesName reports whether a quotation q stands between an article
// and a name, as an adjective does: "A “ranting and raving” Trump".
func describesName(before, after, q string) bool {
	w := strings.ToLower(lastWord(strings.TrimRightFunc(before, unicode.IsSpace)))
	if w != "a" && w != "an" && w != "the" || !strings.HasSuffix(before, " ") && !strings.HasSuffix(before, "\n") || strings.ContainsAny(strings.Trim(q, `"“”`), ",.;:!?") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(after, " "))
	return strings.HasPrefix(after, " ") && unicode.IsUpper(r)
}

// heardSaying is someone heard as they spoke, in the passive, ending the
// text before a quotation: "Floyd also can be heard saying ". The one
// heard is the first group.
var heardSaying = regexp.MustCompile(`(` + name + `)\s+(?:(?:also|can|could|may|might|is|was|were|be|been|clearly|later|then)\s+){1,3}heard\s+(?:saying|telling\s+[^"“”«»,;:.!?]{1,40}?|shouting|yelling|screaming|pleading|asking)\s*[,:]?\s*$`)

// asSaying matches re, a "… as saying" pattern, in before; most narration
// has no " as " to match, and is spared it.
func asSaying(re *regexp.Regexp, before string) []int {
	if !strings.Contains(before, " as ") {
		return nil
	}
	return re.FindStringSubmatchIndex(before)
}

// speechParticiples are the participles of speech that carry on a
// sentence's report ("…, saying", "…, adding").
const speechParticiples = `saying|adding|writing|noting|arguing|warning|insisting|explaining|declaring|stating|claiming`

// participleLead is the comma and the adverb that may open a participle's
// clause: ", instead saying", ", later adding".
const participleLead = `,\s+(?:instead\s+|also\s+|then\s+|later\s+|while\s+|before\s+|after\s+)?`

// whichStates is a relative clause on something that speaks for itself,
// a document or a group, ending in the quotation: ", which states it is
// now administration policy is ", or on a message named just before
// it: "a page-long email from the aide -- apparently Sperling -- that
// said: ".
var whichStates = regexp.MustCompile(`(?:,\s+which|\b(?:` + messageNoun + `|sign|ad)\b[^"“”«».;!?]{0,60}?\s+that)\s+(?:states|stated|says|said|reads|read|declares|declared|stipulates|stipulated|notes|noted|calls|called)\b[^"“”«»]*$`)

// messageNoun names a written message, whose words are its author's.
const messageNoun = `e-?mail|letter|message|memo|note|text|post|tweet`

// documentFound is a document named by a common noun and what it found,
// ending in the quotation: "the first since a report was released
// finding ", "a study that concluded the policy was ".
var documentFound = regexp.MustCompile(`\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{L}'’\-]+\s+){0,3}?` + documentNoun + `s?\s+(?:[^\s"“”«».;:!?]+\s+){0,4}?(?:finding|found|finds|concluding|concluded|concludes)\s+(?:[^\s"“”«».;:!?]+\s+){0,6}?$`)

// documentAside reports whether rest, the narration between a speech
// verb and a quotation, ends in what a document found, set off from the
// verb by a comma: "said at the hearing, the first since a report was
// released finding ". What the verb itself reports a report found may
// be the speaker's own telling: "Warren tweeted that the Mueller report
// found “a foreign government attacked …”".
func documentAside(rest string) bool {
	loc := documentFound.FindStringIndex(rest)
	return loc != nil && strings.Contains(rest[:loc[0]], ",")
}

// coordinated is the comma and conjunction before a clause with a
// subject of its own: ", but ", ", and ".
var coordinated = regexp.MustCompile(`,\s+(?:but|and|yet|while|whereas)\s+`)

// verbThat is a speech verb with a "that" clause of its own, an adverb
// or a day at most between them: "acknowledged Wednesday that", "said
// only that"; not "said in a tweet that was later deleted".
var verbThat = regexp.MustCompile(`^[^"“”«».;!?]*?\b` + verb + `(?:\s+(?:only|also|later|then|again|today|yesterday|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\p{Ll}+ly))?\s+that\s`)

// contrastedParticiple is the subject and verb of a speech participle
// closing a clause of contrast with a subject of its own, after a
// sentence's speech verb, and the subject's offset in after.
func contrastedParticiple(after string) (string, string, int) {
	p := participle.FindStringSubmatchIndex(after)
	if p == nil {
		return "", "", 0
	}
	subj, at := lastClauseSubject(contrastClause, after[:p[0]])
	return subj, after[p[2]:p[3]], at
}

// lastClauseSubject is the subject opening the last clause of s that
// opener opens, and its offset in s; "" when there is none.
func lastClauseSubject(opener *regexp.Regexp, s string) (string, int) {
	c := opener.FindAllStringIndex(s, -1)
	if c == nil {
		return "", 0
	}
	clauseAt := c[len(c)-1][1]
	subj, at := sentenceSubject(s[clauseAt:])
	return subj, clauseAt + at
}

// messageTo ends narration handing over to the words of a message sent
// to someone: "in an email to Ms. Vroom: ", "in a letter to the
// committee: ".
var messageTo = regexp.MustCompile(`\b(?:` + messageNoun + `)\s+to\s+[^"“”«»;!?:]{1,60}:\s*$`)

// contrastClause opens a clause that sets its subject against the sentence's.
var contrastClause = regexp.MustCompile(`,\s+(?:but|yet|while|whereas|although|though)\s+`)

// quotedHead reports whether a quotation before the i-th opens the
// sentence starting at start: "“John is someone who …,” the source
// said, adding that “…”". The words before the participle are then a
// quotation and the inverted cue after it, and the first name in them
// is inside the quotation, not its subject.
func (a *analyzer) quotedHead(i, start int) bool {
	for j := i - 1; j >= 0 && a.marks[j][0] >= start; j-- {
		if a.opensSentence(j) {
			return true
		}
	}
	return false
}

// participlePredicate is participle with the subject of a clause after
// the verb, whose predicate a quotation in lower case goes on with.
var participlePredicate = regexp.MustCompile(participleLead + `(` + speechParticiples + `)(?:\s+[^\s"“”«»,;:.!?]+){4,6}\s*$`)

// participle is a speech verb's present participle after a comma, the
// narration's last clause before a quotation, at most three words before
// it: "…, saying:", "…, adding that", "…, saying it was". Further into
// the clause a quotation is as often a slogan or someone else's words
// the speaker cites ("…, adding that he’s always been “Never Hillary”").
// The verb is the first group.
var participle = regexp.MustCompile(participleLead + `(` + speechParticiples + `|telling|(?:screaming|shouting|yelling)\s+at)` + participleTail)

// participleTail is what may stand between a speech participle and the
// quotation it introduces: up to three words ("saying that", "telling
// reporters that") and a comma or colon.
const participleTail = `(?:\s+[^\s"“”«»,;:.!?]+){0,3}\s*[,:]?\s*$`

// maxUnnamedCue bounds the text searched for an unnamed speaker's cue
// after a quotation, and between the cue's verb and a quotation after it
// ("a Romney adviser told the New York Times’ David Sanger back in May,
// “…”").
const maxUnnamedCue = 80

// unnamedPeople are people the news names together by what they did or
// are: "Molins said the attackers shouted “…”", "Mbumba said he was
// present when doctors told those at the hospital: “…”". Without "the",
// only after a conjunction opening their clause: "Gessler said 430
// registered voters have acknowledged being ineligible, but an “…”" is
// Gessler's.
const unnamedPeople = `(?:doctors|nurses|medics|paramedics|firefighters|rescuers|attackers|gunmen|hijackers|assailants|kidnappers|captors|militants|insurgents|fighters|terrorists|rebels|soldiers|troops|protesters|protestors|demonstrators|rioters|marchers|crowds?|audiences?|fans|students|residents|witnesses|neighbou?rs|passengers|hostages|inmates|prisoners|victims|survivors|workers|employees|officers|police|critics|opponents|activists|advocates|organizers|supporters|voters|parents)`

// An indefinite subject, or a document or body named by a common noun,
// and a speech verb: "a resident said", "one of the protesters told",
// "a Trump family member who confidently told him:", "someone says",
// "the report concludes", "the firm said", "the attackers shouted", "but
// town officials said". Not
// "the spokeswoman said": a person's role refers back to someone named.
var (
	documentNoun   = `(?:report|study|review|survey|poll|complaint|lawsuit|suit|filing|ruling|statement|letter|memo|document|paper|analysis|firm|company|agency|ministry|department|court|board|campaign|website|release|group|newspaper|magazine|network|committee|panel|association|organization|organisation|union|council|bank|government|administration|commission|office)`
	unnamedSubject = `(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:[\p{Ll}'’\-]+\s+){0,2}?(?:sources?|persons?|people|officials?|aides?|insiders?)\s+(?:familiar|close|briefed|knowledgeable)\s+(?:with|to|on|about)\s+(?:[\p{L}'’\-]+\s+){1,5}?|(?:[Ss]omeone|[Ss]omebody|[Oo]ne|[Aa]nother|[Aa]n?)\s+(?:[\p{L}'’\-]+,?\s+){0,4}?(?:who\s+[^"“”«»,;:]{1,60},\s+|who\s+(?:\p{Ll}+ly\s+)?)?|[Tt]he\s+(?:[\p{Ll}'’\-]+\s+){0,2}` + documentNoun + `\s+|[Tt]he\s+(?:[\p{Ll}'’\-]+\s+){0,2}?` + unnamedPeople + `\s+|(?:when|after|as|before|while|until|because|once)\s+` + unnamedPeople + `\s+|(?:but|and|yet|whereas)\s+(?:[\p{Ll}'’\-]+\s+){0,2}?(?:officials|` + unnamedPeople + `)\s+)`
	unnamedAfter   = regexp.MustCompile(lead + unnamedSubject + verb)
	// A thing's document speaking after a quotation: ", its website
	// said". "Its" is no person's.
	thingSaysAfter = regexp.MustCompile(lead + `[Ii]ts\s+(?:[\p{Ll}'’\-]+\s+){0,2}?` + documentNoun + `\s+` + adverb + verb)
	// The verb first: "…,” said one longtime Clinton ally. The noun
	// ends the subject, so "said a spokeswoman, Maria Lopez" is not one.
	unnamedInverted = regexp.MustCompile(lead + verb + `\s+(?:[Ss]omeone|[Ss]omebody|[Oo]ne|[Aa]nother|[Aa]n?)\s+(?:[\p{L}'’\-]+\s+){0,4}?\p{Ll}[\p{Ll}'’\-]*(?:\s*[.;!?]|\s*,\s*(?:\p{Ll}|$)|\s*$)`)
	// A relative called by the family name they share: "…,” said the
	// younger Trump", "…,” the younger Etefia says". Which bearer is
	// meant, the name does not say.
	kinInverted = regexp.MustCompile(lead + `(?:` + verb + `\s+)?[Tt]he\s+` + kin + `\s+\p{Lu}`)
	// possessiveKin is a relative of someone named, whom the article
	// does not name, right after a quotation: "“You should know,” his
	// older brother said", "…,” said her mother. Not "said his brother,
	// John": a name set off after the relation is theirs.
	possessiveKin = regexp.MustCompile(lead + `(?:` + verb + `\s+)?(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:` + kin + `|late|youngest|eldest|oldest|twin|own)\s+)?` + relative + `(?:\s+` + afterAdverb + verb + `|\s*[.;!?]|\s*,\s*(?:\p{Ll}|$)|\s*$)`)
	// askedOf is a question put to someone, with no asker before
	// "asked", running up to a quotation ("when asked if he would rule
	// out", "was asked whether").
	askedOf = regexp.MustCompile(`(?:\b(?:when|after|while|once|as|before|if)\s+|\b(?:was|were|been|being|is|are)\s+|,\s*)asked\s+(?:[\p{Ll}'’\-]+\s+){0,3}?(?:if|whether|about|how|why|what|who|when|where)\b[^"“”«»]*$`)
	// askedOpening is a question put to the speaker, opening the
	// sentence (or its clause, after a phrase set off before it) and
	// running up to a quotation: "Asked by a reporter whether he was",
	// "Asked Wednesday by NBC whether he is", "Weeks before the election,
	// asked if the campaign was", "When pressed by NPR on whether this
	// policy was".
	askedOpening = regexp.MustCompile(`^\s*(?:[^"“”«»,;:.!?]{1,60},\s+)?(?:(?:[Ww]hen|[Aa]fter)\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned)\s+(?:[\p{L}'’\-]+\s+){0,4}?(?:if|whether|about|how|why|what|who|when|where)\b[^"“”«»,;:.!?]*$`)
	// chantBefore is a chant ending the narration before a quotation.
	chantBefore = regexp.MustCompile(`\bchant(?:s|ed|ing)?(?:\s+of)?\s*[,:]?\s*$`)
	// chanted is a noun after a quotation that makes it a crowd's words:
	// "as the crowd erupted in a sea of “Lock her up!” chants".
	chanted       = regexp.MustCompile(`^[,.!?]?\s*(?:chants?|chanting|signs?|placards?|banners?)\b`)
	unnamedBefore = regexp.MustCompile(`(?:^|[^\p{L}])` + unnamedSubject + adverb + verb + `(?:\s+[^"“”«»]{0,` + strconv.Itoa(maxUnnamedCue) + `}?)?[,:]?\s*$`)
	// crowdBefore is a sentence opening with people the news does not
	// name one by one and their speech verb: "The audience roared, ".
	crowdBefore  = regexp.MustCompile(`^\s*[Tt]he\s+(?:[\p{Ll}'’\-]+\s+){0,2}?` + unnamedPeople + `\s+` + adverb + verb + `[,:]?\s*$`)
	verbEnds     = regexp.MustCompile(`(?:^|[^\p{L}])` + verb + `(?:\s+that)?[,:]?\s*$`)
	documentSays = regexp.MustCompile(`(?:^|[^\p{L}])[Tt]he\s+(?:[\p{L}'’\-]+\s+){0,5}` + documentNoun + `\s+` + verb + `\s+that\s`)
)

// callsObject is a verb of calling with its object and what it is
// called after it: "“Any idea why …?” Colonel Vindman … called the
// suggestion “preposterous.”" The one who calls something names it in
// words of their own; they did not say the words before. ("“A disaster,”
// he called it" did.)
var callsObject = regexp.MustCompile(`^(?:called|calls|labell?ed|labels|branded|brands|dubbed|dubs|termed|terms|deemed|deems)\s+(?:the|a|an|his|her|their|its|this|that|these|those)\s+[^"“”.,;:!?]{1,40}?\s*(?:["“]|as\b)`)

// nounSpeaksBefore is someone described by a common noun, and their
// speech verb, ending the text before a quotation: "the employee
// declared, ". The noun is the first group.
var nounSpeaksBefore = regexp.MustCompile(`(?:^|[^\p{L}])(?:the|a|an)\s+(?:[\p{Ll}'’\-]+\s+){0,2}?(\p{Ll}[\p{Ll}\-]*)\s+(?:said|says|declared|shouted|yelled|screamed|explained|replied|answered|wrote|asked|responded|warned|insisted|exclaimed|cried|told\s+(?:me|us|him|her|them))\s*[,:]?\s*$`)

// joiningWord is a word that joins or opens a clause: "tweeted the video
// and simply said" has no noun speaking, but a subject going on.
var joiningWord = regexp.MustCompile(`\b(?:and|but|or|nor|then|also|yet|so|who|which|that|when|while|after|before|later|still|just|even)\b`)

// familyNoun is a relative named by their tie, who is most often
// someone the article named before: "the mother said".
var familyNoun = map[string]bool{"mother": true, "father": true, "wife": true, "husband": true, "son": true,
	"daughter": true, "sister": true, "brother": true, "widow": true, "widower": true, "parent": true,
	"grandmother": true, "grandfather": true, "aunt": true, "uncle": true, "cousin": true, "fiancé": true,
	"fiancée": true, "girlfriend": true, "boyfriend": true}

// roleAfter is a role for subject right after a quotation, on its line
// and in its sentence: ", the actress says", ", the Republican president
// wrote", ", the Illinois letter said". "… truth." The district
// said … opens a sentence of its own.
var roleAfter = regexp.MustCompile(`^[ \t]*,?[ \t]*(?:[—–-][ \t]*)?the\s+((?:(?:[\p{Ll}'’\-]+|\p{Lu}[\p{L}'’\-]*|` + age + `)\s+){0,2}[\p{Ll}'’\-]+),?\s+` + afterAdverb + verb)

// clauseStart matches text after a quotation that opens a clause of its
// own rather than attributes the quotation.
var clauseStart = regexp.MustCompile(`^\s*[,;]?\s*(?:and|but|while|whereas|although|though)\s`)

// subordinate matches a conjunction opening a clause of the quotation's
// sentence that has a speaker of its own: "He questioned why there was
// “such a rush” to introduce it when Mr Clarke had indicated …".
var subordinate = regexp.MustCompile(`\b(?:` + clauseConjunctions + `|whether)\s`)

// clauseConjunctions are the conjunctions that open a clause of a
// sentence's own, for subordinate and subordinateBefore.
const clauseConjunctions = `when|because|after|before|if|since|until|unless|although|though|while|whereas`

// mainClauseBegun is text before a quotation in which a clause opening
// the sentence has closed and a main clause with a pronoun for subject
// has begun: "While Trump says he wants …, he also wants ".
var mainClauseBegun = regexp.MustCompile(`,\s+(?:he|she|they|we|I)\s+(?:\p{Ll}+\s+)*$`)

// inWordsOf is the narration after a quotation saying whose words it
// is: ", in the words of Sen. Ted Cruz", ", in the words of the
// president", ", in the words of one Trump adviser". The name or office,
// when it is one, is the group.
var inWordsOf = regexp.MustCompile(`^\s*,?\s*in\s+the\s+words\s+of\s+(?:(` + name + `|` + definiteTitle + `)|\p{Ll})`)

// namedObject reports whether the name after a verb of naming is its
// object, given the text after the name: "“torture boner,” called
// conservative columnist Robert Novak a “vampire”" names Novak, whom the
// subject of the sentence called so; Novak said nothing.
func namedObject(verb, rest string) bool {
	return verbOfNaming(verb) && namingComplement.MatchString(rest)
}

// verbOfNaming reports whether a speech verb names someone something:
// "called him a “…”", "labeled her as …".
func verbOfNaming(v string) bool {
	switch v {
	case "called", "labeled", "labelled", "branded", "dubbed", "described", "describes":
		return true
	}
	return false
}

// namesOnward reports whether a verb of naming after a quotation, given
// the text after it, names someone with words still to come: in "“…,”
// ABC’s Lara Spencer called him a “comedy cultural juggernaut.”" Spencer's
// words are the next quotation, not the one before her.
func namesOnward(verb, rest string) bool {
	return verbOfNaming(verb) && namingObjectThen.MatchString(rest)
}

// namingObjectThen is a verb of naming's object and what it is named.
var namingObjectThen = regexp.MustCompile(`^\s+(?:him|her|them|it|\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})\s*(?:(?:a|an|the|as)\s|[“"])`)

// namingComplement is what follows the one named: a noun phrase, "as" or
// a quotation.
var namingComplement = regexp.MustCompile(`^\s*(?:(?:a|an|the|as|his|her|their)\s|[“"])`)

// labeledBy is the narration after a quotation saying who gave someone
// that label: ", as Obama was labeled by immigrant rights activists",
// ", as she was dubbed by Sen. Ted Cruz". The name or office, when it is
// one, is the group.
var labeledBy = regexp.MustCompile(`^\s*,?\s*as\s+(?:[\p{L}.'’\-]+\s+){1,4}?(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:labeled|labelled|called|dubbed|branded|nicknamed|derided|mocked)\s+by\s+(?:(` + name + `|` + definiteTitle + `)|\p{Ll})`)

// askedBy is a question's asker named after "asked by", right before
// the question: "Asked by Associate Justice Samuel Alito ", "Asked by
// one lawmaker, Rep. Ted Lieu, D-Calif., whether ".
var askedBy = regexp.MustCompile(`\b[Aa]sked\s+by\s+(?:(?:a|an|one|the)\s+[\p{Ll}\s]{1,40}?,\s*)?(` + name + `)(?:,\s*[DRI]-[A-Z][\p{L}.]{1,12},?)?\s*(?:(?:if|whether)\s*)?[,:]?\s*$`)

// ownedClaim is a named owner's statement or claim and the clause saying
// what it says, right before a quotation that goes on with its subject:
// "Sessions’ statement to National Review in 2009 that he ". The name is
// the first group, the noun the second.
var ownedClaim = regexp.MustCompile(`(` + name + `)['’]s?\s+(statement|claim|assertion|boast|pledge|promise|vow)\b[^"“”«».;!?]{0,100}?\s+that\s+(?:he|she|they)\s+$`)

// ownedStatement is a named author's written words speaking right before
// a quotation: "Spicer's statement said ", "Trump's tweet read: ". The
// name is the first group, the verb the second.
var ownedStatement = regexp.MustCompile(`(` + name + `)['’]s?\s+(?:statement|letter|tweet|email|e-mail|memo|message|note)\s+` + adverb + `(said|says|read|reads|stated|states)\s*[,:]?\s*$`)

// quotedName is a verb of quoting and whom it quotes, right before the
// quotation: "and then quoted the Rev. Martin Luther King Jr.:".
var quotedName = regexp.MustCompile(`\bquot(?:ed|ing|es)\s+(?:the\s+)?(` + name + `)\s*[:,]?\s*$`)

// withSpeaking is "with" and a name speaking in a participle right before
// a quotation: ", with Ms. Sanders reminding reporters that ", ", with
// White House press secretary Josh Earnest calling the letter a ". The
// name is the first group, the participle the second.
var withSpeaking = regexp.MustCompile(`,\s+with\s+(?:[\p{L}'’\-]+\s+){0,5}?(` + name + `)\s+(` + speechParticiples + `|telling|reminding|calling)` + participleTail)

// causedToSay is someone moved to say what a quotation then gives, the
// name the first group and the verb the second: "lead CNN’s Ronald
// Brownstein to write that ", "prompting Schumer to say ".
var causedToSay = regexp.MustCompile(`\b(?:lead|leads|led|leading|prompt|prompts|prompted|prompting|cause|causes|caused|causing|force|forces|forced|forcing|inspire|inspired|inspiring)\s+(?:\p{Lu}[\p{L}.&]*['’]s\s+)?(` + name + `)\s+to\s+(write|say|declare|note|observe|argue|conclude|tweet|quip|joke|remark|ask|wonder|warn|predict|complain|proclaim)\s+(?:that\s+)?$`)

// withOwnedSpeaking is withSpeaking for someone's campaign, office or
// staff: ", with Mitt Romney's campaign calling the remark ".
var withOwnedSpeaking = regexp.MustCompile(`,\s+with\s+(?:[\p{L}'’\-]+\s+){0,5}?` + name + `['’]s?\s+(?:campaign|office|team|camp|spokes(?:man|woman|person)|aides?|lawyers?|attorneys?|allies)\s+(?:` + speechParticiples + `|telling|reminding|calling)` + participleTail)

// whatCalled is "what" and a subject calling the quotation what it is,
// right before it: "what Sessions called ", "what he has described as ".
var whatCalled = regexp.MustCompile(`\bwhat\s+` + subject + `\s+(?:(?:has|had|have)\s+)?` + adverb + `(called|calls|termed|terms|dubbed|describe[sd]\s+as)\s+$`)

// relativeSpeaker is a name and a relative clause whose speech verb runs
// up to a quotation, with no comma between: "John R. Bolton, who said
// last weekend the administration had ", or one set off by a dash
// ("Sadiq Khan - who had said the UK should "), perhaps after a party
// and state ("Sen. Mazie Hirono (D-Hawaii), who complained "). Not a
// clause that goes on with another verb ("who advised Bush and was
// wearing a “Jeb!” wristwatch"), nor a question ("who asked about
// Farrakhan's comments on “…”"), nor a quotation right after a verb
// that does not utter it ("who wrote “The Last Republicans”").
var relativeSpeaker = regexp.MustCompile(`(` + name + `)(?:\s*\([^()"“”«»]{1,40}\))?(?:,|\s+[—–-])\s+who\s+` + adverb + verb + `[^"“”«»,]*(?:[,:]\s*)?$`)

// namedIntroducer is a name and a speech verb handing over to the
// quotation right after them: "Senator Rand Paul basically saying, ".
// The name is the first group, the verb the second.
var namedIntroducer = regexp.MustCompile(`(` + name + `)\s+(?:\p{Ll}+ly\s+)?(saying|said|says|asking|asked|writing|wrote|writes)\s*[,:]\s*$`)

// pronounCue is a pronoun and a speech verb right after a quotation: ",
// he said".
var pronounCue = regexp.MustCompile(`^\s*,?\s*(?:he|she)\s+(?:\p{Ll}+ly\s+)?(?:said|says|added|adds|continued|continues)\b`)

// dashedRelative is an aside set off by a dash after a name, opening with
// "who" and a verb (not one of speech) that runs up to a quotation:
// "Mike Pence—who campaigned on ". The name is the first group, the
// words after "who" the second.
var dashedRelative = regexp.MustCompile(`(` + name + `)(?:\s*[—–]|\s+--?)\s*who\s+((?:\p{Ll}[\p{Ll}'’\-]*\s+){1,4})$`)

// passiveWords opens a passive or a description, whose quoted words are
// someone else's or a label: "was called ", "has been dubbed ", "is known
// as ". So does a pronoun, the subject of a clause on the one "who"
// stands for: "Mandela — who he says lived a ".
var passiveWords = regexp.MustCompile(`^(?:was|were|is|are|be|been|has\s+been|had\s+been|have\s+been|became|becomes|he|she|they|I|we|you)\b|\bby\s`)

// relativeCue is relativeSpeaker's match in the text before a
// quotation, when that relative clause is the quotation's cue: after the
// speaker and verb sv findSubjectVerb found there, if any; not a clause
// going on with another verb, a plea (notSpeech) or a question, and not a
// verb whose object the quotation is (a title). nil otherwise. Text
// without "who" is spared the pattern, which scans for a name.
func relativeCue(before string, sv []int) []int {
	if !strings.Contains(before, "who") {
		return nil
	}
	r := relativeSpeaker.FindStringSubmatchIndex(before)
	if r == nil || sv != nil && r[2] <= sv[4] {
		return nil
	}
	rest := before[r[5]:]
	if strings.Contains(rest, " and ") || notSpeech.MatchString(before[r[4]:]) || strings.HasPrefix(before[r[4]:r[5]], "ask") || strings.TrimSpace(rest) == "" && !utters(before[r[4]:r[5]]) {
		return nil
	}
	return r
}

// accordingBefore is a source set off by commas before a quotation in
// its sentence, a few words at most between them: ", according to the
// Washington Post, ". The group is the source.
var accordingBefore = regexp.MustCompile(`,\s+according\s+to\s+(?:the\s+)?(` + name + `)\s*,\s*(?:[^,;:“”"]{0,60})$`)

// verbFirstBefore is a sentence opening with a speech verb and then its
// speaker, handing over to a quotation: "Says Ms. Anderson, ". The groups
// are the verb and the name.
var verbFirstBefore = regexp.MustCompile(`^\s*(Says|Said|Adds|Added|Explains|Explained|Recalls|Recalled|Notes|Noted|Concludes|Concluded)\s+((?:(?:Mr|Mrs|Ms|Dr)\.\s+)?` + name + `)\s*,\s*$`)

// nameReports is a name and "reports" closing the sentence after a
// quotation: ", the Washington Post reports.". Elsewhere "reports" is
// too often a noun to be a speech verb.
var nameReports = regexp.MustCompile(`^\s*,?\s*(?:the\s+|The\s+)?((?:\p{Lu}[\p{L}.&'’\-]*\s+){0,3}\p{Lu}[\p{L}.&'’\-]*)\s+(reports)\s*[.!?]?\s*$`)

// punishedFor ends a clause saying what its subject was done to for
// words they said: "was fired for saying, ".
var punishedFor = regexp.MustCompile(`\b(?:was|were|is|are|been|being|got|get|gets)\s+(?:\p{Ll}+ly\s+)?(?:fired|suspended|banned|sacked|expelled|censured|punished|attacked|criticized|criticised|condemned|praised|arrested|sued|disciplined|reprimanded|blocked)\s+(?:for|after)\s+(?:saying|tweeting|writing|posting|stating|claiming|suggesting|arguing|declaring)\s*,?\s*$`)

// openingClause matches a sentence opening with a subordinate clause.
// A word set off by a comma may come first: "Later, when Cruz told
// Trump to “breathe,” Rubio jumped in".
var openingClause = regexp.MustCompile(`^\s*(?:(?:And|But|So|Yet)\s+|\p{Lu}\p{Ll}+,\s+)?(?i:` + conjunctions + `)\s`)

// clauseSubjectActs is a clause opening a sentence with a named subject
// and the words after it: "When Mr. Biden went after …".
var clauseSubjectActs = regexp.MustCompile(`^\s*(?:(?:And|But|So|Yet)\s+)?(?i:` + conjunctions + `)\s+(` + name + `)\s+\p{Ll}`)

// mainSubject is the name opening the main clause after a quotation that
// ends a clause before it: ", Mr. Ryan reminded".
var mainSubject = regexp.MustCompile(`^[,"“”’'\s]*(` + name + `)\s+\p{Ll}`)

// otherClauseSubject reports whether a quotation sits in a clause opening
// its sentence (before it, with no comma closing the clause yet) whose
// named subject is not the one the main clause after it names.
func otherClauseSubject(before, after string) bool {
	if p := leadingWord.FindStringIndex(before); p != nil {
		// "Today, as Pope Francis greeted President Trump with a warm
		// “Welcome,” Trump responded": the clause after a word of time.
		before = before[p[1]:]
	}
	if strings.Contains(before, ",") {
		return false
	}
	m := clauseSubjectActs.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	n := mainSubject.FindStringSubmatch(after)
	return n != nil && fold(lastField(n[1])) != fold(lastField(m[1]))
}

// addressedOpening is a participle of addressing or praising someone
// opening a sentence, up to a quotation before the one it is about:
// "Addressing his ", "Thanking ".
var addressedOpening = regexp.MustCompile(`^\s*(?:` + addressing + `|Greeting)\s[^,;:"“”«»]*$`)

// leadingWord is one word set off before a clause opening a sentence:
// "Today, ".
var leadingWord = regexp.MustCompile(`^\s*\p{Lu}\p{Ll}+,\s+`)

// coordinatedSpeech matches a subject whose speech verb follows another
// verb: "When Guthrie persisted and asked the Republican if Iran is “still
// not a threat,” Paul said …".
var coordinatedSpeech = regexp.MustCompile(`(?:^|[^\p{L}])` + subject + `\s+\p{Ll}+\s+and\s+` + adverb + verb)

// introducedBefore reports whether a quotation that narration of its own
// (between) separates from a speaker after it has a speaker and verb
// before it, which outrank that later one: "Ford told the Senate she was
// “100%” certain that he was her attacker, Kavanaugh said …" is Ford's.
// before runs from the sentence's start, over any quotation there: "He
// shouted “…” and said he was a “soldier …” as he entered, Molins said"
// is not Molins's.
func introducedBefore(between, before string) bool {
	return lettersBetween.MatchString(between) && findSubjectVerb(before, true) != nil
}

// lettersBetween matches a word of at least two letters.
var lettersBetween = regexp.MustCompile(`\p{L}{2}`)

// clauseJoin matches a conjunction opening a new clause further on: the
// quotation sits in a clause of its own ("The constitution bars those
// convicted of “infamous crimes” from office, and Levine said …").
var clauseJoin = regexp.MustCompile(`[,;]\s*(?:and|but|while|whereas|although|though)\s`)

// relativeAnswer is a relative clause whose speech verb hands over to a
// quotation after it with a comma or colon: ", who responded, ".
var relativeAnswer = regexp.MustCompile(`,\s+who\s+` + adverb + verb + `[^"“”«»,]*[,:]\s*$`)

// respondedTo ends narration whose subject responds to something:
// "Galli responded to ".
var respondedTo = regexp.MustCompile(`\b(?:responded|replied|reacted|responds|replies|reacts)\s+to\s+$`)

// describedBy reports whether a quotation after a message and its
// author (rest is the narration between them) goes on with a relative
// clause about the message, not its text: "a confidential letter from
// Pope Francis dated 2015 that “reveals the bishops’ concern …”" quotes
// whoever described the letter.
func describedBy(rest, quote string) bool {
	r, _ := utf8.DecodeRuneInString(quote)
	return unicode.IsLower(r) && relativeOpens.MatchString(rest)
}

// relativeOpens is narration ending in a relative pronoun.
var relativeOpens = regexp.MustCompile(`\b(?:that|which)\s*$`)

// requested reports whether verb and what follows it report a request,
// not a question: "asked his Cabinet agencies to", "asked him for".
func requested(verb, rest string) bool {
	return (verb == "asked" || verb == "asks") && requestFor.MatchString(rest) && !questionWord.MatchString(rest)
}

// requestFor is what follows "asked" when it reports a request, not a
// question: an infinitive ("asked Foreign Secretary Dominic Raab to
// deputise “…”") or "for".
var requestFor = regexp.MustCompile(`^\s+(?:(?:[^"“”.;:?!]{0,80}\s)?to|for)\s+[^"“”.;:?!,]{0,80}$`)

// questionWord makes what follows "asked" a question, not a request:
// "asked Macron if he’d like to take back “…”".
var questionWord = regexp.MustCompile(`\b(?:if|whether|why|how|what|when|where|who)\b`)

// speakingOfThem is a participle of speech set off by a comma, after
// someone's words: its subject speaks of them.
var speakingOfThem = regexp.MustCompile(`,\s+(?:` + speechParticiples + `|calling|countering|telling|tweeting)\b`)

// sayingAfter is the participle that says what a response said.
var sayingAfter = regexp.MustCompile(`\bsaying\b`)
