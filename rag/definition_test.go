package rag

import "testing"

func TestDefinedThing(t *testing.T) {
	for _, tc := range []struct{ question, want string }{
		{"What are Invictus Games?", "Invictus Games"},
		{"What was the Mercury Theatre on the Air?", "Mercury Theatre on the Air"},
		{"what is green for all?", "green for all"},
		{"What is a settlement house?", "settlement house"},
		{"What was his philosophy?", ""}, // about someone, not a thing to define
		{"What is it?", ""},
		{"What was the name of the album?", "name of the album"},
		{"What did he say?", ""},
		{"Why is it called that?", ""},
	} {
		if got := definedThing(tc.question); got != tc.want {
			t.Errorf("definedThing(%q) = %q, want %q", tc.question, got, tc.want)
		}
	}
	re := definitionPattern("Invictus Games")
	for _, tc := range []struct {
		sentence string
		defines  bool
	}{
		{"On 6 March 2014, Prince Harry launched Invictus Games, a Paralympic-style sporting event for injured servicemen.", true},
		{"The Invictus Games are an international sporting event.", true},
		{"He founded a tournament he called Invictus Games.", true},
		{"To promote the Games, Prince Harry was interviewed along with two Invictus Games hopefuls.", false},
	} {
		if got := re.MatchString(tc.sentence); got != tc.defines {
			t.Errorf("%q defines Invictus Games: %v, want %v", tc.sentence, got, tc.defines)
		}
	}
}

// TestDefinitionQuestion: "What are the Invictus Games?" leads with the
// sentence saying what they are, not the one naming them most.
func TestDefinitionQuestion(t *testing.T) {
	e, _ := ingestText(t, `Prince Harry's games

To promote the Invictus Games, Prince Harry was interviewed on radio along with two Invictus Games hopefuls.
On 6 March 2014, Prince Harry launched the Invictus Games, a Paralympic-style sporting event for injured servicemen and women.
The Invictus Games were held in London that September, and the Invictus Games returned in 2016.
`)
	ans := ask(t, e, Question{Text: "What are the Invictus Games?"})
	if r := quoteRank(ans, "a Paralympic-style sporting event"); r != 1 {
		t.Errorf("the defining sentence at rank %d, want 1: %v", r, ans.Quotes)
	}
}
