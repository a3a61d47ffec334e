package quotes

import (
	"slices"
	"strings"
)

// The rules that find a pronoun's antecedent in the sentence before it,
// in the order antecedentAt tries them.

// prevUnnamedAsked stops at someone unnamed who speaks in the sentence
// before: one the writer asks, or an office a place holds.
func (a *analyzer) prevUnnamedAsked(ps *pronounSite) (string, bool) {
	want, si, prev, plain := ps.want, ps.si, ps.prev, ps.plain
	// The writer asking someone the article does not name ("I ask the
	// girl if she’s called “Viv” or “Vivienne.” “Either one!” she
	// says"): the one asked answers, not whoever was named before.
	if want != unknown && writerAsksUnnamed.MatchString(plain) && !slices.ContainsFunc(a.mentionsIn(prev), func(m mention) bool { return !a.quoted(m.off) }) {
		return "", true
	}
	// An office a place holds speaking, its bearer unnamed ("On
	// Friday, Russia’s ambassador to Iran said that Moscow has no
	// intention …. He denied any strain"): the pronoun is theirs,
	// no one the article names.
	if want != unknown && len(a.mentionsIn(prev)) == 0 && a.sents[prev].Paragraph == a.sents[si].Paragraph && placeOfficeSpeaks.MatchString(plain) {
		return "", true
	}
	return "", false
}

// prevSpeaker takes the one who speaks on from the sentence before: the
// speaker of words whose opening mark is missing, one a report reports,
// or the subject of its first speech verb.
func (a *analyzer) prevSpeaker(ps *pronounSite) (string, bool) {
	want, ok, prev, plain, subjVerb := ps.want, ps.ok, ps.prev, ps.plain, ps.subjVerb
	// Words whose opening mark is missing, then their speaker ("[…]
	// Late yesterday afternoon, … abortion,” wrote Goldberg. “…,” he
	// added"): that speaker speaks on, not one their words name.
	if _, n := a.unopenedQuote(prev); n != "" && want != unknown {
		if name := a.resolve(n, prev); a.personIndex(name) >= 0 && ok(name) {
			return name, true
		}
	}
	// A report of someone's words ("Gertz reported that a
	// counterterrorism expert, Sebastian Gorka, explained the events
	// …"), with no quotation of its own: the one reported speaks on,
	// not the reporter.
	if want != unknown && !slices.ContainsFunc(a.quotesIn(prev), func(q Quotation) bool { return q.Sentence == prev }) {
		if m := reportedSpeaker.FindStringSubmatchIndex(plain); m != nil {
			if name := a.resolve(plain[m[2]:m[3]], prev); a.personIndex(name) >= 0 && ok(name) {
				return name, true
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
				return name, true
			}
		}
	}
	return "", false
}

// prevSpeakerLast takes the speaker a sentence before ends with ("…,
// suggested Haynes, the Tennessee GOP chairman.").
func (a *analyzer) prevSpeakerLast(ps *pronounSite) (string, bool) {
	ok, prev, plain := ps.ok, ps.prev, ps.plain
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
			return name, true
		}
	}
	if m := tailMatch(speakerLastNamed, plain, tail); m != nil {
		if name := spokeLast(m[2], m[3]); name != "" {
			return name, true
		}
	}
	return "", false
}

// prevSource takes the source the sentence before names ("According to
// Kirby, …", "…, according to Mr. Short.", "a call from Ailes"), or the
// speaker of its contrasting last clause.
func (a *analyzer) prevSource(ps *pronounSite) (string, bool) {
	si, ok, prev, plain := ps.si, ps.ok, ps.prev, ps.plain
	// A sentence opening "According to Kirby," is what Kirby says:
	// he speaks on, not the one his words are about ("According to
	// Kirby, Trump's actions stem from … “He conflates …,” he said").
	if m := accordingToOpening.FindStringSubmatchIndex(plain); m != nil {
		if name := a.resolve(plain[m[2]:m[3]], prev); a.personIndex(name) >= 0 && ok(name) {
			return name, true
		}
	}
	// So is a sentence closing "…, according to Mr. Short.": Short
	// speaks on, not Pence whom his words name ("The president did
	// not order Mr. Pence to stay …, according to Mr. Short. “…,” he
	// told reporters").
	if m := accordingToClosing.FindStringSubmatchIndex(plain); m != nil {
		if name := a.resolve(plain[m[2]:m[3]], prev); a.personIndex(name) >= 0 && ok(name) {
			return name, true
		}
	}
	// So is one the sentence before closes with a call or a message
	// from, when the words open the next: "Stewart received an
	// unexpected, hysterical call from Ailes. “…!” he screamed" is
	// Ailes on the line, not Stewart.
	if m := callFromClosing.FindStringSubmatchIndex(plain); m != nil && a.opensWithQuote(si) {
		if name := a.resolve(plain[m[2]:m[3]], prev); a.personIndex(name) >= 0 && ok(name) {
			return name, true
		}
	}
	// "Lynn suggested …, but Hollywood denied it. “…,” he said": the
	// speaker of a contrasting last clause is the one who speaks on,
	// not the one whose words the first clause quotes ("Hewitt said
	// he had had a “gutful” … but Tennis Australia's Geoff Pollard
	// rejected his comments").
	if name := a.contrastSpeaker(prev); ok(name) {
		return name, true
	}
	return "", false
}

