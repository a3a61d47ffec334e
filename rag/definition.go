package rag

import (
	"regexp"
	"strings"
)

// Definitions: "What is X?" is answered by the sentence that says what X
// is — "X is a …", "X, a …", "… called X" — more than by one that merely
// names X among other words.

// definitionQuestion captures X in "What is/are/was/were (the/a/an) X?".
var definitionQuestion = regexp.MustCompile(`(?i)^what\s+(?:is|are|was|were)\s+(?:(?:the|a|an)\s+)?([\p{L}\p{N}][\p{L}\p{N}'’ .&-]{1,60}?)\W*$`)

// notDefined are the first words of an X that is not a thing to define:
// "What was his philosophy?" asks about someone, "What is it?" about
// whatever came before.
var notDefined = map[string]bool{"his": true, "her": true, "their": true, "its": true, "it": true, "this": true, "that": true,
	"these": true, "those": true, "he": true, "she": true, "they": true, "some": true, "another": true, "next": true, "there": true}

// definedThing returns X of a definition question, or "".
func definedThing(body string) string {
	m := definitionQuestion.FindStringSubmatch(strings.TrimSpace(body))
	if m == nil {
		return ""
	}
	x := strings.TrimSpace(m[1])
	first, _, _ := strings.Cut(strings.ToLower(x), " ")
	if notDefined[first] || len(strings.Fields(x)) > 6 {
		return ""
	}
	return x
}

// thingDefined is what "What is X?" looks for in a sentence.
type thingDefined struct {
	lower string // X, lower-cased: a sentence without it is passed over unread
	re    *regexp.Regexp
}

func newThingDefined(x string) *thingDefined {
	return &thingDefined{lower: strings.ToLower(x), re: definitionPattern(x)}
}

// says reports whether a sentence says what X is. Most sentences do not
// name X at all; they cost a lower-casing, not a regular expression.
func (d *thingDefined) says(sentence string) bool {
	return strings.Contains(strings.ToLower(sentence), d.lower) && d.re.MatchString(sentence)
}

// definitionPattern matches a sentence that says what x is.
func definitionPattern(x string) *regexp.Regexp {
	q := regexp.QuoteMeta(x)
	return regexp.MustCompile(`(?i)\b` + q + `\b(?:\s*\([^)]*\))?(?:,\s*(?:a|an|the|one)\b|\s+(?:is|are|was|were)\s+(?:a|an|the|one)\b)|\b(?:called|named|known\s+as|defines?|defined)\s+(?:(?:it|them|the)\s+)?` + q + `\b`)
}
