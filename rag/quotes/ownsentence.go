package quotes

import (
	"slices"
	"strings"
)

// The rules that find a pronoun's antecedent in its own sentence, in
// the order antecedentAt tries them.

// fromOpeningClause reads a clause opening the pronoun's sentence: the
// main clause's subject it points ahead to, the named subject of the
// clause it follows, or someone unnamed there.
func (a *analyzer) fromOpeningClause(ps *pronounSite) (string, bool) {
	want, si, off, s, own := ps.want, ps.si, ps.off, ps.s, ps.own
	// A pronoun in a clause opening the sentence may point ahead to the
	// main clause's subject: "Although he said it was “wild”, Isaac
	// stopped short of revealing anything."
	if want != unknown && off > s.Start && off-s.Start < len(own) && inFrontedClause(own, off-s.Start) {
		mainAt := s.Start + strings.IndexByte(own, ',') + 1
		for _, m := range a.mentionsIn(si) {
			// The main clause is not what was said: the name there may
			// stand in the span of words a paraphrase reports.
			if g := a.genders[m.person]; m.off >= mainAt && strings.TrimSpace(a.text[mainAt:m.off]) == "" && (g == unknown || g == want) {
				return a.people[m.person].Name, true
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
				return name, true
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
			return "", true
		}
	}
	return "", false
}

// fromTitledSubject takes the one bearer of a title that is the
// sentence's subject, when no one is named before the pronoun.
func (a *analyzer) fromTitledSubject(ps *pronounSite) (string, bool) {
	want, si, off, s, own, ok := ps.want, ps.si, ps.off, ps.s, ps.own, ps.ok
	// A sentence whose subject is a title ("Last week, the senator
	// showcased her credentials when she said …"), no one named before
	// the pronoun: the pronoun is the title's one bearer the article
	// names. Where the title is several's, the nearest name still is
	// most often who it means.
	if want != unknown && off > s.Start && off-s.Start <= len(own) {
		if m := titledSubject.FindStringSubmatchIndex(own[:off-s.Start]); m != nil && isTitle(own[m[2]:m[3]]) && !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off < off }) {
			if name := a.titled(own[m[2]:m[3]], si); name != "" && ok(name) {
				return name, true
			}
		}
	}
	return "", false
}

// fromIndefinitePerson stops at someone the sentence introduces without
// a name after everyone it names.
func (a *analyzer) fromIndefinitePerson(ps *pronounSite) (string, bool) {
	si, off, s, own := ps.si, ps.off, ps.s, ps.own
	// Someone the sentence introduces without a name after everyone it
	// names ("When I discussed it with a friend who …, he said"): the
	// pronoun is theirs, and no one the article lets us name.
	if off > s.Start && off <= s.End {
		before := own[:off-s.Start]
		if loc := indefinitePerson.FindAllStringIndex(before, -1); loc != nil {
			at := s.Start + loc[len(loc)-1][0]
			if !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off > at && m.off < off }) {
				return "", true
			}
		}
	}
	return "", false
}

// fromPartOf takes the one whose part the sentence, or the one before
// it, tells ("For Lumumba’s part, …").
func (a *analyzer) fromPartOf(ps *pronounSite) (string, bool) {
	want, si, off, ok := ps.want, ps.si, ps.off, ps.ok
	// A sentence opening with whose part it tells ("For Lumumba’s part,
	// Trump’s record on civil rights was the reason he felt he couldn’t
	// attend. “…,” he said"): its pronouns, and those of the sentence
	// after it naming no one before them, are that one's.
	if want != unknown {
		if name := a.partOf(si, off); name != "" && ok(name) {
			return name, true
		}
	}
	return "", false
}

// fromOccasionGiven takes the giver of an occasion a relative clause
// before the pronoun is on ("a key speech Mr Obama gave in Cairo, where
// he …").
func (a *analyzer) fromOccasionGiven(ps *pronounSite) (string, bool) {
	si, off, s, own, ok := ps.si, ps.off, ps.s, ps.own, ps.ok
	// A relative clause on an occasion its giver is named for ("he
	// referred to a key speech Mr Obama gave in Cairo, where he had
	// called for …"): the giver, even after the sentence's subject.
	if off > s.Start && off-s.Start <= len(own) {
		if start, end := occasionGiven(own[:off-s.Start]); start >= 0 {
			for _, m := range a.mentionsIn(si) {
				if name := a.people[m.person].Name; m.off >= s.Start+start && m.off < s.Start+end && ok(name) {
					return name, true
				}
			}
			// A family name two people share ("Scalia's dissent" after
			// "Father Paul Scalia"): whom it names here.
			if name := a.resolve(own[start:end], si); a.personIndex(name) >= 0 && ok(name) {
				return name, true
			}
		}
	}
	return "", false
}

