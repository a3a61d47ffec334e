package rag

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"golang.org/x/sync/errgroup"

	"github.com/articlebot/articlebot/internal/lexical"
	"github.com/articlebot/articlebot/rag/quotes"
	"github.com/articlebot/articlebot/store"
)

// Retrieval sizes: enough candidates that the re-ranker can find the answer
// sentence the first stage ranked low, few enough to score in milliseconds.
const (
	chunkCandidates    = 24
	sentenceCandidates = 60
	// maxArticles bounds how many articles one question loads from disk.
	maxArticles = 12
	// smallFocus: with this many articles or fewer in focus, every sentence
	// of them is a candidate (articles are short; recall matters more).
	smallFocus = 3
)

// Scoring weights of the re-ranker. Lexical coverage is IDF-weighted, so it
// already behaves like BM25 on sentences; the other signals are what BM25
// does not see: the chunk's embedding similarity, phrase matches, who is
// speaking, and the answer type the question asks for.
const (
	wLexical  = 0.55
	wVector   = 0.25
	wFullText = 0.10
	wPhrase   = 0.08
	wSpeaker  = 0.35
	wParaphr  = 0.15
	wMention  = 0.05
	// A sentence holding the kind of answer asked for: a quantity for "how
	// many" (no quantity, no answer), a date for "when", a name for "who",
	// a place for "where", a cause for "why", a birth or upbringing for
	// "where is she from".
	wTypeNumber = 0.3
	wTypeTime   = 0.15
	wTypePlace  = 0.05
	wTypePerson = 0.15
	wTypeReason = 0.15
	// Where someone is from, grew up, or who their parents were: a
	// sentence saying where they were born or raised, which shares none
	// of the question's words. QuAC alone R@1 +0.3 on the half tuned on
	// (0.35 and 0.5 alike), +0.2 on the other half; SQuAD unchanged.
	wTypeOrigin = 0.35
	// How something was received ("Was it well received?", "Did the
	// album do well?"): a sentence about reviews, sales, charts or awards,
	// which shares none of its words. QuAC asked alone R@1 / R@3 +0.3 /
	// +0.5 on the half tuned on (0.1 and 0.2 gain less), +0.7 / +0.2 on
	// the other; follow-ups +0.9 / +0.6; SQuAD and JSQuAD unchanged.
	wTypeReception = 0.35

	// "What is X?": a sentence saying what X is ("X, a …", "X is a …",
	// "… called X"; definition.go). QuAC alone R@1 +0.2 on the half tuned
	// on, +0.1 on the other, openers +0.3; 0.2 and 0.35 gain less.
	wDefinition = 0.1
	// News and encyclopedia sections put the subject first, and people
	// ask about it first: an early sentence gets wLead of the score the
	// answer thresholds judge, and wLeadOrder more in the ranking only,
	// since its place makes it likelier to answer, not more relevant to
	// the question. docs/benchmarks.md has the trade: more lead helps
	// questions asked without the text (QuAC's first three of a dialog)
	// and costs those spread evenly through it (SQuAD). A conversation's
	// questions, each asked alone, run down the whole story, so the half
	// that keeps SQuAD level is kept.
	wLead      = 0.12
	wLeadOrder = 0.06
	// wCarried weighs a term a follow-up carries from the conversation:
	// enough to say who "he" is, not enough to outweigh what is asked.
	wCarried = 0.25
	// A sentence borrows this share of its neighbours' match with the
	// question: of the one before (the answer follows the match) and
	// after.
	wWindowPrev = 0.10
	wWindowNext = 0.05
	// wReasonPrev is wWindowPrev for "why" questions: a reason mostly
	// follows what it explains ("His spell at the club was not a great
	// success. He struggled with the faster pace …") and shares no word
	// with the question. QuAC asked alone, "why" R@3 65.8 → 78.9 on the
	// half tuned on (0.3 and 0.6 gave 76.3), 71.9 → 71.9 on the other (two
	// gained, two lost), SQuAD's CS224N half 93.5 → 97.8; all questions
	// +0.2.
	wReasonPrev = 0.45
	// wFlow favours the flowSpan sentences after the last answer's,
	// most the next one.
	wFlow    = 0.1
	flowSpan = 3
	// minQuotedLen: shorter sentences ("Yes.") could be found in any
	// answer.
	minQuotedLen = 20
	// A WordNet relative of a question's term counts for this share of
	// the term itself, by kind.
	wSynonym    = 0.3
	wDerivation = 0.7
	wCause      = 0.3
	// BM25's usual parameters.
	bm25K1 = 1.2
	bm25B  = 0.75
)

