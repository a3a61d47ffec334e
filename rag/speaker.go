package rag

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlebot/articlebot/internal/lexical"
	"github.com/articlebot/articlebot/rag/extract"
	"github.com/articlebot/articlebot/rag/quotes"
	"github.com/articlebot/articlebot/store"
)

// reportedAfterDirect ranks a speaker's reported speech just after their
// direct quotations when both are as relevant.
const reportedAfterDirect = 0.01

// said is something an article attributes to a speaker, with its
// relevance to the question's topic.
type said struct {
	art   *store.Article
	q     store.Quotation
	score float64
}

// answerSpeaker answers "what did X say (about Y)": X's own quotations
// first, then the sentences reporting X's words, and says which it is. An
// organisation ("what did Reuters report?") is answered from everything
// the article attributes to it, quoted or reported, since news agencies
// are mostly paraphrased. When X is named but never quoted, it says so
// and shows what the articles report about X rather than anyone else's
// words; see answerNotQuoted for an X no article names.
func (e *Engine) answerSpeaker(cands []*candidate, q query, sv storyView) *Answer {
	arts := map[string]*store.Article{}
	for _, c := range cands {
		arts[c.art.ID] = c.art
	}
	topic := uniq(q.topic)
	own := ownTextsOf(arts)
	g := e.newGathering(arts, own, topic)
	g.gather(q.speaker)
	// "What did Sheinbaum and Rubio say?": no one speaker bears both
	// names, so each is asked about, and the answer holds both's words.
	var several, missing []string
	if parts := askedTogether(q.speaker); len(parts) > 1 && g.none() {
		for _, p := range parts {
			g.name = ""
			g.gather(p)
			switch {
			case g.name == "":
				missing = append(missing, p)
			case !slices.Contains(several, g.name):
				several = append(several, g.name)
			}
		}
		g.direct, g.reported = uniqSaid(g.direct), uniqSaid(g.reported)
		g.name = joinNames(several)
	}
	if g.none() {
		named, family := nameIn(own, g.all, q.speaker)
		if family != "" {
			g.gather(family)
		}
		if g.none() {
			return e.answerNotQuoted(own, q, named, family)
		}
	}
	direct, reported, name := g.direct, g.reported, g.name
	org := quotes.IsOrganization(name)
	ans := &Answer{Found: true, Notes: notQuotedNotes(missing, own, len(arts))}
	pick, note := pickSaid(direct, reported, name, org, len(topic) > 0)
	if note != "" {
		ans.Notes = append(ans.Notes, note)
	}
	if len(topic) > 0 && slices.MaxFunc(pick, func(a, b said) int { return cmpFloat(a.score, b.score) }).score == 0 {
		ans.Notes = append(ans.Notes, fmt.Sprintf("Nothing %s said is about that directly; here is what %s did say.", lastWord(name), lastWord(name)))
	}
	sortSaid(pick)
	storyFirst(pick, sv)
	if len(several) > 1 {
		pick = takeTurns(pick)
	}
	// Copies of one quote in a story's other articles merge into it, so
	// more are gathered than shown.
	pick = dropEchoes(pick[:min(len(pick), groupSlack*e.opts.MaxQuotes)])
	for _, p := range pick {
		qt := NewQuote(p.art, p.q.Start, p.q.End)
		qt.Speaker = name
		if together(p.q.Speaker) && !together(name) || len(several) > 1 {
			// Words X said with others are cited as all of theirs; of
			// several asked about, each quote as its speaker's.
			qt.Speaker = p.q.Speaker
		}
		ans.Quotes = append(ans.Quotes, qt)
	}
	ans.Quotes = groupQuotes(ans.Quotes, sv)
	ans.Quotes = ans.Quotes[:min(len(ans.Quotes), e.opts.MaxQuotes)]
	ans.ArticleIDs = articleIDs(ans.Quotes)
	switch {
	case org && len(reported) > 0:
		ans.Text = fmt.Sprintf("What %s reported, in %s:", called(name, false), titles(ans.Quotes))
	case len(direct) > 0:
		ans.Text = fmt.Sprintf("%s, in %s:", called(name, true), titles(ans.Quotes))
	default:
		ans.Text = fmt.Sprintf("What the article reports %s said, in %s:", called(name, false), titles(ans.Quotes))
	}
	return ans
}

