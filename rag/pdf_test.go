package rag

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/rag/fetch"
	"github.com/articlebot/articlebot/rag/pdf/pdftest"
	"github.com/articlebot/articlebot/store"
)

// newPDFTestEngine is newTestEngine with the PDF engine's compiled code
// cached per user, so only the first test run on a machine compiles it.
func newPDFTestEngine(t *testing.T) *Engine {
	t.Helper()
	cache := ""
	if dir, err := os.UserCacheDir(); err == nil {
		cache = filepath.Join(dir, "articlebot-test", "pdfium")
	}
	e := openTestEngine(t, t.TempDir(), store.Options{}, Options{Fetcher: fetch.New(fetch.Options{AllowPrivate: true}), PDFCacheDir: cache})
	t.Cleanup(func() { e.Close(context.Background()) })
	return e
}

// pdfServer serves body at every path with the given content type.
func pdfServer(t *testing.T, ctype string, body []byte) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ctype)
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestPDFQuotesCiteTheirPage ingests a PDF from a link (declared, and
// recognized by its header alone) and from a local file, and checks that
// answers quote it verbatim with the page each quote starts on and a link
// that opens the PDF there.
func TestPDFQuotesCiteTheirPage(t *testing.T) {
	ctx := context.Background()
	body := pdftest.Build(t, pdftest.Report())
	file := filepath.Join(t.TempDir(), "water-report.pdf")
	if err := os.WriteFile(file, body, 0o600); err != nil {
		t.Fatal(err)
	}
	sources := map[string]Source{
		"link with application/pdf": WebLink(pdfServer(t, "application/pdf", body) + "/reports/water.pdf"),
		"link sent as octet-stream": WebLink(pdfServer(t, "application/octet-stream", body) + "/download?id=7"),
		"local file from the CLI":   LocalFile(file),
	}
	for name, src := range sources {
		t.Run(name, func(t *testing.T) {
			e := newPDFTestEngine(t)
			res, err := e.Ingest(ctx, IngestRequest{Scope: "s", Source: src, AddedBy: "test"})
			if err != nil {
				t.Fatal(err)
			}
			a := res.Article
			if a.Title != "Annual Report on Water Quality" || a.Byline != "Office of Water Programs" || a.Published.Year() != 2024 {
				t.Errorf("title %q, byline %q, published %v", a.Title, a.Byline, a.Published)
			}
			if len(a.Pages) != 3 || strings.Contains(a.Text, "Page 1 of 3") || !strings.Contains(a.Text, "the information gathered") {
				t.Errorf("pages %+v, text %q", a.Pages, a.Text)
			}
			for _, tc := range []struct {
				question, quote string
				page            int
			}{
				// Starts on page 1, ends on page 2: cited where it starts.
				{"What will the county publish online?", "The director said the county would publish the full results of the survey online", 1},
				{"What did officials say about nitrate levels near the river?", "Nitrate levels near the river exceeded the standard in the information gathered", 2},
				{"Who may call the office during business hours?", "Residents with questions may call the office during business hours.", 3},
			} {
				ans, err := e.Ask(ctx, Question{Scope: "s", Text: tc.question})
				if err != nil {
					t.Fatal(err)
				}
				checkQuotes(t, e, "s", ans.Quotes)
				found := false
				for _, q := range ans.Quotes {
					if !strings.Contains(q.Text, tc.quote) {
						continue
					}
					found = true
					if q.Page != tc.page || !strings.HasSuffix(q.Link, fmt.Sprintf("#page=%d", tc.page)) || !strings.HasPrefix(q.Link, a.URL) {
						t.Errorf("%q cited page %d, link %q; want page %d", tc.quote, q.Page, q.Link, tc.page)
					}
				}
				if !found {
					t.Errorf("%s: no quote holding %q in %+v", tc.question, tc.quote, ans.Quotes)
				}
			}
		})
	}
}

// TestPDFRefusals checks each bad PDF gets its own kind through Ingest.
func TestPDFRefusals(t *testing.T) {
	encrypted := pdftest.Report()
	encrypted.UserPassword = "secret"
	tests := []struct {
		name string
		body []byte
		want Kind
	}{
		{"encrypted", pdftest.Build(t, encrypted), KindPDFEncrypted},
		{"scanned", pdftest.Scanned(t), KindPDFNoText},
		{"damaged", []byte("%PDF-1.7\n1 0 obj << /Type /Catalog"), KindPDFDamaged},
		{"page-count bomb", pdftest.ManyPages(100_000), KindPDFTooManyPages},
		{"deep nesting", pdftest.DeepNesting(100_000), KindPDFDamaged},
		{"too short", pdftest.Build(t, pdftest.Spec{Title: "Memo", Pages: [][]string{{"The meeting is moved to Tuesday at noon in room four."}}}), KindNoArticle},
	}
	e := newPDFTestEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			url := pdfServer(t, "application/pdf", tc.body) + "/doc.pdf"
			_, err := e.Ingest(context.Background(), IngestRequest{Scope: "s", Source: WebLink(url)})
			if p := Classify(err); p.Kind != tc.want {
				t.Errorf("got %v (%v), want %v", p.Kind, err, tc.want)
			}
		})
	}
}
