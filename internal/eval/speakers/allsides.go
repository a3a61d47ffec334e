package main

import (
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
)

// allSidesSource reads the articles of Baly et al.'s AllSides corpus
// ("We Can Detect Your Bias", EMNLP 2020) whose outlet news says whether
// to: US news of 2012–2020, one JSON file per article, its text as
// newspaper3k extracted it, a paragraph on each line. The "allsides" set
// holds the sixteen news outlets the attribution was first read off, and
// "allsidesother" the corpus's other outlets (magazines, opinion sites,
// partisan news), which it was not. Both leave out September 2016 (the
// week the BuzzFeed-Webis set holds) and articles whose paragraphs were
// run together without spaces ("Americans.He"). Pages are the corpus's
// article IDs.
func allSidesSource(title string, news bool) newsSource {
	return newsSource{
		title: title,
		dir:   "allsides",
		pages: perFolder(func(root string) ([]string, error) {
			files, err := filepath.Glob(filepath.Join(root, "data", "jsons", "*.json"))
			if err != nil {
				return nil, err
			}
			out := []string{}
			for _, f := range files {
				a, err := pagesets.ReadJSON[allSidesArticle](f)
				if err != nil {
					return nil, err
				}
				if allSidesNews[a.Source] == news && !strings.HasPrefix(a.Date, "2016-09") && len(runTogether.FindAllString(a.Content, 3)) < 3 {
					out = append(out, a.ID)
				}
			}
			sort.Strings(out)
			return out, nil
		}),
		text: func(root, page string) (string, error) {
			a, err := pagesets.ReadJSON[allSidesArticle](filepath.Join(root, "data", "jsons", filepath.Base(page)+".json"))
			if err != nil {
				return "", err
			}
			return pagesets.LinesArticle([]byte(a.Title + "\n" + a.Content)), nil
		},
	}
}

// allSidesArticle is the part of a corpus file the harness reads.
type allSidesArticle struct {
	ID      string `json:"ID"`
	Source  string `json:"source"`
	Date    string `json:"date"`
	Title   string `json:"title"`
	Content string `json:"content_original"`
}

// allSidesNews are the corpus's news outlets, as it names them: wire
// services, papers and broadcasters, left to right, not opinion sites.
var allSidesNews = map[string]bool{
	"Associated Press": true, "Reuters": true, "NPR Online News": true, "CNN (Web News)": true,
	"Politico": true, "The Hill": true, "USA TODAY": true, "New York Times - News": true,
	"Wall Street Journal - News": true, "BBC News": true, "The Guardian": true, "ABC News": true,
	"CBS News": true, "Bloomberg": true, "Fox Online News": true, "Washington Times": true,
}

// runTogether finds paragraphs joined without a space, which the
// extraction left in some articles.
var runTogether = regexp.MustCompile(`[a-z]\.[A-Z][a-z]`)
