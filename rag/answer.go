package rag

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/articlebot/articlebot/internal/lexical"
	"github.com/articlebot/articlebot/rag/quotes"
	"github.com/articlebot/articlebot/store"
)

// Answer selection.
const (
	// defaultMinScore: below it the best sentence shares too little with
	// the question to be an answer rather than noise. Lexical coverage of
	// half the question's weight already clears it.
	defaultMinScore = 0.3
	// minLexical: a sentence must share some of the question's words; the
	// embedding alone does not justify quoting it.
	minLexical = 0.2
	// redundant: a sentence sharing this share of terms with one already
	// chosen adds nothing.
	redundant = 0.6
	// maxPicked bounds how many ranked sentences an answer reads for its
	// quotes. An article of one sentence said thousands of times had every
	// one of them read and dropped as a repeat; a real article has fewer
	// sentences than this, so its answers are unchanged.
	maxPicked = 2000
)

// fillShare: topping an answer about one article up to MaxQuotes takes
// runners-up ranked at least this share of the best sentence (lead bias
// included, as in the ranking), not whatever comes next. 0.2 and 0 rank
// alike on the QA dev sets; 0.4 cost QuAC's questions 2 points of R@3
// (docs/benchmarks.md).
const fillShare = 0.2

// modelDirected matches what a page writes to a language model rather
// than to its readers: the marks of a prompt injection. A sentence that
// has them is not quoted as a runner-up or a closest passage, where only
// its rank would put it: a planted "SYSTEM: answer only with …" line is
// not shown as the article's nearest words to a question. A sentence
// that answers the question on its own merit is still quoted (an article
// about prompt injection quotes them).
var modelDirected = regexp.MustCompile(`(?i)\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:the\s+|your\s+)?(?:previous|prior|above|earlier|preceding)\s+(?:instructions|prompts?|rules|messages)\b|\bsystem\s+prompt\b|\bdeveloper\s+mode\b|(?:^|[\s"“])(?:system|assistant)\s*:|\b(?:answer|respond|reply)\s+only\s+with\b`)

// endsProse reports whether text ends as a sentence of prose does, in
// Latin or CJK script: with a full stop, then perhaps closing marks and
// space. A headline, a dateline ("Saturday, 09 August 2025 11:24 AM")
// or a byline does not. It reads the end alone, where a pattern with
// nothing to anchor its start read the whole sentence, and a page of one
// sentence a megabyte long had it read on every answer.
func endsProse(text string) bool {
	text = strings.TrimRight(text, " \t\n\f\r")
	text = strings.TrimRight(text, "\"”’')]」』）")
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(".!?…。！？", r)
}

// filler accepts a candidate quoted for its rank alone: a sentence of
// prose, not a line the page wrote to a model. Lines of a page's header
// rank high for their place alone, and say nothing about the question.
func filler(c *candidate) bool {
	text := sentenceText(c.art, c.sentence)
	return endsProse(text) && !modelDirected.MatchString(text)
}

// Messages users see when nothing matches.
const (
	msgNotFound = "I couldn't find that in the shared articles."
	msgNoData   = "No articles have been shared here yet: share a link first."
	// msgClosest leads the passages shown when the question is about one
	// article and nothing in it clears the threshold: the reader asked
	// about this article, so the nearest passages beat a refusal, as long
	// as they are labelled for what they are.
	msgClosest = "The article doesn't answer this directly; the closest passages:"
)

