package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The speech verbs: the words that say someone spoke, which every cue
// and every reported-speech pattern is built on, and the cheap test that
// spares the patterns a sentence with none of them.

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
	"maintained", "reported", "tweeted", "posted", "described", "describes", "called",
	"implored", "demanded", "demands", "shouted", "yelled", "screamed", "cried",
	"pleaded", "begged", "whispered", "murmured", "muttered", "exclaimed", "joked",
	"quipped", "snapped", "retorted", "testified", "asserted", "asserts", "alleged", "alleges",
	"contended", "contends", "charged", "lamented", "boasted", "protested", "answered",
	"wondered", "mused", "sighed", "laughed", "texted", "messaged", "emailed",
	"accused", "accuses", "calls", "concluded", "concludes", "commented", "reiterated", "pledged",
	"recounted", "advised", "sobbed", "wept", "acknowledges", "admits",
	"interjected", "interrupted", "scoffed", "barked", "interjects", "interrupts",
	"labeled", "labelled", "branded", "uttered", "panned", "fumed", "chided", "griped",
	"reminded", "reminds", "proclaimed", "proclaims", "declares",
	"confessed", "confesses", "confided", "confides", "roared",
	"yells", "shouts", "screams", "exclaims", "whispers", "sighs", "jokes", "quips",
	"muses", "gushes", "gushed", "raves", "raved",
	"editorialized", "editorializes", "editorialised", "editorialises", "denounced", "denounces",
	"bemoaned", "bemoans", "laments", "decried", "decries",
	"railed", "rails", "ranted", "rants", "thundered", "bellowed", "groused", "grumbled", "hollered", "scolded",
	"opined", "opines",
	// The present tense of verbs above, as magazines and live blogs
	// report ("vows Bannon", "she concedes"); not those that are nouns
	// too ("reports", "posts", "comments", "remarks", "counters"), nor
	// "announces", which headlines use for what someone does ("Trump
	// announces tariffs").
	"stresses", "emphasizes", "emphasises", "urges", "suggests", "observes", "confirms",
	"denies", "vows", "predicts", "cautions", "complains", "maintains", "tweets",
	"implores", "pleads", "retorts", "testifies", "wonders", "reiterates", "pledges", "recounts",
	"scoffs", "concedes",
}

// speechVerbs is the alternation the attribution patterns match: the one
// word verbs, "told" with its usual audiences so the cue reads "told
// reporters", and two-word verbs.
var speechVerbs = alternation(speechWords) +
	`|told(?:\s+(?:reporters|journalists|the press|lawmakers|parliament|supporters|local radio|state television|state media))?` +
	// "as Jenner goes on to explain, “…”"
	`|goes\s+on\s+to\s+` + goneOnTo + `|went\s+on\s+to\s+` + goneOnTo +
	`|pointed out|points out|went on|shot back|chimed in|fired back|jumped in|edged in` +
	// "The White House released a statement late Tuesday saying that …"
	`|issued\s+` + statement + `|released\s+` + statement + `|put\s+out\s+` + statement

// alternation joins words into a regexp alternation Go's parser can
// factor into a tree of shared prefixes ("sa(?:id|ys|y)"). Written in any
// other order, neighbours share no prefix and the alternation stays a flat
// choice of every word, which the matcher walks wherever a verb may start:
// in the order they are listed, the speech verbs cost quotation analysis
// a fifth of its time (BenchmarkAnalyze). Sorted in reverse, each word
// comes before its prefixes ("says" before "say"), so the first
// alternative that matches is the longest, as leftmost-first matching
// needs.
func alternation(words []string) string {
	sorted := slices.Clone(words)
	slices.Sort(sorted)
	slices.Reverse(sorted)
	return strings.Join(sorted, "|")
}

// goneOnTo are the verbs "goes on to" and "went on to" make a speech
// verb of.
const goneOnTo = `(?:say|explain|write|add|note|argue|claim|tell|insist|describe)`

// statement is what "issued", "released" or "put out" make a speech verb
// of: "a statement", "a brief written statement", "a press release".
const statement = `an?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|release|e-?mail)`

// speechHeads holds the first word of every speech verb, for
// hasSpeechVerb.
var speechHeads = func() map[string]bool {
	m := map[string]bool{"told": true, "pointed": true, "points": true, "went": true, "goes": true, "shot": true, "chimed": true,
		"fired": true, "jumped": true, "edged": true,
		"issued": true, "released": true, "put": true}
	for _, w := range speechWords {
		m[w] = true
	}
	return m
}()

// hasSpeechVerb reports whether s has a word that can start a speech
// verb: a cheap test that spares the attribution patterns most sentences.
func hasSpeechVerb(s string) bool {
	return lastSpeechHead(s) >= 0
}

// lastSpeechHead is where the last word of s (a run of letters) that can
// start a speech verb begins, -1 if none.
func lastSpeechHead(s string) int {
	return lastWordThat(s, func(word string) bool { return speechHeads[word] })
}

// lastWordThat is where the last word of s (a run of letters) that is(word)
// begins, -1 if none.
func lastWordThat(s string, is func(word string) bool) int {
	last, start := -1, -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && is(s[start:i]) {
			last = start
		}
		start = -1
	}
	if start >= 0 && is(s[start:]) {
		last = start
	}
	return last
}

// maxVerbWords is the most words a speech verb spans: "put out a brief
// written statement".
const maxVerbWords = 6

// speechVerbReach is where a pattern ending in a speech verb stops
// reading s: past the last word that can start a verb, the longest verb
// from there, and the space after it that the verb's closing \b looks at.
// A match anywhere in s lies inside s[:speechVerbReach(s)], so a search of
// that much finds what a search of s does, without scanning the rest,
// where the patterns cost the most and can find nothing.
func speechVerbReach(s string) int {
	i := lastVerbStart(s)
	if i < 0 {
		return 0
	}
	for range maxVerbWords {
		for i < len(s) && !verbSpace(s[i]) {
			i++
		}
		for i < len(s) && verbSpace(s[i]) {
			i++
		}
	}
	return i
}

// lastVerbStart is lastSpeechHead as the patterns read words: their \b
// knows only ASCII letters, so a verb also ends where a word goes on in
// another script ("saidé" holds "said").
func lastVerbStart(s string) int {
	return lastWordThat(s, func(word string) bool {
		if speechHeads[word] {
			return true
		}
		for k := 0; k < len(word); k++ {
			if word[k] >= utf8.RuneSelf {
				return k > 0 && speechHeads[word[:k]]
			}
		}
		return false
	})
}

// verbSpace reports whether c is one of the spaces the patterns' \s
// matches between the words of a verb.
func verbSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// utters reports whether a speech verb right before a quotation makes it
// the words said ("who complained “these tweets have impacted markets”"),
// not a title or label the verb is about ("who wrote “The Last
// Republicans”", "who called “Lock her up”").
func utters(verb string) bool {
	switch verb {
	case "said", "says", "added", "adds", "complained", "argued", "argues", "insisted", "insists",
		"warned", "warns", "declared", "stated", "claimed", "asserted", "replied", "responded",
		"countered", "shouted", "yelled", "screamed", "exclaimed":
		return true
	}
	return false
}
