package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The rules that find the cue attributing a quotation, in the order
// cueFor tries them.

// cueSetOffBefore takes a source set off before the words ("according
// to the Washington Post, “…”") or a sentence opening with its speech
// verb ("Says Ms. Anderson, “…”").
func (a *analyzer) cueSetOffBefore(cs *cueSite) (cueMatch, bool) {
	si, from, before := cs.si, cs.from, cs.before
	if m := accordingBefore.FindStringSubmatchIndex(before); m != nil && !hasSpeechVerb(before[m[1]:]) && !hasSpeechVerb(before[:m[0]]) {
		// "Three days later, according to the Washington Post, “Boeing
		// formally submitted its bid …”", "They feared, according to
		// Hager, Jones acceptance “would cause a backlash …”": the source
		// set off before the words, no one speaking between, reports
		// them.
		return cueMatch{before[m[2]:m[3]], "according to", -1, from + m[2]}, true
	}
	if m := verbFirstBefore.FindStringSubmatchIndex(before); m != nil && from == a.sents[si].Start {
		// "Says Ms. Anderson, “There’s almost a sense of freedom
		// now.”": a sentence opening with its speech verb and its
		// speaker hands over to the words.
		return cueMatch{before[m[4]:m[5]], before[m[2]:m[3]], -1, from + m[4]}, true
	}
	return noCue, false
}

// cueNameReports takes a name closing the sentence that reports the
// words ("“…,” the Washington Post reports.").
func (a *analyzer) cueNameReports(cs *cueSite) (cueMatch, bool) {
	close, after := cs.close, cs.after
	if m := nameReports.FindStringSubmatchIndex(after); m != nil {
		// "“…,” the Washington Post reports.": the verb a noun is
		// elsewhere, after a name closing the sentence.
		return cueMatch{after[m[2]:m[3]], "reports", close + m[4], -1}, true
	}
	return noCue, false
}

// cueBeforeColon reads the text before a colon handing over to the
// words: a transcript's label, the one whose words they are, the one
// prompted, a quotation's author.
func (a *analyzer) cueBeforeColon(cs *cueSite) (cueMatch, bool) {
	si, from, before := cs.si, cs.from, cs.before
	if strings.HasSuffix(strings.TrimSpace(before), ":") {
		if m := speakerLabel.FindStringSubmatchIndex(before); m != nil && !isTitle(strings.ToLower(before[m[2]:m[3]])) && !hasSpeechVerb(strings.ToLower(before[m[2]:m[3]])) && a.personIndex(a.resolve(before[m[2]:m[3]], si)) >= 0 {
			// "Smith: “Donald the microphone is yours.” ¶ Trump: “That
			// was good.”": a transcript's turns, each the one its label
			// names, in a live blog or a tweet.
			return cueMatch{before[m[2]:m[3]], "label", -1, from + m[2]}, true
		}
		if m := withWords.FindStringSubmatchIndex(before); m != nil {
			// "“…?” Sullivan asked, before Flynn broke in with the words:
			// “I am, your honor.”": the one whose words the colon hands
			// over to, not the speech verb's subject before.
			return cueMatch{before[m[2]:m[3]], "words", -1, from + m[2]}, true
		}
		if m := promptedTo.FindStringSubmatchIndex(before); m != nil {
			// "“Yes,” Pompeo replied, prompting Tapper to point out: “The
			// president said he doesn't.”": the one prompted, not the
			// speaker before.
			return cueMatch{before[m[2]:m[3]], "prompted", -1, from + m[2]}, true
		}
		if m := quotationFrom.FindStringSubmatchIndex(before); m != nil {
			// "There is also a quotation from Thomas Jefferson that
			// Taricani said he wants to read in court: “…”": the author
			// the narration names, not the one who reads it out.
			return cueMatch{before[m[2]:m[3]], "quoted", -1, from + m[2]}, true
		}
	}
	return noCue, false
}

// cueOwnersView takes the one in whose view the words are ("in General
// Flynn’s opinion, “…”").
func (a *analyzer) cueOwnersView(cs *cueSite) (cueMatch, bool) {
	from, before := cs.from, cs.before
	if ownersViewBefore(before) {
		if m := inOwnersView.FindStringSubmatchIndex(before); m != nil {
			// "He pointed out that when the Mayor says …, it is, in
			// General Flynn’s opinion, “a disservice …”": the one whose
			// view the words are, not the speech verb's subject before.
			return cueMatch{before[m[2]:m[3]], "opinion", -1, from + m[2]}, true
		}
	}
	return noCue, false
}

