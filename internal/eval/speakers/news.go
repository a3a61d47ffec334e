package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
	"github.com/articlebot/articlebot/rag/quotes"
)

// The news sets: articles whose text someone else wrote out or marked by
// hand — Dragnet's news and blog pages of 2012, WCXB's articles of 2025,
// L3S-GN1's Google News pages of 2010, CleanPortalEval's portal pages of
// 2013, Utomo and Leu's pages of nine news sites of 2005–2017 and of 2017
// web searches, all fetched
// by prepare.sh for the extraction harness — with their
// quotations and reported speech labelled with their speakers for this
// harness. The labels are this project's, read off each article by
// someone who did not see what the attribution returns; the texts and
// their constructions are not. testdata/news.json holds only offsets,
// speakers and a checksum of each span, so none of the publishers' text
// is committed.

// newsPage is one labelled article of testdata/news.json.
type newsPage struct {
	Source string      `json:"source"` // a key of newsSources
	Page   string      `json:"page"`   // the page's name in its source
	Spans  []newsLabel `json:"spans"`
}

// newsLabel is a labelled span: a quotation (the words between the marks)
// or a sentence of reported speech, with who said it: a name as the
// article gives it in full, "~" and a description for someone it does not
// name ("~a resident", "~unknown"), or "" for a title or scare quote,
// which is no one's speech. Sum is the CRC-32 of the span's text, so a
// changed text is refused rather than mislabelled.
type newsLabel struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Sum     string `json:"sum"`
	Speaker string `json:"speaker"`
	Kind    string `json:"kind,omitempty"` // in candidate files only: "quotation" or "sentence"
}

// newsSource reads the article texts of one data set.
type newsSource struct {
	title string                                 // the set's name in the report
	dir   string                                 // its folder under internal/eval/.data, as prepare.sh lays it out
	pages func(dir string) ([]string, error)     // its articles, sorted
	text  func(dir, page string) (string, error) // one article's text
}

var newsSources = map[string]newsSource{
	"dragnet":       {title: "Dragnet news (2012)", dir: "extraction/dragnet_data", pages: goldPages, text: dragnetText},
	"wcxb":          {title: "WCXB articles (2025)", dir: "extraction/wcxb", pages: wcxbPages, text: wcxbText},
	"l3s":           {title: "L3S-GN1 news (2010)", dir: "extraction/page-signal-master", pages: goldPages, text: l3sText},
	"cpe":           {title: "CleanPortalEval news (2013)", dir: "extraction/CleanPortalEval-master", pages: goldPages, text: cpeText},
	"utomo":         utomoSource("news", "Utomo and Leu's news, nine sites (2005–2017)"),
	"chaos":         utomoSource("chaos", "Utomo and Leu's search results (2017)"),
	"readability":   {title: "Readability's test articles", dir: "extraction/readability", pages: goldPages, text: readabilityText},
	"cleaneval":     {title: "CleanEval pages (2007)", dir: "extraction/cleaneval-final", pages: goldPages, text: cpeText},
	"postlight":     htmlSource("extraction/postlight-parser", "fixtures", "Postlight Parser's test pages (2016–2020)"),
	"newspaper":     htmlSource("extraction/newspaper", "tests/data/html", "newspaper's test pages (2013–2015)"),
	"goose3":        htmlSource("extraction/goose3", "tests/data/content", "goose3's test pages"),
	"trafilatura":   htmlSource("extraction/trafilatura", "tests/cache", "trafilatura's test pages"),
	"bbc":           bbcSource("politics", "BBC News politics (2004–2005)"),
	"bbcbusiness":   bbcSource("business", "BBC News business (2004–2005)"),
	"bbcsport":      bbcSource("sport", "BBC Sport (2004–2005)"),
	"bbctech":       bbcSource("tech", "BBC News technology (2004–2005)"),
	"bbcarts":       bbcSource("entertainment", "BBC News entertainment (2004–2005)"),
	"fakereal":      fakeRealSource("US political news (2015–2016)"),
	"buzzwebis":     webisSource("US election news, September 2016"),
	"reuters":       reutersSource("Reuters US politics and world news (2017)"),
	"horne":         horneSource("US political news (2016), Horne and Adali"),
	"allsides":      allSidesSource("US news outlets (2012–2020), AllSides", true),
	"allsidesother": allSidesSource("US magazines, opinion sites and partisan news (2012–2020), AllSides", false),
	"basil":         basilSource("US political news (2010–2019), BASIL"),
	"newscluster":   newsClusterSource("News of some ninety outlets (2016–2018), Giveme5W1H"),
	"kpcrowd":       kpCrowdSource("News stories of ten topics (2011), 500N-KPCrowd"),
	"reuters1987":   reuters1987Source("Reuters newswire (1987), Reuters-21578"),
	"wikinewssum":   wikinewsSumSource("News cited by Wikinews (2004–2007), WikinewsSum"),
	"ptc":           ptcSource("News, mainstream and partisan (2017–2019), PTC"),
	"fundus":        fundusSource("News of some sixty outlets (2023–2026), Fundus"),
	"hyperpartisan": hyperpartisanSource("US news and opinion, mainstream and partisan (2016–2018), SemEval-2019 task 4"),
	"celebrity":     celebritySource("Celebrity news of entertainment sites and magazines (2015–2017), Pérez-Rosas et al."),
	"fnc":           fncSource("News on the rumours of 2014–2015, mainstream and fringe, FNC-1"),
	"googletrends":  googleTrendsSource("News and entertainment found through Google Trends (2017), Google-Trends-2017"),
	"cetd":          cetdSource("Ars Technica, BBC News and New York Times news (2010), CETD"),
}

