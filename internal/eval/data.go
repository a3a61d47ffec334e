package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/articlebot/articlebot/rag/extract"
)

// Story is one text asked about, and its questions.
type Story struct {
	ID    string
	Title string
	// Paragraphs of the story's text, in order.
	Paragraphs []string
	Items      []Item
	// Dialog is true when Items are one conversation, asked in order.
	Dialog bool
}

// Item is one question and its gold answers (verbatim spans of the story).
type Item struct {
	Question string
	Answers  []string // empty: the story does not answer it
}

// StoryWords is how long a SQuAD story is made by default: Wikipedia
// paragraphs are short (5–6 sentences), news stories people ask about run
// to 250–400 words, so consecutive paragraphs of one article are joined
// until this many words.
const StoryWords = 300

// squadFile is the shared shape of SQuAD v1.1/2.0, MLQA and QuAC files.
type squadFile struct {
	Data []struct {
		Title      string `json:"title"`
		Paragraphs []struct {
			Context string `json:"context"`
			Qas     []struct {
				Question     string `json:"question"`
				IsImpossible bool   `json:"is_impossible"`
				Followup     string `json:"followup"` // QuAC only
				Answers      []struct {
					Text string `json:"text"`
				} `json:"answers"`
				OrigAnswer *struct {
					Text string `json:"text"`
				} `json:"orig_answer"` // QuAC only
			} `json:"qas"`
		} `json:"paragraphs"`
	} `json:"data"`
}

// quacNoAnswer is QuAC's marker for an unanswerable question; QuAC also
// appends it to every context.
const quacNoAnswer = "CANNOTANSWER"

// Load reads one data set file. QuAC files (with follow-up marks) give one
// dialog per section; SQuAD-style files give stories of about words words
// (0: [StoryWords]).
func Load(r io.Reader, name string, words int) ([]Story, error) {
	if words <= 0 {
		words = StoryWords
	}
	var f squadFile
	if err := json.NewDecoder(r).Decode(&f); err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	var out []Story
	for ai, art := range f.Data {
		var cur *Story
		n := 0
		flush := func() {
			if cur != nil && len(cur.Items) > 0 {
				out = append(out, *cur)
			}
			cur, n = nil, 0
		}
		for pi, p := range art.Paragraphs {
			quac := len(p.Qas) > 0 && p.Qas[0].Followup != ""
			if quac {
				flush()
				s := Story{ID: fmt.Sprintf("%s/%d.%d", name, ai, pi), Title: strings.ReplaceAll(art.Title, "_", " "), Dialog: true}
				s.Paragraphs = splitParagraphs(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p.Context), quacNoAnswer)))
				for _, qa := range p.Qas {
					it := Item{Question: qa.Question}
					if qa.OrigAnswer != nil && qa.OrigAnswer.Text != quacNoAnswer {
						it.Answers = append(it.Answers, qa.OrigAnswer.Text)
					}
					for _, a := range qa.Answers {
						if a.Text != quacNoAnswer && !slices.Contains(it.Answers, a.Text) {
							it.Answers = append(it.Answers, a.Text)
						}
					}
					s.Items = append(s.Items, it)
				}
				out = append(out, s)
				continue
			}
			if cur == nil {
				cur = &Story{ID: fmt.Sprintf("%s/%d.%d", name, ai, pi), Title: strings.ReplaceAll(art.Title, "_", " ")}
			}
			// JSQuAD (JGLUE) starts each context with "title [SEP] ".
			text := strings.TrimPrefix(p.Context, art.Title+" [SEP] ")
			cur.Paragraphs = append(cur.Paragraphs, splitParagraphs(text)...)
			n += extract.WordCount(text) // Japanese has no spaces
			for _, qa := range p.Qas {
				it := Item{Question: qa.Question}
				for _, a := range qa.Answers {
					if !qa.IsImpossible && strings.TrimSpace(a.Text) != "" && !slices.Contains(it.Answers, a.Text) {
						it.Answers = append(it.Answers, a.Text)
					}
				}
				cur.Items = append(cur.Items, it)
			}
			if n >= words {
				flush()
			}
		}
		flush()
	}
	return out, nil
}

// LoadDir reads every *.json file (SQuAD, MLQA or QuAC format) and
// *.jsonl file (one dialog a line, [LoadQuestionLines]) of dir, in name
// order.
func LoadDir(dir string, words int) ([]Story, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	lines, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	paths = append(paths, lines...)
	sort.Strings(paths)
	var all []Story
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		var ss []Story
		if strings.HasSuffix(p, ".jsonl") {
			ss, err = LoadQuestionLines(f, strings.TrimSuffix(filepath.Base(p), ".jsonl"))
		} else {
			ss, err = Load(f, strings.TrimSuffix(filepath.Base(p), ".json"), words)
		}
		f.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, ss...)
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("no stories in %s (run internal/eval/fetch-data.sh)", dir)
	}
	return all, nil
}

func splitParagraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Half keeps one half of stories, split by their place in their file: the
// even ones for "tune", the odd ones for "check". Tuning on one half and
// checking on the other shows what a change overfits; "" keeps all.
func Half(stories []Story, half string) ([]Story, error) {
	return HalfOf(stories, half, func(s Story) string {
		file, _, _ := strings.Cut(s.ID, "/")
		return file
	})
}

// HalfOf is Half for any items, split by their place in their group.
func HalfOf[T any](items []T, half string, group func(T) string) ([]T, error) {
	var want int
	switch half {
	case "":
		return items, nil
	case "tune":
		want = 0
	case "check":
		want = 1
	default:
		return nil, fmt.Errorf("half %q: want tune or check", half)
	}
	seen := map[string]int{}
	var out []T
	for _, it := range items {
		g := group(it)
		if seen[g]%2 == want {
			out = append(out, it)
		}
		seen[g]++
	}
	return out, nil
}
