package quotes

import (
	"slices"
	"strings"
	"unicode"
)

// commonAcronyms are acronyms nearly every news article about a country
// names: sharing one says nothing about sharing an event.
// "AM" and "PM" are times of day.
var commonAcronyms = map[string]bool{"us": true, "usa": true, "uk": true, "eu": true, "am": true, "pm": true}

// placeWord reports whether a lower-cased institution word (see orgWord)
// names a place rather than an organisation: "Latin America" and "United
// States" are no evidence of one event.
func placeWord(w string) bool {
	switch w {
	case "america", "american", "states", "kingdom", "republic", "city", "county", "province",
		"island", "islands", "coast", "gulf", "sea", "ocean", "bay", "port", "street", "avenue", "valley":
		return true
	}
	return false
}

// Entities returns keys for the people and organisations an article names,
// sorted and distinct, so that two articles can be compared for naming
// the same ones: a person by family name ("p:sheinbaum", the same whether
// an outlet writes "Claudia Sheinbaum" or "President Sheinbaum" after a
// first full mention), an organisation by its name ("o:new york times",
// "o:nato"). Names are folded (case and accents), so outlets' spellings
// of one name meet. Places and country acronyms are left out: too many
// unrelated reports share them.
func Entities(text string, sentences []Sentence) []string {
	a := newAnalyzer(text, sentences)
	a.findPeople()
	return a.entityKeys()
}

// entityKeys is Entities for the people and the runs of capitalised
// words findPeople found.
func (a *analyzer) entityKeys() []string {
	keys := make([]string, 0, len(a.people)+8)
	for _, p := range a.people {
		if k := FamilyName(p.Name); k != "" {
			keys = append(keys, "p:"+k)
		}
	}
	for _, r := range a.nameRuns {
		if k := orgKey(a.text[r[0]:r[1]]); k != "" {
			keys = append(keys, "o:"+k)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// FamilyName is the folded last word of a person's name, titles and
// possessives dropped ("President Claudia Sheinbaum's" → "sheinbaum"), or
// "" when nothing is left.
func FamilyName(name string) string {
	ws := nameWords(name)
	if len(ws) > 1 && nameSuffix(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1] // "Donald Trump Jr." is a Trump
	}
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// orgKey is the folded name of the organisation a capitalized run names:
// an acronym ("NATO"), or two or more words holding an institution word
// ("The New York Times", "North American Observatory"); "" otherwise. A
// single institution word ("Department", "Police") is too generic.
func orgKey(run string) string {
	words := strings.Fields(run)
	for len(words) > 0 && notName(strings.ToLower(words[0])) {
		words = words[1:]
	}
	for i, w := range words {
		words[i] = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), ".,;:'’")
	}
	switch {
	case len(words) == 1 && isAcronym(words[0]):
		if k := fold(words[0]); !commonAcronyms[k] {
			return k
		}
	case len(words) >= 2 && slices.ContainsFunc(words, func(w string) bool { w = strings.ToLower(w); return orgWord(w) && !placeWord(w) }):
		return fold(strings.Join(words, " "))
	}
	return ""
}

// isAcronym reports whether w is two to six capital letters.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}
