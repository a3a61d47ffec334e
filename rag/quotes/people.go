package quotes

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Who is who: the people an article names, with their genders and
// titles. resolve.go says who a subject near a speech verb
// ("Sheinbaum", "she", "the President") stands for.

// findPeople collects full names (two to four capitalized words, titles
// stripped, not an organisation or place) and every mention of them,
// including later mentions by family name alone.
func (a *analyzer) findPeople() {
	index := map[string]int{}
	var singles []single // one-word names no full name accounts for yet
	for si, s := range a.sents {
		sent := a.text[s.Start:s.End]
		headline := isHeadline(sent)
		listTitle, listEnd := "", 0 // a plural title's singular, and where the list it stands before has reached
		for _, m := range nameRun.FindAllStringIndex(sent, -1) {
			a.nameRuns = append(a.nameRuns, [2]int{s.Start + m[0], s.Start + m[1]})
			if m[0] == 0 {
				m[0] += openingNotName(sent, sent[:m[1]])
			}
			raw := sent[m[0]:m[1]]
			office := heldOffice(sent[:m[0]])
			if office {
				// "Secretary of Homeland Security John Kelly"
				if raw = holderIn(raw); raw == "" {
					continue
				}
			}
			n, g := a.nameOf(raw)
			pi := -1
			if n == "" {
				// "Judge said he did not recall …" after "Mark Judge": a
				// family name that is also a title is its bearer, and the
				// "he" after it theirs.
				if pi = a.titleAsName(raw, si); pi < 0 || precededByThe(sent[:m[0]]) {
					continue
				}
			} else if nameLen(n) >= 2 {
				if inMarks(sent, m[0], m[1]) {
					// "who she nicknamed “Hollywood Sinema”": a
					// nickname, not someone new who would take the
					// family name's later mentions from its bearer.
					continue
				}
				if !isPersonName(n) || (precededByThe(sent[:m[0]]) && !office && !ownerFirst(raw) || opensWithThe(raw)) && g == unknown {
					continue
				}
				if w, _, _ := strings.Cut(n, " "); placeAfterIn(w, sent[:m[0]]) && !IsGivenName(w) {
					// "in Texas O'Rourke gets tough": a place and who
					// is there, not someone named Texas O'Rourke.
					continue
				}
				if numberedName.MatchString(sent[m[1]:]) {
					// "Teamsters Local 90", "Apollo 11": a numbered
					// thing, not a person, and no "he" is theirs.
					continue
				}
				// One person however the article accents the name: a
				// caption's "Jenniffer Gonzalez" is the body's "Jenniffer
				// González", and her "González said" is not ambiguous.
				key := fold(n)
				var ok bool
				if pi, ok = index[key]; !ok {
					// "Mike Bloomberg" is the "Michael Bloomberg" named
					// before: two people would leave "Mr. Bloomberg"
					// no one's.
					if pi = slices.IndexFunc(a.people, func(p Person) bool { return sameByNickname(p.Name, n) }); pi >= 0 {
						index[key], ok = pi, true
					}
				}
				if !ok {
					if headline {
						continue
					}
					pi = a.newPerson(n, si, m[0])
					index[key] = pi
				}
				if k := len(a.full[pi]); k == 0 || a.full[pi][k-1] != si {
					a.full[pi] = append(a.full[pi], si)
					if IsGivenName(givenBeforeAnd(sent[:m[0]])) {
						a.together[[2]int{pi, si}] = true
					}
				}
			} else if placeAfterIn(raw, sent[:m[0]]) {
				// "the French embassy in London" names a place, not
				// Breitbart London: no "she" after it is theirs.
				continue
			} else if pi = a.titledBearerAt(raw, n, si, g); pi < 0 {
				if !headline {
					singles = append(singles, single{n, raw, g, mention{off: s.Start + m[0], sent: si}})
					a.countBareFirst(n, si, m)
				}
				continue
			}
			if g != unknown {
				a.genders[pi] = g
			}
			a.recordTitles(pi, raw, sent[:m[0]])
			// "Sens. Mark Kirk of Illinois and Susan Collins of Maine":
			// each one of the list is "the senator", so that the title
			// names neither of them alone, nor a third senator named
			// with "Sen." alone.
			t := listedTitle(raw, sent[:m[0]])
			if t == "" && listTitle != "" && listJoin.MatchString(sent[listEnd:m[0]]) {
				t = listTitle
			}
			if listTitle, listEnd = t, m[1]; t != "" && !slices.Contains(a.titles[pi], t) {
				a.titles[pi] = append(a.titles[pi], t)
			}
			p := &a.people[pi]
			if k := len(p.Mentions); k == 0 || p.Mentions[k-1] != si {
				p.Mentions = append(p.Mentions, si)
			}
			if nameAsModifier(sent, m[0], m[1]) {
				continue // about them, but not them: no pronoun's antecedent
			}
			a.mentions = append(a.mentions, mention{off: s.Start + m[0], sent: si, person: pi})
		}
	}
	a.titledSingles(singles)
}

