package extract

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxJSONLD bounds the JSON-LD decoded per script: real metadata blocks are
// a few kilobytes, and some pages inline megabytes of app state.
const maxJSONLD = 1 << 20

// pageInfo is what this package reads from the page itself, beside what
// trafilatura returns.
type pageInfo struct {
	canonical string
	title     string
	// headlines holds the text of each of the page's <h1> elements that
	// has any, in page order.
	headlines []string
	language  string
	// dates are explicit publication times from metadata, best first.
	dates []time.Time

	scriptShell bool // an empty app root element, filled in by scripts
	jsNotice    bool // an "enable JavaScript" notice, also common on full pages
	loginForm   bool // a password field
	paywall     bool // isAccessibleForFree=false or a "subscribe to read" notice

	// captions holds the WordsKey of each of the page's picture captions
	// (see captionKey), in page order.
	captions []string
	// bios holds the WordsKey of each box about the article's author (see
	// bioKey), in page order.
	bios []string
	// stories holds the WordsKey of each <article> element that has a
	// headline (<h1>, in it or since the <article> before it) and
	// minStoryWords words or more, outermost only, in page order.
	stories []string
	// hidden holds the WordsKey of each paragraph (<p>) of fuzzyMinWords
	// words or more that the page hides from screen readers
	// (aria-hidden="true"), in page order (see restoreHidden).
	hidden []string
	// unshown is the text of the elements the page never shows (see
	// unshownFilter).
	unshown unshownText
	// dek is the line under the headline that the page's description
	// gives too, as the page shows it (see withDek).
	dek string
}

// publishedRank ranks meta names and properties that carry the publication
// time, 1 best; 0 means the name carries none.
func publishedRank(name string) int {
	switch strings.ToLower(name) {
	case "article:published_time", "og:article:published_time":
		return 1
	case "datepublished", "parsely-pub-date", "sailthru.date", "publish-date", "publishdate", "pubdate":
		return 2
	case "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "date":
		return 3
	}
	return 0
}

// inspect reads what a page at pageURL says of itself beside its text:
// its title, language, canonical address and publication dates, the
// captions, authors' boxes and stories it holds, and the notices of a
// script shell, a login or a paywall.
func inspect(root *html.Node, pageURL *url.URL) *pageInfo {
	in := &inspector{p: &pageInfo{}, pageURL: pageURL}
	in.walk(root)
	p := in.p
	if p.canonical == "" && in.ogURL != "" {
		p.canonical = absoluteHTTP(in.ogURL, pageURL)
	}
	for rank := 1; rank <= 3; rank++ {
		for _, d := range in.dates {
			if d.rank == rank {
				p.dates = append(p.dates, d.t)
			}
		}
	}
	text := in.text.String()
	if len(p.unshown.spans) > 0 {
		p.unshown.text = text
	}
	visible := strings.ToLower(collapseSpace(text))
	if strings.Contains(visible, "enable javascript") {
		p.jsNotice = true
	}
	for _, notice := range paywallNotices() {
		if strings.Contains(visible, notice) {
			p.paywall = true
			break
		}
	}
	return p
}

// inspector is inspect's walk through a page, and what it has read.
type inspector struct {
	p       *pageInfo
	pageURL *url.URL
	ogURL   string
	dates   []rankedDate
	text    strings.Builder // visible text, for notices

	inCaption     bool // within a caption already taken whole
	inUnshown     bool // within an element the page never shows
	inBio         bool // within an author's box already taken whole
	inStory       bool // within an <article> element
	storyHeadline bool // an <h1> within it, or just before it
	// headlineBefore: an <h1> since the last <article> element, outside
	// any. NBC's pages of 2018 put each story's headline in a header just
	// before its <article>, not in it.
	headlineBefore bool
	// descriptions are the page's meta descriptions that could be its dek.
	descriptions []description
}

// rankedDate is a publication date the page gives, and how much its
// source is trusted (publishedRank: 1 first).
type rankedDate struct {
	t    time.Time
	rank int
}

