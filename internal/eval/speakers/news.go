package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/articlebot/articlebot/rag/quotes"
)

// The news set: Dragnet's hand-corrected article texts (news and blog
// pages of 2012, fetched by prepare.sh), whose quotations and reported
// speech were labelled with their speakers for this harness. The labels
// are this project's, read off each article by someone who did not see
// what the attribution returns; the texts and their constructions are
// not. testdata/news.json holds only offsets, speakers and a checksum of
// each span, so none of the publishers' text is committed.

// newsPage is one labelled article of testdata/news.json.
type newsPage struct {
	Page  string      `json:"page"` // Dragnet's file name without .txt
	Spans []newsLabel `json:"spans"`
}

// newsLabel is a labelled span: a quotation (the words between the marks)
// or a sentence of reported speech, with who said it: a name as the
// article gives it in full, "~" and a description for someone it does not
// name ("~a resident", "~unknown"), or "" for a title or scare quote,
// which is no one's speech. Sum is the CRC-32 of the span's
// text, so a changed text is refused rather than mislabelled.
type newsLabel struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Sum     string `json:"sum"`
	Speaker string `json:"speaker"`
	Kind    string `json:"kind,omitempty"` // in candidate files only: "quotation" or "sentence"
}

// dragnetText is a Dragnet annotation without the reader comments it also
// marks (after dragnetComments), as the extraction harness scores it. A
// few annotations are in Windows-1252, not UTF-8.
func dragnetText(dir, page string) (string, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "GoldStandard", page+".txt"))
	if err != nil {
		return "", err
	}
	if !utf8.Valid(raw) {
		if raw, err = charmap.Windows1252.NewDecoder().Bytes(raw); err != nil {
			return "", fmt.Errorf("%s: %w", page, err)
		}
	}
	text, _, _ := strings.Cut(string(raw), dragnetComments)
	return text, nil
}

const dragnetComments = "!@#$%^&*()"

func spanSum(s string) string { return fmt.Sprintf("%08x", crc32.ChecksumIEEE([]byte(s))) }

// loadNews reads the labelled articles. Every named speaker is asked
// about, by the name the label gives.
func loadNews(labels, dir string) ([]doc, error) {
	b, err := os.ReadFile(labels)
	if err != nil {
		return nil, err
	}
	var pages []newsPage
	if err := json.Unmarshal(b, &pages); err != nil {
		return nil, fmt.Errorf("%s: %w", labels, err)
	}
	var out []doc
	for _, p := range pages {
		text, err := dragnetText(dir, p.Page)
		if err != nil {
			return nil, fmt.Errorf("%s: %w (run internal/eval/prepare.sh)", labels, err)
		}
		d := doc{name: p.Page, text: text, same: quotes.SameSpeaker}
		seen := map[string]bool{}
		for _, l := range p.Spans {
			if l.Start < 0 || l.End > len(text) || l.Start >= l.End || spanSum(text[l.Start:l.End]) != l.Sum {
				return nil, fmt.Errorf("%s: page %s: span [%d,%d) is not the labelled text", labels, p.Page, l.Start, l.End)
			}
			d.gold = append(d.gold, span{l.Start, l.End, l.Speaker})
			if l.Speaker != "" && !strings.HasPrefix(l.Speaker, "~") && !seen[l.Speaker] {
				seen[l.Speaker] = true
				d.asks = append(d.asks, l.Speaker)
			}
		}
		sort.Strings(d.asks)
		out = append(out, d)
	}
	return out, nil
}

// candidate is a span offered for labelling.
type candidate struct {
	ID         int    `json:"id"`
	Kind       string `json:"kind"` // "quotation" or "sentence"
	Start, End int    `json:"-"`
	Text       string `json:"text"`
}

