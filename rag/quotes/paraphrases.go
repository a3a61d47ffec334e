package quotes

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reported speech: sentences that say what someone said without
// quotation marks, and which of them the answers may show.

// askedAbout is a question's verb, whom it was put to and "about": "asks
// President Obama about".
var askedAbout = regexp.MustCompile(`^ask(?:s|ed)?\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){1,4}about\s`)

// comparedTo ends the text before a speech verb's subject that compares
// with what the subject says: "as rich as he says", "more than she
// claims".
var comparedTo = regexp.MustCompile(`\bas\s+(?:(?:much|many)\s+(?:[\p{Ll}\-]+\s+)?|(?:rich|poor|wealthy|generous|charitable|strong|weak|big|large|small|good|bad|great|high|low|successful|popular|smart|tough|healthy|important|serious)\s+)as\s+$|\b(?:more|less|fewer|better|worse|bigger|smaller|higher|lower|greater)\s+(?:[\p{Ll}'’\-]+\s+){0,2}than\s+$`)

// findParaphrases finds sentences that report speech without quote marks
// around all of it: a subject and a speech verb outside any quotation.
func (a *analyzer) findParaphrases(reports *shared[sentenceReport]) {
	last := ""
	qi := 0
	// tweetReported is who the tweet's last sentence reported as news
	// does, whom a sentence with no subject goes on reporting.
	tweetPara, tweetBy, tweetReported := -1, "", ""
	for si, s := range a.sents[:min(len(a.sents), maxReadSentences)] {
		for qi < len(a.quotes) && a.quotes[qi].Sentence <= si {
			if q := a.quotes[qi]; q.Speaker != "" {
				last = q.Speaker
			} else if a.unnamedBy[qi] {
				// "“…,” he said" after "One Chinese journalist said …",
				// "“…,” a foreign analyst said": someone the article does
				// not name spoke last, so a pronoun after it is not
				// whoever was named before.
				last = ""
			}
			qi++
		}
		if s.Paragraph != tweetPara {
			tweetPara, tweetBy, tweetReported = s.Paragraph, a.tweetAuthor(si), ""
		}
		var p *Attribution
		if author := tweetBy; author != "" {
			p, tweetReported = a.tweeted(si, author, last, tweetReported)
		} else {
			p = a.paraphrase(si, last, reports.get(si))
		}
		if p != nil {
			a.paras = append(a.paras, *p)
		}
	}
}

// reporter is the one a sentence reports the speech of, as its words
// name them: the subject, its cue (a speech verb, "according to"), where
// each starts in the article's text, and the span of the text they are
// reported to have said.
type reporter struct {
	subj, cue  string
	at, verbAt int
	spoken     [2]int
}

// take makes the subject and speech verb that findSubjectVerb's indexes x
// give in plain, a sentence's text from start in the article's, the
// reporter.
func (r *reporter) take(plain string, start int, x []int) {
	r.subj, r.cue, r.at, r.verbAt = plain[x[2]:x[3]], plain[x[4]:x[5]], start+x[2], start+x[4]
}

// paraphrase is the reported speech sentence si holds, nil if none. last
// is the last speaker quoted before it; rep is what sentenceReporter
// found in it.
func (a *analyzer) paraphrase(si int, last string, rep sentenceReport) *Attribution {
	s := a.sents[si]
	plain := rep.plain
	if strings.HasSuffix(strings.TrimRightFunc(plain, unicode.IsSpace), ":") {
		// "Trump answered the protests with this tweet:" hands over to
		// what follows; by itself it says nothing of theirs.
		return nil
	}
	r, ok := rep.r, rep.ok
	if !ok || r.subj == "" || slices.Contains(a.afterCues, r.verbAt) || a.onlyAttributes(si, plain) {
		return nil
	}
	if c, _ := a.unopenedQuote(si); c > r.verbAt {
		// "… in which Kevin explained his views …,” wrote Goldberg.":
		// a verb in words whose opening mark is missing is theirs.
		return nil
	}
	if r.spoken[1] == s.End && r.spoken[0] >= s.Start {
		// "… when he said he didn't know … (his spokesperson later
		// said Walker was objecting …)": an aside that reports
		// words of its own is the writer's, and a name there does
		// not keep the pronoun from its subject.
		if open := strings.IndexByte(plain[r.spoken[0]-s.Start:], '('); open >= 0 && hasSpeechVerb(plain[r.spoken[0]-s.Start+open:]) {
			r.spoken[1] = r.spoken[0] + open
		}
	}
	if k := r.at - s.Start; k > 0 && k <= len(plain) && strings.HasSuffix(plain[:k], "that ") && hearsayOpen.MatchString(plain[:k]) {
		// "Then came a report that Sanders told Warren …": the
		// report's account, not what Sanders says.
		return nil
	}
	if k := r.at - s.Start; isPronounSubject(r.subj) && k > 0 && strings.HasSuffix(strings.TrimRight(plain[:k], " "), ",") && r.verbAt-s.Start+len(r.cue) <= len(plain) && closingEnd.MatchString(plain[r.verbAt-s.Start+len(r.cue):]) {
		// "But Netanyahu should make clearer that he’s willing …,
		// he says.": the words are the clause before the pronoun,
		// and no one named there is whom it stands for; they start
		// after a colon ("The request puzzled Daughtry: The
		// nominee’s team would be in charge, she said"), and not
		// before one whose part the sentence tells ("For Mr.
		// MacLeod’s part, …, he says").
		from := s.Start
		if c := strings.LastIndexByte(plain[:k], ':'); c >= 0 {
			from += c + 1
		} else if o := forPart.FindStringIndex(plain); o != nil && o[0] == 0 {
			from += o[1]
		}
		r.spoken = [2]int{from, r.at}
	}
	if sp := a.speaker(r.subj, si, r.at, last, r.spoken); sp != "" && !a.quotesOthers(si, sp) {
		return &Attribution{Sentence: si, Speaker: a.withPartners(sp, r.at), Cue: r.cue}
	}
	return nil
}

