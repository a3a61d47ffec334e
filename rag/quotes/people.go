package quotes

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Who is who: the people an article names, their genders and titles,
// and who a subject near a speech verb ("Sheinbaum", "she", "the
// President") stands for.

// findPeople collects full names (two to four capitalized words, titles
// stripped, not an organisation or place) and every mention of them,
// including later mentions by family name alone.
func (a *analyzer) findPeople() {
	index := map[string]int{}
	var singles []single // one-word names no full name accounts for yet
	for si, s := range a.sents {
		sent := a.text[s.Start:s.End]
		headline := isHeadline(sent)
		for _, m := range nameRun.FindAllStringIndex(sent, -1) {
			raw := sent[m[0]:m[1]]
			n, g := cleanName(raw)
			if n == "" {
				continue
			}
			pi := -1
			if len(strings.Fields(n)) >= 2 {
				if !isPersonName(n) || (precededByThe(sent[:m[0]]) || opensWithThe(raw)) && g == unknown {
					continue
				}
				var ok bool
				if pi, ok = index[n]; !ok {
					if headline {
						continue
					}
					pi = len(a.people)
					index[n] = pi
					a.people = append(a.people, Person{Name: n})
					a.genders = append(a.genders, firstNameGender(n))
					a.words = append(a.words, nameWords(n))
					a.titles = append(a.titles, nil)
				}
			} else if pi = a.uniquePerson(n); pi < 0 {
				if !headline {
					singles = append(singles, single{n, raw, g, mention{off: s.Start + m[0], sent: si}})
				}
				continue
			}
			if g != unknown {
				a.genders[pi] = g
			}
			for _, w := range strings.Fields(raw) {
				if w = strings.ToLower(strings.TrimRight(w, ",;:")); isTitle(w) && !slices.Contains(a.titles[pi], w) {
					a.titles[pi] = append(a.titles[pi], w)
				}
			}
			p := &a.people[pi]
			if k := len(p.Mentions); k == 0 || p.Mentions[k-1] != si {
				p.Mentions = append(p.Mentions, si)
			}
			a.mentions = append(a.mentions, mention{off: s.Start + m[0], sent: si, person: pi})
		}
	}
	a.titledSingles(singles)
}

// single is a one-word name run: its name, the run, the gender its title
// gives and where it is.
type single struct {
	name, raw string
	g         gender
	at        mention
}

// titledSingles makes a person of a one-word name the article gives with a
// title ("Mr. Obama noted …", "Ms. Park") and never within a full name,
// with every mention of it: otherwise "he said" after "Mr. Obama noted"
// passes over him to whoever was named before.
func (a *analyzer) titledSingles(singles []single) {
	titled := map[string]bool{}
	for _, s := range singles {
		if w, _, ok := strings.Cut(s.raw, " "); ok && isTitle(strings.ToLower(w)) && !notName(strings.ToLower(s.name)) {
			titled[s.name] = true
		}
	}
	added := false
	for _, s := range singles {
		if !titled[s.name] || slices.ContainsFunc(a.words, func(ws []string) bool { return len(ws) > 1 && subsetWords(nameWords(s.name), ws) }) {
			continue
		}
		pi := slices.IndexFunc(a.people, func(p Person) bool { return p.Name == s.name })
		if pi < 0 {
			pi = len(a.people)
			a.people = append(a.people, Person{Name: s.name})
			a.genders = append(a.genders, unknown)
			a.words = append(a.words, nameWords(s.name))
			a.titles = append(a.titles, nil)
		}
		if s.g != unknown {
			a.genders[pi] = s.g
		}
		if w, _, _ := strings.Cut(s.raw, " "); isTitle(strings.ToLower(w)) && !slices.Contains(a.titles[pi], strings.ToLower(w)) {
			a.titles[pi] = append(a.titles[pi], strings.ToLower(w))
		}
		if p := &a.people[pi]; !slices.Contains(p.Mentions, s.at.sent) {
			p.Mentions = append(p.Mentions, s.at.sent)
			slices.Sort(p.Mentions)
		}
		m := s.at
		m.person = pi
		a.mentions = append(a.mentions, m)
		added = true
	}
	if added {
		slices.SortStableFunc(a.mentions, func(x, y mention) int { return x.off - y.off })
	}
}

