package extract

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// MinWords is the shortest main text accepted as an article: even a news
// brief runs to 80 words or more, while login walls, cookie notices and
// script-app shells rarely reach 50.
const MinWords = 50

// partialWords is the length under which a page that shows paywall, login or
// script-shell signals is taken to show only part of its article; full news
// stories are longer, teasers shorter.
const partialWords = 400

// shortWords is the length under which any text is likely a teaser or an
// excerpt even without such signals: news articles under 150 words are
// rare, briefs and wire snippets aside.
const shortWords = 150

// Coverage warnings put in Document.Warnings. They are constants so that
// callers can recognize them.
const (
	// WarnPaywalled means the page marks the article as for subscribers and
	// only a teaser was found.
	WarnPaywalled = "looks paywalled"
	// WarnScripts means the page is an app shell filled in by scripts, so
	// most of the article is probably missing.
	WarnScripts = "page seems to be rendered by scripts"
	// WarnLogin means the page asks the reader to sign in and only part of
	// the article was found.
	WarnLogin = "page asks to sign in"
	// WarnTruncated means the text stops on an ellipsis or a "read more"
	// link, as excerpts do.
	WarnTruncated = "text may be truncated"
	// WarnShort means the text is shorter than news articles usually are
	// and no other warning explains why: the page may show only part of
	// its article.
	WarnShort = "text is short: the page may show only part of the article"
)

// ErrNoArticle means the page holds no article text worth keeping: it is
// empty, a login or script shell, or shorter than MinWords. Errors wrapping
// it may add the likely reason after a colon.
var ErrNoArticle = errors.New("no article found")

// Document is an extracted article.
type Document struct {
	Title, Byline, Site, Language string
	// Published is the publication time, zero if unknown.
	Published time.Time
	// CanonicalURL is the absolute canonical link the page declares (link
	// rel=canonical, else og:url), "" if none.
	CanonicalURL string
	// Text is the main text: paragraphs separated by exactly "\n\n", inside a
	// paragraph whitespace collapsed to single spaces, no leading or trailing
	// space, valid UTF-8, and otherwise exactly as on the page.
	Text string
	// Words is the length of Text as WordCount reckons it.
	Words int
	// Warnings say why the text may not be the whole article.
	Warnings []string
	// Pages, for paginated sources (PDF), says where each page begins in
	// Text; nil for web pages and plain text.
	Pages []PageStart `json:",omitempty"`
}

// HTML extracts the article from a UTF-8 HTML page. pageURL, which may be
// nil, resolves relative links. It returns an error wrapping ErrNoArticle
// when the page holds no article.
func HTML(body []byte, pageURL *url.URL) (*Document, error) {
	body = bytes.ToValidUTF8(body, []byte("\uFFFD"))
	root, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	if err := checkSize(root); err != nil {
		return nil, err
	}
	// Read our own signals before trafilatura runs: it works on a clone, but
	// nothing promises that.
	page := inspect(root, pageURL)
	parts := findBodyParts(root)

	witnessed := startWitnesses(root, pageURL)
	res, err := runTrafilatura(root, pageURL, nil)
	wit := witnessed()
	if err != nil {
		return nil, err
	}
	wit.captions = page.captions
	wit.bios = page.bios
	wit.stories = page.stories
	wit.hidden = page.hidden
	var own []string // trafilatura's paragraphs
	if res != nil {
		own = paragraphs(res.ContentNode)
	}
	unshown := newUnshownFilter(page.unshown, own)
	wit.dropUnshown(unshown)
	paras, ok := wit.choose(own)
	if !ok {
		// Fewer than three texts make no majority: trafilatura's own
		// choice between its text and its fallbacks' decides, as before.
		fres, err := runTrafilatura(root, pageURL, &wit)
		if err != nil {
			return nil, err
		}
		paras = nil
		if fres != nil {
			paras = wit.vote(paragraphs(fres.ContentNode))
			if res == nil {
				res = fres
			}
		}
	}
	paras = continueBody(paras, parts, wit.isCaption)
	paras = unshown.keep(paras)
	doc := &Document{CanonicalURL: page.canonical}
	if res != nil {
		md := res.Metadata
		doc.Title = collapseSpace(md.Title)
		doc.Byline = uniqueNames(collapseSpace(md.Author))
		doc.Site = siteLabel(collapseSpace(md.Sitename), md.URL)
		doc.Title = trimSiteName(doc.Title, doc.Site)
		doc.Published = pickPublished(md.Date, page.dates)
		doc.Language = page.language
		if doc.Language == "" {
			doc.Language = md.Language
		}
	}
	if doc.Title == "" {
		doc.Title = page.title
	}
	doc.Title = headlineTitle(doc.Title, page.headlines)
	paras = dropLeadingTitle(paras, doc.Title)
	// The body alone decides whether there is an article: a script's
	// shell or a login wall can show a dek and nothing under it.
	text := strings.Join(paras, "\n\n")
	words := WordCount(text)
	if words < MinWords {
		if reason := page.reason(); reason != "" {
			return nil, fmt.Errorf("%w: %s", ErrNoArticle, reason)
		}
		return nil, fmt.Errorf("%w: only %d words of text", ErrNoArticle, words)
	}
	// Paragraphs are counted apart, so the dek's words add to the body's.
	if with := withDek(paras, page.dek, doc.Title); len(with) > len(paras) {
		paras, text, words = with, with[0]+"\n\n"+text, words+WordCount(with[0])
	}
	doc.Text, doc.Words = text, words
	doc.Warnings = page.warnings(words, paras)
	return doc, nil
}