// sentenceReporter is the one plain, the text outside quotations of a
// sentence spanning start to end in the article's text, reports the
// speech of; false when it reports none, or only what someone unnamed
// says.
func sentenceReporter(plain string, start, end int) (reporter, bool) {
	if m := findSubjectVerb(plain, false); m != nil {
		return subjectReporter(plain, start, end, m)
	}
	if m := accordingTo.FindStringSubmatchIndex(plain); m != nil {
		at := start + m[0]
		return reporter{subj: accordingToName(plain, m, ""), cue: "according to", at: start + m[2], verbAt: at, spoken: [2]int{start, at}}, true
	}
	return reporter{}, false
}

// subjectReporter is sentenceReporter for a sentence whose subject and
// speech verb findSubjectVerb found at m: that subject, unless the
// sentence's clauses give its words to someone else.
func subjectReporter(plain string, start, end int, m []int) (reporter, bool) {
	if hasSpeechVerb(plain[:m[2]]) && (groupSpeaks.MatchString(plain[:m[2]]) || unnamedSpeaks.MatchString(plain[:m[2]])) {
		// "But Trump's supporters say his intervention … shows
		// … what he promised to do": a group unnamed speaks, and
		// what it says of someone is not their words.
		return reporter{}, false
	}
	if v := reportedThat.FindStringSubmatchIndex(plain[:m[2]]); v != nil {
		// "Timofeev did not respond …, but told the portal in
		// August that Papadopoulos had emailed him": what one
		// speaker reports of another's words, the reporter's,
		// whose verb has no subject beside it to find.
		tellAt, tellEnd := v[2], v[3]
		if tellAt < 0 {
			// The progressive form: "Tom Arnold is claiming
			// Hillary Clinton begged him …".
			tellAt, tellEnd = v[4], v[5]
		}
		r, rAt := sentenceSubject(plain[:m[2]])
		if r == "" || pronounSubject(r) {
			return reporter{}, false
		}
		m = []int{rAt, tellEnd, rAt, rAt + len(r), tellAt, tellEnd}
	}
	r := reporter{spoken: [2]int{start + m[5], end}}
	r.take(plain, start, m)
	// "… the result of his not being as rich as he says": what
	// the sentence measures against someone's claim, not what
	// they claim, unless someone else reports it ("…, Romney
	// told supporters").
	compared := comparedTo.MatchString(plain[:m[2]])
	tailAt, tail := closingClause(plain)
	if closedByUnnamed(tail) || openedByUnnamed(plain) {
		// "China has denied a request …, U.S. officials said.",
		// "According to a source, Kelly told …": the first verb is
		// what someone unnamed reports.
		return reporter{}, false
	}
	if !r.retake(plain, start, end, m, tailAt, tail) || !r.span(plain, start, m, compared) {
		return reporter{}, false
	}
	return r, true
}