// walk reads n and what it holds, in document order.
func (in *inspector) walk(n *html.Node) {
	p := in.p
	switch n.Type {
	case html.TextNode:
		in.text.WriteString(n.Data)
		in.text.WriteByte(' ')
		return
	case html.ElementNode:
		if openBox(n, &in.inCaption, &p.captions, captionKey) {
			defer func() { in.inCaption = false }()
		}
		if openBox(n, &in.inBio, &p.bios, bioKey) {
			defer func() { in.inBio = false }()
		}
		if n.DataAtom == atom.Article && !in.inStory {
			in.inStory, in.storyHeadline, in.headlineBefore = true, in.headlineBefore, false
			start := in.text.Len()
			defer func() {
				in.inStory = false
				if !in.storyHeadline {
					return
				}
				if k := WordsKey(in.text.String()[start:]); keyWords(k) >= minStoryWords {
					p.stories = append(p.stories, k)
				}
			}()
		}
		if !in.inUnshown && shownNever(n) {
			in.inUnshown = true
			start := in.text.Len()
			defer func() {
				in.inUnshown = false
				if end := in.text.Len(); end > start {
					p.unshown.spans = append(p.unshown.spans, [2]int{start, end})
				}
			}()
		}
		if in.watchDek(n) {
			start := in.text.Len()
			defer in.dekShown(start)
		}
		if n.DataAtom == atom.P && strings.EqualFold(attr(n, "aria-hidden"), "true") {
			if k := WordsKey(textOf(n)); keyWords(k) >= fuzzyMinWords {
				p.hidden = append(p.hidden, k)
			}
		}
		if n.DataAtom == atom.H1 {
			in.storyHeadline = true
			in.headlineBefore = !in.inStory
			if h := collapseSpace(textOf(n)); h != "" {
				p.headlines = append(p.headlines, h)
			}
		}
		if !in.element(n) {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		in.walk(c)
	}
}

// openBox notes the text of n in keys when key says n is a box of its
// kind (a caption, an author's box) and none is open (*open), which it
// then is, taken whole; it reports whether it opened one.
func openBox(n *html.Node, open *bool, keys *[]string, key func(*html.Node) (string, bool)) bool {
	if *open {
		return false
	}
	k, ok := key(n)
	if !ok {
		return false
	}
	if k != "" {
		*keys = append(*keys, k)
	}
	*open = true
	return true
}

// element reads what element n tells of the page: its language, title,
// canonical address, dates, notices and forms. It reports whether what n
// holds is the page's to read too (not a script's or a style's).
func (in *inspector) element(n *html.Node) bool {
	p := in.p
	switch n.DataAtom {
	case atom.Html:
		p.language = primaryLanguage(attr(n, "lang"))
	case atom.Title:
		if p.title == "" {
			p.title = collapseSpace(textOf(n))
		}
	case atom.Link:
		if p.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
			p.canonical = absoluteHTTP(attr(n, "href"), in.pageURL)
		}
	case atom.Meta:
		in.meta(n)
	case atom.Time:
		if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
			if t, ok := parseTime(attr(n, "datetime")); ok {
				in.dates = append(in.dates, rankedDate{t, 2})
			}
		}
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
			for _, t := range readJSONLD(textOf(n), &p.paywall) {
				in.dates = append(in.dates, rankedDate{t, 1})
			}
		}
		return false
	case atom.Noscript:
		if strings.Contains(strings.ToLower(textOf(n)), "javascript") {
			p.jsNotice = true
		}
		return false
	case atom.Style, atom.Template:
		return false
	case atom.Input:
		if strings.EqualFold(attr(n, "type"), "password") {
			p.loginForm = true
		}
	case atom.Div, atom.Main, atom.Section:
		switch attr(n, "id") {
		case "root", "app", "__next", "__nuxt", "___gatsby", "app-root", "svelte":
			if strings.TrimSpace(textOf(n)) == "" {
				p.scriptShell = true
			}
		}
	}
	return true
}

// meta reads a <meta> element: the page's address, language and dates.
func (in *inspector) meta(n *html.Node) {
	p := in.p
	name := attr(n, "property")
	if name == "" {
		name = attr(n, "name")
	}
	if name == "" {
		name = attr(n, "itemprop")
	}
	content := attr(n, "content")
	in.noteDescription(name, content)
	switch strings.ToLower(name) {
	case "og:url":
		in.ogURL = content
	case "og:locale":
		if p.language == "" {
			p.language = primaryLanguage(content)
		}
	}
	if strings.EqualFold(attr(n, "http-equiv"), "content-language") && p.language == "" {
		p.language = primaryLanguage(content)
	}
	if r := publishedRank(name); r > 0 {
		if t, ok := parseTime(content); ok {
			in.dates = append(in.dates, rankedDate{t, r})
		}
	}
}

