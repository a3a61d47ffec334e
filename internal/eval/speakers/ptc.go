package main

import "path/filepath"

// ptcSource reads the articles of Da San Martino et al.'s Propaganda
// Techniques Corpus ("Fine-Grained Analysis of Propaganda in News
// Articles", EMNLP 2019; version 2, as SemEval-2020 task 11 gave it out):
// 536 news articles of 2017–2019 from about fifty outlets, mainstream and
// partisan, a plain-text file each with the headline on its first line
// and a paragraph or a sentence on each line after it. Its propaganda
// annotations are not read. Pages are the corpus's file names,
// "article<n>".
func ptcSource(title string) newsSource {
	return wholeFileSource(title, "ptc", readPTC)
}

// ptcFolders are the corpus's three splits; the test split's copy under
// datasets/test is the same files again.
var ptcFolders = []string{"train-articles", "dev-articles", "test-articles"}

// readPTC reads every article of the corpus, headline first, by page.
func readPTC(root string) (map[string]string, error) {
	out := map[string]string{}
	for _, folder := range ptcFolders {
		if err := readTextFiles(filepath.Join(root, "datasets", folder, "article*.txt"), ".txt", out); err != nil {
			return nil, err
		}
	}
	return out, nil
}
