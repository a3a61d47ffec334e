// Package pdftest builds small PDFs for tests with go-pdf/fpdf, line by
// line, so a test controls exactly where each line, paragraph gap and page
// break falls. It also makes the hostile PDFs the reader must refuse.
package pdftest

import (
	"bytes"
	"compress/flate"
	"fmt"
	"hash/adler32"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"
)

// Spec describes a document. Each page is a list of lines; an empty line
// leaves a blank line's space (a paragraph gap), and a line starting with
// "# " is set large and bold, as a heading.
type Spec struct {
	Title, Author string
	Created       time.Time
	// Header and Footer, when set, are printed on every page; "%d" in
	// Footer becomes the page number.
	Header, Footer string
	Pages          [][]string
	// UserPassword encrypts the document so it needs this password.
	UserPassword string
}

// Report is a three-page document with the layouts the reader must undo:
// a running header, page-number footers, lines wrapped inside sentences,
// a sentence running over a page break, a word hyphenated at a line end, a
// compound hyphenated at a line end, and a heading.
func Report() Spec {
	return Spec{
		Title:   "Annual Report on Water Quality",
		Author:  "Office of Water Programs",
		Created: time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC),
		Header:  "Annual Report on Water Quality",
		Footer:  "Page %d of 3",
		Pages: [][]string{{
			"The office tested every public well in the county during the",
			"spring and found that most of them met the federal standard.",
			"",
			"Inspectors collected samples from schools, clinics and farms, and the",
			"laboratory reported the results within two weeks of each visit. The",
			"well-known problem of nitrate runoff was confirmed near the river.",
			"",
			"The director said the county would publish the full results of the",
		}, {
			"survey online, so that every resident can read them.",
			"",
			"# Findings",
			"Nitrate levels near the river exceeded the standard in the infor-",
			"mation gathered from eleven wells, and officials described the well-",
			"known pattern as a seasonal one that returns every spring after the",
			"fields are fertilized.",
			"",
			"The office will repeat the survey next year and expand it to private",
			"wells, which are not covered by the federal standard today.",
		}, {
			"Residents with questions may call the office during business hours.",
		}},
	}
}

// Layout of generated pages, in points.
const (
	margin  = 72
	size    = 11
	leading = 14
)

// Build renders spec to PDF bytes.
func Build(t testing.TB, spec Spec) []byte {
	t.Helper()
	f := fpdf.New("P", "pt", "Letter", "")
	if spec.UserPassword != "" {
		f.SetProtection(fpdf.CnProtectPrint, spec.UserPassword, "owner-"+spec.UserPassword)
	}
	f.SetTitle(spec.Title, true)
	f.SetAuthor(spec.Author, true)
	if !spec.Created.IsZero() {
		f.SetCreationDate(spec.Created)
	}
	f.SetAutoPageBreak(false, 0)
	tr := f.UnicodeTranslatorFromDescriptor("")
	_, pageH := f.GetPageSize()
	for pi, lines := range spec.Pages {
		f.AddPage()
		if spec.Header != "" {
			f.SetFont("Helvetica", "", 9)
			f.Text(margin, margin/2, tr(spec.Header))
		}
		y := float64(margin)
		for _, ln := range lines {
			switch {
			case ln == "":
				y += leading
				continue
			case strings.HasPrefix(ln, "# "):
				f.SetFont("Helvetica", "B", 18)
				y += 8
				f.Text(margin, y, tr(ln[2:]))
				y += 24
				continue
			}
			f.SetFont("Helvetica", "", size)
			f.Text(margin, y, tr(ln))
			y += leading
		}
		if spec.Footer != "" {
			f.SetFont("Helvetica", "", 9)
			f.Text(margin, pageH-margin/2, tr(strings.ReplaceAll(spec.Footer, "%d", fmt.Sprint(pi+1))))
		}
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatalf("build pdf: %v", err)
	}
	return b.Bytes()
}

