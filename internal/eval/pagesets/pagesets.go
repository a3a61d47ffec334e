// Package pagesets reads the file formats of the hand-cleaned web page
// sets the dev harnesses share (fetched by internal/eval/prepare.sh):
// Dragnet's, L3S-GN1's and CleanEval's annotations, WCXB's
// ground-truth files, Readability's expected HTML, Utomo and Leu's
// pages and plain-text truths, Fundus's expected parses,
// Google-Trends-2017's labelled pages and CETD's hand-made texts. The
// extraction harness scores pages against them; the speaker harness
// labels who said what in their texts.
package pagesets

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/charmap"
)

// DragnetComments opens the reader comments Dragnet also annotated after
// an article: they are not the article.
const DragnetComments = "!@#$%^&*()"

// DragnetArticle is a Dragnet annotation without its reader comments.
func DragnetArticle(annotation string) string {
	article, _, _ := strings.Cut(annotation, DragnetComments)
	return article
}

// WCXBTruth is the part of a WCXB ground-truth file the harnesses read.
type WCXBTruth struct {
	Internal struct {
		PageType struct {
			Primary string `json:"primary"`
		} `json:"page_type"`
	} `json:"_internal"`
	GroundTruth struct {
		Title       string `json:"title"`
		MainContent string `json:"main_content"`
	} `json:"ground_truth"`
}

// IsArticle reports whether the page is an article (news, blog post,
// guide, review) rather than another of WCXB's page types.
func (t WCXBTruth) IsArticle() bool { return t.Internal.PageType.Primary == "article" }

// ReadWCXBTruth reads a WCXB ground-truth file.
func ReadWCXBTruth(path string) (WCXBTruth, error) {
	return ReadJSON[WCXBTruth](path)
}

// ReadJSON reads the JSON file at path into a T, as the sets' files are
// read. A file that is not valid JSON is reported with its path; a
// missing one with the error os.ReadFile gives, which names it too.
func ReadJSON[T any](path string) (T, error) {
	var v T
	b, err := os.ReadFile(path)
	if err != nil {
		return v, err
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return v, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

// L3SArticle is the article an L3S-GN1 annotation marks in a Google News
// page: the text of the elements classed x-nc-sel1 (headline), x-nc-sel2
// (full text) and x-nc-sel3 (supplemental text such as captions), not
// related links (sel4), comments (sel5) or the rest (sel0). The page's
// blocks (paragraphs, headings, list items, line breaks) become
// paragraphs, separated by a blank line, with the spaces inside each
// collapsed. The annotated copy is HTML in its original encoding; b must
// already be UTF-8.
func L3SArticle(b []byte) string {
	// Each text node is followed by a space, as the annotations were first
	// read; the labels' offsets depend on it.
	return blocks(b, false, " ", func(a html.Attribute) (in, set bool) {
		if a.Key != "class" {
			return false, false
		}
		for _, c := range strings.Fields(a.Val) {
			switch c {
			case "x-nc-sel1", "x-nc-sel2", "x-nc-sel3":
				in, set = true, true
			case "x-nc-sel0", "x-nc-sel4", "x-nc-sel5":
				in, set = false, true
			}
		}
		return in, set
	})
}

// CETDArticle is the text of one of CETD's hand-made truths (Sun, Song
// and Liao, SIGIR 2011): UTF-8 behind a byte-order mark, a paragraph on
// each line, as LinesArticle reads them.
func CETDArticle(gold []byte) string {
	return LinesArticle(bytes.TrimPrefix(gold, []byte("\uFEFF")))
}

// GoogleTrendsArticle is the article a Google-Trends-2017 page's
// annotators marked (BoilerNet's set: Leonhardt, Anand and Khosla, 2020):
// elements carry a __label attribute, and the truth is the text whose
// nearest labelled element is the headline ("title"), a standfirst
// ("subtitle") or the article ("main"), not the byline ("author"), the
// date, captions, pictures, videos, comments or the footer, which the
// annotators labelled apart (nested inside "main" too). A few labels
// carry typos ("main ", "substitle", "title&quot;"). b must be UTF-8.
func GoogleTrendsArticle(b []byte) string {
	return blocks(b, false, "", func(a html.Attribute) (in, set bool) {
		if a.Key != "__label" {
			return false, false
		}
		switch strings.Trim(a.Val, " \"") {
		case "title", "subtitle", "substitle", "main":
			return true, true
		}
		return false, true
	})
}

// googleTrendsLabels are the annotators' marks in a Google-Trends-2017
// page, each with the space before it.
var googleTrendsLabels = regexp.MustCompile(`\s__label="[^"]*"`)

// GoogleTrendsPage is a Google-Trends-2017 page as it was before it was
// annotated: its __label attributes removed, the rest byte for byte.
func GoogleTrendsPage(b []byte) []byte {
	return googleTrendsLabels.ReplaceAll(b, nil)
}

// HTMLArticle is the text of an article given as HTML (Mozilla
// Readability's expected output): its blocks as paragraphs, separated by a
// blank line, with the spaces inside each collapsed.
func HTMLArticle(b []byte) string {
	return blocks(b, true, "", func(html.Attribute) (bool, bool) { return false, false })
}

// blocks returns the text of the page's blocks (paragraphs, headings,
// list items, line breaks) as paragraphs, separated by a blank line, the
// spaces inside each collapsed: only the text inside marked elements,
// where mark says for each attribute whether it starts or ends the marked
// text (set false: the attribute says neither); all of it starts marked
// when in is true. sep follows each text node.
func blocks(b []byte, in bool, sep string, mark func(html.Attribute) (in, set bool)) string {
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return ""
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := strings.Join(strings.Fields(cur.String()), " "); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(n *html.Node, in bool)
	walk = func(n *html.Node, in bool) {
		block := false
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript:
				return
			case atom.P, atom.Div, atom.Br, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
				atom.Li, atom.Ul, atom.Ol, atom.Blockquote, atom.Table, atom.Tr, atom.Td, atom.Th,
				atom.Article, atom.Section, atom.Header, atom.Footer, atom.Dd, atom.Dt, atom.Pre, atom.Hr:
				block = true
			}
			for _, a := range n.Attr {
				if m, ok := mark(a); ok {
					in = m
				}
			}
		}
		if block {
			flush()
		}
		if n.Type == html.TextNode && in {
			cur.WriteString(n.Data)
			cur.WriteString(sep)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, in)
		}
		if block {
			flush()
		}
	}
	walk(root, in)
	flush()
	return strings.Join(paras, "\n\n")
}

