package rag

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/articlebot/articlebot/internal/async"
	"github.com/articlebot/articlebot/internal/lexical"
	"github.com/articlebot/articlebot/rag/extract"
	"github.com/articlebot/articlebot/store"
)

// Summary shape and the TextRank parameters.
const (
	tldrSentences = 3
	// tldrMaxWords keeps the TL;DR short enough to read at a glance.
	tldrMaxWords  = 90
	maxKeyQuotes  = 5
	minKeyQuotes  = 3
	minQuoteWords = 5
	maxQuoteWords = 60
	minTLDRWords  = 6
	// tldrDamping is how far the random surfer that ranks the TL;DR
	// follows similarity rather than jumping back to the lead. TextRank's
	// usual 0.85 put the TL;DR 3.6 ROUGE-1 points below the article's first
	// three sentences against CNN and Daily Mail's highlights; 0.3, chosen
	// on half of the articles, puts it level with them on the other half
	// (docs/benchmarks.md, Summaries). Key quotes keep 0.85: nothing
	// measures them, and the lead would crowd them into one paragraph.
	tldrDamping    = 0.3
	quoteDamping   = 0.85
	rankIterations = 40
	// leadWeight biases the random surfer toward the top of the article:
	// news puts the gist first (the "lead").
	leadWeight = 1.5
	// maxRankedSentences bounds the sentences TextRank reads, from the
	// top: its graph weighs every pair, so a page of 32,768 short
	// sentences (1 MB) needed an 8.6 GB matrix and ten minutes. Three of
	// the speaker harness's 27,910 texts have more than a thousand
	// sentences, the longest 2,115, and news puts its gist first.
	maxRankedSentences = 2000
	// summaryKind is the store's cache key for this engine's summaries.
	// v2: the TL;DR and the key quotes it fills in are prose. v3: the
	// TL;DR leans on the lead (tldrDamping) and keeps to narration
	// (quotedSentences). v4: no key quote is inside another. v5: no TL;DR
	// sentence retells another (retells).
	summaryKind = "extractive-v5"
)

// cachedSummary is what the store keeps: sentence and quotation indexes,
// re-cited on load so links and quotes always come from the stored text.
type cachedSummary struct {
	TLDR      []int `json:"tldr"`
	KeyQuotes []int `json:"key_quotes"` // indexes into Quotations, or -1-sentence for a sentence
	// Basis is the digest (summaryBasis) of the sentences and quotations
	// the indexes point into.
	Basis uint64 `json:"basis"`
}

// summaryBasis digests what a cached summary's indexes point into. A
// summary computed from an article while its quotations were being
// replaced (the same link ingested again, or found again under new rules)
// can reach the cache after them; its digest then no longer matches, and
// it is computed again rather than shown with another quotation's speaker.
func summaryBasis(a *store.Article) uint64 {
	h := fnv.New64a()
	var buf []byte
	for _, sn := range a.Sentences {
		buf = binary.AppendUvarint(buf, uint64(sn.Start))
		buf = binary.AppendUvarint(buf, uint64(sn.End))
	}
	buf = append(buf, 0xff)
	for _, q := range a.Quotations {
		buf = binary.AppendUvarint(buf, uint64(q.Start))
		buf = binary.AppendUvarint(buf, uint64(q.End))
		buf = append(buf, q.Speaker...)
		buf = append(buf, 0)
	}
	h.Write(buf)
	return h.Sum64()
}

// Summarize returns the article's extractive summary, cached in the store.
func (e *Engine) Summarize(ctx context.Context, scope store.Scope, articleID string) (*Summary, error) {
	a, err := e.opts.Store.Article(ctx, scope, articleID)
	if err != nil {
		return nil, err
	}
	var c cachedSummary
	data, err := e.opts.Store.Summary(ctx, scope, articleID, summaryKind)
	switch {
	case err == nil && json.Unmarshal(data, &c) == nil && c.Basis == summaryBasis(a):
	case err == nil || errors.Is(err, store.ErrNotFound):
		c = summarize(a)
		data, _ := json.Marshal(c)
		if err := e.opts.Store.PutSummary(ctx, scope, articleID, summaryKind, data); err != nil {
			e.log.Warn("cache summary", "article", articleID, "err", err)
		}
	default:
		return nil, fmt.Errorf("load summary of %s: %w", articleID, err)
	}
	return renderSummary(a, c), nil
}