// Scanned is a page holding only a picture, as a scanner makes.
func Scanned(t testing.TB) []byte {
	t.Helper()
	img := image.NewGray(image.Rect(0, 0, 200, 260))
	for y := 20; y < 240; y += 12 {
		for x := 20; x < 180; x++ {
			img.SetGray(x, y, color.Gray{Y: 40})
		}
	}
	var pic bytes.Buffer
	if err := png.Encode(&pic, img); err != nil {
		t.Fatal(err)
	}
	f := fpdf.New("P", "pt", "Letter", "")
	f.AddPage()
	f.RegisterImageOptionsReader("scan", fpdf.ImageOptions{ImageType: "png"}, &pic)
	f.ImageOptions("scan", 0, 0, 612, 792, false, fpdf.ImageOptions{ImageType: "png"}, 0, "")
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatalf("build pdf: %v", err)
	}
	return b.Bytes()
}

// Raw assembles a PDF from object bodies (object i+1 is objs[i]; object 1
// must be the catalog) with a correct cross-reference table.
func Raw(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// stream is a PDF stream object with its length.
func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// textPage is a page object (number page) whose content is object content.
const font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"

// ManyPages claims n pages by listing one page n times: a page-count bomb
// a few bytes per page.
func ManyPages(n int) []byte {
	kids := strings.Repeat("3 0 R ", n)
	return Raw(
		"<< /Type /Catalog /Pages 2 0 R >>",
		fmt.Sprintf("<< /Type /Pages /Count %d /Kids [%s] >>", n, kids),
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		stream("", "BT /F1 12 Tf 72 700 Td (One page, listed many times.) Tj ET"),
		font,
	)
}

// DeepNesting hides the page tree's only page under depth nested arrays
// and dictionaries: a parser that recurses without a limit overflows its
// stack, and one with a limit finds no page.
func DeepNesting(depth int) []byte {
	nest := strings.Repeat("[<< /A ", depth) + "3 0 R" + strings.Repeat(" >>]", depth)
	return Raw(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Count 1 /Kids ["+nest+"] >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		stream("", "BT /F1 12 Tf 72 700 Td (Nested.) Tj ET"),
		font,
	)
}

// InflateBomb has a content stream that inflates to n bytes (rounded up
// to MiB) of spaces from well under a megabyte. The deflate data is one
// compressed MiB repeated: a sync-flushed block that refers to nothing
// before it decodes the same wherever it stands, so the bomb is built
// without compressing n bytes.
func InflateBomb(t testing.TB, n int) []byte {
	t.Helper()
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	var block bytes.Buffer
	w, err := flate.NewWriter(&block, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(chunk); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	z.Write([]byte{0x78, 0x9c}) // zlib header: deflate, default level
	sum := adler32.New()
	for left := n; left > 0; left -= len(chunk) {
		z.Write(block.Bytes())
		sum.Write(chunk)
	}
	z.Write([]byte{0x03, 0x00}) // an empty final block
	z.Write(sum.Sum(nil))
	return Raw(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		stream("/Filter /FlateDecode", z.String()),
		font,
	)
}

// Typeset lays paragraphs out as a Spec: lines wrapped at about width
// characters, a blank line between paragraphs, linesPerPage lines a page.
func Typeset(title string, paras []string, width, linesPerPage int) Spec {
	spec := Spec{Title: title, Footer: "%d"}
	var page []string
	add := func(ln string) {
		if len(page) == linesPerPage {
			spec.Pages = append(spec.Pages, page)
			page = nil
		}
		page = append(page, ln)
	}
	for i, p := range paras {
		if i > 0 {
			add("")
		}
		var cur string
		for _, w := range strings.Fields(p) {
			if cur != "" && len(cur)+1+len(w) > width {
				add(cur)
				cur = ""
			}
			if cur != "" {
				cur += " "
			}
			cur += w
		}
		if cur != "" {
			add(cur)
		}
	}
	if len(page) > 0 {
		spec.Pages = append(spec.Pages, page)
	}
	return spec
}
