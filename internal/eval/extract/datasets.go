package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/net/html"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
	"github.com/articlebot/articlebot/rag/fetch"
)

// page is one benchmark page: its HTML, decoded to UTF-8, and the text
// annotators marked as the article.
type page struct {
	set, id string
	html    []byte
	want    string
	// untitled: the annotation leaves the headline out, so extractions
	// are scored on their text alone.
	untitled bool
	// title is the headline as the annotation gives it on its own, where
	// it does (Fundus, WCXB): the title a citation shows is scored
	// against it.
	title string
}

// maxPageBytes skips the rare giant page: the benchmark measures
// extraction quality, not memory.
const maxPageBytes = 4 << 20

// loadDragnet reads Dragnet's pages: input/N.html with the article text in
// GoldStandard/N.txt, where a marker line separates the article from the
// reader comments Dragnet also annotated; articlebot extracts articles, so
// the comments are not part of the truth.
func loadDragnet(dir string) ([]page, error) {
	return loadPairs(dir, "dragnet", func(raw []byte) string { return pagesets.DragnetArticle(string(raw)) })
}

// loadL3S reads L3S-GN1's Google News pages: the annotated copy marks the
// headline, the full text and supplemental text (captions, subheadings)
// with the classes x-nc-sel1 to x-nc-sel3; related links (sel4) and user
// comments (sel5) are not the article.
func loadL3S(dir string) ([]page, error) {
	return loadPairs(dir, "l3s-gn1", pagesets.L3SArticle)
}

// loadReadability reads Mozilla Readability's test pages: modern articles
// (and a few constructed test cases) with the article as Readability
// extracts it, as HTML. Its title goes to metadata, so the truth holds no
// headline. Being Readability's own output, it favours that extractor
// (one of trafilatura's fallbacks, and a witness in rag/extract).
func loadReadability(dir string) ([]page, error) {
	ps, err := loadPairs(dir, "readability", func(raw []byte) string { return htmlText(raw) })
	for i := range ps {
		ps[i].untitled = true
	}
	return ps, err
}

// loadCleanEval reads pages in CleanEval's annotation format: a "URL:"
// line, then the cleaned text with <h>, <p> and <l> marking headings,
// paragraphs and list items, and HTML entities left escaped. CleanEval's
// final set is web pages of every kind; CleanPortalEval (ppke-nlpg) is
// news and blog pages of five portals annotated the same way.
func loadCleanEval(set string) func(dir string) ([]page, error) {
	return func(dir string) ([]page, error) {
		return loadPairs(dir, set, pagesets.CleanEvalArticle)
	}
}

// setFiles lists a set's files matching pattern under dir, sorted; none
// at all means the data was never prepared.
func setFiles(set, dir, pattern string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no pages in %s (run internal/eval/prepare.sh)", set, dir)
	}
	sort.Strings(files)
	return files, nil
}

// pairLayout is where a set keeps its pages and their truths:
// <inputs>/ID<ext> and <golds>/ID.txt.
type pairLayout struct{ inputs, ext, golds string }

// goldStandard is the layout of the sets html-cleaning-dataset-merged
// keeps: input/ID.html and GoldStandard/ID.txt.
var goldStandard = pairLayout{"input", ".html", "GoldStandard"}

func loadPairs(dir, set string, truth func([]byte) string) ([]page, error) {
	return loadLayout(dir, set, goldStandard, truth)
}

// loadLayout reads the pages of a set laid out as l says, each with the
// truth its gold file gives (both decoded as the fetcher decodes pages).
func loadLayout(dir, set string, l pairLayout, truth func([]byte) string) ([]page, error) {
	inputs, err := setFiles(set, dir, filepath.Join(l.inputs, "*"+l.ext))
	if err != nil {
		return nil, err
	}
	var out []page
	for _, in := range inputs {
		id := strings.TrimSuffix(filepath.Base(in), l.ext)
		gold, err := os.ReadFile(filepath.Join(dir, l.golds, id+".txt"))
		if err != nil {
			continue // a page without annotation is not part of the set
		}
		body, err := os.ReadFile(in)
		if err != nil {
			return nil, err
		}
		if len(body) > maxPageBytes {
			continue
		}
		out = append(out, page{set: set, id: id, html: toUTF8(body), want: truth(toUTF8(gold))})
	}
	return out, nil
}

// toUTF8 decodes a page as the fetcher does before extraction
// (fetch.DecodeHTML, with no Content-Type header).
func toUTF8(b []byte) []byte {
	return fetch.DecodeHTML(b, "")
}

// htmlText returns the text of an HTML fragment, one block per element.
func htmlText(b []byte) string {
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return ""
	}
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript":
				return
			}
		}
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return sb.String()
}

