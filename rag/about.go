package rag

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/articlebot/articlebot/rag/quotes"
	"github.com/articlebot/articlebot/store"
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
	AboutQuoted                     // "who is quoted?", "what are the sources?"
	AboutTrust                      // "is this true?", "can I trust this?"
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
	// "What happened?" names nothing that happened: the story is the answer.
	// "What happened next?" or "… in 1983?" names something and is ranked.
	{AboutSummary, regexp.MustCompile(`^what(?:\s+happened|(?:\s+is|'s|’s)?\s+(?:happening|going\s+on))(?:\s+(?:here|in\s+` + thisArticle + `))?$`)},
	{AboutSummary, regexp.MustCompile(`^what\s*(?:'s|’s|\s+is|\s+are)\s+(?:the|(?:this|the)\s+(?:article|story|piece|post|report)(?:'s|’s))\s+(?:gist|main\s+points?|key\s+points?|(?:key\s+)?takeaways?|bottom\s+line)(?:\s+(?:of|in)\s+` + thisArticle + `)?$`)},
	// The same request in Japanese, Chinese and Korean ("要約して", "总结一下").
	{AboutSummary, regexp.MustCompile(`^(?:この記事(?:を|の)?)?(?:要約|まとめ|要点|概要|总结|總結|摘要|概括|요약)(?:して(?:ください)?|を教えて(?:ください)?|一下|해\s*(?:줘|주세요)?)?[。？]*$`)},
	{AboutPublished, regexp.MustCompile(`^(?:when|what\s+(?:day|date|year))\s+(?:was|is|did)\s+` + thisArticle + `\s+(?:published|written|posted|dated|from)$`)},
	{AboutPublished, regexp.MustCompile(`^(?:when\s*(?:'s|’s|\s+is)\s+` + thisArticle + `\s+from|how\s+old\s+is\s+` + thisArticle + `|(?:what\s*(?:'s|’s|\s+is)\s+)?the\s+(?:(?:publication|publish)\s+date(?:\s+(?:of|on)\s+` + thisArticle + `)?|date\s+(?:of|on)\s+` + thisArticle + `))$`)},
	{AboutAuthor, regexp.MustCompile(`^(?:who\s+(?:wrote|authored|penned)\s+` + thisArticle + `|who\s+is\s+` + thisArticle + `\s+by|who\s*(?:'s|’s|\s+is|\s+was)\s+the\s+(?:author|writer|reporter|journalist)(?:\s+of\s+` + thisArticle + `)?|(?:what\s*(?:'s|’s|\s+is)\s+)?the\s+byline)$`)},
	{AboutSource, regexp.MustCompile(`^(?:what|which)\s*(?:'s|’s|\s+is)\s+the\s+(?:source|outlet|site|website|publication|publisher)(?:\s+(?:of|for)\s+` + thisArticle + `)?$`)},
	{AboutSource, regexp.MustCompile(`^(?:what|which)\s+(?:source|outlet|site|website|publication|publisher|newspaper|paper)\s+(?:(?:is|was)\s+` + thisArticle + `\s+from|(?:published|posted|ran)\s+` + thisArticle + `)$`)},
	{AboutSource, regexp.MustCompile(`^(?:where\s+(?:is|was|did)\s+` + thisArticle + `\s+(?:from|published|posted|come\s+from)|who\s+(?:published|posted|ran)\s+` + thisArticle + `)$`)},
	// A news story's sources are the people it quotes; its source, singular,
	// is who published it (above).
	{AboutQuoted, regexp.MustCompile(`^(?:who\s+(?:is|was|gets|got|are|were)\s+quoted(?:\s+in\s+` + thisArticle + `)?|who\s+(?:does|did)\s+` + thisArticle + `\s+(?:quote|cite|interview|talk\s+to|speak\s+(?:to|with))|who\s+did\s+(?:they|the\s+(?:reporters?|author|writer|journalists?))\s+(?:quote|interview|talk\s+to|speak\s+(?:to|with)))$`)},
	{AboutQuoted, regexp.MustCompile(`^(?:(?:what|who)\s*(?:'s|’s|\s+is|\s+are)\s+(?:the|` + thisArticle + `(?:'s|’s))\s+sources(?:\s+(?:of|in|for)\s+` + thisArticle + `)?|(?:what|which)\s+sources\s+(?:does|did)\s+` + thisArticle + `\s+(?:cite|use|quote|have|name)|(?:any\s+)?quotes(?:\s+in\s+` + thisArticle + `)?)$`)},
	// Whether it is true is no question the article answers; "is it"
	// and "is that" are the article or what was just quoted from it ("was
	// it fake?" is about something the story tells of: a painting).
	{AboutTrust, regexp.MustCompile(`^(?:(?:is\s+(?:` + thisArticle + `|it|that)|was\s+` + thisArticle + `)\s+(?:really\s+)?(?:true|real|fake|legit|legitimate|accurate|reliable|trustworthy|biased|credible|correct|misinformation|disinformation|propaganda|satire|fake\s+news)|(?:can|should)\s+(?:i|we|you)\s+(?:trust|believe)\s+(?:` + thisArticle + `|it|that))$`)},
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
// QuestionAbout): with the TL;DR's verbatim sentences; with what the page
// says of its date, author and publisher; with who it quotes, in their
// words; or, asked whether it is true, with what it rests on. Every quote
// is checked against the stored text, as every answer's is.
func (e *Engine) AnswerAbout(ctx context.Context, q Question, kind AboutKind, articleID string) (*Answer, error) {
	a, err := e.opts.Store.Article(ctx, q.Scope, articleID)
	if err != nil {
		return nil, err
	}
	ans, err := e.answerAbout(ctx, a, kind)
	if err != nil {
		return nil, err
	}
	ans.Quotes = slices.DeleteFunc(ans.Quotes, func(qt Quote) bool { return !quoteHolds(a, qt) })
	return ans, nil
}

