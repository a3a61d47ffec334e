package main

import "path/filepath"

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
	out := map[string]string{}
	if err := readTextFiles(filepath.Join(root, filepath.FromSlash(celebrityDir), "*legit.txt"), "legit.txt", out); err != nil {
		return nil, err
	}
	return out, nil
}