// loadWCXB reads the development split of WCXB (Murrough Foley's Web
// Content eXtraction Benchmark, 2026, CC-BY-4.0): pages of 2025 as
// dev/html/N.html.gz, with the main content, written out as plain text and
// reviewed by hand, in dev/ground-truth/N.json. The truth holds no headline
// (it is a field of its own), so pages are scored on their text alone, as
// WCXB scores them. articles selects the article pages (news, blogs,
// guides) or every other page type (products, forums, documentation, …).
// The test split is WCXB's own holdout and is never read.
func loadWCXB(articles bool) func(dir string) ([]page, error) {
	set := "wcxb-other"
	if articles {
		set = "wcxb"
	}
	return func(dir string) ([]page, error) {
		truths, err := setFiles(set, dir, filepath.Join("dev", "ground-truth", "*.json"))
		if err != nil {
			return nil, err
		}
		var out []page
		for _, tf := range truths {
			gt, err := pagesets.ReadWCXBTruth(tf)
			if err != nil {
				return nil, err
			}
			if gt.IsArticle() != articles {
				continue
			}
			id := strings.TrimSuffix(filepath.Base(tf), ".json")
			body, err := gunzipFile(filepath.Join(dir, "dev", "html", id+".html.gz"))
			if err != nil {
				continue // a page without its HTML is not part of the set
			}
			if len(body) > maxPageBytes {
				continue
			}
			out = append(out, page{set: set, id: id, html: toUTF8(body), want: gt.GroundTruth.MainContent, untitled: true, title: gt.GroundTruth.Title})
		}
		return out, nil
	}
}

func gunzipFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(io.LimitReader(zr, maxPageBytes+1))
}

// loadUtomo reads one of Utomo and Leu's sets (pagesets.UtomoPages:
// "news", nine news sites over four years, or "chaos", 2017 search
// results): the truth is plain text, headline first.
func loadUtomo(set string) func(dir string) ([]page, error) {
	name := "utomo-" + set
	return func(dir string) ([]page, error) {
		pages, err := pagesets.UtomoPages(dir, set)
		if err != nil {
			return nil, err
		}
		if len(pages) == 0 {
			return nil, fmt.Errorf("%s: no pages in %s (run internal/eval/prepare.sh)", name, dir)
		}
		var out []page
		for _, p := range pages {
			gold, err := os.ReadFile(p.Gold)
			if err != nil {
				return nil, err
			}
			body, err := os.ReadFile(p.HTML + ".htm")
			if errors.Is(err, fs.ErrNotExist) {
				body, err = os.ReadFile(p.HTML + ".html")
			}
			if err != nil {
				continue // a page without its HTML is not part of the set
			}
			if len(body) > maxPageBytes {
				continue
			}
			out = append(out, page{set: name, id: p.ID, html: toUTF8(body), want: pagesets.LinesArticle(gold)})
		}
		return out, nil
	}
}

// loadFundus reads the news pages Fundus (flairNLP/fundus, MIT) keeps to
// test its publisher-specific parsers (pagesets.FundusPages), with the
// article each parser is expected to take: headline, standfirst, section
// headings and paragraphs. The pages are of 2023–2026, from some 150
// publishers in 40 countries, many not in English.
func loadFundus(dir string) ([]page, error) {
	pages, err := pagesets.FundusPages(dir)
	if err != nil {
		return nil, err
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("fundus: no pages in %s (run internal/eval/prepare.sh)", dir)
	}
	var out []page
	for _, p := range pages {
		body, err := gunzipFile(p.HTML)
		if err != nil || len(body) > maxPageBytes {
			continue
		}
		out = append(out, page{set: "fundus", id: p.ID, html: toUTF8(body), want: p.Truth, title: p.Title})
	}
	return out, nil
}

// loadGoogleTrends reads Google-Trends-2017 (BoilerNet's set): 180 pages
// of 2017 found through Google Trends searches, mostly English news and
// entertainment articles, each saved whole with the annotators' labels
// as attributes on its elements. The truth is the headline, standfirst
// and article they marked (pagesets.GoogleTrendsArticle); extractors see
// the page with the labels taken out.
func loadGoogleTrends(dir string) ([]page, error) {
	files, err := setFiles("googletrends", dir, "*.html")
	if err != nil {
		return nil, err
	}
	var out []page
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		if len(body) > maxPageBytes {
			continue
		}
		body = toUTF8(body)
		id := strings.TrimSuffix(filepath.Base(f), ".html")
		out = append(out, page{set: "googletrends", id: id, html: pagesets.GoogleTrendsPage(body), want: pagesets.GoogleTrendsArticle(body)})
	}
	return out, nil
}

// cetdSites are the news sites of CETD's six groups of pages; its
// Wikipedia articles and assorted pages ("Chaos") are not news.
var cetdSites = []string{"arstechnica", "BBC", "nytimes", "YAHOO!"}

// loadCETD reads the news pages of CETD (Sun, Song and Liao, "DOM Based
// Content Extraction via Text Density", SIGIR 2011): a hundred pages of
// each of four news sites of about 2010, <site>/original/N.htm, with the
// article's text written out by hand in <site>/gold/N.txt (UTF-8 with a
// byte-order mark, a paragraph on each line; the headline is in some and
// not others, so pages are scored on title plus text, as most sets are).
func loadCETD(dir string) ([]page, error) {
	var out []page
	for _, site := range cetdSites {
		ps, err := loadLayout(filepath.Join(dir, "CETD", site), "cetd", pairLayout{"original", ".htm", "gold"}, pagesets.CETDArticle)
		if err != nil {
			return nil, err
		}
		for i := range ps {
			ps[i].id = site + "/" + ps[i].id
		}
		out = append(out, ps...)
	}
	return out, nil
}
