package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/articlebot/articlebot/internal/eval"
	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/rag/extract"
	"github.com/articlebot/articlebot/store"
)

// leadWords is the lead baseline's budget: the TL;DR's, so that the two
// are compared at the length the engine allows itself.
const leadWords = 90

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "summaries:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("summaries", flag.ContinueOnError)
	data := fs.String("data", "internal/eval/.data/summaries/frank/data/articles-wbertscore-json", "`dir` of FRANK's article files")
	half := fs.String("half", "", "use only the `tune` half of each set's articles (even places) or the check half (odd)")
	show := fs.String("show", "", "run one article (by `ID`), printing its summaries before their scores")
	if err := fs.Parse(args); err != nil {
		return err
	}
	docs, err := loadFRANK(*data)
	if err != nil {
		return err
	}
	if docs, err = pick(docs, *half, *show); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	dir, err := os.MkdirTemp("", "articlebot-summaries-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	eng, closeEngine, err := eval.NewEngine(ctx, filepath.Join(dir, "db"))
	if err != nil {
		return err
	}
	defer closeEngine()
	rows := map[string]*row{}
	var order []string
	tally := func(set, method, summary, ref string) {
		k := set + "\t" + method
		r := rows[k]
		if r == nil {
			r = &row{set: set, method: method}
			rows[k] = r
			order = append(order, k)
		}
		r.n++
		r.words += len(words(summary))
		r.sum.add(score(summary, ref))
	}
	for i, d := range docs {
		sum, lead3, lead, err := summarize(ctx, eng, dir, i, d)
		if err != nil {
			return fmt.Errorf("%s: %w", d.ID, err)
		}
		if *show != "" {
			fmt.Fprintf(stdout, "reference: %s\n\narticlebot: %s\n\nlead-3: %s\n\nlead, %d words: %s\n", d.Reference, sum, lead3, leadWords, lead)
		}
		tally(d.Set, "articlebot TL;DR", sum, d.Reference)
		tally(d.Set, "lead-3 (baseline)", lead3, d.Reference)
		tally(d.Set, fmt.Sprintf("lead, %d words (baseline)", leadWords), lead, d.Reference)
		for _, name := range slices.Sorted(maps.Keys(d.Systems)) {
			tally(d.Set, name+" (published system)", d.Systems[name], d.Reference)
		}
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "set\tsummary\tarticles\twords\tROUGE-1\tROUGE-2\tROUGE-L\tROUGE-1 recall")
	for _, k := range order {
		r := rows[k]
		n := float64(r.n)
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.1f\t%.2f\t%.2f\t%.2f\t%.2f\n", r.set, r.method, r.n, float64(r.words)/n, 100*r.sum.R1/n, 100*r.sum.R2/n, 100*r.sum.RL/n, 100*r.sum.R1Recall/n)
	}
	return tw.Flush()
}

type row struct {
	set, method string
	n, words    int
	sum         Rouge
}

// pick keeps one article (show), or a half of each set: the even-placed
// articles to tune on, the odd ones to check.
func pick(docs []Doc, half, show string) ([]Doc, error) {
	if show != "" {
		i := slices.IndexFunc(docs, func(d Doc) bool { return d.ID == show })
		if i < 0 {
			return nil, fmt.Errorf("no article %s", show)
		}
		return docs[i : i+1], nil
	}
	return eval.HalfOf(docs, half, func(d Doc) string { return d.Set })
}

// summarize ingests d as a user's text file, in a library of its own, and
// returns the engine's TL;DR and the lead baselines over the same stored
// sentences: the first three, and as many of the first as fit in
// leadWords (at least one).
func summarize(ctx context.Context, eng *rag.Engine, dir string, i int, d Doc) (tldr, lead3, lead string, err error) {
	path := filepath.Join(dir, fmt.Sprintf("article%04d.txt", i))
	if err := os.WriteFile(path, []byte(d.Text+"\n"), 0o600); err != nil {
		return "", "", "", err
	}
	scope := store.Scope(fmt.Sprintf("summaries:%d", i))
	res, err := eng.Ingest(ctx, rag.IngestRequest{Scope: scope, Source: rag.LocalFile(path)})
	if err != nil {
		return "", "", "", err
	}
	s, err := eng.Summarize(ctx, scope, res.Article.ID)
	if err != nil {
		return "", "", "", err
	}
	a := res.Article
	var first, fit []string
	n, full := 0, false
	for j, se := range a.Sentences {
		text := a.Text[se.Start:se.End]
		if j < 3 {
			first = append(first, text)
		}
		w := extract.WordCount(text)
		if full = full || len(fit) > 0 && n+w > leadWords; !full {
			fit = append(fit, text)
			n += w
		}
		if j >= 2 && full {
			break
		}
	}
	return s.TLDR, strings.Join(first, " "), strings.Join(fit, " "), nil
}