// retake gives r, the subject at m of plain (a sentence's text from
// start to end in the article's), to whom the sentence's other clauses
// say reports it: the one named in the closing clause, tail at tailAt, in an
// opening "according to" or a main clause after a subordinate one, or
// after a set-off verb. False when the main clause's subject is unnamed.
func (r *reporter) retake(plain string, start, end int, m []int, tailAt int, tail string) bool {
	if n := closingSpeaker(tailAt, tail, m); n != nil {
		// "China has denied the request, John Smith said.": the
		// one named last reports the rest.
		r.take(plain, start, n)
		r.spoken = [2]int{start, r.at}
	} else if o := openingAccordingNamed.FindStringSubmatchIndex(plain); o != nil && o[3] <= m[2] {
		// "According to Comey, earlier this year President Trump
		// asked Sessions and Kushner to leave the room": the one
		// the sentence opens with as its source reports the rest.
		r.subj, r.cue, r.at, r.verbAt = plain[o[2]:o[3]], "according to", start+o[2], start+o[2]
	}
	if n := closingInverted(plain, m); n != nil {
		// "Zuckerberg has said he’s open to …, but Facebook has
		// opposed state privacy laws, noted Joe Jerome, policy
		// counsel at …": the one named after the closing verb
		// reports the rest.
		r.subj, r.cue, r.at, r.verbAt = plain[n[4]:n[5]], strings.TrimSpace(plain[n[0]+1:n[2]]), start+n[4], start+n[0]+1
		r.spoken = [2]int{start, r.verbAt}
	}
	if from := mainClauseStart(plain, m); from >= 0 {
		if n := mainClauseSpeaker(plain, from); n != nil {
			// "After Trump said he would defer to the governor,
			// Birx said she wouldn't …": the main clause's speaker
			// reports the sentence; the clause before it sets the
			// scene.
			r.take(plain, start, n)
			r.spoken = [2]int{start + n[5], end}
		} else if n := actedThenSpoke.FindStringSubmatchIndex(plain[from:]); n != nil {
			// "When Kaine demanded that Pence defend …, Pence
			// ducked and talked about …": the main clause's
			// subject does something and speaks; the clause
			// before it sets the scene.
			n = shifted(n, from)
			r.take(plain, start, n)
			r.spoken = [2]int{start + n[5], end}
		} else if unnamedOpens(plain[from:]) {
			// "Though Leahy noted this hearing would be the
			// fourth, Republican senators complained it would be
			// the first": people unnamed report it, not the one
			// named before.
			return false
		}
	}
	if rel := relativeReporter(plain[:m[2]]); rel != nil && requested(r.cue, strings.TrimRight(plain[m[5]:], ". \n")) {
		// "… his former lawyer, Michael Cohen, who says Trump
		// asked him to arrange the transactions.": the one whose
		// relative clause reports a request reports the
		// sentence, as they would a request in a quotation. Not
		// words they report ("the former Miss Universe who says
		// Donald Trump told her she was too heavy").
		r.take(plain, start, rel)
	}
	if n := invertedAfter(plain, m, r.cue); n != nil {
		// "… with the House sergeant at arms, Anne Lieberman,
		// reported West Virginia MetroNews.": the verb is set off
		// and its subject follows; the name before it is what was
		// reported about.
		r.subj, r.at = plain[n[0]:n[1]], start+n[0]
		r.spoken = [2]int{start, r.verbAt}
	}
	return true
}

// span sets where the words r reports open in plain (a sentence's text
// from start in the article's) when its verb at m is set off inside
// them, and hands the sentence to the next speaker in it when r's subject
// is only asked about or compared with (compared). False when a
// comparison leaves no one reporting.
func (r *reporter) span(plain string, start int, m []int, compared bool) bool {
	if strings.HasSuffix(strings.TrimSpace(plain[:m[2]]), ",") && setOffVerb.MatchString(plain[m[5]:]) {
		// "And there won’t be much Trump can do about it, he said,
		// because …": the words are on both sides of the verb.
		// They open after a colon ("The request puzzled Daughtry:
		// The nominee’s team would be in charge, she said") and
		// after the sentence's subject ("Herrod passed along the
		// names of two representatives, who were now, he said,
		// with Cruz").
		from := strings.LastIndexByte(plain[:m[2]], ':') + 1
		if opener, o := sentenceSubject(plain[from:m[2]]); opener != "" && !ownedOpener(opener) {
			from += o + len(opener)
		} else if p := forPart.FindStringIndex(plain[from:m[2]]); p != nil {
			// "For Mr. MacLeod’s part, hustling …, he says": whose
			// part it is, not what he says.
			from += p[1]
		}
		r.spoken[0] = start + from
	}
	if askedAbout.MatchString(plain[m[4]:]) && r.at == start+m[2] {
		// "Correspondent Steve Kroft asks President Obama about the
		// lack of progress in Syria, but Obama says improvement
		// takes time": the question names a topic; the answer's
		// speaker reports what the sentence says.
		if n := nextSpeaker(plain, m); n != nil {
			r.take(plain, start, n)
			r.spoken[0] = start + n[5]
		}
	}
	if compared && r.at == start+m[2] {
		n := nextSpeaker(plain, m)
		if n == nil || comparedTo.MatchString(plain[:n[2]]) {
			return false
		}
		// "Asked whether the economy is as strong as Obama said,
		// Ted Cruz said it is not": the next speaker reports it.
		r.take(plain, start, n)
		r.spoken[0] = start + n[5]
	}
	return true
}