// gathering collects what the articles attribute to the speakers asked
// about.
type gathering struct {
	e        *Engine
	arts     map[string]*store.Article
	topic    []string
	all      []string // the speakers the articles quote
	texts    []string // the articles' texts without link cards
	direct   []said   // the quotations of those asked about
	reported []said   // the sentences reporting their words
	name     string   // the name asked about as the articles give it
}

// newGathering is a gathering over arts, whose own texts (ownTextsOf)
// are own, of what is said about topic. Who the articles quote and their
// text without link cards are read once, for every name gather asks about
// and every check of who they name.
func (e *Engine) newGathering(arts map[string]*store.Article, own map[*store.Article]string, topic []string) *gathering {
	g := &gathering{e: e, arts: arts, topic: topic}
	for a, text := range own {
		for _, qt := range a.Quotations {
			g.all = append(g.all, qt.Speaker)
		}
		g.texts = append(g.texts, text)
	}
	return g
}

// none reports whether nothing was gathered.
func (g *gathering) none() bool { return len(g.direct) == 0 && len(g.reported) == 0 }

// gather adds what the articles attribute to who, scored by how much it
// is about the topic.
func (g *gathering) gather(who string) {
	// A father and a son of one name: "Trump" asks about the one
	// without the son's suffix when the articles quote both, and
	// "Donald Trump Jr." about the son wherever one calls him so.
	asked := quotes.Asks(who, g.all, g.texts...)
	for _, a := range g.arts {
		for _, qt := range a.Quotations {
			if !asked(qt.Speaker) {
				continue
			}
			if g.name == "" || !together(qt.Speaker) || together(g.name) {
				// The one asked about, rather than "Jason Chaffetz
				// and Devin Nunes" whose words they said together.
				g.name = qt.Speaker
			}
			// Relevance to the topic: the quotation's own words first, its
			// sentence second (a quote's context often names the topic).
			sc := coverage(g.topic, lexical.Terms(a.Text[qt.Start:qt.End])) + 0.5*coverage(g.topic, g.e.terms.get(a)[qt.Sentence])
			item := said{a, qt, sc}
			if qt.Indirect {
				g.reported = append(g.reported, item)
			} else {
				g.direct = append(g.direct, item)
			}
		}
	}
}

// notQuotedNotes says which of the names asked about together (missing)
// the n articles do not quote. Those they do not even name are said so,
// as when asked about alone.
func notQuotedNotes(missing []string, own map[*store.Article]string, n int) []string {
	var unquoted, absent []string
	for _, m := range missing {
		if properName(m) && !mentioned(own, m) {
			absent = append(absent, m)
		} else {
			unquoted = append(unquoted, m)
		}
	}
	var notes []string
	for _, ns := range []struct {
		names []string
		what  string
	}{{unquoted, "quoted"}, {absent, "mentioned"}} {
		if len(ns.names) > 0 {
			m := joinNames(ns.names)
			notes = append(notes, fmt.Sprintf("%s %s %s in %s.", called(m, true), isnt(m), ns.what, articlesPhrase(n)))
		}
	}
	return notes
}

// pickSaid chooses what an answer about name shows of its direct and
// reported words, and the note that says which it is ("" for none).
// An organisation (org) is answered from both alike; with a topic
// (topical), reported words about it come before direct quotes about
// other things.
func pickSaid(direct, reported []said, name string, org, topical bool) ([]said, string) {
	best := func(ss []said) float64 {
		b := 0.0
		for _, x := range ss {
			b = max(b, x.score)
		}
		return b
	}
	switch {
	case org:
		return append(direct, reported...), ""
	case len(direct) == 0:
		return reported, fmt.Sprintf("The article only paraphrases %s; it has no direct quote from %s.", name, lastWord(name))
	case topical && best(direct) == 0 && best(reported) > 0:
		// "What did Harris say he would vote against?": the article
		// quotes Harris on something else and reports, in its own
		// words, what he said about this.
		return append(slices.Clone(reported), direct...), fmt.Sprintf("The article reports what %s said about that in its own words; its direct quotes of %s are about other things.", name, lastWord(name))
	}
	// X's own words first; what the article reports X said fills the
	// answer after them, unless it is more about the topic.
	// A sentence that holds one of the direct quotes repeats it.
	pick := slices.Clone(direct)
	for _, r := range reported {
		if slices.ContainsFunc(direct, func(d said) bool {
			return d.art == r.art && d.q.Start < r.q.End && d.q.End > r.q.Start
		}) {
			continue
		}
		r.score -= reportedAfterDirect
		pick = append(pick, r)
	}
	return pick, ""
}

