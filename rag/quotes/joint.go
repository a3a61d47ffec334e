package quotes

import (
	"regexp"
	"strings"
)

// Speakers named together: "Jason Chaffetz, R-Utah, and Devin Nunes,
// R-Calif., called Kennedy’s actions “extremely disturbing”" are both
// men's words, and "What did Chaffetz say?" should find them. The verb's
// subject is the last name; the ones before it, joined by "and" (and
// commas in a list), are its partners. The speaker is then every name,
// "Jason Chaffetz and Devin Nunes", which SameSpeaker matches with a
// question about either: each one's words are words of the whole.

// maxPartners bounds the names a list may join before the subject.
const maxPartners = 6

var (
	// andBefore is the narration between the last "and" before a subject
	// and the subject: the subject's title, if any ("and House
	// Intelligence Committee Chairman ").
	andBefore = regexp.MustCompile(`^ and\s+(?:(?:\p{Lu}[\p{L}.'’\-]*|of|the|for)\s+){0,6}$`)
	// commaBefore ends the narration before a name within a list ("Leahy,
	// Durbin and Franken").
	commaBefore = regexp.MustCompile(`,\s+(?:(?:\p{Lu}[\p{L}.'’\-]*|of|the|for)\s+){0,6}$`)
	// asideEnd is what may stand between a partner's name and the "and":
	// party and state, an age, a short role (", R-Utah,", " (D-Ore.)").
	asideEnd = regexp.MustCompile(`(?:,\s*[^,"“”«»]{1,40},?|\s*` + partyState + `)$`)
)

// partyState is a short aside in parentheses after a name: party and
// state, "(D-Ore.)", or an age.
const partyState = `\([^()"“”«»]{1,30}\)`

// partners returns the people named as co-subjects before the subject
// at off, in text order, or none when the subject stands alone.
func (a *analyzer) partners(off int) []string {
	si := a.sentenceOf(off)
	start := a.sents[si].Start
	if off <= start {
		return nil
	}
	// The "and" is the last one before the subject (a title has none), so
	// the pattern runs on the text from there, not the whole sentence.
	k := strings.LastIndex(a.text[start:off], " and ")
	if k < 0 || !andBefore.MatchString(a.text[start+k:off]) {
		return nil
	}
	end := start + k
	if k > 0 && a.text[end-1] == ',' {
		end-- // "…, R-Utah, and"
	}
	var out []string
	for len(out) < maxPartners {
		pi, at := a.nameEndingAt(si, end)
		if pi < 0 || !opensSubject(a.text[start:at]) {
			// "… evidence against Trump, and the White House said", "In
			// addition to Chaffetz, Sen. Ron Johnson … and Rep. Bob
			// Goodlatte … wrote": a name after a preposition is no
			// subject, and the list, if any, ends after it.
			break
		}
		out = append(out, a.people[pi].Name)
		c := commaBefore.FindStringIndex(a.text[start:at])
		if c == nil {
			break
		}
		end = start + c[0]
	}
	if len(out) == 0 {
		return nil
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// titleWords are capitalized words, "of", "the" and "for" before a name:
// its title ("House Intelligence Committee Chairman ", "Sen. ").
var titleWords = regexp.MustCompile(`(?:(?:\p{Lu}[\p{L}.'’\-]*|of|the|for)\s+)*$`)

// clauseOpen ends text after which a subject may stand: nothing, a comma
// or other clause break, a quotation ("“…,” Pelosi and Schumer said"),
// or a conjunction.
var clauseOpen = regexp.MustCompile(`(?:^|[,;:(—–"”]|\b(?:[Aa]nd|[Bb]ut|[Bb]oth|[Tt]hen|[Yy]et))\s*$`)

// opensSubject reports whether a name after before, the sentence up to
// it, may be a verb's subject: nothing but a title or a clause break
// stands before it, not a preposition or a verb.
func opensSubject(before string) bool {
	if m := titleWords.FindStringIndex(before); m != nil {
		before = before[:m[0]]
	}
	return clauseOpen.MatchString(before)
}

// nameEndingAt returns the person named in sentence si whose name ends at
// end, or after whom only an aside stands before end, and where the name
// starts; -1 when there is none.
func (a *analyzer) nameEndingAt(si, end int) (person, at int) {
	start := a.sents[si].Start
	ends := []int{end}
	if m := asideEnd.FindStringIndex(a.text[start:end]); m != nil {
		ends = append(ends, start+m[0])
	}
	for _, e := range ends { // the name right before end first: "Leahy, Durbin and …" is Durbin
		for _, m := range a.mentionsIn(si) {
			if m.off < e && !a.quoted(m.off) && m.off+len(nameRun.FindString(a.text[m.off:e])) == e {
				return m.person, m.off
			}
		}
	}
	return -1, -1
}

// withPartners names the partners of the subject at off along with
// speaker, the one the subject resolved to: "Jason Chaffetz and Devin
// Nunes", "Patrick Leahy, Dick Durbin and Al Franken". A joint speaker
// is remembered, so that no "he" or "she" is taken for it.
func (a *analyzer) withPartners(speaker string, off int) string {
	if off < 0 || speaker == "" {
		return speaker
	}
	var names []string
	for _, p := range a.partners(off) {
		if !strings.Contains(speaker, p) {
			names = append(names, p)
		}
	}
	if len(names) == 0 {
		return speaker
	}
	joint := strings.Join(names, ", ") + " and " + speaker
	if a.joint == nil {
		a.joint = map[string]bool{}
	}
	a.joint[joint] = true
	return joint
}