// cueQuestionOrTopic gives no one the words of a question put to the
// speaker or of the topic a phrase opening the sentence names.
func (a *analyzer) cueQuestionOrTopic(cs *cueSite) (cueMatch, bool) {
	i, si, from, before, after := cs.i, cs.si, cs.from, cs.before, cs.after
	if (strings.Contains(before, "sked") || strings.Contains(before, "ressed") || strings.Contains(before, "uestioned")) && askedOpening.MatchString(before) {
		// "Asked by a reporter whether he was “the right messenger” for
		// that, Trump responded": the question's words, not the answer's.
		return noCue, true
	}
	if from == a.sents[si].Start && topicOpening.MatchString(before) && !strings.ContainsAny(before, ",;:") &&
		(strings.HasSuffix(a.text[a.quotes[i].Start:a.quotes[i].End], ",") || strings.HasPrefix(strings.TrimSpace(after), ",")) {
		// "As for the question of her “intent,” Horowitz said it arose
		// “months earlier”": words quoted in a phrase opening the
		// sentence with what it is about are its topic, not what its
		// subject says.
		return noCue, true
	}
	return noCue, false
}

// cueAskedBy takes the asker of a question the words are.
func (a *analyzer) cueAskedBy(cs *cueSite) (cueMatch, bool) {
	i, from, before := cs.i, cs.from, cs.before
	if m := askedBy.FindStringSubmatchIndex(before); m != nil && strings.HasSuffix(strings.TrimRight(a.text[a.quotes[i].Start:a.quotes[i].End], ` ,"”’'`), "?") {
		// "Asked by Associate Justice Samuel Alito “can the mandate be
		// viewed as a tax?” Verrilli responded": the question is the
		// asker's, not the answer's speaker's.
		return cueMatch{before[m[2]:m[3]], "asked", -1, from + m[2]}, true
	}
	return noCue, false
}

// cueOthersWords reads words that are not the speaker's before them: a
// note's, a crowd's, those reports give someone, a describer's,
// hearsay's, a thing's.
func (a *analyzer) cueOthersWords(cs *cueSite) (cueMatch, bool) {
	i, from, before := cs.i, cs.from, cs.before
	if whichStates.MatchString(before) {
		// "Miller laid a note on the body …, that said “…,” McMahill
		// said": the note's words, which the speaker after them
		// reports.
		return noCue, true
	}
	if strings.Contains(before, "chant") && chantBefore.MatchString(before) {
		// "After white supremacists marched …, chanting “Jews will not
		// replace us!” in 2017, Trump insisted": a crowd's words, whoever
		// speaks after them.
		return noCue, true
	}
	if strings.Contains(before, "report") {
		if m := reportsThatSaid.FindStringSubmatchIndex(before); m != nil {
			// "Outraged over reports that Trump said he wanted fewer
			// immigrants from “shithole countries,” Green added …": the
			// words the reports give someone are theirs.
			return cs.spokeBefore(m), true
		}
	}
	if strings.Contains(before, " by ") {
		if m := describedAsBy.FindStringSubmatchIndex(before); m != nil && describing(a.text[a.quotes[i].Start:a.quotes[i].End]) {
			// "Natalia Veselnitskaya, identified by Goldstone in the
			// exchange as “a Russian government attorney.”": the one
			// who describes her so, not the sentence's subject. A name
			// ("identified by Ford as “PJ”") is no one's words.
			return cueMatch{before[m[2]:m[3]], "described", -1, from + m[2]}, true
		}
	}
	if strings.Contains(before, " that ") && hearsayThat.MatchString(before) && !hearsayCalled.MatchString(before) {
		// "The WHO cautioned about reports that the coronavirus is
		// “losing potency,”": the reports' words, not the one who
		// speaks of them. Not "Gabbard called allegations that … “completely
		// despicable”": what she calls them.
		return noCue, true
	}
	if strings.Contains(before, "its ") && itsWords.MatchString(before) {
		// "After reading aloud the Preamble -- including its call for a
		// “more perfect union” – he said": a thing's words, not the
		// speaker's who cites them.
		return noCue, true
	}
	return noCue, false
}

// cueDescribedOrLabelled reads words that describe the one named after
// them, or that the narration says are someone's ("in the words of",
// "as … was labeled by").
func (a *analyzer) cueDescribedOrLabelled(cs *cueSite) (cueMatch, bool) {
	open, close, before, after := cs.open, cs.close, cs.before, cs.after
	if describesName(before, after, a.text[open:close]) {
		// "A “ranting and raving” Trump demanded …": words describing
		// the one named after them, whoever's they are, are not theirs.
		return noCue, true
	}
	if m := inWordsOf.FindStringSubmatchIndex(after); m != nil {
		// "…," in the words of one Trump adviser: the one whose words
		// they are, whom the narration may not name.
		if m[2] < 0 {
			return noCue, true
		}
		return cueMatch{after[m[2]:m[3]], "words", close + m[2], -1}, true
	}
	if m := labeledBy.FindStringSubmatchIndex(after); m != nil {
		// "the “deporter in chief,” as Obama was labeled by immigrant
		// rights activists": the labellers', not the sentence's
		// speaker's nor the one labelled.
		if m[2] < 0 {
			return noCue, true
		}
		return cueMatch{after[m[2]:m[3]], "labeled", close + m[2], -1}, true
	}
	return noCue, false
}