// newsOrder is the order the sets are reported in.
var newsOrder = []string{"dragnet", "wcxb", "l3s", "cpe", "utomo", "chaos", "readability", "cleaneval", "postlight", "newspaper", "goose3", "trafilatura", "bbc", "bbcbusiness", "bbcsport", "bbctech", "bbcarts", "fakereal", "buzzwebis", "reuters", "horne", "allsides", "basil", "ptc", "newscluster", "kpcrowd", "reuters1987", "wikinewssum", "fundus", "hyperpartisan", "celebrity", "fnc", "allsidesother", "googletrends", "cetd"}

// goldPages lists a set annotated as GoldStandard/<page>.txt files, as
// Dragnet, L3S-GN1 and CleanPortalEval are, sorted.
func goldPages(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "GoldStandard", "*.txt"))
	var out []string
	for _, f := range files {
		out = append(out, strings.TrimSuffix(filepath.Base(f), ".txt"))
	}
	sort.Strings(out)
	return out, err
}

// readGold reads a page's annotation from such a set.
func readGold(dir, page string) ([]byte, error) {
	return os.ReadFile(filepath.Join(dir, "GoldStandard", page+".txt"))
}

// dragnetText is a Dragnet annotation without the reader comments it also
// marks, as the extraction harness scores it. A
// few annotations are in Windows-1252, not UTF-8.
func dragnetText(dir, page string) (string, error) {
	raw, err := readGold(dir, page)
	if err != nil {
		return "", err
	}
	if raw, err = utf8OrWindows1252(raw); err != nil {
		return "", fmt.Errorf("%s: %w", page, err)
	}
	return pagesets.DragnetArticle(string(raw)), nil
}

// utf8OrWindows1252 returns raw as UTF-8: as it is when it is valid
// UTF-8, else decoded as Windows-1252, the encoding of the sets' files
// that are not.
func utf8OrWindows1252(raw []byte) ([]byte, error) {
	if utf8.Valid(raw) {
		return raw, nil
	}
	return charmap.Windows1252.NewDecoder().Bytes(raw)
}

// l3sText is the article an L3S-GN1 annotation marks, its blocks as
// paragraphs; the annotated copy keeps its page's encoding.
func l3sText(dir, page string) (string, error) {
	raw, err := readGold(dir, page)
	if err != nil {
		return "", err
	}
	if enc, name, _ := charset.DetermineEncoding(raw, "text/html"); name != "utf-8" {
		if raw, err = enc.NewDecoder().Bytes(raw); err != nil {
			return "", fmt.Errorf("%s: %w", page, err)
		}
	}
	return pagesets.L3SArticle(raw), nil
}

