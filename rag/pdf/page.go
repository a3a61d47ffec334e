package pdf

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/klippa-app/go-pdfium"
	pdfiumerr "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// line is one line of text as PDFium laid it out, with its box in PDF user
// space (points, y growing upwards).
type line struct {
	text                     string
	left, right, bottom, top float64
	size                     float64 // type size: its first character's ascent to descent
}

// meta is the document information dictionary's part we use.
type meta struct {
	title, author, created string
}

// rawDocument is what PDFium gave: metadata and each page's lines.
type rawDocument struct {
	meta  meta
	pages [][]line
}

// readMeta reads the document information dictionary; a tag PDFium cannot
// read is left empty.
func readMeta(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT) meta {
	get := func(tag string) string {
		r, err := inst.FPDF_GetMetaText(&requests.FPDF_GetMetaText{Document: doc, Tag: tag})
		if err != nil {
			return ""
		}
		return r.Value
	}
	return meta{title: get("Title"), author: get("Author"), created: get("CreationDate")}
}

// readPage returns page i's lines and the bytes of text they hold.
func readPage(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, i int) ([]line, int, error) {
	page, err := inst.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: doc, Index: i})
	if err != nil {
		return nil, 0, pageError(i, err)
	}
	defer inst.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: page.Page})
	tp, err := inst.FPDFText_LoadPage(&requests.FPDFText_LoadPage{Page: requests.Page{ByReference: &page.Page}})
	if err != nil {
		return nil, 0, pageError(i, err)
	}
	defer inst.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: tp.TextPage})
	chars, err := inst.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: tp.TextPage})
	if err != nil {
		return nil, 0, pageError(i, err)
	}
	if chars.Count <= 0 {
		return nil, 0, nil
	}
	if chars.Count > maxPageRunes {
		return nil, 0, fmt.Errorf("%w: page %d has %d characters (over %d)", ErrTooComplex, i+1, chars.Count, maxPageRunes)
	}
	text, err := inst.FPDFText_GetText(&requests.FPDFText_GetText{TextPage: tp.TextPage, StartIndex: 0, Count: chars.Count})
	if err != nil {
		return nil, 0, pageError(i, err)
	}
	// Loose boxes span the font's ascent to descent, so their height is
	// the type size as printed whatever the glyph; PDFium's own font size
	// misses the text matrix's scale (word processors set 1 pt, scaled).
	box := func(idx int) (l, r, b, t float64, ok bool) {
		res, err := inst.FPDFText_GetLooseCharBox(&requests.FPDFText_GetLooseCharBox{TextPage: tp.TextPage, Index: idx})
		if err != nil {
			return 0, 0, 0, 0, false
		}
		x := res.Rect
		return float64(min(x.Left, x.Right)), float64(max(x.Left, x.Right)), float64(min(x.Bottom, x.Top)), float64(max(x.Bottom, x.Top)), true
	}
	lines := splitLines(text.Text, box)
	return lines, len(text.Text), nil
}

// pageError wraps a failure on a page of a document that opened. PDFium
// shows a damaged page as an empty one, so a call that fails there has
// almost always hit the sandbox's memory cap (PDFium aborts when an
// allocation fails): the document is too complex to read within limits.
// A page the document declares but does not have is damage, though.
func pageError(i int, err error) error {
	if errors.Is(err, pdfiumerr.ErrPage) {
		return fmt.Errorf("%w: page %d is missing", ErrDamaged, i+1)
	}
	return fmt.Errorf("%w: page %d: %v", ErrTooComplex, i+1, err)
}

// splitLines cuts a page's text at PDFium's line breaks and measures each
// line by its first and last visible characters. PDFium counts one
// character per code point, generated spaces and breaks included, so a
// rune's index in the text is its character index. PDFium runs a word
// hyphenated at a line end on without a break, marking the hyphen; the
// line is cut there too, so that the hyphen is judged like any other.
func splitLines(text string, box func(int) (l, r, b, t float64, ok bool)) []line {
	var out []line
	runes := []rune(text)
	start := 0
	flush := func(end int) {
		first, last := -1, -1
		for k := start; k < end; k++ {
			if !unicode.IsSpace(runes[k]) && !unicode.IsControl(runes[k]) || isHyphenMark(runes[k]) {
				if first < 0 {
					first = k
				}
				last = k
			}
		}
		if first < 0 {
			return
		}
		ln := line{text: string(runes[first : last+1])}
		l1, r1, b1, t1, ok1 := box(first)
		l2, r2, b2, t2, ok2 := box(last)
		switch {
		case ok1 && ok2:
			ln.left, ln.right = min(l1, l2), max(r1, r2)
			ln.bottom, ln.top = min(b1, b2), max(t1, t2)
			ln.size = t1 - b1
		case ok1:
			ln.left, ln.right, ln.bottom, ln.top = l1, r1, b1, t1
			ln.size = t1 - b1
		}
		out = append(out, ln)
	}
	for k, r := range runes {
		switch {
		case r == '\n' || r == '\r':
			flush(k)
			start = k + 1
		case isHyphenMark(r):
			flush(k + 1)
			start = k + 1
		}
	}
	flush(len(runes))
	return out
}

// isHyphenMark reports the characters PDFium puts for a hyphen it found
// at a line end: it cannot tell a word break from a compound.
func isHyphenMark(r rune) bool { return r == '\u0002' || r == '\ufffe' }

// parseDate reads a PDF date ("D:20240115093000+01'00'"; a date may stop
// after any field); the zero time when it is not one.
func parseDate(s string) time.Time {
	s = strings.TrimPrefix(strings.TrimSpace(s), "D:")
	digits := 0
	for digits < len(s) && digits < 14 && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	digits &^= 1 // fields are two digits each
	if digits < 8 {
		return time.Time{}
	}
	t, err := time.Parse("20060102150405"[:digits], s[:digits])
	if err != nil || t.Year() < 1980 {
		return time.Time{}
	}
	rest := s[digits:]
	if len(rest) >= 3 && (rest[0] == '+' || rest[0] == '-') {
		h, m := atoi2(rest[1:3]), 0
		if len(rest) >= 6 && rest[3] == '\'' {
			m = atoi2(rest[4:6])
		}
		if h >= 0 && m >= 0 {
			off := (h*60 + m) * 60
			if rest[0] == '-' {
				off = -off
			}
			t = t.Add(-time.Duration(off) * time.Second)
		}
	}
	return t.UTC()
}

// atoi2 reads two decimal digits, -1 if they are not.
func atoi2(s string) int {
	if len(s) != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return -1
	}
	return int(s[0]-'0')*10 + int(s[1]-'0')
}
