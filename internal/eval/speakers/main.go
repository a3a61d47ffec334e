package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
)

func main() {
	cases := flag.String("cases", filepath.Join("internal", "eval", "speakers", "testdata", "constructions.json"), "constructed cases")
	news := flag.String("news", filepath.Join("internal", "eval", "speakers", "testdata", "news.json"), "speaker labels of news articles")
	data := filepath.Join("internal", "eval", ".data")
	dirs := map[string]*string{}
	for _, src := range newsOrder {
		ns := newsSources[src]
		dirs[src] = flag.String(src, filepath.Join(data, filepath.FromSlash(ns.dir)), ns.title+" prepared by internal/eval/prepare.sh (skipped when absent)")
	}
	pdnc := flag.String("pdnc", filepath.Join(data, "pdnc"), "PDNC checkout prepared by internal/eval/prepare.sh (skipped when absent)")
	update := flag.Bool("update", false, "rewrite the golden file next to -cases")
	verbose := flag.Bool("v", false, "list wrong attributions")
	givenOnly := flag.Bool("given", false, "with -engine -v: list only the wrong quotes an answer gives as someone's words")
	engine := flag.Bool("engine", false, "also ask the engine itself about each news article's speakers, as ask --json does")
	candidates := flag.String("candidates", "", "write articles of -source with their quotations and reported speech to label into this folder, and stop")
	source := flag.String("source", "dragnet", "with -candidates: one of "+strings.Join(newsOrder, ", "))
	limit := flag.Int("limit", 200, "with -candidates: how many articles at most")
	maxWords := flag.Int("max-words", 1500, "with -candidates: the longest article offered")
	minQuotations := flag.Int("min-quotations", 4, "with -candidates: the fewest quotations an article offered has")
	merge := flag.String("merge", "", "add the labels written into this -candidates folder to the -news file, and stop")
	minWords := flag.Int("min-words", 0, "score only the labelled news articles of at least this many words (the longest news, where attribution is hardest)")
	cues := flag.Bool("cues", false, "also list, per news set, the attribution's quotes by the cue that gave them, most wrong first")
	var phrasings []string
	flag.Func("ask", "with -engine: a phrasing of the question, %s standing for the speaker (\"%s's comments?\"); repeat it to ask each (default \"What did %s say?\")", func(s string) error {
		if strings.Count(s, "%s") != 1 || strings.Count(s, "%") != 1 {
			return fmt.Errorf("%q: want one %%s for the speaker and no other %%", s)
		}
		phrasings = append(phrasings, s)
		return nil
	})
	flag.Parse()
	if len(phrasings) == 0 {
		phrasings = []string{"What did %s say?"}
	}

	switch {
	case *candidates != "":
		dir, ok := dirs[*source]
		if !ok {
			fail(fmt.Errorf("unknown -source %q", *source))
		}
		sel := selection{maxWords: *maxWords, minQuotations: *minQuotations, skip: labelled(*news)}
		if err := writeCandidates(*source, *dir, *candidates, *limit, sel); err != nil {
			fail(err)
		}
		return
	case *merge != "":
		pages, err := mergeLabels(*merge)
		if err != nil {
			fail(err)
		}
		if err := addLabels(*news, pages); err != nil {
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
		news bool
	}{{"constructed", cs, false}}
	present := map[string]string{}
	for _, src := range newsOrder {
		if _, err := os.Stat(*dirs[src]); err == nil {
			present[src] = *dirs[src]
		} else {
			fmt.Fprintf(os.Stderr, "skipping %s: %s not found (run internal/eval/prepare.sh)\n", newsSources[src].title, *dirs[src])
		}
	}
	ns, err := loadNews(*news, present)
	if err != nil {
		fail(err)
	}
	if *minWords > 0 {
		for src, ds := range ns {
			ns[src] = longest(ds, *minWords)
		}
	}
	for _, src := range newsOrder {
		if len(ns[src]) > 0 {
			sets = append(sets, struct {
				name string
				docs []doc
				news bool
			}{newsSources[src].title, ns[src], true})
		}
	}
	if _, err := os.Stat(*pdnc); err == nil {
		ds, err := loadPDNC(*pdnc)
		if err != nil {
			fail(err)
		}
		sets = append(sets, struct {
			name string
			docs []doc
			news bool
		}{"PDNC novels", ds, false})
	} else {
		fmt.Fprintf(os.Stderr, "skipping PDNC: %s not found (run internal/eval/prepare.sh)\n", *pdnc)
	}

	byCues := map[string]map[string]*tally{} // set -> cue -> the attribution's items
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "set\tmethod\tasks\tnothing returned\t\"isn't quoted\", wrongly\treturned\tspeaker precision\twrong speaker")
	for _, set := range sets {
		var sys, base tally
		for _, d := range set.docs {
			a := analyze(d.text)
			rs := attributed(d, a)
			sys.add(count(rs))
			if *cues && set.news {
				if byCues[set.name] == nil {
					byCues[set.name] = map[string]*tally{}
				}
				byCue(rs, byCues[set.name])
			}
			base.add(count(keyword(d, a)))
			if *verbose {
				printWrong(os.Stderr, d, rs)
			}
		}
		type row struct {
			name string
			t    tally
			none string // wrong "isn't quoted" answers, or "-"
		}
		rows := []row{{"keyword baseline (sentences naming X)", base, "-"}, {"articlebot (rag/quotes)", sys, fmt.Sprint(sys.falseNone)}}
		if *engine && set.news {
			dir, err := os.MkdirTemp("", "speakers-engine-")
			if err != nil {
				fail(err)
			}
			var wrong io.Writer
			if *verbose {
				wrong = os.Stderr
			}
			ts, refused, err := askEngine(context.Background(), dir, set.docs, phrasings, wrong, *givenOnly)
			os.RemoveAll(dir)
			if err != nil {
				fail(err)
			}
			for p, t := range ts {
				name := "articlebot engine (ask)"
				if len(phrasings) > 1 {
					name = fmt.Sprintf("articlebot engine (%q)", phrasings[p])
				}
				if refused > 0 {
					name += fmt.Sprintf(", %d articles refused", refused)
				}
				rows = append(rows,
					row{name + ": every quote", t.all, fmt.Sprint(t.all.falseNone)},
					row{name + ": quotes of answers found", t.found, fmt.Sprint(t.found.falseNone)},
					row{name + ": quotes given as someone's", t.given, fmt.Sprint(t.given.falseNone)})
			}
		}
		for _, m := range rows {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%d\t%.1f%% (%d)\t%.1f%% (%d)\n", set.name, m.name, m.t.asks, m.t.silent, m.none, m.t.returned(), 100*m.t.precision(), m.t.own, 100*m.t.wrongRate(), m.t.wrong)
		}
	}
	tw.Flush()
	if *cues {
		printCues(sets, byCues)
	}

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
		switch {
		case r.falseNone:
			fmt.Fprintf(w, "%s: %s: wrongly not quoted: %s\n", d.name, r.ask, r.lead)
		case len(r.items) == 0:
			fmt.Fprintf(w, "%s: %s: nothing returned\n", d.name, r.ask)
		}
		for _, it := range r.items {
			if it.verdict == wrong {
				cue := ""
				if it.cue != "" {
					cue = " (" + it.cue + ")"
				}
				fmt.Fprintf(w, "%s: %s: %q%s\n", d.name, r.ask, clip(d.text, it.start, it.end), cue)
				if r.lead != "" {
					fmt.Fprintf(w, "\tanswer: %s\n", r.lead)
				}
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

// labelled returns the pages of a labels file ("source/page"), so that
// -candidates does not offer them again; none when it does not exist.
func labelled(path string) map[string]bool {
	out := map[string]bool{}
	b, err := os.ReadFile(path)
	if err != nil {
		return out
	}
	var pages []newsPage
	if err := json.Unmarshal(b, &pages); err != nil {
		fail(fmt.Errorf("%s: %w", path, err))
	}
	for _, p := range pages {
		out[p.Source+"/"+p.Page] = true
	}
	return out
}

// printCues lists each news set's attribution by cue, the cues that gave
// the most wrong quotes first: where a rule misfires.
func printCues[S any](sets []S, byCues map[string]map[string]*tally) {
	names := make([]string, 0, len(byCues))
	for n := range byCues {
		names = append(names, n)
	}
	sort.Strings(names)
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "\nset\tcue\treturned\tX's own\tsomeone else's\twrong speaker")
	for _, n := range names {
		cs := make([]string, 0, len(byCues[n]))
		for c := range byCues[n] {
			cs = append(cs, c)
		}
		sort.Slice(cs, func(i, j int) bool {
			a, b := byCues[n][cs[i]], byCues[n][cs[j]]
			if a.wrong != b.wrong {
				return a.wrong > b.wrong
			}
			return cs[i] < cs[j]
		})
		for _, c := range cs {
			t := byCues[n][c]
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%.1f%%\n", n, c, t.returned(), t.own, t.wrong, 100*t.wrongRate())
		}
	}
	tw.Flush()
}