// tweeted reads sentence si of a tweet by author embedded in the
// article: the reported speech it holds, if any, and whom the tweet now
// reports as news does (reported is whom its sentence before did), whom a
// sentence with no subject goes on reporting. last is the last speaker.
func (a *analyzer) tweeted(si int, author, last, reported string) (*Attribution, string) {
	s := a.sents[si]
	// An embedded tweet, its text then "— Donald J. Trump
	// (@realDonaldTrump) March 13, 2016": its author's words,
	// whoever its own verbs speak of ("Bernie Sanders is lying
	// when he says …"). Not a sentence that reports someone's
	// words as news does, their name and verb opening or closing
	// it ("Corbyn says he wishes PM & his family well", "David
	// Cameron … tenders resignation, Buckingham Palace
	// announces"): theirs.
	plain := a.plain(si)
	if m := tweetReport.FindStringSubmatchIndex(plain); m != nil {
		at, end := m[2], m[3]
		if at < 0 {
			at, end = m[4], m[5]
		}
		n := plain[at:end]
		if sp := a.speaker(n, si, s.Start+at, last, [2]int{s.Start, s.End}); sp != "" {
			verb, _, _ := strings.Cut(strings.TrimSpace(plain[end:]), " ")
			return &Attribution{Sentence: si, Speaker: sp, Cue: verb}, sp
		}
	}
	if m := reportGoesOn.FindStringSubmatch(plain); m != nil && reported != "" {
		// "Kerry says full facts … must go to competent courts.
		// Says US will work to provide evidence. — Mark Knoller":
		// the verb with no subject goes on with the one reported.
		return &Attribution{Sentence: si, Speaker: reported, Cue: strings.ToLower(m[1])}, reported
	}
	// A tweet quoting someone with a cue of its own ("“…,” Mr.
	// Trump told the governors during the conference call. via
	// @jmartNYT — Julie Bosman"): the one quoted speaks in it, as
	// in news, not its author.
	here := a.quotesIn(si)
	if i := slices.IndexFunc(here, func(q Quotation) bool {
		return q.Sentence == si && q.Cue != "" && q.Speaker != "" && q.Speaker != author
	}); i >= 0 {
		return &Attribution{Sentence: si, Speaker: here[i].Speaker, Cue: here[i].Cue}, ""
	}
	if plain := a.plain(si); len(a.marksIn(s.Start, s.End)) > 0 && !strings.ContainsFunc(plain, unicode.IsLetter) {
		// ".@SpeakerRyan just said military spending not the
		// reason. “It's entitlements.” — Mark Knoller": words the
		// tweet quotes whole are someone else's, not its author's.
		return nil, ""
	}
	return &Attribution{Sentence: si, Speaker: author, Cue: "tweeted"}, ""
}

// asciiSpace is what `\s` matches in Go's regular expressions.
const asciiSpace = "\t\n\f\r "

// mainClauseStart is the offset in plain of the main clause of a sentence
// that opens with a subordinate clause, when the speech verb
// findSubjectVerb found first (m) is inside that clause: right after the
// comma closing it ("After Trump said …, Birx said …"); -1 when the
// sentence opens otherwise.
func mainClauseStart(plain string, m []int) int {
	// Past the blanks first: they are what "^\s*" would take, and a
	// sentence opening with a quotation, blanked out, is a long run of
	// them that the backtracking matcher retries one by one.
	if !openingClause.MatchString(strings.TrimLeft(plain, asciiSpace)) {
		return -1
	}
	comma := strings.IndexByte(plain[m[5]:], ',')
	if comma < 0 {
		return -1
	}
	return m[5] + comma + 1
}

