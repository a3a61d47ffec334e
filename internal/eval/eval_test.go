package eval

import (
	"bytes"
	"context"
	"os"
	"slices"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	for _, tc := range []struct {
		file            string
		stories, dialog int
		questions       int
		answered        int
	}{
		{"testdata/squad2-dev-sample.json", 2, 0, 28, 0},
		{"testdata/quac-sample.json", 1, 1, 8, 6},
	} {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			ss, err := Load(f, "x", 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(ss) != tc.stories {
				t.Fatalf("%d stories, want %d", len(ss), tc.stories)
			}
			dialogs, qs, answered := 0, 0, 0
			for _, s := range ss {
				if s.Dialog {
					dialogs++
				}
				for _, it := range s.Items {
					qs++
					if len(it.Answers) > 0 {
						answered++
					}
					for _, a := range it.Answers {
						if a == quacNoAnswer {
							t.Errorf("%q kept QuAC's no-answer marker", it.Question)
						}
					}
				}
				if strings.Contains(strings.Join(s.Paragraphs, " "), quacNoAnswer) {
					t.Error("the context kept QuAC's no-answer marker")
				}
			}
			if dialogs != tc.dialog || qs != tc.questions {
				t.Errorf("%d dialogs, %d questions; want %d, %d", dialogs, qs, tc.dialog, tc.questions)
			}
			if tc.answered > 0 && answered != tc.answered {
				t.Errorf("%d answerable, want %d", answered, tc.answered)
			}
		})
	}
}

func TestBM25(t *testing.T) {
	sents := []string{
		"The weather was fine all week.",
		"Firefighters said twelve residents were killed in the fire.",
		"The fire started in a kitchen on the third floor.",
	}
	got := BM25(sents, "Where did the fire start?")
	if got[0] != 2 {
		t.Errorf("BM25 ranked %v, want sentence 2 first", got)
	}
	if len(got) != len(sents) {
		t.Errorf("BM25 returned %d of %d sentences", len(got), len(sents))
	}
}

// TestBM25Index: a term twice in a sentence counts twice, IDF is taken
// over every sentence indexed, and ties keep text order.
func TestBM25Index(t *testing.T) {
	ix := NewBM25([]string{
		"Crews fought smoke downtown.",
		"Crews fought fire with fire.",
		"The mayor praised the crews.",
	})
	if got := ix.Rank("fire smoke"); !slices.Equal(got, []int{1, 0, 2}) {
		t.Errorf("Rank(fire smoke) = %v, want [1 0 2]: fire is there twice", got)
	}
	// "crews" is in every sentence, so "mayor" decides.
	if got := ix.Rank("crews mayor"); got[0] != 2 {
		t.Errorf("Rank(crews mayor) = %v, want sentence 2 first", got)
	}
	if got := ix.Rank("nothing matches"); !slices.Equal(got, []int{0, 1, 2}) {
		t.Errorf("Rank with no match = %v, want text order", got)
	}
}

func TestHolds(t *testing.T) {
	for _, tc := range []struct {
		text, gold string
		want       bool
	}{
		{"He said “the sponsor  was not found”.", `the sponsor was not found`, true},
		{"The Normans were in Normandy.", "normandy", true},
		{"The Normans were in Normandy.", "France", false},
		{"anything", "", false},
	} {
		if got := holds(tc.text, []string{tc.gold}); got != tc.want {
			t.Errorf("holds(%q, %q) = %v", tc.text, tc.gold, got)
		}
	}
}