// cueOpeningHandsOver takes a speaker and speech verb opening the
// sentence and handing over to the words, or no one for a crowd's.
func (a *analyzer) cueOpeningHandsOver(cs *cueSite) (cueMatch, bool) {
	si, from, before, after := cs.si, cs.from, cs.before, cs.after
	if t := strings.TrimSpace(before); from == a.sents[si].Start && strings.TrimSpace(after) != "" && (strings.HasSuffix(t, ",") || strings.HasSuffix(t, ":")) {
		// "Mr. Boehner told him, “We're going to fight on this one,” Mr.
		// Southerland recalled": a sentence that opens with a speaker
		// and speech verb handing over to the quotation is theirs; the
		// cue after it names who recounts it.
		if m := findSubjectVerb(before, true); m != nil && introducedBy.MatchString(before[m[5]:]) {
			return cs.spokeBefore(m), true
		}
		if crowdBefore.MatchString(before) {
			// "The audience roared, “Lock her up!” as Trump declared,
			// “…”": the crowd's words, not those of the one named after
			// them, who speaks next.
			return noCue, true
		}
	}
	return noCue, false
}

// cueNamedIntroducer takes the one named handing over to the words when
// a pronoun's cue follows them.
func (a *analyzer) cueNamedIntroducer(cs *cueSite) (cueMatch, bool) {
	before, after := cs.before, cs.after
	if m := namedIntroducer.FindStringSubmatchIndex(before); m != nil && pronounCue.MatchString(after) {
		// "Senator Rand Paul basically saying, “…,” he said, “…”": the
		// one named handing over to the words, whom the pronoun after
		// them stands for, not whoever was named before the sentence.
		return cs.spokeBefore(m), true
	}
	return noCue, false
}

// cueRecalledTelling takes the one someone recalls saying the words.
func (a *analyzer) cueRecalledTelling(cs *cueSite) (cueMatch, bool) {
	from, before := cs.from, cs.before
	if m := recalledTellingIndex(before); m != nil {
		// "He recalled the pilot telling the passengers: …": the words
		// are the one recalled, whom the narration may not name, not
		// the one recalling them, nor the one speaking after them
		// ("which captured the former reality TV star saying he could
		// “…,” Access Hollywood host Natalie Morales said").
		return quotedOneCue(before, m, from, "recalled"), true
	}
	return noCue, false
}

// quotedOneCue is the cue of words the narration says someone said, m
// matching the text before them (from on) with that one in m[2]:m[3]:
// they are that one's, whom the narration may not name ("the pilot",
// "him"), or no one's the article lets us name.
func quotedOneCue(before string, m []int, from int, verb string) cueMatch {
	if subj := quotedOne(before[m[2]:m[3]]); subj != "" {
		return cueMatch{subj, verb, -1, from + m[2]}
	}
	return noCue
}

// cueAddressed takes the main clause's subject after a phrase
// addressing someone with the words.
func (a *analyzer) cueAddressed(cs *cueSite) (cueMatch, bool) {
	close, si, from, before, after := cs.close, cs.si, cs.from, cs.before, cs.after
	if from == a.sents[si].Start && addressedOpening.MatchString(before) {
		// "Addressing his “good friend” Israeli Prime Minister Benjamin
		// Netanyahu, the president remarked …": the one named after the
		// words is the one addressed; the main clause after the comma
		// names who speaks.
		if c := strings.IndexByte(after, ','); c >= 0 {
			if m := findSubjectVerb(after[c+1:], false); m != nil && strings.TrimSpace(after[c+1:c+1+m[2]]) == "" {
				return cueMatch{after[c+1+m[2] : c+1+m[3]], after[c+1+m[4] : c+1+m[5]], close + c + 1 + m[4], -1}, true
			}
		}
	}
	return noCue, false
}

// cueOwnedContent takes the owner of the words a clause says someone's
// words were ("Tocqueville’s observation that Americans “…”").
func (a *analyzer) cueOwnedContent(cs *cueSite) (cueMatch, bool) {
	from, before, owned := cs.from, cs.before, cs.owned
	if m := owned; m != nil && contentSubject.MatchString(before[m[3]:m[1]]) {
		// "Drawing from Tocqueville’s observation that Americans “are
		// forever brooding …,” he noted": words going on from the
		// subject of the clause saying what someone's words were are
		// theirs, whoever speaks after. Not "Trump's claim that he is
		// immune … is “entirely unsupported,” Turley says": a clause
		// with a verb before the quotation may have ended at it.
		return cueMatch{before[m[2]:m[3]], "comments", -1, from + m[2]}, true
	}
	return noCue, false
}

