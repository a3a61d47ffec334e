// Command summaries is the summary dev harness: it ingests news articles
// that people summarized (CNN/Daily Mail's highlights, XSum's one-sentence
// introductions, as FRANK keeps them), asks the engine for each article's
// summary exactly as `articlebot summarize` does, and scores its TL;DR
// against the people's summary with ROUGE, next to the lead baselines
// (the article's first sentences, as the engine split them) and the
// published systems' summaries FRANK keeps, all scored in the same run.
//
//	sh internal/eval/prepare.sh        # once: FRANK into internal/eval/.data
//	go run ./internal/eval/summaries [-half tune|check] [-show ID]
package main
