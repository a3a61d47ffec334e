package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
)

// celebritySource reads the legitimate half of the Celebrity set of
// Pérez-Rosas et al.'s fake news data ("Automatic Detection of Fake News",
// COLING 2018): 250 articles about actors, singers, socialites and
// politicians from the entertainment, fashion and style sections of
// mainstream news sites and from entertainment magazines, mostly of
// 2015–2017, a plain-text file each with the headline on its first line and
// a blank line between paragraphs. The gossip sites' half is not read.
// Pages are the files' numbers ("001").
func celebritySource(title string) newsSource {
	return wholeFileSource(title, "celebrity", readCelebrity)
}

// celebrityDir is the set's folder of legitimate articles in the repository
// that keeps it.
const celebrityDir = "datasets/deception_detection_fake_news/data/celebrityDataset/legit"

// readCelebrity reads every article of the set, headline first, by page.
func readCelebrity(root string) (map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(root, filepath.FromSlash(celebrityDir), "*legit.txt"))
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out[strings.TrimSuffix(filepath.Base(f), "legit.txt")] = pagesets.LinesArticle(b)
	}
	return out, nil
}
