package llm

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/articlebot/articlebot/internal/lexical"
	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/store"
)

// modelAnswer is the JSON the model is asked for.
type modelAnswer struct {
	Answer string `json:"answer"`
	Quotes []struct {
		Passage string `json:"passage"`
		Text    string `json:"text"`
	} `json:"quotes"`
}

// parseAnswer reads the model's JSON, tolerating code fences and prose
// around the object.
func parseAnswer(raw string) (modelAnswer, error) {
	var ma modelAnswer
	obj := outermostObject(raw)
	if obj == "" {
		return ma, errMalformed
	}
	if err := json.Unmarshal([]byte(obj), &ma); err != nil {
		return ma, fmt.Errorf("%w: %v", errMalformed, err)
	}
	if strings.TrimSpace(ma.Answer) == "" && len(ma.Quotes) == 0 {
		return ma, errMalformed
	}
	return ma, nil
}

func outermostObject(s string) string {
	start := strings.IndexByte(s, '{')
	end := strings.LastIndexByte(s, '}')
	if start < 0 || end <= start {
		return ""
	}
	return s[start : end+1]
}

// verify turns the model's answer into one a user may read: its prose
// neutralized and capped, and only quotes that are verbatim in the
// article, found inside the passage they cite (or, failing that, inside
// another source given), each widened to the faithful quote around it
// (rag.NewQuote). A near miss is replaced by the source's own closest
// sentence; anything else is dropped. At most MaxQuotes are kept.
func (e *Engine) verify(ma modelAnswer, srcs []source) *rag.Answer {
	byID := map[string]source{}
	for _, s := range srcs {
		byID[strings.ToUpper(strings.TrimSpace(s.id))] = s
	}
	text, capped := neutralize(ma.Answer)
	ans := &rag.Answer{Engine: rag.EngineLLM, Found: true, Text: text}
	var badCite, replaced, dropped, over int
	seen := map[string]bool{}
	for _, mq := range ma.Quotes {
		src, ok := byID[strings.ToUpper(strings.Trim(strings.TrimSpace(mq.Passage), "[]"))]
		if !ok {
			badCite++
			continue
		}
		q, err := rag.CiteQuoteIn(src.art, mq.Text, src.start, src.end)
		for _, other := range srcs {
			if err == nil {
				break
			}
			q, err = rag.CiteQuoteIn(other.art, mq.Text, other.start, other.end)
		}
		if err != nil {
			s, ok := closestSentence(src, mq.Text)
			if !ok {
				dropped++
				continue
			}
			q = rag.NewQuote(src.art, s.Start, s.End)
			replaced++
		}
		key := fmt.Sprint(q.ArticleID, q.Start, q.End)
		if seen[key] {
			continue
		}
		seen[key] = true
		if len(ans.Quotes) == e.opts.MaxQuotes {
			over++
			continue
		}
		ans.Quotes = append(ans.Quotes, q)
		if !slices.Contains(ans.ArticleIDs, q.ArticleID) {
			ans.ArticleIDs = append(ans.ArticleIDs, q.ArticleID)
		}
	}
	if capped {
		ans.Notes = append(ans.Notes, noteCapped)
	}
	if replaced > 0 {
		ans.Notes = append(ans.Notes, countNote(replaced,
			"One quote the AI gave was not word for word in the article; the article's own sentence is shown instead.",
			"%d quotes the AI gave were not word for word in the article; the article's own sentences are shown instead."))
	}
	if dropped > 0 {
		ans.Notes = append(ans.Notes, countNote(dropped,
			"One quote the AI gave could not be found in the article and was left out.",
			"%d quotes the AI gave could not be found in the article and were left out."))
	}
	if badCite > 0 {
		ans.Notes = append(ans.Notes, countNote(badCite,
			"One citation pointed to a source the AI was not given; removed.",
			"%d citations pointed to sources the AI was not given; removed."))
	}
	if over > 0 {
		ans.Notes = append(ans.Notes, countNote(len(ans.Quotes),
			fmt.Sprintf("The AI gave %d quotes; the first is shown.", len(ans.Quotes)+over),
			fmt.Sprintf("The AI gave %d quotes; the first %%d are shown.", len(ans.Quotes)+over)))
	}
	return ans
}

// closestSentence finds the source sentence that a failed quote clearly
// meant: most of the quote's terms, and most of the sentence's, shared.
func closestSentence(src source, quote string) (store.Sentence, bool) {
	qt := termSet(quote)
	if len(qt) == 0 {
		return store.Sentence{}, false
	}
	type cand struct {
		s     store.Sentence
		score float64
	}
	var cs []cand
	for _, s := range src.art.Sentences {
		if s.Start < src.start || s.End > src.end {
			continue
		}
		st := termSet(src.art.Text[s.Start:s.End])
		shared := 0
		for t := range qt {
			if st[t] {
				shared++
			}
		}
		// Both directions: a quote that takes a few words of a long
		// sentence is not that sentence.
		score := min(float64(shared)/float64(len(qt)), float64(shared)/float64(max(1, len(st))))
		cs = append(cs, cand{s, score})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score > cs[j].score })
	if len(cs) == 0 || cs[0].score < minReplaceOverlap {
		return store.Sentence{}, false
	}
	return cs[0].s, true
}

// minReplaceOverlap: below this share of common terms a failed quote is
// not "the same sentence, slightly misquoted" but an invention.
const minReplaceOverlap = 0.7

func termSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, t := range lexical.Terms(s) {
		m[t] = true
	}
	return m
}