// cueSubjectAfter takes the subject and speech verb right after the
// words, where a place or a workplace may follow the name ("“…,” Thom
// Brown of Butcher and Singer said").
func (a *analyzer) cueSubjectAfter(cs *cueSite) (cueMatch, bool) {
	close, si, after, fronted := cs.close, cs.si, cs.after, cs.fronted
	if m := afterSubject.FindStringSubmatchIndex(after); m != nil && cs.verbCues(m) && !fronted && fromState(after, m) && !namesOnward(after[m[4]:m[5]], after[m[5]:]) {
		return cueMatch{quotingOr(after, m), after[m[4]:m[5]], close + m[4], -1}, true
	}
	if m := personOfAfter.FindStringSubmatchIndex(after); m != nil && cs.verbCues(m) && !fronted && a.personOf(after[m[2]:m[3]], si) {
		// "“…,” Thom Brown of Butcher and Singer said": a person and
		// where they work, which afterSubject reads only for a state.
		return cueMatch{after[m[2]:m[3]], after[m[4]:m[5]], close + m[4], -1}, true
	}
	return noCue, false
}

// cueNextSentence reads the next sentence's opening when the segmenter
// ended the sentence at the closing mark; otherwise it leaves the
// site's after empty.
func (a *analyzer) cueNextSentence(cs *cueSite) (cueMatch, bool) {
	open, close, si, before, after := cs.open, cs.close, cs.si, cs.before, cs.after
	if strings.TrimSpace(after) == "" {
		// "Then read it!" Kowalski shouted: the segmenter ends the sentence
		// at the mark, and the attribution opens the next one. Not
		// "Andres asked: “Was he having trouble?” Gates replied: “He
		// was.”": a question whose asker comes before it. Nor "He made a
		// spectacle, screaming at Sarah Huckabee Sanders, “…?!”": a
		// participle of speech before it names its speaker.
		if next := a.sentenceOf(max(close-1, 0)) + 1; next < len(a.sents) && a.sents[next].Paragraph == a.sents[si].Paragraph && !hasSpeechVerb(before) && !participle.MatchString(before) &&
			(endsQuestionOrExclamation(a.text[open:close]) || bareCue(a.text[close:a.sents[next].End])) {
			after = a.text[close:a.sents[next].End]
			if subj, verb, at, inverted, ok := speakerOpening(after); ok && !agreeing(verb) {
				if v := strings.Index(after[at:], verb); v >= 0 && callsObject.MatchString(after[at+v:]) {
					// "“Any idea why …?” Colonel Vindman … called the
					// suggestion “preposterous.”": he names what was asked.
					return noCue, true
				}
				if !inverted && strings.ContainsFunc(before, unicode.IsLetter) && replyToQuestion(verb, before, a.text[open:close]) {
					// "Asked point-blank, “Is that picture you?” Weiner
					// replied, …": a question the narration puts is not
					// the one who answers it. "“Who knows?” he replied"
					// is his.
					return noCue, true
				}
				return cueMatch{subj, verb, close + at, -1}, true
			}
			after = ""
		}
	}
	cs.after = after
	return noCue, false
}

// cueRoleAfter takes a speaker named by role after the verb, or an
// author after "from" ("said Speaker of the House Paul Ryan", "read an
// email from …").
func (a *analyzer) cueRoleAfter(cs *cueSite) (cueMatch, bool) {
	close, after, agreedWith := cs.close, cs.after, cs.agreedWith
	if m := verbSubject.FindStringSubmatchIndex(after); m != nil && roleWords(after[m[4]:m[5]], after[m[6]:m[7]]) && !namedObject(after[m[2]:m[3]], after[m[1]:]) && !(agreedWith && agreeing(after[m[2]:m[3]])) {
		if name := roledName(after[m[6]:]); !qualifiesRole(after[m[4]:m[5]], after[m[6]:], name) {
			if holder := officeHolderIn(after, name, m[6]); holder != "" {
				name = holder // "…," said Speaker of the House Paul Ryan
			}
			return cueMatch{name, after[m[2]:m[3]], close + m[2], -1}, true
		}
	}
	if m := writtenBy.FindStringSubmatchIndex(after); m != nil && roleWords(after[m[2]:m[3]], after[m[4]:m[5]]) && !ownerOf(after, m[4], m[5]) && !inReplyTo.MatchString(after[:m[0]]) {
		// "…," read an email from council member Joe Kim to Park. Not
		// "“Decline it,” was all she said in response to a May 18
		// email from Ami Desai": the answer to the email, not its words.
		// The author may follow a role that opens with a name: "said the
		// post by Facebook chief privacy officer Erin Egan" is hers.
		if name := roledName(after[m[4]:]); name != "" {
			return cueMatch{name, "wrote", close + m[0], -1}, true
		}
		return cueMatch{after[m[4]:m[5]], "wrote", close + m[0], -1}, true
	}
	return noCue, false
}

