package pdf_test

import (
	"context"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/rag/extract"
	"github.com/articlebot/articlebot/rag/pdf/pdftest"
)

// benchArticle is the repository's blog fixture: a real-length news story
// (about 1,000 words), read as HTML and typeset as a PDF of the same text.
const benchArticle = "../../testdata/pages/blog.html"

// BenchmarkReadPDF reads PDFs typeset from one news story (repeated to
// make longer documents) and reports time per page and per 1,000 words;
// BenchmarkExtractHTML, the reference, extracts the same story from its
// web page in the same run.
func BenchmarkReadPDF(b *testing.B) {
	html, err := os.ReadFile(benchArticle)
	if err != nil {
		b.Fatal(err)
	}
	doc, err := extract.HTML(html, &url.URL{Scheme: "https", Host: "tidewater-science.test"})
	if err != nil {
		b.Fatal(err)
	}
	paras := strings.Split(doc.Text, "\n\n")
	words := len(strings.Fields(doc.Text))
	for _, copies := range []int{1, 10} {
		var all []string
		for range copies {
			all = append(all, paras...)
		}
		data := pdftest.Build(b, pdftest.Typeset(doc.Title, all, 95, 48))
		name := map[int]string{1: "one-story", 10: "ten-stories"}[copies]
		b.Run(name, func(b *testing.B) {
			var pages int
			for b.Loop() {
				d, err := reader.Read(context.Background(), data)
				if err != nil {
					b.Fatal(err)
				}
				pages = d.Pages
			}
			perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(perOp/float64(pages)/1e6, "ms/page")
			b.ReportMetric(perOp/float64(words*copies)*1000/1e6, "ms/1kwords")
			b.ReportMetric(float64(pages), "pages")
		})
	}
}

func BenchmarkExtractHTML(b *testing.B) {
	html, err := os.ReadFile(benchArticle)
	if err != nil {
		b.Fatal(err)
	}
	u := &url.URL{Scheme: "https", Host: "tidewater-science.test"}
	var words int
	for b.Loop() {
		doc, err := extract.HTML(html, u)
		if err != nil {
			b.Fatal(err)
		}
		words = len(strings.Fields(doc.Text))
	}
	perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(perOp/float64(words)*1000/1e6, "ms/1kwords")
}
