package eval

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/rag/embed"
	"github.com/articlebot/articlebot/rag/fetch"
	"github.com/articlebot/articlebot/store"
)

// Options tunes a run.
type Options struct {
	// Library also asks every question across one library holding every
	// story, to measure what the relevance threshold costs there, next to
	// plain BM25 over all the library's sentences.
	Library bool
	// Misses, when set, receives each question the engine missed at 3.
	Misses io.Writer
	// Losses, when set, receives each question plain BM25 answered at 1
	// and the engine did not: where the engine's signals hurt.
	Losses io.Writer
	// Converse asks every story's questions in order as one conversation,
	// as if they were follow-ups (SQuAD's workers wrote them in reading
	// order): a proxy for conversational flow where dialogs are scarce.
	Converse bool
}

// Scores counts one kind of question.
type Scores struct {
	N        int // questions with a gold answer
	Answered int // answers with at least one quote
	Found    int // answers the engine was confident in
	Hit1     int // gold span inside the first quote
	Hit3     int // … inside one of the first three
	BM25Hit1 int // the baseline's first sentence holds it
	BM25Hit3 int // … one of its first three
	// NoThresholdHit3 (library mode) counts hits among the first three
	// passages the engine ranks, before its threshold decides to answer.
	NoThresholdHit3 int
	Elapsed         time.Duration // time spent in Ask
}

func (s *Scores) add(o Scores) {
	s.N += o.N
	s.Answered += o.Answered
	s.Found += o.Found
	s.Hit1 += o.Hit1
	s.Hit3 += o.Hit3
	s.BM25Hit1 += o.BM25Hit1
	s.BM25Hit3 += o.BM25Hit3
	s.NoThresholdHit3 += o.NoThresholdHit3
	s.Elapsed += o.Elapsed
}

// Report is a run's figures.
type Report struct {
	Stories  int
	Refused  int               // stories the engine would not take as an article (too short)
	Alone    Scores            // questions asked alone, each over a library of its story
	ByType   map[string]Scores // Alone by question type
	Opener   Scores            // a dialog's first question: no conversation yet
	FollowUp Scores            // a dialog's later questions, asked with their conversation
	Library  Scores            // questions asked across one library of every story
	Ingest   time.Duration
	Words    int
}

// NewEngine opens an engine over a new store in dir, with the built-in
// embedder and local files allowed, as the CLI runs offline.
func NewEngine(ctx context.Context, dir string) (*rag.Engine, func(), error) {
	var h embed.Hash
	st, err := store.Open(ctx, dir, store.Options{Embedder: store.EmbedderInfo{Name: h.Name(), Dim: h.Dim()}})
	if err != nil {
		return nil, nil, err
	}
	eng, err := rag.New(ctx, rag.Options{Store: st, Embedder: h, Fetcher: fetch.New(fetch.Options{})})
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return eng, func() { st.Close() }, nil
}

