package rag

import (
	"context"
	"fmt"
	"regexp"
	"strings"
)

// Questions about an article itself rather than about what it says: in an
// article's thread readers ask "tl;dr?", "who wrote this?" or "when was
// this published?". The article's sentences hold none of those words, so
// ranking them answers with noise; these are answered from the article's
// summary and the page's metadata instead. Only about one article: across
// a library, "this" names none.

// AboutKind is what a question asks about its article itself.
type AboutKind int

// What a question can ask about its article itself.
const (
	AboutNothing   AboutKind = iota // a question about what the article says
	AboutSummary                    // "tl;dr?", "what is this about?"
	AboutPublished                  // "when was this published?"
	AboutAuthor                     // "who wrote this?"
	AboutSource                     // "what's the source?", "where is this from?"
)

// thisArticle is how a question names the article in focus. Not "it" or
// "that": in a conversation they name what was just talked about ("When
// was it released?" of an album), and so does a past tense ("What was the
// story about?" of a film).
const thisArticle = `(?:(?:this|the)\s+(?:article|story|piece|post|link|report|page|news\s+story|news)|this)`

// aboutPatterns match a whole question, lower-cased, without its end
// punctuation and politeness: "the article" must be what it asks about,
// so "When was the treaty published?" is a question about the treaty.
var aboutPatterns = []struct {
	kind AboutKind
	re   *regexp.Regexp
}{
	{AboutSummary, regexp.MustCompile(`^(?:an?\s+|the\s+)?(?:tl\s*;?\s*dr|summary|summari[sz]e|sum\s+(?:it|this|that)\s+up|gist|rundown|recap|short\s+version|main\s+points|key\s+points|(?:key\s+)?takeaways)(?:\s+(?:of|for)\s+(?:` + thisArticle + `|it)|\s+(?:` + thisArticle + `|it))?$`)},
	{AboutSummary, regexp.MustCompile(`^(?:what|who)\s*(?:'s|’s|\s+is)\s+` + thisArticle + `\s+(?:all\s+|even\s+|really\s+)?about$`)},
	{AboutSummary, regexp.MustCompile(`^what\s*(?:'s|’s|\s+is|\s+are)\s+the\s+(?:gist|main\s+points?|key\s+points?|(?:key\s+)?takeaways?|bottom\s+line)(?:\s+(?:of|in)\s+` + thisArticle + `)?$`)},
	{AboutPublished, regexp.MustCompile(`^(?:when|what\s+(?:day|date|year))\s+(?:was|is|did)\s+` + thisArticle + `\s+(?:published|written|posted|dated|from)$`)},
	{AboutPublished, regexp.MustCompile(`^(?:when\s*(?:'s|’s|\s+is)\s+` + thisArticle + `\s+from|how\s+old\s+is\s+` + thisArticle + `|(?:what\s*(?:'s|’s|\s+is)\s+)?the\s+(?:(?:publication|publish)\s+date(?:\s+(?:of|on)\s+` + thisArticle + `)?|date\s+(?:of|on)\s+` + thisArticle + `))$`)},
	{AboutAuthor, regexp.MustCompile(`^(?:who\s+(?:wrote|authored|penned)\s+` + thisArticle + `|who\s+is\s+` + thisArticle + `\s+by|who\s*(?:'s|’s|\s+is|\s+was)\s+the\s+(?:author|writer|reporter|journalist)(?:\s+of\s+` + thisArticle + `)?|(?:what\s*(?:'s|’s|\s+is)\s+)?the\s+byline)$`)},
	{AboutSource, regexp.MustCompile(`^(?:what|which)\s*(?:'s|’s|\s+is)\s+the\s+(?:source|outlet|site|website|publication|publisher)(?:\s+(?:of|for)\s+` + thisArticle + `)?$`)},
	{AboutSource, regexp.MustCompile(`^(?:what|which)\s+(?:source|outlet|site|website|publication|publisher|newspaper|paper)\s+(?:(?:is|was)\s+` + thisArticle + `\s+from|(?:published|posted|ran)\s+` + thisArticle + `)$`)},
	{AboutSource, regexp.MustCompile(`^(?:where\s+(?:is|was|did)\s+` + thisArticle + `\s+(?:from|published|posted|come\s+from)|who\s+(?:published|posted|ran)\s+` + thisArticle + `)$`)},
}