// paywallNotices are lower-case phrases that paywalls and registration walls
// show in place of the rest of an article.
func paywallNotices() []string {
	return []string{
		"subscribe to continue reading", "subscribe to keep reading",
		"subscribe to read the full", "subscribe to read more",
		"subscribe now to continue", "to continue reading, subscribe",
		"this article is for subscribers", "this content is for subscribers",
		"available to subscribers only", "for subscribers only", "exclusive to subscribers",
		"register to continue reading", "sign in to continue reading",
		"log in to continue reading", "sign in to keep reading",
		"become a member to continue", "create a free account to continue",
	}
}

// reason names the likely cause when no article text was found.
func (p *pageInfo) reason() string {
	switch {
	case p.scriptShell || p.jsNotice:
		return WarnScripts
	case p.loginForm:
		return WarnLogin
	case p.paywall:
		return WarnPaywalled
	}
	return ""
}

// warnings lists what may be missing from a text of the given length.
func (p *pageInfo) warnings(words int, paras []string) []string {
	var w []string
	if words < partialWords {
		if p.paywall {
			w = append(w, WarnPaywalled)
		}
		if p.scriptShell {
			w = append(w, WarnScripts)
		}
		if p.loginForm && !p.paywall {
			w = append(w, WarnLogin)
		}
	}
	if truncated(paras) {
		w = append(w, WarnTruncated)
	}
	if words < shortWords && len(w) == 0 {
		w = append(w, WarnShort)
	}
	return w
}

// readJSONLD returns the datePublished values of a JSON-LD block, and sets
// *paywall when the block marks content as not free.
func readJSONLD(src string, paywall *bool) []time.Time {
	if len(src) > maxJSONLD {
		return nil
	}
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return nil
	}
	var out []time.Time
	var visit func(v any)
	visit = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e)
			}
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok {
				if t, ok := parseTime(s); ok {
					out = append(out, t)
				}
			}
			switch free := x["isAccessibleForFree"].(type) {
			case bool:
				if !free {
					*paywall = true
				}
			case string:
				if strings.EqualFold(free, "false") {
					*paywall = true
				}
			}
			for k, e := range x {
				if k == "@graph" || k == "hasPart" || k == "mainEntity" {
					visit(e)
				}
			}
		}
	}
	visit(v)
	return out
}

// timeLayouts are the machine-readable date forms found in page metadata.
func timeLayouts() []string {
	return []string{
		time.RFC3339Nano,
		"2006-01-02T15:04:05Z0700",
		"2006-01-02T15:04Z07:00",
		"2006-01-02T15:04:05",
		"2006-01-02T15:04",
		"2006-01-02 15:04:05Z07:00",
		"2006-01-02 15:04:05",
		"2006-01-02",
	}
}

func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range timeLayouts() {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// pickPublished prefers trafilatura's date, which weighs every date on the
// page, but takes the time of day from an explicit metadata timestamp on
// the same day, since trafilatura keeps only the day.
func pickPublished(day time.Time, explicit []time.Time) time.Time {
	if day.IsZero() {
		if len(explicit) > 0 {
			return explicit[0].UTC()
		}
		return time.Time{}
	}
	y, m, d := day.Date()
	for _, t := range explicit {
		ty, tm, td := t.Date()
		if ty == y && tm == m && td == d {
			return t.UTC()
		}
	}
	return day.UTC()
}

// primaryLanguage returns the lower-case primary subtag of a language tag
// such as "en-US" or "es_ES", or "" if it does not look like one.
func primaryLanguage(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_,; "); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for _, r := range tag {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return ""
		}
	}
	return strings.ToLower(tag)
}

// absoluteHTTP resolves ref against base and returns it if it is an
// absolute http(s) URL with a host, else "".
func absoluteHTTP(ref string, base *url.URL) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

func hasToken(list, token string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, token) {
			return true
		}
	}
	return false
}

// textOf concatenates the text under n.
func textOf(n *html.Node) string { return joinText(n, "") }

// joinText concatenates the text nodes under n, each followed by sep.
func joinText(n *html.Node, sep string) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteString(sep)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
