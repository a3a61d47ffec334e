package rag

import (
	"fmt"
	"sort"
	"strings"

	"github.com/articlebot/articlebot/rag/cite"
	"github.com/articlebot/articlebot/store"
)

// CiteQuote verifies that text appears in the article (tolerating only
// whitespace and typographic quote, apostrophe and dash variants; the match
// nearest byte offset hint wins) and returns it as a cited Quote whose Text
// is the article's own wording. It wraps cite.ErrQuoteNotFound otherwise.
// Every engine shows quotes only through CiteQuote or NewQuote.
func CiteQuote(a *store.Article, text string, hint int) (Quote, error) {
	start, end, err := cite.VerifyNear(a.Text, text, hint)
	if err != nil {
		return Quote{}, fmt.Errorf("quote %.40q in %s: %w", text, a.ID, err)
	}
	return NewQuote(a, start, end), nil
}

// NewQuote cites a.Text[start:end], trimmed of spaces and of the trailing
// comma or colon a quotation carries before its attribution.
func NewQuote(a *store.Article, start, end int) Quote {
	start, end = trimSpan(a.Text, start, end)
	q := Quote{
		Text:      a.Text[start:end],
		ArticleID: a.ID,
		Title:     a.Title,
		Site:      a.Site,
		URL:       a.URL,
		Link:      cite.Link(a.URL, a.Text, start, end),
		Start:     start,
		End:       end,
	}
	if si := sentenceAt(a, start); si >= 0 {
		q.Paragraph = a.Sentences[si].Paragraph + 1
	}
	q.Speaker = speakerAt(a, start, end)
	return q
}

// trimSpan drops surrounding spaces and a dangling ",", ";" or ":" left
// where a quotation meets its attribution ("…military," she said).
func trimSpan(text string, start, end int) (int, int) {
	for start < end && strings.ContainsRune(" \t\n", rune(text[start])) {
		start++
	}
	for end > start && strings.ContainsRune(" \t\n,;:", rune(text[end-1])) {
		end--
	}
	return start, end
}

// sentenceAt returns the index of the sentence holding byte offset off, or -1.
func sentenceAt(a *store.Article, off int) int {
	i := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > off })
	if i == len(a.Sentences) {
		return len(a.Sentences) - 1 // -1 when there are none
	}
	return i
}

// speakerAt names who said the text at [start,end): the speaker of a direct
// quotation that covers it.
func speakerAt(a *store.Article, start, end int) string {
	for _, q := range a.Quotations {
		if !q.Indirect && q.Speaker != "" && q.Start <= start && end <= q.End+1 {
			return q.Speaker
		}
	}
	return ""
}