// cueClauseAfter takes the subject and speech verb of the clause after
// the words.
func (a *analyzer) cueClauseAfter(cs *cueSite) (cueMatch, bool) {
	open, close, si, after, fronted := cs.open, cs.close, cs.si, cs.after, cs.fronted
	if m := openAppositive.FindStringSubmatchIndex(after); m != nil && cs.verbCues(m) && !fronted && !appositiveClause.MatchString(after[m[3]:m[4]]) {
		// "…," Kerri Kupec, a spokeswoman for the Justice Department
		// said: the comma closing her role was lost, not her place as
		// the subject.
		return cueMatch{after[m[2]:m[3]], after[m[4]:m[5]], close + m[4], -1}, true
	}
	if m := findSubjectVerb(after, false); m != nil && cs.verbCues(m) && !fronted && !strings.Contains(after[:m[2]], ";") && !namesOnward(after[m[4]:m[5]], after[m[5]:]) && !roleAfter.MatchString(after) && !clauseStart.MatchString(after) && !clauseJoin.MatchString(after[:m[2]]) && !subordinate.MatchString(after[:m[2]]) && !speechParticiple.MatchString(after[:m[2]]) && !relativeWhich(after[:m[2]]) && !asSaidThat(after, m) && !introducedBefore(after[:m[2]], a.text[min(a.sents[si].Start, open):open]) {
		// "…," the group's spokesman, Tomas Weber, told local radio. Not
		// "…," and the agency said in a statement: a clause of its own.
		// Nor "…!” the neighbor said, Kasinskas told CNN: the role's verb
		// is the nearer cue, the name's reports it.
		// Nor "…,” which he said can encourage …": what the quotation
		// names is what the speaker speaks of, not the words he said.
		// Nor "…,” adding that he reported it": the participle's subject
		// is the speaker, and what it adds is another report. Nor "Ryan
		// says NATO is an “indispensable ally”; Trump has said …": a
		// semicolon closes the quotation's clause.
		return cueMatch{quotingOr(after, m), after[m[4]:m[5]], close + m[4], -1}, true
	}
	return noCue, false
}

// cueOwnedWords takes the one whose remarks or comments the words are.
func (a *analyzer) cueOwnedWords(cs *cueSite) (cueMatch, bool) {
	from, before, after, owned := cs.from, cs.before, cs.after, cs.owned
	if ownedAfter.MatchString(after) {
		// The anchored test first: the name's pattern scans all the text
		// before the quotation.
		if m := ownerBefore.FindStringSubmatchIndex(before); m != nil {
			// "Cummings said Trump's “go back” remarks brought back
			// memories": the words are the one whose remarks they are.
			return cueMatch{before[m[2]:m[3]], "comments", -1, from + m[2]}, true
		}
	}
	if m := owned; m != nil {
		// "Trump said, pointing to Clinton's comments that half his
		// supporters belong in a “basket of deplorables”": the words
		// are the one whose comments they are.
		return cueMatch{before[m[2]:m[3]], "comments", -1, from + m[2]}, true
	}
	return noCue, false
}

// cueQuotedOne takes the one the narration quotes or hears saying the
// words, or whose promise or words they are.
func (a *analyzer) cueQuotedOne(cs *cueSite) (cueMatch, bool) {
	from, before := cs.from, cs.before
	if promiseTo.MatchString(before) {
		if m := ownedPromise.FindStringSubmatchIndex(before); m != nil {
			// "referring to President Trump’s campaign promise to “make
			// America great again”": the one who promised.
			return cueMatch{before[m[2]:m[3]], "comments", -1, from + m[2]}, true
		}
	}
	if at, end := wordsOwnerBeforeColon(before); at >= 0 {
		// "Fox News reported Reade’s words: “…”": whose words they are,
		// not who reports them.
		return cueMatch{before[at:end], "words", -1, from + at}, true
	}
	if m := quotedPassiveIndex(before); m != nil {
		// "Assad was quoted as saying …".
		return cueMatch{before[m[2]:m[3]], "quoted", -1, from + m[2]}, true
	}
	if strings.Contains(before, " heard ") {
		if m := heardSaying.FindStringSubmatchIndex(before); m != nil {
			// "Honig notes that Floyd also can be heard saying “…”": the
			// one heard, not the one who notes it.
			return cueMatch{before[m[2]:m[3]], "heard", -1, from + m[2]}, true
		}
	}
	if m := quotedAsIndex(before); m != nil {
		// "Reuters quoted the minister as saying: …": the words are the
		// one quoted, whom the narration may not name (unnamed then
		// says so), never its subject's.
		return quotedOneCue(before, m, from, "quoted"), true
	}
	return noCue, false
}

