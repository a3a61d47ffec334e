package quotes

import (
	"os"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/rag/segment"
)

func analyze(text string) Analysis {
	var ss []Sentence
	for _, s := range segment.Sentences(text) {
		ss = append(ss, Sentence{s.Start, s.End, s.Paragraph})
	}
	return Analyze(text, ss)
}

func speakerOf(t *testing.T, text string, an Analysis, prefix string) (string, bool) {
	t.Helper()
	for _, q := range an.Quotations {
		if strings.HasPrefix(text[q.Start:q.End], prefix) {
			return q.Speaker, true
		}
	}
	return "", false
}

func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../../testdata/sheinbaum.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	an := analyze(text)
	tests := []struct{ quote, speaker string }{
		{"The United States is not going to come to Mexico with the military", "Claudia Sheinbaum"},
		{"We co-operate, we collaborate, but there is not going to be an invasion. That is ruled out, absolutely ruled out.", "Claudia Sheinbaum"},
		{"that it had nothing to do with the participation", "Claudia Sheinbaum"},
		{"It is not part of any agreement", "Claudia Sheinbaum"},
		{"cannot be an opportunity for the US to invade our sovereignty", "Claudia Sheinbaum"},
		{"It allows us to now target", "Marco Rubio"},
		{"would have very serious consequences", "Cecilia Farfán-Méndez"},
		{"It would lead Mexico to ask", "Cecilia Farfán-Méndez"},
	}
	for _, tc := range tests {
		t.Run(tc.quote, func(t *testing.T) {
			got, ok := speakerOf(t, text, an, tc.quote)
			if !ok {
				t.Fatalf("quotation not found")
			}
			if got != tc.speaker {
				t.Errorf("speaker = %q, want %q", got, tc.speaker)
			}
		})
	}
	for _, q := range an.Quotations {
		if s := text[q.Start:q.End]; strings.Contains(s, "No',") && len(s) < 5 {
			t.Errorf("inner single quote taken as a quotation: %q", s)
		}
	}
	paraphrased := map[string]string{
		"Speaking to reporters, Sheinbaum said the Mexican government": "Claudia Sheinbaum",
		"On Thursday, US Secretary of State Marco Rubio claimed":       "Marco Rubio",
		"This development arises at a sensitive time":                  "Claudia Sheinbaum",
	}
	for prefix, want := range paraphrased {
		found := false
		for _, p := range an.Paraphrases {
			s := segmentText(text, p.Sentence)
			if strings.HasPrefix(s, prefix) {
				found = true
				if p.Speaker != want {
					t.Errorf("paraphrase %q: speaker %q, want %q", prefix, p.Speaker, want)
				}
			}
		}
		if !found {
			t.Errorf("paraphrase %q not found", prefix)
		}
	}
	for _, p := range an.Paraphrases {
		if s := segmentText(text, p.Sentence); strings.HasPrefix(s, `"The United States`) || strings.HasPrefix(s, `"It allows`) {
			t.Errorf("a quotation's attribution counted as reported speech: %q", s)
		}
	}
}

func segmentText(text string, i int) string {
	s := segment.Sentences(text)[i]
	return text[s.Start:s.End]
}

func TestRules(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string
	}{
		{"said after, with title", `"We will win," Mayor Helen Okafor said.`, "We will win", "Helen Okafor"},
		{"verb before name", `"We are not against jobs," said Maria Chen, the alliance's director.`, "We are not against jobs", "Maria Chen"},
		{"colon before quote", `Finance minister Ana Ruiz said: "No new tariffs."`, "No new tariffs.", "Ana Ruiz"},
		{"partial quote with that", `Ana Ruiz told reporters that the plan "cannot work" this year.`, "cannot work", "Ana Ruiz"},
		{"pronoun", "Ana Ruiz spoke on Monday.\n\n\"It is over,\" she said.", "It is over", "Ana Ruiz"},
		{"short name resolved", "Minister Pavel Novak spoke first.\n\n\"We are ready,\" Novak added.", "We are ready", "Pavel Novak"},
		{"continuation in paragraph", `"First part," Sam Reyes said. "Second part."`, "Second part.", "Sam Reyes"},
		{"curly quotes", "“Measles finds every gap,” said Dr. Lena Varga.", "Measles finds every gap", "Lena Varga"},
		{"appositive subject", `"Parents should decide," the group's spokesman, Tomas Weber, told local radio.`, "Parents should decide", "Tomas Weber"},
		{"guillemets", "«No lo aceptaremos», dijo. Luis Ortega said: «Nunca.»", "Nunca.", "Luis Ortega"},
		{"scare quotes unattributed", `The so-called "peace plan" was criticised.`, "peace plan", ""},
		{"according to", `The fund is "a promise, not a public relations exercise," according to Helen Okafor.`, "a promise, not a public relations exercise", "Helen Okafor"},
		{"apostrophes are not quotes", `Trump's plan and the '90s "boom" ended.`, "boom", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := analyze(tc.text)
			got, ok := speakerOf(t, tc.text, an, tc.quote)
			if !ok {
				var qs []string
				for _, q := range an.Quotations {
					qs = append(qs, tc.text[q.Start:q.End])
				}
				t.Fatalf("quotation %q not found in %q", tc.quote, qs)
			}
			if got != tc.speaker {
				t.Errorf("speaker = %q, want %q", got, tc.speaker)
			}
		})
	}
}

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		q, s string
		want bool
	}{
		{"Sheinbaum", "Claudia Sheinbaum", true},
		{"sheinbaum", "Claudia Sheinbaum", true},
		{"President Sheinbaum", "Claudia Sheinbaum", true},
		{"Claudia Sheinbaum", "Claudia Sheinbaum", true},
		{"Farfan-Mendez", "Cecilia Farfán-Méndez", true},
		{"Rubio", "Claudia Sheinbaum", false},
		{"", "Claudia Sheinbaum", false},
	}
	for _, tc := range tests {
		if got := SameSpeaker(tc.q, tc.s); got != tc.want {
			t.Errorf("SameSpeaker(%q, %q) = %v", tc.q, tc.s, got)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add("\"Yes,\" she said. “No” said Bob Smith.\n\n«x")
	f.Add("\"\"\"\n\n\"")
	f.Fuzz(func(t *testing.T, text string) {
		an := analyze(text)
		n := len(segment.Sentences(text))
		for _, q := range an.Quotations {
			if q.Start < 0 || q.End > len(text) || q.Start > q.End || q.Sentence < 0 || q.Sentence >= n {
				t.Fatalf("bad quotation %+v", q)
			}
		}
		for _, p := range an.Paraphrases {
			if p.Sentence < 0 || p.Sentence >= n {
				t.Fatalf("bad paraphrase %+v", p)
			}
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	raw, err := os.ReadFile("../../testdata/qa/harbor.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw) + "\n\n" + string(raw)
	var ss []Sentence
	for _, s := range segment.Sentences(text) {
		ss = append(ss, Sentence{s.Start, s.End, s.Paragraph})
	}
	for b.Loop() {
		Analyze(text, ss)
	}
}