// prevQuoted takes the speaker of a quotation in the sentence before.
func (a *analyzer) prevQuoted(ps *pronounSite) (string, bool) {
	si, ok, prev, plain := ps.si, ps.ok, ps.prev, ps.plain
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
			return q.Speaker, true
		}
	}
	return "", false
}

// prevQuestioned takes the one the sentence before questions, or one it
// reports speaking in their own words.
func (a *analyzer) prevQuestioned(ps *pronounSite) (string, bool) {
	want, lastSpeaker, words, depth, ok, prev, plain := ps.want, ps.lastSpeaker, ps.words, ps.depth, ps.ok, ps.prev, ps.plain
	// "But host Chuck Todd questioned her on why Trump would side
	// with a dictator. “…,” she said": the one questioned answers,
	// whoever that pronoun stands for.
	if depth < maxPronounChain && want != unknown {
		if m := questionedObject.FindStringSubmatchIndex(plain); m != nil && (want == female) == (plain[m[2]:m[3]] == "her") {
			if name := a.antecedentAt(want, prev, a.sents[prev].Start+m[2], lastSpeaker, words, depth+1); ok(name) {
				return name, true
			}
		}
	}
	// One the sentence before reports speaking in its own words
	// ("The challenge for Biden …, Sefl said, was to appeal to voters
	// …. She suggested …").
	for _, p := range a.paras {
		if p.Sentence == prev && a.personIndex(p.Speaker) >= 0 && ok(p.Speaker) {
			return p.Speaker, true
		}
	}
	return "", false
}

// prevPronounSubject follows a pronoun of the same gender that is the
// subject of the sentence before, of its speech verb or of its main
// clause.
func (a *analyzer) prevPronounSubject(ps *pronounSite) (string, bool) {
	want, lastSpeaker, words, depth, ok, prev, plain, subjVerb := ps.want, ps.lastSpeaker, ps.words, ps.depth, ps.ok, ps.prev, ps.plain, ps.subjVerb
	// A sentence whose speech verb has a pronoun of this gender for
	// subject: the same person, whoever that pronoun stands for.
	if depth < maxPronounChain && want != unknown {
		if m := subjVerb; m != nil {
			if g, isPronoun := pronoun(plain[m[2]:m[3]]); isPronoun && g == want {
				if name := a.antecedentAt(want, prev, a.sents[prev].Start+m[2], lastSpeaker, words, depth+1); ok(name) {
					return name, true
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
				return name, true
			}
		}
	}
	return "", false
}

// prevBareSubject takes the speaking subject of the sentence before
// when it is a bare family name or an office's one bearer.
func (a *analyzer) prevBareSubject(ps *pronounSite) (string, bool) {
	want, si, ok, prev, plain, subjVerb := ps.want, ps.si, ps.ok, ps.prev, ps.plain, ps.subjVerb
	// "Trump said he had a list. He also said …", where the article
	// names no one Trump in full but first lady Melania Trump: the
	// speaking subject it calls by family name alone.
	if m := subjVerb; m != nil && want != unknown && len(a.mentionsIn(prev)) == 0 {
		if subj := plain[m[2]:m[3]]; !isPronounSubject(subj) {
			if name := a.resolve(subj, prev); a.personIndex(name) < 0 && ok(name) {
				return name, true
			}
		}
	}
	// A sentence opening with an office its one bearer holds ("The
	// attorney general pushed back, saying he …"): that bearer, whom
	// a pronoun after it in the sentence is too.
	if m := definiteSubject.FindStringSubmatch(plain); m != nil && want != unknown {
		if name := a.titled(definiteOffice(m[0], m[1]), si); ok(name) {
			return name, true
		}
	}
	return "", false
}

// prevDescribed takes someone the sentence before describes by where
// they are from, their age or their trade, before anyone it names.
func (a *analyzer) prevDescribed(ps *pronounSite) (string, bool) {
	ok, prev, plain := ps.ok, ps.prev, ps.plain
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
		return a.describedOne(prev, described), true
	}
	return "", false
}

// prevPronounFirst follows a pronoun of the same gender that the
// sentence before speaks of someone by before it names anyone.
func (a *analyzer) prevPronounFirst(ps *pronounSite) (string, bool) {
	want, lastSpeaker, words, depth, ok, prev, plain := ps.want, ps.lastSpeaker, ps.words, ps.depth, ps.ok, ps.prev, ps.plain
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
				return name, true
			}
			name := a.antecedentAt(want, prev, a.sents[prev].Start+p, lastSpeaker, words, depth+1)
			if ok(name) {
				return name, true
			}
			return "", true
		}
	}
	return "", false
}