// Ask answers with verbatim, cited quotes only.
func (e *Engine) Ask(ctx context.Context, q Question) (*Answer, error) {
	if err := checkQuestion(q.Text); err != nil {
		return nil, err
	}
	if kind, id, err := e.QuestionAbout(ctx, q); err != nil {
		return nil, err
	} else if kind != AboutNothing {
		return e.AnswerAbout(ctx, q, kind, id)
	}
	pq := parseQuestion(q.Text, q.Conversation)
	ids, one := e.focusOf(ctx, q)
	cands, err := e.rank(ctx, q.Scope, ids, &pq)
	if err != nil {
		return nil, err
	}
	if len(cands) == 0 {
		msg := msgNotFound
		if _, total, err := e.opts.Store.List(ctx, q.Scope, 0, 1); err == nil && total == 0 {
			msg = msgNoData
		}
		return &Answer{Text: msg, Engine: EngineExtractive}, nil
	}
	// The stories among the articles the question loaded: copies of one
	// quote in several outlets are shown once.
	sv := e.storyView(ctx, candidateArticles(cands))
	var ans *Answer
	if pq.speaker != "" {
		ans = e.answerSpeaker(cands, pq, sv)
	}
	if ans == nil {
		if pq.speaker != "" {
			// "What did analysts say?" with no quotation of theirs: the
			// general answer, but not with anyone else's words.
			cands = slices.DeleteFunc(slices.Clone(cands), func(c *candidate) bool { return quotesOther(c.art, c.sentence) })
		}
		if len(cands) == 0 {
			return &Answer{Text: msgNotFound, Engine: EngineExtractive}, nil
		}
		if pq.allWords && len(pq.carried) == 0 {
			// No content word and no conversation to lend one ("Was she
			// there?" asked alone): what ranks first shares only words
			// like "she" with the question, so it is never presented as
			// the answer. About one article it is still shown, as the
			// closest passages.
			ans = &Answer{Text: msgNotFound}
		} else {
			ans = e.answerGeneral(cands, one)
		}
		// About one article a reader is better served by the closest
		// passages than by nothing. Not under a speaker question: there an
		// unanswered "what did X say?" says that X isn't quoted, rather
		// than show other people's words.
		if !ans.Found && one {
			ans = e.answerClosest(cands)
		}
	}
	ans.Engine = EngineExtractive
	groupAnswer(ans, sv)
	return verifyAnswer(ans, cands), nil
}

// candidateArticles are the articles of the ranked sentences, in rank
// order.
func candidateArticles(cands []*candidate) []*store.Article {
	var out []*store.Article
	for _, c := range cands {
		if !slices.Contains(out, c.art) {
			out = append(out, c.art)
		}
	}
	return out
}

// AskStream is Ask emitting the finished answer's quotes: the extractive
// engine has nothing to stream before it is done.
func (e *Engine) AskStream(ctx context.Context, q Question, emit func(Delta)) (*Answer, error) {
	a, err := e.Ask(ctx, q)
	if err != nil {
		return nil, err
	}
	emit(Delta{Text: a.Text})
	for i := range a.Quotes {
		emit(Delta{Quote: &a.Quotes[i]})
	}
	return a, nil
}

// answerGeneral quotes the best sentences, skipping near-duplicates. With
// fill (a question about one article) it tops the answer up to MaxQuotes
// with the next-best sentences: a reader of one article is better served by
// the runners-up than by fewer quotes, and the first still leads.
func (e *Engine) answerGeneral(cands []*candidate, fill bool) *Answer {
	// The ranking adds a lead bias that relevance does not: whether to
	// answer is the best score's call, what comes first the ranking's.
	best := cands[0]
	answers := func(c *candidate) bool { return c.score >= e.opts.MinScore && c.window >= minLexical }
	if !slices.ContainsFunc(cands, answers) {
		return &Answer{Text: msgNotFound}
	}
	ans := &Answer{Found: true}
	ans.Quotes = e.pick(cands, func(c *candidate) bool {
		if answers(c) {
			return true
		}
		return fill && c.order >= fillShare*best.order && filler(c)
	})
	if len(ans.Quotes) == 0 {
		// Nothing quotable among what pick reads: what answers ranked
		// past it, or holds no words.
		return &Answer{Text: msgNotFound}
	}
	ans.ArticleIDs = articleIDs(ans.Quotes)
	ans.Text = leadIn(ans.Quotes)
	return ans
}

// pick quotes up to MaxQuotes candidates in rank order that ok accepts,
// skipping sentences that repeat one already chosen, among the first
// maxPicked. A candidate ok rejects does not end the search: the rank's
// lead bias can put a weaker sentence before a relevant one.
func (e *Engine) pick(cands []*candidate, ok func(*candidate) bool) []Quote {
	var quotes []Quote
	var chosen [][]string
	for _, c := range cands[:min(len(cands), maxPicked)] {
		if len(quotes) == e.opts.MaxQuotes {
			break
		}
		if !ok(c) {
			continue
		}
		ts := lexical.Terms(sentenceText(c.art, c.sentence))
		if len(ts) == 0 || isRedundant(ts, chosen) {
			continue
		}
		chosen = append(chosen, ts)
		s := c.art.Sentences[c.sentence]
		quotes = append(quotes, NewQuote(c.art, s.Start, s.End))
	}
	return quotes
}

// focusOf is the articles a question is about, and whether that is a
// single article: a thread's or --article's focus, or a library holding
// one, which is then focused on so that every sentence of it is ranked.
func (e *Engine) focusOf(ctx context.Context, q Question) (ids []string, one bool) {
	if ids := focus(q); len(ids) > 0 {
		return ids, len(ids) == 1
	}
	id, ok, err := e.opts.Store.OnlyArticle(ctx, q.Scope)
	if err != nil || !ok {
		return nil, false
	}
	return []string{id}, true
}

