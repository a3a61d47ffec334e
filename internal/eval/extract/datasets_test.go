package main

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadWCXB(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"ground-truth", "html"} {
		if err := os.MkdirAll(filepath.Join(dir, "dev", sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(id, kind, content, page string) {
		t.Helper()
		gt := `{"_internal":{"page_type":{"primary":"` + kind + `"}},"ground_truth":{"title":"T","main_content":"` + content + `"}}`
		if err := os.WriteFile(filepath.Join(dir, "dev", "ground-truth", id+".json"), []byte(gt), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(filepath.Join(dir, "dev", "html", id+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zw := gzip.NewWriter(f)
		if _, err := zw.Write([]byte(page)); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	write("0001", "article", "The story.", "<p>The story.</p>")
	write("0002", "forum", "A thread.", "<p>A thread.</p>")
	// 0003 has no HTML: it is not part of the set.
	if err := os.WriteFile(filepath.Join(dir, "dev", "ground-truth", "0003.json"), []byte(`{"_internal":{"page_type":{"primary":"article"}}}`), 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		articles      bool
		set, id, want string
		wantPage      string
	}{
		{true, "wcxb", "0001", "The story.", "<p>The story.</p>"},
		{false, "wcxb-other", "0002", "A thread.", "<p>A thread.</p>"},
	}
	for _, tt := range tests {
		ps, err := loadWCXB(tt.articles)(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(ps) != 1 {
			t.Fatalf("articles=%v: %d pages, want 1", tt.articles, len(ps))
		}
		p := ps[0]
		if p.set != tt.set || p.id != tt.id || p.want != tt.want || string(p.html) != tt.wantPage || !p.untitled {
			t.Errorf("articles=%v: got %+v", tt.articles, p)
		}
	}
	if _, err := loadWCXB(true)(t.TempDir()); err == nil {
		t.Error("an empty folder loaded without error")
	}
}

func TestLoadUtomo(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, content string) {
		t.Helper()
		path := filepath.Join(dir, "Extraction", rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, y := range []string{"05", "09", "13", "17"} {
		write("big5-"+y+"/gold/story (1).txt", "Headline "+y+"\r\n\r\nBody \x93quoted\x94.\r\n")
		write("big5-"+y+"/html/story (1).htm", "<p>Body.</p>")
	}
	write("big5-17/gold/other.txt", "Other")
	write("big5-17/html/other.html", "<p>Other.</p>") // .html as well as .htm
	write("big5-17/gold/orphan.txt", "No page")       // no HTML: not part of the set
	write("chaos-all/gold/q (1).txt", "Chaos")
	write("chaos-all/html/q (1).htm", "<p>Chaos.</p>")

	ps, err := loadUtomo("news")(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range ps {
		ids = append(ids, p.id)
	}
	want := []string{"2005-story (1)", "2009-story (1)", "2013-story (1)", "2017-other", "2017-story (1)"}
	if strings.Join(ids, "|") != strings.Join(want, "|") {
		t.Fatalf("news pages %q, want %q", ids, want)
	}
	if ps[0].set != "utomo-news" || ps[0].want != "Headline 05\n\nBody “quoted”." || string(ps[0].html) != "<p>Body.</p>" || ps[0].untitled {
		t.Errorf("first page %+v", ps[0])
	}
	if ps[3].want != "Other" || string(ps[3].html) != "<p>Other.</p>" {
		t.Errorf(".html page %+v", ps[3])
	}
	ps, err = loadUtomo("chaos")(dir)
	if err != nil || len(ps) != 1 || ps[0].id != "q (1)" || ps[0].set != "utomo-chaos" {
		t.Fatalf("chaos pages %+v, %v", ps, err)
	}
	if _, err := loadUtomo("news")(t.TempDir()); err == nil {
		t.Error("an empty folder was read as a set")
	}
}

func TestLoadFundus(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, content string) {
		t.Helper()
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		var w io.Writer = f
		var zw *gzip.Writer
		if strings.HasSuffix(rel, ".gz") {
			zw = gzip.NewWriter(f)
			w = zw
		}
		if _, err := io.WriteString(w, content); err != nil {
			t.Fatal(err)
		}
		if zw != nil {
			if err := zw.Close(); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	parse := func(title, para string) string {
		return `{"title": "` + title + `", "body": {"summary": [], "sections": [{"headline": [], "paragraphs": ["` + para + `"]}]}}`
	}
	// Two versions, two pages: the earlier page goes with V1.
	write("us/Wire.json", `{"V1_1": `+parse("New", "Later.")+`, "V1": `+parse("Old", "Earlier.")+`}`)
	write("us/Wire_2024_09_03.html.gz", "<p>Later.</p>")
	write("us/Wire_2023_04_28.html.gz", "<p>Earlier.</p>")
	// One version, two pages: they cannot be paired.
	write("de/Blatt.json", `{"V1": `+parse("T", "P.")+`}`)
	write("de/Blatt_2023_01_01.html.gz", "<p>P.</p>")
	write("de/Blatt_2024_01_01.html.gz", "<p>P.</p>")

	ps, err := loadFundus(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 {
		t.Fatalf("%d pages, want 2: %+v", len(ps), ps)
	}
	for i, want := range []struct{ id, truth, html string }{
		{"us/Wire_2023_04_28", "Old\n\nEarlier.", "<p>Earlier.</p>"},
		{"us/Wire_2024_09_03", "New\n\nLater.", "<p>Later.</p>"},
	} {
		if p := ps[i]; p.set != "fundus" || p.id != want.id || p.want != want.truth || string(p.html) != want.html || p.untitled {
			t.Errorf("page %d = %+v, want %+v", i, p, want)
		}
	}
	if _, err := loadFundus(t.TempDir()); err == nil {
		t.Error("an empty folder was read as a set")
	}
}

func TestLoadGoogleTrends(t *testing.T) {
	dir := t.TempDir()
	page := "<html><head><meta charset=\"windows-1252\"></head><body><h1 __label=\"title\">Caf\xe9 opens</h1>" +
		"<p __label=\"author\">By Lee</p><p __label=\"main\">It opened.</p><p>Menu</p></body></html>"
	if err := os.WriteFile(filepath.Join(dir, "M-001.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	ps, err := loadGoogleTrends(dir)
	if err != nil || len(ps) != 1 {
		t.Fatalf("pages %+v, %v", ps, err)
	}
	p := ps[0]
	if p.set != "googletrends" || p.id != "M-001" || p.untitled || p.want != "Café opens\n\nIt opened." {
		t.Errorf("page %+v", p)
	}
	if h := string(p.html); strings.Contains(h, "__label") || !strings.Contains(h, "<h1>Café opens</h1>") {
		t.Errorf("page given to the extractors: %s", h)
	}
	if _, err := loadGoogleTrends(t.TempDir()); err == nil {
		t.Error("an empty folder was read as a set")
	}
}

func TestLoadCETD(t *testing.T) {
	dir := t.TempDir()
	for _, site := range cetdSites {
		for _, f := range []string{"original/0.htm", "gold/0.txt"} {
			path := filepath.Join(dir, "CETD", site, f)
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			content := "<p>" + site + ".</p>"
			if strings.HasPrefix(f, "gold") {
				content = "\uFEFF" + site + " text.\r\nSecond  line.\r\n"
			}
			if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	ps, err := loadCETD(dir)
	if err != nil || len(ps) != len(cetdSites) {
		t.Fatalf("pages %+v, %v", ps, err)
	}
	if p := ps[1]; p.set != "cetd" || p.id != "BBC/0" || p.want != "BBC text.\n\nSecond line." || string(p.html) != "<p>BBC.</p>" {
		t.Errorf("BBC page %+v", p)
	}
	if _, err := loadCETD(t.TempDir()); err == nil {
		t.Error("an empty folder was read as a set")
	}
}