// storyFirst breaks ties between equally relevant quotes in favour of
// the story whose quotes are most relevant: an answer dwells on the event
// asked about before it turns to other ones.
func storyFirst(pick []said, sv storyView) {
	story := sv.story
	best := map[string]float64{}
	for _, p := range pick {
		k := story[p.art.ID]
		if b, ok := best[k]; !ok || p.score > b {
			best[k] = p.score
		}
	}
	sort.SliceStable(pick, func(i, j int) bool {
		if pick[i].score != pick[j].score {
			return pick[i].score > pick[j].score
		}
		return best[story[pick[i].art.ID]] > best[story[pick[j].art.ID]]
	})
}

// sortSaid puts the most relevant first; among equals, the article added
// first (of a story's copies, the one shared first leads) and the
// article's order, in which a speaker's quotes build on each other.
func sortSaid(pick []said) {
	sort.SliceStable(pick, func(i, j int) bool {
		if pick[i].score != pick[j].score {
			return pick[i].score > pick[j].score
		}
		if c := pick[i].art.AddedAt.Compare(pick[j].art.AddedAt); c != 0 {
			return c < 0
		}
		if pick[i].art.ID != pick[j].art.ID {
			return pick[i].art.ID < pick[j].art.ID
		}
		return pick[i].q.Start < pick[j].q.Start
	})
}

func articlesPhrase(n int) string {
	if n > 1 {
		return "the shared articles"
	}
	return "this article"
}

func hasUpper(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) >= 0
}

// properName reports whether every word of s opens with a capital letter
// or a digit: "Caleb Medley", "G4S", not "Clinton campaign".
func properName(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !hasUpper(w) {
			return false
		}
	}
	return s != ""
}

// answerNotQuoted answers a question about the words of someone the
// articles name but never quote or paraphrase: it says so, then quotes
// what they report about that person, never a sentence holding someone
// else's words (quoted or reported). When no article names them, or only
// others' words do, it says that too, rather than show other people's
// words under their name; it returns nil
// for a role or common noun no article names ("the police"), which the
// general answer may still find.
// named and family are nameIn's for q.speaker.
func (e *Engine) answerNotQuoted(arts ownTexts, q query, named bool, family string) *Answer {
	name := q.speaker
	if family != "" {
		name = family
	}
	// A role or a group ("the president", "analysts") is mentioned by its
	// words, wherever they stand; a name, by its capitalised words, also
	// when typed in lower case ("grace park").
	role := !hasUpper(q.speaker) && !named
	x := e.sentencesAbout(arts, q, role, name)
	if !role && !x.unsure {
		// Words the attribution gave no one, in a paragraph naming X or
		// the one after it ("Ana Navarro echoed that message on CNN." then
		// "“President Obama's re-election does two things …”"), may be
		// X's: no "isn't quoted". They are not shown: as often as not
		// they are someone else's.
		x.unsure = unattributedNear(x.namedIn)
	}
	about := x.about
	if len(about) == 0 {
		switch {
		case !hasUpper(q.speaker):
			// A role or a common noun ("the police"): the general answer
			// may still find it.
			return nil
		case x.othersOnly:
			return &Answer{Text: fmt.Sprintf("%s %s quoted in %s; only other people's words mention %s.", called(q.speaker, true), isnt(q.speaker), articlesPhrase(len(arts)), called(q.speaker, false))}
		}
		return &Answer{Text: fmt.Sprintf("%s %s mentioned in %s.", called(q.speaker, true), isnt(q.speaker), articlesPhrase(len(arts)))}
	}
	if x.unsure && !role {
		// The answer offers its sentences as possibly X's words: one
		// whose words the attribution gives someone else is not.
		var own []said
		for _, p := range about {
			if who := sentenceSpeaker(p.art, p.q.Sentence); who == "" || quotes.SameSpeaker(q.speaker, who) {
				own = append(own, p)
			}
		}
		if len(own) > 0 {
			about = own
		}
	}
	if slices.ContainsFunc(about, func(p said) bool { return !quotesOther(p.art, p.q.Sentence) }) {
		// Someone else's reported words that mention X are shown only
		// when the article says nothing else about X: the issue's "not
		// other people's words under X's question". On the labelled news
		// they are X's words as often as not (the attribution's miss),
		// so this trades about as many right quotes as wrong ones.
		about = slices.DeleteFunc(about, func(p said) bool { return quotesOther(p.art, p.q.Sentence) })
	}
	sortSaid(about)
	about = about[:min(len(about), e.opts.MaxQuotes)]
	// Not found: the question asks for X's words, and these sentences are
	// what the article says about X, as the closest passages are for a
	// question the article doesn't answer.
	ans := &Answer{Text: notQuotedText(q.speaker, len(arts), x.gender, x.unsure, role)}
	for _, p := range about {
		ans.Quotes = append(ans.Quotes, NewQuote(p.art, p.q.Start, p.q.End))
	}
	ans.ArticleIDs = articleIDs(ans.Quotes)
	return ans
}

