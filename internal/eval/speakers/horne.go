package main

import (
	"path/filepath"
	"strings"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
)

// horneSource reads the real news of Horne and Adali's fake news data
// ("This Just In", NECO 2017): US political news of 2016, from the
// election stories BuzzFeed News found most shared and from ten
// mainstream outlets (the Wall Street Journal, the Economist, the BBC,
// NPR, ABC, CBS, USA Today, the Guardian, NBC and the Washington Post).
// The set is one zip holding a text file per article, mostly in
// Windows-1252, with its title in a file of the same name beside it. Its
// fake and satire halves are not read. Pages are "buzzfeed-<n>" and
// "random-<n>", after the set's two folders.
func horneSource(title string) newsSource {
	return wholeFileSource(title, "horne", func(root string) (map[string]string, error) {
		return readHorne(filepath.Join(root, horneZip))
	})
}

// horneZip is the set's file in its repository.
const horneZip = "Horne2017_FakeNewsData.zip"

// horneSets maps the set's folders to the prefix of their pages.
var horneSets = map[string]string{
	"Buzzfeed Political News Dataset": "buzzfeed",
	"Random Poltical News Dataset":    "random", // sic
}

// readHorne reads the real articles of the set's zip, headline first,
// by page.
func readHorne(path string) (map[string]string, error) {
	files, err := readZip(path, func(f string) bool {
		// Public Data/<set>/<Real|Real_titles>/<n>.txt
		parts := strings.Split(f, "/")
		return len(parts) == 4 && strings.HasSuffix(parts[3], ".txt") && horneSets[parts[1]] != "" && (parts[2] == "Real" || parts[2] == "Real_titles")
	})
	if err != nil {
		return nil, err
	}
	bodies, titles := map[string][]byte{}, map[string][]byte{}
	for f, b := range files {
		parts := strings.Split(f, "/")
		n := strings.TrimSuffix(strings.TrimSuffix(parts[3], ".txt"), "_Real")
		page := horneSets[parts[1]] + "-" + n
		if parts[2] == "Real" {
			bodies[page] = b
		} else {
			titles[page] = b
		}
	}
	out := map[string]string{}
	for page, body := range bodies {
		text := pagesets.LinesArticle(body)
		if t := pagesets.LinesArticle(titles[page]); t != "" {
			text = t + "\n\n" + text
		}
		out[page] = text
	}
	return out, nil
}