// newPerson adds someone first named n in sentence si, at offset at in
// its text, to the people found, and returns their index.
func (a *analyzer) newPerson(n string, si, at int) int {
	s := a.sents[si]
	pi := len(a.people)
	a.people = append(a.people, Person{Name: n})
	a.genders = append(a.genders, firstNameGender(n))
	a.words = append(a.words, nameWords(n))
	a.titles = append(a.titles, nil)
	a.full = append(a.full, nil)
	intro := a.text[s.Start : s.Start+at]
	if si > 0 && a.sents[si-1].Paragraph == s.Paragraph {
		// A sentence may end inside a link card: "his two sons Donald
		// Trump Jr. … Trump Jr.'s" | "… MORE and Eric Trump".
		intro = a.text[a.sents[si-1].Start : s.Start+at]
	}
	a.related = append(a.related, introducedAsRelative(intro))
	return pi
}

// countBareFirst counts, for a one-word name n no full name accounts for,
// at m in sentence si's text, the gender a pronoun opening what it is
// reported to say tells. A name in the title paragraph may be anyone's.
func (a *analyzer) countBareFirst(n string, si int, m []int) {
	s := a.sents[si]
	ws := nameWords(n)
	if len(ws) != 1 || s.Paragraph <= 0 || slices.ContainsFunc(a.words, func(pw []string) bool { return slices.Contains(pw, ws[0]) }) {
		return
	}
	v := a.bareFirst[ws[0]]
	switch a.selfReport(a.text[s.Start+m[0]:s.Start+m[1]], s.Start+m[0]) {
	case female:
		v[0]++
	case male:
		v[1]++
	}
	a.bareFirst[ws[0]] = v
}

// recordTitles adds to person pi's titles those of raw, a run of words
// naming them, and of the word before it, which before ends with.
func (a *analyzer) recordTitles(pi int, raw, before string) {
	// deputy is a word making the title after it another's:
	// "deputy US Attorney General Rod Rosenstein" is not "the
	// attorney general", nor is "Deputy Attorney General Rod
	// Rosenstein", though the first stands before the name's run.
	prev, compound, deputy := "", false, ""
	if w := strings.ToLower(lastField(strings.TrimRightFunc(before, unicode.IsSpace))); deputyTitle(w) {
		deputy = w
	}
	fields := strings.Fields(raw)
	for j, w := range fields {
		w = strings.ToLower(strings.TrimRight(w, ",;:"))
		if compound {
			compound, prev = false, w
			continue // the "general" of "attorney general", recorded with it
		}
		t := w
		if deputyTitle(w) {
			deputy = w
		}
		if deputyTitle(prev) {
			// "Vice President Mike Pence" is not "the president".
			t = prev + " " + w
		}
		if j+1 < len(fields) && strings.EqualFold(strings.TrimRight(fields[j+1], ",;:"), "general") {
			// "Attorney General Jeff Sessions" is "the attorney
			// general", neither "the attorney", who is someone's
			// lawyer, nor "the general".
			t, compound = w+" general", isTitle(w)
			if deputy != "" {
				t = deputy + " " + t
			}
		}
		// "Justices Clarence Thomas, Samuel A. Alito Jr. and Neil
		// M. Gorsuch": "the justices" are the three, not the one
		// the plural stands before.
		former := prev == "former"
		if prev = w; isTitle(w) && !pluralTitle(w) && !slices.Contains(a.titles[pi], t) {
			a.titles[pi] = append(a.titles[pi], t)
		}
		if former && isTitle(w) && !pluralTitle(w) && !slices.Contains(a.titles[pi], "former "+t) {
			// "former President Bill Clinton" is "the former
			// president"; "President Obama" is not.
			a.titles[pi] = append(a.titles[pi], "former "+t)
		}
	}
}

// placeAfterIn reports whether a one-word name run stands after "in",
// as a place does ("in London", "in Washington"), rather than a person.
func placeAfterIn(raw, before string) bool {
	if strings.Contains(raw, " ") || possessive(raw) {
		return false
	}
	return strings.ToLower(lastField(strings.TrimRightFunc(before, unicode.IsSpace))) == "in"
}

// listedTitle is the singular of a plural title opening a name run, or
// ending the text before it ("Sens. Mark Kirk", "Sens . Mark Kirk"),
// else "".
func listedTitle(raw, before string) string {
	w, _, _ := strings.Cut(raw, " ")
	if t := singularTitle[strings.ToLower(w)]; t != "" {
		return t
	}
	if m := pluralTitleBefore.FindStringSubmatch(before[max(0, len(before)-maxPluralTitleBefore):]); m != nil {
		return singularTitle[strings.ToLower(strings.ReplaceAll(m[1], " ", ""))]
	}
	return ""
}