// learnGenders gives a person whose name and titles say nothing of their
// gender the one the article's pronouns do: in every sentence naming them
// and no one else, outside quotation marks, "she" and "her" and never
// "he" or "his" ("Ride acknowledged that her status …"), or the reverse.
// It lets "he says" pass over Keri Gans to reach Scott Keatley.
func (a *analyzer) learnGenders() {
	votes := make([][2]int, len(a.people)) // female, male sentences
	for k := 0; k < len(a.mentions); {
		si, who, alone, first := a.mentions[k].sent, a.mentions[k].person, true, a.mentions[k].off
		for ; k < len(a.mentions) && a.mentions[k].sent == si; k++ {
			alone = alone && a.mentions[k].person == who
		}
		if !alone || a.genders[who] != unknown {
			continue
		}
		// Pronouns before the name are someone else's: "His sister, Tami
		// Teeples, said …".
		female, male := a.pronouns(si, first)
		switch {
		case female && !male:
			votes[who][0]++
		case male && !female:
			votes[who][1]++
		}
	}
	for i, v := range votes {
		switch {
		case v[0] > 0 && v[1] == 0:
			a.genders[i] = female
		case v[1] > 0 && v[0] == 0:
			a.genders[i] = male
		}
	}
}

// pronouns reports whether sentence si, outside quotation marks and from
// offset from on, holds a feminine and a masculine third-person pronoun.
func (a *analyzer) pronouns(si, from int) (female, male bool) {
	s := a.sents[si]
	start := s.Start
	for _, w := range strings.FieldsFunc(a.text[s.Start:s.End], func(r rune) bool { return !unicode.IsLetter(r) }) {
		// FieldsFunc gives words in order; find each one's offset to skip
		// those inside quotation marks.
		i := strings.Index(a.text[start:s.End], w)
		off := start + i
		start = off + len(w)
		if off < from || a.quoted(off) {
			continue
		}
		switch strings.ToLower(w) {
		case "she", "her", "hers", "herself":
			female = true
		case "he", "him", "his", "himself":
			male = true
		}
	}
	return female, male
}

// isHeadline reports whether a sentence is a headline in title case
// ("Obama Offers Comfort to Families in Aurora"): no closing punctuation
// and nearly every word capitalized. Its capitalized runs are not taken
// for new people: "Obama Offers Comfort" would make "Obama" ambiguous.
func isHeadline(sent string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(sent))
	if last == utf8.RuneError || strings.ContainsRune(".!?\"”", last) {
		return false
	}
	upper, lower := 0, 0
	for _, w := range strings.Fields(sent) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r) && !smallTitleWord(w):
			lower++
		}
	}
	return upper >= minHeadlineWords && lower*headlineLower <= upper
}

// A headline has at least minHeadlineWords capitalized words and at most
// one lower-case word (other than "of", "the", …) per headlineLower.
const (
	minHeadlineWords = 3
	headlineLower    = 5
)

