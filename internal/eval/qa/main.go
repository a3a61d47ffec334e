// Command qa runs the question-answering dev harness: every question of the
// data sets in -data asked through the engine, next to plain BM25 over the
// same sentences.
//
//	internal/eval/fetch-data.sh          # once: public data into .data/eval
//	go run ./internal/eval/qa -data .data/eval
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/articlebot/articlebot/internal/eval"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "qa:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("qa", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", ".data/eval", "`dir` of SQuAD-, MLQA- or QuAC-format JSON files")
	library := fs.Bool("library", false, "also ask across one library of every story, next to plain BM25 over all its sentences")
	misses := fs.Bool("misses", false, "list the questions missed at 3")
	losses := fs.Bool("losses", false, "list the questions BM25 answers at 1 and articlebot misses at 1")
	words := fs.Int("words", eval.StoryWords, "join SQuAD paragraphs into stories of at least `n` words")
	alone := fs.Bool("alone", false, "ask dialog questions each alone, without their conversation (as ask --json does)")
	converse := fs.Bool("converse", false, "ask each story's questions in order as one conversation")
	limit := fs.Int("limit", 0, "use only the first `n` stories (0: all)")
	half := fs.String("half", "", "use only the `tune` half of each file's stories (even places) or the check half (odd)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	stories, err := eval.LoadDir(*data, *words)
	if err != nil {
		return err
	}
	if stories, err = eval.Half(stories, *half); err != nil {
		return err
	}
	if *alone {
		for i := range stories {
			stories[i].Dialog = false
		}
	}
	if *limit > 0 && *limit < len(stories) {
		stories = stories[:*limit]
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	dir, err := os.MkdirTemp("", "articlebot-eval-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	opts := eval.Options{Library: *library, Converse: *converse}
	if *misses {
		opts.Misses = stderr
	}
	if *losses {
		opts.Losses = stderr
	}
	rep, err := eval.Run(ctx, dir, stories, opts)
	if err != nil {
		return err
	}
	rep.Markdown(stdout)
	return nil
}
