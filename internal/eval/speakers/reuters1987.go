package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// reuters1987Source reads Reuters-21578 (David D. Lewis's distribution
// 1.0 of the Reuters newswire of 1987, free for research use): 21,578
// stories, most of them markets and company news, in the XML version of
// S. Luz's that haseebr/irengine keeps (the original's SGML in
// twenty-two well-formed files). Each story's body is wrapped at seventy
// columns, a paragraph opening on an indented line, and ends in the
// wire's "Reuter"; the headline is in capitals. Stories without a body
// (the briefs and the unprocessed ones) are left out. Pages are the
// stories' NEWID numbers.
func reuters1987Source(title string) newsSource {
	return wholeFileSource(title, "reuters21578", readReuters1987)
}

// reuters1987Files are the set's files in its repository.
var reuters1987Files = filepath.Join("reuters21578-xml", "reut2-*.xml")

// reuters1987File is the part of one of the set's files the harness
// reads.
type reuters1987File struct {
	Stories []struct {
		ID       string `xml:"NEWID,attr"`
		Title    string `xml:"TEXT>TITLE"`
		Dateline string `xml:"TEXT>DATELINE"`
		Body     string `xml:"TEXT>BODY"`
	} `xml:"REUTERS"`
}

// readReuters1987 reads every story with a body, headline first, by page.
func readReuters1987(root string) (map[string]string, error) {
	names, err := filepath.Glob(filepath.Join(root, reuters1987Files))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no file of the set", filepath.Join(root, reuters1987Files))
	}
	out := map[string]string{}
	for _, name := range names {
		raw, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		// One stray byte in reut2-017 is not UTF-8; the wire's text is
		// ASCII, so any single-byte encoding reads it as well as another.
		if raw, err = utf8OrWindows1252(raw); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		var f reuters1987File
		if err := xml.Unmarshal(raw, &f); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for _, s := range f.Stories {
			if strings.TrimSpace(s.Body) == "" {
				continue
			}
			out[s.ID] = reuters1987Text(s.Title, s.Dateline, s.Body)
		}
	}
	return out, nil
}

// reuters1987Text joins a story's wrapped lines into paragraphs, its
// dateline ("SALVADOR, Feb 26 - ") opening the first as it does on the
// wire, and drops the closing "Reuter".
func reuters1987Text(title, dateline, body string) string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = nil
		}
	}
	for i, line := range strings.Split(body, "\n") {
		words := strings.Fields(line)
		if len(words) == 0 {
			flush()
			continue
		}
		// An indented line opens a paragraph; the body's first line
		// follows the dateline on the same line, so it is never indented.
		if i > 0 && (line[0] == ' ' || line[0] == '\t') {
			flush()
		}
		cur = append(cur, words...)
	}
	flush()
	if n := len(paras); n > 0 && strings.EqualFold(paras[n-1], "reuter") {
		paras = paras[:n-1]
	}
	if d := strings.Join(strings.Fields(dateline), " "); d != "" && len(paras) > 0 {
		paras[0] = d + " " + paras[0]
	}
	if t := strings.Join(strings.Fields(title), " "); t != "" {
		paras = append([]string{t}, paras...)
	}
	return strings.Join(paras, "\n\n")
}
