package quotes

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Finding the person a pronoun stands for: its antecedent, in the
// sentence, the ones before it, or the quotation it follows.

// antecedent finds who a pronoun in sentence si, before off, stands for.
// In order of preference: a person named earlier in the same sentence; the
// subject of the previous sentence (its quotation's speaker, else the
// first person it names); the last speaker; the last person named in its
// paragraph or the one before, when gender or the sentence before points
// at them. A candidate whose known gender differs is skipped. "They" is
// resolved only to a speaker who is not a known person (an organisation).
func (a *analyzer) antecedent(want gender, si, off int, lastSpeaker string, words [2]int) string {
	return a.antecedentAt(want, si, off, lastSpeaker, words, 0)
}

// maxPronounChain bounds how many sentences back a chain of pronoun
// subjects is followed ("Tami Teeples never said … On Sunday she told NBC
// News … “…,” she said").
const maxPronounChain = 3

// joinedClause ends the text before the subject of a clause joined to the
// sentence's first: ", and Rep. ", ", but ". It is matched on the last
// maxJoinedClause bytes before the subject alone.
var joinedClause = regexp.MustCompile(`,\s+(?:and|but|while)\s+(?:\p{Lu}\p{L}*\.\s+)?$`)

// maxJoinedClause bounds the comma, conjunction and title joinedClause
// reads.
const maxJoinedClause = 32

// relativeOnSubject is the text from an unnamed subject to a name inside
// a relative clause on it: " who has worked with ".
var relativeOnSubject = regexp.MustCompile(`^\s+who\s+[^,;:"“”«»]*$`)

// writerAsksUnnamed is a sentence in which the writer asks someone
// described, not named, a question: "I ask the girl if", "I asked a
// nurse whether".
var writerAsksUnnamed = regexp.MustCompile(`^\s*I\s+(?:then\s+|also\s+)?ask(?:ed)?\s+(?:the|a|an|one|another)\s+(?:[\p{Ll}'’\-]+\s+){0,2}?[\p{Ll}'’\-]+\s+(?:if|whether|about|how|why|what|who|when|where)\b`)

// reportedSpeaker is a sentence in which a reporter reports what someone
// named in the clause said: "Gertz reported that a counterterrorism
// expert, Sebastian Gorka, explained …". The one reported is the first
// group.
var reportedSpeaker = regexp.MustCompile(`^\s*` + name + `\s+(?:reported|reports|wrote|writes)\s+that\s+(?:[^"“”«»,.;]{1,60},\s+)?(` + name + `),?\s+` + adverb + `(?:` + speechVerbs + `)\b`)

// accordingToOpening is a sentence opening with its source named: "According
// to Kirby, …".
var accordingToOpening = regexp.MustCompile(`^\s*According\s+to\s+(` + name + `),`)

// occasionRelative ends text before a pronoun that opens a relative
// clause on an occasion or a message: "a radio interview where ", "a
// speech in which ", "a quote from Mrs. Clinton in which ". The first
// group is whom the occasion was with or for, not its giver: "an
// interview with the Des Moines Register, in which ".
var occasionRelative = regexp.MustCompile(`\b(?:interview|speech|remarks|appearance|statement|address|conversation|call|hearing|rally|event|podcast|tweet|post|video|quote|letter|email|message|memo|note)\s+(?:from\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}|((?:with|on|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&’'-]*\s*){1,4}),?\s+)?(?:where|in\s+which|during\s+which)\s+$`)

// occasionAt is occasionRelative's match on the text of sentence own
// before offset p, nil when it ends in no such clause or p lies outside.
func occasionAt(own string, p int) []int {
	if p <= 0 || p > len(own) {
		return nil
	}
	return occasionRelative.FindStringSubmatchIndex(own[:p])
}

// occasionGiven is the span in before of the giver of an occasion a
// relative clause ending before is on ("a key speech Mr Obama gave in
// Cairo in 2009, where he had called for …", "Scalia's dissent …, in
// which he wrote"), whom the pronoun after it stands for; -1, -1 when
// before ends in no such clause.
func occasionGiven(before string) (start, end int) {
	t := strings.TrimRight(before, " ")
	if !strings.HasSuffix(t, " where") && !strings.HasSuffix(t, " which") {
		return -1, -1
	}
	from := max(0, len(before)-maxOccasionGiven)
	m := occasionGivenPattern.FindStringSubmatchIndex(before[from:])
	if m == nil {
		// "a nod to Scalia's dissent in the 2015 decision, in which he
		// wrote …": the work's owner.
		from = max(0, len(before)-maxOwnedWork)
		if m = ownedWorkRelative.FindStringSubmatchIndex(before[from:]); m == nil {
			return -1, -1
		}
	}
	return from + m[2], from + m[3]
}

// maxOwnedWork bounds the text ownedWorkRelative reads before the pronoun.
const maxOwnedWork = 240

// ownedWorkRelative is someone's work or occasion, a relative clause on
// it ending the text before a pronoun: "Scalia's dissent in the Supreme
// Court's 2015 decision to uphold Obamacare, in which ", "Trump's call,
// in which ".
var ownedWorkRelative = regexp.MustCompile(`(` + name + `)['’]s?\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?,?\s+)?(?:dissent|opinion|speech|letter|book|memoir|memo|op-ed|column|essay|statement|remarks|interview|testimony|tweet|post|address|call|conversation|meeting|visit|rally|appearance)\b[^;:“”"]{0,100}?\s+(?:where|in\s+which)\s+$`)

// maxOccasionGiven bounds the text occasionGiven reads before the pronoun.
const maxOccasionGiven = 160

var occasionGivenPattern = regexp.MustCompile(`\b(?:interview|speech|remarks|address|statement|appearance|testimony)\s+((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:gave|delivered|made|had\s+given|had\s+delivered|had\s+made)\b[^,;:“”"]{0,60},\s+(?:where|in\s+which|during\s+which)\s+$`)

// unnamedGroupBefore reports whether the sentence before si, in its
// paragraph or the one before, has people unnamed speaking ("some
// regional analysts say") and no one is named in si before off.
func (a *analyzer) unnamedGroupBefore(si, off int) bool {
	if si == 0 || a.sents[si].Paragraph-a.sents[si-1].Paragraph > 1 || slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off < off }) {
		return false
	}
	loc := groupSpeaks.FindStringIndex(a.plain(si - 1))
	if loc == nil {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a.plain(si - 1)[loc[0]:])
	return unicode.IsLower(r)
}

// spokenOf returns the person a pronoun speaks of, named right after its
// verb ("“…,” he said of Jones", "He said of Jones: “…”"): someone the
// pronoun does not stand for. The pronoun is at off or right after the
// words spoken (words); -1 when there is none.
func (a *analyzer) spokenOf(si, off int, words [2]int) int {
	for _, at := range [2]int{off, words[1]} {
		if at < 0 || at >= len(a.text) {
			continue
		}
		after := a.text[at:min(len(a.text), at+maxSaidOf)]
		m := saidOf.FindStringIndex(after)
		if m == nil {
			continue
		}
		for _, mn := range a.mentionsIn(si) {
			if mn.off == at+m[1] {
				return mn.person
			}
		}
	}
	return -1
}

// saidOf is a pronoun's speech verb and "of", maybe after the pronoun or
// the marks closing a quotation, before the one spoken of: "he said of ",
// "” she wrote of ", "said of ".
var saidOf = regexp.MustCompile(`^[”"’',\s]*(?:\p{L}+\s+)?(?:` + speechVerbs + `)\s+of\s+`)

// maxSaidOf bounds the text saidOf reads.
const maxSaidOf = 48

// accordingToClosing is a sentence closing with its source named: "…,
// according to Mr. Short."
var accordingToClosing = regexp.MustCompile(`,\s+according\s+to\s+(` + name + `)\s*[.!?]?\s*$`)

// callFromClosing is a sentence closing with a call or a message someone
// received from someone: "Gordon Stewart received an unexpected,
// hysterical call from Ailes."
var callFromClosing = regexp.MustCompile(`\b(?:received|got|took|answered|had)\s+(?:an?\s+)?(?:[\p{L}'’-]+,?\s+){0,3}?(?:call|voicemail|message|email|e-mail|text)\s+from\s+(` + name + `)\s*[.!?]?\s*$`)

