package llm

import (
	"context"
	"errors"
	"fmt"
)

// countNote words a note about n things: one when n is 1, else many with
// its %d replaced by n. Every counted note goes through it, so singular
// and plural stay in step ("One quote … was", "3 quotes … were").
func countNote(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return fmt.Sprintf(many, n)
}

// What the user gets instead of the model's work, for failure notes.
const (
	insteadAnswer  = "here are the article's own words"
	insteadSummary = "this summary is made of the article's own sentences"
)

// Notes on the model's own words.
const (
	noteCapped = "The AI's answer was too long and is cut short."
)

// failureNote words why the model's answer or summary was replaced by
// the article's own words (instead says which).
func failureNote(err error, instead string) string {
	var small *budgetTooSmallError
	switch {
	case errors.As(err, &small):
		return fmt.Sprintf("The daily AI budget (%d tokens) is smaller than one request (about %d tokens), so %s.", small.budget, small.need, instead)
	case errors.Is(err, ErrBudgetExceeded):
		return fmt.Sprintf("Today's AI budget ran out partway, so %s.", instead)
	case errors.Is(err, errNoQuota):
		return fmt.Sprintf("The AI provider account has no quota left, so %s.", instead)
	case errors.Is(err, errStalled):
		return fmt.Sprintf("The AI model stopped answering partway, so %s.", instead)
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Sprintf("The AI model took too long to answer, so %s.", instead)
	case errors.Is(err, errTooLong):
		return fmt.Sprintf("The AI model's reply was far longer than asked for, so %s.", instead)
	case errors.Is(err, errUnchecked):
		what := "answer"
		if instead == insteadSummary {
			what = "summary"
		}
		return fmt.Sprintf("The AI %s could not be checked against the article, so %s.", what, instead)
	}
	return fmt.Sprintf("The AI model did not answer properly, so %s.", instead)
}
