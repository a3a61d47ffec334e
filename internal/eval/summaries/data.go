package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Doc is an article and the summary people wrote for it.
type Doc struct {
	ID  string
	Set string // "cnndm" or "xsum"
	// Text is the article, its sentences as the set gives them joined by
	// spaces: neither set keeps the paragraphs.
	Text      string
	Reference string
	// Systems holds the published systems' summaries FRANK keeps, by name.
	Systems map[string]string
}

// The systems whose summaries FRANK keeps for each set.
var (
	cnndmSystems = []string{"bart", "bert_sum", "bus", "pgn", "s2s"}
	xsumSystems  = []string{"BERTS2S", "TConvS2S", "PtGen", "TranS2S"}
)

// loadFRANK reads FRANK's article files (data/articles-wbertscore-json):
// CNN/Daily Mail's test articles are named by their hash, XSum's by number.
// The order is the files' names', so halves are stable.
func loadFRANK(dir string) ([]Doc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no FRANK article files in %s (run sh internal/eval/prepare.sh)", dir)
	}
	slices.Sort(paths)
	var docs []Doc
	for _, p := range paths {
		d, err := readFRANK(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func readFRANK(path string) (Doc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Doc{}, err
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return Doc{}, err
	}
	str := func(name string) string {
		var v string
		_ = json.Unmarshal(fields[name], &v) // absent or not a string: ""
		return v
	}
	var lines []string
	if err := json.Unmarshal(fields["article_lines"], &lines); err != nil {
		return Doc{}, fmt.Errorf("article_lines: %w", err)
	}
	d := Doc{ID: str("hash"), Text: strings.Join(lines, " "), Systems: map[string]string{}}
	// CNN/Daily Mail's highlights as written (the systems' references are
	// the same text lower-cased and tokenized); XSum's introduction exists
	// only lower-cased and tokenized, as "Gold" (once as "reference").
	systems := cnndmSystems
	if d.Reference = str("bart_reference"); d.Reference != "" {
		d.Set = "cnndm"
	} else {
		d.Set, d.Reference, systems = "xsum", cmp.Or(str("Gold"), str("reference")), xsumSystems
	}
	if d.ID == "" || d.Reference == "" || d.Text == "" {
		return Doc{}, fmt.Errorf("no hash, article or reference summary")
	}
	for _, s := range systems {
		if v := str(s); v != "" {
			d.Systems[s] = v
		}
	}
	return d, nil
}