func (a *analyzer) antecedentAt(want gender, si, off int, lastSpeaker string, words [2]int, depth int) string {
	if want == unknown && a.unnamedGroupBefore(si, off) {
		// "… some regional analysts say …. If Saudi Arabia is …, they
		// say – … – it’s going to be difficult for the White House":
		// "they" are the people unnamed who spoke just before, not the
		// last body quoted.
		return ""
	}
	// "Trump also recognized Charles McGee, who he said was …": whoever
	// the pronoun stands for, it is not the one "who" does.
	object := -1
	for _, m := range a.mentionsIn(si) {
		if m.off < off && a.relativeObject(m.off, off) {
			object = m.person
		}
	}
	spokenOf := a.spokenOf(si, off, words)
	ok := func(name string) bool {
		if name == "" || want != unknown && a.joint[name] {
			return false // "he" is not "Chaffetz and Nunes"
		}
		if object >= 0 && name == a.people[object].Name || spokenOf >= 0 && name == a.people[spokenOf].Name {
			return false
		}
		pi := a.personIndex(name)
		if pi >= 0 && a.mentionedIn(pi, words) {
			return false
		}
		if want == unknown && len(a.people) > 0 {
			// "They" is an organisation, not someone a person named in
			// full bears the name of ("Trump" before "Donald Trump").
			return pi < 0 && lastSpeaker == name && !a.namedInFull(nameWords(name))
		}
		if pi < 0 && want != unknown && (isGroupName(name) || a.bareGenderOf(name) == opposite(want) || a.calledThe(name) || !strings.ContainsAny(name, " '’-") && camelBrand(name)) {
			// "he" is not "Democrats" nor "the State Department", nor
			// "Klobuchar" after "Klobuchar said she", nor "the New York
			// Sun": no one is called "the" and a name. Nor "GlobalPost".
			return false
		}
		return pi < 0 || a.genders[pi] == unknown || a.genders[pi] == want
	}
	s, own := a.sents[si], a.plain(si)
	// A pronoun in a clause opening the sentence may point ahead to the
	// main clause's subject: "Although he said it was “wild”, Isaac
	// stopped short of revealing anything."
	if want != unknown && off > s.Start && off-s.Start < len(own) && inFrontedClause(own, off-s.Start) {
		mainAt := s.Start + strings.IndexByte(own, ',') + 1
		for _, m := range a.mentionsIn(si) {
			// The main clause is not what was said: the name there may
			// stand in the span of words a paraphrase reports.
			if g := a.genders[m.person]; m.off >= mainAt && strings.TrimSpace(a.text[mainAt:m.off]) == "" && (g == unknown || g == want) {
				return a.people[m.person].Name
			}
		}
	}
	// The pronoun opening the main clause after a fronted clause whose
	// subject is named is that name's: "Although McCarthy describes
	// himself as an “optimistic conservative,” he says he was unfazed".
	// Not after "Although Smith fired him,", whose object may be the one.
	if want != unknown && off > s.Start && off-s.Start <= len(own) {
		p := off - s.Start
		if strings.HasPrefix(a.text[off:], "“") {
			// A quotation closing the fronted clause: its pronoun
			// follows it.
			if end := strings.Index(a.text[off:s.End], "”"); end >= 0 {
				rest := a.text[off+end : s.End]
				if t := strings.TrimLeft(rest, " ,”"); subjectPronoun.MatchString(firstWord(t)) {
					p = off + end + len(rest) - len(t) - s.Start
				}
			}
		}
		// Not ok's test: the words before the verb count as spoken, and
		// they hold the name.
		if name := a.frontedSubject(si, own, p); name != "" && !a.joint[name] {
			if g := a.genders[a.personIndex(name)]; g == unknown || g == want {
				return name
			}
		}
	}
	// A fronted clause whose subject is someone unnamed ("When the parson
	// prevailed by a vote of 33 to 31, he declared victory"), or a
	// sentence whose subject is an office a place holds ("Iran's foreign
	// minister told CNN …, which he said would lead to …"), no one named
	// before the pronoun: the pronoun is theirs, no one the article names.
	if want != unknown && off > s.Start && off-s.Start <= len(own) {
		p := off - s.Start
		unnamedSubject := frontedUnnamed(own, p)
		if !unnamedSubject {
			loc := placeOfficeSubject.FindStringIndex(own)
			unnamedSubject = loc != nil && loc[1] <= p
		}
		if unnamedSubject && !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off < off }) {
			return ""
		}
	}
	// A sentence whose subject is a title ("Last week, the senator
	// showcased her credentials when she said …"), no one named before
	// the pronoun: the pronoun is the title's one bearer the article
	// names. Where the title is several's, the nearest name still is
	// most often who it means.
	if want != unknown && off > s.Start && off-s.Start <= len(own) {
		if m := titledSubject.FindStringSubmatchIndex(own[:off-s.Start]); m != nil && isTitle(own[m[2]:m[3]]) && !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off < off }) {
			if name := a.titled(own[m[2]:m[3]], si); name != "" && ok(name) {
				return name
			}
		}
	}
	// Someone the sentence introduces without a name after everyone it
	// names ("When I discussed it with a friend who …, he said"): the
	// pronoun is theirs, and no one the article lets us name.
	if off > s.Start && off <= s.End {
		before := own[:off-s.Start]
		if loc := indefinitePerson.FindAllStringIndex(before, -1); loc != nil {
			at := s.Start + loc[len(loc)-1][0]
			if !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off > at && m.off < off }) {
				return ""
			}
		}
	}
	// A sentence opening with whose part it tells ("For Lumumba’s part,
	// Trump’s record on civil rights was the reason he felt he couldn’t
	// attend. “…,” he said"): its pronouns, and those of the sentence
	// after it naming no one before them, are that one's.
	if want != unknown {
		if name := a.partOf(si, off); name != "" && ok(name) {
			return name
		}
	}
	// A relative clause on an occasion its giver is named for ("he
	// referred to a key speech Mr Obama gave in Cairo, where he had
	// called for …"): the giver, even after the sentence's subject.
	if off > s.Start && off-s.Start <= len(own) {
		if start, end := occasionGiven(own[:off-s.Start]); start >= 0 {
			for _, m := range a.mentionsIn(si) {
				if name := a.people[m.person].Name; m.off >= s.Start+start && m.off < s.Start+end && ok(name) {
					return name
				}
			}
			// A family name two people share ("Scalia's dissent" after
			// "Father Paul Scalia"): whom it names here.
			if name := a.resolve(own[start:end], si); a.personIndex(name) >= 0 && ok(name) {
				return name
			}
		}
	}
	// The same pronoun as the sentence's subject before anyone it names
	// ("But he was ambiguous when Muir followed up by asking …: “…,” he
	// said"): the one that pronoun stands for, not the name after it.
	if want != unknown && depth < maxPronounChain && off > s.Start && off-s.Start <= len(own) {
		if p := firstPronoun(own, want); p >= 0 && s.Start+p < off && subjectAt(own) == p && !inFrontedClause(own, p) && !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool {
			return m.off < s.Start+p
		}) {
			if name := a.antecedentAt(want, si, s.Start+p, lastSpeaker, words, depth+1); ok(name) {
				return name
			}
		}
	}
	// The same pronoun in a clause opening the sentence, before anyone
	// named there ("When asked whether he thought Trump was treasonous,
	// he responded: …"): both stand for one person, not for the one the
	// clause speaks of.
	if want != unknown && depth < maxPronounChain && off > s.Start && off-s.Start <= len(own) {
		if p, comma := firstPronoun(own, want), strings.IndexByte(own, ','); p >= 0 && s.Start+comma < off && inFrontedClause(own, p) {
			named := func(from, to int) bool {
				return slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off >= from && m.off < to })
			}
			if !named(s.Start, s.Start+p) && named(s.Start+p, s.Start+comma) {
				if name := a.antecedentAt(want, si, s.Start+p, lastSpeaker, words, depth+1); ok(name) {
					return name
				}
				return ""
			}
		}
	}
	// A pronoun opening a relative clause on an occasion ("… in a
	// response to a recent Sanders radio interview where he said, “…”"):
	// the one the occasion is named for, the last named before it, not
	// whom it was with.
	if loc := occasionAt(own, off-s.Start); loc != nil {
		with := loc[2]
		ms := a.mentionsIn(si)
		for k := len(ms) - 1; k >= 0; k-- {
			if m := ms[k]; m.off < off && !a.quoted(m.off) {
				if with >= 0 && m.off >= s.Start+with {
					continue // whom it was with: "with the Des Moines Register"
				}
				if name := a.people[m.person].Name; ok(name) {
					return name
				}
				break
			}
		}
	}
	// A subject called by a name no one is named in full by, whom the
	// article has called so before anyone bearing it was ("Trump also
	// recognized Charles McGee, who he said was …", first lady Melania
	// Trump the only Trump named in full), or whom a pronoun of this
	// gender followed before ("In an interview, Klobuchar said she thinks
	// …"): theirs, as the first name of the sentence would be.
	if want != unknown && off > s.Start && off-s.Start <= len(own) {
		if subj, at := sentenceSubject(own[:off-s.Start]); subj != "" && !isPronounSubject(subj) && !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off <= s.Start+at }) {
			if name := a.resolve(subj, si); a.personIndex(name) < 0 && (a.usedBare(name) || a.bareGenderOf(name) == want) && ok(name) {
				return name
			}
		}
	}
	// A clause after a colon that opens with the pronoun tells of the
	// one named right before the colon, whatever governs the name: "…,
	// led by former Conservative MP Maxime Bernier: he has vowed …".
	if want != unknown && off > s.Start && off <= s.End && subjectPronoun.MatchString(firstWord(a.text[off:min(s.End, off+8)])) {
		for _, m := range a.mentionsIn(si) {
			if m.off < off && nameBeforeColon.MatchString(a.text[m.off:off]) && !a.quoted(m.off) && ok(a.people[m.person].Name) {
				return a.people[m.person].Name
			}
		}
	}
	// A person named earlier in the same sentence, outside quotation
	// marks: a name inside a quotation is someone the speaker talks about.
	base, ms := a.sentenceMentions(si)
	// A name in a clause opening the sentence, when the main clause after
	// it names its own subject before the pronoun ("While Mayor de Blasio
	// had declared …, General Flynn has no doubt …: “…,” he said"): not
	// the one the pronoun stands for.
	fronted, opensMain := -1, false
	if want != unknown && off > s.Start && off-s.Start <= len(own) && subordinator.MatchString(own) {
		// The comma may close a quotation: "declared … an “intentional
		// act,” General Flynn".
		if end := frontedEnd(a.clauses(si)); end >= 0 && s.Start+end < off {
			fronted = s.Start + end
			opensMain = strings.TrimLeft(a.text[fronted:off], ", ") == ""
		}
	}
	for k, m := range ms {
		if fronted >= 0 && m.off < fronted && slices.ContainsFunc(ms[k+1:], func(n mention) bool {
			return n.off > fronted && n.off < off && !a.quoted(n.off) && ok(a.people[n.person].Name)
		}) {
			continue
		}
		if opensMain && m.off < fronted {
			// "Shortly before Clinton’s inauguration, he told a class
			// …": an owner in the opening clause is not the main
			// clause's subject. But "When it was Goldberg's turn, she
			// admitted …" is hers.
			if run := nameRun.FindString(a.text[m.off:]); possessive(run) && !strings.HasPrefix(a.text[m.off+len(run):], " turn") {
				continue
			}
		}
		if m.off < off && !a.quoted(m.off) && !a.topicBefore(m.off, off) && !a.ownsQuotation(m.off) && !a.governed(si, m.off) && !a.relativeObject(m.off, off) && !a.participleObject(si, m.off, off) && !a.coordinated(base+k, want) && ok(a.people[m.person].Name) {
			return a.people[m.person].Name
		}
	}
	// A family name several people bear, opening the sentence ("Obama
	// delivered praise …: “…,” he said", Michelle Obama named too): the
	// one of them the pronoun's gender leaves.
	if want != unknown && off > s.Start && off-s.Start <= len(own) {
		if subj, at := sentenceSubject(own[:off-s.Start]); subj != "" && !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off == s.Start+at }) {
			next, _, _ := strings.Cut(strings.TrimSpace(own[at+len(subj):]), " ")
			_, isPronoun := pronoun(subj)
			// Not "She added that she …", nor "Clinton aides know …, she
			// says".
			if !isPronoun && !personNounWord.MatchString(next) {
				if pi := a.bearerAt(subj, si, want); pi >= 0 && ok(a.people[pi].Name) {
					return a.people[pi].Name
				}
			}
		}
	}
	// Whoever asks in the sentence before is not the one who answers
	// after it.
	asker := ""
	if si > 0 {
		prev := si - 1
		for prev > 0 && a.caption(prev) {
			// "Bicycle Space secures customer attachment by …" under a
			// photo, or a heading, between a paragraph and the next:
			// the sentence before it is the one the pronoun follows.
			prev--
		}
		plain := a.plain(prev)
		subjVerb := findSubjectVerb(plain, false)
		// The writer asking someone the article does not name ("I ask the
		// girl if she’s called “Viv” or “Vivienne.” “Either one!” she
		// says"): the one asked answers, not whoever was named before.
		if want != unknown && writerAsksUnnamed.MatchString(plain) && !slices.ContainsFunc(a.mentionsIn(prev), func(m mention) bool { return !a.quoted(m.off) }) {
			return ""
		}
		// An office a place holds speaking, its bearer unnamed ("On
		// Friday, Russia’s ambassador to Iran said that Moscow has no
		// intention …. He denied any strain"): the pronoun is theirs,
		// no one the article names.
		if want != unknown && len(a.mentionsIn(prev)) == 0 && a.sents[prev].Paragraph == a.sents[si].Paragraph && placeOfficeSpeaks.MatchString(plain) {
			return ""
		}
		// Words whose opening mark is missing, then their speaker ("[…]
		// Late yesterday afternoon, … abortion,” wrote Goldberg. “…,” he
		// added"): that speaker speaks on, not one their words name.
		if _, n := a.unopenedQuote(prev); n != "" && want != unknown {
			if name := a.resolve(n, prev); a.personIndex(name) >= 0 && ok(name) {
				return name
			}
		}
		// A report of someone's words ("Gertz reported that a
		// counterterrorism expert, Sebastian Gorka, explained the events
		// …"), with no quotation of its own: the one reported speaks on,
		// not the reporter.
		if want != unknown && !slices.ContainsFunc(a.quotesIn(prev), func(q Quotation) bool { return q.Sentence == prev }) {
			if m := reportedSpeaker.FindStringSubmatchIndex(plain); m != nil {
				if name := a.resolve(plain[m[2]:m[3]], prev); a.personIndex(name) >= 0 && ok(name) {
					return name
				}
			}
		}
		// The subject of the sentence's first speech verb, when a
		// quotation there comes after it in a clause of its own:
		// "Schreiber told MPs the money came after Doucet told him he was
		// in “desperate shape”. He told MPs …" is Schreiber's.
		// Not a subject in a clause opening the sentence ("While Mayor de
		// Blasio had declared …, General Flynn has no doubt …: “…,” he
		// said. He pointed out …"): the main clause's speaks on.
		if m := subjVerb; m != nil && !inFrontedClause(a.clauses(prev), m[2]) {
			if _, isPronoun := pronoun(plain[m[2]:m[3]]); !isPronoun {
				at := a.sents[prev].Start + m[5]
				if name := a.resolve(plain[m[2]:m[3]], prev); a.personIndex(name) >= 0 && ok(name) && slices.ContainsFunc(a.quotesIn(prev), func(q Quotation) bool {
					// Not "Colbert asked O'Reilly how …, and a very loose
					// O'Reilly said Orlando wasn't a “tragedy”": a clause
					// joined to the first with a speech verb of its own,
					// whose speaker speaks on.
					return q.Sentence == prev && q.Start > at && q.Speaker != "" && q.Speaker != name && !joinedSpeech(a.text[at:q.Start])
				}) {
					return name
				}
			}
		}
		// A sentence ending in its speaker set after the verb ("…,
		// suggested Haynes, the Tennessee GOP chairman."), or named
		// before it ("… ignored the complexity of the issue, Burr
		// said."): the one who speaks on, not the first name in what
		// they said. Not "…, said Jobs' “extraordinary vision …”": an
		// owner of words that a quotation after the name holds.
		tail := sentenceTail(plain)
		spokeLast := func(at, end int) string {
			n := plain[at:end]
			if strings.ContainsAny(a.text[a.sents[prev].Start+end:a.sents[prev].End], "\"“”") || possessive(n) || strings.HasSuffix(n, "'") || strings.HasSuffix(n, "’") {
				return ""
			}
			if name := a.resolve(n, prev); a.personIndex(name) >= 0 && ok(name) {
				return name
			}
			return ""
		}
		if m := tailMatch(speakerLast, plain, tail); m != nil && roleWords(plain[m[2]:m[3]], plain[m[4]:m[5]]) {
			if name := spokeLast(m[4], m[5]); name != "" {
				return name
			}
		}
		if m := tailMatch(speakerLastNamed, plain, tail); m != nil {
			if name := spokeLast(m[2], m[3]); name != "" {
				return name
			}
		}
		// A sentence opening "According to Kirby," is what Kirby says:
		// he speaks on, not the one his words are about ("According to
		// Kirby, Trump's actions stem from … “He conflates …,” he said").
		if m := accordingToOpening.FindStringSubmatchIndex(plain); m != nil {
			if name := a.resolve(plain[m[2]:m[3]], prev); a.personIndex(name) >= 0 && ok(name) {
				return name
			}
		}
		// So is a sentence closing "…, according to Mr. Short.": Short
		// speaks on, not Pence whom his words name ("The president did
		// not order Mr. Pence to stay …, according to Mr. Short. “…,” he
		// told reporters").
		if m := accordingToClosing.FindStringSubmatchIndex(plain); m != nil {
			if name := a.resolve(plain[m[2]:m[3]], prev); a.personIndex(name) >= 0 && ok(name) {
				return name
			}
		}
		// So is one the sentence before closes with a call or a message
		// from, when the words open the next: "Stewart received an
		// unexpected, hysterical call from Ailes. “…!” he screamed" is
		// Ailes on the line, not Stewart.
		if m := callFromClosing.FindStringSubmatchIndex(plain); m != nil && a.opensWithQuote(si) {
			if name := a.resolve(plain[m[2]:m[3]], prev); a.personIndex(name) >= 0 && ok(name) {
				return name
			}
		}
		// "Lynn suggested …, but Hollywood denied it. “…,” he said": the
		// speaker of a contrasting last clause is the one who speaks on,
		// not the one whose words the first clause quotes ("Hewitt said
		// he had had a “gutful” … but Tennis Australia's Geoff Pollard
		// rejected his comments").
		if name := a.contrastSpeaker(prev, plain); ok(name) {
			return name
		}
		lo, hi := a.quotesReaching(prev)
		for qi := hi - 1; qi >= lo; qi-- {
			if q := a.quotes[qi]; (q.Sentence == prev || !a.opensWithQuote(si) && a.sentenceOf(q.End-1) == prev) && ok(q.Speaker) {
				if subordinator.MatchString(plain) && slices.ContainsFunc(a.mentionsIn(prev), func(m mention) bool {
					return m.off > q.End && !a.quoted(m.off)
				}) {
					// "When Cooper noted that Bannon has used the term
					// “alt-right,” Trump professed ignorance": words in
					// the clause opening the sentence, whose main clause
					// names someone after them, are not the subject's.
					break
				}
				return q.Speaker
			}
		}
		// "But host Chuck Todd questioned her on why Trump would side
		// with a dictator. “…,” she said": the one questioned answers,
		// whoever that pronoun stands for.
		if depth < maxPronounChain && want != unknown {
			if m := questionedObject.FindStringSubmatchIndex(plain); m != nil && (want == female) == (plain[m[2]:m[3]] == "her") {
				if name := a.antecedentAt(want, prev, a.sents[prev].Start+m[2], lastSpeaker, words, depth+1); ok(name) {
					return name
				}
			}
		}
		// One the sentence before reports speaking in its own words
		// ("The challenge for Biden …, Sefl said, was to appeal to voters
		// …. She suggested …").
		for _, p := range a.paras {
			if p.Sentence == prev && a.personIndex(p.Speaker) >= 0 && ok(p.Speaker) {
				return p.Speaker
			}
		}
		// A sentence whose speech verb has a pronoun of this gender for
		// subject: the same person, whoever that pronoun stands for.
		if depth < maxPronounChain && want != unknown {
			if m := subjVerb; m != nil {
				if g, isPronoun := pronoun(plain[m[2]:m[3]]); isPronoun && g == want {
					if name := a.antecedentAt(want, prev, a.sents[prev].Start+m[2], lastSpeaker, words, depth+1); ok(name) {
						return name
					}
				}
			}
		}
		// A main clause whose subject is this pronoun, after a clause
		// opening the sentence ("While Mr. O’Rourke remained calm, he
		// struck at Mr. Cruz …"): the one that pronoun stands for, not
		// the one named after it.
		if depth < maxPronounChain && want != unknown && subordinator.MatchString(plain) {
			// The pronoun right after the clause, also when the clause
			// has one too: "If she believed that the former vice
			// president sexually assaulted Tara Reade, she would not
			// be endorsing Biden".
			comma, p := strings.IndexByte(plain, ','), -1
			if comma >= 0 {
				rest := plain[comma+1:]
				if g, isPronoun := pronoun(firstWord(rest)); isPronoun && g == want {
					p = comma + 1 + len(rest) - len(strings.TrimLeft(rest, " \t\n"))
				}
			}
			if p > comma {
				if name := a.antecedentAt(want, prev, a.sents[prev].Start+p, lastSpeaker, words, depth+1); ok(name) {
					return name
				}
			}
		}
		// "Trump said he had a list. He also said …", where the article
		// names no one Trump in full but first lady Melania Trump: the
		// speaking subject it calls by family name alone.
		if m := subjVerb; m != nil && want != unknown && len(a.mentionsIn(prev)) == 0 {
			if subj := plain[m[2]:m[3]]; !isPronounSubject(subj) {
				if name := a.resolve(subj, prev); a.personIndex(name) < 0 && ok(name) {
					return name
				}
			}
		}
		// A sentence opening with an office its one bearer holds ("The
		// attorney general pushed back, saying he …"): that bearer, whom
		// a pronoun after it in the sentence is too.
		if m := definiteSubject.FindStringSubmatch(plain); m != nil && want != unknown {
			if name := a.titled(definiteOffice(m[0], m[1]), si); ok(name) {
				return name
			}
		}
		// A sentence whose subject is someone it describes by where they
		// are from, their age or their trade, after a phrase opening it
		// or not ("The Scot initially defended Beattie", "Speaking to the
		// Radio Times, the Two Ronnies star said …"), before anyone it
		// names: whom it describes, before any pronoun after the subject
		// ("The 49-year-old told of the abuse she suffers").
		if loc := describedSubject.FindStringSubmatchIndex(plain); loc != nil && !slices.ContainsFunc(a.mentionsIn(prev), func(m mention) bool {
			return m.off < a.sents[prev].Start+loc[1] && !a.quoted(m.off)
		}) {
			described := ok
			if m := ageWord.FindStringSubmatch(plain[loc[0]:loc[1]]); m != nil {
				// "Katie Freeman, 44, …. The 49-year-old told of the abuse
				// she suffers": someone else, whom the article may not
				// name.
				described = func(name string) bool {
					stated := a.statedAge(name)
					return ok(name) && (stated == "" || stated == m[1])
				}
			}
			return a.describedOne(prev, described)
		}
		// A sentence that speaks of someone by this pronoun before it
		// names anyone ("Once, she thought about politics — she
		// campaigned for Clinton — but now, she’s not so sure."): the
		// same person, not the one named after it; and if the pronoun
		// there stands for no one the article lets us name, neither does
		// this one.
		if depth < maxPronounChain && want != unknown {
			if p := firstPronoun(plain, want); p >= 0 && !inFrontedClause(plain, p) && !slices.ContainsFunc(a.mentionsIn(prev), func(m mention) bool {
				return m.off < a.sents[prev].Start+p && !a.quoted(m.off)
			}) {
				if name := a.cataphor(prev, plain, p); name != "" && ok(name) {
					return name
				}
				name := a.antecedentAt(want, prev, a.sents[prev].Start+p, lastSpeaker, words, depth+1)
				if ok(name) {
					return name
				}
				return ""
			}
		}
		// A sentence whose subject is someone unnamed ("A young crew
		// member … wiped away tears") and that names no one but whom
		// that one works for ("A spokesman for Sen. Claire McCaskill"):
		// “…,” she said is that person's.
		if loc := indefiniteSubject.FindStringIndex(plain); loc != nil && !slices.ContainsFunc(a.mentionsIn(prev), func(m mention) bool {
			// Nor anyone named in a relative clause on the subject: "One
			// longtime NBC employee who has worked with Williams …".
			if at := m.off - a.sents[prev].Start; at >= loc[1] && at <= len(plain) && (principalOf.MatchString(plain[loc[1]:at]) || relativeOnSubject.MatchString(plain[loc[1]:at])) {
				return false
			}
			// "A Downing Street spokesman said PM Theresa May was …":
			// no "he".
			if want != unknown && a.genders[m.person] == opposite(want) {
				return false
			}
			return !a.quoted(m.off)
		}) {
			return ""
		}
		// A sentence whose subject is someone it describes rather than
		// names ("The former legislator could not say why his account
		// differs from McClendon’s"): the one bearer of that title, or no
		// one the article lets us name, not the first name after it.
		if m := definiteSubject.FindStringSubmatch(plain); m != nil {
			if name := a.titled(definiteOffice(m[0], m[1]), si); ok(name) {
				return name
			}
			if !isTitle(m[1]) || personNounWord.MatchString(m[1]) {
				// "The senior administration official, speaking to
				// reporters, said …": someone the article does not name,
				// as an office ("the president") may not be.
				return ""
			}
		}
		// One who speaks there unnamed, after everyone it names ("…, said
		// a source close to the probe. He cautioned …").
		if loc := unnamedSpeaker.FindAllStringIndex(plain, -1); loc != nil {
			at := a.sents[prev].Start + loc[len(loc)-1][0]
			if !slices.ContainsFunc(a.mentionsIn(prev), func(m mention) bool { return m.off > at && !a.quoted(m.off) }) {
				return ""
			}
		}
		// lastNamed is the person named at plain[from:to], a subject in
		// the sentence before, when no one is named after them outside
		// quotation marks: the one who speaks on. "" otherwise.
		lastNamed := func(from, to int) string {
			end := a.sents[prev].Start + to
			name := a.resolve(plain[from:to], prev)
			if a.personIndex(name) < 0 || !ok(name) || slices.ContainsFunc(a.mentionsIn(prev), func(n mention) bool {
				return n.off > end && !a.quoted(n.off)
			}) {
				return ""
			}
			return name
		}
		// "This dual argument … drew the ire of Justice Antonin Scalia
		// who said he was whipsawed by the claims. “…,” he said": the one
		// a relative clause closing the sentence reports speaking speaks
		// on, when no one is named after. Not one who told someone ("Gen.
		// Assad Durrani who told him, “…”"): the "he" may be the one told.
		if strings.Contains(plain, " who ") {
			if m := relativeSaid.FindAllStringSubmatchIndex(plain, -1); m != nil {
				last := m[len(m)-1]
				if !toSomeone.MatchString(plain[last[1]:]) {
					if name := lastNamed(last[2], last[3]); name != "" {
						return name
					}
				}
				// "… with Sen. Rand Paul, R-Ky., who told Kerry that he
				// hasn't talked to anybody …. “…,” he said": the one told
				// what the teller says is no one speaking on.
				if t := toldThat.FindStringIndex(plain[last[1]:]); t != nil {
					name := a.resolve(plain[last[2]:last[3]], prev)
					end := a.sents[prev].Start + last[1] + t[1]
					if a.personIndex(name) >= 0 && ok(name) && !slices.ContainsFunc(a.mentionsIn(prev), func(n mention) bool {
						return n.off > end && !a.quoted(n.off)
					}) {
						return name
					}
				}
			}
		}
		// "Members … began stepping up their calls for Schumer …, when
		// Senate Majority Leader Mitch McConnell, R-Ky., suggested a
		// compromise had been reached. “…,” he said": the one a clause
		// closing the sentence reports speaking speaks on, when no one
		// is named after.
		if m := findSubjectVerb(plain, true); m != nil && closingWhen.MatchString(plain[:m[2]]) {
			if name := lastNamed(m[2], m[3]); name != "" {
				return name
			}
		}
		// "Clinton still holds the lead, but Sanders still has the fight
		// in him. “…,” he declared": the subject of a last clause that
		// answers the first, when it names no one after.
		if m := butSubject.FindAllStringSubmatchIndex(plain, -1); m != nil {
			last := m[len(m)-1]
			if name := lastNamed(last[2], last[3]); name != "" {
				return name
			}
		}
		// namedAfter reports whether the sentence names anyone after
		// mention k, outside quotation marks.
		namedAfter := func(k int) bool {
			for _, n := range a.mentions[k+1:] {
				if n.sent != prev {
					return false // the rest are in sentences after it
				}
				if !a.quoted(n.off) {
					return true
				}
			}
			return false
		}
		if m := subjVerb; m != nil {
			if v := plain[m[4]:m[5]]; v == "asked" || v == "asks" {
				asker = a.resolve(plain[m[2]:m[3]], prev)
			}
		}
		// "Mr. Boehner met …, and Rep. Phil Gingrey … said afterward that
		// …. “…,” he told reporters": the one whose speech verb the
		// clause joined to the first has, not the first clause's subject.
		if m := subjVerb; m != nil && want != unknown {
			if subj := plain[m[2]:m[3]]; !isPronounSubject(subj) && joinedClause.MatchString(plain[max(0, m[2]-maxJoinedClause):m[2]]) {
				if name := a.resolve(subj, prev); a.personIndex(name) >= 0 && ok(name) {
					return name
				}
			}
		}
		// "DiCaprio, who lost out on the best actor Bafta to Foxx, will
		// face him again …": the subject, whom the article calls by one
		// name only, not the one its relative clause names.
		if r := subjectRelative.FindStringSubmatchIndex(plain); r != nil {
			if name := a.resolve(plain[r[2]:r[3]], prev); a.personIndex(name) < 0 && len(nameWords(name)) == 1 && !isGroupName(name) && ok(name) {
				return name
			}
		}
		clauses := a.clauses(prev)
		base, ms := a.sentenceMentions(prev)
		for j, m := range ms {
			if k := base + j; !a.quoted(m.off) {
				if asker != "" && a.people[m.person].Name == asker {
					continue // "Where, Wallace asked, does Mr. Trump stand …? “…,” he said": the one asked answers
				}
				run := nameRun.FindString(a.text[m.off:])
				nextHere := k+1 < len(a.mentions) && a.mentions[k+1].sent == prev // another name after it in the sentence
				if inFrontedClauseOrPhrase(clauses, m.off-a.sents[prev].Start) {
					main := plain[strings.IndexByte(plain, ',')+1:]
					// "In Sanders’ victory remarks, he took a jab at
					// Buttigieg": the owner of the fronted phrase is the
					// main clause's "he", and so the one who speaks on.
					if want != unknown && a.genders[m.person] == want &&
						owner(run) && firstPronoun(main, want) == len(main)-len(strings.TrimLeft(main, " ")) {
						if name := a.people[m.person].Name; ok(name) {
							return name
						}
					}
					// "Asked if Putin tried to help Mr. Trump, the president
					// said …", "In comments after Trump’s interview, the
					// president was asked if he had undercut Tillerson": the
					// one the main clause describes, whom the title may
					// name, before anyone named after.
					d := definiteSubject.FindStringSubmatch(main)
					if d != nil {
						if name := a.titled(definiteOffice(d[0], d[1]), si); ok(name) {
							return name
						}
					}
					if namedAfter(k) {
						continue // "If he could talk to Donald Trump, Kittos said …": the main clause's subject
					}
					if d != nil {
						return ""
					}
				}
				if inInsetClause(clauses, m.off-a.sents[prev].Start) && namedAfter(k) {
					continue // "Last week, as Trump passed the one-month mark, Nobles told me …": the main clause's subject
				}
				if nextHere && (a.appositiveAfter(m.off, a.mentions[k+1].off) || a.qualifiesRole(m.off, a.mentions[k+1].off)) {
					continue // "Muzzy’s sister, Tami Teeples, …", "Sanders delegate Norman Solomon": not the subject
				}
				if possessive(run) {
					if ownedPerson.MatchString(a.text[m.off+len(run):]) && a.opensClause(prev, m.off) {
						return "" // "Mateen’s father indicated …. He recounted …": the father, whom the article does not name
					}
					if namedAfter(k) {
						continue // "an insight into Roof’s state of mind came from Eric Watson": an owner, not the subject
					}
				}
				if nextHere && a.genders[m.person] != opposite(want) && a.genders[a.mentions[k+1].person] != opposite(want) &&
					andBefore.MatchString(a.text[m.off+len(run):a.mentions[k+1].off]) {
					return "" // "Mr. Trump and Mr. Pruitt have said …. “…,” he told": either man
				}
				if name := a.people[m.person].Name; ok(name) {
					return name
				}
				break // the subject is the first name only
			}
		}
	}
	if ok(lastSpeaker) {
		// “…,” said Tom Phillips. Cruz’s work served them, but he … He
		// invoked “Saxon law”: when the article has turned to someone
		// else since the last speaker spoke, the pronoun may be theirs.
		// Taking them costs more than it gains (Postlight's pages), so
		// it is no one the article lets us name.
		if a.movedOn(si, off, lastSpeaker, ok) {
			return ""
		}
		return lastSpeaker
	}
	// Last, the last person named before it in its own paragraph or the
	// one before; not further back: "Mayor Tom Reed opened the bridge."
	// then a paragraph about the crowd, then "“Best day of my life,” he
	// said" is no one the article lets us name.
	//
	// And only when something tells the reader it is them: the pronoun's
	// gender ruled someone else named there out ("Ms. Ruiz met Mr.
	// Gomez. … “It is over,” she said"), or they are named in the
	// sentence before and are of its gender. The nearest name alone is
	// not enough: news uses a pronoun this far from a name for its
	// subject, and the nearest name is often an interviewer or someone
	// the subject spoke of ("“You mean the protesters?” Lemon asked.
	// “Yes sir. …,” he said"; on the harness's news a tenth of the
	// quotes this step named were someone else's).
	para := a.sents[si].Paragraph
	near, ruledOut := -1, false // the nearest candidate in a.mentions; whether the pronoun ruled anyone out
	// From the pronoun back, and only until both are known: a paragraph
	// of thousands of names would make a scan of all of it for every
	// pronoun cost the square of its length.
	for k := a.firstMentionAt(off) - 1; k >= 0 && (near < 0 || !ruledOut); k-- {
		m := a.mentions[k]
		if a.sents[m.sent].Paragraph < para-1 {
			break // paragraphs are in text order
		}
		if a.quoted(m.off) || m.sent == si && a.participleObject(si, m.off, off) {
			continue
		}
		if ok(a.people[m.person].Name) {
			near = max(near, k)
		} else {
			ruledOut = true
		}
	}
	if near < 0 {
		return ""
	}
	m := a.mentions[near]
	name := a.people[m.person].Name
	sentenceBefore := m.sent >= si-1 && want != unknown && a.genders[m.person] == want
	if name == asker || !ruledOut && !sentenceBefore {
		return ""
	}
	return name
}