// prevUnnamedSubject stops at a subject of the sentence before whom it
// describes rather than names, or one who speaks there unnamed, unless
// the article names the one bearer of that title.
func (a *analyzer) prevUnnamedSubject(ps *pronounSite) (string, bool) {
	want, si, ok, prev, plain := ps.want, ps.si, ps.ok, ps.prev, ps.plain
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
		return "", true
	}
	// A sentence whose subject is someone it describes rather than
	// names ("The former legislator could not say why his account
	// differs from McClendon’s"): the one bearer of that title, or no
	// one the article lets us name, not the first name after it.
	if m := definiteSubject.FindStringSubmatch(plain); m != nil {
		if name := a.titled(definiteOffice(m[0], m[1]), si); ok(name) {
			return name, true
		}
		if !isTitle(m[1]) || personNounWord.MatchString(m[1]) {
			// "The senior administration official, speaking to
			// reporters, said …": someone the article does not name,
			// as an office ("the president") may not be.
			return "", true
		}
	}
	// One who speaks there unnamed, after everyone it names ("…, said
	// a source close to the probe. He cautioned …").
	if loc := unnamedSpeaker.FindAllStringIndex(plain, -1); loc != nil {
		at := a.sents[prev].Start + loc[len(loc)-1][0]
		if !slices.ContainsFunc(a.mentionsIn(prev), func(m mention) bool { return m.off > at && !a.quoted(m.off) }) {
			return "", true
		}
	}
	return "", false
}

// prevClosingClause takes the one a clause closing the sentence before
// reports speaking ("… Justice Antonin Scalia who said …", "…, when …
// McConnell suggested …", "…, but Sanders …"), when no one is named
// after.
func (a *analyzer) prevClosingClause(ps *pronounSite) (string, bool) {
	ok, prev, plain := ps.ok, ps.prev, ps.plain
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
					return name, true
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
					return name, true
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
			return name, true
		}
	}
	// "Clinton still holds the lead, but Sanders still has the fight
	// in him. “…,” he declared": the subject of a last clause that
	// answers the first, when it names no one after.
	if m := butSubject.FindAllStringSubmatchIndex(plain, -1); m != nil {
		last := m[len(m)-1]
		if name := lastNamed(last[2], last[3]); name != "" {
			return name, true
		}
	}
	return "", false
}

// prevJoinedClause takes the subject of a clause joined to the first,
// or a subject called by one name only whose relative clause names
// someone else.
func (a *analyzer) prevJoinedClause(ps *pronounSite) (string, bool) {
	want, ok, prev, plain, subjVerb := ps.want, ps.ok, ps.prev, ps.plain, ps.subjVerb
	// "Mr. Boehner met …, and Rep. Phil Gingrey … said afterward that
	// …. “…,” he told reporters": the one whose speech verb the
	// clause joined to the first has, not the first clause's subject.
	if m := subjVerb; m != nil && want != unknown {
		if subj := plain[m[2]:m[3]]; !isPronounSubject(subj) && joinedClause.MatchString(plain[max(0, m[2]-maxJoinedClause):m[2]]) {
			if name := a.resolve(subj, prev); a.personIndex(name) >= 0 && ok(name) {
				return name, true
			}
		}
	}
	// "DiCaprio, who lost out on the best actor Bafta to Foxx, will
	// face him again …": the subject, whom the article calls by one
	// name only, not the one its relative clause names.
	if r := subjectRelative.FindStringSubmatchIndex(plain); r != nil {
		if name := a.resolve(plain[r[2]:r[3]], prev); a.personIndex(name) < 0 && len(nameWords(name)) == 1 && !isGroupName(name) && ok(name) {
			return name, true
		}
	}
	return "", false
}

// prevFirstNamed takes the subject of the sentence before: the first
// person it names outside quotation marks, passed over when they are an
// owner, an appositive, a fronted clause's or the asker.
func (a *analyzer) prevFirstNamed(ps *pronounSite) (string, bool) {
	want, si, ok, prev, plain, asker := ps.want, ps.si, ps.ok, ps.prev, ps.plain, ps.asker
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
						return name, true
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
						return name, true
					}
				}
				if namedAfter(k) {
					continue // "If he could talk to Donald Trump, Kittos said …": the main clause's subject
				}
				if d != nil {
					return "", true
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
					return "", true // "Mateen’s father indicated …. He recounted …": the father, whom the article does not name
				}
				if namedAfter(k) {
					continue // "an insight into Roof’s state of mind came from Eric Watson": an owner, not the subject
				}
			}
			if nextHere && a.genders[m.person] != opposite(want) && a.genders[a.mentions[k+1].person] != opposite(want) &&
				andBefore.MatchString(a.text[m.off+len(run):a.mentions[k+1].off]) {
				return "", true // "Mr. Trump and Mr. Pruitt have said …. “…,” he told": either man
			}
			if name := a.people[m.person].Name; ok(name) {
				return name, true
			}
			break // the subject is the first name only
		}
	}
	return "", false
}
