package pagesets

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestDragnetArticle(t *testing.T) {
	if got := DragnetArticle("The article.\n" + DragnetComments + "\nA comment."); got != "The article.\n" {
		t.Errorf("DragnetArticle = %q", got)
	}
	if got := DragnetArticle("No comments."); got != "No comments." {
		t.Errorf("DragnetArticle = %q", got)
	}
}

func TestReadWCXBTruth(t *testing.T) {
	path := filepath.Join(t.TempDir(), "0001.json")
	if err := os.WriteFile(path, []byte(`{"_internal":{"page_type":{"primary":"article"}},"ground_truth":{"title":"Headline","main_content":"Text."}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	truth, err := ReadWCXBTruth(path)
	if err != nil {
		t.Fatal(err)
	}
	if !truth.IsArticle() || truth.GroundTruth.MainContent != "Text." || truth.GroundTruth.Title != "Headline" {
		t.Errorf("read %+v", truth)
	}
	if err := os.WriteFile(path, []byte(`{`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadWCXBTruth(path); err == nil {
		t.Error("a broken file was read")
	}
}

func TestL3SArticle(t *testing.T) {
	page := `<html><head><style>.x{}</style></head><body>
<div><span class="x-nc-sel0">Menu</span></div>
<h1><span class="x-nc-sel1">Mayor   quits</span></h1>
<p><span class="x-nc-sel2">"We are done," the mayor
said.</span> <span class="x-nc-sel2">She left.</span></p>
<p><span class="x-nc-sel2">Line one<br>line two</span><script>var x;</script></p>
<p><span class="x-nc-sel4">Related: more news</span></p>
<div class="x-nc-sel5"><p>A comment.</p></div>
</body></html>`
	want := "Mayor quits\n\n\"We are done,\" the mayor said. She left.\n\nLine one\n\nline two"
	if got := L3SArticle([]byte(page)); got != want {
		t.Errorf("L3SArticle =\n%q\nwant\n%q", got, want)
	}
}

func TestGoogleTrendsArticle(t *testing.T) {
	page := `<html><body><nav __label="footer">Home</nav>
<h1 __label="title&quot;">Storm   hits</h1><p __label="substitle">A standfirst.</p>
<span __label="author">By A. Writer</span> <span __label="date">May 1</span>
<div __label="main "><p>First <b>para</b>graph.</p>
<figure><figcaption __label="caption">A caption.</figcaption></figure>
<p>Second.</p></div>
<p>Unlabelled.</p><div __label="commen">Nice!</div></body></html>`
	want := "Storm hits\n\nA standfirst.\n\nFirst paragraph.\n\nSecond."
	if got := GoogleTrendsArticle([]byte(page)); got != want {
		t.Errorf("GoogleTrendsArticle =\n%q\nwant\n%q", got, want)
	}
	stripped := string(GoogleTrendsPage([]byte(page)))
	if strings.Contains(stripped, "__label=") || !strings.Contains(stripped, `<div><p>First <b>para</b>graph.</p>`) {
		t.Errorf("GoogleTrendsPage left labels or changed the page:\n%s", stripped)
	}
}

func TestCETDArticle(t *testing.T) {
	if got, want := CETDArticle([]byte("\uFEFFHeadline\r\nFirst  line.\r\n\r\nSecond.\r\n")), "Headline\n\nFirst line.\n\nSecond."; got != want {
		t.Errorf("CETDArticle = %q, want %q", got, want)
	}
}

func TestCleanEvalArticle(t *testing.T) {
	raw := "URL: http://example.com/a\n<h>Big &amp; news\n\n<p>First  line,\n  wrapped.\n<l>Item\n"
	if got, want := CleanEvalArticle([]byte(raw)), "Big & news\n\nFirst line, wrapped.\n\nItem"; got != want {
		t.Errorf("CleanEvalArticle = %q, want %q", got, want)
	}
}

func TestLinesArticle(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"Headline\r\n\r\nFirst  para.\r\n    Indented item\n\n\nLast.", "Headline\n\nFirst para.\n\nIndented item\n\nLast."},
		{"\x93Quoted,\x94 he said.", "“Quoted,” he said."}, // Windows-1252
		{"“Quoted”", "“Quoted”"},                           // UTF-8 stays as it is
	}
	for _, tt := range tests {
		if got := LinesArticle([]byte(tt.raw)); got != tt.want {
			t.Errorf("LinesArticle(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestHTMLArticle(t *testing.T) {
	page := `<div class="page"><h2>Title  here</h2><p>"We won," she <em>said</em>.<br>Next line</p><script>x()</script><ul><li>One</li></ul></div>`
	want := "Title here\n\n\"We won,\" she said.\n\nNext line\n\nOne"
	if got := HTMLArticle([]byte(page)); got != want {
		t.Errorf("HTMLArticle =\n%q\nwant\n%q", got, want)
	}
}

func TestFundusTruths(t *testing.T) {
	raw := `{
  "V2": {"title": "Third", "body": {"summary": [], "sections": [{"headline": [], "paragraphs": ["C."]}]}},
  "V1_10": {"title": "Second", "body": {"summary": ["Standfirst."], "sections": [{"headline": ["Heading"], "paragraphs": ["B1.", "B2."]}]}},
  "V1": {"title": "", "body": {"summary": [], "sections": [{"headline": [], "paragraphs": ["A."]}]}}
}`
	got, err := FundusTruths([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	want := []FundusTruth{
		{"", "A."},
		{"Second", "Second\n\nStandfirst.\n\nHeading\n\nB1.\n\nB2."},
		{"Third", "Third\n\nC."},
	}
	if !slices.Equal(got, want) {
		t.Errorf("FundusTruths = %q, want %q", got, want)
	}
	if _, err := FundusTruths([]byte(`[`)); err == nil {
		t.Error("FundusTruths read a broken file")
	}
}

func TestVersionLess(t *testing.T) {
	sorted := []string{"V1", "V1_1", "V1_2", "V1_10", "V2", "V10", "old"}
	for i := range sorted {
		for j := range sorted {
			if got, want := versionLess(sorted[i], sorted[j]), i < j; got != want && !(sorted[i] == "old" || sorted[j] == "old") {
				t.Errorf("versionLess(%q, %q) = %v, want %v", sorted[i], sorted[j], got, want)
			}
		}
	}
}
