package main

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
)

// wikinewsSumSource reads the English sample of Calizzano et al.'s
// WikinewsSum ("Generating Extended and Multilingual Summaries with
// Pre-trained Transformers", LREC 2022): the news articles that 101
// Wikinews stories of 2004–2007 cite as their sources (the BBC, CNN,
// Reuters, the Guardian, the Japan Times, China Daily, …), each as
// news-please extracted it from the web archive, its paragraphs a line
// each. Only the English sources are read, each once however many
// stories cite it; the Wikinews stories themselves are not (their links
// were stripped with their names). Pages are the first twelve hex
// digits of the SHA-1 of the source's address.
func wikinewsSumSource(title string) newsSource {
	return wholeFileSource(title, "wikinewssum", readWikinewsSum)
}

// wikinewsSumFile is the sample's file in its repository, one JSON
// object a line.
const wikinewsSumFile = "cleaned_endataset.json"

// wikinewsSumStory is the part of a line of the file the harness reads.
type wikinewsSumStory struct {
	Sources []struct {
		Language string `json:"language"`
		Title    string `json:"title"`
		Text     string `json:"maintext"`
		URL      string `json:"url"`
	} `json:"sources"`
}

// readWikinewsSum reads every English source of the sample, headline
// first, by page.
func readWikinewsSum(root string) (map[string]string, error) {
	name := filepath.Join(root, wikinewsSumFile)
	raw, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for n, line := range bytes.Split(raw, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var s wikinewsSumStory
		if err := json.Unmarshal(line, &s); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
		}
		for _, src := range s.Sources {
			if src.Language != "en" || strings.TrimSpace(src.Text) == "" {
				continue
			}
			sum := sha1.Sum([]byte(src.URL))
			out[hex.EncodeToString(sum[:])[:12]] = pagesets.LinesArticle([]byte(newsPleaseLines(src.Title, src.Text)))
		}
	}
	return out, nil
}
