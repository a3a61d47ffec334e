package rag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlebot/articlebot/internal/lexical"
)

// query is a question analysed for retrieval.
type query struct {
	text  string
	terms []string // stems of content words
	words []string // folded content words, for the full-text index
	// speaker is X in "what did X say (about Y)"; topic holds Y's stems (or
	// the remaining terms).
	speaker string
	topic   []string
	// carried holds terms a follow-up inherits from the conversation
	// ("what did he do next?"): they count for less than the question's own.
	carried []string
	// allWords: the question has no content word ("Was she there?"), so
	// terms holds every word but the question words, matched against every
	// word of a sentence.
	allWords bool
	// lastAnswer is the previous turn's answer: the next answer usually
	// follows it in the article.
	lastAnswer string
	// Answer types news questions ask for.
	wants answerKinds
	// anySpeaker: the question asks for someone's words without naming
	// anyone the article quotes ("What did others think of him?", "What
	// did he say?" with no one to refer to): anyone's words rank first.
	anySpeaker bool
	// defines matches a sentence saying what "What is X?" asks about.
	defines *thingDefined
	// form holds terms that are the question's form, not its content
	// ("many" in "how many …?"): they weigh in the question but match no
	// sentence.
	form []string
}

// whatDid opens "what did X say …?", X its first group.
const whatDid = `(?i)^what\s+(?:else\s+)?(?:did|does|do|has|have|had|was|is)\s+(.+?)\s+(?:` + askVerbs + `)\b`

// topicPrepositions introduce a speaker question's topic.
const topicPrepositions = `(?:about|on|regarding|concerning|of|to|in|when|after)`

// askVerbs are the verbs "what did X …?" asks for someone's words with.
const askVerbs = `say|said|saying|tell|told|telling|think|claim|claimed|write|wrote|argue|argued|warn|warned|add|added|mean|meant|comment|commented|announce|announced|reply|replied|respond|responded|state|stated|report|reported|tweet|tweeted`

// speakerPatterns recognise questions about what someone said. The first
// group is the speaker, the optional second the topic.
var speakerPatterns = []*regexp.Regexp{
	// The verb then nothing or a preposition: a verb that is also a noun
	// may be part of the name before it ("the State Department", "the
	// Secretary of State John Kerry", "the Mueller Report").
	regexp.MustCompile(whatDid + `(?:\s+` + topicPrepositions + `\s+(.+?))?\W*$`),
	regexp.MustCompile(whatDid + `(?:\s+(?:` + topicPrepositions + `\s+)?(.+?))?\W*$`),
	regexp.MustCompile(`(?i)^how\s+(?:did|does|has)\s+(.+?)\s+(?:respond|react|reply|answer)\b(?:\s+(?:to|about|on)\s+(.+?))?\W*$`),
	regexp.MustCompile(`(?i)^did\s+(.+?)\s+(?:say|said|mention|comment)\s+(?:anything\s+)?(?:about|on)\s+(.+?)\W*$`),
	regexp.MustCompile(`(?i)^(?:any\s+)?quotes?\s+(?:from|by)\s+(.+?)(?:\s+(?:about|on)\s+(.+?))?\W*$`),
	// "What is Farfán-Méndez's view on the order?", or a bare noun phrase:
	// "Sheinbaum's comments on the invasion?", "What's Trump's take?"
	regexp.MustCompile(`(?i)^(?:what(?:'s|’s)\s+|what\s+(?:is|was|are|were)\s+)?(?:any\s+|and\s+)?(\S.*?)(?:'s|’s)\s+(?:position|views?|stance|response|reaction|take|comments?|remarks?|statements?|words|quotes?)(?:\s+(?:on|about|to|regarding)\s+(.+?))?\W*$`),
}

// genericSpeakers name no one in particular: "What did others think of
// him?" asks for anyone's words, not for a group called "others".
var genericSpeakers = map[string]bool{"others": true, "other people": true, "people": true, "someone": true,
	"somebody": true, "someone else": true, "anyone": true, "anybody": true, "everyone": true, "everybody": true,
	"folks": true}

var (
	leadingFiller = regexp.MustCompile(`(?i)^(?:and|so|but|ok|okay|also|then|now|well)[,\s]+`)
	pronouns      = map[string]bool{"he": true, "she": true, "they": true, "him": true, "her": true, "them": true}
	// anaphora are the words by which a follow-up points back at what the
	// conversation was about. "That" and "this" are left out: most often
	// they start a relative clause or point within the question.
	anaphora = map[string]bool{"he": true, "she": true, "they": true, "him": true, "her": true, "them": true,
		"his": true, "hers": true, "its": true, "it": true, "their": true, "theirs": true, "there": true}
	// questionWords carry no topic even when nothing else does: they are
	// left out of an all-words question.
	questionWords = map[string]bool{"what": true, "which": true, "who": true, "whom": true, "whose": true,
		"why": true, "how": true, "when": true, "where": true, "did": true, "do": true, "does": true,
		"is": true, "was": true, "are": true, "were": true, "the": true, "a": true, "an": true, "of": true}
)

