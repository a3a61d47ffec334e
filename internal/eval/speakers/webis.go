package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// webisArticle is one article file of the BuzzFeed-Webis Fake News Corpus
// 2016: the text on one line, its paragraphs as character offsets into it.
type webisArticle struct {
	Title       string `xml:"title"`
	Portal      string `xml:"portal"`
	Orientation string `xml:"orientation"`
	MainText    string `xml:"mainText"`
	Paragraphs  []struct {
		Start int `xml:"start"`
		End   int `xml:"end"`
	} `xml:"paragraph"`
}

// text is the article headline first, its paragraphs rebuilt from their
// offsets (characters, end exclusive) and separated by blank lines; an
// offset past the text's end is cut to it.
func (w webisArticle) text() string {
	runes := []rune(w.MainText)
	parts := []string{strings.Join(strings.Fields(w.Title), " ")}
	for _, p := range w.Paragraphs {
		start, end := max(0, p.Start), min(len(runes), p.End)
		if start >= end {
			continue
		}
		if para := strings.Join(strings.Fields(string(runes[start:end])), " "); para != "" {
			parts = append(parts, para)
		}
	}
	return strings.Join(parts, "\n\n")
}

// webisSource reads the mainstream articles (ABC News, CNN, Politico) of
// the BuzzFeed-Webis Fake News Corpus 2016, a week of news of September
// 2016 on the US election, one XML file each under articles/, by file name.
// The hyperpartisan pages of the set are not read.
func webisSource(title string) newsSource {
	read := func(root, page string) (webisArticle, error) {
		var w webisArticle
		b, err := os.ReadFile(filepath.Join(root, "articles", page+".xml"))
		if err != nil {
			return w, err
		}
		if err := xml.Unmarshal(b, &w); err != nil {
			return w, fmt.Errorf("%s: %w", page, err)
		}
		return w, nil
	}
	return newsSource{
		title: title,
		dir:   "buzzwebis",
		// Which files are mainstream is read once per folder.
		pages: perFolder(func(root string) ([]string, error) {
			files, err := filepath.Glob(filepath.Join(root, "articles", "*.xml"))
			if err != nil {
				return nil, err
			}
			out := []string{}
			for _, f := range files {
				page := strings.TrimSuffix(filepath.Base(f), ".xml")
				w, err := read(root, page)
				if err != nil {
					return nil, err
				}
				if w.Orientation == "mainstream" {
					out = append(out, page)
				}
			}
			sort.Strings(out)
			return out, nil
		}),
		text: func(root, page string) (string, error) {
			w, err := read(root, page)
			if err != nil {
				return "", err
			}
			if w.Orientation != "mainstream" {
				return "", fmt.Errorf("%s: not a mainstream article of the set", page)
			}
			return w.text(), nil
		},
	}
}
