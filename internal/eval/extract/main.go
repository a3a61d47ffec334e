package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/articlebot/articlebot/rag/extract"
)

// extractor turns a page into its title and article text; "" when it
// finds none.
type extractor struct {
	name string
	run  func(body []byte) (title, text string)
}

var extractors = []extractor{
	{"go-trafilatura alone", func(b []byte) (string, string) { return trafilaturaText(b, false) }},
	{"go-trafilatura + fallbacks", func(b []byte) (string, string) { return trafilaturaText(b, true) }},
	{"articlebot (rag/extract)", func(b []byte) (string, string) {
		doc, err := extract.HTML(b, nil)
		if err != nil {
			return "", ""
		}
		return doc.Title, doc.Text
	}},
}

func trafilaturaText(b []byte, fallback bool) (title, text string) {
	defer func() {
		if recover() != nil {
			title, text = "", ""
		}
	}()
	res, err := trafilatura.Extract(bytes.NewReader(b), trafilatura.Options{EnableFallback: fallback})
	if err != nil || res == nil {
		return "", ""
	}
	return res.Metadata.Title, res.ContentText
}

// sets are the benchmarks, by folder under -data.
var sets = []struct {
	name, dir string
	load      func(string) ([]page, error)
}{
	{"dragnet", "dragnet_data", loadDragnet},
	{"l3s-gn1", "page-signal-master", loadL3S},
	{"readability", "readability", loadReadability},
	{"cleanportaleval", "CleanPortalEval-master", loadCleanEval("cleanportaleval")},
	{"cleaneval", "cleaneval-final", loadCleanEval("cleaneval")},
	{"wcxb", "wcxb", loadWCXB(true)},
	{"wcxb-other", "wcxb", loadWCXB(false)},
	{"utomo-news", "ir-research-data", loadUtomo("news")},
	{"utomo-chaos", "ir-research-data", loadUtomo("chaos")},
	{"fundus", filepath.Join("fundus", "tests", "resources", "parser", "test_data"), loadFundus},
	{"googletrends", filepath.Join("boilernet", "datasets", "googletrends", "raw_html"), loadGoogleTrends},
	{"cetd", "maintex", loadCETD},
}