// politeness is stripped before matching: "can you summarize this please?".
var politeness = regexp.MustCompile(`^(?:(?:hey|ok|okay|so|pls|please|can\s+you|could\s+you|would\s+you|can\s+i\s+get|could\s+i\s+get|give\s+me|i\s+want|i'd\s+like|just)\s+)+|\s+(?:please|pls|thanks|thank\s+you)$`)

// AskedAbout reports what a question asks about its article itself, or
// AboutNothing for a question about what an article says.
func AskedAbout(question string) AboutKind {
	s := strings.ToLower(strings.Join(strings.Fields(question), " "))
	s = strings.TrimRight(s, "?!. ")
	for {
		t := politeness.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = strings.TrimRight(t, "?!., ")
	}
	for _, p := range aboutPatterns {
		if p.re.MatchString(s) {
			return p.kind
		}
	}
	return AboutNothing
}

// QuestionAbout returns what q asks about its article itself and that
// article's ID: the one article in focus (a thread's, --article's, or a
// library's only one). A question about "this" article where several are
// shared and none is in focus is ErrWhichArticle: ranked like any other,
// its words ("wrote", "published") would only find noise.
func (e *Engine) QuestionAbout(ctx context.Context, q Question) (AboutKind, string, error) {
	kind := AskedAbout(q.Text)
	if kind == AboutNothing {
		return AboutNothing, "", nil
	}
	ids, one := e.focusOf(ctx, q)
	if !one {
		if _, total, err := e.opts.Store.List(ctx, q.Scope, 0, 1); err == nil && total == 0 {
			return AboutNothing, "", nil // answered as "nothing shared yet"
		}
		return kind, "", ErrWhichArticle
	}
	return kind, ids[0], nil
}

// AnswerAbout answers a question about an article itself (see
// QuestionAbout): with the TL;DR's verbatim sentences, or with what the
// page says of its date, author and publisher.
func (e *Engine) AnswerAbout(ctx context.Context, q Question, kind AboutKind, articleID string) (*Answer, error) {
	if kind == AboutSummary {
		s, err := e.Summarize(ctx, q.Scope, articleID)
		if err != nil {
			return nil, err
		}
		ans := SummaryAnswer(s)
		ans.Engine = EngineExtractive
		return ans, nil
	}
	a, err := e.opts.Store.Article(ctx, q.Scope, articleID)
	if err != nil {
		return nil, err
	}
	title := "“" + a.Title + "”"
	ans := &Answer{Found: true, ArticleIDs: []string{a.ID}, Engine: EngineExtractive}
	switch kind {
	case AboutPublished:
		if a.Published.IsZero() {
			ans.Found = false
			ans.Text = title + " doesn't say when it was published."
			break
		}
		ans.Text = fmt.Sprintf("%s was published%s on %s.", title, bySite(a.Site), a.Published.Format("Monday, 2 January 2006"))
	case AboutAuthor:
		if a.Byline == "" {
			ans.Found = false
			ans.Text = title + " doesn't name its author."
			if a.Site != "" {
				ans.Text = title + " doesn't name its author; it was published" + bySite(a.Site) + "."
			}
			break
		}
		by := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(a.Byline, "By "), "by "))
		if strings.EqualFold(by, a.Site) {
			// Many outlets credit a wire story to themselves.
			ans.Text = fmt.Sprintf("%s is credited to %s; it names no writer.", title, by)
			break
		}
		ans.Text = fmt.Sprintf("%s is by %s%s.", title, by, forSite(a.Site))
	case AboutSource:
		if a.Site == "" {
			ans.Text = fmt.Sprintf("%s comes from %s.", title, a.URL)
			break
		}
		ans.Text = fmt.Sprintf("%s was published by %s: %s", title, a.Site, a.URL)
	}
	return ans, nil
}

func bySite(site string) string {
	if site == "" {
		return ""
	}
	return " by " + site
}

func forSite(site string) string {
	if site == "" {
		return ""
	}
	return " for " + site
}

// SummaryAnswer answers "tl;dr?" with a summary: the TL;DR's own
// sentences as quotes when it is extractive, else the engine's TL;DR with
// the key quotes that back it.
func SummaryAnswer(s *Summary) *Answer {
	ans := &Answer{Found: true, Engine: s.Engine, Notes: s.Notes}
	if len(s.TLDRQuotes) > 0 {
		ans.Text = "In short, from “" + s.Title + "”:"
		ans.Quotes = s.TLDRQuotes
	} else {
		ans.Text = s.TLDR
		ans.Quotes = s.KeyQuotes
	}
	ans.ArticleIDs = []string{s.ArticleID}
	return ans
}
