package main

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
)

// hyperpartisanSource reads the articles of the by-article set of
// SemEval-2019 task 4 (Kiesel et al., "SemEval-2019 Task 4: Hyperpartisan
// News Detection"): 645 US news and opinion articles of 2016–2018 (a few
// older) from mainstream outlets and partisan sites of both sides, one
// XML file whose articles hold their paragraphs as <p> elements. Text
// outside a paragraph (image credits, link teasers) is left out, as are
// the hyperpartisan labels. Pages are the set's article ids.
func hyperpartisanSource(title string) newsSource {
	return wholeFileSource(title, "hyperpartisan", readHyperpartisan)
}

// hyperpartisanFile is the set's file in the repository that keeps it.
const hyperpartisanFile = "articles-training-byarticle-20181122.xml"

// readHyperpartisan reads every article of the set, title first, by page.
func readHyperpartisan(root string) (map[string]string, error) {
	name := filepath.Join(root, hyperpartisanFile)
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	dec := xml.NewDecoder(f)
	var (
		id    string
		lines []string
		para  *strings.Builder // the paragraph being read, nil outside one
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "article":
				id, lines = attr(t, "id"), []string{attr(t, "title")}
			case "p":
				para = &strings.Builder{}
			}
		case xml.CharData:
			if para != nil {
				para.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "p":
				lines = append(lines, para.String())
				para = nil
			case "article":
				out[id] = pagesets.LinesArticle([]byte(strings.Join(lines, "\n")))
			}
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no articles", name)
	}
	return out, nil
}

// attr is the value of start's attribute name, "" without one.
func attr(start xml.StartElement, name string) string {
	for _, a := range start.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
