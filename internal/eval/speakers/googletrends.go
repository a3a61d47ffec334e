package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
	"github.com/articlebot/articlebot/rag/fetch"
)

// googleTrendsSource reads Google-Trends-2017 (BoilerNet's set): pages of
// 2017 found through Google Trends searches, mostly English news and
// entertainment articles, each as its annotators marked it (headline,
// standfirst and article: pagesets.GoogleTrendsArticle). Only the
// articles in English are read (see inEnglish). Pages are the set's file
// names without ".html": "M-004".
func googleTrendsSource(title string) newsSource {
	return wholeFileSource(title, "extraction/boilernet/datasets/googletrends/raw_html", readGoogleTrends)
}

func readGoogleTrends(root string) (map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(root, "*.html"))
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		if text := pagesets.GoogleTrendsArticle(fetch.DecodeHTML(b, "")); inEnglish(text) {
			out[strings.TrimSuffix(filepath.Base(f), ".html")] = text
		}
	}
	return out, nil
}