// howMany opens a question asking for a quantity.
var howMany = regexp.MustCompile(`(?i)^(?:in\s+)?how\s+(?:many|much)\b`)

// manyTerm and muchTerm are the terms of "many" and "much".
var manyTerm, muchTerm = lexical.Stem("many"), lexical.Stem("much")

// eventTerms ask that something happened without saying what: "What
// happened in 1983?" is about 1983. As terms they match nothing useful,
// and WordNet's relations for them do harm ("happen" is caused by
// "effect", whose stem is "effectively"'s).
var eventTerms = map[string]bool{"happen": true, "occur": true}

// howCome matches a question asking why as "How come …?".
var howCome = regexp.MustCompile(`(?i)^how\s+come\b`)

// parseQuestion analyses a question; conv supplies the speaker when a
// follow-up says "she" or "he".
func parseQuestion(text string, conv *Conversation) query {
	text = strings.TrimSpace(text)
	q := query{text: text}
	if conv != nil && len(conv.Turns) > 0 {
		q.lastAnswer = conv.Turns[len(conv.Turns)-1].Answer
	}
	body := leadingFiller.ReplaceAllString(text, "")
	asked := text
	if m := howCome.FindStringIndex(body); m != nil {
		// "How come …?" asks why, and is read as "Why …?": as a term,
		// its "come" led with "… not going to come to Mexico …".
		why := "Why" + body[m[1]:]
		asked, body = text[:len(text)-len(body)]+why, why
	}
	for _, t := range lexical.Tokenize(asked) {
		if t.Term != "" && !eventTerms[t.Term] {
			q.terms = append(q.terms, t.Term)
			q.words = append(q.words, t.Word)
		}
	}
	if len(q.terms) == 0 || hasAnaphora(body) {
		q.carried = conversationTerms(conv, q.terms)
	}
	if len(q.terms) == 0 {
		q.allWords = true
		for _, w := range lexical.Words(body) {
			if !questionWords[w] && !eventTerms[lexical.Stem(w)] {
				q.terms = append(q.terms, w)
			}
		}
	}
	q.wants = wantedKinds(body)
	if howMany.MatchString(body) {
		// "How many delegates does Clinton have?" asks for a number: "many"
		// is the question's form, and as a term it ranked "So many of you
		// feel …" first.
		q.form = []string{manyTerm, muchTerm}
	}
	if x := definedThing(body); x != "" {
		q.defines = newThingDefined(x)
	}
	speaker, topic := matchSpeaker(body)
	if _, ok := whatAbout(body); ok && conv != nil {
		// "What did Sheinbaum say about invasion?" … "What about Rubio?"
		speaker, topic = frameOf(append(slices.Clone(conv.Turns), Turn{Question: text}))
	}
	if pronouns[strings.ToLower(speaker)] {
		speaker = previousSpeaker(conv)
		q.anySpeaker = speaker == ""
	}
	if genericSpeakers[strings.ToLower(speaker)] {
		speaker, q.anySpeaker = "", true
	}
	if speaker == "" {
		return q
	}
	q.speaker = speaker
	q.topic = lexical.Terms(topic)
	if topic == "" {
		// No "about …": the topic is whatever else the question names.
		speakerTerms := map[string]bool{}
		for _, t := range lexical.Terms(speaker) {
			speakerTerms[t] = true
		}
		for _, t := range q.terms {
			if !speakerTerms[t] && !askedVerbs[t] {
				q.topic = append(q.topic, t)
			}
		}
	}
	return q
}

// askedVerbs are the terms of the verbs a speaker question asks with
// ("What did Rubio claim?") and of the nouns it may ask with instead
// ("Rubio's remarks"): how it asks, not its topic.
var askedVerbs = func() map[string]bool {
	m := map[string]bool{}
	// With the verbs of the other speaker patterns.
	for _, w := range append(strings.Split(askVerbs, "|"), "react", "answer", "mention",
		"position", "view", "stance", "response", "reaction", "take", "remark", "statement", "word", "quote") {
		if t := lexical.Stem(w); t != "" {
			m[t] = true
		}
	}
	return m
}()

// definition is "what does X mean?": a question about a word, not about
// what someone meant (that is "what did X mean?").
var definition = regexp.MustCompile(`(?i)^what\s+(?:does|do)\s+.+\s+mean\W*$`)