// readabilityText is the article of one of Mozilla Readability's test
// pages as Readability extracts it (HTML), its blocks as paragraphs.
func readabilityText(dir, page string) (string, error) {
	raw, err := readGold(dir, page)
	if err != nil {
		return "", err
	}
	return pagesets.HTMLArticle(raw), nil
}

// cpeText is a CleanPortalEval (or CleanEval) page's cleaned text (news and blog pages
// of five portals: BBC, …), its blocks as paragraphs.
func cpeText(dir, page string) (string, error) {
	raw, err := readGold(dir, page)
	if err != nil {
		return "", err
	}
	return pagesets.CleanEvalArticle(raw), nil
}

// htmlSource reads a folder of raw HTML pages (sub, under the set's
// folder; pages by path without ".html", sorted) that come with no text
// written out by hand: each article as go-trafilatura alone extracts it
// (the version go.mod pins), its blocks as paragraphs, after its title.
// articlebot's own extractor changes as it is tuned; a pinned extractor
// keeps the labels' offsets valid, and a new version that moved them
// would have its spans refused by their checksums, not mislabelled.
func htmlSource(dir, sub, title string) newsSource {
	return newsSource{
		title: title,
		dir:   dir,
		pages: func(dir string) ([]string, error) {
			root := filepath.Join(dir, filepath.FromSlash(sub))
			var out []string
			err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
					return err
				}
				rel, err := filepath.Rel(root, path)
				out = append(out, filepath.ToSlash(strings.TrimSuffix(rel, ".html")))
				return err
			})
			sort.Strings(out)
			return out, err
		},
		text: func(dir, page string) (string, error) {
			raw, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(sub), filepath.FromSlash(page)+".html"))
			if err != nil {
				return "", err
			}
			return trafilaturaText(raw)
		},
	}
}

// bbcSource reads one topic of Greene and Cunningham's BBC News set
// (ICML 2006: 2,225 articles of 2004–2005, one text file each, headline
// first, paragraphs between blank lines).
func bbcSource(topic, title string) newsSource {
	dir := func(root string) string { return filepath.Join(root, "dataset", "data_files", topic) }
	return newsSource{
		title: title,
		dir:   "bbc",
		pages: func(root string) ([]string, error) {
			files, err := filepath.Glob(filepath.Join(dir(root), "*.txt"))
			var out []string
			for _, f := range files {
				out = append(out, strings.TrimSuffix(filepath.Base(f), ".txt"))
			}
			sort.Strings(out)
			return out, err
		},
		text: func(root, page string) (string, error) {
			raw, err := os.ReadFile(filepath.Join(dir(root), page+".txt"))
			if err != nil {
				return "", err
			}
			return pagesets.LinesArticle(raw), nil
		},
	}
}

// fakeRealSource reads the articles labelled REAL in McIntire's "fake or
// real news" set (US political news of 2015–2016, mostly the election,
// one CSV row each: id, title, text with a paragraph on each line, label),
// by id, headline first. The FAKE rows are partisan blogs and are not
// read.
func fakeRealSource(title string) newsSource {
	return csvSource(title, "fakereal", "fake_or_real_news.csv", func(i int, r []string) (id, text string) {
		if i == 0 || len(r) != 4 || r[3] != "REAL" { // row 0 is the header
			return "", ""
		}
		return r[0], r[1] + "\n" + r[2]
	})
}

// reutersSource reads the Reuters articles of the ISOT fake news set's
// True.csv (Ahmed, Traore and Saad, 2017: US politics and world news of
// 2016–2017, one CSV row each: title, text, subject, date), by row number,
// headline first. The set runs each article's paragraphs together into
// one. Rows without a Reuters dateline are factboxes of tweets, not
// articles, and are not read.
func reutersSource(title string) newsSource {
	return csvSource(title, "reuters", "True.csv", func(i int, r []string) (id, text string) {
		if i == 0 || len(r) != 4 || !strings.Contains(r[1], "(Reuters) - ") {
			return "", ""
		}
		return fmt.Sprintf("%04d", i), r[0] + "\n" + r[1]
	})
}

