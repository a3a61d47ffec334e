package quotes

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The shapes of clauses and sentences around a mention that tell
// whether it can be a speaker: captions, relative clauses, openings
// and the cues that close a sentence.

// caption reports whether sentence si is a paragraph of its own that
// ends with no stop, as a photo caption or a heading does, or is set off
// whole in parentheses, as a link card is, or is in a paragraph ending
// with a photo's credit ("… arrive for dinner, January 14, 2018.
// REUTERS/Kevin Lamarque"), or opens as BBC pages' video and photo
// captions do ("Media caption …", "Image copyright …").
func (a *analyzer) caption(si int) bool {
	s := a.sents[si]
	if last := a.sents[a.paraLast[si]]; credited(strings.TrimSpace(a.text[last.Start:last.End])) {
		return len(strings.Fields(a.text[a.sents[a.paraFirst[si]].Start:last.End])) <= 2*maxCaptionWords
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
// Obama's. A pronoun at p right after a comma closes a participle's
// phrase there, past the commas of a relative clause it holds: "Citing
// the nuclear agreement with Iran, which Mr. Netanyahu strenuously
// opposed, and the capabilities of the military, he said".
func (a *analyzer) participleObject(si, off, p int) bool {
	s := a.sents[si]
	// The name's run may take the participle in: "Describing Mr Haines".
	opening := a.text[s.Start:min(s.End, s.Start+maxOpeningParticiple)]
	if off < s.Start || !openingParticiple.MatchString(opening) && !topicOpening.MatchString(opening) {
		return false
	}
	if p > off && p <= s.End && openingParticiple.MatchString(opening) && strings.HasSuffix(strings.TrimRight(a.text[off:p], " "), ",") && relativeInPhrase.MatchString(a.text[s.Start:off]) {
		return true
	}
	return strings.IndexByte(a.text[s.Start:s.End], ',') > off-s.Start
}

// relativeInPhrase is a relative clause opening inside a phrase: ",
// which ".
var relativeInPhrase = regexp.MustCompile(`,\s+(?:which|who|whom|whose)\s`)

// openingParticiple is a present participle opening a sentence, not a
// preposition ending in -ing ("During", "Following").
var openingParticiple = regexp.MustCompile(`^(?:Describing|Calling|Citing|Accusing|Criticizing|Criticising|Blaming|Urging|Quoting|Echoing|Defending|Attacking|Slamming|Mocking|Comparing|Lauding|Honoring|Honouring|Warning|Telling|Asking|Reminding|Dismissing|Rejecting|Endorsing|` + addressing + `)\s`)

// addressing are the participles of addressing or praising someone, whom
// the words after them name: "Addressing his “good friend” Israeli Prime
// Minister Benjamin Netanyahu, the president remarked".
const addressing = `Addressing|Thanking|Praising|Introducing|Welcoming|Hailing|Saluting|Congratulating`

// topicOpening is a phrase opening a sentence with what it is about,
// not who speaks: "As to why …", "As for …", "Regarding …", "And
// referring to Durbin and Feinstein, he said", "Asked
// about …", "When asked if Trump knew …", "Of Weaver's tweet, he said".
var topicOpening = regexp.MustCompile(`^(?:As\s+(?:to|for)|Regarding|Concerning|Of|About|(?:And\s+r|R)eferring\s+to|Speaking\s+of|(?:Asked|When\s+asked)\s+(?:about|why|whether|if|what|how))\s`)

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
	return tailStart(s, maxSpeakerTail)
}

// tailStart is where the last n bytes of s start, at a rune's start.
func tailStart(s string, n int) int {
	at := max(0, len(s)-n)
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
// at its end: ", Burr said.", ", Burr told reporters on Tuesday.", ",
// Tong Zhao, fellow at the Carnegie-Tsinghua Center, told CNN." The name
// is the first group.
var speakerLastNamed = regexp.MustCompile(`,\s+(` + name + `)(?:,\s+[^,"“”«»]{1,100}?,)?\s+` + adverb + `(?:` + speechVerbs + `)(?:\s+(?:reporters|journalists|(?:the\s+)?\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,3}))?(?:\s+(?:on|in|at|last|this|late|early)\s+[^,"“”«»]{1,40})?[.!?]?\s*$`)

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

// mediaCaption opens the lines BBC News pages set around a video or a
// photo, which newspaper3k keeps in the text as paragraphs of their own.
var mediaCaption = regexp.MustCompile(`^(?:Media playback is unsupported on your device|Media caption|Image copyright|Image caption)\b`)