// fromOwnPronounSubject follows the same pronoun earlier in the
// sentence, as its subject or in a clause opening it, back to whom that
// one stands for.
func (a *analyzer) fromOwnPronounSubject(ps *pronounSite) (string, bool) {
	want, si, off, lastSpeaker, words, depth, s, own, ok := ps.want, ps.si, ps.off, ps.lastSpeaker, ps.words, ps.depth, ps.s, ps.own, ps.ok
	// The same pronoun as the sentence's subject before anyone it names
	// ("But he was ambiguous when Muir followed up by asking …: “…,” he
	// said"): the one that pronoun stands for, not the name after it.
	if want != unknown && depth < maxPronounChain && off > s.Start && off-s.Start <= len(own) {
		if p := firstPronoun(own, want); p >= 0 && s.Start+p < off && subjectAt(own) == p && !inFrontedClause(own, p) && !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool {
			return m.off < s.Start+p
		}) {
			if name := a.antecedentAt(want, si, s.Start+p, lastSpeaker, words, depth+1); ok(name) {
				return name, true
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
					return name, true
				}
				return "", true
			}
		}
	}
	return "", false
}

// fromOccasion takes the one an occasion is named for when the pronoun
// opens a relative clause on it ("a Sanders radio interview where he
// said").
func (a *analyzer) fromOccasion(ps *pronounSite) (string, bool) {
	si, off, s, own, ok := ps.si, ps.off, ps.s, ps.own, ps.ok
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
					return name, true
				}
				break
			}
		}
	}
	return "", false
}

// fromBareSubject takes a subject the article calls by a name no one is
// named in full by.
func (a *analyzer) fromBareSubject(ps *pronounSite) (string, bool) {
	want, si, off, s, own, ok := ps.want, ps.si, ps.off, ps.s, ps.own, ps.ok
	// A subject called by a name no one is named in full by, whom the
	// article has called so before anyone bearing it was ("Trump also
	// recognized Charles McGee, who he said was …", first lady Melania
	// Trump the only Trump named in full), or whom a pronoun of this
	// gender followed before ("In an interview, Klobuchar said she thinks
	// …"): theirs, as the first name of the sentence would be.
	if want != unknown && off > s.Start && off-s.Start <= len(own) {
		if subj, at := sentenceSubject(own[:off-s.Start]); subj != "" && !isPronounSubject(subj) && !slices.ContainsFunc(a.mentionsIn(si), func(m mention) bool { return m.off <= s.Start+at }) {
			if name := a.resolve(subj, si); a.personIndex(name) < 0 && (a.usedBare(name) || a.bareGenderOf(name) == want) && ok(name) {
				return name, true
			}
		}
	}
	return "", false
}

// fromBeforeColon takes the one named right before a colon whose clause
// opens with the pronoun.
func (a *analyzer) fromBeforeColon(ps *pronounSite) (string, bool) {
	want, si, off, s, ok := ps.want, ps.si, ps.off, ps.s, ps.ok
	// A clause after a colon that opens with the pronoun tells of the
	// one named right before the colon, whatever governs the name: "…,
	// led by former Conservative MP Maxime Bernier: he has vowed …".
	if want != unknown && off > s.Start && off <= s.End && subjectPronoun.MatchString(firstWord(a.text[off:min(s.End, off+8)])) {
		for _, m := range a.mentionsIn(si) {
			if m.off < off && nameBeforeColon.MatchString(a.text[m.off:off]) && !a.quoted(m.off) && ok(a.people[m.person].Name) {
				return a.people[m.person].Name, true
			}
		}
	}
	return "", false
}

// fromNamedEarlier takes a person named earlier in the sentence,
// outside quotation marks, who is its subject rather than a topic, an
// owner or an object.
func (a *analyzer) fromNamedEarlier(ps *pronounSite) (string, bool) {
	want, si, off, s, own, ok := ps.want, ps.si, ps.off, ps.s, ps.own, ps.ok
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
			return a.people[m.person].Name, true
		}
	}
	return "", false
}

// fromSharedFamilyName takes, of the people bearing the family name
// that opens the sentence, the one the pronoun's gender leaves.
func (a *analyzer) fromSharedFamilyName(ps *pronounSite) (string, bool) {
	want, si, off, s, own, ok := ps.want, ps.si, ps.off, ps.s, ps.own, ps.ok
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
					return a.people[pi].Name, true
				}
			}
		}
	}
	return "", false
}
