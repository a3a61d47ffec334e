package rag

import (
	"regexp"
	"strings"

	"github.com/articlebot/articlebot/rag/lexical"
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
	// Answer types news questions ask for.
	wantsTime, wantsNumber, wantsPlace, wantsPerson, wantsReason bool
}

// speakerPatterns recognise questions about what someone said. The first
// group is the speaker, the optional second the topic.
var speakerPatterns = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^what\s+(?:else\s+)?(?:did|does|do|has|have|had|was|is)\s+(.+?)\s+(?:say|said|saying|tell|told|telling|think|claim|claimed|write|wrote|argue|argued|warn|warned|add|added|mean|meant|comment|commented|announce|announced|reply|replied|respond|responded|state|stated|report|reported|tweet|tweeted)\b(?:\s+(?:(?:about|on|regarding|concerning|of|to|in|when|after)\s+)?(.+?))?\W*$`),
	regexp.MustCompile(`(?i)^how\s+(?:did|does|has)\s+(.+?)\s+(?:respond|react|reply|answer)\b(?:\s+(?:to|about|on)\s+(.+?))?\W*$`),
	regexp.MustCompile(`(?i)^did\s+(.+?)\s+(?:say|said|mention|comment)\s+(?:anything\s+)?(?:about|on)\s+(.+?)\W*$`),
	regexp.MustCompile(`(?i)^(?:any\s+)?quotes?\s+(?:from|by)\s+(.+?)(?:\s+(?:about|on)\s+(.+?))?\W*$`),
	regexp.MustCompile(`(?i)^what\s+(?:is|was|are|were)\s+(.+?)(?:'s|’s)\s+(?:position|view|views|stance|response|reaction|take|comment|comments)\b(?:\s+(?:on|about|to)\s+(.+?))?\W*$`),
}

var (
	leadingFiller = regexp.MustCompile(`(?i)^(?:and|so|but|ok|okay|also|then|now|well)[,\s]+`)
	pronouns      = map[string]bool{"he": true, "she": true, "they": true, "him": true, "her": true, "them": true}
	timeWords     = regexp.MustCompile(`(?i)^(?:when|what\s+(?:day|date|time|year|month))\b`)
	numberWords   = regexp.MustCompile(`(?i)^(?:how\s+(?:many|much|long|far|old|big|deep|high|large)|what\s+(?:percentage|share|number|amount))\b`)
	placeWords    = regexp.MustCompile(`(?i)^(?:where|in\s+which\s+(?:city|country|province|state|region))\b`)
	personWords   = regexp.MustCompile(`(?i)^(?:who|whom|whose|(?:which|what)\s+(?:\w+\s+)?(?:newspaper|paper|agency|company|group|organi[sz]ation|official|minister|country|party|outlet|person|leader|institution|body))\b`)
	reasonWords   = regexp.MustCompile(`(?i)^(?:why|what\s+(?:caused|led\s+to|is\s+the\s+reason))\b`)
)

// parseQuestion analyses a question; conv supplies the speaker when a
// follow-up says "she" or "he".
func parseQuestion(text string, conv *Conversation) query {
	text = strings.TrimSpace(text)
	q := query{text: text}
	for _, t := range lexical.Tokenize(text) {
		if t.Term != "" {
			q.terms = append(q.terms, t.Term)
			q.words = append(q.words, t.Word)
		}
	}
	body := leadingFiller.ReplaceAllString(text, "")
	q.wantsTime = timeWords.MatchString(body)
	q.wantsNumber = numberWords.MatchString(body)
	q.wantsPlace = placeWords.MatchString(body)
	q.wantsPerson = personWords.MatchString(body)
	q.wantsReason = reasonWords.MatchString(body)
	speaker, topic := matchSpeaker(body)
	if pronouns[strings.ToLower(speaker)] {
		speaker = previousSpeaker(conv)
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
			if !speakerTerms[t] {
				q.topic = append(q.topic, t)
			}
		}
	}
	return q
}

func matchSpeaker(s string) (speaker, topic string) {
	for _, p := range speakerPatterns {
		if m := p.FindStringSubmatch(s); m != nil {
			speaker = strings.TrimSpace(m[1])
			speaker = strings.TrimPrefix(strings.TrimPrefix(speaker, "the "), "The ")
			if len(m) > 2 {
				topic = strings.TrimSpace(m[2])
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
		s, _ := matchSpeaker(leadingFiller.ReplaceAllString(strings.TrimSpace(conv.Turns[i].Question), ""))
		if s != "" && !pronouns[strings.ToLower(s)] {
			return s
		}
	}
	return ""
}
