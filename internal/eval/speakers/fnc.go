package main

import (
	"fmt"
	"path/filepath"
	"strconv"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
)

// fncSource reads the article bodies of the Fake News Challenge's stance
// detection set (FNC-1, 2017, drawn from Ferreira and Vlachos's Emergent
// data): 2,587 news articles of 2014–2015 from mainstream and fringe
// outlets on the rumours of the day (the war on ISIS, Ebola, hoaxes and
// viral claims), one CSV row each of a body ID and the body, a blank line
// between paragraphs, no headline. Its headlines and stance labels are
// not read. Pages are "train-<id>" and "test-<id>", after the set's two
// files.
func fncSource(title string) newsSource {
	return wholeFileSource(title, "fnc", readFNC)
}

// fncFiles are the set's two files of bodies, by the prefix of their
// pages; test_bodies.csv beside them is the test file again.
var fncFiles = map[string]string{"train": "train_bodies.csv", "test": "competition_test_bodies.csv"}

// readFNC reads every body of the set, by page.
func readFNC(root string) (map[string]string, error) {
	out := map[string]string{}
	for prefix, file := range fncFiles {
		rows, err := readCSV(filepath.Join(root, file))
		if err != nil {
			return nil, err
		}
		for _, r := range rows[1:] { // the header: Body ID, articleBody
			if len(r) != 2 {
				return nil, fmt.Errorf("%s: a row of %d fields", file, len(r))
			}
			id, err := strconv.Atoi(r[0])
			if err != nil {
				return nil, fmt.Errorf("%s: body ID %q: %w", file, r[0], err)
			}
			out[fmt.Sprintf("%s-%04d", prefix, id)] = pagesets.LinesArticle([]byte(r[1]))
		}
	}
	return out, nil
}