// cueStatementOwner takes the author of a statement, claim or
// participle the words go on from, or the one moved to say them.
func (a *analyzer) cueStatementOwner(cs *cueSite) (cueMatch, bool) {
	before := cs.before
	if m := ownedStatement.FindStringSubmatchIndex(before); m != nil && !afterPreposition(before[:m[2]]) {
		// "While Trump tweeted …, Spicer's statement said “…”": the
		// words are the statement's author's, not the subject's before.
		// Not "The agreement in Fine’s email said": the agreement's.
		return cs.spokeBefore(m), true
	}
	if m := ownedClaim.FindStringSubmatchIndex(before); m != nil {
		// "Franken said as he zeroed in on Sessions’ statement to
		// National Review in 2009 that he “filed …”": what the statement
		// says is its owner's words, whoever speaks of it.
		return cs.spokeBefore(m), true
	}
	if m := withSpeaking.FindStringSubmatchIndex(before); m != nil {
		// "The White House suggested …, with Ms. Sanders reminding
		// reporters that “…”": the one the participle is of.
		return cs.spokeBefore(m), true
	}
	if m := causedToSay.FindStringSubmatchIndex(before); m != nil {
		// "… his recent policy decisions lead CNN’s Ronald Brownstein to
		// write that “…”": the one moved to say the words, not the
		// subject of a speech verb before.
		return cs.spokeBefore(m), true
	}
	if withOwnedSpeaking.MatchString(before) {
		// "… after President Obama suggested …, with Mitt Romney's
		// campaign calling the remark “insulting.”": the campaign's
		// words, whom the article does not name, not the subject's.
		return noCue, true
	}
	return noCue, false
}

// cueQuotedOrCalled takes the one quoted or the one who called a thing
// so; no one for a question or chant.
func (a *analyzer) cueQuotedOrCalled(cs *cueSite) (cueMatch, bool) {
	from, before, after := cs.from, cs.before, cs.after
	if m := quotedName.FindStringSubmatchIndex(before); m != nil {
		// "…,” Romney said, and then quoted the Rev. Martin Luther King
		// Jr.: “…”": the words are the one quoted, not the quoter.
		return cueMatch{before[m[2]:m[3]], "quoted", -1, from + m[2]}, true
	}
	if m := whatCalled.FindStringSubmatchIndex(before); m != nil {
		// "Franken had asked what Sessions called “a rambling
		// question”": the words are the one naming the thing so, not
		// the sentence's subject.
		return cs.spokeBefore(m), true
	}
	if askedOrChanted(before, after) {
		return noCue, true
	}
	return noCue, false
}

// cueMainClauseColon takes the subject of the main clause after a
// clause opening the sentence, handing over with a colon.
func (a *analyzer) cueMainClauseColon(cs *cueSite) (cueMatch, bool) {
	before := cs.before
	if openingClause.MatchString(before) {
		// "When questioned about his coiffure, Sanders was brusque: “…”",
		// "When the president accused Democrats of …, Mrs Pelosi was
		// observed twice mouthing: “Not true.”": the main clause after
		// the one opening the sentence introduces the quotation, not the
		// speech verb inside that opening clause.
		if c := strings.LastIndexByte(before, ','); c >= 0 {
			if subj := colonSubject(before[c+1:]); subj != "" {
				return cueMatch{subj, ":", -1, -1}, true
			}
		}
	}
	return noCue, false
}

// cueDashedRelative takes the one an aside set off by dashes quotes.
func (a *analyzer) cueDashedRelative(cs *cueSite) (cueMatch, bool) {
	from, before := cs.from, cs.before
	if m := dashedRelative.FindStringSubmatchIndex(before); m != nil && !passiveWords.MatchString(before[m[4]:]) && !hasSpeechVerb(before[m[4]:]) {
		// "Trump charged Vice President Mike Pence—who campaigned on
		// “send[ing] Roe v. Wade to the ash heap of history”—with …": an
		// aside on someone that quotes them is their words, not those of
		// the sentence's subject.
		return cueMatch{before[m[2]:m[3]], "who", -1, from + m[2]}, true
	}
	return noCue, false
}

