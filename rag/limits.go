package rag

import "fmt"

// MaxSentences caps an article's sentences. Every question about an
// article scores each of its sentences, so its cost and memory grow with
// them: over a 10 MiB page of 330,000 short sentences a question took 4 s
// and 600 MB. The longest text of the speaker harness's 27,910 holds at
// most 2,115 sentences; at twenty words a sentence, the cap is a million
// words.
const MaxSentences = 50_000

// MaxQuestionChars caps a question's length. Real questions are a line or
// two; past this a "question" is a pasted document, which would cost
// retrieval time for no better answer.
const MaxQuestionChars = 2000

// QuestionTooLongError reports a question over [MaxQuestionChars].
type QuestionTooLongError struct {
	Limit int // in characters
}

func (e *QuestionTooLongError) Error() string {
	return fmt.Sprintf("question longer than %d characters", e.Limit)
}

// checkQuestion refuses questions too long to be questions, before any
// work is spent on them.
func checkQuestion(text string) error {
	n := 0
	for range text {
		if n++; n > MaxQuestionChars {
			return &QuestionTooLongError{Limit: MaxQuestionChars}
		}
	}
	return nil
}