func TestQuestionType(t *testing.T) {
	for q, want := range map[string]string{
		"How many people died?":          "how many/much",
		"In what year did it open?":      "when",
		"Who ruled the duchy?":           "who",
		"Why did they leave?":            "why",
		"What is the capital?":           "what",
		"Name the river that flows west": "other",
	} {
		if got := QuestionType(q); got != want {
			t.Errorf("QuestionType(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestRun runs the harness end to end on the committed samples: the
// engine must answer within one story and be scored next to BM25.
func TestRun(t *testing.T) {
	var stories []Story
	for _, p := range []string{"testdata/squad2-dev-sample.json", "testdata/quac-sample.json"} {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		ss, err := Load(f, p, 0)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		stories = append(stories, ss...)
	}
	rep, err := Run(context.Background(), t.TempDir(), stories, Options{Library: true})
	if err != nil {
		t.Fatal(err)
	}
	// The QuAC sample's first question has an answer, so 1 opener and 5
	// follow-ups.
	if rep.Alone.N == 0 || rep.Opener.N != 1 || rep.FollowUp.N != 5 || rep.Library.N != rep.Alone.N {
		t.Fatalf("counted %d alone, %d openers, %d follow-ups, %d across the library", rep.Alone.N, rep.Opener.N, rep.FollowUp.N, rep.Library.N)
	}
	// Within one story every question gets passages, and the Normans
	// sample is lexical enough that both rankers find most answers.
	if rep.Alone.Answered != rep.Alone.N {
		t.Errorf("answered %d of %d questions within one story", rep.Alone.Answered, rep.Alone.N)
	}
	if rep.Alone.Hit3*2 < rep.Alone.N || rep.Alone.BM25Hit3*2 < rep.Alone.N {
		t.Errorf("R@3 %d and BM25 R@3 %d of %d: the harness is not matching answers", rep.Alone.Hit3, rep.Alone.BM25Hit3, rep.Alone.N)
	}
	// The Normans' questions name what they ask about, so BM25 over the
	// whole library's sentences still finds most of them.
	if rep.Library.BM25Hit3*2 < rep.Library.N {
		t.Errorf("BM25 across the library R@3 %d of %d: the library's baseline is not counted", rep.Library.BM25Hit3, rep.Library.N)
	}
	var md bytes.Buffer
	rep.Markdown(&md)
	for _, want := range []string{"| alone |", "follow-ups", "Across one library", "plain BM25 over all the library's sentences"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, md.String())
		}
	}
}

// TestRunConverse: -converse asks a story's questions in order as one
// conversation, scored as follow-ups.
func TestRunConverse(t *testing.T) {
	f, err := os.Open("testdata/squad2-dev-sample.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stories, err := Load(f, "sample", 0)
	if err != nil {
		t.Fatal(err)
	}
	answerable := 0
	for _, s := range stories {
		for _, it := range s.Items {
			if len(it.Answers) > 0 {
				answerable++
			}
		}
	}
	rep, err := Run(context.Background(), t.TempDir(), stories, Options{Converse: true})
	if err != nil {
		t.Fatal(err)
	}
	got := rep.Opener.N + rep.FollowUp.N
	if rep.Alone.N != 0 || got != answerable || rep.Opener.Answered+rep.FollowUp.Answered != answerable {
		t.Errorf("alone %d, in conversation %d, want 0, %d all answered", rep.Alone.N, got, answerable)
	}
}

func TestHalf(t *testing.T) {
	var ss []Story
	for _, id := range []string{"a/0", "a/1", "a/2", "b/0", "b/1"} {
		ss = append(ss, Story{ID: id})
	}
	for _, tc := range []struct {
		half string
		want []string
	}{
		{"", []string{"a/0", "a/1", "a/2", "b/0", "b/1"}},
		{"tune", []string{"a/0", "a/2", "b/0"}},
		{"check", []string{"a/1", "b/1"}},
	} {
		t.Run(tc.half, func(t *testing.T) {
			got, err := Half(ss, tc.half)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, s := range got {
				ids = append(ids, s.ID)
			}
			if strings.Join(ids, " ") != strings.Join(tc.want, " ") {
				t.Errorf("Half(%q) = %v, want %v", tc.half, ids, tc.want)
			}
		})
	}
	if _, err := Half(ss, "odd"); err == nil {
		t.Error("Half accepted an unknown half")
	}
}