// aboutSpeaker is what articles that never quote someone say about them.
type aboutSpeaker struct {
	about      []said                          // the sentences naming them, scored by relevance to the question's topic
	namedIn    map[*store.Article]map[int]bool // the paragraphs naming them
	unsure     bool                            // a sentence naming them holds words the attribution gave no one
	othersOnly bool                            // a sentence naming them holds someone else's words
	gender     string                          // the pronoun the articles use for them, if any
}

// sentencesAbout finds what arts say about the one q asks about, by name
// (the name the question gives, or their family name) or, for a role,
// by its words.
func (e *Engine) sentencesAbout(arts ownTexts, q query, role bool, name string) aboutSpeaker {
	topic := uniq(q.topic)
	roleTerms := uniq(lexical.Terms(q.speaker))
	named := quotes.NewMention(name)
	mentions := func(a *store.Article, si int, text string) bool {
		if role {
			return len(roleTerms) > 0 && coverage(roleTerms, e.terms.get(a)[si]) >= 1
		}
		return named.In(text)
	}
	x := aboutSpeaker{namedIn: map[*store.Article]map[int]bool{}}
	for a, own := range arts {
		for si, s := range a.Sentences {
			text := own[s.Start:s.End]
			if !mentions(a, si, text) {
				continue
			}
			if x.namedIn[a] == nil {
				x.namedIn[a] = map[int]bool{}
			}
			x.namedIn[a][s.Paragraph] = true
			if directQuotation(a, si, true) {
				// Someone else's words about X are not X's, whatever the
				// label: never shown under X's question.
				x.othersOnly = true
				continue
			}
			sc := coverage(topic, e.terms.get(a)[si])
			if quotesOther(a, si) {
				sc -= 1 // what someone else reports of X: last resort
			}
			if directQuotation(a, si, false) {
				x.unsure = true
			}
			x.about = append(x.about, said{a, store.Quotation{Start: s.Start, End: s.End, Sentence: si}, sc})
			if x.gender == "" {
				x.gender = quotes.Gender(text, q.speaker)
			}
		}
	}
	return x
}

// unattributedNear reports whether words the attribution gave no one
// stand in a paragraph of namedIn or the one after it.
func unattributedNear(namedIn map[*store.Article]map[int]bool) bool {
	for a, paras := range namedIn {
		for si, s := range a.Sentences {
			if (paras[s.Paragraph] || paras[s.Paragraph-1]) && directQuotation(a, si, false) {
				return true
			}
		}
	}
	return false
}

// notQuotedText opens the answer about speaker, whom n articles name but
// never quote, with what it shows instead: what they report about them
// (gender, when known, is the pronoun for them). unsure says some words
// there may be theirs; role that speaker is a role, not a name.
func notQuotedText(speaker string, n int, gender string, unsure, role bool) string {
	where := articlesPhrase(n)
	pronoun := gender
	if pronoun == "" {
		pronoun = called(speaker, false)
	}
	reports := "it reports"
	if n > 1 {
		reports = "they report"
	}
	switch {
	case role:
		// "the analysts isn't quoted" would not read: a role's sentence
		// has the article as its subject.
		subject := "This article doesn't"
		if n > 1 {
			subject = "The shared articles don't"
		}
		return fmt.Sprintf("%s quote the %s; here is what %s about the %s:", subject, speaker, reports, speaker)
	case unsure:
		// "…," Teves told ABC News, after both Alex and Tom Teves are
		// named: the words may well be X's, so "isn't quoted" could be
		// false.
		return fmt.Sprintf("I can't tell which quotations in %s are %s; here is what %s about %s:", where, whose(speaker), reports, pronoun)
	}
	return fmt.Sprintf("%s %s quoted in %s; here is what %s about %s:", called(speaker, true), isnt(speaker), where, reports, pronoun)
}