// pluralTitle reports whether a lower-cased title stands before a list
// of names ("Justices Clarence Thomas, Samuel A. Alito Jr. and Neil M.
// Gorsuch"), so that it is none of theirs as it stands.
func pluralTitle(w string) bool {
	return singularTitle[w] != "" || w == "officials"
}

// singularTitle holds the titles that stand before a list of names, and
// what each of the people they stand before is called alone.
var singularTitle = map[string]string{"sens.": "sen.", "senators": "senator", "reps.": "rep.", "representatives": "representative", "judges": "judge", "justices": "justice", "messrs.": "mr.", "messrs": "mr."}

// pluralTitleBefore is a plural title ending the text before a name, its
// stop maybe set apart by a tokenizer ("Sens . "). It is matched on the
// last maxPluralTitleBefore bytes alone: anchored at the end, it would
// scan the sentence up to every name in it.
var pluralTitleBefore = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:sens|reps|messrs)\s?\.|senators|representatives|judges|justices)\s*$`)

// maxPluralTitleBefore bounds a plural title and the space after it.
const maxPluralTitleBefore = 32

// listJoin is what stands between two names of a list a plural title
// opens: the first one's state or party, and a comma or "and".
var listJoin = regexp.MustCompile(`^(?:\s+of\s+\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*)?|\s*,?\s*\(?[RDI]-[\p{L}.]+(?:\s[\p{L}.]+)?\)?)?\s*(?:,\s*and|,|and)\s+$`)

// titleAsName returns the one person named in full by sentence si whose
// family name is w, a single word that is also a title ("Judge" for Mark
// Judge), or -1. Their given name must be one: "Madame General" is a
// title twice.
func (a *analyzer) titleAsName(w string, si int) int {
	w = strings.TrimRight(w, ",;:")
	if strings.ContainsRune(w, ' ') || !isTitle(strings.ToLower(w)) {
		return -1 // not "It" for "B It", a run misread as a name
	}
	found := -1
	for i, p := range a.people {
		if len(a.full[i]) == 0 || a.full[i][0] > si || !strings.HasSuffix(p.Name, " "+w) || firstNameGender(p.Name) == unknown {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// inMarks reports whether sent[start:end] is all a quotation holds:
// “Hollywood Sinema”, "Little Marco,".
func inMarks(sent string, start, end int) bool {
	before, after := sent[:start], strings.TrimLeft(sent[end:], ",.")
	return strings.HasSuffix(before, "“") && strings.HasPrefix(after, "”") ||
		strings.HasSuffix(before, `"`) && strings.HasPrefix(after, `"`)
}

// nameAsModifier reports whether the name at sent[start:end] qualifies
// another word rather than stands for its bearer: "anti-Trump protests",
// "many Trump supporters", "the Clinton campaign". The sentence is about
// the protests or the supporters, and "he" in the next is not Trump (on
// Postlight Parser's pages, "“The hate on Duke’s campus is getting worse,”
// he wrote" was given to him).
func nameAsModifier(sent string, start, end int) bool {
	if start > 0 && sent[start-1] == '-' {
		return true
	}
	if m := roleBeforeName.FindStringSubmatch(sent[end:]); m != nil && (isTitle(m[1]) || workRole[m[1]]) {
		// "Flatiron publisher Bob Miller", "Trump adviser Kellyanne
		// Conway": the one named after the role is the sentence's.
		return true
	}
	return groupNoun.MatchString(sent[end:])
}

// roleBeforeName is a lower-case role and a capitalized name after it.
var roleBeforeName = regexp.MustCompile(`^\s+(\p{Ll}+)\s+\p{Lu}\p{Ll}`)

// workRole holds roles at a firm that are no title of their own: "the
// publisher" alone may be the firm.
var workRole = map[string]bool{"publisher": true, "engineer": true, "employee": true, "staffer": true}

// groupNoun is a lower-case noun a name qualifies: the people around
// someone, or their time in office.
var groupNoun = regexp.MustCompile(`^\s+(?:supporters|voters|backers|loyalists|allies|aides|staffers|officials|critics|opponents|fans|administration|campaign|camp|team|era|presidency|surrogates|advisers|advisors|spokesman|spokeswoman|spokesperson|staff|lawyers|attorneys|investigators|prosecutors)\b`)

// numberedName is a number right after a name run: the run names a
// numbered thing, as people are not numbered.
var numberedName = regexp.MustCompile(`^ \d`)

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
// passes over him to whoever was named before. A titled one-word name
// the article gives in full only later is that person's ("Mr. Trump"
// before "Donald Trump").
func (a *analyzer) titledSingles(singles []single) {
	titled := map[string]bool{}
	for _, s := range singles {
		if w, _, ok := strings.Cut(s.raw, " "); ok && isTitle(strings.ToLower(w)) && !notName(strings.ToLower(s.name)) {
			titled[s.name] = true
		}
	}
	added := false
	for _, s := range singles {
		if !titled[s.name] {
			continue
		}
		pi := -1
		if ws := nameWords(s.name); a.namedInFull(ws) {
			// "Mr. Trump" before "Donald Trump": him, not no one.
			if pi = a.laterBearer(s, ws); pi < 0 {
				if w, _, _ := strings.Cut(s.raw, " "); isTitle(strings.ToLower(w)) {
					// "President Trump" beside Ivanka Trump: the title's
					// bearer is no one titled can name (see there).
					if a.strayTitles == nil {
						a.strayTitles = map[string][]string{}
					}
					t := strings.ToLower(w)
					a.strayTitles[t] = append(a.strayTitles[t], ws[0])
				}
				continue
			}
		} else if pi = slices.IndexFunc(a.people, func(p Person) bool { return p.Name == s.name }); pi < 0 {
			pi = len(a.people)
			a.people = append(a.people, Person{Name: s.name})
			a.genders = append(a.genders, unknown)
			a.words = append(a.words, nameWords(s.name))
			a.titles = append(a.titles, nil)
			a.full = append(a.full, nil)
			a.related = append(a.related, false)
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
		// "Mr. Trump has attacked the Obama administration …" after
		// "Mr. Obama": about him, but not him, as findPeople has it.
		sent := a.sents[s.at.sent]
		if at := s.at.off - sent.Start; !possessive(s.raw) && nameAsModifier(a.text[sent.Start:sent.End], at, at+len(s.raw)) {
			continue
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

// laterBearer returns the one person named in full only after single s
// whose family name s (of words ws) is, of the gender s's title gives
// ("Mr.", "Ms."), or -1. Without a title a bare "Trump" may be any of the
// family, not only the one of them the article names in full ("Trump said
// …. He also said first lady Melania Trump …").
func (a *analyzer) laterBearer(s single, ws []string) int {
	if len(ws) != 1 || s.g == unknown {
		return -1
	}
	found := -1
	for i, pw := range a.words {
		if len(a.full[i]) == 0 || a.full[i][0] <= s.at.sent || pw[len(pw)-1] != ws[0] || a.genders[i] != unknown && a.genders[i] != s.g {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// learnGenders gives a person whose name and titles say nothing of their
// gender the one the article's pronouns do: in every sentence naming them
// and no one else, outside quotation marks, "she" and "her" and never
// "he" or "his" ("Ride acknowledged that her status …"), or the reverse.
// It lets "he says" pass over Keri Gans to reach Scott Keatley.
func (a *analyzer) learnGenders() {
	votes := make([][2]int, len(a.people)) // female, male sentences
	for k := 0; k < len(a.mentions); {
		si, who, alone, first := a.mentions[k].sent, -1, true, 0
		for ; k < len(a.mentions) && a.mentions[k].sent == si; k++ {
			switch m := a.mentions[k]; {
			case a.quoted(m.off):
				// Someone a speaker names is not who the pronouns outside
				// their words stand for: "“Kim Song is not directly
				// involved …,” she said" is Jenny Town's.
			case who < 0:
				who, first = m.person, m.off
			default:
				alone = alone && m.person == who
			}
		}
		if who < 0 || !alone || a.genders[who] != unknown {
			continue
		}
		// Pronouns before the name are someone else's: "His sister, Tami
		// Teeples, said …". And the same pronoun after it goes on
		// speaking of that someone: "At lunch, she waited in line …,
		// recalls Panh, and she never raised her voice" is no vote for
		// Panh.
		before, after := a.pronouns(si, first)
		switch {
		case after.female && !after.male && !before.female:
			votes[who][0]++
		case after.male && !after.female && !before.male:
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

// genderedPronouns tells whether some text holds a feminine and a
// masculine third-person pronoun.
type genderedPronouns struct{ female, male bool }

// pronouns reports the third-person pronouns sentence si holds outside
// quotation marks before offset at and from it on.
func (a *analyzer) pronouns(si, at int) (before, after genderedPronouns) {
	s := a.sents[si]
	start := s.Start
	for _, w := range strings.FieldsFunc(a.text[s.Start:s.End], func(r rune) bool { return !unicode.IsLetter(r) }) {
		// FieldsFunc gives words in order; find each one's offset to skip
		// those inside quotation marks.
		i := strings.Index(a.text[start:s.End], w)
		off := start + i
		start = off + len(w)
		if a.quoted(off) {
			continue
		}
		side := &after
		if off < at {
			side = &before
		}
		switch strings.ToLower(w) {
		case "she", "her", "hers", "herself":
			side.female = true
		case "he", "him", "his", "himself":
			side.male = true
		}
	}
	return before, after
}

// isHeadline reports whether a sentence is a headline in title case
// ("Obama Offers Comfort to Families in Aurora", "Sanders Trounces
// Clinton -- But Will It Make a Difference?"): no full stop or closing
// quotation mark at its end, and nearly every word capitalized. Its
// capitalized runs are not taken for new people: "Obama Offers Comfort"
// would make "Obama" ambiguous.
func isHeadline(sent string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(sent))
	if last == utf8.RuneError || strings.ContainsRune(".\"”", last) {
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
		if a.bears(i, ws) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// namedInFull reports whether someone named in full bears the name
// words ws.
func (a *analyzer) namedInFull(ws []string) bool {
	for i := range a.people {
		if len(a.words[i]) > 1 && a.bears(i, ws) {
			return true
		}
	}
	return false
}

// bears reports whether person i may be called by the name words ws. A
// son the article tells from his father by a suffix is not called by
// the family name alone: "Trump said" beside "Trump Jr. said" is the
// father's.
//
// Nor is someone whose given name is a country's called by it alone:
// "Israel said" beside "Defence Minister Israel Katz" is the country
// (on Fundus's news of 2025 three of the country's words went to him).
func (a *analyzer) bears(i int, ws []string) bool {
	return subsetWords(ws, a.words[i]) && (len(ws) > 1 || Suffix(a.people[i].Name) == "" &&
		!(len(a.words[i]) > 1 && ws[0] == a.words[i][0] && countryGiven[ws[0]]))
}

// countryGiven are given names that are also countries' names.
var countryGiven = map[string]bool{"israel": true, "jordan": true, "georgia": true, "chad": true, "india": true}

// uniquePersonAt is uniquePerson for a name in sentence si: when several
// people bear it, the one of them named in full in si's paragraph or the
// two before, if only one is. A family name two people share means the
// one just introduced ("… state Rep. Greg Harris, the bill's sponsor, …"
// then "Harris said"), as a reader takes it, not one named pages earlier;
// a family's members, named by title and family name all along ("Mrs.
// Bennet"), are not told apart by it.
func (a *analyzer) uniquePersonAt(w string, si int) int {
	ws := nameWords(w)
	para := a.sents[si].Paragraph
	found, bearers := -1, 0
	for i := range a.people {
		if !a.bears(i, ws) {
			continue
		}
		bearers++
		recent := slices.ContainsFunc(a.full[i], func(ms int) bool {
			return ms <= si && a.sents[ms].Paragraph >= para-recentParagraphs
		})
		if recent {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	switch {
	case bearers == 1:
		return a.soleBearer(a.uniquePerson(w), ws)
	case found >= 0 && len(ws) == 1 && a.related[found]:
		return a.principalOver(found, ws)
	case found >= 0 && len(ws) == 1 && a.subjectBefore(found, ws, si) >= 0:
		// "Trump" named again and again before "according to Eric
		// Trump, his sister …": the family name is still the one the
		// article is about, not a source it names once.
		return a.subjectBefore(found, ws, si)
	case found >= 0 && len(ws) == 1 && a.namedTogetherLately(found, si):
		// "Mitt and Ann Romney were not shy …": the family name alone
		// is still the one named in full before her; with no one so
		// named ("Ed and Paula Kassig said … about their son"), it is
		// neither's for sure.
		if p := a.principalOver(found, ws); p != found {
			return p
		}
		return -1
	case found < 0 && len(ws) == 1:
		// "Trump said" beside "Donald Trump" and a run misread as
		// "Donald Trump Read": a family name means the one whose family
		// name it is.
		fam, relative := -1, false
		for i := range a.people {
			switch pw := a.words[i]; {
			case !a.bears(i, ws):
			case a.related[i]:
				// "his father, Ron Paul" named long before: "Paul" is
				// still the senator, as principalOver reads it nearby.
				relative = true
			case pw[len(pw)-1] == ws[0]:
				if fam >= 0 {
					return -1
				}
				fam = i
			}
		}
		if relative && fam >= 0 && (len(a.full[fam]) == 0 || a.full[fam][0] > si) {
			// Not someone named in full only later: "Trump said" before
			// "the president's daughter and adviser, Ivanka Trump" is
			// not hers.
			return -1
		}
		return a.soleBearer(fam, ws)
	}
	return found
}

// subjectBefore returns the bearer of the family name ws the article
// named in full before person pi and then called by it alone at least
// minSubjectMentions times before naming pi in full, when pi is named in
// full once up to si; -1 otherwise.
func (a *analyzer) subjectBefore(pi int, ws []string, si int) int {
	if len(a.full[pi]) == 0 || fullBefore(a.full[pi], si) != 1 {
		return -1
	}
	first := a.full[pi][0]
	for i := range a.people {
		if i == pi || a.related[i] || !a.bears(i, ws) || len(a.full[i]) == 0 || a.full[i][0] >= first {
			continue
		}
		n := 0
		for _, m := range a.mentions {
			if m.person == i && m.sent > a.full[i][0] && m.sent < first {
				n++
			}
		}
		if n >= minSubjectMentions {
			return i
		}
	}
	return -1
}

// minSubjectMentions is how many times the article must call someone by
// family name alone before another bearer appears for the name to stay
// theirs.
const minSubjectMentions = 3

// namedTogetherLately reports whether the sentences naming person pi in
// full up to si, within recentParagraphs, all name them only as the
// second of two sharing a family name: "Mitt and Ann Romney were not shy
// …. “It's not my time,” Romney told me" is still the one the article
// is about, not the wife named last.
func (a *analyzer) namedTogetherLately(pi, si int) bool {
	para, named := a.sents[si].Paragraph, false
	for _, ms := range a.full[pi] {
		if ms > si || a.sents[ms].Paragraph < para-recentParagraphs {
			continue
		}
		if !a.together[[2]int{pi, ms}] {
			return false
		}
		named = true
	}
	return named
}

// namedTogether ends the text before a full name that may be the second
// of two sharing its family name: "Mitt and " of "Mitt and Ann Romney".
// The word before "and" must be a given name: "Trump and Hillary
// Clinton" names no couple.
var namedTogether = regexp.MustCompile(`(?:^|[\s(])(\p{Lu}[\p{L}'’.\-]*)\s+(?:and|&)\s+$`)

// maxNamedTogether bounds the text before a full name that
// givenBeforeAnd reads: a given name and the "and" after it, with room to
// spare. Reading the whole sentence before each name made a sentence of
// many names cost the square of its length.
const maxNamedTogether = 64

// givenBeforeAnd returns the capitalized word that namedTogether finds
// ending before, or "". It reads only the last maxNamedTogether bytes; a
// word cut at their start counts only where the byte before them ends
// the word before it, as namedTogether would read the whole text.
func givenBeforeAnd(before string) string {
	from := max(0, len(before)-maxNamedTogether)
	m := namedTogether.FindStringSubmatchIndex(before[from:])
	if m == nil || from > 0 && m[2] == 0 && !strings.ContainsRune(" \t\n\f\r(", rune(before[from-1])) {
		return ""
	}
	return before[from+m[2] : from+m[3]]
}

// principalOver is the one whose relative ri is, when the family name
// ws alone names someone: the bearer named in full before ri was, if one
// is. News calls a family's best-known member by the family name and the
// others by their given names, so "Trump said" right after "first lady
// Melania Trump" is still the president. ri when no one, or several, came
// first.
func (a *analyzer) principalOver(ri int, ws []string) int {
	if rw := a.words[ri]; rw[len(rw)-1] != ws[0] {
		return ri // "Kim Yo Jong": the family name first
	}
	found := -1
	for i := range a.people {
		if i == ri || a.related[i] || !a.bears(i, ws) || len(a.full[i]) == 0 || a.full[i][0] >= a.full[ri][0] || a.words[i][len(a.words[i])-1] != ws[0] {
			continue
		}
		if found >= 0 {
			return ri
		}
		found = i
	}
	if found < 0 {
		return ri
	}
	return found
}

// introducedAsRelative reports whether before, the text of a sentence
// before a name, introduces its bearer as a relative of someone the
// article names otherwise: "first lady Melania Trump", "his son, Eric
// Trump", "his two sons Donald Trump Jr. and Eric Trump", "the
// president's daughter and adviser, Ivanka Trump". Not a relative
// of someone the sentence names ("Teves' father Tom Teves", "Kim’s
// sister, Kim Yo Jong"): the article turns to them, and the family name
// alone may now be theirs. Spaces are collapsed first: a masked link
// card leaves a run of them after a name.
func introducedAsRelative(before string) bool {
	tail := strings.Join(strings.Fields(before[max(0, len(before)-maxRelativeIntro):]), " ") + " "
	m := relativeIntro.FindStringIndex(tail)
	if m == nil {
		return false
	}
	w := lastField(strings.TrimRightFunc(tail[:m[0]], unicode.IsSpace))
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && possessive(w) {
		return true // "the president's daughter and adviser, Ivanka Trump"
	}
	return !possessive(w) && !strings.HasSuffix(w, "'") && !strings.HasSuffix(w, "’")
}

// maxRelativeIntro bounds the text before a name that introducedAsRelative
// reads: a relation, a sibling's name and "and", and a masked card after
// each name.
const maxRelativeIntro = 2*maxRollover + 160

// relativeIntro ends the text before a name that introduces its bearer as
// someone's relative ("the president's daughter and adviser, "), or as
// one of several named together ("sons Donald Trump Jr. and ").
var relativeIntro = regexp.MustCompile(`\b(?:(?i:first\s+lady|wife|husband|spouse|son|daughter|brother|sister|father|mother|niece|nephew|cousin|uncle|aunt|widow|widower|grandson|granddaughter|stepson|stepdaughter|(?:son|daughter|father|mother|brother|sister)-in-law)(?:\s+and\s+(?:senior\s+)?(?:adviser|advisor|aide|confidant))?\s*,?|(?i:sons|daughters|children|brothers|sisters|grandsons|granddaughters|grandchildren)\s*,?(?:\s*(?:\p{Lu}[\p{L}.'’\-]*\s+){1,4},?\s*(?:and|&))?)\s*$`)

// soleBearer is pi, the one person bearing the name words ws, unless the
// name alone was someone else's first: "Trump said he was …" long before
// "first lady Melania Trump" names a man, and "Trump said" is still his.
// So is a family name the body used alone before naming a relative of
// its bearer ("Trump announced …", then "First lady Melania Trump"),
// whatever pronoun followed it.
func (a *analyzer) soleBearer(pi int, ws []string) int {
	if pi < 0 || len(ws) != 1 || ws[0] != a.words[pi][len(a.words[pi])-1] {
		return pi
	}
	if _, usedBefore := a.bareFirst[ws[0]]; usedBefore && a.related[pi] || a.genders[pi] != unknown && a.bareGender(ws[0]) == opposite(a.genders[pi]) {
		return -1
	}
	return pi
}

// bearerAt is uniquePersonAt for a name whose title gives a gender g:
// "Ms. Holmes" after "James Holmes" and "his mother, Mary Holmes" is
// her, however recently he was named; with no bearer of that gender, no
// one. A bearer whose gender is unknown is not guessed at: on the
// harness's sets that cost more than it found.
func (a *analyzer) bearerAt(w string, si int, g gender) int {
	pi := a.uniquePersonAt(w, si)
	if g == unknown || pi >= 0 && a.genders[pi] != opposite(g) {
		return pi
	}
	ws := nameWords(w)
	found := -1
	for i := range a.people {
		if a.bears(i, ws) && a.genders[i] == g && len(a.full[i]) > 0 && a.full[i][0] <= si {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// titledBearerAt is bearerAt for the one-word name n as raw has it: "Mr
// Howard" is someone whose family name is Howard, never Howard Flight.
func (a *analyzer) titledBearerAt(raw, n string, si int, g gender) int {
	pi := a.bearerAt(n, si, g)
	if pi < 0 {
		return pi
	}
	if title, _, _ := strings.Cut(strings.TrimSpace(raw), " "); regnalTitle(title) {
		// A pope or a king goes by a given name alone: "Pope Francis" is
		// not Francis DeBernardo. "Prince Khalid" is Prince Khalid bin
		// Salman, named so.
		full := strings.Fields(a.people[pi].Name)
		if len(full) >= 2 && len(nameWords(n)) == 1 && strings.EqualFold(full[0], n) && !strings.Contains(a.text, title+" "+a.people[pi].Name) {
			return -1
		}
	}
	if !familyHonorific(raw) {
		return pi
	}
	full := strings.Fields(a.people[pi].Name)
	// Only a given name as English names it, first of two words, is
	// read so: "Mr Xi" is Xi Jinping, "Mr Kim" Kim Jong-un, whose family
	// names come first.
	if ws := nameWords(n); len(full) != 2 || len(ws) != 1 || !strings.EqualFold(full[0], n) || !IsGivenName(full[0]) || koreanGiven.MatchString(full[1]) {
		return pi
	}
	return -1
}

// regnalTitle reports whether w is a title put before the one name a
// monarch or a pope reigns by: "Pope" Francis, "King" Charles.
func regnalTitle(w string) bool {
	return slices.ContainsFunc(regnalTitles, func(t string) bool { return strings.EqualFold(w, t) })
}

// regnalTitles are the titles regnalTitle reports.
var regnalTitles = []string{"pope", "king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir"}

// familyHonorific reports whether a run opens with a title only ever put
// before a family name: "Mr", "Mrs", "Ms", "Miss". "Sir Howard" and
// "Lord Howard" may be a given name's.
func familyHonorific(raw string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(raw), " ")
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "mr", "mrs", "ms", "miss", "messrs":
		return true
	}
	return false
}

// bareGender is the gender of whoever the article's body called by the
// one-word name w before naming anyone in full who bears it, as the
// pronoun opening what they are reported to say tells it ("Trump said
// he …"); unknown when none does, or they disagree.
func (a *analyzer) bareGender(w string) gender {
	switch v := a.bareFirst[w]; {
	case v[0] > 0 && v[1] == 0:
		return female
	case v[1] > 0 && v[0] == 0:
		return male
	}
	return unknown
}

// usedBare reports whether the article's body called someone by the
// one-word name n before naming anyone in full whose family name it is
// ("Trump announced …" before "First lady Melania Trump").
func (a *analyzer) usedBare(n string) bool {
	ws := nameWords(n)
	if len(ws) != 1 {
		return false
	}
	if _, ok := a.bareFirst[ws[0]]; !ok {
		return false
	}
	return slices.ContainsFunc(a.words, func(pw []string) bool { return len(pw) > 0 && pw[len(pw)-1] == ws[0] })
}

// bareGenderOf is bareGender for a one-word name as the text has it;
// unknown for a longer one.
func (a *analyzer) bareGenderOf(n string) gender {
	ws := nameWords(n)
	if len(ws) != 1 {
		return unknown
	}
	return a.bareGender(ws[0])
}

// opposite is the other of male and female.
func opposite(g gender) gender {
	switch g {
	case male:
		return female
	case female:
		return male
	}
	return unknown
}

// recentParagraphs is how many paragraphs back a shared family name looks
// for the bearer it means.
const recentParagraphs = 2

// opensWithThe reports whether a capitalized run starts with "The" and
// no title: "The Acne Prescription" is a book or a firm, not a person, "The
// Rev. Al Green" is one.
func opensWithThe(run string) bool {
	w, rest, _ := strings.Cut(run, " ")
	next, _, _ := strings.Cut(rest, " ")
	return w == "The" && !isTitle(strings.ToLower(next)) && !ownerFirst(rest)
}

// ownerFirst reports whether a run opens with an owner before a name of
// two words or more: "Federalist's David Harsanyi", "Times' Maggie
// Haberman". "The" or "the" before it is the owner's, not the person's.
func ownerFirst(run string) bool {
	ws := strings.Fields(run)
	if len(ws) < 3 {
		return false
	}
	return owner(ws[0])
}

// precededByThe reports whether the text before a name ends in "the": "the
// Global Initiative", "The New York Times" are not people.
func precededByThe(before string) bool {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	return strings.EqualFold(before[i+1:], "the")
}

// clauses is plain(si) with the comma that ends a quotation kept: in
// "Where George W. Bush labeled himself a “uniter, not a divider,” Jeb
// Bush takes …" that comma ends the opening clause too.
func (a *analyzer) clauses(si int) string {
	b := []byte(a.plain(si))
	s := a.sents[si]
	for _, m := range a.marksIn(s.Start, s.End) {
		inner := strings.TrimRight(a.text[m[0]:m[1]], `"”’'»`)
		if at := m[0] + len(inner) - 1; strings.HasSuffix(inner, ",") && at >= s.Start && at < s.End {
			b[at-s.Start] = ','
		}
	}
	return string(b)
}

// plain is sentence si with its quotations blanked out, so that words
// inside them are not read as its own.
func (a *analyzer) plain(si int) string {
	s := a.sents[si]
	b := []byte(a.text[s.Start:s.End])
	for _, m := range a.marksIn(s.Start, s.End) {
		for j := max(m[0], s.Start); j < min(m[1], s.End); j++ {
			b[j-s.Start] = ' '
		}
	}
	return string(b)
}

func (a *analyzer) personIndex(name string) int {
	for i, p := range a.people {
		if p.Name == name {
			return i
		}
	}
	return -1
}

// deputyTitle reports whether a lower-cased title word makes the title
// after it another office: a vice president, a lieutenant governor, a
// deputy or assistant secretary, the chief justice (not one of the
// justices).
func deputyTitle(w string) bool {
	switch w {
	case "vice", "deputy", "lieutenant", "lt.", "assistant", "chief":
		return true
	}
	return false
}

// openingNotName is the length of the word opening sentence sent, and the
// name run it opens, that is no given name but the sentence's own, with
// its space; 0 when the run opens with a name. A question's auxiliary:
// "Will Mitt Romney take the plunge again?" ("Will" is a given name too,
// so only before a full name, in a sentence that ends as a question),
// "Would Warren endorse …?". A participle opening a clause set off by a
// comma: "Using Twitter, he threatened …", else "Twitter" would be a man,
// and the "he" after "weighed in on Twitter" his. A participle with no
// clause set off after it may open a name: "Rolling Stone publisher Jann
// Wenner" is no mention of Oliver Stone.
func openingNotName(sent, run string) int {
	w, _, ok := strings.Cut(run, " ")
	if !ok {
		return 0
	}
	switch {
	case w == "Will":
		ok = len(strings.Fields(run)) > 2 && strings.HasSuffix(strings.TrimSpace(sent), "?")
	case auxiliary[w]:
		ok = strings.Contains(sent, "?")
	default:
		ok = openingIng(w) && strings.Contains(sent[len(run):], ",")
	}
	if !ok {
		return 0
	}
	return len(w) + 1
}

// openingIng reports whether a capitalised word opening a sentence is a
// participle ("Using", "Citing"), not a given name ("Irving").
func openingIng(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ing") && !IsGivenName(w)
}

// auxiliary holds the auxiliaries that open a question ("Would Warren
// endorse …?"), none of them a given name.
var auxiliary = map[string]bool{"Would": true, "Could": true, "Should": true, "Did": true, "Does": true, "Is": true, "Was": true, "Were": true, "Are": true, "Has": true, "Have": true, "Had": true, "Must": true, "Might": true, "Shall": true}