// runTrafilatura returns nil, nil when trafilatura finds no content at all.
// With fallbacks (wit non-nil) trafilatura may take a witness's text instead
// of its own, by its rule; without, the choice is witnesses.choose's.
func runTrafilatura(root *html.Node, pageURL *url.URL, wit *witnesses) (res *trafilatura.ExtractResult, err error) {
	opts := trafilatura.Options{
		OriginalURL: pageURL,
		// Fallback mode also meant the thorough date search; keep it in
		// both.
		HtmlDateMode: trafilatura.Extensive,
		// Comments are extracted (and dropped by us) rather than excluded:
		// only extraction takes them out of the tree the body comes from.
		ExcludeComments: false,
		IncludeImages:   false,
		IncludeLinks:    false,
		// Repeated paragraphs can be real (a refrain, a repeated quote);
		// dropping them would change the text users are quoted from.
		Deduplicate: false,
	}
	if wit != nil {
		opts.EnableFallback = true
		// The fallbacks have run already.
		opts.FallbackCandidates = &trafilatura.FallbackCandidates{Readability: wit.readability, Distiller: wit.distiller}
	}
	// A malformed page must cost one article, not the process.
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("content extractor failed: %v", r)
		}
	}()
	res, err = trafilatura.ExtractDocument(root, opts)
	if err != nil {
		// Every error trafilatura can return with these options means it
		// found nothing to extract.
		return nil, nil
	}
	return res, nil
}

// PlainText extracts a document from plain text: the headline among its
// first short lines is the title (see headline), the rest the text, with
// blank lines separating paragraphs and single line breaks inside a
// paragraph read as spaces.
func PlainText(body []byte) (*Document, error) {
	s := strings.ToValidUTF8(string(body), "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	doc := &Document{}
	i, paragraph := headline(lines)
	switch {
	case i < len(lines) && paragraph:
		// Text with no headline, a paragraph first: its lead sentence
		// names the document, and the paragraph stays text. As a title
		// it was lost from what can be quoted, with the full names a
		// lead gives.
		doc.Title = leadSentence(collapseSpace(lines[i]))
	case i < len(lines):
		doc.Title = collapseSpace(lines[i])
		i++
	}
	var paras []string
	var cur []string
	flush := func() {
		if p := collapseSpace(strings.Join(cur, " ")); p != "" {
			paras = append(paras, p)
		}
		cur = cur[:0]
	}
	for ; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "" {
			flush()
			continue
		}
		cur = append(cur, lines[i])
	}
	flush()
	doc.Text = strings.Join(paras, "\n\n")
	doc.Words = WordCount(doc.Text)
	if doc.Words < MinWords {
		return nil, fmt.Errorf("%w: only %d words of text", ErrNoArticle, doc.Words)
	}
	doc.Language = detectLanguage(doc.Text)
	if truncated(paras) {
		doc.Warnings = append(doc.Warnings, WarnTruncated)
	}
	if doc.Words < shortWords && len(doc.Warnings) == 0 {
		doc.Warnings = append(doc.Warnings, WarnShort)
	}
	return doc, nil
}