// cataphor is the one a pronoun at p in sentence si's plain text points
// ahead to: the subject named right after the subordinate clause the
// pronoun opens, past a comma and a conjunction ("…, but as he emerged
// from the meeting, Mr. Boehner said …" is Boehner, not whoever was
// last "he"). "" when the pronoun opens no such clause, or no name
// opens the clause after it.
func (a *analyzer) cataphor(si int, plain string, p int) string {
	if !clauseBeforePronoun.MatchString(plain[:p]) {
		return ""
	}
	comma := strings.IndexByte(plain[p:], ',')
	if comma < 0 {
		return ""
	}
	at := a.sents[si].Start + p + comma + 1
	for _, m := range a.mentionsIn(si) {
		if m.off >= at {
			if strings.TrimSpace(a.text[at:m.off]) != "" {
				return ""
			}
			return a.people[m.person].Name
		}
	}
	return ""
}

// clauseBeforePronoun ends the text of a sentence before a pronoun that
// opens a subordinate clause after a comma: ", but as ", ", and when ".
var clauseBeforePronoun = regexp.MustCompile(`,\s+(?:(?:but|and|yet|so)\s+)?(?i:` + conjunctions + `)\s+$`)

// firstPronoun returns where the first subject pronoun of gender want
// ("she", "he") stands in s, or -1.
func firstPronoun(s string, want gender) int {
	for _, m := range subjectPronoun.FindAllStringIndex(s, -1) {
		if g, _ := pronoun(s[m[0]:m[1]]); g == want {
			return m[0]
		}
	}
	return -1
}