// ownTexts maps the articles an answer reads to their texts without link
// cards (quotes.MaskLinkCards): a card's headlines are not the article's.
// An answer masks each text once, for every check of who it names.
type ownTexts map[*store.Article]string

// ownTextsOf masks the link cards of each of arts.
func ownTextsOf(arts map[string]*store.Article) ownTexts {
	own := make(ownTexts, len(arts))
	for _, a := range arts {
		own[a] = quotes.MaskLinkCards(a.Text)
	}
	return own
}

// mentioned reports whether a sentence of the articles names name in
// full, outside their link cards.
func mentioned(arts ownTexts, name string) bool {
	m := quotes.NewMention(name)
	for a, own := range arts {
		for _, s := range a.Sentences {
			if m.In(own[s.Start:s.End]) {
				return true
			}
		}
	}
	return false
}

// nameIn reports whether the articles name a person in full, and the
// family name by which they also name them alone ("Christie" for "Chris
// Christie"), or "". Named in full or not, a family name no one else
// bears is theirs: the attribution may have kept a speaker's family name
// alone when it could not read the full one ("Abdellatif al-Mahmoud").
// It is not theirs when the articles quote someone else of that family
// name, named in full (speakers are everyone they quote).
func nameIn(arts ownTexts, speakers []string, name string) (named bool, family string) {
	named = mentioned(arts, name)
	if familyNameOnly(arts, name) && !otherBearerQuoted(speakers, name, lastWord(name)) {
		return named, lastWord(name)
	}
	if f := strings.Fields(name); len(f) >= 2 && corporateSuffix[strings.ToLower(strings.TrimRight(f[len(f)-1], "."))] && properName(name) {
		// "Vistra Energy Corp" is "Vistra" after its first mention.
		return named, f[0]
	}
	return named, ""
}

// otherBearerQuoted reports whether the articles quote someone else of
// the family name asked about, named in full: "Saad Youssef, a teacher,
// said …" answers nothing about Maj. Gen. Torhan Abdul-Rahman Youssef, a
// sentence before, whatever the text may read as a given name.
func otherBearerQuoted(speakers []string, name, family string) bool {
	return slices.ContainsFunc(speakers, func(s string) bool {
		return len(strings.Fields(s)) >= 2 && strings.EqualFold(lastWord(s), family) && !quotes.SameSpeaker(name, s) && !quotes.SameSpeaker(s, name)
	})
}

// corporateSuffix are the words ending a company's full name that news
// drops after naming it once.
var corporateSuffix = map[string]bool{"corp": true, "inc": true, "co": true, "ltd": true, "plc": true,
	"llc": true, "corporation": true, "company": true, "holdings": true, "ag": true, "sa": true}

// familyNameOnly reports whether the articles name a person asked about
// in full ("Chris Christie") by the family name alone: they mention it,
// and never with another given name ("Mario Cuomo" when asked about
// Andrew Cuomo), so the name can only mean them.
func familyNameOnly(arts ownTexts, name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || !properName(name) || quotes.IsOrganization(f[len(f)-1]) {
		// "Clinton campaign" has no family name, nor has "White House":
		// "House" alone is another body ("House Minority Leader").
		return false
	}
	family, given := f[len(f)-1], f[len(f)-2]
	found := false
	for _, own := range arts {
		// Split at spaces only: a given name is the word right before
		// the family name, with nothing between them but space ("In
		// December 2010, Christie" names no one "December").
		// A link card's headlines ("… Medal of Freedom Trump awards …
		// MORE") are not the article's: their capitals would read as
		// another given name.
		words := strings.Fields(own)
		for i, w := range words {
			open, _ := utf8.DecodeRuneInString(w)
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
			if !strings.EqualFold(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), family) {
				continue
			}
			found = true
			if i == 0 || !unicode.IsLetter(open) {
				continue
			}
			prev := words[i-1]
			first, _ := utf8.DecodeRuneInString(prev)
			last, _ := utf8.DecodeLastRuneInString(prev)
			if unicode.IsUpper(first) && unicode.IsLetter(last) && !strings.EqualFold(prev, given) && !nameTitles[strings.ToLower(prev)] &&
				!(sentenceStart(words, i-1) && !quotes.IsGivenName(prev)) {
				return false
			}
			if i >= 3 && words[i-2] == "and" && startsUpper(words[i-3]) && (sentenceStart(words, i-3) || !startsUpper(words[i-4])) {
				// "Jonette and Ken Christian": a couple, and "Christian"
				// alone may be either.
				return false
			}
		}
	}
	return found
}