// candidate is one sentence being scored.
type candidate struct {
	art      *store.Article
	sentence int
	vector   float64
	fullText float64
	score    float64
	lexical  float64
	// window is lexical over the sentence and the one before it in its
	// paragraph, for a sentence that matches the question itself.
	window float64
	// order ranks the candidates: score plus the part of the lead bias
	// that answer thresholds do not see.
	order float64
}

// scopeIDs is the set of articles a question is about.
func focus(q Question) []string {
	if len(q.ArticleIDs) > 0 {
		return q.ArticleIDs
	}
	if q.Conversation != nil {
		return q.Conversation.ArticleIDs
	}
	return nil
}

// Retrieve returns the k passages (sentences) that best bear on the question,
// from the question's articles or the whole scope, best first.
func (e *Engine) Retrieve(ctx context.Context, q Question, k int) ([]Passage, error) {
	if err := checkQuestion(q.Text); err != nil {
		return nil, err
	}
	pq := parseQuestion(q.Text, q.Conversation)
	ids, _ := e.focusOf(ctx, q)
	cands, err := e.rank(ctx, q.Scope, ids, &pq)
	if err != nil {
		return nil, err
	}
	out := make([]Passage, 0, min(k, len(cands)))
	for _, c := range cands[:min(k, len(cands))] {
		out = append(out, passage(c))
	}
	return out, nil
}

func passage(c *candidate) Passage {
	a := c.art
	s := a.Sentences[c.sentence]
	return Passage{
		ArticleID: a.ID, Title: a.Title, Site: a.Site, URL: a.URL, Published: a.Published,
		Sentence: c.sentence, Start: s.Start, End: s.End, Paragraph: s.Paragraph + 1,
		Text: a.Text[s.Start:s.End], Speaker: sentenceSpeaker(a, c.sentence), Score: c.score,
	}
}

// rank gathers candidate sentences from the vector and full-text indexes
// and re-ranks them; it returns them best first.
// A speaker named by role ("the union leader") is resolved to a name in q.
func (e *Engine) rank(ctx context.Context, scope store.Scope, ids []string, q *query) ([]*candidate, error) {
	// A bare "Where?" or "Why?" has no word to search for, but about a
	// few articles in focus, whose every sentence is ranked, the kind of
	// answer it asks for still ranks them.
	if len(q.terms) == 0 && len(q.carried) == 0 && q.speaker == "" && (q.wants == 0 || len(ids) == 0 || len(ids) > smallFocus) {
		return nil, ErrEmptyQuestion
	}
	chunkHits, sentHits, err := e.search(ctx, scope, ids, q)
	if err != nil {
		return nil, err
	}
	// Articles by best first-stage evidence, capped.
	best, maxFT := bestEvidence(chunkHits, sentHits)
	// A few articles in focus are ranked whole even when neither index
	// found anything ("Was she there?" has no indexed word).
	if len(ids) <= smallFocus {
		for _, id := range ids {
			if _, ok := best[id]; !ok {
				best[id] = 0
			}
		}
	}
	order := make([]string, 0, len(best))
	for id := range best {
		order = append(order, id)
	}
	sort.Slice(order, func(i, j int) bool {
		return best[order[i]] > best[order[j]] || best[order[i]] == best[order[j]] && order[i] < order[j]
	})
	if len(order) > maxArticles {
		order = order[:maxArticles]
	}
	loaded, err := e.opts.Store.ArticlesForRanking(ctx, scope, order)
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	arts := make(map[string]*store.Article, len(loaded))
	for _, a := range loaded {
		arts[a.ID] = a
	}

	if q.speaker != "" {
		if name := e.roleSpeaker(arts, q.speaker); name != "" {
			q.speaker = name
		}
	}
	list := candidates(arts, chunkHits, sentHits, maxFT, len(order) <= smallFocus || q.speaker != "")
	e.scoreAll(list, arts, *q)
	sort.Slice(list, func(i, j int) bool {
		if list[i].order != list[j].order {
			return list[i].order > list[j].order
		}
		if list[i].art.ID != list[j].art.ID {
			return list[i].art.ID < list[j].art.ID
		}
		return list[i].sentence < list[j].sentence
	})
	return list, nil
}