// frontedSubject is the name opening the clause that opens sentence si
// (own, its plain text) with a conjunction, when offset p opens the main
// clause right after that clause's comma; "" otherwise.
func (a *analyzer) frontedSubject(si int, own string, p int) string {
	c := frontedConjunction.FindStringIndex(own)
	if c == nil {
		return ""
	}
	// The comma may close a quotation, which plain text blanks out.
	s := a.sents[si]
	raw := a.text[s.Start:s.End]
	comma := strings.LastIndexByte(raw[:p], ',')
	// The comma closing the fronted clause, not one closing a quotation
	// the main clause holds ("While Mayor de Blasio had declared …,
	// General Flynn has no doubt …: “…,” he said").
	if comma < c[1] || quotedSince(raw, frontedEnd(a.clauses(si)), comma) || strings.Trim(raw[comma+1:p], " ”’\"'") != "" || objectPronoun.MatchString(own[c[1]:comma]) || setOffPronoun.MatchString(raw[p:]) {
		return ""
	}
	// The name's run may hold the conjunction: "Although McCarthy".
	for _, m := range a.mentionsIn(si) {
		if m.off == s.Start || m.off == s.Start+c[1] {
			return a.people[m.person].Name
		}
	}
	// "While the elder Conyers told …, he added": the bearer the others
	// are relatives of.
	if k := strings.Index(own[c[1]:], "lder "); k >= 0 && k < 12 {
		at := c[1] + k + len("lder ")
		if n := frontedName.FindString(own[at:]); n != "" {
			if name := a.elder(n, s.Start+at); name != "" {
				return name
			}
		}
	}
	// Or no mention was kept for it: the name is resolved as a subject.
	if n := frontedName.FindString(own[c[1]:]); n != "" {
		if name := a.resolve(n, si); a.personIndex(name) >= 0 {
			return name
		}
	}
	return ""
}