// notSpeech is "what was the first show Sondheim wrote": "was … wrote"
// asks about a thing, not for someone's words ("what was X saying" does).
var notSpeech = regexp.MustCompile(`(?i)^what\s+(?:else\s+)?(?:was|is|were|are)\s+.+?\s+(?:say|said|tell|told|think|thought|claim|claimed|write|wrote|argue|argued|warn|warned|add|added|mean|meant|comment|commented|announce|announced|reply|replied|respond|responded|state|stated|report|reported|tweet|tweeted)\b`)

// onlyVerb is an asking verb that is never part of a name, as "state"
// and "report" can be: askVerbs but those that are nouns too.
var onlyVerb = func() *regexp.Regexp {
	var verbs []string
	for _, w := range strings.Split(askVerbs, "|") {
		switch w {
		case "claim", "add", "comment", "reply", "state", "report", "tweet":
		default:
			verbs = append(verbs, w)
		}
	}
	return regexp.MustCompile(`(?i)\b(?:` + strings.Join(verbs, "|") + `)\b`)
}()

// nameWord returns the word rest, the question after a speaker question's
// would-be speaker, opens with when it is a capitalised asking verb that
// is a noun too: "State" in "What did the Islamic State proclaim?",
// "Report" in "What does the Mueller Report find?"; "" otherwise. Typed
// as a verb it is lower case; "Say" in a question typed in title case is
// only a verb.
func nameWord(rest string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	w = strings.TrimRight(w, "?!.,;:")
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && askVerbWord.MatchString(w) && !onlyVerb.MatchString(w) {
		return w
	}
	return ""
}

// maskedWord stands in for a name's word while a question is read again.
const maskedWord = "Namewordx"

// quoteMarks are the marks that may set off a name or a term.
const quoteMarks = `"'“”‘’«»`

// quotedTerm reports whether s is set off by quotation marks.
func quotedTerm(s string) bool {
	s = strings.TrimSpace(s)
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return len(s) > 2 && strings.ContainsRune(quoteMarks, first) && strings.ContainsRune(quoteMarks, last)
}

// unquote takes off single quotation marks around s, as a pair only: the
// apostrophe that ends "Dunkin'" is the name's.
func unquote(s string) string {
	first, n := utf8.DecodeRuneInString(s)
	last, m := utf8.DecodeLastRuneInString(s)
	if len(s) > n+m && strings.ContainsRune("'‘", first) && strings.ContainsRune("'’", last) {
		return s[n : len(s)-m]
	}
	return s
}

// meanVerb opens the rest of "What did 'X' mean?".
var meanVerb = regexp.MustCompile(`(?i)^\s*(?:mean|meant)\b`)

// askVerbWord is one of the verbs a speaker question asks with, alone.
var askVerbWord = regexp.MustCompile(`(?i)^(?:` + askVerbs + `)$`)

// topicPreposition introduces a speaker question's topic.
var topicPreposition = regexp.MustCompile(`(?i)^` + topicPrepositions + `\s+`)

// leadingArticle is "the", "a" or "an" before a speaker: "a spokesman"
// is asked about as "spokesman", not as someone whose name holds "a".
// A doubled one is a slip ("the the Europeans").
var leadingArticle = regexp.MustCompile(`(?i)^(?:(?:the|a|an)\s+)+`)

// whWord is a question word, alone or with "'s", which no speaker's
// name opens with.
var whWord = regexp.MustCompile(`^(?:what|who|which|where|when|why|how)(?:'s|’s)?$`)

// speakerTail is what may stand between a speaker and the asking verb
// without being part of the name: an adverb or a time ("What did
// Sheinbaum on Monday say?", "What did Rubio also say?").
var speakerTail = regexp.MustCompile(`(?i)(?:\s+(?:also|ever|really|actually|first|finally|originally|initially|publicly|privately|recently|previously|later|earlier|once|then|just|even|again|ultimately|officially|yesterday|today|tonight|(?:on|last|this|earlier\s+this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|night|morning|afternoon|evening)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})))+$`)

// writtenThing is a work, not a person, as the speaker of "what does X
// say about …?": "Saig's work", "this section", "the book". What it says
// is what the article says about it, not anyone's quoted words.
var writtenThing = regexp.MustCompile(`(?:^|\s)(?:work|works|book|books|article|section|paper|study|research|report|music|song|songs|album|lyrics|writing|writings|poem|poems|poetry|film|movie|show|letter|essay|theory|art|painting|novel|play|website|blog|page|law|bill|treaty|document|text|chapter|passage)$`)

