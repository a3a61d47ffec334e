package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/articlebot/articlebot/rag/quotes"
)

// construction is one case of testdata/constructions.json.
type construction struct {
	Name   string `json:"name"`
	Text   string `json:"text"`
	Quotes []struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
	} `json:"quotes"`
	Asks []string `json:"asks"`
}

// loadConstructions reads the constructed cases; every labelled quote must
// occur in its text, so a typo cannot silently drop a label.
func loadConstructions(path string) ([]doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cs []construction
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []doc
	for _, c := range cs {
		d := doc{name: c.Name, text: c.Text, asks: c.Asks, same: quotes.SameSpeaker}
		from := 0
		for _, q := range c.Quotes {
			i := strings.Index(c.Text[from:], q.Text)
			if i < 0 {
				if i = strings.Index(c.Text, q.Text); i < 0 {
					return nil, fmt.Errorf("%s: case %q: quote %q not in its text", path, c.Name, q.Text)
				}
			} else {
				i += from
			}
			d.gold = append(d.gold, span{i, i + len(q.Text), q.Speaker})
			from = i + len(q.Text)
		}
		out = append(out, d)
	}
	return out, nil
}

// loadPDNC reads every novel of the Project Dialogism Novel Corpus under
// dir/data: novel_text.txt, quotation_info.csv (speaker and the character
// spans of each part of a quotation) and character_info.csv (who counts as
// a major or intermediate character, the ones asked about).
func loadPDNC(dir string) ([]doc, error) {
	novels, err := filepath.Glob(filepath.Join(dir, "data", "*", "quotation_info.csv"))
	if err != nil {
		return nil, err
	}
	if len(novels) == 0 {
		return nil, fmt.Errorf("no PDNC novels in %s (run internal/eval/prepare.sh)", dir)
	}
	sort.Strings(novels)
	var out []doc
	for _, qpath := range novels {
		nd := filepath.Dir(qpath)
		text, err := os.ReadFile(filepath.Join(nd, "novel_text.txt"))
		if err != nil {
			return nil, err
		}
		d := doc{name: filepath.Base(nd), text: string(text), same: func(a, b string) bool { return a == b }}
		offsets := runeOffsets(d.text)
		rows, err := readCSV(qpath)
		if err != nil {
			return nil, err
		}
		for _, row := range rows[1:] {
			if len(row) < 5 {
				continue
			}
			for _, m := range pairRE.FindAllStringSubmatch(row[3], -1) {
				s, err1 := strconv.Atoi(m[1])
				e, err2 := strconv.Atoi(m[2])
				if err1 != nil || err2 != nil || s < 0 || e > len(offsets)-1 || s >= e {
					continue
				}
				d.gold = append(d.gold, span{offsets[s], offsets[e], row[4]})
			}
		}
		chars, err := readCSV(filepath.Join(nd, "character_info.csv"))
		if err != nil {
			return nil, err
		}
		for _, row := range chars[1:] {
			if len(row) >= 5 && (row[4] == "major" || row[4] == "intermediate") {
				d.asks = append(d.asks, row[1])
			}
		}
		out = append(out, d)
	}
	return out, nil
}

var pairRE = regexp.MustCompile(`\[\s*(\d+)\s*,\s*(\d+)\s*\]`)

// runeOffsets maps the annotation's character offsets to byte offsets.
func runeOffsets(s string) []int {
	out := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	return rows, nil
}
