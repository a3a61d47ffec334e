package main

import (
	"path/filepath"
	"strings"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
)

// basilSource reads the articles of Fan et al.'s BASIL corpus ("In Plain
// Sight: Media Bias Through the Lens of Factual Reporting", EMNLP 2019):
// 300 US political news articles of 2010–2019, one story each from the
// New York Times, Fox News and the HuffPost, a JSON file per article with
// its paragraphs. Its bias annotations are not read. Pages are the
// corpus's file names, "<story>_<n>" (the year's folder left out).
func basilSource(title string) newsSource {
	return wholeFileSource(title, "basil", readBasil)
}

// basilArticle is the part of a corpus file the harness reads.
type basilArticle struct {
	Title      string     `json:"title"`
	Paragraphs [][]string `json:"body-paragraphs"`
}

// readBasil reads every article of the corpus, headline first, by page.
func readBasil(root string) (map[string]string, error) {
	return readJSONArticles(filepath.Join(root, "articles", "*", "*.json"), func(a basilArticle) string {
		lines := []string{a.Title}
		for _, p := range a.Paragraphs {
			lines = append(lines, strings.Join(p, " "))
		}
		return strings.Join(lines, "\n")
	})
}

// readJSONArticles reads the JSON files pattern matches as T and writes
// each out as an article of the lines lines gives it, by page: the file's
// name without ".json".
func readJSONArticles[T any](pattern string, lines func(T) string) (map[string]string, error) {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, f := range files {
		a, err := pagesets.ReadJSON[T](f)
		if err != nil {
			return nil, err
		}
		out[strings.TrimSuffix(filepath.Base(f), ".json")] = pagesets.LinesArticle([]byte(lines(a)))
	}
	return out, nil
}