// csvSource reads a set kept as one CSV file in its folder: row turns a
// record (numbered from 0, the header) into its article's id and text,
// a paragraph on each line, or "" for a record the set leaves out.
func csvSource(title, dir, file string, row func(i int, rec []string) (id, text string)) newsSource {
	return wholeFileSource(title, dir, func(root string) (map[string]string, error) {
		f, err := os.Open(filepath.Join(root, file))
		if err != nil {
			return nil, err
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			return nil, err
		}
		out := map[string]string{}
		for i, r := range recs {
			if id, text := row(i, r); id != "" {
				out[id] = pagesets.LinesArticle([]byte(text))
			}
		}
		return out, nil
	})
}

// wholeFileSource is a set kept in one file its folder holds (a CSV, a
// zip): read reads all its articles, by page. The file is read once per
// folder, not once per article.
func wholeFileSource(title, dir string, read func(root string) (map[string]string, error)) newsSource {
	articles := perFolder(read)
	return newsSource{
		title: title,
		dir:   dir,
		pages: func(root string) ([]string, error) {
			m, err := articles(root)
			out := make([]string, 0, len(m))
			for id := range m {
				out = append(out, id)
			}
			sort.Strings(out)
			return out, err
		},
		text: func(root, page string) (string, error) {
			m, err := articles(root)
			if err != nil {
				return "", err
			}
			text, ok := m[page]
			if !ok {
				return "", fmt.Errorf("%s: not an article of the %s set", page, dir)
			}
			return text, nil
		},
	}
}

// perFolder remembers what read returns for each folder, so that a set's
// listing or file is read once per run, not once per article.
func perFolder[T any](read func(root string) (T, error)) func(root string) (T, error) {
	var mu sync.Mutex
	done := map[string]T{}
	return func(root string) (T, error) {
		mu.Lock()
		defer mu.Unlock()
		if out, ok := done[root]; ok {
			return out, nil
		}
		out, err := read(root)
		if err == nil {
			done[root] = out
		}
		return out, err
	}
}

// trafilaturaText is a page's article as go-trafilatura alone extracts
// it, "" when it finds none.
func trafilaturaText(raw []byte) (string, error) {
	res, err := trafilatura.Extract(bytes.NewReader(raw), trafilatura.Options{})
	if err != nil || res == nil || res.ContentNode == nil {
		return "", nil // no article: offered to no one
	}
	// ContentText runs the paragraphs together; the content's blocks are
	// the paragraphs a reader sees, and the attribution reads them.
	var b bytes.Buffer
	if err := html.Render(&b, res.ContentNode); err != nil {
		return "", err
	}
	text := pagesets.HTMLArticle(b.Bytes())
	if t := strings.Join(strings.Fields(res.Metadata.Title), " "); t != "" {
		text = t + "\n\n" + text
	}
	return text, nil
}

// utomoSource reads one of Utomo and Leu's sets (pagesets.UtomoPages),
// each page's lines as paragraphs.
func utomoSource(set, title string) newsSource {
	return newsSource{
		title: title,
		dir:   "extraction/ir-research-data",
		pages: func(dir string) ([]string, error) {
			pages, err := pagesets.UtomoPages(dir, set)
			ids := make([]string, len(pages))
			for i, p := range pages {
				ids[i] = p.ID
			}
			return ids, err
		},
		text: func(dir, page string) (string, error) {
			gold, ok := pagesets.UtomoGold(dir, set, page)
			if !ok {
				return "", fmt.Errorf("%s: not a page of Utomo and Leu's %s set", page, set)
			}
			raw, err := os.ReadFile(gold)
			if err != nil {
				return "", err
			}
			return pagesets.LinesArticle(raw), nil
		},
	}
}

func readWCXB(dir, page string) (pagesets.WCXBTruth, error) {
	return pagesets.ReadWCXBTruth(filepath.Join(dir, "dev", "ground-truth", page+".json"))
}

// wcxbPages lists WCXB's development articles (news, blogs, guides,
// reviews), not its other page types.
func wcxbPages(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "dev", "ground-truth", "*.json"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range files {
		page := strings.TrimSuffix(filepath.Base(f), ".json")
		t, err := readWCXB(dir, page)
		if err != nil {
			return nil, err
		}
		if t.IsArticle() {
			out = append(out, page)
		}
	}
	sort.Strings(out)
	return out, nil
}