// frontedUnnamed reports whether own, a sentence's plain text, opens with
// a clause whose subject is a person named by a noun ("When the parson
// prevailed …,") that ends right before offset p, its main clause's
// pronoun.
func frontedUnnamed(own string, p int) bool {
	c := frontedConjunction.FindStringIndex(own)
	if c == nil {
		return false
	}
	comma := strings.LastIndexByte(own[:p], ',')
	return comma > c[1] && strings.TrimSpace(own[comma+1:p]) == "" && definitePerson.MatchString(own[c[1]:comma])
}

// titledSubject is a sentence's subject that is a title, the title the
// first group, after a phrase of time or place at most: "Last week, the
// senator showcased".
var titledSubject = regexp.MustCompile(`^\s*(?:[^,;:"“”]{1,40},\s+)?[Tt]he\s+(\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b`)

// placeOfficeSpeaks opens a sentence with an office a place holds,
// after a day or not, and a speech verb: "On Friday, Russia’s ambassador
// to Iran said".
var placeOfficeSpeaks = regexp.MustCompile(`^\s*(?:(?:On|Last|Earlier|Later)\s+\p{L}+,?\s+)?(?:(?:But|And|Yet|So),?\s+)?\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)?['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:minister|president|premier|chancellor|ambassador|envoy|leader|chief|spokesman|spokeswoman|spokesperson)(?:\s+(?:to|for|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)?)?\s+(?:` + speechVerbs + `)\b`)

