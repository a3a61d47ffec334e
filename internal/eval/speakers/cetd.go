package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
)

// cetdSites are the CETD news sites whose texts are read: Yahoo! News's
// hand-made texts carry its readers' comments as part of the article, so
// it is left out.
var cetdSites = []string{"arstechnica", "BBC", "nytimes"}

// cetdSource reads the news texts of CETD (Sun, Song and Liao, SIGIR
// 2011): pages of Ars Technica, BBC News and the New York Times of about
// 2010, each article's text written out by hand, a paragraph on each
// line. Pages are the site and the page's number: "BBC-45".
func cetdSource(title string) newsSource {
	return wholeFileSource(title, "extraction/maintex/CETD", readCETD)
}

func readCETD(root string) (map[string]string, error) {
	out := map[string]string{}
	for _, site := range cetdSites {
		files, err := filepath.Glob(filepath.Join(root, site, "gold", "*.txt"))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			id := site + "-" + strings.TrimSuffix(filepath.Base(f), ".txt")
			out[id] = pagesets.CETDArticle(b)
		}
	}
	return out, nil
}