// cleanEvalMarks are CleanEval's block marks, with any attributes.
var cleanEvalMarks = regexp.MustCompile(`(?i)<(h|p|l)\b[^>]*>`)

// CleanEvalArticle is the text of a page in CleanEval's annotation format
// (CleanEval's own set, CleanPortalEval's news portals): after a "URL:"
// line, the cleaned text with <h>, <p> and <l> opening headings,
// paragraphs and list items, HTML entities left escaped. Each block
// becomes a paragraph, separated by a blank line, its spaces collapsed.
func CleanEvalArticle(raw []byte) string {
	s := string(raw)
	if t := strings.TrimLeft(s, " \t\r\n"); strings.HasPrefix(t, "URL:") {
		_, s, _ = strings.Cut(t, "\n")
	}
	var paras []string
	for _, block := range cleanEvalMarks.Split(s, -1) {
		if p := strings.Join(strings.Fields(html.UnescapeString(block)), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

// UtomoPage is a page of one of Utomo and Leu's extraction sets
// (MSVCode/ir-research-data, research use only): its name, its truth file
// and its HTML file without the extension (.htm, or .html for some).
type UtomoPage struct{ ID, Gold, HTML string }

// utomoPart is a folder of one of those sets under Extraction/ and the
// prefix its pages' names take.
type utomoPart struct{ folder, prefix string }

// utomoParts are the folders of set "news" — ten pages of each of nine
// news sites (Ars Technica, BBC, CNN, Forbes, Fox News, LA Times, NY Mag,
// NY Post, Yahoo News) in each of 2005, 2009, 2013 and 2017, named
// "<year>-<name>" — or "chaos", 360 pages of 2017 from some 240 sites, the
// results of 36 web searches.
func utomoParts(set string) []utomoPart {
	if set == "chaos" {
		return []utomoPart{{"chaos-all", ""}}
	}
	var parts []utomoPart
	for _, y := range []string{"2005", "2009", "2013", "2017"} {
		parts = append(parts, utomoPart{"big5-" + y[2:], y + "-"})
	}
	return parts
}

// UtomoPages lists the pages of set ("news" or "chaos") in dir, a
// checkout of the data: each page is <folder>/html/<name>.htm with its
// truth in <folder>/gold/<name>.txt. They come in order of their IDs;
// folders that are missing hold none.
func UtomoPages(dir, set string) ([]UtomoPage, error) {
	var out []UtomoPage
	for _, p := range utomoParts(set) {
		folder := filepath.Join(dir, "Extraction", p.folder)
		golds, err := filepath.Glob(filepath.Join(folder, "gold", "*.txt"))
		if err != nil {
			return nil, err
		}
		sort.Strings(golds)
		for _, g := range golds {
			name := strings.TrimSuffix(filepath.Base(g), ".txt")
			out = append(out, UtomoPage{ID: p.prefix + name, Gold: g, HTML: filepath.Join(folder, "html", name)})
		}
	}
	return out, nil
}

// UtomoGold is the truth file of page id of set in dir, and whether id
// names a page of the set at all.
func UtomoGold(dir, set, id string) (string, bool) {
	for _, p := range utomoParts(set) {
		if name, ok := strings.CutPrefix(id, p.prefix); ok {
			return filepath.Join(dir, "Extraction", p.folder, "gold", name+".txt"), true
		}
	}
	return "", false
}

// LinesArticle is the text of a plain-text article with a paragraph on
// each line, headline first, as Utomo and Leu's truth files
// (MSVCode/ir-research-data: news pages of nine sites from 2005 to 2017,
// and 2017 search results) and the BBC News set's articles are. The files
// are UTF-8 or Windows-1252. Each non-blank line becomes a paragraph,
// separated by a blank line, its spaces collapsed.
func LinesArticle(raw []byte) string {
	if !utf8.Valid(raw) {
		if dec, err := charmap.Windows1252.NewDecoder().Bytes(raw); err == nil {
			raw = dec
		}
	}
	var paras []string
	for _, line := range strings.Split(string(raw), "\n") {
		if p := strings.Join(strings.Fields(line), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

// fundusParse is the part of one of Fundus's expected parses the
// harnesses read.
type fundusParse struct {
	Title string `json:"title"`
	Body  struct {
		Summary  []string `json:"summary"`
		Sections []struct {
			Headline   []string `json:"headline"`
			Paragraphs []string `json:"paragraphs"`
		} `json:"sections"`
	} `json:"body"`
}

// FundusTruth is one of Fundus's expected parses: the headline alone,
// and the article — headline, standfirst, then every section's headings
// and paragraphs, separated by blank lines.
type FundusTruth struct {
	Title, Article string
}

// FundusTruths reads a publisher's expected parses from Fundus's parser
// tests (flairNLP/fundus, tests/resources/parser/test_data) in version
// order (V1, V1_1, V2, …), which is the order of the pages they were
// written for.
func FundusTruths(raw []byte) ([]FundusTruth, error) {
	var byVersion map[string]fundusParse
	if err := json.Unmarshal(raw, &byVersion); err != nil {
		return nil, err
	}
	versions := make([]string, 0, len(byVersion))
	for v := range byVersion {
		versions = append(versions, v)
	}
	sort.Slice(versions, func(i, j int) bool { return versionLess(versions[i], versions[j]) })
	out := make([]FundusTruth, len(versions))
	for i, v := range versions {
		p := byVersion[v]
		var lines []string
		if p.Title != "" {
			lines = append(lines, p.Title)
		}
		lines = append(lines, p.Body.Summary...)
		for _, s := range p.Body.Sections {
			lines = append(lines, s.Headline...)
			lines = append(lines, s.Paragraphs...)
		}
		out[i] = FundusTruth{Title: p.Title, Article: strings.Join(lines, "\n\n")}
	}
	return out, nil
}

// versionLess orders Fundus's parser version names ("V1" < "V1_1" <
// "V1_10" < "V2") by their numbers; a name without them sorts by its text.
func versionLess(a, b string) bool {
	na, nb := versionNumbers(a), versionNumbers(b)
	if na == nil || nb == nil {
		return a < b
	}
	return slices.Compare(na, nb) < 0
}

func versionNumbers(v string) []int {
	rest, ok := strings.CutPrefix(v, "V")
	if !ok {
		return nil
	}
	var out []int
	for part := range strings.SplitSeq(rest, "_") {
		n, err := strconv.Atoi(part)
		if err != nil {
			return nil
		}
		out = append(out, n)
	}
	return out
}

// FundusPage is one of the pages of Fundus's parser tests: ID is
// "<country>/<Publisher>_<date>", HTML the path of its gzipped page,
// Truth the article its parser is expected to take and Title its
// headline (see FundusTruths).
type FundusPage struct {
	ID, HTML, Truth, Title string
}

// FundusPages lists the pages of Fundus's parser tests in dir (the
// test_data folder: <country>/<Publisher>.json beside
// <country>/<Publisher>_<date>.html.gz), sorted. Fundus picks a parser
// version by the page's crawl date, so a publisher's versions in order
// pair with its pages in date order; a publisher whose counts differ is
// left out.
func FundusPages(dir string) ([]FundusPage, error) {
	truths, err := filepath.Glob(filepath.Join(dir, "*", "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(truths)
	var out []FundusPage
	for _, tf := range truths {
		pub := strings.TrimSuffix(filepath.Base(tf), ".json")
		htmls, err := filepath.Glob(filepath.Join(filepath.Dir(tf), pub+"_*.html.gz"))
		if err != nil {
			return nil, err
		}
		sort.Strings(htmls) // the date in the name sorts
		raw, err := os.ReadFile(tf)
		if err != nil {
			return nil, err
		}
		versions, err := FundusTruths(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", tf, err)
		}
		if len(versions) != len(htmls) {
			continue
		}
		for i, h := range htmls {
			id := filepath.Base(filepath.Dir(h)) + "/" + strings.TrimSuffix(filepath.Base(h), ".html.gz")
			out = append(out, FundusPage{ID: id, HTML: h, Truth: versions[i].Article, Title: versions[i].Title})
		}
	}
	return out, nil
}
