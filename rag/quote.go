package rag

import (
	"fmt"
	"sort"

	"github.com/articlebot/articlebot/rag/cite"
	"github.com/articlebot/articlebot/store"
)

// CiteQuote verifies that text appears in the article (tolerating only
// whitespace and typographic quote, apostrophe and dash variants; the match
// nearest byte offset hint wins) and returns the faithful quote around it
// (see [NewQuote]). It wraps cite.ErrQuoteNotFound otherwise.
// Every engine shows quotes only through CiteQuote, CiteQuoteIn or NewQuote.
func CiteQuote(a *store.Article, text string, hint int) (Quote, error) {
	start, end, err := cite.VerifyNear(a.Text, text, hint)
	if err != nil {
		return Quote{}, fmt.Errorf("quote %.40q in %s: %w", text, a.ID, err)
	}
	return NewQuote(a, start, end), nil
}

// CiteQuoteIn is [CiteQuote] for a quote cited to a passage: only a match
// lying inside a.Text[from:to] counts, so a quote the article repeats is
// taken where the citation points.
func CiteQuoteIn(a *store.Article, text string, from, to int) (Quote, error) {
	start, end, err := cite.VerifyIn(a.Text, text, from, to)
	if err != nil {
		return Quote{}, fmt.Errorf("quote %.40q in %s[%d:%d]: %w", text, a.ID, from, to, err)
	}
	return NewQuote(a, start, end), nil
}

// NewQuote cites the faithful quote around a.Text[start:end]: the whole
// sentence(s) it lies in, or a speaker's whole quoted words when it lies
// inside a quotation, with the span itself as the emphasis when it is
// shorter (cite.Faithful). So no engine can show words cut so that they
// say something the article does not.
func NewQuote(a *store.Article, start, end int) Quote {
	qs, em := cite.Faithful(a.Text, units(a), cite.Span{Start: start, End: end})
	start, end = qs.Start, qs.End
	q := Quote{
		Text:          a.Text[start:end],
		ArticleID:     a.ID,
		Title:         a.Title,
		Site:          a.Site,
		URL:           a.URL,
		Link:          cite.Link(a.URL, a.Text, start, end),
		Start:         start,
		End:           end,
		EmphasisStart: em.Start,
		EmphasisEnd:   em.End,
	}
	if si := sentenceAt(a, start); si >= 0 {
		q.Paragraph = a.Sentences[si].Paragraph + 1
	}
	if q.Page = pageAt(a, start); q.Page > 0 {
		// PDF viewers know no text fragments; they open at a page.
		q.Link = cite.PageLink(a.URL, q.Page)
	}
	q.Speaker = speakerAt(a, start, end)
	return q
}

// units lists the article's sentences and direct quotations for
// cite.Faithful.
func units(a *store.Article) cite.Units {
	u := cite.Units{Sentences: make([]cite.Span, len(a.Sentences))}
	for i, s := range a.Sentences {
		u.Sentences[i] = cite.Span{Start: s.Start, End: s.End}
	}
	for _, q := range a.Quotations {
		if !q.Indirect {
			u.Quotations = append(u.Quotations, cite.Span{Start: q.Start, End: q.End})
		}
	}
	return u
}

// sentenceAt returns the index of the sentence holding byte offset off, or -1.
func sentenceAt(a *store.Article, off int) int {
	i := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > off })
	if i == len(a.Sentences) {
		return len(a.Sentences) - 1 // -1 when there are none
	}
	return i
}

// sentencesOver returns the range [from, to) of a's sentences that overlap
// the text at [start, end): those a quotation there covers.
func sentencesOver(a *store.Article, start, end int) (from, to int) {
	from = sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > start })
	to = from
	for to < len(a.Sentences) && a.Sentences[to].Start < end {
		to++
	}
	return from, to
}

// speakerAt names who said the text at [start,end): the speaker of a direct
// quotation that covers it, else of reported speech that does (a sentence
// saying what someone said), as the extractive engine attributes a
// speaker's paraphrased words, so quotes from every engine carry the same
// speaker.
func speakerAt(a *store.Article, start, end int) string {
	for _, indirect := range []bool{false, true} {
		for _, q := range a.Quotations {
			if q.Indirect == indirect && q.Speaker != "" && q.Start <= start && end <= q.End+1 {
				return q.Speaker
			}
		}
	}
	return ""
}