func wcxbText(dir, page string) (string, error) {
	t, err := readWCXB(dir, page)
	return t.GroundTruth.MainContent, err
}

func spanSum(s string) string { return fmt.Sprintf("%08x", crc32.ChecksumIEEE([]byte(s))) }

// loadNews reads the labelled articles of the sources whose data is in
// dirs (by source), as one set per source; articles of a source not in
// dirs are left out. Every named speaker is asked about, by the name the
// label gives; of a label naming two ("A and B"), each.
func loadNews(labels string, dirs map[string]string) (map[string][]doc, error) {
	b, err := os.ReadFile(labels)
	if err != nil {
		return nil, err
	}
	var pages []newsPage
	if err := json.Unmarshal(b, &pages); err != nil {
		return nil, fmt.Errorf("%s: %w", labels, err)
	}
	out := map[string][]doc{}
	for _, p := range pages {
		src, ok := newsSources[p.Source]
		if !ok {
			return nil, fmt.Errorf("%s: page %s: unknown source %q", labels, p.Page, p.Source)
		}
		dir, ok := dirs[p.Source]
		if !ok {
			continue
		}
		text, err := src.text(dir, p.Page)
		if err != nil {
			return nil, fmt.Errorf("%s: %w (run internal/eval/prepare.sh)", labels, err)
		}
		d := doc{name: p.Page, text: text, same: sameNewsSpeaker}
		seen := map[string]bool{}
		for _, l := range p.Spans {
			if l.Start < 0 || l.End > len(text) || l.Start >= l.End || spanSum(text[l.Start:l.End]) != l.Sum {
				return nil, fmt.Errorf("%s: page %s: span [%d,%d) is not the labelled text", labels, p.Page, l.Start, l.End)
			}
			d.gold = append(d.gold, span{l.Start, l.End, l.Speaker})
			if l.Speaker == "" || strings.HasPrefix(l.Speaker, "~") {
				continue
			}
			for _, who := range speakersOf(l.Speaker) {
				if !seen[who] {
					seen[who] = true
					d.asks = append(d.asks, who)
				}
			}
		}
		sort.Strings(d.asks)
		if kin(d.asks) {
			// A father and a son of one name ("Donald Trump", "Donald
			// Trump Jr.") are two speakers: asked about one, the other's
			// words are someone else's.
			d.same = func(ask, label string) bool {
				return sameNewsSpeaker(ask, label) && quotes.Suffix(ask) == quotes.Suffix(label)
			}
		}
		out[p.Source] = append(out[p.Source], d)
	}
	return out, nil
}

// longest keeps the articles of ds of at least minWords words, counted as
// writeCandidates counts them.
func longest(ds []doc, minWords int) []doc {
	var out []doc
	for _, d := range ds {
		if len(strings.Fields(d.text)) >= minWords {
			out = append(out, d)
		}
	}
	return out
}

// kin reports whether asks name a father and a son: a name with a
// generational suffix and one without that names him too.
func kin(asks []string) bool {
	for _, a := range asks {
		for _, b := range asks {
			if quotes.Suffix(a) != "" && quotes.Suffix(b) == "" && (quotes.SameSpeaker(a, b) || quotes.SameSpeaker(b, a)) {
				return true
			}
		}
	}
	return false
}

// speakersOf splits a label naming two speakers ("Poonam Lamba and Eddie
// Villalba", "GSK and AstraZeneca") into each. A label is one name when a
// part after "and" opens in lower case ("the proposed final judgment and
// order"), when it ends in an organisation's noun ("the U.S. Fish and
// Wildlife Service"), or when its first part has "of" or "for" in it
// ("the Centers for Disease Control and Prevention"): no one person's
// name does.
func speakersOf(label string) []string {
	parts := strings.Split(label, " and ")
	if len(parts) == 1 || orgNoun[lastWordOf(label)] || strings.Contains(parts[0], " of ") || strings.Contains(parts[0], " for ") {
		return []string{label}
	}
	for _, p := range parts[1:] {
		r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(p, "the "))
		if !unicode.IsUpper(r) {
			return []string{label}
		}
	}
	return parts
}