// startSummary computes the summary of an article just built, from the
// article in hand (reading it back from the store, its vectors too, cost
// an ingest a tenth of its time), while its caller goes on; wait returns
// it encoded for the store.
func startSummary(a *store.Article) (wait func() ([]byte, error)) {
	type encoded struct {
		data []byte
		err  error
	}
	done := async.Go(func() encoded {
		data, err := json.Marshal(summarize(a))
		return encoded{data, err}
	})
	return func() ([]byte, error) {
		s := done()
		return s.data, s.err
	}
}

// cacheSummary caches the summary startSummary computes of an article
// just stored.
func (e *Engine) cacheSummary(ctx context.Context, a *store.Article, summary func() ([]byte, error)) error {
	data, err := summary()
	if err != nil {
		return fmt.Errorf("summary of %s: %w", a.ID, err)
	}
	return e.opts.Store.PutSummary(ctx, a.Scope, a.ID, summaryKind, data)
}

// SummaryInfo fills the parts of a summary that any engine shows: metadata
// and coverage.
func SummaryInfo(a *store.Article) *Summary {
	return &Summary{
		ArticleID: a.ID, Title: a.Title, Site: a.Site, Byline: a.Byline, URL: a.URL,
		Published: a.Published, WordCount: a.WordCount,
		ReadingMinutes: max(1, int(math.Ceil(float64(a.WordCount)/wordsPerMinute))),
		Warnings:       a.Warnings,
	}
}

func renderSummary(a *store.Article, c cachedSummary) *Summary {
	s := SummaryInfo(a)
	s.Engine = EngineExtractive
	var parts []string
	for _, i := range c.TLDR {
		if i < 0 || i >= len(a.Sentences) {
			continue
		}
		sn := a.Sentences[i]
		q := NewQuote(a, sn.Start, sn.End)
		s.TLDRQuotes = append(s.TLDRQuotes, q)
		parts = append(parts, q.Text)
	}
	s.TLDR = strings.Join(parts, " ")
	for _, k := range c.KeyQuotes {
		var q Quote
		switch {
		case k >= 0 && k < len(a.Quotations):
			qt := a.Quotations[k]
			q = NewQuote(a, qt.Start, qt.End)
			q.Speaker = qt.Speaker
		case k < 0 && -1-k < len(a.Sentences):
			sn := a.Sentences[-1-k]
			q = NewQuote(a, sn.Start, sn.End)
		default:
			continue
		}
		s.KeyQuotes = append(s.KeyQuotes, q)
	}
	return s
}

// summarize ranks sentences with TextRank (Mihalcea & Tarau 2004) over
// IDF-weighted term overlap, with the random jump biased to the lead, in
// two walks: one that jumps back to the lead often ranks the TL;DR, the
// best-ranked plain sentences in article order; one that follows the
// graph further ranks the key quotes, the direct quotations in the
// best-ranked sentences, attributed ones first.
func summarize(a *store.Article) cachedSummary {
	return summarizeTop(a, maxRankedSentences)
}

// summarizeTop is summarize reading the first top sentences.
func summarizeTop(a *store.Article, top int) cachedSummary {
	n := min(len(a.Sentences), top)
	if n == 0 {
		return cachedSummary{Basis: summaryBasis(a)}
	}
	terms := make([][]string, n)
	for i := range n {
		terms[i] = uniq(lexical.Terms(sentenceText(a, i)))
	}
	tldrRank, quoteRank := textRank(terms)
	tldrOrder := byRank(tldrRank)

	inQuote := quotedSentences(a)
	c := cachedSummary{Basis: summaryBasis(a)}
	words := 0
	for _, i := range tldrOrder {
		w := extract.WordCount(sentenceText(a, i))
		// A TL;DR in the article's own voice: quotations go to key quotes.
		if inQuote[i] || w < minTLDRWords || words+w > tldrMaxWords && len(c.TLDR) > 0 || !endsProse(sentenceText(a, i)) {
			continue
		}
		if retells(terms, c.TLDR, i) {
			continue
		}
		c.TLDR = append(c.TLDR, i)
		words += w
		if len(c.TLDR) == tldrSentences {
			break
		}
	}
	sort.Ints(c.TLDR)

	type kq struct {
		idx  int
		rank float64
	}
	var ks []kq
	for qi, qt := range a.Quotations {
		if qt.Sentence >= n {
			continue // past the sentences ranked
		}
		w := extract.WordCount(a.Text[qt.Start:qt.End])
		if qt.Indirect || w < minQuoteWords || w > maxQuoteWords {
			continue
		}
		r := quoteRank[qt.Sentence]
		if qt.Speaker != "" {
			r *= 2
		}
		ks = append(ks, kq{qi, r})
	}
	sort.SliceStable(ks, func(i, j int) bool { return ks[i].rank > ks[j].rank })
	chosen, picked := withoutEchoes(len(ks), maxKeyQuotes, func(i int) string {
		qt := a.Quotations[ks[i].idx]
		return extract.WordsKey(a.Text[qt.Start:qt.End])
	})
	for _, i := range picked {
		c.KeyQuotes = append(c.KeyQuotes, ks[i].idx)
	}
	// Few quotations: fill with the best sentences not already in the TL;DR.
	var fillIns []int
	if len(c.KeyQuotes) < minKeyQuotes {
		fillIns = byRank(quoteRank)
	}
	for _, i := range fillIns {
		if len(c.KeyQuotes) >= minKeyQuotes {
			break
		}
		// Prose only: a dateline or a headline ranks high for sharing
		// the article's words and says nothing.
		if slices.Contains(c.TLDR, i) || inQuote[i] || len(terms[i]) == 0 || !endsProse(sentenceText(a, i)) {
			continue
		}
		// Nor a sentence around a key quote, or inside one.
		key := extract.WordsKey(sentenceText(a, i))
		if echoed(chosen, key) >= 0 {
			continue
		}
		chosen = append(chosen, key)
		c.KeyQuotes = append(c.KeyQuotes, -1-i)
	}
	return c
}

