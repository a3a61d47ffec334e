package quotes

import (
	"slices"
	"testing"
)

// reachCases are texts whose subject-verb pairs sit where a cut search
// could lose them: at the very end, in the longest verbs, past words the
// patterns' ASCII \b splits.
var reachCases = []string{
	"Smith said",
	"Smith said.",
	"The plan, which Smith said would fail, was dropped.",
	"Smith put out a brief written statement",
	"Smith put out a brief written statement on Monday, and Jones said nothing.",
	"Smith issued an e-mail, Jones told state television",
	"Smith goes on to explain",
	"Lee\ttold\freporters",
	"Jones saidé", // the patterns' \b sees a word end after "said"
	"the told story was long and old and sad, Jones saidé more",
	"Smith, the secretary of state, added that Jones, who spoke later, said no",
	"Jones said2 and Lee said",
	"Sen. Ted Cruz (R-Texas) told reporters and then she said",
	"",
	"said",
	"no verb here",
}

func TestSpeechVerbReach(t *testing.T) {
	for _, s := range reachCases {
		for _, last := range []bool{false, true} {
			got, want := findSubjectVerb(s, last), subjectVerbWithin(s, last, len(s))
			if !slices.Equal(got, want) {
				t.Errorf("findSubjectVerb(%q, %v) = %v, want %v as with the whole text read", s, last, got, want)
			}
		}
	}
	// The cut must save something: the search stops after the last verb.
	s := "Smith said so on Monday in a long speech about roads and bridges"
	if r := speechVerbReach(s); r >= len(s) {
		t.Errorf("speechVerbReach(%q) = %d, want less than %d", s, r, len(s))
	}
	if r := speechVerbReach("no verb here"); r != 0 {
		t.Errorf("speechVerbReach with no verb = %d, want 0", r)
	}
}

// FuzzSpeechVerbReach checks that cutting the subject-verb search at the
// last verb's reach finds what reading the whole text finds.
func FuzzSpeechVerbReach(f *testing.F) {
	for _, s := range reachCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, last := range []bool{false, true} {
			got, want := findSubjectVerb(s, last), subjectVerbWithin(s, last, len(s))
			if !slices.Equal(got, want) {
				t.Fatalf("findSubjectVerb(%q, %v) = %v, want %v", s, last, got, want)
			}
		}
	})
}

// BenchmarkFindSubjectVerb searches each sentence of the news benchmark
// text for its subject-verb pairs, the costliest pattern of the package,
// as far as the last verb reaches and, for reference, through the whole
// sentence.
func BenchmarkFindSubjectVerb(b *testing.B) {
	text := benchText(b)
	var sents []string
	for _, s := range split(text) {
		sents = append(sents, text[s.Start:s.End])
	}
	for _, c := range []struct {
		name  string
		reach func(string) int
	}{
		{"reach", speechVerbReach},
		{"whole", func(s string) int { return len(s) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, s := range sents {
					subjectVerbWithin(s, true, c.reach(s))
				}
			}
		})
	}
}