// idfTable is inverse sentence frequency over the loaded articles: terms
// that appear in every sentence ("Mexico" in an article about Mexico) count
// for little.
func idfTable[K comparable](terms map[K][]string) map[string]float64 {
	df := map[string]int{}
	n := 0
	for _, ts := range terms {
		n++
		seen := map[string]bool{}
		for _, t := range ts {
			if !seen[t] {
				seen[t] = true
				df[t]++
			}
		}
	}
	idf := make(map[string]float64, len(df))
	for t, d := range df {
		idf[t] = math.Log(1 + (float64(n)-float64(d)+0.5)/(float64(d)+0.5))
	}
	return idf
}

// search runs the two first stages for q over the articles ids of scope
// (all of them when ids is empty): the vector search of chunks and the
// full-text search of sentences. They are independent, so they run side
// by side, the full-text search while the question is embedded too (with
// a remote embedder, a round trip).
func (e *Engine) search(ctx context.Context, scope store.Scope, ids []string, q *query) ([]store.ChunkHit, []store.SentenceHit, error) {
	var chunkHits []store.ChunkHit
	var sentHits []store.SentenceHit
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		vecs, err := e.opts.Embedder.Embed(gctx, []string{q.text})
		if err != nil {
			return fmt.Errorf("embed question: %w", err)
		}
		chunkHits, err = e.opts.Store.SearchChunks(gctx, scope, ids, vecs[0], chunkCandidates)
		if err != nil {
			return fmt.Errorf("vector search: %w", err)
		}
		return nil
	})
	// With a few articles in focus every sentence of them is a candidate
	// and scored below; the full-text index would add nothing.
	if len(ids) == 0 || len(ids) > smallFocus {
		g.Go(func() error {
			var err error
			sentHits, err = e.opts.Store.SearchSentences(gctx, scope, ids, q.words, sentenceCandidates)
			if err != nil {
				return fmt.Errorf("full-text search: %w", err)
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, nil, err
	}
	return chunkHits, sentHits, nil
}

// bestEvidence gives each article the first stages found its best
// evidence, a chunk's similarity or a sentence's full-text score over
// the best one's (maxFT, which it returns too).
func bestEvidence(chunkHits []store.ChunkHit, sentHits []store.SentenceHit) (map[string]float64, float64) {
	best := map[string]float64{}
	for _, h := range chunkHits {
		best[h.ArticleID] = max(best[h.ArticleID], float64(h.Score))
	}
	maxFT := 0.0
	for _, h := range sentHits {
		maxFT = max(maxFT, h.Score)
	}
	for _, h := range sentHits {
		best[h.ArticleID] = max(best[h.ArticleID], h.Score/maxFT)
	}
	return best, maxFT
}

// candidates are the sentences of arts the first stages found, with
// their vector and full-text scores (over maxFT), and, when every is
// set, all the others too.
func candidates(arts map[string]*store.Article, chunkHits []store.ChunkHit, sentHits []store.SentenceHit, maxFT float64, every bool) []*candidate {
	cands := map[sentKey]*candidate{}
	get := func(a *store.Article, s int) *candidate {
		k := sentKey{a.ID, s}
		c := cands[k]
		if c == nil {
			c = &candidate{art: a, sentence: s}
			cands[k] = c
		}
		return c
	}
	for _, h := range chunkHits {
		a := arts[h.ArticleID]
		if a == nil || h.Chunk >= len(a.Chunks) {
			continue
		}
		ch := a.Chunks[h.Chunk]
		for s := ch.FirstSentence; s <= ch.LastSentence; s++ {
			c := get(a, s)
			c.vector = max(c.vector, float64(h.Score))
		}
	}
	for _, h := range sentHits {
		if a := arts[h.ArticleID]; a != nil && h.Sentence < len(a.Sentences) {
			get(a, h.Sentence).fullText = h.Score / maxFT
		}
	}
	if every {
		for _, a := range arts {
			for s := range a.Sentences {
				get(a, s)
			}
		}
	}
	// Sentences outside every retrieved chunk still get their chunk's
	// similarity, so the two signals stay comparable.
	type chunkKey struct {
		id    string
		chunk int
	}
	chunkScore := map[chunkKey]float64{}
	for _, h := range chunkHits {
		chunkScore[chunkKey{h.ArticleID, h.Chunk}] = float64(h.Score)
	}
	list := make([]*candidate, 0, len(cands))
	for _, c := range cands {
		if c.vector == 0 {
			c.vector = chunkScore[chunkKey{c.art.ID, c.art.Sentences[c.sentence].Chunk}]
		}
		list = append(list, c)
	}
	return list
}

// scoreAll scores each candidate sentence of list for q: how well it and
// its window match the question's words (coverage and BM25), its vector
// and full-text ranks, the answer's type, its place in the article and
// in the conversation. arts are the loaded articles the IDF is taken over.
func (e *Engine) scoreAll(list []*candidate, arts map[string]*store.Article, q query) {
	ls := e.newLexicalScorer(arts, q, len(list))
	bm25, maxBM25 := ls.cover(list)
	match := e.scoreEach(list, q, ls, bm25, maxBM25)
	// A conversation moves forward through an article: the sentences just
	// after the one the last answer quoted lead the next.
	if q.lastAnswer != "" {
		flowOn(list, arts, q.lastAnswer)
	}
	prev := wWindowPrev
	if q.wants&holdsReason != 0 {
		prev = wReasonPrev
	}
	scoreWindows(list, match, prev)
}

// sentKey names a sentence of a loaded article.
type sentKey struct {
	id string
	s  int
}

// termMatch is a question term a sentence holds: its weight and count.
type termMatch struct{ w, f float64 }

// lexicalScorer matches a question's words against the sentences of the
// loaded articles.
type lexicalScorer struct {
	sentTerms map[sentKey][]string // term lists per sentence of every loaded article: the IDF needs them all
	idf       map[string]float64
	weight    map[string]float64 // the weight of each term of the question
	form      []string           // the question's form words, which match nothing
	rel       map[string][]relatedTerm
	total     float64 // the question's weight: its terms' weights times their IDF
	avgLen    float64 // the sentences' mean length in terms
	memo      map[sentKey]map[string]termMatch
	// standIns maps each term a related word or phrase is matched by to
	// the question terms it may stand in for, so that a sentence is
	// matched by reading its own terms: a question of hundreds of words
	// read them all for every sentence.
	standIns map[string][]standIn
}

// standIn is a related term of a question's term: ls.rel[term][rel].
type standIn struct {
	term string
	rel  int
}

// newLexicalScorer reads the terms of every sentence of arts and weighs
// q's; n is how many candidates it will be asked about.
func (e *Engine) newLexicalScorer(arts map[string]*store.Article, q query, n int) *lexicalScorer {
	ls := &lexicalScorer{sentTerms: map[sentKey][]string{}, weight: map[string]float64{}, form: q.form, memo: make(map[sentKey]map[string]termMatch, n)}
	for _, a := range arts {
		for i, ts := range e.terms.get(a) {
			if q.allWords {
				ts = lexical.Words(sentenceText(a, i))
			}
			ls.sentTerms[sentKey{a.ID, i}] = ts
		}
	}
	ls.idf = idfTable(ls.sentTerms)
	// The question's own terms weigh 1, terms carried from the conversation
	// less: they say what "he" or "it" is, not what is asked about it.
	for _, t := range q.carried {
		ls.weight[t] = wCarried
	}
	for _, t := range q.terms {
		ls.weight[t] = 1
	}
	ls.rel = relatedTerms(q.terms)
	addPhraseRelatives(ls.rel, q.text, q.terms)
	ls.standIns = map[string][]standIn{}
	for t := range ls.weight {
		if slices.Contains(ls.form, t) {
			continue
		}
		for i, r := range ls.rel[t] {
			ls.standIns[r.term] = append(ls.standIns[r.term], standIn{t, i})
		}
	}
	for t, w := range ls.weight {
		ls.total += w * idfOr(ls.idf, t)
	}
	for _, ts := range ls.sentTerms {
		ls.avgLen += float64(len(ts))
	}
	ls.avgLen /= float64(max(1, len(ls.sentTerms)))
	return ls
}

// matched gives, for each question term sentence si of a holds (itself or
// a related word or phrase standing in for it, for less: "died" meets
// "were killed", "fed up" "tired of"), its weight and count.
func (ls *lexicalScorer) matched(a *store.Article, si int) map[string]termMatch {
	if m, ok := ls.memo[sentKey{a.ID, si}]; ok {
		return m
	}
	tf := map[string]int{}
	for _, t := range ls.sentTerms[sentKey{a.ID, si}] {
		tf[t]++
	}
	var words string // the sentence's words, for phrases; made when needed
	has := func(r relatedTerm) bool {
		if r.phrase == "" {
			return tf[r.term] > 0
		}
		if tf[r.term] == 0 {
			return false // the phrase's content word is missing
		}
		if words == "" {
			words = " " + strings.Join(lexical.Words(sentenceText(a, si)), " ") + " "
		}
		return strings.Contains(words, r.phrase)
	}
	out := map[string]termMatch{}
	for t, f := range tf {
		if w, ok := ls.weight[t]; ok && !slices.Contains(ls.form, t) {
			out[t] = termMatch{w, float64(f)}
		}
	}
	// A question term the sentence lacks is met by the first of its
	// related terms, in order, that the sentence holds.
	var first map[string]int
	for t := range tf {
		for _, in := range ls.standIns[t] {
			if _, ok := out[in.term]; ok {
				continue
			}
			if i, ok := first[in.term]; ok && i < in.rel {
				continue
			}
			if has(ls.rel[in.term][in.rel]) {
				if first == nil {
					first = map[string]int{}
				}
				first[in.term] = in.rel
			}
		}
	}
	for t, i := range first {
		out[t] = termMatch{ls.weight[t] * ls.rel[t][i].weight, 1}
	}
	ls.memo[sentKey{a.ID, si}] = out
	return out
}

// cover sets each candidate's coverage of the question (lexical) and its
// window's, and returns their BM25 scores and the highest.
func (ls *lexicalScorer) cover(list []*candidate) ([]float64, float64) {
	bm25 := make([]float64, len(list))
	maxBM25 := 0.0
	for i, c := range list {
		ts := ls.sentTerms[sentKey{c.art.ID, c.sentence}]
		m := ls.matched(c.art, c.sentence)
		var got float64
		for t, tm := range m {
			got += tm.w * idfOr(ls.idf, t)
			bm25[i] += tm.w * idfOr(ls.idf, t) * tm.f * (bm25K1 + 1) / (tm.f + bm25K1*(1-bm25B+bm25B*float64(len(ts))/max(ls.avgLen, 1)))
		}
		maxBM25 = max(maxBM25, bm25[i])
		if ls.total == 0 {
			continue
		}
		c.lexical = got / ls.total
		// The window's coverage: the answer often follows the sentence
		// naming what the question asks about ("A fire tore through the
		// block. At least a dozen residents were killed."), so a sentence
		// that matches the question itself may count the previous
		// sentence's terms too when judged worth answering.
		c.window = c.lexical
		if p := c.sentence - 1; c.lexical > 0 && p >= 0 && c.art.Sentences[p].Paragraph == c.art.Sentences[c.sentence].Paragraph {
			pm := ls.matched(c.art, p)
			// Only terms one of the two holds add to it.
			var win float64
			for t, tm := range m {
				win += max(0, tm.w, pm[t].w) * idfOr(ls.idf, t)
			}
			for t, tm := range pm {
				if _, ok := m[t]; !ok {
					win += max(0, tm.w) * idfOr(ls.idf, t)
				}
			}
			c.window = win / ls.total
		}
	}
	return bm25, maxBM25
}

// scoreEach scores each candidate of list on its own, and returns how
// well each sentence matches the question's words (bm25 is each one's
// BM25, maxBM25 the highest); a sentence's neighbours lend it part of
// theirs in scoreWindows.
func (e *Engine) scoreEach(list []*candidate, q query, ls *lexicalScorer, bm25 []float64, maxBM25 float64) map[sentKey]float64 {
	match := make(map[sentKey]float64, len(list))
	spoken := map[*store.Article]map[int][]int{}
	for i, c := range list {
		a := c.art
		ts := ls.sentTerms[sentKey{a.ID, c.sentence}]
		// Coverage says how much of the question a sentence answers; BM25
		// adds term frequency and length normalization.
		lex := c.lexical
		if maxBM25 > 0 {
			lex = (c.lexical + bm25[i]/maxBM25) / 2
		}
		m := wLexical*lex + wPhrase*phraseMatch(q.terms, ts)
		match[sentKey{a.ID, c.sentence}] = m
		s := m + wVector*c.vector + wFullText*c.fullText
		text := sentenceText(a, c.sentence)
		if q.wants != 0 {
			s += answerTypeBonus(q, e.terms.kinds(a, c.sentence, q.wants))
		}
		if q.defines != nil && q.defines.says(text) {
			s += wDefinition
		}
		if q.speaker != "" || q.anySpeaker {
			if spoken[a] == nil {
				spoken[a] = attributedOver(a)
			}
			over := spoken[a][c.sentence]
			if q.speaker != "" {
				s += speakerBonus(a, over, q.speaker, text)
			}
			if q.anySpeaker {
				s += anySpeakerBonus(a, over)
			}
		}
		// News puts what matters first.
		s += wLead * (1 - float64(c.sentence)/float64(max(1, len(a.Sentences))))
		c.score = s
	}
	return match
}

// flowOn lifts the sentences of list just after the one the last answer
// quoted (lastAnswer) in its article.
func flowOn(list []*candidate, arts map[string]*store.Article, lastAnswer string) {
	last := map[string]int{}
	for _, a := range arts {
		if i, ok := quotedSentence(a, lastAnswer); ok {
			last[a.ID] = i
		}
	}
	for _, c := range list {
		if p, ok := last[c.art.ID]; ok {
			if d := c.sentence - p; d >= 1 && d <= flowSpan {
				c.score += wFlow * (1 - float64(d-1)/float64(flowSpan))
			}
		}
	}
}

// scoreWindows adds to each candidate's score part of its neighbours'
// match (prev of the one before's), and sets the order it is shown in. The answer often sits in the
// sentence after the one that matches the question ("X is named …. It
// was …"), sometimes before. The window is scored, the sentence shown is
// the one it is scored for.
func scoreWindows(list []*candidate, match map[sentKey]float64, prev float64) {
	for _, c := range list {
		a := c.art
		para := a.Sentences[c.sentence].Paragraph
		if p := c.sentence - 1; p >= 0 && a.Sentences[p].Paragraph == para {
			c.score += prev * match[sentKey{a.ID, p}]
		}
		if n := c.sentence + 1; n < len(a.Sentences) && a.Sentences[n].Paragraph == para {
			c.score += wWindowNext * match[sentKey{a.ID, n}]
		}
		c.order = c.score + wLeadOrder*(1-float64(c.sentence)/float64(max(1, len(a.Sentences))))
	}
}

// relatedTerm is a word or phrase that may stand in for a question's
// term. For a phrase, term is one of its content words (a sentence
// without it cannot hold the phrase) and phrase its words as a sentence's
// words are matched: " tire of ".
type relatedTerm struct {
	term   string
	phrase string
	weight float64
}

// relatedTerms maps each of the question's own terms to the WordNet terms
// that may stand in for it, strongest first.
func relatedTerms(terms []string) map[string][]relatedTerm {
	out := map[string][]relatedTerm{}
	for _, t := range terms {
		if rs := relativesOf(t); len(rs) > 0 {
			out[t] = rs
		}
	}
	return out
}

// relativesOf is what WordNet relates to a term or a phrase ("fed_up"),
// weighed by kind, strongest first.
func relativesOf(key string) []relatedTerm {
	var rs []relatedTerm
	for _, r := range lexical.Related(key) {
		w := 0.0
		switch r.Kind {
		case lexical.Synonym:
			w = wSynonym
		case lexical.Derivation:
			w = wDerivation
		case lexical.Cause:
			w = wCause
		}
		if w == 0 {
			continue
		}
		rt := relatedTerm{term: r.Term, weight: w}
		if strings.Contains(r.Term, "_") {
			words := strings.Split(r.Term, "_")
			i := slices.IndexFunc(words, func(w string) bool { return !lexical.IsStopWord(w) })
			if i < 0 {
				continue
			}
			rt.term, rt.phrase = words[i], " "+strings.Join(words, " ")+" "
		}
		rs = append(rs, rt)
	}
	slices.SortStableFunc(rs, func(a, b relatedTerm) int { return cmpFloat(b.weight, a.weight) })
	return rs
}

// maxPhraseWords is the longest phrase WordNet's table holds.
const maxPhraseWords = 3

// addPhraseRelatives adds to rel what WordNet relates to the question's
// phrases ("fed up" ~ "tired of", "sick of"): each stands in for the
// phrase's own terms, after their single-word relatives.
func addPhraseRelatives(rel map[string][]relatedTerm, text string, terms []string) {
	words := lexical.Words(text)
	for n := 2; n <= maxPhraseWords; n++ {
		for i := 0; i+n <= len(words); i++ {
			phrase := words[i : i+n]
			rs := relativesOf(strings.Join(phrase, "_"))
			if len(rs) == 0 {
				continue
			}
			for _, w := range phrase {
				if slices.Contains(terms, w) {
					rel[w] = append(rel[w], rs...)
				}
			}
		}
	}
}

// quotedSentence finds the sentence of a that answer quotes first (the
// answer's lead quote), if any.
func quotedSentence(a *store.Article, answer string) (int, bool) {
	best, at := -1, len(answer)
	for i := range a.Sentences {
		text := sentenceText(a, i)
		if len(text) < minQuotedLen {
			continue
		}
		if j := strings.Index(answer, text); j >= 0 && j < at {
			best, at = i, j
		}
	}
	return best, best >= 0
}

// speakerBonus ranks a sentence holding speaker's words first, one
// naming them next; over is the attributed quotations over the sentence
// (attributedOver).
func speakerBonus(a *store.Article, over []int, speaker, text string) float64 {
	best := wordsBonus(a, over, func(who string) bool { return quotes.SameSpeaker(speaker, who) })
	if best == 0 && containsFold(text, lastWord(speaker)) {
		best = wMention
	}
	return best
}

// anySpeakerBonus ranks a sentence holding anyone's words first.
func anySpeakerBonus(a *store.Article, over []int) float64 {
	return wordsBonus(a, over, func(who string) bool { return who != "" })
}

// attributedOver maps each sentence of a to the quotations given to
// someone that cover it, as indexes into a.Quotations. Scoring every
// sentence against every quotation made a speaker question over an
// article quoting thousands of times cost their product.
func attributedOver(a *store.Article) map[int][]int {
	over := map[int][]int{}
	for qi, qt := range a.Quotations {
		if qt.Speaker == "" {
			continue
		}
		// Sentences are in order: the first one ending after the
		// quotation starts is the first it covers.
		k := sort.Search(len(a.Sentences), func(k int) bool { return a.Sentences[k].End > qt.Start })
		for ; k < len(a.Sentences) && a.Sentences[k].Start < qt.End; k++ {
			over[k] = append(over[k], qi)
		}
	}
	return over
}

// wordsBonus is the bonus of a sentence for holding the words of a
// speaker whose is true of: a direct quotation's, or less, reported
// speech's. Every sentence a quotation covers holds its words; over is
// the attributed ones over the sentence.
func wordsBonus(a *store.Article, over []int, whose func(speaker string) bool) float64 {
	best := 0.0
	for _, qi := range over {
		qt := a.Quotations[qi]
		if !whose(qt.Speaker) {
			continue
		}
		if qt.Indirect {
			best = max(best, wParaphr)
		} else {
			best = max(best, wSpeaker)
		}
	}
	return best
}

// phraseMatch is the share of the question's adjacent term pairs that also
// stand adjacent in the sentence.
func phraseMatch(q, s []string) float64 {
	if len(q) < 2 {
		return 0
	}
	pairs := map[[2]string]bool{}
	for i := 1; i < len(s); i++ {
		pairs[[2]string{s[i-1], s[i]}] = true
	}
	hit := 0
	for i := 1; i < len(q); i++ {
		if pairs[[2]string{q[i-1], q[i]}] {
			hit++
		}
	}
	return float64(hit) / float64(len(q)-1)
}

func idfOr(idf map[string]float64, t string) float64 {
	if v, ok := idf[t]; ok {
		return v
	}
	// A term no loaded sentence has is as rare as it gets.
	return math.Log(2 + float64(len(idf)))
}

func uniq(ts []string) []string {
	out := slices.Clone(ts)
	slices.Sort(out)
	return slices.Compact(out)
}

// containsFold reports whether text has word, ignoring case and accents.
func containsFold(text, word string) bool {
	if word == "" {
		return false
	}
	w := lexical.Stem(word)
	for _, t := range lexical.Tokenize(text) {
		if t.Term == w && w != "" {
			return true
		}
	}
	return false
}

// lastWord is a name's family name, the form news prose repeats.
func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