// cueRelativeBefore reads a relative clause or an aside after the
// speech verb before the words: the nearer speaker, someone who answers
// unnamed, a thing's or a document's words.
func (a *analyzer) cueRelativeBefore(cs *cueSite) (cueMatch, bool) {
	from, before, after, sv := cs.from, cs.before, cs.after, cs.sv
	if r := relativeCue(before, sv); r != nil {
		// "Trump acknowledged the gap between himself and … John R.
		// Bolton, who said last weekend the administration had “no
		// doubt” …": the nearer speaker, whom "who" stands for.
		return cueMatch{before[r[2]:r[3]], before[r[4]:r[5]], -1, from + r[2]}, true
	}
	if sv != nil {
		if u := relativeAnswer.FindStringIndex(before); u != nil && u[0] >= sv[5] {
			// "“…,” Mr. Holder told the lawmaker, who responded, “…”":
			// the one told answers, someone relativeCue cannot name.
			return noCue, true
		}
	}
	if sv != nil && thingSaysAfter.MatchString(after) {
		// "Clinton announced that she had launched Onward Together, an
		// organization established to lend support to groups in “…,”
		// its website said": the thing's own words, which the clause
		// after them names, not what the speaker before announced.
		return noCue, true
	}
	if m := sv; m != nil && (whichStates.MatchString(before[m[5]:]) || documentAside(before[m[5]:])) {
		// "Trump said before signing the order, which states it is now
		// policy “to protect …”", "Corker said at the hearing, the
		// first since a report was released finding “…”": the
		// document's words, not the speaker's.
		return noCue, true
	}
	return noCue, false
}

// cueSpeechVerbBefore takes the subject of the speech verb before the
// words, unless the clause after it hands them to someone else.
func (a *analyzer) cueSpeechVerbBefore(cs *cueSite) (cueMatch, bool) {
	from, before, sv := cs.from, cs.before, cs.sv
	if m := sv; m != nil {
		if rest := before[m[5]:]; messageTo.MatchString(rest) && contrastClause.MatchString(rest) {
			// "Ms. Vroom said …, but a top ICE official rejected that
			// idea in an email to Ms. Vroom: “…”": the message's writer
			// is the subject of the clause that sends it, never its
			// recipient nor the speaker before; someone unnamed here.
			if subj, at := lastClauseSubject(contrastClause, rest); subj != "" {
				return cueMatch{subj, "wrote", -1, from + m[5] + at}, true
			}
			return noCue, true
		}
		if subj, verb, at := contrastedParticiple(before[m[5]:]); subj != "" {
			// "Mr. Putin and Mr. Obama issued a joint statement …,
			// although Mr. Putin didn't elaborate …, saying only “…”":
			// the participle is of the clause it closes.
			return cueMatch{subj, verb, -1, from + m[5] + at}, true
		}
		if saidWhen.MatchString(before[:m[2]]) && strings.Contains(before[m[5]:], ",") {
			// "It said when Slager warned his colleagues he was about to
			// fire his taser, “Wilson was cooperating fully”": the clause
			// saying when is part of what the speaker before it says.
			if r := findSubjectVerb(before[:m[2]], true); r != nil {
				return cueMatch{before[r[2]:r[3]], before[r[4]:r[5]], -1, from + r[2]}, true
			}
			return noCue, true
		}
		if requested(before[m[4]:m[5]], before[m[5]:]) {
			// "Sanders told reporters Trump has asked his Cabinet
			// agencies to “look and see …”", "Clapper also confirmed
			// that Feinstein has asked for a review to “refine …”": a
			// request one speaker reports in their own words, not the
			// asker's. Without a reporter before it, the words are most
			// often the asker's own ("Trump asked Congress to “…”").
			if r := findSubjectVerb(before[:m[2]], true); r != nil {
				return cueMatch{before[r[2]:r[3]], before[r[4]:r[5]], -1, from + r[2]}, true
			}
		}
		if n := nounSpeaksBefore.FindStringSubmatchIndex(before); n != nil && n[0] >= m[5] && !isTitle(before[n[2]:n[3]]) && !familyNoun[before[n[2]:n[3]]] && !joiningWord.MatchString(before[n[0]:n[3]]) && !strings.HasSuffix(before[n[2]:n[3]], "ly") && !strings.HasSuffix(before[n[2]:n[3]], "ed") {
			// "Synek also told the Examiner the employee declared, “…”":
			// the words are the one she reports, whom the article does
			// not name, not hers.
			return noCue, true
		}
		if u := unnamedBefore.FindStringIndex(before); u != nil && (u[0] >= m[5] || u[0] <= m[2] && u[1] >= m[5]) {
			// "Trump said …, when a reporter asked whether he was worried
			// about “…”": the nearer speaker is someone unnamed. So is
			// one a name only qualifies: "a former Christie staffer, who
			// worked underneath Kelly, claimed that he “…”".
			return noCue, true
		}
		return cs.spokeBefore(m), true
	}
	return noCue, false
}