func (e *Engine) answerAbout(ctx context.Context, a *store.Article, kind AboutKind) (*Answer, error) {
	if kind == AboutSummary {
		s, err := e.Summarize(ctx, a.Scope, a.ID)
		if err != nil {
			return nil, err
		}
		ans := SummaryAnswer(s)
		ans.Engine = EngineExtractive
		return ans, nil
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
	case AboutQuoted:
		who := quotedSpeakers(a)
		if len(who) == 0 {
			ans.Found = false
			ans.Text = title + " quotes no one by name."
			break
		}
		ans.Text = title + " " + who.sentence() + " Their words:"
		ans.Quotes = who.quotes(a, e.opts.MaxQuotes)
	case AboutTrust:
		// Checking it would need other sources, and a model's opinion
		// is not one: say what the article rests on instead.
		ans.Text = "I can't tell whether " + title + " is true or fair: I only read what it says and show its own words."
		if a.Site != "" {
			ans.Text += " It was published by " + a.Site + "."
		}
		if who := quotedSpeakers(a); len(who) > 0 {
			ans.Text += " It " + who.sentence() + " Their words:"
			ans.Quotes = who.quotes(a, e.opts.MaxQuotes)
		} else {
			ans.Text += " It quotes no one by name."
		}
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

// speakerQuotes is one speaker's quotations in an article.
type speakerQuotes struct {
	name             string
	direct, reported []store.Quotation
}

// speakers are an article's speakers, in the order it first cites them.
type speakers []*speakerQuotes

// quotedSpeakers gathers who an article quotes or reports the words of,
// one entry per person however the article names them ("Claudia
// Sheinbaum", "Sheinbaum").
func quotedSpeakers(a *store.Article) speakers {
	var out speakers
	for _, qt := range a.Quotations {
		if qt.Speaker == "" {
			continue
		}
		i := slices.IndexFunc(out, func(s *speakerQuotes) bool {
			return quotes.SameSpeaker(qt.Speaker, s.name) || quotes.SameSpeaker(s.name, qt.Speaker)
		})
		if i < 0 {
			out = append(out, &speakerQuotes{name: qt.Speaker})
			i = len(out) - 1
		}
		if len(qt.Speaker) > len(out[i].name) {
			out[i].name = qt.Speaker // the fullest form of the name
		}
		if qt.Indirect {
			out[i].reported = append(out[i].reported, qt)
		} else {
			out[i].direct = append(out[i].direct, qt)
		}
	}
	return out
}

// sentence says who the article quotes and whose words it reports:
// "quotes Claudia Sheinbaum (3 times) and Marco Rubio, and reports what
// The New York Times said."
func (ss speakers) sentence() string {
	var quoted, reported []string
	for _, s := range ss {
		switch {
		case len(s.direct) > 1:
			quoted = append(quoted, fmt.Sprintf("%s (%d times)", s.name, len(s.direct)))
		case len(s.direct) == 1:
			quoted = append(quoted, s.name)
		default:
			reported = append(reported, s.name)
		}
	}
	var b strings.Builder
	if len(quoted) > 0 {
		b.WriteString("quotes " + joinAnd(quoted))
	}
	if len(reported) > 0 {
		if b.Len() > 0 {
			b.WriteString(", and ")
		}
		b.WriteString("reports what " + joinAnd(reported) + " said")
	}
	return b.String() + "."
}

// quotes are each speaker's first words, direct ones first, at most n.
func (ss speakers) quotes(a *store.Article, n int) []Quote {
	var out []Quote
	for _, direct := range []bool{true, false} {
		for _, s := range ss {
			if len(out) == n {
				return out
			}
			qs := s.reported
			if direct {
				qs = s.direct
			}
			if len(qs) == 0 || !direct && len(s.direct) > 0 {
				continue
			}
			q := NewQuote(a, qs[0].Start, qs[0].End)
			q.Speaker = s.name
			out = append(out, q)
		}
	}
	return out
}
