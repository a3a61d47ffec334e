package rag

import "fmt"

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
