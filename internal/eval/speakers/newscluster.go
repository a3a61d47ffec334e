package main

import (
	"path/filepath"
	"strings"
)

// newsClusterSource reads the news_cluster set of Hamborg et al.'s
// Giveme5W1H ("Giveme5W1H: A Universal System for Extracting Main Events
// from News Articles", INRA 2019): English news of 2016–2018 from some
// ninety outlets (the Daily Mail, the New York Times, the Washington Post,
// RT, CNN, the Sun, NPR, China Daily, …) grouped by event, one news-please
// JSON file per article, the paragraphs a line each. The set's cleaned
// folder is read, not the raw crawl nor the files it set aside as
// damaged. Pages are the files' names (a hash of the article).
func newsClusterSource(title string) newsSource {
	return wholeFileSource(title, "newscluster", readNewsCluster)
}

// newsClusterArticle is the part of a news-please file the harness reads.
type newsClusterArticle struct {
	Title string `json:"title"`
	Text  string `json:"text"`
}

// newsClusterDir is where the set lies in the repository.
var newsClusterDir = filepath.Join("Giveme5W1H", "examples", "datasets", "news_cluster", "data")

// readNewsCluster reads every article of the set, headline first, by
// page.
func readNewsCluster(root string) (map[string]string, error) {
	return readJSONArticles(filepath.Join(root, newsClusterDir, "*.json"), func(a newsClusterArticle) string {
		return newsPleaseLines(a.Title, a.Text)
	})
}

// newsPleaseLines is the lines of an article news-please extracted,
// headline first. news-please puts the headline on the text's first line
// too, most of the time; it is read once.
func newsPleaseLines(title, text string) string {
	if first, rest, _ := strings.Cut(text, "\n"); strings.Join(strings.Fields(first), " ") == strings.Join(strings.Fields(title), " ") {
		text = rest
	}
	return title + "\n" + text
}