// mainClauseSpeaker is the subject and speech verb opening the main
// clause that starts at from (mainClauseStart), in plain's offsets; nil
// when it opens otherwise.
func mainClauseSpeaker(plain string, from int) []int {
	n := findSubjectVerb(plain[from:], false)
	if n == nil || strings.TrimSpace(plain[from:from+n[2]]) != "" {
		return nil
	}
	return shifted(n, from)
}

// actedThenSpoke opens a main clause with a name, a verb of doing and a
// speech verb joined to it: "Pence ducked and talked about …". The
// groups are the name and the speech verb, as findSubjectVerb's are.
var actedThenSpoke = regexp.MustCompile(`^\s*((?:\p{Lu}[\p{L}'’.\-]*\s+){0,2}\p{Lu}[\p{L}'’.\-]*)\s+\p{Ll}+ed\s+and\s+(?:then\s+)?(` + speechVerbs + `|talked|spoke)\b`)

// unnamedOpens reports whether a main clause opens with people unnamed
// and a speech verb of their own: "Republican senators complained …".
func unnamedOpens(main string) bool {
	for _, unnamed := range []*regexp.Regexp{groupSpeaks, unnamedSpeaks, lawmakersSpeak, shareSpeaks} {
		if at := unnamed.FindStringIndex(main); at != nil {
			if lead := main[:at[0]]; !strings.ContainsAny(lead, ",;") && len(strings.Fields(lead)) <= 3 {
				return true
			}
		}
	}
	return false
}

// lawmakersSpeak is lawmakers unnamed with a speech verb: "Republican
// senators complained".
var lawmakersSpeak = regexp.MustCompile(`\b(?:senator|lawmaker|legislator|congressm[ae]n|representative)s?\s+(?:` + speechVerbs + `)\b`)

// shareSpeaks is a share of people counted, with a speech verb: "62
// percent said", "a majority of them said".
var shareSpeaks = regexp.MustCompile(`(?:\b\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|\b(?:a|the)\s+majority|\b(?:half|most|many|some|two-thirds|a\s+third|a\s+quarter))\s+(?:of\s+(?:[\p{L}'’\-]+\s+){1,3})?(?:` + speechVerbs + `)\b`)

// nextSpeaker is the subject and speech verb after the pair
// findSubjectVerb found first (m), in plain's offsets; nil when there is
// none.
func nextSpeaker(plain string, m []int) []int {
	n := findSubjectVerb(plain[m[5]:], false)
	if n == nil {
		return nil
	}
	return shifted(n, m[5])
}

// invertedAfter is the span in plain of a name closing the sentence
// after the speech verb findSubjectVerb found at m, set off by a comma
// before it ("…, reported West Virginia MetroNews."); nil when there is
// none. The cheap tests go first: the name's pattern reads the rest of
// the sentence.
func invertedAfter(plain string, m []int, cue string) []int {
	if !strings.HasSuffix(strings.TrimSpace(plain[:m[4]]), ",") || !invertibleVerb.MatchString(cue) {
		return nil
	}
	n := invertedSpeaker.FindStringSubmatchIndex(plain[m[5]:])
	if n == nil || dateWord.MatchString(plain[m[5]+n[2]:m[5]+n[3]]) {
		return nil
	}
	return []int{m[5] + n[2], m[5] + n[3]}
}

// closingSpeaker is the subject-verb pair, in plain's offsets, closing a
// sentence after the one findSubjectVerb found first at m, set off by a
// comma and followed by at most a day: "China has denied the request,
// John Smith said Friday."; nil when there is none. tail is the sentence's
// closing clause, starting at from (closingClause): only it is read, as
// most sentences have no such clause, and reading all of each again cost
// Analyze 40%.
func closingSpeaker(from int, tail string, m []int) []int {
	if from <= m[5] || !strings.Contains(tail, " sa") {
		return nil
	}
	n := findSubjectVerb(tail, true)
	// Not "…, Politico reported.", which readers give to the one named
	// first, nor a pronoun, who may be either.
	if n == nil {
		return nil
	}
	// "…, the White House says.": a body named with "the" reports it too.
	if lead := strings.TrimSpace(tail[:n[2]]); lead != "" && lead != "the" || isPronounSubject(tail[n[2]:n[3]]) || !closingVerb[tail[n[4]:n[5]]] || !closingEnd.MatchString(tail[n[5]:]) {
		return nil
	}
	return shifted(n, from)
}