// cueParticiple takes the subject of the clause a participle of speech
// closes ("…, saying: “…”").
func (a *analyzer) cueParticiple(cs *cueSite) (cueMatch, bool) {
	i, si, from, before := cs.i, cs.si, cs.from, cs.before
	clause, comma := before, 0
	if pi := i - 1; pi >= 0 && from == a.marks[pi][1] && strings.HasSuffix(strings.TrimSpace(a.text[a.quotes[pi].Start:a.quotes[pi].End]), ",") {
		// "…, part of a bid to “silence …,” adding “…”": the comma
		// before the participle is inside the quotation before.
		clause, comma = ","+before, 1
	}
	m := participle.FindStringSubmatchIndex(clause)
	if r, _ := utf8.DecodeRuneInString(a.text[a.quotes[i].Start:]); m == nil && unicode.IsLower(r) {
		// "…, saying the Mayor of London “has done a terrible job”":
		// a quotation going on with the clause's own subject is its
		// predicate, further into the clause too.
		m = participlePredicate.FindStringSubmatchIndex(clause)
		if m != nil && hasSpeechVerb(clause[m[3]:]) {
			// "…, saying the retired Army general told him “…”": the
			// words are the one the participle reports speaking.
			m = nil
		}
	}
	if m != nil {
		// "Mr Blair dismissed the claims, saying: …": the sentence's
		// subject speaks.
		// "…, telling “Fox and Friends” …": a quotation right after
		// "telling" names the audience, not the words.
		verb, start := clause[m[2]:m[3]], a.sents[si].Start
		audience := verb == "telling" && strings.TrimSpace(clause[m[3]:]) == ""
		if !audience && start <= from && !a.quotedHead(i, start) {
			head := a.text[start : from+max(m[0]-comma, 0)]
			// "Strzok was removed …, but Trump has ramped up his
			// criticism …, saying …": the subject of the clause the
			// participle closes, not the sentence's.
			if subj, at := lastClauseSubject(coordinated, head); subj != "" {
				return cueMatch{subj, verb, -1, start + at}, true
			}
			if subj, at := sentenceSubject(head); subj != "" {
				return cueMatch{subj, verb, -1, start + at}, true
			}
		}
	}
	return noCue, false
}

// cueAccordingOrWritten takes a source the words are according to, or
// the author of a message before them.
func (a *analyzer) cueAccordingOrWritten(cs *cueSite) (cueMatch, bool) {
	i, close, from, before, after := cs.i, cs.close, cs.from, cs.before, cs.after
	if m := accordingTo.FindStringSubmatchIndex(after); m != nil {
		if unnamedWriter.MatchString(after[:m[0]]) {
			// "“…,” the ads read, according to Politico": the paper
			// reports words whose speaker the clause before names.
			return noCue, true
		}
		return cueMatch{accordingToName(after, m, before), "according to", close + m[0], -1}, true
	}
	if m := writtenBy.FindStringSubmatchIndex(before); m != nil && roleWords(before[m[2]:m[3]], before[m[4]:m[5]]) && !ownerOf(before, m[4], m[5]) && len(strings.Fields(before[m[1]:])) <= maxAfterAuthor && !describedBy(before[m[1]:], a.text[a.quotes[i].Start:]) {
		// Reed received an email from Park: "…" — the author, not the
		// recipient. Not "the FBI — which has added a letter from
		// Christine Blasey Ford to Kavanaugh's file — had already done
		// all it was going to do, because “…”": narration has gone on.
		// The author may follow a role that opens with a name: "a memo
		// from NBC News chairman Andrew Lack" is his.
		if name := roledName(before[m[4]:]); name != "" {
			if at := strings.Index(before[m[4]:], name); at >= 0 {
				return cueMatch{name, "wrote", -1, from + m[4] + at}, true
			}
		}
		return cueMatch{before[m[4]:m[5]], "wrote", -1, from + m[4]}, true
	}
	return noCue, false
}

// cueColon takes the subject of a colon handing over to the words, in
// their sentence or closing the paragraph before.
func (a *analyzer) cueColon(cs *cueSite) (cueMatch, bool) {
	open, si, before, after := cs.open, cs.si, cs.before, cs.after
	if subj := colonSubject(before); subj != "" {
		return cueMatch{subj, ":", -1, -1}, true
	}
	if prev := si - 1; prev >= 0 && a.sents[prev].Paragraph == a.sents[si].Paragraph-1 && strings.TrimSpace(before) == "" && a.opensParagraph(a.sents[si].Paragraph, open) && !unnamedAfter.MatchString(after) {
		// "… Pence replied:" ending the paragraph before hands over to
		// the quotation opening this one. Not "From CNN:" before "“…,”
		// a source familiar with Bannon’s thinking tells CNN": the
		// quotation's own sentence says whose it is.
		if subj := colonSubject(a.text[a.sents[prev].Start:a.sents[prev].End]); subj != "" {
			return cueMatch{subj, ":", -1, -1}, true
		}
	}
	return noCue, false
}