func matchSpeaker(s string) (speaker, topic string) {
	if definition.MatchString(s) {
		return "", ""
	}
	for i, p := range speakerPatterns {
		if i <= 1 && notSpeech.MatchString(s) {
			continue
		}
		if m := p.FindStringSubmatchIndex(s); m != nil {
			speaker = s[m[2]:m[3]]
			if i == 0 && onlyVerb.MatchString(speaker) {
				// "What did Trump say Comey told about loyalty?" is asked
				// of Trump: a verb that is never a noun ends the name.
				continue
			}
			if w := nameWord(s[m[3]:]); i <= 1 && w != "" {
				// "What did the Islamic State proclaim itself?", "What
				// did The State of New Jersey say?": a capital makes a
				// noun among the verbs a name's; read the question again
				// with it masked, and put it back.
				at := m[3] + strings.Index(s[m[3]:], w)
				speaker, topic = matchSpeaker(s[:at] + maskedWord + s[at+len(w):])
				return strings.Replace(speaker, maskedWord, w, 1), strings.Replace(topic, maskedWord, w, 1)
			}
			if i <= 1 && quotedTerm(speaker) && meanVerb.MatchString(s[m[3]:]) {
				// "What did 'Da Yuan Tong Zhi' mean?" asks what a term
				// means, not what someone meant.
				return "", ""
			}
			if len(m) > 5 && m[4] >= 0 {
				topic = s[m[4]:m[5]]
			}
			if verb, rest, ok := strings.Cut(topic, " "); ok && askVerbWord.MatchString(verb) {
				// "What did the Mueller Report say about …?": the first
				// word that looked like the verb is part of the name.
				speaker = s[m[2]:m[4]]
				topic = topicPreposition.ReplaceAllString(rest, "")
			}
			// "What did “Claudia Sheinbaum” say?": the marks set the
			// name off; they are not part of it.
			speaker = unquote(strings.Trim(strings.TrimSpace(speaker), "\"“”«» "))
			topic = strings.TrimRight(strings.TrimSpace(topic), "?!. ")
			speaker = leadingArticle.ReplaceAllString(speaker, "")
			speaker = speakerTail.ReplaceAllString(speaker, "")
			if w, _, _ := strings.Cut(strings.ToLower(speaker), " "); whWord.MatchString(w) {
				continue // "What's 's take?" names no one
			}
			if writtenThing.MatchString(speaker) {
				// Lower case as typed: "The Times" still speaks.
				return "", ""
			}
			return speaker, topic
		}
	}
	return "", ""
}

// previousSpeaker finds the speaker the conversation was last about.
func previousSpeaker(conv *Conversation) string {
	if conv == nil {
		return ""
	}
	for i := len(conv.Turns) - 1; i >= 0; i-- {
		s, _ := frameOf(conv.Turns[:i+1])
		if s != "" && !pronouns[strings.ToLower(s)] {
			return s
		}
	}
	return ""
}

// whatAboutRe is a follow-up that names only what changes: "what about
// Rubio?", "and how about the cartels?".
var whatAboutRe = regexp.MustCompile(`(?i)^(?:what|how)\s+about\s+(.+?)\W*$`)

// whatAbout returns what a "what about X?" follow-up names.
func whatAbout(body string) (string, bool) {
	m := whatAboutRe.FindStringSubmatch(body)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// frameOf is the speaker and topic the last of turns asks about. A "what
// about X?" after a speaker question keeps its frame and changes one
// part: a name is a new speaker on the same topic ("What about Rubio?"),
// anything else a new topic for the same speaker ("what about the
// cartels?"). Anything else is asked as it is.
func frameOf(turns []Turn) (speaker, topic string) {
	if len(turns) == 0 {
		return "", ""
	}
	body := leadingFiller.ReplaceAllString(strings.TrimSpace(turns[len(turns)-1].Question), "")
	x, ok := whatAbout(body)
	if !ok {
		return matchSpeaker(body)
	}
	speaker, topic = frameOf(turns[:len(turns)-1])
	named := leadingArticle.ReplaceAllString(x, "")
	switch {
	case speaker == "":
		return "", ""
	case pronouns[strings.ToLower(x)]:
		return speaker, topic // "what about him?": the same question again
	case properName(named):
		return named, topic
	}
	return speaker, x
}

func hasAnaphora(s string) bool {
	for _, t := range lexical.Tokenize(s) {
		if anaphora[t.Word] {
			return true
		}
	}
	return false
}

// carryTurns is how far back a follow-up looks for what it refers to: the
// last question with content words, within the last few turns.
const carryTurns = 3

// conversationTerms are the content terms of the latest earlier question
// that has some, less those the question already has.
func conversationTerms(conv *Conversation, have []string) []string {
	if conv == nil {
		return nil
	}
	for i := len(conv.Turns) - 1; i >= 0 && i >= len(conv.Turns)-carryTurns; i-- {
		ts := lexical.Terms(conv.Turns[i].Question)
		var out []string
		for _, t := range ts {
			if !slices.Contains(have, t) && !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}