// writeCandidates writes, for each Dragnet article with at least four
// quotations and four speech verbs, a file to label: the article, then
// every quotation and every sentence the attribution calls reported
// speech, numbered, without the speaker it found. The spans are what is
// labelled; who said them is the labeller's reading alone.
func writeCandidates(dir, out string, limit int) error {
	files, err := filepath.Glob(filepath.Join(dir, "GoldStandard", "*.txt"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	n := 0
	for _, f := range files {
		page := strings.TrimSuffix(filepath.Base(f), ".txt")
		text, err := dragnetText(dir, page)
		if err != nil {
			return err
		}
		if len(strings.Fields(text)) > 1500 || len(speechVerb.FindAllString(text, -1)) < 4 {
			continue
		}
		a := analyze(text)
		if len(a.an.Quotations) < 4 {
			continue
		}
		var cs []candidate
		for _, q := range a.an.Quotations {
			cs = append(cs, candidate{Kind: "quotation", Start: q.Start, End: q.End})
		}
		for _, p := range a.an.Paraphrases {
			s := a.sents[p.Sentence]
			cs = append(cs, candidate{Kind: "sentence", Start: s.Start, End: s.End})
		}
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Start < cs[j].Start })
		var b strings.Builder
		fmt.Fprintf(&b, "ARTICLE %s\n\n%s\n\nSPANS\n", page, strings.TrimSpace(text))
		var labels []newsLabel
		for i := range cs {
			cs[i].ID = i + 1
			cs[i].Text = text[cs[i].Start:cs[i].End]
			fmt.Fprintf(&b, "%d [%s] %s\n", cs[i].ID, cs[i].Kind, strings.Join(strings.Fields(cs[i].Text), " "))
			labels = append(labels, newsLabel{Start: cs[i].Start, End: cs[i].End, Sum: spanSum(cs[i].Text), Kind: cs[i].Kind})
		}
		if err := os.WriteFile(filepath.Join(out, page+".txt"), []byte(b.String()), 0o644); err != nil {
			return err
		}
		j, err := json.Marshal(newsPage{Page: page, Spans: labels})
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, page+".spans.json"), j, 0o644); err != nil {
			return err
		}
		if n++; n == limit {
			break
		}
	}
	return nil
}

var speechVerb = regexp.MustCompile(`\b(said|says|told)\b`)

// mergeLabels turns the labellers' files in dir (<page>.json, span number
// to label, beside the <page>.spans.json -candidates wrote) into the
// labels loadNews reads: TITLE becomes "" (no one's words), UNKNOWN
// "~unknown", and a sentence labelled NONE, reporting no one's words, is
// left out.
func mergeLabels(dir string) ([]newsPage, error) {
	spans, err := filepath.Glob(filepath.Join(dir, "*.spans.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(spans)
	var out []newsPage
	for _, sf := range spans {
		page := strings.TrimSuffix(filepath.Base(sf), ".spans.json")
		lb, err := os.ReadFile(filepath.Join(dir, page+".json"))
		if errors.Is(err, fs.ErrNotExist) {
			continue // not labelled
		}
		if err != nil {
			return nil, err
		}
		var labels map[string]string
		if err := json.Unmarshal(lb, &labels); err != nil {
			return nil, fmt.Errorf("%s labels: %w", page, err)
		}
		cb, err := os.ReadFile(sf)
		if err != nil {
			return nil, err
		}
		var c newsPage
		if err := json.Unmarshal(cb, &c); err != nil {
			return nil, fmt.Errorf("%s: %w", sf, err)
		}
		p := newsPage{Page: page}
		for i, l := range c.Spans {
			label, ok := labels[strconv.Itoa(i+1)]
			if !ok {
				return nil, fmt.Errorf("%s: span %d has no label", page, i+1)
			}
			switch label = strings.TrimSpace(label); label {
			case "NONE":
				if l.Kind == "quotation" {
					return nil, fmt.Errorf("%s: quotation %d labelled NONE", page, i+1)
				}
				continue
			case "TITLE":
				label = ""
			case "UNKNOWN":
				label = "~unknown"
			}
			l.Speaker, l.Kind = label, ""
			p.Spans = append(p.Spans, l)
		}
		out = append(out, p)
	}
	return out, nil
}