// closingInverted is speakerLast's match in plain, its indexes plain's,
// when one of the sentence's last two clauses opens with a speech verb
// after the one findSubjectVerb found at m and its speaker follows:
// "…, noted Joe Jerome, policy counsel at the Center for Democracy and
// Technology."; nil otherwise. Only those clauses are read: most
// sentences have no such close.
func closingInverted(plain string, m []int) []int {
	i := strings.LastIndexByte(plain, ',')
	for k := 0; k < 2 && i > m[5]; k++ {
		if hasSpeechVerb(firstWord(plain[i+1:])) {
			n := speakerLast.FindStringSubmatchIndex(plain[i:])
			if n == nil || n[0] != 0 || !roleWords(plain[i+n[2]:i+n[3]], plain[i+n[4]:i+n[5]]) {
				return nil
			}
			return shifted(n, i)
		}
		i = strings.LastIndexByte(plain[:i], ',')
	}
	return nil
}

// closingClause returns the clause after the last comma of plain, and
// where it starts; a clause too long to be an attribution is none.
func closingClause(plain string) (int, string) {
	i := strings.LastIndexByte(plain, ',')
	if i < 0 || len(plain)-i > maxClosingClause {
		return -1, ""
	}
	return i + 1, plain[i+1:]
}

// maxClosingClause bounds a closing attribution: ", Senate Majority
// Leader Mitch McConnell said on Wednesday."
const maxClosingClause = 100

// closingVerb holds the verbs a closing speaker reports with.
var closingVerb = map[string]bool{"said": true, "says": true, "say": true}

// closingRest is what may follow a speech verb closing its sentence: a
// day at most.
const closingRest = `\s*(?:(?:` + when + `|` + weekdays + `)\s*)?[.!?]?\s*$`

// closingEnd matches closingRest.
var closingEnd = regexp.MustCompile(`^` + closingRest)

// closedByUnnamed reports whether tail, the clause closing a sentence
// (closingClause), is someone unnamed reporting it: "…, U.S. officials
// said."
func closedByUnnamed(tail string) bool {
	return (strings.Contains(tail, " sa") || strings.Contains(tail, " add")) && (closingUnnamed.MatchString(tail) || closingDocument.MatchString(tail)) ||
		strings.Contains(tail, "according") && closingAccordingUnnamed.MatchString(tail)
}

// closingDocument is a writing the article does not name by its author
// reporting a sentence, its verb first, in the clause closing it: "…
// that he has denied having, says a court filing first reported by the
// Arkansas Democrat-Gazette."
var closingDocument = regexp.MustCompile(`^\s+(?:said|says)\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,2}?(?:filing|report|lawsuit|complaint|statement|document|study|survey|poll|memo|letter|indictment|release|ruling|affidavit|motion)\b[^,;:"“”]*$`)

// closingUnnamed is someone unnamed reporting a sentence, in the clause
// closing it. Not police nor authorities, whom readers name as speakers.
// A camp is unnamed too: "Yet he said nothing about how he would fund
// them, conservatives said." is their account of him; so is one person
// named by what they are: "…, the staff member added."
var closingUnnamed = regexp.MustCompile(`^\s+(?:[\p{L}.'’\-]+\s+){0,3}?(?:` + unnamedSources + `|critics|opponents|supporters|conservatives|liberals|progressives|[Dd]emocrats|[Rr]epublicans|` + personNoun + `)\s+(?:said|say|says|added|adds)` + closingRest)

// unnamedSources are the people news reports through without naming them.
const unnamedSources = `(?:officials?|sources?|aides?|people|spokesman|spokeswoman|spokesperson|analysts|experts|diplomats?|lawmakers|prosecutors|investigators|witnesses|advisers|observers)`

// closingAccordingUnnamed is someone unnamed as the source of a sentence,
// in the clause closing it: "Tsarnaev has said his brother wanted to
// defend Islam, according to the source." is the source's account.
var closingAccordingUnnamed = regexp.MustCompile(`^\s+according\s+to\s+(?:the|a|an|one|two|three|several)\s+(?:[\p{L}.'’\-]+\s+){0,3}?` + unnamedSources + closingRest)

// openingAccordingNamed is a sentence opening with someone named as its
// source: "According to Comey, ", "According to the Post, ". The first
// group is the name.
var openingAccordingNamed = regexp.MustCompile(`^\s*According\s+to\s+(?:the\s+)?(` + name + `),\s`)

// openedByUnnamed reports whether a sentence opens with someone unnamed
// as its source: "According to a source, Kelly told James Murdoch that …"
// is the source's account of what Kelly said.
func openedByUnnamed(plain string) bool {
	return strings.Contains(plain, "ccording") && openingAccordingUnnamed.MatchString(plain)
}