// orgNoun holds the last words of organisations' names.
var orgNoun = map[string]bool{"Service": true, "Agency": true, "Administration": true, "Commission": true,
	"Department": true, "Institute": true, "Association": true, "Council": true, "Authority": true,
	"Bureau": true, "Office": true, "Committee": true, "Organization": true, "Organisation": true,
	"Foundation": true, "Center": true, "Centre": true, "Board": true, "Union": true, "Federation": true,
	"Society": true, "Corporation": true, "Company": true}

func lastWordOf(s string) string { return s[strings.LastIndex(s, " ")+1:] }

// sameNewsSpeaker reports whether an ask names a labelled speaker, or one
// of two a label joins ("Poonam Lamba and Eddie Villalba": words both
// said, or that the article gives to both).
//
// An ask naming two that the label kept whole ("Mike Crapo and
// ~Democrats", "Amnesty International and Guantanamo Human Rights
// Commission") is a question about both, as a user would put it, and the
// engine answers it with each one's words: either's words are the ask's.
func sameNewsSpeaker(ask, label string) bool {
	asks := []string{ask}
	if parts := strings.Split(ask, " and "); len(parts) > 1 {
		asks = append(asks, parts...)
	}
	for _, who := range speakersOf(label) {
		for _, a := range asks {
			if a = strings.TrimPrefix(a, "~"); a != "" && quotes.SameSpeaker(a, who) {
				return true
			}
		}
	}
	return false
}

// selection is which articles writeCandidates offers: at most maxWords
// long, with at least minQuotations quotations and four speech verbs, not
// among the pages of skip ("source/page").
type selection struct {
	maxWords, minQuotations int
	skip                    map[string]bool
}

// writeCandidates writes, for each article of a source sel selects (up to
// limit), a file to label: the article, then every quotation and every
// sentence the attribution calls reported speech, numbered, without the
// speaker it found. The spans are what is labelled; who said them is the
// labeller's reading alone. Beside each goes <page>.spans.json, the spans
// -merge reads back.
func writeCandidates(source, dir, out string, limit int, sel selection) error {
	src, ok := newsSources[source]
	if !ok {
		return fmt.Errorf("unknown source %q", source)
	}
	pages, err := src.pages(dir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	// Some sets hold one story twice, under another headline or with a
	// paragraph more: it is offered once, and not when it is labelled, in
	// this set or another set of the same corpus.
	var told stories
	for key := range sel.skip {
		set, page, _ := strings.Cut(key, "/")
		other, ok := newsSources[set]
		if !ok || other.dir != src.dir {
			continue
		}
		text, err := other.text(dir, page)
		if err != nil {
			return err
		}
		told.add(runsOf(text))
	}
	n := 0
	for _, page := range pages {
		if n == limit {
			break
		}
		if sel.skip[source+"/"+page] {
			continue
		}
		text, err := src.text(dir, page)
		if err != nil {
			return err
		}
		if len(strings.Fields(text)) > sel.maxWords || len(speechVerb.FindAllString(text, -1)) < 4 {
			continue
		}
		runs := runsOf(text)
		if told.retold(runs) {
			continue
		}
		a := analyze(text)
		if len(a.an.Quotations) < sel.minQuotations {
			continue
		}
		if err := writeCandidate(out, source, page, text, a); err != nil {
			return err
		}
		told.add(runs)
		n++
	}
	return nil
}

// stories holds the eight-word runs of the articles seen so far: how
// many each has, and which articles hold each run.
type stories struct {
	sizes []int
	owner map[uint64][]int
}

func (s *stories) add(runs map[uint64]bool) {
	if s.owner == nil {
		s.owner = map[uint64][]int{}
	}
	for h := range runs {
		s.owner[h] = append(s.owner[h], len(s.sizes))
	}
	s.sizes = append(s.sizes, len(runs))
}

// retold reports whether an article shares half or more of its eight-word
// runs (or of the other's, if that has fewer) with one seen: the same
// story told again.
func (s *stories) retold(runs map[uint64]bool) bool {
	shared := map[int]int{}
	for h := range runs {
		for _, i := range s.owner[h] {
			shared[i]++
		}
	}
	for i, n := range shared {
		if least := min(len(runs), s.sizes[i]); least > 0 && 2*n >= least {
			return true
		}
	}
	return false
}

// runsOf hashes every run of eight words of text, lower-cased, letters
// and digits only.
func runsOf(text string) map[uint64]bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := map[uint64]bool{}
	for i := 0; i+8 <= len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words[i:i+8], " ")))
		out[h.Sum64()] = true
	}
	return out
}