// Shape of the short lines a copied page starts with, before its first
// paragraph: site name, section, headline, byline, date.
const (
	headlineLines    = 8  // short lines looked at
	headlineMaxWords = 20 // a longer line is a paragraph: the look ends there
	headlineLeadWord = 80 // words of the text after them the headline is matched with
)

// headline returns the index of the title line of plain text: the first
// non-empty line, unless another of the short lines before the first
// paragraph shares more words with the text that follows them. Text
// copied from a web page starts with the site's chrome ("UNITED24 - Make
// a charitable donation…", a section name, the outlet), and the headline
// is the line whose words the lead repeats. paragraph is true when the
// text opens with a paragraph, no short line before it: there is no
// headline, and i is that paragraph's first line.
func headline(lines []string) (i int, paragraph bool) {
	var cands []int
	for ; i < len(lines) && len(cands) < headlineLines; i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if n := len(strings.Fields(t)); n > headlineMaxWords || n >= sentenceMinWords && endsSentence(t) {
			// A paragraph: the look ends there, and it is text, not
			// chrome ("Australian Lleyton Hewitt hit out at the standard
			// of umpiring after crashing out of the Sydney International.").
			break
		}
		cands = append(cands, i)
	}
	if len(cands) == 0 { // a paragraph first
		for j, l := range lines {
			if strings.TrimSpace(l) != "" {
				return j, true
			}
		}
		return len(lines), false
	}
	var lead []string
	for ; i < len(lines) && len(lead) < headlineLeadWord; i++ {
		lead = append(lead, headlineWords(lines[i])...)
	}
	inLead := map[string]bool{}
	for _, w := range lead {
		inLead[w] = true
	}
	best, bestScore := cands[0], 0
	for _, c := range cands {
		seen := map[string]bool{}
		score := 0
		for _, w := range headlineWords(lines[c]) {
			if inLead[w] && !seen[w] {
				score++
			}
			seen[w] = true
		}
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best, false
}

// leadSentence is the title of text with no headline: its first
// paragraph's first sentence, cut after headlineMaxWords words.
func leadSentence(p string) string {
	ws := strings.Fields(p)
	for k, w := range ws {
		if k == headlineMaxWords {
			return strings.Join(ws[:k], " ") + "…"
		}
		if k >= 2 && endsSentence(w) && !abbreviation(w) {
			return strings.Join(ws[:k+1], " ")
		}
	}
	return p
}

// abbreviation reports whether w, a word ending in a full stop, is more
// likely an abbreviation than a sentence's end: "Mo.", "St.", "U.S.",
// "Dr.".
func abbreviation(w string) bool {
	w = strings.TrimLeft(strings.TrimRight(w, "\"'”’»)."), "\"'“‘«(")
	r, _ := utf8.DecodeRuneInString(w)
	return strings.Contains(w, ".") || unicode.IsUpper(r) && utf8.RuneCountInString(w) <= 3
}

// sentenceMinWords is the fewest words of a line ending in a full stop
// that headline takes for a paragraph rather than a headline or a byline.
const sentenceMinWords = 8

// endsSentence reports whether a line ends with a full stop, closing
// quotation marks aside.
func endsSentence(line string) bool {
	return strings.HasSuffix(strings.TrimRight(line, "\"'”’»)"), ".")
}

// headlineWords are a line's lower-cased words of four letters or more:
// short function words would match any lead.
func headlineWords(line string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(line), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if utf8.RuneCountInString(w) >= 4 {
			out = append(out, w)
		}
	}
	return out
}
