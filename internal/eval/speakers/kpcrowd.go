package main

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
)

// kpCrowdSource reads Marujo et al.'s 500N-KPCrowd keyphrase set
// ("Keyphrase Cloud Generation of Broadcast News", Interspeech 2011):
// 500 English news stories of 2011 (AP, Reuters, CBS, the Guardian, …),
// fifty in each of ten categories, one text file each in a zip, the
// headline on the first line and the story run together on the second,
// its quotation marks doubled as a CSV export doubles them. Its
// keyphrases are not read, nor the stories that are a headline alone.
// Pages are the files' names, "<category>-<id>".
func kpCrowdSource(title string) newsSource {
	return wholeFileSource(title, "kpcrowd", func(root string) (map[string]string, error) {
		return readKPCrowd(filepath.Join(root, kpCrowdZip))
	})
}

// kpCrowdZip is the set's file in its repository.
var kpCrowdZip = filepath.Join("datasets", "500N-KPCrowd-v1.1.zip")

// readKPCrowd reads the stories of the set's zip, headline first, by
// page.
func readKPCrowd(name string) (map[string]string, error) {
	files, err := readZip(name, func(f string) bool {
		return path.Base(path.Dir(f)) == "docsutf8" && strings.HasSuffix(f, ".txt")
	})
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for f, b := range files {
		text := strings.ReplaceAll(string(b), `""`, `"`)
		if _, body, _ := strings.Cut(strings.TrimSpace(text), "\n"); strings.TrimSpace(body) == "" {
			continue // a headline alone
		}
		out[strings.TrimSuffix(path.Base(f), ".txt")] = pagesets.LinesArticle([]byte(text))
	}
	return out, nil
}