// openingAccordingUnnamed is someone unnamed as the source of a sentence,
// in a phrase opening it: "According to a source, Kelly told James
// Murdoch that …" is the source's account of what Kelly said.
var openingAccordingUnnamed = regexp.MustCompile(`^\s*(?:(?:But|And|Yet|Still),?\s+a|A)ccording\s+to\s+(?:the|a|an|one|two|three|four|several|some)\s+(?:[\p{L}.'’\-]+\s+){0,3}?(?:` + unnamedSources + `|sources?|persons?|staffers?|staff\s+members?)\b[^,;:"“”]{0,80},`)

// invertedSpeaker is a name closing a sentence after its speech verb:
// "…, reported West Virginia MetroNews."
var invertedSpeaker = regexp.MustCompile(`^\s+((?:the\s+)?\p{Lu}[\p{L}'’.\-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.\-]*){0,5})\s*[.!?]?\s*$`)

// invertibleVerb is a speech verb whose subject may follow it: those
// news puts before their speaker after a quotation, and "reported". The
// name after "told" is the one told.
var invertibleVerb = regexp.MustCompile(`^(?:` + verbFirst + `|reported|reports)$`)

// dateWord opens a date, not a name: "…, Trump said Friday."
var dateWord = regexp.MustCompile(`^(?:` + weekdays + `|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b`)

// ownedOpener reports whether the sentence's subject sentenceSubject
// found is only the owner of it: "Senator Harris’ critique of the vice
// president … is evidence …, she says" is words about Harris, whom the
// pronoun then does not stand for.
func ownedOpener(opener string) bool {
	return possessive(opener) || pluralPossessive(opener)
}

// setOffVerb is what follows a speech verb set off in the words it
// reports: a comma, or the sentence's end, maybe after the medium ("…,
// she says in an email.").
var setOffVerb = regexp.MustCompile(`^\s*(?:(?:in|on|via|by)\s+(?:an?|the|his|her|their)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s*)?(?:[,;.!?]|$)`)

// reportedThat is narration ending in a speech verb (the first group)
// and the "that" opening what it reports, at most 80 characters apart
// with no sentence stop, colon or quotation mark between, or in a speech
// verb's progressive form (the second group), "that" or not ("is
// claiming"): the subject after it is the one reported on.
var reportedThat = regexp.MustCompile(`(?:\b(told|tells|said|says)\b(?:[^.;:"“”]|\.\S){0,80}\bthat|\b(?:is|was|are|were|been)\s+(claiming|saying|alleging|insisting|arguing|suggesting)(?:\s+that)?)\s+$`)

// groupSpeaks is people unnamed, in the plural, with a speech verb:
// "supporters say", "critics argued", "Democrats claim", "sources also
// told", "the three women who spoke to journalists … all said".
var groupSpeaks = regexp.MustCompile(`\b(?:(?:` + personNoun + `|` + campaignRole + `|critic|opponent|observer|other|[Dd]emocrat|[Rr]epublican)s|allies|people|women|men)\s+(?:who\s+[^,;:"“”]{1,80}?\s+)?(?:also\s+|all\s+|both\s+)?(?:` + speechVerbs + `)\b`)

// unnamedSpeaks is one person unnamed with a speech verb: "A former
// WashingtonFirst executive said James and Hunter had pledged …" and
// "At one point, the executive said, Hunter called him" are the
// executive's account, not Hunter's words.
var unnamedSpeaks = regexp.MustCompile(`\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\p{L}.'’\-]+\s+){0,3}?` + personNoun + `\s+(?:` + speechVerbs + `)\b`)

// tweetSignature ends an embedded tweet as news pages print it: "—
// Donald J. Trump (@realDonaldTrump) March 13, 2016".
var tweetSignature = regexp.MustCompile(`[—–]\s*(\p{Lu}[^()—–\n]{1,60}?)\s*\(@(\w{1,15})\)\s*\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}\s*$`)

// tweetAuthor returns who wrote the paragraph holding sentence si, when
// it is an embedded tweet: the name its signature gives, as the article
// names them elsewhere.
func (a *analyzer) tweetAuthor(si int) string {
	start, end := a.sents[a.paraFirst[si]].Start, a.sents[a.paraLast[si]].End
	if end-start > maxTweetBytes || !strings.Contains(a.text[start:end], "(@") {
		return ""
	}
	m := tweetSignature.FindStringSubmatch(a.text[start:end])
	if m == nil {
		return ""
	}
	name := a.resolve(m[1], si)
	if one := strings.TrimSpace(m[1]); nameLen(one) == 1 && name != one && !strings.Contains(strings.ToLower(m[2]), strings.ToLower(lastField(name))) {
		// "— Ben (@BenHowe) June 3, 2017" in an article about Ben Sasse:
		// a display name of one word is someone the handle names, not
		// whoever in the article bears it.
		return one
	}
	if a.personIndex(name) < 0 {
		// "Donald J. Trump" signs for the "Donald Trump" of the text.
		if pi := slices.IndexFunc(a.people, func(p Person) bool { return SameSpeaker(name, p.Name) }); pi >= 0 {
			return a.people[pi].Name
		}
	}
	return name
}

