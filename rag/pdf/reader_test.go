package pdf_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/articlebot/articlebot/rag/pdf"
	"github.com/articlebot/articlebot/rag/pdf/pdftest"
)

// reader is shared: starting the engine compiles PDFium, which takes
// seconds. The compiled code is cached in the user's cache directory, so
// only the first test run on a machine pays for it.
var reader *pdf.Reader

func TestMain(m *testing.M) {
	reader = pdf.NewReader(pdf.Options{CacheDir: testCacheDir()})
	code := m.Run()
	reader.Close()
	os.Exit(code)
}

// testCacheDir is where tests keep PDFium's compiled code: per user, so
// nobody else can plant code in it; "" (no cache) when there is none.
func testCacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "articlebot-test", "pdfium")
}

// report is pdftest.Report: the layouts the reader must undo.
func report() pdftest.Spec { return pdftest.Report() }

func TestReadJoinsLinesIntoParagraphsWithPages(t *testing.T) {
	doc, err := reader.Read(context.Background(), pdftest.Build(t, report()))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Annual Report on Water Quality" || doc.Author != "Office of Water Programs" || doc.Pages != 3 {
		t.Errorf("title %q, author %q, pages %d", doc.Title, doc.Author, doc.Pages)
	}
	if want := time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC); !doc.Created.Equal(want) {
		t.Errorf("created %v, want %v", doc.Created, want)
	}
	cross := "The director said the county would publish the full results of the survey online, so that every resident can read them."
	want := []pdf.Paragraph{
		{Page: 1, Text: "The office tested every public well in the county during the spring and found that most of them met the federal standard."},
		{Page: 1, Text: "Inspectors collected samples from schools, clinics and farms, and the laboratory reported the results within two weeks of each visit. The well-known problem of nitrate runoff was confirmed near the river."},
		{Page: 1, Text: cross, Breaks: []pdf.Break{{Offset: len("The director said the county would publish the full results of the "), Page: 2}}},
		{Page: 2, Text: "Findings"},
		{Page: 2, Text: "Nitrate levels near the river exceeded the standard in the information gathered from eleven wells, and officials described the well-known pattern as a seasonal one that returns every spring after the fields are fertilized."},
		{Page: 2, Text: "The office will repeat the survey next year and expand it to private wells, which are not covered by the federal standard today."},
		{Page: 3, Text: "Residents with questions may call the office during business hours."},
	}
	if !reflect.DeepEqual(doc.Paragraphs, want) {
		for i, p := range doc.Paragraphs {
			t.Logf("got %d: %+v", i, p)
		}
		t.Errorf("paragraphs differ from the %d expected", len(want))
	}
}

func TestReadTakesTitleAndAuthorFromFirstPageWithoutMetadata(t *testing.T) {
	spec := report()
	spec.Title, spec.Author, spec.Header = "", "", ""
	spec.Pages[0] = append([]string{"# Water Quality in 2024", "By Jane Doe and Tom Li", ""}, spec.Pages[0]...)
	doc, err := reader.Read(context.Background(), pdftest.Build(t, spec))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Water Quality in 2024" || doc.Author != "Jane Doe and Tom Li" {
		t.Errorf("title %q, author %q; want the first page's heading and byline", doc.Title, doc.Author)
	}
}

func TestReadRefusesWithAReason(t *testing.T) {
	encrypted := report()
	encrypted.UserPassword = "secret"
	tests := []struct {
		name string
		data func(t *testing.T) []byte
		opts pdf.Options
		want error
	}{
		{"encrypted", func(t *testing.T) []byte { return pdftest.Build(t, encrypted) }, pdf.Options{}, pdf.ErrEncrypted},
		{"scanned", func(t *testing.T) []byte { return pdftest.Scanned(t) }, pdf.Options{}, pdf.ErrNoText},
		{"not a pdf", func(*testing.T) []byte { return []byte("<html>hello</html>") }, pdf.Options{}, pdf.ErrDamaged},
		{"malformed", func(*testing.T) []byte { return []byte("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R") }, pdf.Options{}, pdf.ErrDamaged},
		{"truncated", func(t *testing.T) []byte { b := pdftest.Build(t, report()); return b[:len(b)/3] }, pdf.Options{}, pdf.ErrDamaged},
		{"over the page cap", func(t *testing.T) []byte { return pdftest.Build(t, report()) }, pdf.Options{MaxPages: 2}, pdf.ErrTooManyPages},
		{"page-count bomb", func(*testing.T) []byte { return pdftest.ManyPages(200_000) }, pdf.Options{}, pdf.ErrTooManyPages},
		{"deep nesting", func(*testing.T) []byte { return pdftest.DeepNesting(100_000) }, pdf.Options{}, pdf.ErrDamaged},
		{"inflate bomb", func(t *testing.T) []byte { return pdftest.InflateBomb(t, 300<<20) }, pdf.Options{}, pdf.ErrTooComplex},
		{"over the time budget", func(t *testing.T) []byte { return pdftest.Build(t, report()) }, pdf.Options{Timeout: time.Nanosecond}, pdf.ErrTooComplex},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := reader
			if tc.opts != (pdf.Options{}) {
				tc.opts.CacheDir = testCacheDir()
				r = pdf.NewReader(tc.opts)
				defer r.Close()
			}
			doc, err := r.Read(context.Background(), tc.data(t))
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, %v; want %v", doc, err, tc.want)
			}
			t.Logf("%v", err)
		})
	}
}

func TestReadPageCapCarriesTheNumbers(t *testing.T) {
	r := pdf.NewReader(pdf.Options{CacheDir: testCacheDir(), MaxPages: 2})
	defer r.Close()
	_, err := r.Read(context.Background(), pdftest.Build(t, report()))
	var tooMany *pdf.TooManyPagesError
	if !errors.As(err, &tooMany) || tooMany.Pages != 3 || tooMany.Limit != 2 {
		t.Errorf("got %v, want 3 pages over a cap of 2", err)
	}
}

func TestReadStopsWhenTheCallerGivesUp(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := reader.Read(ctx, pdftest.Build(t, report()))
	if !errors.Is(err, context.Canceled) || errors.Is(err, pdf.ErrTooComplex) {
		t.Errorf("got %v, want the caller's cancellation", err)
	}
}

func TestReadAfterCloseFails(t *testing.T) {
	r := pdf.NewReader(pdf.Options{})
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Read(context.Background(), pdftest.Build(t, report())); err == nil {
		t.Error("a closed reader read a document")
	}
}