// maxRetold is the share of a sentence's terms that a TL;DR sentence
// may have in common with another it already holds (of the shorter's
// terms): more, and the second tells the first again. A dek and the lede
// under it often do ("Shortly before delaying its four-day
// return-to-office due to lack of space, IRCC had to give up 12 floors
// …" and "A few months before delaying its four-day return-to-office due
// to lack of space, the federal immigration department gave up 12 floors
// …"), and a TL;DR has room for three sentences only.
const maxRetold = 0.6

// minRetoldTerms: a short sentence shares most of its few terms by chance
// ("This will be available to premium subscribers only" beside a lede on
// free and premium subscribers).
const minRetoldTerms = 4

// retells reports whether sentence i's terms (terms[i], without repeats)
// are mostly those of one of the chosen sentences.
func retells(terms [][]string, chosen []int, i int) bool {
	for _, j := range chosen {
		a, b := terms[i], terms[j]
		if len(a) > len(b) {
			a, b = b, a
		}
		if len(a) == 0 {
			continue
		}
		n := 0
		for _, t := range a {
			if slices.Contains(b, t) {
				n++
			}
		}
		if n >= minRetoldTerms && float64(n) > maxRetold*float64(len(a)) {
			return true
		}
	}
	return false
}

// withoutEchoes picks up to max of n candidates, best first, whose words
// (key, an extract.WordsKey) are not inside another's: a lede quotes a
// phrase of what a later paragraph quotes whole, a pull quote repeats a
// paragraph. The fuller one takes the place of the echoes it holds. It
// returns the keys and the candidates picked, in the order shown.
func withoutEchoes(n, max int, key func(int) string) (keys []string, picked []int) {
	for i := 0; i < n && len(picked) < max; i++ {
		k := key(i)
		if slices.ContainsFunc(keys, func(ch string) bool { return strings.Contains(ch, k) }) {
			continue
		}
		held := slices.IndexFunc(keys, func(ch string) bool { return strings.Contains(k, ch) })
		if held < 0 {
			keys, picked = append(keys, k), append(picked, i)
			continue
		}
		keys[held], picked[held] = k, i
		for j := len(keys) - 1; j > held; j-- {
			if strings.Contains(k, keys[j]) {
				keys, picked = slices.Delete(keys, j, j+1), slices.Delete(picked, j, j+1)
			}
		}
	}
	return keys, picked
}

// echoed is the index of the key in chosen (extract.WordsKey) that holds
// key or that key holds, -1 if none.
func echoed(chosen []string, key string) int {
	return slices.IndexFunc(chosen, func(ch string) bool { return strings.Contains(ch, key) || strings.Contains(key, ch) })
}

// byRank is the sentences' indexes, best-ranked first, ties in article
// order.
func byRank(rank []float64) []int {
	order := make([]int, len(rank))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return rank[order[i]] > rank[order[j]] })
	return order
}

