#!/bin/sh
# all.sh is the dev harness in one command: it prepares every public data
# set (git-ignored folders; nothing is committed) and runs every harness,
# each next to its plain baseline in the same run: QA (questions alone and
# follow-ups with their conversation, vs BM25), speakers (vs sentences
# naming the person), extraction (vs go-trafilatura alone) and summaries
# (vs the lead). These are the
# figures docs/benchmarks.md reports. Run from the module root:
#
#	sh internal/eval/all.sh
set -eu
sh internal/eval/prepare.sh
sh internal/eval/fetch-data.sh .data/eval
echo "== QA: each question asked alone"
go run ./internal/eval/qa -data .data/eval -alone
echo "== QA: dialogs with their conversation"
go run ./internal/eval/qa -data .data/eval
echo "== Speakers: the attribution, and the engine's answers"
go run ./internal/eval/speakers -engine
echo "== Extraction"
go run ./internal/eval/extract
echo "== Summaries"
go run ./internal/eval/summaries
