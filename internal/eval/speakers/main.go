package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
)

func main() {
	cases := flag.String("cases", filepath.Join("internal", "eval", "speakers", "testdata", "constructions.json"), "constructed cases")
	pdnc := flag.String("pdnc", filepath.Join("internal", "eval", ".data", "pdnc"), "PDNC checkout prepared by internal/eval/prepare.sh (skipped when absent)")
	update := flag.Bool("update", false, "rewrite the golden file next to -cases")
	news := flag.String("news", filepath.Join("internal", "eval", "speakers", "testdata", "news.json"), "speaker labels of Dragnet's news articles")
	dragnet := flag.String("dragnet", filepath.Join("internal", "eval", ".data", "extraction", "dragnet_data"), "Dragnet data prepared by internal/eval/prepare.sh (the news set is skipped when absent)")
	candidates := flag.String("candidates", "", "write Dragnet articles' quotations and reported speech to label into this folder, and stop")
	limit := flag.Int("limit", 200, "with -candidates: how many articles at most")
	merge := flag.String("merge", "", "merge the labels written into this -candidates folder into the -news file, and stop")
	verbose := flag.Bool("v", false, "list wrong attributions")
	flag.Parse()

	if *candidates != "" {
		if err := writeCandidates(*dragnet, *candidates, *limit); err != nil {
			fail(err)
		}
		return
	}
	if *merge != "" {
		pages, err := mergeLabels(*merge)
		if err != nil {
			fail(err)
		}
		b, err := json.MarshalIndent(pages, "", " ")
		if err != nil {
			fail(err)
		}
		if err := os.WriteFile(*news, append(b, '\n'), 0o644); err != nil {
			fail(err)
		}
		return
	}

	cs, err := loadConstructions(*cases)
	if err != nil {
		fail(err)
	}
	sets := []struct {
		name string
		docs []doc
	}{{"constructed", cs}}
	if _, err := os.Stat(*dragnet); err == nil {
		ds, err := loadNews(*news, *dragnet)
		if err != nil {
			fail(err)
		}
		sets = append(sets, struct {
			name string
			docs []doc
		}{"Dragnet news", ds})
	} else {
		fmt.Fprintf(os.Stderr, "skipping the news set: %s not found (run internal/eval/prepare.sh)\n", *dragnet)
	}
	if _, err := os.Stat(*pdnc); err == nil {
		ds, err := loadPDNC(*pdnc)
		if err != nil {
			fail(err)
		}
		sets = append(sets, struct {
			name string
			docs []doc
		}{"PDNC novels", ds})
	} else {
		fmt.Fprintf(os.Stderr, "skipping PDNC: %s not found (run internal/eval/prepare.sh)\n", *pdnc)
	}

	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "set\tmethod\tasks\tnothing returned\treturned\tspeaker precision\twrong speaker")
	for _, set := range sets {
		var sys, base tally
		for _, d := range set.docs {
			a := analyze(d.text)
			rs := attributed(d, a)
			sys.add(count(rs))
			base.add(count(keyword(d, a)))
			if *verbose {
				printWrong(os.Stderr, d, rs)
			}
		}
		for _, m := range []struct {
			name string
			t    tally
		}{{"keyword baseline (sentences naming X)", base}, {"articlebot (rag/quotes)", sys}} {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%.1f%%\t%.1f%%\n", set.name, m.name, m.t.asks, m.t.silent, m.t.returned(), 100*m.t.precision(), 100*m.t.wrongRate())
		}
	}
	tw.Flush()

	if *update {
		golden := strings.TrimSuffix(*cases, filepath.Ext(*cases)) + ".golden"
		if err := os.WriteFile(golden, []byte(render(cs)), 0o644); err != nil {
			fail(err)
		}
	}
}

// render lists, per constructed case and ask, what the attribution
// returns and its verdict: the golden record of the harness.
func render(ds []doc) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "== %s\n", d.name)
		for _, r := range attributed(d, analyze(d.text)) {
			if len(r.items) == 0 {
				fmt.Fprintf(&b, "%s: (nothing)\n", r.ask)
			}
			for _, it := range r.items {
				fmt.Fprintf(&b, "%s: %s %q\n", r.ask, it.verdict, d.text[it.start:it.end])
			}
		}
	}
	return b.String()
}

func printWrong(w io.Writer, d doc, rs []result) {
	for _, r := range rs {
		for _, it := range r.items {
			if it.verdict == wrong {
				fmt.Fprintf(w, "%s: %s: %q\n", d.name, r.ask, clip(d.text, it.start, it.end))
			}
		}
	}
}

func clip(text string, start, end int) string {
	s := strings.Join(strings.Fields(text[max(0, start-80):min(len(text), end+60)]), " ")
	return s
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
