package main

import (
	"strings"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
)

// fundusSource reads the articles Fundus's parser tests expect
// (flairNLP/fundus, MIT; pagesets.FundusPages): news of 2023–2026 from
// some 150 publishers in 40 countries, each as its publisher-specific
// parser takes it, headline first. Only the articles in English are read
// (see inEnglish). Pages are Fundus's names, the country joined by a dash
// so that a page is a file name: "us-APNews_2024_09_03".
func fundusSource(title string) newsSource {
	return wholeFileSource(title, "extraction/fundus/tests/resources/parser/test_data", readFundus)
}

func readFundus(root string) (map[string]string, error) {
	pages, err := pagesets.FundusPages(root)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, p := range pages {
		if inEnglish(p.Truth) {
			out[strings.Replace(p.ID, "/", "-", 1)] = p.Truth
		}
	}
	return out, nil
}

// englishShare: in English prose about one word in five is one of
// englishWords; in German, Zulu or Norwegian news hardly any is.
const englishShare = 0.12

var englishWords = map[string]bool{"the": true, "and": true, "of": true, "to": true, "in": true, "a": true, "is": true, "that": true, "for": true, "was": true, "said": true}

// inEnglish reports whether a text reads as English, by its share of the
// commonest English words.
func inEnglish(text string) bool {
	words := strings.Fields(strings.ToLower(text))
	if len(words) == 0 {
		return false
	}
	n := 0
	for _, w := range words {
		if englishWords[strings.Trim(w, ".,;:!?\"'“”‘’()")] {
			n++
		}
	}
	return float64(n) >= englishShare*float64(len(words))
}
