package rag

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/articlebot/articlebot/internal/lexical"
	"github.com/articlebot/articlebot/rag/cite"
	"github.com/articlebot/articlebot/rag/quotes"
	"github.com/articlebot/articlebot/store"
)

// Citation is another article's copy of a quote's words: the same words,
// cited and deep-linked in that article (see [Quote.Also]).
type Citation struct {
	ArticleID string
	Title     string
	Site      string
	URL       string
	Link      string // URL with a text fragment (or #page=N) at the words
	Start     int    // byte offsets of the words in that article's text
	End       int
	Paragraph int // 1-based
	Page      int // PDFs only
}

// citationOf cites a verified quote as a copy.
func citationOf(q Quote) Citation {
	return Citation{ArticleID: q.ArticleID, Title: q.Title, Site: q.Site, URL: q.URL, Link: q.Link,
		Start: q.Start, End: q.End, Paragraph: q.Paragraph, Page: q.Page}
}

// Outlet names where a quote or citation comes from: its site, else its
// title.
func (c Citation) Outlet() string { return cmp.Or(c.Site, c.Title) }

// Outlet names where a quote comes from: its site, else its title.
func (q Quote) Outlet() string { return cmp.Or(q.Site, q.Title) }

// Comparing quotations across outlets.
const (
	// versionShare: another outlet's quotation of the same speaker is a
	// version of a quote when it shares at least this share of the shorter
	// one's content words (a truncation shares all of them, a paraphrase
	// or a reworded quote most).
	versionShare = 0.5
	// minVersionTerms: two quotations sharing fewer content words may be
	// about different things even when both are short.
	minVersionTerms = 3
	// groupSlack: answers gather this many times MaxQuotes before grouping,
	// so copies merged away leave room for other quotes.
	groupSlack = 3
)

// GroupQuotes groups an answer's quotes across the articles of a story,
// among arts (the articles the answer drew on), and notes where outlets
// differ:
//   - a quote whose words (modulo whitespace and typographic marks) other
//     articles of its story also carry becomes one quote, those articles'
//     copies in Also, each verified against its own article's text;
//   - another article's quotation of the same speaker sharing most of the
//     quote's words but not all (shortened, reworded, paraphrased) is
//     shown with it in Versions, verified the same way, and a note says
//     that outlets quote the speaker differently.
//
// Any engine's answer may go through it; quotes it cannot verify it drops.
func (e *Engine) GroupQuotes(ctx context.Context, ans *Answer, arts []*store.Article) {
	groupAnswer(ans, e.storyView(ctx, arts))
}

// storyView is the articles an answer drew on, by ID, with the story
// each belongs to among them.
type storyView struct {
	arts  map[string]*store.Article
	story map[string]string // article ID → its story's first article
}

// storyView groups the given articles into stories by the same rules as
// [Engine.Stories], looking at these articles only.
func (e *Engine) storyView(ctx context.Context, arts []*store.Article) storyView {
	sv := storyView{arts: make(map[string]*store.Article, len(arts)), story: make(map[string]string, len(arts))}
	for _, a := range arts {
		sv.arts[a.ID] = a
		sv.story[a.ID] = a.ID
	}
	if len(sv.arts) < 2 {
		return sv
	}
	infos := make([]store.ArticleInfo, 0, len(sv.arts))
	sigs := make(map[string]*signature, len(sv.arts))
	for id, a := range sv.arts {
		infos = append(infos, store.ArticleInfo{ID: id, Published: a.Published, AddedAt: a.AddedAt})
		sigs[id] = e.loadedSignature(ctx, a)
	}
	for _, g := range groupArticles(infos, sigs) {
		for _, a := range g {
			sv.story[a.ID] = g[0].ID
		}
	}
	return sv
}

// groupAnswer groups an answer's quotes (see GroupQuotes), notes how
// outlets differ, and adds the outlets' articles to its focus.
func groupAnswer(ans *Answer, sv storyView) {
	ans.Quotes = groupQuotes(ans.Quotes, sv)
	ans.Notes = append(ans.Notes, versionNotes(ans.Quotes)...)
	for _, q := range ans.Quotes {
		for _, id := range append(alsoIDs(q), versionIDs(q)...) {
			if !slices.Contains(ans.ArticleIDs, id) {
				ans.ArticleIDs = append(ans.ArticleIDs, id)
			}
		}
	}
}

