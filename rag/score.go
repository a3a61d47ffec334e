package rag

import (
	"github.com/articlebot/articlebot/rag/quotes"
	"github.com/articlebot/articlebot/store"
)

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
// match (prev of the one before's), and sets the order it is shown in.
// The answer often sits in the sentence after the one that matches the
// question ("X is named …. It was …"), sometimes before. The window is
// scored, the sentence shown is the one it is scored for.
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
		from, to := sentencesOver(a, qt.Start, qt.End)
		for k := from; k < to; k++ {
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