// startsUpper reports whether w opens with a capital letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// sentenceStart reports whether words[i] opens a sentence: capitalized
// there, a word is no given name for that alone ("Watching Sanders, …").
func sentenceStart(words []string, i int) bool {
	if i == 0 {
		return true
	}
	end, _ := utf8.DecodeLastRuneInString(strings.TrimRight(words[i-1], `"'”’)`))
	return end == '.' || end == '!' || end == '?'
}

// nameTitles may stand before a family name without being a given name.
var nameTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "gov": true, "governor": true,
	"sen": true, "senator": true, "rep": true, "representative": true, "president": true, "judge": true,
	"justice": true, "mayor": true, "minister": true, "secretary": true, "general": true, "gen": true,
	"chancellor": true, "coach": true, "professor": true, "prof": true, "sir": true, "lord": true, "lady": true,
	"the": true, "and": true, "but": true, "when": true, "while": true, "after": true, "before": true, "in": true}

// quotesOther reports whether sentence si holds words attributed to
// someone.
func quotesOther(a *store.Article, si int) bool { return sentenceSpeaker(a, si) != "" }

// directQuotation reports whether sentence si holds a direct quotation
// the attribution gave a speaker (attributed) or gave no one (!attributed).
func directQuotation(a *store.Article, si int, attributed bool) bool {
	s := a.Sentences[si]
	for _, qt := range a.Quotations {
		if !qt.Indirect && (qt.Speaker != "") == attributed && qt.Start < s.End && qt.End > s.Start {
			return true
		}
	}
	return false
}

// sentenceSpeaker names whose words sentence si holds: the speaker of a
// direct quotation in it, else of reported speech, or "". A quotation
// covers every sentence it spans, not only the one it starts in ("We
// co-operate … That is ruled out.").
func sentenceSpeaker(a *store.Article, si int) string {
	s := a.Sentences[si]
	for _, indirect := range []bool{false, true} {
		for _, qt := range a.Quotations {
			if qt.Indirect == indirect && qt.Speaker != "" && qt.Start < s.End && qt.End > s.Start {
				return qt.Speaker
			}
		}
	}
	return ""
}

// maxAskedTogether bounds the names one question may ask about together;
// a longer list is asked about whole, as one name no one bears.
const maxAskedTogether = 8

// askedTogether splits a question's speaker naming several ("Sheinbaum
// and Rubio", "Leahy, Durbin and Franken") into each name; one name
// comes back alone. Every part must be a name (capitalized).
func askedTogether(speaker string) []string {
	var parts []string
	for p := range strings.SplitSeq(speaker, " and ") {
		for q := range strings.SplitSeq(p, ",") {
			if q = strings.TrimSpace(q); q != "" {
				parts = append(parts, q)
			}
		}
	}
	if len(parts) < 2 || len(parts) > maxAskedTogether || slices.ContainsFunc(parts, func(p string) bool { return !hasUpper(p) }) {
		return []string{speaker}
	}
	return parts
}

// isnt is "isn't" for one speaker asked about, "aren't" for several
// ("Obama and Biden aren't mentioned").
func isnt(speaker string) string {
	if len(askedTogether(speaker)) > 1 {
		return "aren't"
	}
	return "isn't"
}