// placeOfficeSubject is a sentence's subject that is an office a place
// or body holds, and the verb's first letter: "Iran's foreign minister
// told", "China's ambassador said".
var placeOfficeSubject = regexp.MustCompile(`^\s*(?:(?:But|And|Yet|So),?\s+)?\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)?['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:minister|president|premier|chancellor|ambassador|envoy|leader|chief|` + personNoun + `)\s+\p{Ll}`)

// definitePerson is someone named by "the" and a noun opening a clause:
// "the parson prevailed", "the young officer said".
var definitePerson = regexp.MustCompile(`^the\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:` + personNoun + `|pastor|preacher|parson|priest|minister|rabbi|imam|bishop)\s+\p{Ll}`)

// quotedSince reports whether a quotation opens in s between offsets from
// and to; false when from is not before to.
func quotedSince(s string, from, to int) bool {
	return from >= 0 && from < to && strings.ContainsAny(s[from:to], "“\"")
}

var (
	// frontedConjunction is a conjunction opening a sentence's first
	// clause, with the space after it.
	frontedConjunction = regexp.MustCompile(`^\s*(?:` + conjunctions + `)\s+`)
	// frontedName is the name after such a conjunction, before its verb.
	frontedName = regexp.MustCompile(`^` + name + `\b`)
	// setOffPronoun is a pronoun and its verb set off by commas: in
	// "While Trump had some accomplishments, he said, “…”" the clause
	// before is what was said, not its speaker's clause.
	setOffPronoun = regexp.MustCompile(`^\p{L}+\s+\p{L}+,`)
	// objectPronoun is a pronoun that can be a clause's object.
	objectPronoun = regexp.MustCompile(`\b(?:him|her|them)\b`)
)

// nameBeforeColon is a name and the colon after it, up to the pronoun
// that opens the clause after.
var nameBeforeColon = regexp.MustCompile(`^\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}:\s+$`)

var subjectPronoun = regexp.MustCompile(`\b(?:[Ss]he|[Hh]e)\b`)

// inFrontedClause reports whether offset p of sentence s lies in a
// subordinate clause opening it ("Although he said it was “wild”, Isaac
// stopped short …"): a pronoun there may point ahead to the subject of
// the main clause.
func inFrontedClause(s string, p int) bool {
	comma := strings.IndexByte(s, ',')
	return comma > p && subordinator.MatchString(s)
}

// inFrontedClauseOrPhrase is inFrontedClause, or offset p lies in a
// prepositional phrase opening the sentence before a comma: "In his
// discussion with Mattis, Pakistani Prime Minister Shahid Khaqan Abbasi
// said …", "Like Corker and Flake, Oklahoma’s Lankford questions …". A
// name there is not the sentence's subject.
func inFrontedClauseOrPhrase(s string, p int) bool {
	return frontedEnd(s) > p && (subordinator.MatchString(s) || preposition.MatchString(s))
}

// insetClause is a subordinate clause set off by commas after a phrase
// opening the sentence: "Last week on the phone, as Trump passed …,".
var insetClause = regexp.MustCompile(`,\s+(?:as|when|while|after|before|because|although|though|since|once|until|whereas)\s[^,]*,`)

// inInsetClause reports whether offset p in sentence s lies in an
// insetClause before the sentence's subject: the name there is not the
// subject ("Last week on the phone, as Trump passed the one-month mark
// …, Nobles told me"). Only the first comma's clause counts: one later
// in the sentence follows its subject.
func inInsetClause(s string, p int) bool {
	comma := strings.IndexByte(s, ',')
	if comma < 0 || p < comma {
		return false
	}
	loc := insetClause.FindStringIndex(s[comma:])
	return loc != nil && loc[0] == 0 && p < comma+loc[1]
}