// uniquePerson returns the index of the one person known so far whose
// name contains the word w, or -1 when none or several do.
func (a *analyzer) uniquePerson(w string) int {
	ws := nameWords(w)
	found := -1
	for i := range a.people {
		if subsetWords(ws, a.words[i]) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// titled returns the one person the article names with title t ("…,”
// the President said" after "President Barack Obama"), or "" when no one
// or several are.
func (a *analyzer) titled(t string) string {
	if !isTitle(t) {
		return ""
	}
	found := ""
	for i, ts := range a.titles {
		if slices.Contains(ts, t) {
			if found != "" {
				return ""
			}
			found = a.people[i].Name
		}
	}
	return found
}

// opensWithThe reports whether a capitalized run starts with "The" and
// no title: "The Acne Prescription" is a book or a firm, not a person, "The
// Rev. Al Green" is one.
func opensWithThe(run string) bool {
	w, rest, _ := strings.Cut(run, " ")
	next, _, _ := strings.Cut(rest, " ")
	return w == "The" && !isTitle(strings.ToLower(next))
}

// precededByThe reports whether the text before a name ends in "the": "the
// Global Initiative", "The New York Times" are not people.
func precededByThe(before string) bool {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	return strings.EqualFold(before[i+1:], "the")
}

// resolve turns a named subject next to a speech verb into a full name:
// "Sheinbaum" into "Claudia Sheinbaum" when that is the only person of
// that name so far; organisations keep their name ("New York Times").
func (a *analyzer) resolve(subject string) string {
	n, _ := cleanName(subject)
	if n == "" {
		return a.titled(strings.ToLower(strings.TrimSpace(subject)))
	}
	if len(strings.Fields(n)) >= 2 {
		// "Claudia Sheinbaum" may be mentioned as "Claudia Sheinbaum Pardo".
		ws := nameWords(n)
		for i, p := range a.people {
			if len(p.Name) > len(n) && subsetWords(ws, a.words[i]) {
				return p.Name
			}
		}
		return n
	}
	if pi := a.uniquePerson(n); pi >= 0 {
		return a.people[pi].Name
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
	if g, ok := pronoun(subj); ok {
		return a.antecedent(g, si, off, lastSpeaker, words)
	}
	return a.resolve(subj)
}

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

// antecedent finds who a pronoun in sentence si, before off, stands for.
// In order of preference: a person named earlier in the same sentence; the
// subject of the previous sentence (its quotation's speaker, else the
// first person it names); the last speaker; the last person named. A
// candidate whose known gender differs is skipped. "They" is resolved only
// to a speaker who is not a known person (an organisation).
func (a *analyzer) antecedent(want gender, si, off int, lastSpeaker string, words [2]int) string {
	return a.antecedentAt(want, si, off, lastSpeaker, words, 0)
}

// maxPronounChain bounds how many sentences back a chain of pronoun
// subjects is followed ("Tami Teeples never said … On Sunday she told NBC
// News … “…,” she said").
const maxPronounChain = 3

func (a *analyzer) antecedentAt(want gender, si, off int, lastSpeaker string, words [2]int, depth int) string {
	ok := func(name string) bool {
		if name == "" {
			return false
		}
		pi := a.personIndex(name)
		if pi >= 0 && a.mentionedIn(pi, words) {
			return false
		}
		if want == unknown && len(a.people) > 0 {
			return pi < 0 && lastSpeaker == name
		}
		return pi < 0 || a.genders[pi] == unknown || a.genders[pi] == want
	}
	// A person named earlier in the same sentence, outside quotation
	// marks: a name inside a quotation is someone the speaker talks about.
	for _, m := range a.mentions {
		if m.sent == si && m.off < off && !a.quoted(m.off) && ok(a.people[m.person].Name) {
			return a.people[m.person].Name
		}
	}
	if si > 0 {
		prev := si - 1
		for qi := len(a.quotes) - 1; qi >= 0; qi-- {
			if q := a.quotes[qi]; q.Sentence == prev && ok(q.Speaker) {
				return q.Speaker
			}
		}
		// A sentence whose speech verb has a pronoun of this gender for
		// subject: the same person, whoever that pronoun stands for.
		if depth < maxPronounChain && want != unknown {
			plain := a.plain(prev)
			if m := findSubjectVerb(plain, false); m != nil {
				if g, isPronoun := pronoun(plain[m[2]:m[3]]); isPronoun && g == want {
					if name := a.antecedentAt(want, prev, a.sents[prev].Start+m[2], lastSpeaker, words, depth+1); ok(name) {
						return name
					}
				}
			}
		}
		for k, m := range a.mentions {
			if m.sent == prev && !a.quoted(m.off) {
				if k+1 < len(a.mentions) && a.mentions[k+1].sent == prev && a.appositiveAfter(m.off, a.mentions[k+1].off) {
					continue // "Muzzy’s sister, Tami Teeples, …": not the subject
				}
				if name := a.people[m.person].Name; ok(name) {
					return name
				}
				break // the subject is the first name only
			}
		}
	}
	if ok(lastSpeaker) {
		return lastSpeaker
	}
	for k := len(a.mentions) - 1; k >= 0; k-- {
		if m := a.mentions[k]; m.off < off && !a.quoted(m.off) {
			if name := a.people[m.person].Name; ok(name) {
				return name
			}
		}
	}
	return ""
}

// plain is sentence si with its quotations blanked out, so that words
// inside them are not read as its own.
func (a *analyzer) plain(si int) string {
	s := a.sents[si]
	b := []byte(a.text[s.Start:s.End])
	for _, m := range a.marks {
		for j := max(m[0], s.Start); j < min(m[1], s.End); j++ {
			b[j-s.Start] = ' '
		}
	}
	return string(b)
}

// appositiveAfter reports whether the name at off is a possessive whose
// noun is the name at next: "Muzzy’s sister, Tami Teeples". The sentence
// is about the second ("DiMugno’s study time was …" is about DiMugno).
func (a *analyzer) appositiveAfter(off, next int) bool {
	run := nameRun.FindString(a.text[off:])
	if !possessive(run) || next < off+len(run) {
		return false
	}
	between := a.text[off+len(run) : next]
	return possessiveRole.MatchString(between)
}

// possessiveRole is a relation or role between a possessive and the name
// it introduces: " sister, ", " campaign manager ".
var possessiveRole = regexp.MustCompile(`^\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,?\s+$`)

// mentionedIn reports whether person pi is named within span.
func (a *analyzer) mentionedIn(pi int, span [2]int) bool {
	for _, m := range a.mentions {
		if m.person == pi && m.off >= span[0] && m.off < span[1] {
			return true
		}
	}
	return false
}

func (a *analyzer) personIndex(name string) int {
	for i, p := range a.people {
		if p.Name == name {
			return i
		}
	}
	return -1
}