var speechVerb = regexp.MustCompile(`\b(said|says|told)\b`)

func writeCandidate(out, source, page, text string, a analysis) error {
	type candidate struct {
		kind       string
		start, end int
	}
	var cs []candidate
	for _, q := range a.an.Quotations {
		cs = append(cs, candidate{"quotation", q.Start, q.End})
	}
	for _, p := range a.an.Paraphrases {
		s := a.stmts[p.Sentence]
		cs = append(cs, candidate{"sentence", s.Start, s.End})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
	var b strings.Builder
	fmt.Fprintf(&b, "ARTICLE %s\n\n%s\n\nSPANS\n", page, strings.TrimSpace(text))
	p := newsPage{Source: source, Page: page}
	for i, c := range cs {
		fmt.Fprintf(&b, "%d [%s] %s\n", i+1, c.kind, strings.Join(strings.Fields(text[c.start:c.end]), " "))
		p.Spans = append(p.Spans, newsLabel{Start: c.start, End: c.end, Sum: spanSum(text[c.start:c.end]), Kind: c.kind})
	}
	if err := os.WriteFile(filepath.Join(out, page+".txt"), []byte(b.String()), 0o644); err != nil {
		return err
	}
	j, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, page+".spans.json"), j, 0o644)
}

// mergeLabels turns the labellers' files in dir (<page>.json, span number
// to label, beside the <page>.spans.json -candidates wrote) into the
// labels loadNews reads: TITLE becomes "" (no one's words), UNKNOWN
// "~unknown", and a span labelled NONE — narration, not anyone's words —
// is left out.
func mergeLabels(dir string) ([]newsPage, error) {
	spans, err := filepath.Glob(filepath.Join(dir, "*.spans.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(spans)
	var out []newsPage
	for _, sf := range spans {
		page := strings.TrimSuffix(filepath.Base(sf), ".spans.json")
		labels, err := pagesets.ReadJSON[map[string]string](filepath.Join(dir, page+".json"))
		if errors.Is(err, fs.ErrNotExist) {
			continue // not labelled
		}
		if err != nil {
			return nil, err
		}
		p, err := pagesets.ReadJSON[newsPage](sf)
		if err != nil {
			return nil, err
		}
		spans := p.Spans[:0]
		for i, l := range p.Spans {
			label, ok := labels[strconv.Itoa(i+1)]
			if !ok {
				return nil, fmt.Errorf("%s: span %d has no label", page, i+1)
			}
			switch label = strings.TrimSpace(label); label {
			case "NONE":
				// A sentence reporting no one's words, or marks misread
				// as a quotation around narration.
				continue
			case "TITLE":
				label = ""
			case "UNKNOWN":
				label = "~unknown"
			}
			l.Speaker, l.Kind = label, ""
			spans = append(spans, l)
		}
		p.Spans = spans
		out = append(out, p)
	}
	return out, nil
}

// addLabels merges pages into the labels file at path (created if
// absent): a page labelled again replaces its old labels.
func addLabels(path string, pages []newsPage) error {
	var all []newsPage
	b, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return err
	default:
		if err := json.Unmarshal(b, &all); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	key := func(p newsPage) string { return p.Source + "/" + p.Page }
	at := map[string]int{}
	for i, p := range all {
		at[key(p)] = i
	}
	for _, p := range pages {
		if i, ok := at[key(p)]; ok {
			all[i] = p
			continue
		}
		at[key(p)] = len(all)
		all = append(all, p)
	}
	sort.SliceStable(all, func(i, j int) bool { return key(all[i]) < key(all[j]) })
	out, err := json.MarshalIndent(all, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(out, '\n'), 0o644)
}
