package extract

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// pageOf is a page of n paragraphs of about size bytes each.
func pageOf(n, size int) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Long page</title></head><body><article><h1>Long page</h1>`)
	sentence := "The council met on Tuesday and agreed on a plan for the harbour and the new sea wall. "
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d. %s</p>\n", i, strings.Repeat(sentence, max(1, size/len(sentence))))
	}
	b.WriteString(`</article></body></html>`)
	return []byte(b.String())
}

// TestSizeCaps: a page past MaxParagraphWork or MaxNodes is refused before
// the extractor runs (its cost grows with those, not with bytes); a long
// article well under them is read.
func TestSizeCaps(t *testing.T) {
	u, err := url.Parse("https://news.test/long")
	if err != nil {
		t.Fatal(err)
	}
	// 3,000 paragraphs of ~800 bytes: 2.4 MB of text, 7 GB of work.
	if _, err := HTML(pageOf(3000, 800), u); !errors.Is(err, ErrTooLong) {
		t.Fatalf("err = %v, want ErrTooLong", err)
	}
	// 120,000 tiny elements: few bytes (1.3 MB), but ~2 KB each to extract.
	divs := strings.Repeat("<div><span>x</span></div>", 120_000)
	if _, err := HTML([]byte("<html><body>"+divs+"</body></html>"), u); !errors.Is(err, ErrTooLong) {
		t.Fatalf("err = %v, want ErrTooLong", err)
	}
	// A long-read: 400 paragraphs of ~600 bytes (~40,000 words).
	doc, err := HTML(pageOf(400, 600), u)
	if err != nil || WordCount(doc.Text) < 30000 {
		t.Fatalf("long article refused or cut: %v", err)
	}
}

func TestMeasure(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<p>ab<b>cd</b></p><div>outside</div><p></p><p>e</p>`))
	if err != nil {
		t.Fatal(err)
	}
	// document, html, head, body, 3 p, 3 text in p, b, div and its text.
	if nodes, p, n := measure(root); nodes != 13 || p != 3 || n != 5 {
		t.Errorf("measure = %d nodes, %d paragraphs, %d bytes; want 13, 3, 5", nodes, p, n)
	}
}

// BenchmarkHTMLLarge measures extraction of a large page (1,000 paragraphs,
// ~600 KB, under the cap) next to parsing it alone (the physical
// reference): allocated bytes per byte of page are reported as
// alloc-B/page-B.
func BenchmarkHTMLLarge(b *testing.B) {
	page := pageOf(1000, 500)
	u, err := url.Parse("https://news.test/long")
	if err != nil {
		b.Fatal(err)
	}
	run := func(b *testing.B, f func() error) {
		b.ReportAllocs()
		b.SetBytes(int64(len(page)))
		for b.Loop() {
			if err := f(); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("parse-only", func(b *testing.B) {
		run(b, func() error { _, err := html.Parse(strings.NewReader(string(page))); return err })
	})
	b.Run("extract", func(b *testing.B) {
		run(b, func() error { _, err := HTML(page, u); return err })
	})
}

// BenchmarkInspectCaptionBoxes measures inspect on a page of 20,000 boxes
// whose class names a caption, side by side under one parent with no
// picture: each box looks for a picture beside it, and that search must
// stay bounded (unbounded, it cost a minute a page). The reference is
// the same page with another class, where no box searches.
func BenchmarkInspectCaptionBoxes(b *testing.B) {
	for _, class := range []string{"box", "caption"} {
		var sb strings.Builder
		sb.WriteString("<html><body><div>")
		for range 20000 {
			sb.WriteString(`<div class="` + class + `">x y</div><span></span><span></span>`)
		}
		sb.WriteString("</div></body></html>")
		root, err := html.Parse(strings.NewReader(sb.String()))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(class, func(b *testing.B) {
			for b.Loop() {
				inspect(root, nil)
			}
		})
	}
}