// quotedSentences are the sentences that are someone's words: those that
// open inside a direct quotation, as every sentence of one that runs over
// several does ("We know how to look," she said.), and those at least half
// inside quotations. A lead that quotes a phrase ("Star Trek"-type) stays
// narration.
func quotedSentences(a *store.Article) map[int]bool {
	m := map[int]bool{}
	covered := map[int]int{}
	for _, q := range a.Quotations {
		if q.Indirect {
			continue
		}
		from, to := sentencesOver(a, q.Start, q.End)
		for i := from; i < to; i++ {
			s := a.Sentences[i]
			if before := a.Text[s.Start:max(s.Start, q.Start)]; !strings.ContainsFunc(before, isLetterOrDigit) {
				m[i] = true
			}
			covered[i] += min(s.End, q.End) - max(s.Start, q.Start)
		}
	}
	for i, n := range covered {
		if s := a.Sentences[i]; 2*n >= s.End-s.Start {
			m[i] = true
		}
	}
	return m
}

// textRank runs weighted PageRank on the sentence similarity graph twice:
// with the TL;DR's damping and with the key quotes'.
func textRank(terms [][]string) (tldr, quote []float64) {
	n := len(terms)
	// Terms become small integers, each sentence's set a mark in one
	// array, and idf a table: the pairs below are the summary's inner
	// loop, and map lookups and logarithms per shared term were most of
	// its cost. Every sum is taken in the order it always was.
	ids := map[string]int32{}
	seqs := make([][]int32, n)
	var df []int
	for i, ts := range terms {
		seqs[i] = make([]int32, len(ts))
		for k, t := range ts {
			id, ok := ids[t]
			if !ok {
				id = int32(len(df))
				ids[t] = id
				df = append(df, 0)
			}
			seqs[i][k] = id
			df[id]++
		}
	}
	idf := make([]float64, len(df))
	for id, d := range df {
		idf[id] = math.Log(1 + float64(n)/float64(d))
	}
	w := make([][]float64, n)
	out := make([]float64, n)
	for i := range w {
		w[i] = make([]float64, n)
	}
	// in[id] == j+1 when sentence j holds the term.
	in := make([]int, len(df))
	for j := 1; j < n; j++ {
		if len(seqs[j]) == 0 {
			continue
		}
		for _, id := range seqs[j] {
			in[id] = j + 1
		}
		for i := 0; i < j; i++ {
			if len(seqs[i]) == 0 {
				continue
			}
			var shared float64
			for _, id := range seqs[i] {
				if in[id] == j+1 {
					shared += idf[id]
				}
			}
			if shared == 0 {
				continue
			}
			// TextRank's length normalization keeps long sentences from
			// winning by size alone.
			sim := shared / (math.Log(float64(len(seqs[i])+1)) + math.Log(float64(len(seqs[j])+1)))
			w[i][j], w[j][i] = sim, sim
		}
	}
	// Each sentence's out-weight sums its partners in order, as the
	// pairs were once visited.
	for i := range w {
		for _, x := range w[i] {
			out[i] += x
		}
	}
	lead := make([]float64, n)
	var leadSum float64
	for i := range lead {
		lead[i] = 1 / math.Pow(float64(i+1), leadWeight/2)
		leadSum += lead[i]
	}
	for i := range lead {
		lead[i] /= leadSum
	}
	// The two walks run side by side, so that each pass reads the graph
	// once: reading it is their cost. w is symmetric, so w[j][i], read
	// along its row, is w[i][j].
	tldr, quote = make([]float64, n), make([]float64, n)
	for i := range n {
		tldr[i], quote[i] = 1/float64(n), 1/float64(n)
	}
	nextTLDR, nextQuote := make([]float64, n), make([]float64, n)
	for it := 0; it < rankIterations; it++ {
		for j, row := range w {
			var st, sq float64
			for i, wji := range row {
				if wji > 0 && out[i] > 0 {
					st += tldr[i] * wji / out[i]
					sq += quote[i] * wji / out[i]
				}
			}
			nextTLDR[j] = (1-tldrDamping)*lead[j] + tldrDamping*st
			nextQuote[j] = (1-quoteDamping)*lead[j] + quoteDamping*sq
		}
		tldr, nextTLDR = nextTLDR, tldr
		quote, nextQuote = nextQuote, quote
	}
	// Scale by the lead prior once more: ties between equally central
	// sentences go to the earlier one.
	for i := range n {
		tldr[i] *= 1 + lead[i]
		quote[i] *= 1 + lead[i]
	}
	return tldr, quote
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
