package quotes

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// The cues of attribution: speech verbs, and the patterns that find a
// subject and its verb next to a quotation or in reported speech. What
// counts as a name, and how names are matched, is in names.go.

// speechWords are the one-word speech verbs, past and present tense:
// reporting verbs of news prose ("said", "argued", "tweeted") and the
// verbs of manner it uses for scenes ("shouted", "pleaded", "whispered").
var speechWords = []string{
	"said", "says", "say", "added", "adds", "tells", "asked", "asks", "stated", "states",
	"warned", "warns", "claimed", "claims", "noted", "notes", "wrote", "writes",
	"explained", "explains", "insisted", "insists", "argued", "argues", "continued",
	"declared", "announced", "replied", "replies", "responded", "responds", "remarked",
	"stressed", "emphasized", "emphasised", "acknowledged", "admitted", "conceded",
	"urged", "suggested", "indicated", "observed", "recalled", "recalls", "confirmed",
	"denied", "promised", "vowed", "predicted", "cautioned", "complained", "countered",
	"maintained", "reported", "tweeted", "posted", "described", "called",
	"implored", "demanded", "demands", "shouted", "yelled", "screamed", "cried",
	"pleaded", "begged", "whispered", "murmured", "muttered", "exclaimed", "joked",
	"quipped", "snapped", "retorted", "testified", "asserted", "asserts", "alleged",
	"contended", "contends", "charged", "lamented", "boasted", "protested", "answered",
	"wondered", "mused", "sighed", "laughed", "texted", "messaged", "emailed",
	"accused", "accuses", "concluded", "concludes", "commented", "reiterated", "pledged",
	"recounted", "advised", "sobbed", "wept", "acknowledges", "admits",
	"interjected", "interrupted", "scoffed", "barked", "interjects", "interrupts",
}

// speechVerbs is the alternation the attribution patterns match: the one
// word verbs, "told" with its usual audiences so the cue reads "told
// reporters", and two-word verbs.
var speechVerbs = strings.Join(speechWords, "|") +
	`|told(?:\s+(?:reporters|journalists|the press|lawmakers|parliament|supporters|local radio|state television|state media))?` +
	`|pointed out|went on|shot back|chimed in`

// speechHeads holds the first word of every speech verb, for
// hasSpeechVerb.
var speechHeads = func() map[string]bool {
	m := map[string]bool{"told": true, "pointed": true, "went": true, "shot": true, "chimed": true}
	for _, w := range speechWords {
		m[w] = true
	}
	return m
}()

// hasSpeechVerb reports whether s has a word that can start a speech
// verb: a cheap test that spares the attribution patterns most sentences.
func hasSpeechVerb(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if speechHeads[w] {
			return true
		}
	}
	return false
}

// maxNameWords: a capitalized run longer than this is an organisation or
// a headline, not a person.
const maxNameWords = 4

// maxAppositive bounds the aside between a name and its verb ("Rubio, the
// secretary of state, added"), so a comma clause is not read as one.
const maxAppositive = 160

// name is a run of capitalized words, allowing particles inside
// (Farfán-Méndez, Ursula von der Leyen, Dr. Lena Varga, Abdellatif
// al-Mahmoud).
const name = `\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:(?:de|del|der|da|van|von|bin|al|la|le|di|du)\s+)*(?:` + joinedParticles + `-)?\p{Lu}[\p{L}\p{M}'’.\-]*)*`

const (
	subject = `(` + name + `|[Ss]he|[Hh]e|[Tt]hey)`
	adverb  = `(?:also\s+|later\s+|then\s+|has\s+|had\s+|have\s+)?`
	// afterAdverb is adverb right after a quotation, where news also
	// qualifies the report: "“Then fire me,” Serdyukov reportedly said".
	afterAdverb = `(?:(?:also|later|then|has|had|have|reportedly|allegedly|publicly|privately|once|quickly|flatly|bluntly)\s+)?`
	// lead skips the comma or dash between a closing mark and its attribution.
	lead = `^\s*[,.!?]?\s*(?:[—–-]\s*)?`
	// role is up to three lower-case words naming a speaker's role between
	// a verb and the name ("said company spokesman Dev Patel"); roleWords
	// vets them.
	role = `((?:\p{Ll}[\p{L}'’\-]*\s+){0,3})`
)

var verb = `(` + speechVerbs + `)\b`

