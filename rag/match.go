package rag

import (
	"math"
	"slices"
	"strings"

	"github.com/articlebot/articlebot/internal/lexical"
	"github.com/articlebot/articlebot/store"
)

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
	// has reports whether the sentence holds related term r, whose term
	// (a phrase's content word) it is known to hold.
	var words string // the sentence's words, for phrases; made when needed
	has := func(r relatedTerm) bool {
		if r.phrase == "" {
			return true
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
		for _, alt := range ls.standIns[t] {
			if _, ok := out[alt.term]; ok {
				continue
			}
			if i, ok := first[alt.term]; ok && i < alt.rel {
				continue
			}
			if has(ls.rel[alt.term][alt.rel]) {
				if first == nil {
					first = map[string]int{}
				}
				first[alt.term] = alt.rel
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
