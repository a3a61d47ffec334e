package rag

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"golang.org/x/sync/errgroup"

	"github.com/articlebot/articlebot/internal/lexical"
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