// appositive is the optional aside between a name and its verb: a party
// and state in parentheses ("Jane Doe (D-Ore.)"), a comma clause ("Rubio,
// the secretary of state,").
func appositive() string {
	return `(?:\s*\([^()"“”«»]{1,40}\))?(?:,[^,"“”«»]{1,` + strconv.Itoa(maxAppositive) + `},)?`
}

// The attribution patterns. Compiled regexps are safe for concurrent use
// and never modified.
var (
	// Subject before the verb anywhere: "Sheinbaum said", "Marco Rubio,
	// the secretary, added", "she told reporters".
	subjectVerb = regexp.MustCompile(`(?:^|[^\p{L}])` + subject + appositive() + `,?\s+` + adverb + verb)
	// Verb then subject right after a quotation: ", said Maria Chen".
	verbSubject = regexp.MustCompile(lead + verb + `\s+` + role + subject)
	// Subject then verb right after a quotation: ", Sheinbaum said".
	afterSubject = regexp.MustCompile(lead + subject + appositive() + `,?\s+` + afterAdverb + verb)
	// The author of written words: "an email from council member Joe
	// Kim", "a letter by Dr. Amir Haddad".
	writtenBy   = regexp.MustCompile(`\b(?:e-?mail|letter|message|memo|note|text|statement|post|tweet)s?\s+(?:(?:sent|written)\s+)?(?:from|by)\s+` + role + `(` + name + `)`)
	accordingTo = regexp.MustCompile(`\baccording to (?:the\s+)?(` + name + `)`)
	nameRun     = regexp.MustCompile(name)
)

// ownedWords is narration naming whose words a quotation is: "Clinton's
// comments that half his supporters belong in a", "Obama's remark about".
var ownedWords = regexp.MustCompile(`(` + name + `)['’]s?\s+` + ownedNoun + `\s+(?:that|about|on|of)\s+[^"“”«»;:.!?]{0,80}$`)

// characterized is narration calling someone's words something, which
// the quotation after it then is, in the narration subject's words:
// "Nunes dismissed Trump’s comments about waterboarding as the talk of a
// “first-time neophyte running for office.”"
var characterized = regexp.MustCompile(`\bas\s+(?:(?:a|an|the|just|mere|merely|nothing but)\s+)?[^"“”«»;:.!?]{0,40}$`)

const ownedNoun = `(?:comments?|remarks?|words|claims?|statements?|assertions?|description|characterization|quip|line|phrase|warning|promise|pledge|vow|tweets?)`

// ownedWordsHint is what ownedWords needs to match, found far faster than
// the whole pattern runs on text that lacks it.
var ownedWordsHint = regexp.MustCompile(`['’]s?\s+` + ownedNoun + `\s`)

// ownedWordsIndex is ownedWords.FindStringSubmatchIndex, skipping text
// with no possessive before such a noun (most of it).
func ownedWordsIndex(before string) []int {
	if !strings.ContainsAny(before, "'’") || !ownedWordsHint.MatchString(before) {
		return nil
	}
	m := ownedWords.FindStringSubmatchIndex(before)
	if m != nil && characterized.MatchString(before[m[1]-min(m[1], 40):]) {
		return nil
	}
	return m
}

// reportedAfter is a source that reports the words after a quotation:
// ", the Birmingham News reported", ", according to the Times".
var reportedAfter = regexp.MustCompile(lead + `(?:(?:the|The)\s+)?(?:` + name + `\s+(?:reported|reports)\b|according\s+to\b)`)

// roleInverted is the same role after its verb: ", said the aide, who
// spoke on condition of anonymity". The role ends the clause, so "said
// the former aide to Clinton" is not one, and the verb is one that takes
// its speaker after it ("told the newspaper" names an audience).
var roleInverted = regexp.MustCompile(`^[ \t]*[,?!]?[ \t]*(?:[—–-][ \t]*)?(` + verbFirst + `)\s+the\s+((?:[\p{Ll}'’\-]+\s+){0,2}[\p{Ll}'’\-]+)(?:\s*[,.;!?]|\s*$)`)

// unnamedVerbFirst is someone unnamed after the verb that follows a
// quotation: "…,” said one person with close ties to the White House;
// "…,” said a separate Trump adviser, who requested anonymity.
var unnamedVerbFirst = regexp.MustCompile(lead + `(?:` + verbFirst + `)\s+(?:someone|somebody|one|another|a|an)\s`)

// verbFirst are the speech verbs news puts before their speaker after a
// quotation ("…,” said the aide").
const verbFirst = `said|says|added|adds|wrote|writes|noted|notes|explained|continued`
