// Package eval is the question-answering dev harness: it loads public
// reading-comprehension sets (SQuAD v1.1/2.0 and MLQA in SQuAD's format,
// QuAC for follow-ups), ingests each story into a library of its own, asks
// every question through the engine's Ask exactly as `articlebot ask --json`
// does, and scores the answers next to plain BM25 over the same sentences,
// measured in the same run.
//
// A question is a hit at k when a gold answer span lies inside one of the
// first k quotes. It is a developer tool: `go run ./internal/eval/qa -data
// DIR` runs it over the files internal/eval/fetch-data.sh prepares; the unit
// test runs it end to end on the small sample in testdata.
package eval