// maxTweetBytes bounds what is read as a tweet: its text, at most 280
// characters, links and its signature.
const maxTweetBytes = 600

// fragment reports whether quotation i is a few words set in a sentence
// of narration — no sentence of its own, and the sentence begun before it
// ("Bush wanted to continue the “strategic deficits” plan") — which the
// paragraph's last speaker does not go on saying: news quotes phrases of
// documents, slogans and earlier remarks that way.
func (a *analyzer) fragment(i int) bool {
	q := a.quotes[i]
	text := strings.TrimRightFunc(a.text[q.Start:q.End], func(r rune) bool {
		return unicode.IsSpace(r) || isQuoteMark(r) || r == '\'' || r == '’'
	})
	if len(strings.Fields(text)) > maxFragmentWords || strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?") {
		return false // a sentence of its own
	}
	s := a.sents[q.Sentence]
	before := a.text[min(s.Start, a.marks[i][0]):a.marks[i][0]]
	return strings.IndexFunc(before, unicode.IsLetter) >= 0
}

// maxFragmentWords bounds the words of a fragment.
const maxFragmentWords = 6

// quotesOthers reports whether sentence si holds a quotation that is not
// speaker's: someone else's words or no one's known, which reporting the
// sentence as speaker's would give them.
func (a *analyzer) quotesOthers(si int, speaker string) bool {
	for i, q := range a.quotes {
		if q.Sentence == si && q.Speaker != speaker && !a.isTitle(i) && !a.isTerm(i) {
			return true
		}
	}
	return false
}

// maxAttributionWords is how many lower-case words a sentence may have
// outside its quotations and still be only their attribution ("said on
// Friday", "told reporters that"), not reported speech of its own.
const maxAttributionWords = 4

// onlyAttributes reports whether what is left of a sentence with its
// quotations blanked is just an attribution ("she said", "President
// Claudia Sheinbaum said on Friday").
func (a *analyzer) onlyAttributes(si int, plain string) bool {
	s := a.sents[si]
	if len(a.marksIn(s.Start, s.End)) == 0 {
		return false
	}
	words := 0
	for _, w := range strings.FieldsFunc(plain, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			words++
		}
	}
	return words <= maxAttributionWords
}

// relativeReporter is relativeSaid's match right before the subject of a
// speech verb, its name the first group and its verb the second: "Michael
// Cohen, who says " before "Trump asked him to". nil otherwise.
func relativeReporter(before string) []int {
	if !strings.Contains(before, " who ") {
		return nil
	}
	m := relativeSaid.FindAllStringSubmatchIndex(before, -1)
	if m == nil {
		return nil
	}
	r := m[len(m)-1]
	if !thatOrNothing.MatchString(before[r[1]:]) {
		return nil
	}
	return r
}

// thatOrNothing is what may stand between a speech verb and the clause
// it reports.
var thatOrNothing = regexp.MustCompile(`^\s+(?:that\s+)?$`)

// forPart opens a sentence with whose part it tells: "For Mr. MacLeod’s
// part, ".
var forPart = regexp.MustCompile(`^\s*(?:And\s+|But\s+)?For\s+` + name + `\s+part,`)

// reportGoesOn is a sentence in a tweet opening with a speech verb and
// no subject, going on with whom the sentence before reported: "Says US
// will work to provide evidence."
var reportGoesOn = regexp.MustCompile(`^\s*(Says|Adds|Tells|Warns|Notes)\s+\S`)

// tweetReport is a sentence in a tweet reporting someone's words as news
// does: the name and a verb in the present opening it ("Corbyn says",
// first group) or closing its first line ("…, Buckingham Palace
// announces", second group).
var tweetReport = regexp.MustCompile(`^\s*(?:#\S+\s+)*(` + name + `)\s+(?:says|tells|announces|confirms)\s|,\s+(` + name + `)\s+(?:says|announces|confirms)(?:\s+in\s+\p{Ll}+)?(?:\s+(?:https?://|pic\.twitter)\S*)*\s*(?:—|$)`)
