package rag_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/rag/canonical"
	"github.com/articlebot/articlebot/rag/cite"
	"github.com/articlebot/articlebot/rag/embed"
	"github.com/articlebot/articlebot/rag/extract"
	"github.com/articlebot/articlebot/rag/fetch"
	"github.com/articlebot/articlebot/rag/llm"
	"github.com/articlebot/articlebot/rag/pdf"
	"github.com/articlebot/articlebot/store"
)

// TestClassifyEveryExportedError pins the one classification both front
// ends rely on: every exported sentinel and error type of the pipeline
// has a kind other than internal, also when wrapped.
func TestClassifyEveryExportedError(t *testing.T) {
	tests := []struct {
		err  error
		want rag.Kind
	}{
		{rag.ErrNotWebLink, rag.KindNotWebLink},
		{rag.ErrNotFound, rag.KindNotFound},
		{rag.ErrEmptyQuestion, rag.KindEmptyQuestion},
		{rag.ErrAmbiguous, rag.KindAmbiguous},
		{rag.ErrWhichArticle, rag.KindWhichArticle},
		{&rag.QuestionTooLongError{Limit: 2000}, rag.KindQuestionTooLong},
		{fetch.ErrBadURL, rag.KindBadLink},
		{&fetch.BadURLError{Reason: "port 8080 is not allowed"}, rag.KindBadLink},
		{canonical.ErrInvalid, rag.KindBadLink},
		{fetch.ErrBlockedAddress, rag.KindBlocked},
		{fetch.ErrTooLarge, rag.KindTooLarge},
		{&fetch.TooLargeError{Limit: 10 << 20}, rag.KindTooLarge},
		{fetch.ErrNotArticle, rag.KindNotArticle},
		{&fetch.UnsupportedTypeError{MediaType: "application/pdf"}, rag.KindNotArticle},
		{fetch.ErrTooManyRedirects, rag.KindTooManyRedirects},
		{fetch.ErrTimeout, rag.KindTimeout},
		{&fetch.StatusError{Code: 404}, rag.KindSiteStatus},
		{fetch.ErrNoSuchHost, rag.KindNoSuchHost},
		{fetch.ErrInsecure, rag.KindInsecure},
		{fetch.ErrUnreachable, rag.KindUnreachable},
		{&fetch.FileError{Path: "a", Err: fetch.ErrNoSuchFile}, rag.KindNoSuchFile},
		{&fetch.FileError{Path: "a", Err: fetch.ErrNotRegularFile}, rag.KindNotRegularFile},
		{&fetch.FileError{Path: "a", Err: fetch.ErrFileAccess}, rag.KindFileAccess},
		{extract.ErrNoArticle, rag.KindNoArticle},
		{extract.ErrTooLong, rag.KindTooLarge},
		{pdf.ErrEncrypted, rag.KindPDFEncrypted},
		{pdf.ErrNoText, rag.KindPDFNoText},
		{pdf.ErrDamaged, rag.KindPDFDamaged},
		{pdf.ErrTooManyPages, rag.KindPDFTooManyPages},
		{&pdf.TooManyPagesError{Pages: 9000, Limit: 500}, rag.KindPDFTooManyPages},
		{pdf.ErrTooComplex, rag.KindPDFTooComplex},
		{store.ErrNotFound, rag.KindNotFound},
		{store.ErrEmbedderChanged, rag.KindEmbedderMismatch},
		{store.ErrDimension, rag.KindEmbedderMismatch},
		{cite.ErrQuoteNotFound, rag.KindUnverifiedQuote},
		{embed.ErrBadResponse, rag.KindModelUnavailable},
		{llm.ErrBudgetExceeded, rag.KindBudget},
		{context.DeadlineExceeded, rag.KindTimeout},
		{context.Canceled, rag.KindCanceled},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%T %v", tc.err, tc.err), func(t *testing.T) {
			for _, err := range []error{tc.err, fmt.Errorf("ingest https://x.test/: %w", tc.err)} {
				if got := rag.Classify(err).Kind; got != tc.want {
					t.Errorf("Classify(%v) = %v, want %v", err, got, tc.want)
				}
			}
		})
	}
	p := rag.Classify(fmt.Errorf("x: %w", &fetch.StatusError{Code: 410}))
	if p.Status != 410 {
		t.Errorf("status %d, want 410", p.Status)
	}
	if p := rag.Classify(fmt.Errorf("x: %w", &pdf.TooManyPagesError{Pages: 9000, Limit: 500})); p.Limit != 500 {
		t.Errorf("page cap %d, want 500", p.Limit)
	}
	if p := rag.Classify(&fetch.TooLargeError{Limit: 10 << 20}); p.LimitText() != "10 MiB" {
		t.Errorf("limit %q", p.LimitText())
	}
	for _, k := range rag.Kinds() {
		if name := k.String(); name == "" || strings.HasPrefix(name, "kind(") {
			t.Errorf("kind %d has no name", int(k))
		}
	}
	if got := rag.Classify(errors.New("disk on fire")).Kind; got != rag.KindInternal {
		t.Errorf("unknown error classified %v", got)
	}
}