// frontedEnd is where a clause or phrase opening sentence s may end: its
// first comma, or, when only a name stands between that comma and a
// dash closing an aside before it, that dash: in "Speaking during a week
// of meetings -- including some for stricter gun controls -- Biden, who
// oversees the task force, said …" Biden is the subject, not part of
// the phrase. -1 when s has no comma.
func frontedEnd(s string) int {
	comma := strings.IndexByte(s, ',')
	if comma < 0 {
		return -1
	}
	// "At Friday's forum, moderated by … founder Jay Sekulow, Bush shared
	// …": an aside on the phrase, naming who ran it, is part of it.
	if loc := byAside.FindStringIndex(s[comma:]); loc != nil {
		return comma + loc[1] - 1
	}
	// "In an interview with Maureen Dowd …, and again with George
	// Stephanopoulos …, Trump was asked": a second phrase joined to the
	// first is part of it too.
	if loc := joinedPhrase.FindStringIndex(s[comma:]); loc != nil {
		return comma + loc[1] - 1
	}
	for _, dash := range []string{"--", "—", "–"} {
		first, second := strings.Index(s[:comma], dash), strings.LastIndex(s[:comma], dash)
		if first < 0 || second == first {
			continue
		}
		if after := strings.TrimSpace(s[second+len(dash) : comma]); after != "" && nameRun.FindString(after) == after {
			return second
		}
	}
	return comma
}

// byAside is a participle and the one who did it, set off by commas after
// a phrase opening a sentence: ", moderated by Jay Sekulow,".
var byAside = regexp.MustCompile(`^,\s+(?:\p{Ll}+ed|led|run|held|sponsored|hosted|chaired)\s+by\s+[^,;:"“”]{1,100},`)

// joinedPhrase is a prepositional phrase joined to the one opening a
// sentence and set off by commas: ", and again with George Stephanopoulos
// of ABC News,".
var joinedPhrase = regexp.MustCompile(`^,\s+(?:and|or)\s+(?:again\s+|also\s+|later\s+|then\s+)?(?:in|at|on|with|during|to|from|before|after)\s+[^,;:"“”]{1,100},`)

var preposition = regexp.MustCompile(`^\s*(?:In|At|During|On|With|Without|Despite|Unlike|Like|Following|Amid|Under|For|From|Through|Throughout|Besides|Beyond|Alongside|Against|Among|Upon|Toward|Towards|According to|Ahead of|Along with|In addition to|Instead of|Similar to|Much like|Just like|Together with|Contrary to|Compared (?:to|with)|Apart from|Aside from)\s`)

var subordinator = regexp.MustCompile(`^\s*(?:(?:And|But|So|Yet|Shortly|Soon|Just|Long|Even|Only|Right|Immediately|Moments|Minutes|Hours|Days|Weeks|Months|Years)\s+(?:` + strings.ToLower(conjunctions) + `)|` + conjunctions + `|Speaking|Asked|Pressed|Responding|Talking|Writing|Addressing|Appearing|Reacting|Referring|Testifying|Campaigning|Standing|Explaining|Describing|Discussing|Defending)\s`)

// conjunctions open a subordinate clause, also after "And" or "But" ("And
// once that issue had been raised by Maria Bartiromo, Trump …") or a
// word of time ("Shortly after the Northam scandal broke, Cox …").
const conjunctions = `Although|Though|Even though|While|Whilst|Whereas|Where|When|Whenever|After|Before|Because|If|As|Since|Until|Unless|Once|Whether`

// contrastSpeaker returns the person who speaks in the last clause of
// sentence si (plain: its text with quotations blanked) when that clause
// answers an earlier speaker's (", but X denied it"; "; X said …"), or "".
func (a *analyzer) contrastSpeaker(si int, plain string) string {
	first, last := findSubjectVerb(plain, false), findSubjectVerb(plain, true)
	if first == nil {
		return ""
	}
	if last == nil || last[2] <= first[5] || !contrast.MatchString(plain[first[5]:last[2]]) {
		// "… but Tennis Australia's Geoff Pollard rejected his
		// comments": a rebuttal, though its verb reports no words.
		m := rebuttal.FindStringSubmatchIndex(plain[first[5]:])
		if m == nil {
			return ""
		}
		last = []int{0, 0, first[5] + m[2], first[5] + m[3]}
	}
	name := a.resolve(plain[last[2]:last[3]], si)
	if a.personIndex(name) < 0 {
		return ""
	}
	return name
}

// ageWord is an age as a role gives it, the number its group.
var ageWord = regexp.MustCompile(`\b(\d{1,3})-year-old\b`)

// ageAfter and ageBefore give someone's age beside their name: "Katie
// Freeman, 44, was given …", "the 44-year-old Katie Freeman".
var (
	ageAfter  = regexp.MustCompile(`^\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3},\s+(\d{1,3}),`)
	ageBefore = regexp.MustCompile(`\b(\d{1,3})-year-old\s+(?:[\p{Ll}\-]+\s+){0,3}$`)
)

// statedAge is the age the article gives name beside one of its
// mentions, "" when it gives none.
func (a *analyzer) statedAge(name string) string {
	p := a.personIndex(name)
	if p < 0 {
		return ""
	}
	for _, m := range a.mentions {
		if m.person != p {
			continue
		}
		if g := ageAfter.FindStringSubmatch(a.text[m.off:min(len(a.text), m.off+80)]); g != nil {
			return g[1]
		}
		if g := ageBefore.FindStringSubmatch(a.text[max(0, m.off-60):m.off]); g != nil {
			return g[1]
		}
	}
	return ""
}

// describedOne is whom a sentence describes as its subject ("The Scot
// initially defended Beattie"): the subject of the last sentence before
// it, in its paragraph or the one before, that opens with a person's
// name, when the sentence itself does not name them. "" otherwise.
func (a *analyzer) describedOne(si int, ok func(string) bool) string {
	para := a.sents[si].Paragraph
	for k := si - 1; k >= 0 && a.sents[k].Paragraph >= para-1; k-- {
		// "“She's not married,” said Noah. The pop singer then …": the
		// one who spoke last is the one described.
		if qs := a.quotesIn(k); len(qs) > 0 {
			if sp := qs[len(qs)-1].Speaker; qs[len(qs)-1].Sentence == k && a.personIndex(sp) >= 0 {
				if !ok(sp) || a.mentionedIn(a.personIndex(sp), [2]int{a.sents[si].Start, a.sents[si].End}) {
					return ""
				}
				return sp
			}
		}
		ms := a.mentionsIn(k)
		if len(ms) == 0 || a.quoted(ms[0].off) {
			continue
		}
		if lead := a.text[a.sents[k].Start:ms[0].off]; strings.ContainsAny(lead, ",;:\"“”") || len(strings.Fields(lead)) > 4 {
			continue // "Everton manager David Moyes", not "In London, Smith"
		}
		name := a.people[ms[0].person].Name
		if !ok(name) || a.mentionedIn(ms[0].person, [2]int{a.sents[si].Start, a.sents[si].End}) {
			return ""
		}
		return name
	}
	return ""
}

// describedSubject is a sentence whose subject is someone described,
// maybe after a phrase opening it, and a verb: "The Scot initially
// defended", "Speaking to the Radio Times, the Two Ronnies star said",
// "The 74-year-old added". Not "the Mexican ambassador …", where the
// word describes a noun.
var describedSubject = regexp.MustCompile(`^\s*(?:(?:But|And|Yet|So|However),?\s+)?(?:[^,"“”«»;:.!?]{1,80},\s+)?[Tt]he\s+(?:[\p{L}\d'’\-]+\s+){0,3}?` + describedNoun + `,?\s+(?:(?:\p{Ll}+ly|then|also|later|again|now|still|even)\s+)?(?:\p{Ll}+(?:ed|s)|has|had|was|is|will|would|could|can|told|said|made|took|won|lost|came|went|gave|got|felt|saw|knew|thought|put|left|kept|held|became|began|sat|spoke|wrote|sang|stood|met)\b`)

// describedNoun is what news calls someone it has named by, once: a
// trade, an age, or where they are from.
const describedNoun = `(?:star|superstar|legend|icon|socialite|heiress|supermodel|comedian|actor|actress|singer|musician|rapper|director|film-maker|writer|author|novelist|striker|midfielder|defender|goalkeeper|keeper|captain|skipper|boss|champion|winger|forward|youngster|teenager|` + age + `|Scot|Scotsman|Frenchman|Englishman|Welshman|Irishman|Dutchman|Spaniard|Australian|American|Briton|German|Italian|Argentine|Argentinian|Brazilian|Swede|Dane|Norwegian|Russian|Belgian|Kenyan|Ethiopian|Jamaican|Canadian|Croat|Serb|Czech|Pole|Finn|Nigerian|Mexican|Chilean|Colombian|Uruguayan|Kiwi|New Zealander|South African|Californian|Texan|New Yorker)`