// joinNames names several speakers in a sentence: "A and B", "A, B and C".
func joinNames(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// takeTurns reorders quotes of several speakers, best first, so that each
// speaker's best comes before anyone's second: an answer of three quotes
// about two people shows both.
func takeTurns(ss []said) []said {
	var order []string
	bySpeaker := map[string][]said{}
	for _, x := range ss {
		if _, ok := bySpeaker[x.q.Speaker]; !ok {
			order = append(order, x.q.Speaker)
		}
		bySpeaker[x.q.Speaker] = append(bySpeaker[x.q.Speaker], x)
	}
	out := make([]said, 0, len(ss))
	for turn := 0; len(out) < len(ss); turn++ {
		for _, sp := range order {
			if turn < len(bySpeaker[sp]) {
				out = append(out, bySpeaker[sp][turn])
			}
		}
	}
	return out
}

// dropEchoes drops what another of ss in the same article holds whole:
// news ledes quote a phrase that a later paragraph quotes in full ("all
// Members of Parliament get gifts" before "All Members of Parliament get
// gifts. The rules then say …"), and pull quotes repeat a paragraph. Of
// two quotations of the same words, the first stays.
func dropEchoes(ss []said) []said {
	keys := make([]string, len(ss))
	for i, x := range ss {
		keys[i] = extract.WordsKey(x.art.Text[x.q.Start:x.q.End])
	}
	echo := func(i int) bool {
		for j := range ss {
			if j != i && ss[j].art == ss[i].art && strings.Contains(keys[j], keys[i]) && (len(keys[j]) > len(keys[i]) || j < i) {
				return true
			}
		}
		return false
	}
	var out []said
	for i, x := range ss {
		if !echo(i) {
			out = append(out, x)
		}
	}
	return out
}

// uniqSaid drops repeats of one quotation, gathered once for each of
// several speakers who said it together.
func uniqSaid(ss []said) []said {
	type at struct {
		article string
		start   int
	}
	seen := map[at]bool{}
	return slices.DeleteFunc(ss, func(x said) bool {
		k := at{x.art.ID, x.q.Start}
		if seen[k] {
			return true
		}
		seen[k] = true
		return false
	})
}

// together reports whether speaker names several people who spoke
// together, as rag/quotes names them: "Jason Chaffetz and Devin Nunes".
// An organisation with "and" in its name ("Procter and Gamble") reads
// the same; at worst its quote is then cited by its own name.
func together(speaker string) bool { return strings.Contains(speaker, " and ") }

// called is how an answer names a speaker: an institution named by what
// it is takes "the" ("the State Department isn't quoted", "What the New
// York Times reported"), a person or a proper name ("Reuters") does not.
// start capitalizes the article for the start of a sentence.
func called(name string, start bool) string {
	if !namedByWhatItIs(name) || strings.ContainsAny(name, "'’") {
		return name // "Clinton's campaign", "Sanders' campaign"
	}
	if start {
		return "The " + name
	}
	return "the " + name
}

// namedByWhatItIs reports whether name calls an institution by what it
// is, as called reads it.
func namedByWhatItIs(name string) bool {
	if f := strings.Fields(name); len(f) >= 3 && (f[1] == "of" || f[1] == "for") && bodyHead[strings.ToLower(f[0])] {
		// A body named by what it is and of what: "the Society of
		// Professional Journalists", "the Center for American Progress".
		return true
	}
	switch strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:]) {
	case "department", "ministry", "agency", "office", "committee", "commission", "council",
		"court", "police", "administration", "campaign", "government", "bureau", "board", "senate",
		// Papers and agencies named for what they are: "the New York
		// Times", "the Associated Press" (not "Reuters", "Politico").
		"times", "post", "journal", "guardian", "telegraph", "independent", "economist", "tribune",
		"herald", "globe", "observer", "chronicle", "inquirer", "examiner", "press", "house":
		return true
	}
	return false
}

// bodyHead are the nouns a body's name opens with before "of" or "for".
var bodyHead = map[string]bool{"society": true, "university": true, "center": true, "centre": true,
	"institute": true, "association": true, "federation": true, "union": true, "league": true,
	"coalition": true, "foundation": true, "council": true, "committee": true, "department": true,
	"office": true, "bureau": true, "academy": true, "college": true, "church": true, "organization": true,
	"organisation": true, "alliance": true, "board": true, "commission": true, "ministry": true}

// whose is the possessive of a speaker as called names them: "Trump's",
// "Tom Teves's", and a plural group's "Democrats'", "the Society of
// Professional Journalists'".
func whose(name string) string {
	c := called(name, false)
	for _, plural := range []string{"ats", "ans", "ists", "ers", "ies", "ees", "ents", "ors"} {
		if strings.HasSuffix(c, plural) && (!strings.Contains(c, " ") || bodyName(strings.TrimPrefix(c, "the "))) {
			return c + "'"
		}
	}
	return c + "'s"
}