func main() {
	data := flag.String("data", filepath.Join("internal", "eval", ".data", "extraction"), "folder prepared by internal/eval/prepare.sh")
	limit := flag.Int("limit", 0, "pages per set (0: all)")
	worst := flag.Int("worst", 0, "list the N pages where articlebot trails go-trafilatura alone the most")
	only := flag.String("sets", "", "comma-separated sets to run (default all: "+setNames()+")")
	half := flag.String("half", "all", "pages to run: even or odd (by position in each set, to tune on one half and check on the other) or all")
	show := flag.String("show", "", "print the truth and every extraction of one page (set/id) and exit")
	perPage := flag.String("pages", "", "write every page's scores to this file (tab-separated), to compare runs")
	titles := flag.Bool("titles", false, "list the pages whose headline articlebot's title is not")
	flag.Parse()

	var loaded [][]page
	for _, set := range sets {
		if *only != "" && !slices.Contains(strings.Split(*only, ","), set.name) {
			continue
		}
		ps, err := set.load(filepath.Join(*data, set.dir))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		ps, err = pick(ps, *half)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		if *limit > 0 && len(ps) > *limit {
			ps = ps[:*limit]
		}
		if len(ps) > 0 {
			loaded = append(loaded, ps)
		}
	}
	if *show != "" {
		showPage(loaded, *show)
		return
	}

	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "set\tpages\textractor\tprecision\trecall\tF1")
	var all [][]score // per extractor, over every set
	all = make([][]score, len(extractors))
	type gap struct {
		id        string
		diff      float64
		ours      score
		alone     float64
		fallbacks float64
	}
	var gaps []gap
	var rows strings.Builder
	var titleRows strings.Builder // per set and extractor
	allTitles := make([]titleTally, len(extractors))
	var titleMisses []string // the pages whose title articlebot gets wrong
	for _, ps := range loaded {
		scores, titles := runAll(ps)
		setTitles := make([]titleTally, len(extractors))
		for i, p := range ps {
			if p.title == "" {
				continue
			}
			for ei := range extractors {
				setTitles[ei].add(titles[ei][i], p.title)
			}
			if got := titles[len(extractors)-1][i]; !sameTitle(got, p.title) {
				titleMisses = append(titleMisses, fmt.Sprintf("%s/%s\n\twant %q\n\tgot  %q\n\ttrafilatura %q", p.set, p.id, p.title, got, titles[0][i]))
			}
		}
		for ei, e := range extractors {
			if t := setTitles[ei]; t.pages > 0 {
				titleRows.WriteString(t.row(ps[0].set, e.name))
				allTitles[ei].merge(t)
			}
		}
		for i, p := range ps {
			fmt.Fprintf(&rows, "%s/%s", p.set, p.id)
			for ei := range extractors {
				s := scores[ei][i]
				fmt.Fprintf(&rows, "\t%.4f\t%.4f\t%.4f", s.p, s.r, s.f)
			}
			rows.WriteByte('\n')
		}
		for ei, e := range extractors {
			m := mean(scores[ei])
			all[ei] = append(all[ei], scores[ei]...)
			fmt.Fprintf(tw, "%s\t%d\t%s\t%.3f\t%.3f\t%.3f\n", ps[0].set, len(ps), e.name, m.p, m.r, m.f)
		}
		for i, p := range ps {
			ours := scores[len(extractors)-1][i]
			gaps = append(gaps, gap{p.set + "/" + p.id, scores[0][i].f - ours.f, ours, scores[0][i].f, scores[1][i].f})
		}
	}
	for ei, e := range extractors {
		m := mean(all[ei])
		fmt.Fprintf(tw, "all\t%d\t%s\t%.3f\t%.3f\t%.3f\n", len(all[ei]), e.name, m.p, m.r, m.f)
	}
	tw.Flush()
	if titleRows.Len() > 0 {
		fmt.Println()
		tw = tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "titles\tpages\textractor\tthe headline\ttoken F1")
		fmt.Fprint(tw, titleRows.String())
		for ei, e := range extractors {
			if t := allTitles[ei]; t.pages > 0 {
				fmt.Fprint(tw, t.row("all", e.name))
			}
		}
		tw.Flush()
	}
	if *titles {
		for _, m := range titleMisses {
			fmt.Println(m)
		}
	}
	if *perPage != "" {
		if err := os.WriteFile(*perPage, []byte(rows.String()), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	if *worst > 0 {
		sort.Slice(gaps, func(i, j int) bool { return gaps[i].diff > gaps[j].diff })
		for _, g := range gaps[:min(*worst, len(gaps))] {
			fmt.Printf("%s\tF1 %+.3f below go-trafilatura alone: articlebot P %.3f R %.3f F1 %.3f, alone %.3f, with fallbacks %.3f\n",
				g.id, -g.diff, g.ours.p, g.ours.r, g.ours.f, g.alone, g.fallbacks)
		}
	}
}

func setNames() string {
	var names []string
	for _, s := range sets {
		names = append(names, s.name)
	}
	return strings.Join(names, ",")
}

// pick keeps the even- or odd-numbered pages of a set, or all of them.
func pick(ps []page, half string) ([]page, error) {
	var rem int
	switch half {
	case "all":
		return ps, nil
	case "even":
		rem = 0
	case "odd":
		rem = 1
	default:
		return nil, fmt.Errorf("-half %q: want even, odd or all", half)
	}
	var out []page
	for i, p := range ps {
		if i%2 == rem {
			out = append(out, p)
		}
	}
	return out, nil
}

// runAll scores every extractor on every page, on all cores, and returns
// the titles they gave.
func runAll(ps []page) (scores [][]score, titles [][]string) {
	out := make([][]score, len(extractors))
	titles = make([][]string, len(extractors))
	for i := range out {
		out[i] = make([]score, len(ps))
		titles[i] = make([]string, len(ps))
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				for ei, e := range extractors {
					title, text := e.run(ps[i].html)
					titles[ei][i] = title
					if !ps[i].untitled {
						text = title + "\n\n" + text
					}
					out[ei][i] = tokenScore(text, ps[i].want)
				}
			}
		}()
	}
	for i := range ps {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out, titles
}

// titleTally counts one extractor's titles on the pages whose annotation
// gives the headline on its own.
type titleTally struct {
	pages, same int
	f           float64 // summed token F1
}

func (t *titleTally) add(got, want string) {
	t.pages++
	if sameTitle(got, want) {
		t.same++
	}
	t.f += tokenScore(got, want).f
}

func (t *titleTally) merge(o titleTally) {
	t.pages += o.pages
	t.same += o.same
	t.f += o.f
}

// row is the tally's line of the titles table: the share of titles that
// are the headline, and their mean token F1. t.pages is not 0.
func (t titleTally) row(set, extractor string) string {
	return fmt.Sprintf("%s\t%d\t%s\t%.1f%%\t%.3f\n", set, t.pages, extractor, 100*float64(t.same)/float64(t.pages), t.f/float64(t.pages))
}

// showPage prints one page's truth and extractions, each with its score.
func showPage(loaded [][]page, id string) {
	for _, ps := range loaded {
		for _, p := range ps {
			if p.set+"/"+p.id != id {
				continue
			}
			fmt.Printf("=== truth\n%s\n", p.want)
			for _, e := range extractors {
				title, text := e.run(p.html)
				if !p.untitled {
					text = title + "\n\n" + text
				}
				s := tokenScore(text, p.want)
				fmt.Printf("=== %s: P %.3f R %.3f F1 %.3f\n%s\n", e.name, s.p, s.r, s.f, text)
			}
			return
		}
	}
	fmt.Fprintf(os.Stderr, "no page %s\n", id)
}
