package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"text/tabwriter"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/articlebot/articlebot/rag/extract"
)

// extractor turns a page into its article text; "" when it finds none.
type extractor struct {
	name string
	run  func(body []byte) string
}

var extractors = []extractor{
	{"go-trafilatura alone", func(b []byte) string { return trafilaturaText(b, false) }},
	{"go-trafilatura + fallbacks", func(b []byte) string { return trafilaturaText(b, true) }},
	{"articlebot (rag/extract)", func(b []byte) string {
		doc, err := extract.HTML(b, nil)
		if err != nil {
			return ""
		}
		return doc.Title + "\n\n" + doc.Text
	}},
}

func trafilaturaText(b []byte, fallback bool) (text string) {
	defer func() {
		if recover() != nil {
			text = ""
		}
	}()
	res, err := trafilatura.Extract(bytes.NewReader(b), trafilatura.Options{EnableFallback: fallback})
	if err != nil || res == nil {
		return ""
	}
	return res.Metadata.Title + "\n\n" + res.ContentText
}

func main() {
	data := flag.String("data", filepath.Join("internal", "eval", ".data", "extraction"), "folder prepared by internal/eval/prepare.sh")
	limit := flag.Int("limit", 0, "pages per set (0: all)")
	worst := flag.Int("worst", 0, "list the N pages where articlebot trails go-trafilatura alone the most")
	flag.Parse()

	var sets [][]page
	for _, load := range []struct {
		dir string
		fn  func(string) ([]page, error)
	}{
		{"dragnet_data", loadDragnet},
		{"page-signal-master", loadL3S},
	} {
		ps, err := load.fn(filepath.Join(*data, load.dir))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if *limit > 0 && len(ps) > *limit {
			ps = ps[:*limit]
		}
		sets = append(sets, ps)
	}

	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "set\tpages\textractor\tprecision\trecall\tF1")
	var all [][]score // per extractor, over every set
	all = make([][]score, len(extractors))
	type gap struct {
		id   string
		diff float64
	}
	var gaps []gap
	for _, ps := range sets {
		scores := runAll(ps)
		for ei, e := range extractors {
			m := mean(scores[ei])
			all[ei] = append(all[ei], scores[ei]...)
			fmt.Fprintf(tw, "%s\t%d\t%s\t%.3f\t%.3f\t%.3f\n", ps[0].set, len(ps), e.name, m.p, m.r, m.f)
		}
		for i, p := range ps {
			gaps = append(gaps, gap{p.set + "/" + p.id, scores[0][i].f - scores[len(extractors)-1][i].f})
		}
	}
	for ei, e := range extractors {
		m := mean(all[ei])
		fmt.Fprintf(tw, "all\t%d\t%s\t%.3f\t%.3f\t%.3f\n", len(all[ei]), e.name, m.p, m.r, m.f)
	}
	tw.Flush()
	if *worst > 0 {
		sort.Slice(gaps, func(i, j int) bool { return gaps[i].diff > gaps[j].diff })
		for _, g := range gaps[:min(*worst, len(gaps))] {
			fmt.Printf("%s\tF1 %+.3f below go-trafilatura alone\n", g.id, -g.diff)
		}
	}
}

// runAll scores every extractor on every page, on all cores.
func runAll(ps []page) [][]score {
	out := make([][]score, len(extractors))
	for i := range out {
		out[i] = make([]score, len(ps))
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				for ei, e := range extractors {
					out[ei][i] = tokenScore(e.run(ps[i].html), ps[i].want)
				}
			}
		}()
	}
	for i := range ps {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}