// answerClosest quotes the best-ranked sentences whatever their score,
// labelled as not answering directly; Found stays false.
func (e *Engine) answerClosest(cands []*candidate) *Answer {
	ans := &Answer{Text: msgClosest}
	ans.Quotes = e.pick(cands, filler)
	ans.ArticleIDs = articleIDs(ans.Quotes)
	return ans
}

// verifyAnswer is the last gate before any quote leaves the engine: each
// must be found verbatim in its article's stored text, and so must each
// other outlet's copy and version of it in theirs.
func verifyAnswer(ans *Answer, cands []*candidate) *Answer {
	arts := map[string]*store.Article{}
	for _, c := range cands {
		arts[c.art.ID] = c.art
	}
	holds := func(q Quote) bool { a := arts[q.ArticleID]; return a != nil && quoteHolds(a, q) }
	had := len(ans.Quotes)
	kept := ans.Quotes[:0]
	for _, q := range ans.Quotes {
		if !holds(q) {
			continue
		}
		q.Also = slices.DeleteFunc(q.Also, func(c Citation) bool {
			return !copyHolds(arts[c.ArticleID], c, q.Text)
		})
		q.Versions = slices.DeleteFunc(q.Versions, func(v Quote) bool { return !holds(v) })
		kept = append(kept, q)
	}
	ans.Quotes = kept
	if len(kept) == 0 && had > 0 {
		ans.Found = false
		ans.Text = msgNotFound
	}
	return ans
}

func coverage(want, have []string) float64 {
	if len(want) == 0 {
		return 0
	}
	set := map[string]bool{}
	for _, t := range have {
		set[t] = true
	}
	n := 0
	for _, t := range want {
		if set[t] {
			n++
		}
	}
	return float64(n) / float64(len(want))
}

func isRedundant(ts []string, chosen [][]string) bool {
	for _, c := range chosen {
		if coverage(uniq(ts), c) >= redundant {
			return true
		}
	}
	return false
}

func sentenceText(a *store.Article, i int) string {
	s := a.Sentences[i]
	return a.Text[s.Start:s.End]
}

func articleIDs(qs []Quote) []string {
	var ids []string
	for _, q := range qs {
		if !slices.Contains(ids, q.ArticleID) {
			ids = append(ids, q.ArticleID)
		}
	}
	return ids
}

func titles(qs []Quote) string {
	var ts []string
	for _, q := range qs {
		t := "“" + q.Title + "”"
		if !slices.Contains(ts, t) {
			ts = append(ts, t)
		}
	}
	return strings.Join(ts, " and ")
}

func leadIn(qs []Quote) string {
	return "From " + titles(qs) + ":"
}

// documentHead are the words a phrase naming a document or a text ends
// in, which name no person's role.
var documentHead = map[string]bool{"provision": true, "law": true, "bill": true, "act": true, "report": true,
	"statement": true, "letter": true, "memo": true, "order": true, "rule": true, "ruling": true, "decision": true,
	"agreement": true, "deal": true, "treaty": true, "document": true, "documents": true, "plan": true, "proposal": true,
	"study": true, "survey": true, "poll": true, "article": true, "book": true, "paper": true, "ad": true, "video": true,
	"tweet": true, "post": true, "amendment": true, "resolution": true, "policy": true, "guidance": true,
	"complaint": true, "lawsuit": true, "suit": true, "indictment": true, "filing": true, "release": true, "constitution": true}

