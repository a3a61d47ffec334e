package pdf

import (
	"strings"
	"testing"
	"time"
)

func TestDehyphenate(t *testing.T) {
	vocab := vocabulary([][]line{{
		{text: "a well-known fact about information and the"},
		{text: "vegetable garden, made by hand"},
	}})
	tests := []struct {
		text, next, want string
	}{
		{"the infor-", "mation was", "the information was"},            // a word split by a line break
		{"the well-", "known pattern", "the well-known pattern"},       // a compound the document writes whole
		{"with vegetable-", "made bones", "with vegetable-made bones"}, // two words the document uses alone
		{"the co\u00ad", "operation", "the cooperation"},               // a soft hyphen is always a break
		{"in 1943-", "2004 he", "in 1943-2004 he"},                     // not between letters: kept, no space
		{"the non-", "American", "the non-American"},                   // a capital after it: kept
		{"a dash -", "then more", "a dash - then more"},                // a spaced dash is not a hyphen
		{"the end", "of it", "the end of it"},
	}
	for _, tc := range tests {
		var b strings.Builder
		b.WriteString(tc.text)
		joinLine(&b, tc.text, tc.next, vocab)
		if got := b.String(); got != tc.want {
			t.Errorf("%q + %q = %q, want %q", tc.text, tc.next, got, tc.want)
		}
	}
}

func TestEndsSentence(t *testing.T) {
	for text, want := range map[string]bool{
		"He left.":              true,
		"“We will not go.”":     true,
		"as the report says:":   true,
		"the committee said12":  false,
		"the results (see p.":   true,
		"it was a great":        false,
		"why not?)":             true,
		"the end of the line.3": true,
	} {
		if got := endsSentence(text); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestDropRunningLines(t *testing.T) {
	var pages [][]line
	for i := 1; i <= 4; i++ {
		n := strings.Repeat("x", i) // a different body on each page
		pages = append(pages, []line{
			{text: "ANNUAL REPORT 2024"},
			{text: "Body text " + n + " one."},
			{text: "More body " + n + " two."},
			{text: "Report No. 7 — page " + strings.Repeat("1", i)},
		})
	}
	pages[2] = append(pages[2], line{text: "- 3 -"})
	got := dropRunningLines(pages)
	for i, lines := range got {
		if len(lines) != 2 || !strings.HasPrefix(lines[0].text, "Body") {
			t.Errorf("page %d kept %+v, want only its two body lines", i+1, lines)
		}
	}
}

func TestPageNumberLines(t *testing.T) {
	for s, want := range map[string]bool{
		"7": true, "- 7 -": true, "Page 7": true, "page 7 of 12": true, "7/12": true, "xiv": true,
		"7 days later": false, "Section 7": false, "": false,
	} {
		if got := pageNumber.MatchString(s); got != want {
			t.Errorf("pageNumber(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"D:20240305103000Z", time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC)},
		{"D:20240305103000+01'00'", time.Date(2024, 3, 5, 9, 30, 0, 0, time.UTC)},
		{"D:20240305103000-05'30", time.Date(2024, 3, 5, 16, 0, 0, 0, time.UTC)},
		{"D:2024030510", time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)},
		{"20240305", time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)},
		{"D:2024", time.Time{}},
		{"yesterday", time.Time{}},
		{"D:20241399", time.Time{}},
	}
	for _, tc := range tests {
		if got := parseDate(tc.in); !got.Equal(tc.want) {
			t.Errorf("parseDate(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"  the \ufb01rst  \ufb02oor ": "the first floor",
		"zero\u200bwidth\x01":         "zerowidth",
		"hyphen at end\u0002":         "hyphen at end-",
		"soft\u00admid":               "softmid",
	} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPickTitleSkipsPlaceholders(t *testing.T) {
	first := [][]line{{{text: "Big Heading", size: 24}, {text: "body", size: 11}, {text: "body", size: 11}}}
	body := metrics{size: 11}
	for meta, want := range map[string]string{
		"Microsoft Word - T081E.DOC": "Big Heading",
		"report_final.pdf":           "Big Heading",
		"":                           "Big Heading",
		"A Real Title":               "A Real Title",
	} {
		if got := pickTitle(meta, first, body); got != want {
			t.Errorf("pickTitle(%q) = %q, want %q", meta, got, want)
		}
	}
}

func TestJunkAuthor(t *testing.T) {
	for a, want := range map[string]bool{"Administrator": true, "user": true, "": true, "Office of Water Programs": false, "Ana Ruiz": false} {
		if got := junkAuthor(a); got != want {
			t.Errorf("junkAuthor(%q) = %v, want %v", a, got, want)
		}
	}
}

func TestBylineOnFirstPage(t *testing.T) {
	for text, want := range map[string]string{
		"By Ana Ruiz":                        "Ana Ruiz",
		"by R. K. Andjus and J. E. Lovelock": "R. K. Andjus and J. E. Lovelock",
		"BY THE EDITORIAL BOARD":             "THE EDITORIAL BOARD",
		"By the way, the river rose.":        "",
		"Bystanders said":                    "",
	} {
		pages := [][]line{{{text: "Title"}, {text: text}, {text: "Body."}}}
		if got := bylineOnFirstPage(pages); got != want {
			t.Errorf("byline in %q = %q, want %q", text, got, want)
		}
	}
}

func TestDocumentDropsFigureLabels(t *testing.T) {
	raw := &rawDocument{pages: [][]line{{
		{text: "The results are shown below.", left: 72, right: 300, bottom: 700, top: 712, size: 12},
		{text: "0 10 20 30 40", left: 72, right: 200, bottom: 600, top: 612, size: 9},
		{text: "15", left: 72, right: 90, bottom: 580, top: 592, size: 9},
	}}}
	doc := raw.document()
	if len(doc.Paragraphs) != 1 || doc.Paragraphs[0].Text != "The results are shown below." {
		t.Errorf("paragraphs %+v, want only the sentence", doc.Paragraphs)
	}
}

func TestDocumentJoinsASentenceAcrossColumns(t *testing.T) {
	l := func(text string, left, bottom float64) line {
		return line{text: text, left: left, right: left + 230, bottom: bottom, top: bottom + 12, size: 12}
	}
	raw := &rawDocument{pages: [][]line{{
		l("The council met on Monday and voted to", 72, 700),
		l("close the bridge until the inspectors", 72, 686),
		l("finish their work.", 72, 672),
		l("The mayor said the closure would last", 72, 644), // a blank line's gap above: a new paragraph
		l("at least a week, and that buses would", 72, 630),
		l("replace the trams while the repairs", 320, 700), // back to the top: the next column
		l("are made.", 320, 686),
	}}}
	raw.pages[0][2].right = 180 // a short last line
	raw.pages[0][6].right = 380
	doc := raw.document()
	want := []string{
		"The council met on Monday and voted to close the bridge until the inspectors finish their work.",
		"The mayor said the closure would last at least a week, and that buses would replace the trams while the repairs are made.",
	}
	if len(doc.Paragraphs) != len(want) {
		t.Fatalf("paragraphs %+v, want %q", doc.Paragraphs, want)
	}
	for i, p := range doc.Paragraphs {
		if p.Text != want[i] {
			t.Errorf("paragraph %d = %q, want %q", i, p.Text, want[i])
		}
	}
}