// Run ingests each story into its own library (and, with opts.Library,
// all into one more) and asks every question. dir holds the store and the
// story files.
func Run(ctx context.Context, dir string, stories []Story, opts Options) (*Report, error) {
	eng, closeEngine, err := NewEngine(ctx, filepath.Join(dir, "db"))
	if err != nil {
		return nil, err
	}
	defer closeEngine()
	rep := &Report{Stories: len(stories), ByType: map[string]Scores{}}
	type ingested struct {
		art       *store.Article
		sentences []string
	}
	arts := make([]ingested, len(stories))
	var lib []string // every story's sentences, the library's baseline ranks
	for i, s := range stories {
		path := filepath.Join(dir, fmt.Sprintf("story%05d.txt", i))
		body := s.Title + "\n\n" + strings.Join(s.Paragraphs, "\n\n") + "\n"
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			return nil, err
		}
		start := time.Now()
		res, err := eng.Ingest(ctx, rag.IngestRequest{Scope: storyScope(i), Source: rag.LocalFile(path)})
		if rag.Classify(err).Kind == rag.KindNoArticle {
			// A Wikipedia stub of one sentence is no article to ask about,
			// as a user sharing it would be told: its questions are not
			// asked, and the report says how many stories that was.
			rep.Refused++
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("ingest %s: %w", s.ID, err)
		}
		rep.Ingest += time.Since(start)
		rep.Words += res.Article.WordCount
		a := res.Article
		sents := make([]string, len(a.Sentences))
		for j, se := range a.Sentences {
			sents[j] = a.Text[se.Start:se.End]
		}
		arts[i] = ingested{a, sents}
		if opts.Library {
			lib = append(lib, sents...)
			if _, err := eng.Ingest(ctx, rag.IngestRequest{Scope: libraryScope, Source: rag.LocalFile(path)}); err != nil {
				return nil, fmt.Errorf("ingest %s into the library: %w", s.ID, err)
			}
		}
	}
	var libBM25 *BM25Index
	if opts.Library {
		libBM25 = NewBM25(lib)
	}
	for i, s := range stories {
		a := arts[i]
		if a.art == nil {
			continue // refused
		}
		var conv *rag.Conversation
		if s.Dialog || opts.Converse {
			// As `chat` does once a link is pasted: follow-ups stay on it.
			conv = &rag.Conversation{ArticleIDs: []string{a.art.ID}}
		}
		for turn, it := range s.Items {
			q := rag.Question{Scope: storyScope(i), Text: it.Question, Conversation: conv}
			ans, took, err := timedAsk(ctx, eng, q)
			if err != nil {
				return nil, fmt.Errorf("ask %q about %s: %w", it.Question, s.ID, err)
			}
			if conv != nil {
				conv.Turns = append(conv.Turns, rag.Turn{Question: it.Question, Answer: AnswerText(ans)})
				if len(conv.Turns) > maxTurns {
					conv.Turns = conv.Turns[len(conv.Turns)-maxTurns:]
				}
			}
			if len(it.Answers) == 0 {
				continue
			}
			sc := Scores{N: 1, Elapsed: took}
			score(&sc, ans, it.Answers)
			bm := BM25(a.sentences, it.Question)
			scoreBM25(&sc, a.sentences, bm, it.Answers)
			if conv != nil && turn == 0 {
				rep.Opener.add(sc)
			} else if conv != nil {
				rep.FollowUp.add(sc)
			} else {
				rep.Alone.add(sc)
				t := rep.ByType[QuestionType(it.Question)]
				t.add(sc)
				rep.ByType[QuestionType(it.Question)] = t
			}
			if opts.Losses != nil && sc.Hit1 == 0 && sc.BM25Hit1 == 1 {
				fmt.Fprintf(opts.Losses, "LOSS %s %q gold=%q bm25=%q\n", s.ID, it.Question, it.Answers[0], a.sentences[bm[0]])
				for _, qt := range ans.Quotes {
					fmt.Fprintf(opts.Losses, "    got %q\n", qt.Text)
				}
			}
			if opts.Misses != nil && sc.Hit3 == 0 {
				fmt.Fprintf(opts.Misses, "MISS %s %q gold=%q bm25@3=%v %s\n", s.ID, it.Question, it.Answers[0], sc.BM25Hit3 == 1, ans.Text)
				for _, qt := range ans.Quotes {
					fmt.Fprintf(opts.Misses, "    got %q\n", qt.Text)
				}
			}
			if opts.Library && conv == nil {
				if err := askLibrary(ctx, eng, &rep.Library, it, lib, libBM25); err != nil {
					return nil, err
				}
			}
		}
	}
	return rep, nil
}

// timedAsk asks q and times it. A refused question ("ask a question with
// some words in it", or "which article?" for "What happened?" across a
// library) is an answer with no quotes, as a user sees it.
func timedAsk(ctx context.Context, eng *rag.Engine, q rag.Question) (*rag.Answer, time.Duration, error) {
	start := time.Now()
	ans, err := eng.Ask(ctx, q)
	took := time.Since(start)
	if refused(err) {
		return &rag.Answer{Text: err.Error()}, took, nil
	}
	return ans, took, err
}

// refused reports whether err is the engine declining a question a user
// would be asked to rephrase, not a failure.
func refused(err error) bool {
	return errors.Is(err, rag.ErrEmptyQuestion) || errors.Is(err, rag.ErrWhichArticle)
}