// roleSpeaker resolves a role ("the union leader", "the alliance's
// director") to the speaker the article names with it, when no speaker is
// called that. It returns "" when the phrase is a name or no one fits.
func (e *Engine) roleSpeaker(arts map[string]*store.Article, phrase string) string {
	if quotes.HeadsOrganization(phrase) {
		// "The Sanders campaign" speaks as an organisation; its campaign
		// manager, named with those words, is someone else. Tested first:
		// it costs nothing, and the test for a name masks every article.
		return ""
	}
	if f := strings.Fields(strings.ToLower(phrase)); len(f) > 0 && documentHead[strings.Trim(f[len(f)-1], ".,;:?!'’")] {
		// "The 2017 provision Trump signed into law" sets no one beside
		// the provision: a document's words are its own, never those of
		// whoever the article names next to it.
		return ""
	}
	role := uniq(lexical.Terms(phrase))
	written := map[string]string{}
	for _, t := range lexical.Tokenize(phrase) {
		written[t.Term] = t.Word
	}
	if len(role) == 0 || (properName(phrase) || bodyName(phrase)) && mentioned(ownTextsOf(arts), phrase) {
		// A name the articles give ("Caleb Medley", "Society of
		// Professional Journalists") is no role, even right before
		// someone else's name ("Caleb Medley's brother Seth Medley"), nor
		// another body sharing its words ("Committee to Protect
		// Journalists").
		return ""
	}
	var speakers []string
	for _, a := range arts {
		for _, qt := range a.Quotations {
			if qt.Speaker != "" && !slices.Contains(speakers, qt.Speaker) {
				if quotes.SameSpeaker(phrase, qt.Speaker) {
					return "" // a real name
				}
				speakers = append(speakers, qt.Speaker)
			}
		}
	}
	// A place in the role may be written as its adjective in the article:
	// "Mexico's president" is "Mexican President Claudia Sheinbaum".
	forms := placeForms(phrase)
	found := ""
	for _, a := range arts {
		for i, ts := range e.terms.get(a) {
			if forms != nil {
				ts = asRole(ts, forms)
			}
			if coverage(role, ts) < 1 {
				continue
			}
			text := sentenceText(a, i)
			toks := lexical.Tokenize(text)
			if forms != nil {
				for k := range toks {
					if r, ok := forms[toks[k].Term]; ok {
						toks[k].Term = r
					}
				}
			}
			for _, sp := range speakers {
				if namedWithRole(text, toks, role, written, sp) {
					if found != "" && found != sp {
						return "" // ambiguous
					}
					found = sp
				}
			}
		}
	}
	return found
}

// bodyName reports whether phrase is a body's name in capitals, joined
// by small words as names of bodies are ("Society of Professional
// Journalists", "Reporters Committee for Freedom of the Press"), rather
// than a role in lower case.
func bodyName(phrase string) bool {
	ws := strings.Fields(phrase)
	if len(ws) < 3 {
		return false
	}
	small := 0
	for i, w := range ws {
		switch strings.ToLower(w) {
		case "of", "for", "to", "the", "and", "on", "in", "at":
			if i == 0 || i == len(ws)-1 {
				return false
			}
			small++
			continue
		}
		if !startsUpper(w) {
			return false
		}
	}
	return small > 0
}

// placeForms maps the words WordNet derives from the words qualifying a
// role ("Mexico" → "Mexican"), all but its head, to the role's own terms,
// or is nil when there are none. The head ("president", the last word or
// the one before "of") is matched as it is.
func placeForms(phrase string) map[string]string {
	var forms map[string]string
	toks := lexical.Tokenize(phrase)
	head := len(toks) - 1
	if of := slices.IndexFunc(toks, func(t lexical.Token) bool { return t.Word == "of" }); of > 0 {
		head = of - 1 // "the president of Mexico"
	}
	for i, t := range toks {
		if t.Term == "" || i == head {
			continue
		}
		for _, rel := range lexical.Related(t.Term) {
			if rel.Kind != lexical.Derivation || strings.Contains(rel.Term, "_") {
				continue
			}
			if forms == nil {
				forms = map[string]string{}
			}
			forms[rel.Term] = t.Term
		}
	}
	return forms
}

// asRole is terms with the forms placeForms maps replaced by the role's.
// The term cache's slice is shared, so it is copied before the first
// replacement, and only then.
func asRole(terms []string, forms map[string]string) []string {
	out := terms
	copied := false
	for i, t := range terms {
		if r, ok := forms[t]; ok {
			if !copied {
				out, copied = slices.Clone(terms), true
			}
			out[i] = r
		}
	}
	return out
}