// groupQuotes merges copies and gathers versions (see GroupQuotes); it
// may be run again on its result without changing it.
func groupQuotes(qs []Quote, sv storyView) []Quote {
	arts, story := sv.arts, sv.story
	if len(qs) == 0 || len(arts) < 2 {
		return qs
	}
	var out []Quote
	for _, q := range qs {
		if a := arts[q.ArticleID]; a == nil || !quoteHolds(a, q) {
			continue
		}
		if slices.ContainsFunc(out, func(k Quote) bool { return cites(k, q) }) {
			continue // already shown, as a copy or a version
		}
		if k := slices.IndexFunc(out, func(k Quote) bool { return story[k.ArticleID] == story[q.ArticleID] && sameWords(k.Text, q.Text) }); k >= 0 {
			out[k].Also = append(out[k].Also, citationOf(q))
			continue
		}
		if k := slices.IndexFunc(out, func(k Quote) bool { return story[k.ArticleID] == story[q.ArticleID] && isVersion(k, q) }); k >= 0 {
			q.Also, q.Versions = nil, nil
			out[k].Versions = append(out[k].Versions, q)
			continue
		}
		out = append(out, q)
	}
	// The story's other articles: copies of each quote's words, then
	// versions of it, in a fixed article order.
	ids := make([]string, 0, len(arts))
	for id := range arts {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(x, y string) int {
		if c := arts[x].AddedAt.Compare(arts[y].AddedAt); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	for i := range out {
		q := &out[i]
		for _, id := range ids {
			if id == q.ArticleID || story[id] != story[q.ArticleID] || covers(*q, id) {
				continue
			}
			if c, ok := copyIn(arts[id], q.Text); ok {
				q.Also = append(q.Also, c)
			} else if v, ok := versionIn(arts[id], *q); ok && !slices.ContainsFunc(out, func(k Quote) bool { return cites(k, v) }) {
				q.Versions = append(q.Versions, v) // unless the answer shows those words already
			}
		}
		// Outlets in the order they were shared, whatever order the
		// answer found them in.
		rank := func(id string) int { return slices.Index(ids, id) }
		slices.SortStableFunc(q.Also, func(x, y Citation) int { return cmp.Compare(rank(x.ArticleID), rank(y.ArticleID)) })
		slices.SortStableFunc(q.Versions, func(x, y Quote) int { return cmp.Compare(rank(x.ArticleID), rank(y.ArticleID)) })
	}
	return out
}

// covers reports whether q already cites article id: as its own, a copy
// or a version.
func covers(q Quote, id string) bool {
	return q.ArticleID == id || slices.Contains(alsoIDs(q), id) || slices.Contains(versionIDs(q), id)
}

// cites reports whether k already shows the words of q: itself, a copy
// or a version overlapping them in q's article.
func cites(k, q Quote) bool {
	overlaps := func(id string, start, end int) bool { return id == q.ArticleID && start < q.End && q.Start < end }
	if overlaps(k.ArticleID, k.Start, k.End) {
		return true
	}
	for _, c := range k.Also {
		if overlaps(c.ArticleID, c.Start, c.End) {
			return true
		}
	}
	for _, v := range k.Versions {
		if overlaps(v.ArticleID, v.Start, v.End) {
			return true
		}
	}
	return false
}

func alsoIDs(q Quote) []string {
	var ids []string
	for _, c := range q.Also {
		ids = append(ids, c.ArticleID)
	}
	return ids
}

func versionIDs(q Quote) []string {
	var ids []string
	for _, v := range q.Versions {
		ids = append(ids, v.ArticleID)
	}
	return ids
}

// quoteHolds checks a quote against its article, the sacred rule.
func quoteHolds(a *store.Article, q Quote) bool {
	if q.Start < 0 || q.End > len(a.Text) || q.Start >= q.End || a.Text[q.Start:q.End] != q.Text {
		return false
	}
	_, _, err := cite.Verify(a.Text, q.Text)
	return err == nil
}

// copyHolds checks a copy against its article: the quote is verbatim
// (modulo whitespace and typographic marks) inside the cited span, and
// the span has the quote's words, no more.
func copyHolds(a *store.Article, c Citation, text string) bool {
	if a == nil || c.Start < 0 || c.End > len(a.Text) || c.Start >= c.End || !sameWords(a.Text[c.Start:c.End], text) {
		return false
	}
	_, _, err := cite.VerifyIn(a.Text, text, c.Start, c.End)
	return err == nil
}

// copyIn finds a quote's words in another article: verbatim (modulo
// whitespace and typographic marks), and there too a whole quotation or
// sentence, so the copy says no more and no less.
func copyIn(a *store.Article, text string) (Citation, bool) {
	start, end, err := cite.Verify(a.Text, text)
	if err != nil {
		return Citation{}, false
	}
	q := NewQuote(a, start, end)
	if !sameWords(q.Text, text) || !quoteHolds(a, q) {
		return Citation{}, false
	}
	return citationOf(q), true
}

// versionIn finds how another article quotes the speaker of q
// differently: its quotation of the same speaker (direct first, then
// reported speech) sharing the most of q's content words, if it is a
// version (see isVersion).
func versionIn(a *store.Article, q Quote) (Quote, bool) {
	if q.Speaker == "" {
		return Quote{}, false
	}
	var best Quote
	bestShare := 0.0
	for _, indirect := range []bool{false, true} {
		for _, qt := range a.Quotations {
			if qt.Indirect != indirect || qt.Speaker == "" || !sameSpeaker(q.Speaker, qt.Speaker) {
				continue
			}
			v := NewQuote(a, qt.Start, qt.End)
			v.Speaker, v.indirect = qt.Speaker, qt.Indirect
			if share, ok := versionShareOf(q, v); ok && share > bestShare && quoteHolds(a, v) {
				best, bestShare = v, share
			}
		}
		if bestShare > 0 {
			return best, true // a direct quotation beats reported speech
		}
	}
	return Quote{}, false
}

// isVersion reports whether v is another outlet's differing version of q:
// the same speaker, most content words shared, not the same words.
func isVersion(q, v Quote) bool {
	if q.Speaker == "" || v.Speaker == "" || q.ArticleID == v.ArticleID || !sameSpeaker(q.Speaker, v.Speaker) {
		return false
	}
	_, ok := versionShareOf(q, v)
	return ok
}

// versionShareOf is the share of the shorter quote's content words the
// other holds, and whether that makes them versions of one quote.
func versionShareOf(q, v Quote) (float64, bool) {
	if sameWords(q.Text, v.Text) {
		return 0, false
	}
	qt, vt := versionTerms(q.Text), versionTerms(v.Text)
	shared := 0
	for _, t := range qt {
		if slices.Contains(vt, t) {
			shared++
		}
	}
	share := float64(shared) / float64(max(1, min(len(qt), len(vt))))
	return share, shared >= minVersionTerms && share >= versionShare
}

// versionTerms are a quote's distinct content words, hyphens dropped
// inside words: outlets' house styles differ on "co-operate".
func versionTerms(s string) []string {
	return uniq(lexical.Terms(strings.ReplaceAll(s, "-", "")))
}

// sameSpeaker reports whether two resolved speaker names name one person:
// one's words are all the other's ("Claudia Sheinbaum", "Sheinbaum").
func sameSpeaker(a, b string) bool {
	return quotes.SameSpeaker(a, b) || quotes.SameSpeaker(b, a)
}

// words splits a quote into its words, case kept, typographic
// apostrophes and dashes folded: two quotes with the same words say the
// same thing, whatever their spacing, quote marks and punctuation.
func words(s string) []string {
	return strings.FieldsFunc(strings.NewReplacer("’", "'", "‘", "'", "‐", "-", "‑", "-").Replace(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-'
	})
}

func sameWords(a, b string) bool { return slices.Equal(words(a), words(b)) }

// versionNotes says, for each quote shown with other outlets' versions,
// how they differ from it.
func versionNotes(qs []Quote) []string {
	var notes []string
	for _, q := range qs {
		if len(q.Versions) == 0 {
			continue
		}
		var how []string
		for _, v := range q.Versions {
			how = append(how, v.Outlet()+" "+difference(q, v))
		}
		notes = append(notes, fmt.Sprintf("Outlets quote %s differently: %s; each version is shown as that outlet printed it.", q.Speaker, strings.Join(how, "; ")))
	}
	return notes
}

// difference says how version v differs from quote q, naming the
// outlets that report q.
func difference(q, v Quote) string {
	qw, vw := words(q.Text), words(v.Text)
	switch {
	case isIndirect(v):
		return "paraphrases it"
	case contains(qw, vw):
		return "quotes less of it than " + reporters(q)
	case contains(vw, qw):
		return "quotes more of it than " + reporters(q)
	}
	return "quotes different words than " + reporters(q)
}

// reporters names the outlets reporting a quote: its own and its copies'.
func reporters(q Quote) string {
	names := []string{q.Outlet()}
	for _, c := range q.Also {
		if !slices.Contains(names, c.Outlet()) {
			names = append(names, c.Outlet())
		}
	}
	return joinAnd(names)
}

// joinAnd joins names as English lists them: "A", "A and B", "A, B and C".
func joinAnd(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// isIndirect reports whether a version is reported speech.
func isIndirect(v Quote) bool { return v.indirect }

// contains reports whether words sub occur in ws in a row.
func contains(ws, sub []string) bool {
	if len(sub) == 0 || len(sub) > len(ws) {
		return false
	}
	for i := 0; i+len(sub) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}