// subjectRelative is a sentence opening with a name and a relative clause
// set off by commas: "DiCaprio, who lost out on the award to Foxx,".
var subjectRelative = regexp.MustCompile(`^\s*(` + name + `),\s+(?:who|whose)\s[^,"“”«»;:.!?]{1,120},`)

// butSubject is the name opening a clause that answers the one before:
// ", but Sanders still has …".
var butSubject = regexp.MustCompile(`,\s+but\s+(` + name + `)\s+(?:still\s+|also\s+|now\s+)?\p{Ll}`)

// relativeSaid is a name and a relative clause whose verb is speech:
// "Justice Antonin Scalia who said ", "Sen. Mazie Hirono, who complained ".
var relativeSaid = regexp.MustCompile(`(` + name + `)(?:,\s+[DRI]-[A-Z][\p{L}.]*|\s+` + partyState + `)?,?\s+who\s+` + adverb + verb)

// questionedObject is a question put to someone named by a pronoun, the
// pronoun the first group: "questioned her", "pressed him".
var questionedObject = regexp.MustCompile(`\b(?:questioned|asked|pressed|challenged|quizzed|grilled)\s+(her|him)\b`)

// toldThat opens what follows "told" with the one told and "that": " Kerry
// that", " him that".
var toldThat = regexp.MustCompile(`^\s+(?:(?:\p{Lu}[\p{L}.'’\-]*\s+){1,3}|(?:him|her|them|me|us)\s+)that\b`)

// toSomeone opens what follows a speech verb with the one spoken to.
var toSomeone = regexp.MustCompile(`^\s+(?:to\s+)?(?:him|her|them|me|us)\b`)

// closingWhen opens a clause closing a sentence, up to its subject: ",
// when Senate Majority Leader ".
var closingWhen = regexp.MustCompile(`,\s+(?:when|after)\s+(?:\p{Lu}[\p{L}.\-]*\s+){0,4}$`)

// rebuttal is a clause answering the one before by rejecting what it
// said, its subject a name the owner's possessive may open: ", but
// Tennis Australia's Geoff Pollard rejected".
var rebuttal = regexp.MustCompile(`(?:,?\s+but|;)\s+((?:\p{Lu}[\p{L}.'’\-]*\s+){0,4}\p{Lu}[\p{L}.'’\-]*)\s+(?:(?:quickly|flatly|strongly|later)\s+)?(?:rejected|denied|dismissed|disputed|rebutted|refuted|contradicted|challenged)\b`)

// contrast joins a clause that answers the one before: ", but" (its
// comma may be missing), "; ", ", while".
var contrast = regexp.MustCompile(`(?:,?\s+but|,\s+(?:and|while|whereas|though|although)|\s{2,}and|;)\s+(?:\p{Lu}\p{L}*\s+){0,3}$`)

// personNoun is a noun for a person the article need not name.
const personNoun = `(?:friend|member|woman|man|resident|officer|official|witness|student|worker|soldier|spokes(?:man|woman|person)|mother|father|neighbou?r|teacher|doctor|nurse|survivor|victim|passenger|fan|protester|volunteer|employee|relative|girl|boy|veteran|parent|customer|voter|aide|lawyer|attorney|analyst|expert|colleague|diplomat|executive|activist|pilot|driver|guard|farmer|owner|player|coach|investigator|agent|insider|person|staffer|secretary|manager|engineer|researcher|scientist|professor|journalist|reporter|shopkeeper|vendor|bystander|wife|husband|son|daughter|sister|brother|source|guest|speaker|informant|confidant)`

// conjunctionAfterComma is a comma and a conjunction that may join a
// clause of its own to the one before: ", and ", ", but ".
var conjunctionAfterComma = regexp.MustCompile(`,\s+(?:and|but|while|whereas)\s`)

// joinedSpeech reports whether s joins a clause with a speech verb and a
// subject of its own to the one before: ", and a very loose O'Reilly said
// …"; not "… was “very disappointed”, but Mr Johnson would do …", which
// goes on with what the first clause reports, nor ", and he urged them
// …", whose subject is the first clause's.
func joinedSpeech(s string) bool {
	loc := conjunctionAfterComma.FindStringIndex(s)
	if loc == nil {
		return false
	}
	_, isPronoun := pronoun(firstWord(s[loc[1]:]))
	return !isPronoun && hasSpeechVerb(s[loc[1]:])
}

var (
	// indefinitePerson is someone introduced without a name: "a friend",
	// "one young crew member", "another resident", "a high school English
	// teacher".
	indefinitePerson = regexp.MustCompile(`(?i)\b(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,3}` + personNoun + `\b`)
	// unnamedSpeaker is one of them with a speech verb: "said a source
	// close to the probe", "one official told".
	unnamedSpeaker = regexp.MustCompile(`(?i)\b(?:(?:` + speechVerbs + `)\s+(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}` + personNoun + `|(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}` + personNoun + `(?:\s+[\p{Ll}-]+){0,4}\s+(?:` + speechVerbs + `))\b`)
	// indefiniteSubject is a sentence opening with one, or with one
	// pointed at ("This student canceled …"), maybe after a conjunction
	// and with the body they speak for ("But a Home Office spokesman"),
	// or with someone who answers for a service or a body ("A
	// representative told me …").
	indefiniteSubject = regexp.MustCompile(`^\s*(?:(?:But|And|Yet|However|Meanwhile),?\s+(?:a|an|one|another|this|that)|A|An|One|Another|This|That)\s+(?:(?:[\p{Ll}-]+|\p{Lu}[\p{L}-]*)\s+){0,3}(?:` + personNoun + `|representative|client|clerk|receptionist|detainee|inmate|prisoner|patient|caller|operator)\b`)
	// principalOf is what lies between such a subject and the name of
	// whom it speaks for: " for Sen. ", " to the ".
	principalOf = regexp.MustCompile(`^\s+(?:for|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,4}$`)
)

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

// movedOn reports whether someone other than speaker whom ok takes is
// named outside quotation marks in the sentences after speaker's last
// quotation and before offset off of sentence si, and speaker is not.
func (a *analyzer) movedOn(si, off int, speaker string, ok func(string) bool) bool {
	from := -1
	// a.quotes is in text order: the last of speaker's before off.
	for qi := a.firstQuoteEndingAfter(off) - 1; qi >= 0; qi-- {
		if q := a.quotes[qi]; q.Speaker == speaker {
			from = q.Sentence
			break
		}
	}
	if from < 0 {
		return false
	}
	other := false
	for _, m := range a.mentions[a.firstMentionIn(from+1):] {
		if m.sent > si || m.off >= off {
			break
		}
		if a.quoted(m.off) {
			continue
		}
		name := a.people[m.person].Name
		if name == speaker {
			return false
		}
		other = other || ok(name)
	}
	return other
}

// coordinated reports whether mention k is one of two people named
// together ("Obama and Boehner need to realize “…,” he said") whom a
// pronoun of gender want could each stand for: "he" is neither of them
// more than the other, and often someone else.
func (a *analyzer) coordinated(k int, want gender) bool {
	if want == unknown {
		return false
	}
	pair := func(i, j int) bool {
		if i < 0 || j >= len(a.mentions) || a.mentions[i].sent != a.mentions[j].sent || a.mentions[j].off <= a.mentions[i].off {
			return false
		}
		g1, g2 := a.genders[a.mentions[i].person], a.genders[a.mentions[j].person]
		if g1 == opposite(want) || g2 == opposite(want) || a.mentions[i].person == a.mentions[j].person {
			return false
		}
		end := a.mentions[i].off + len(nameRun.FindString(a.text[a.mentions[i].off:]))
		return end <= a.mentions[j].off && andBefore.MatchString(a.text[end:a.mentions[j].off])
	}
	return pair(k-1, k) || pair(k, k+1)
}

// partOf returns the one whose part a sentence opening "For X's part,"
// tells, when the pronoun at off is in it, or in the sentence after it in
// its paragraph with no one named before the pronoun; "" otherwise.
func (a *analyzer) partOf(si, off int) string {
	// Someone named before the pronoun in its own sentence is nearer than
	// the sentence before, if not in that sentence's own opening.
	namedBefore := slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off < off })
	for _, k := range []int{si, si - 1} {
		if k < 0 || k != si && (namedBefore || a.sents[k].Paragraph != a.sents[si].Paragraph) {
			continue
		}
		own := a.plain(k)
		if !strings.Contains(own, "For ") {
			continue
		}
		m := forPart.FindStringIndex(own)
		if m == nil || k == si && a.sents[k].Start+m[1] > off {
			continue
		}
		for _, mn := range a.mentionsIn(k) {
			if mn.off >= a.sents[k].Start+m[0] && mn.off < a.sents[k].Start+m[1] {
				return a.people[mn.person].Name
			}
		}
	}
	return ""
}
