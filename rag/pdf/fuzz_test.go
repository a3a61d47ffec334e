package pdf_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/articlebot/articlebot/rag/pdf"
	"github.com/articlebot/articlebot/rag/pdf/pdftest"
)

// FuzzRead feeds the entry point arbitrary bytes: it must return a
// document whose paragraphs keep the package's promises, or one of the
// package's reasons, and never panic or hang.
func FuzzRead(f *testing.F) {
	f.Add(pdftest.Build(f, report()))
	f.Add(pdftest.ManyPages(3))
	f.Add(pdftest.DeepNesting(50))
	f.Add([]byte("%PDF-1.4\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := reader.Read(context.Background(), data)
		if err != nil {
			for _, known := range []error{pdf.ErrDamaged, pdf.ErrEncrypted, pdf.ErrNoText, pdf.ErrTooComplex, pdf.ErrTooManyPages} {
				if errors.Is(err, known) {
					return
				}
			}
			t.Fatalf("unclassified error: %v", err)
		}
		for _, p := range doc.Paragraphs {
			if p.Text == "" || p.Text != strings.TrimSpace(p.Text) || !utf8.ValidString(p.Text) || strings.Contains(p.Text, "  ") {
				t.Fatalf("paragraph not normalized: %q", p.Text)
			}
			if p.Page < 1 || p.Page > doc.Pages {
				t.Fatalf("page %d of %d", p.Page, doc.Pages)
			}
			for _, b := range p.Breaks {
				if b.Offset <= 0 || b.Offset >= len(p.Text) || b.Page <= p.Page || b.Page > doc.Pages {
					t.Fatalf("break %+v in %q", b, p.Text)
				}
			}
		}
	})
}
