package rag

import "regexp"

// Answer types: the kind of answer a question asks for ("how many", "when",
// "who", "where", "why", "where is she from", "was it well received") and
// the kinds a sentence holds (a quantity, a date, a name, a place, a
// cause, an origin, a reception). A
// sentence holding the kind asked for ranks higher (answerTypeBonus,
// weights wType* in retrieve.go).

// answerKinds is a bit set of the kinds of answer a sentence holds.
type answerKinds uint8

const (
	holdsTime answerKinds = 1 << iota
	holdsNumber
	holdsPlace
	holdsPerson
	holdsReason
	holdsOrigin
	holdsReception
)

// kindsOf matches the patterns of the kinds in which against text; the
// term cache matches each once per sentence, and only when a question
// asks for that kind.
func kindsOf(text string, which answerKinds) answerKinds {
	var k answerKinds
	for _, p := range []struct {
		re   *regexp.Regexp
		kind answerKinds
	}{{timePattern, holdsTime}, {numberPattern, holdsNumber}, {placePattern, holdsPlace}, {personPattern, holdsPerson}, {reasonPattern, holdsReason}, {originPattern, holdsOrigin}, {receptionPattern, holdsReception}} {
		if which&p.kind != 0 && p.re.MatchString(text) {
			k |= p.kind
		}
	}
	return k
}

// answerTypeBonus rewards a sentence holding the kind of answer the
// question asks for.
func answerTypeBonus(q query, k answerKinds) float64 {
	k &= q.wants
	s := 0.0
	if k&holdsTime != 0 {
		s += wTypeTime
	}
	if k&holdsNumber != 0 {
		s += wTypeNumber
	}
	if k&holdsPlace != 0 {
		s += wTypePlace
	}
	if k&holdsPerson != 0 {
		s += wTypePerson
	}
	if k&holdsReason != 0 {
		s += wTypeReason
	}
	if k&holdsReception != 0 {
		s += wTypeReception
	}
	if k&holdsOrigin != 0 {
		s += wTypeOrigin
	}
	return s
}

// Patterns of the kinds of answer a sentence holds.
var (
	timePattern      = regexp.MustCompile(`(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|yesterday|today|tonight|tomorrow|(?:last|next|this|that) (?:week|weekend|month|year|morning|night|spring|summer|fall|autumn|winter)|earlier this (?:week|month|year)|(?:morning|afternoon|evening|overnight|midnight|noon|dawn|century|centuries|decade|decades|era)|\d+ (?:years?|months?|weeks?|days?|hours?) (?:ago|later|earlier)|\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)|(?:1[0-9]|20)\d\ds?|\d{1,2}(?:st|nd|rd|th) century)\b`)
	numberPattern    = regexp.MustCompile(`(?i)\d|[$€£%]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|several|percent|per cent|a few|many|most|all|none|no one|single|double|twice|triple)\b`)
	placePattern     = regexp.MustCompile(`\b(?:in|at|from|near|across|outside|inside|to)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}`)
	personPattern    = regexp.MustCompile(`\p{Lu}[\p{Ll}.]+(?:\s+\p{Lu}[\p{L}-]+)+`)
	reasonPattern    = regexp.MustCompile(`(?i)\b(?:because|since|due to|as a result|after|so that|in order to|reason|blamed|caused|led to|claiming|arguing)\b`)
	receptionPattern = regexp.MustCompile(`(?i)\b(?:acclaim\w*|prais\w+|reviews?|reviewed|reviewers?|critic\w*|success\w*|sold|sales|charts?|charted|hit|hits|popular\w*|best-?sell\w*|awards?|nominat\w+|ratings|box office|copies|platinum|favou?rabl\w*|well received|well-received|flop\w*|failure|grossed)\b`)
	originPattern    = regexp.MustCompile(`(?i)\b(?:born|birth|native of|natives of|grew up|raised|hometown|home town|childhood|(?:son|daughter|child|children) of|parents|father|mother|early life)\b`)
)

// Patterns of the kinds of answer a question asks for.
var (
	// Answer-type cues may stand anywhere ("In what year did…"), except
	// who/why, which a clause carries without asking ("the man who…").
	timeWords   = regexp.MustCompile(`(?i)\bwhen\b|\b(?:what|which)\s+(?:day|date|time|year|month|century|decade|period|era|season)\b|\bhow\s+long\s+ago\b`)
	numberWords = regexp.MustCompile(`(?i)\bhow\s+(?:many|much|long|far|old|big|deep|high|large|tall|often|fast)\b|\bwhat\s+(?:percentage|percent|share|number|amount|size|proportion|population|price|cost)\b`)
	placeWords  = regexp.MustCompile(`(?i)\bwhere\b|\b(?:in|from|to)\s+(?:which|what)\s+(?:city|country|province|state|region|town|place|area|village|county|continent)\b`)
	personWords = regexp.MustCompile(`(?i)^(?:who|whom|whose|(?:which|what)\s+(?:\w+\s+)?(?:newspaper|paper|agency|company|group|organi[sz]ation|official|minister|country|party|outlet|person|leader|institution|body))\b`)
	// A bare "How?" ("How so?") asks how something came about: a cause
	// or a means, which the reason pattern holds.
	reasonWords    = regexp.MustCompile(`(?i)^(?:why|what\s+(?:caused|led\s+to|is\s+the\s+reason))\b|^how(?:\s+so)?\W*$`)
	receptionWords = regexp.MustCompile(`(?i)\b(?:well\s+received|received\s+well|reception|receive\w*|success(?:ful)?|popular|sell\w*\s+well|sold\s+well|do\s+well|did\s+well|go\s+well|went\s+well|a\s+hit|ratings|critics|reviews?|acclaim\w*|accepted)\b`)
	originWords    = regexp.MustCompile(`(?i)^where\s+(?:is|was|are|were)\s+(?:\w+\s+){1,3}from\W*$|\b(?:early\s+(?:life|years|days)|childhood|upbringing|hometown|home\s+town|birthplace|parents|grow\s+up|grew\s+up|brought\s+up|raised)\b`)
)

// wantedKinds is the kinds of answer a question asks for (body: its text
// without a leading "and", "so", …).
func wantedKinds(body string) answerKinds {
	var k answerKinds
	for _, w := range []struct {
		re   *regexp.Regexp
		kind answerKinds
	}{{timeWords, holdsTime}, {numberWords, holdsNumber}, {placeWords, holdsPlace}, {personWords, holdsPerson}, {reasonWords, holdsReason}, {originWords, holdsOrigin}, {receptionWords, holdsReception}} {
		if w.re.MatchString(body) {
			k |= w.kind
		}
	}
	return k
}