// maxTurns is the conversation `chat` carries into each question.
const maxTurns = 6

// libraryScope holds every story in library mode.
const libraryScope store.Scope = "eval:library"

func storyScope(i int) store.Scope { return store.Scope(fmt.Sprintf("eval:%d", i)) }

// askLibrary asks it across the library, and ranks the library's
// sentences (lib, indexed by bm) with plain BM25 for the baseline.
func askLibrary(ctx context.Context, eng *rag.Engine, into *Scores, it Item, lib []string, bm *BM25Index) error {
	q := rag.Question{Scope: libraryScope, Text: it.Question}
	ans, took, err := timedAsk(ctx, eng, q)
	if err != nil {
		return fmt.Errorf("ask %q across the library: %w", it.Question, err)
	}
	sc := Scores{N: 1, Elapsed: took}
	score(&sc, ans, it.Answers)
	ps, err := eng.Retrieve(ctx, q, 3)
	if refused(err) {
		ps, err = nil, nil
	}
	if err != nil {
		return fmt.Errorf("retrieve %q across the library: %w", it.Question, err)
	}
	for _, p := range ps {
		if holds(p.Text, it.Answers) {
			sc.NoThresholdHit3 = 1
			break
		}
	}
	scoreBM25(&sc, lib, bm.Rank(it.Question), it.Answers)
	into.add(sc)
	return nil
}

// scoreBM25 counts the baseline's hits: order ranks sentences.
func scoreBM25(sc *Scores, sentences []string, order []int, gold []string) {
	for r, si := range order[:min(3, len(order))] {
		if holds(sentences[si], gold) {
			if r == 0 {
				sc.BM25Hit1 = 1
			}
			sc.BM25Hit3 = 1
			return
		}
	}
}

func score(sc *Scores, ans *rag.Answer, gold []string) {
	if len(ans.Quotes) > 0 {
		sc.Answered = 1
	}
	if ans.Found {
		sc.Found = 1
	}
	for r, q := range ans.Quotes[:min(3, len(ans.Quotes))] {
		if holds(q.Text, gold) {
			if r == 0 {
				sc.Hit1 = 1
			}
			sc.Hit3 = 1
			break
		}
	}
}

// AnswerText flattens an answer for a conversation's history, as `chat`
// does.
func AnswerText(a *rag.Answer) string {
	parts := []string{a.Text}
	for _, q := range a.Quotes {
		parts = append(parts, "“"+q.Text+"”")
	}
	return strings.Join(parts, " ")
}

// holds reports whether text contains one of the gold spans, ignoring
// case, spacing and the shape of quote marks.
func holds(text string, gold []string) bool {
	t := normalize(text)
	for _, g := range gold {
		if g := normalize(g); g != "" && strings.Contains(t, g) {
			return true
		}
	}
	return false
}

var typographic = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'", "–", "-", "—", "-", "\u00a0", " ")

func normalize(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(typographic.Replace(s)), " "))
}

var questionTypes = []struct {
	name string
	re   *regexp.Regexp
}{
	{"how many/much", regexp.MustCompile(`(?i)\bhow\s+(?:many|much)\b`)},
	{"when", regexp.MustCompile(`(?i)\bwhen\b|\bwhat\s+(?:year|day|date|time|century|month)\b`)},
	{"who", regexp.MustCompile(`(?i)\bwho(?:m|se)?\b`)},
	{"where", regexp.MustCompile(`(?i)\bwhere\b`)},
	{"why", regexp.MustCompile(`(?i)\bwhy\b`)},
	{"how", regexp.MustCompile(`(?i)\bhow\b`)},
	{"which", regexp.MustCompile(`(?i)\bwhich\b`)},
	{"what", regexp.MustCompile(`(?i)\bwhat\b`)},
}

// QuestionType names the kind of answer a question asks for, for the
// per-type breakdown.
func QuestionType(q string) string {
	for _, t := range questionTypes {
		if t.re.MatchString(q) {
			return t.name
		}
	}
	return "other"
}