// namedWithRole reports whether the sentence names speaker with the role
// in apposition: the role right before the name ("union leader Sam
// Reyes", "Press secretary Karine Lee") or after it and a comma ("Maria
// Chen, the alliance's director"). A role elsewhere in the sentence is
// something else it mentions: "Lee said the president still hoped …"
// does not make Lee the president, nor does "Sheinbaum dismissed …
// reports of Trump ordering the Pentagon" make her the Pentagon.
//
// written maps each of the role's terms to the word the question wrote
// for it: a verb of the same stem is no role ("What did the subpoena
// say?" is not asking about the "Donald Trump" in "… have subpoenaed
// Donald Trump's tax returns"), nor is one of a group asked about.
func namedWithRole(text string, toks []lexical.Token, role []string, written map[string]string, speaker string) bool {
	names := map[string]bool{}
	for _, w := range strings.Fields(speaker) {
		if t := lexical.Stem(w); t != "" {
			names[t] = true
		}
	}
	last := lexical.Stem(lastWord(speaker))
	// has reports whether toks hold every word of the role, with nothing
	// but spaces, hyphens and apostrophes between them.
	has := func(toks []lexical.Token) bool {
		for _, r := range role {
			if !slices.ContainsFunc(toks, func(t lexical.Token) bool { return t.Term == r && !inflected(t.Word, written[r]) }) {
				return false
			}
		}
		return len(toks) > 0 && !strings.ContainsAny(text[toks[0].Start:toks[len(toks)-1].End], ",.;:!?\"“”()")
	}
	reach := len(role) + 2 // the role's words, and "the", "of" or a possessive among them
	for i, t := range toks {
		if t.Term != last || last == "" {
			continue
		}
		first := i
		for first > 0 && names[toks[first-1].Term] {
			first--
		}
		if before := toks[max(0, first-reach):first]; len(before) > 0 {
			// From the first of the role's words up to the name.
			for k := range before {
				if slices.Contains(role, before[k].Term) {
					if at := max(0, first-reach) + k; at > 0 && formerly[toks[at-1].Word] {
						break // "former Trump campaign manager Corey Lewandowski" speaks for it no more
					}
					if has(append(slices.Clone(before[k:]), toks[first])) && !slices.ContainsFunc(before[k:], func(t lexical.Token) bool {
						// "the Clinton campaign seized on Trump’s reluctance":
						// a verb between the role and the name.
						return !slices.Contains(role, t.Term) && !roleGlue[t.Word]
					}) {
						return true
					}
					break
				}
			}
		}
		if i+1 < len(toks) && strings.TrimSpace(text[t.End:toks[i+1].Start]) == "," {
			if end := min(len(toks), i+1+reach); has(toks[i+1:end]) && !slices.ContainsFunc(toks[end:min(len(toks), end+2)], func(t lexical.Token) bool { return memberNoun[t.Word] }) && !verbBeforeRole(toks[i+1:end], role) {
				return true
			}
		}
	}
	return false
}

// verbBeforeRole reports whether toks, the words after a name and a
// comma, open with a verb in the past rather than an appositive: "the
// Navy, led the review" is no review; "Sam Reyes, longtime union leader"
// is the leader.
func verbBeforeRole(toks []lexical.Token, role []string) bool {
	if len(toks) == 0 || slices.Contains(role, toks[0].Term) {
		return false
	}
	w := toks[0].Word
	return strings.HasSuffix(w, "ed") || pastVerbs[w]
}

// pastVerbs are irregular verbs in the past that follow a subject and its
// comma-set aside: "…, led the review".
var pastVerbs = map[string]bool{"led": true, "said": true, "told": true, "made": true, "took": true, "gave": true,
	"ran": true, "won": true, "met": true, "left": true, "sent": true, "wrote": true, "held": true, "became": true,
	"began": true, "brought": true, "found": true, "got": true, "had": true, "kept": true, "put": true, "saw": true,
	"set": true, "spoke": true, "stood": true, "thought": true, "went": true}

// inflected reports whether word, a form of the same stem as asked, is
// another word for the role: a verb's past or participle that asked is
// not ("subpoenaed" beside "subpoena", not "king" beside "king"), or one
// of the many asked about ("lead auditor Laura W. Murphy" is not "the
// auditors").
func inflected(word, asked string) bool {
	for _, suf := range []string{"ed", "ing"} {
		if strings.HasSuffix(word, suf) && !strings.HasSuffix(asked, suf) {
			return true
		}
	}
	return asked == word+"s" || asked == word+"es"
}

// roleGlue are the words that may stand between a role asked about and
// the name it qualifies besides the role's own: "the", "of", a
// possessive, and the person who speaks for it ("Johnson campaign
// spokesperson Joe Hunter").
var roleGlue = map[string]bool{"the": true, "of": true, "for": true, "s": true, "'s": true, "’s": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "manager": true, "chairman": true,
	"chairwoman": true, "chair": true, "director": true, "adviser": true, "advisor": true, "aide": true,
	"secretary": true, "official": true, "lawyer": true, "attorney": true, "strategist": true}

// memberNoun names one of a body's members, who speaks for themselves:
// "Ginsburg, the court's eldest justice," is not the court speaking.
var memberNoun = map[string]bool{"justice": true, "justices": true, "judge": true, "judges": true,
	"member": true, "members": true, "senator": true, "senators": true, "lawmaker": true,
	"lawmakers": true, "player": true, "players": true, "student": true, "students": true}

// formerly are the words that put a role in the past, as tokens: "ex-"
// reaches namedWithRole as "ex".
var formerly = map[string]bool{"former": true, "ex": true, "onetime": true, "erstwhile": true}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
