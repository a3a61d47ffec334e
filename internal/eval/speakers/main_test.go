package main

import (
	"archive/zip"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
	"github.com/articlebot/articlebot/rag/quotes"
)

// TestConstructionsGolden keeps the attribution of every constructed case
// as recorded; `go run ./internal/eval/speakers -update` rewrites the
// record after an intended change.
func TestConstructionsGolden(t *testing.T) {
	ds, err := loadConstructions(filepath.Join("testdata", "constructions.json"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "constructions.golden"))
	if err != nil {
		t.Fatal(err)
	}
	got := render(ds)
	if got != string(want) {
		t.Errorf("attribution changed; diff against testdata/constructions.golden:\n%s", got)
	}
	if strings.Contains(got, " WRONG ") {
		t.Errorf("a constructed case returns someone else's words")
	}
}

func TestJudge(t *testing.T) {
	d := doc{
		text: `"A," said Ann Lee. "B," said Bo Kim. Narration.`,
		same: func(a, b string) bool { return strings.HasSuffix(b, a) },
	}
	d.gold = []span{{1, 3, "Ann Lee"}, {19, 21, "Bo Kim"}}
	tests := []struct {
		name       string
		start, end int
		want       verdict
	}{
		{"own quotation", 1, 3, own},
		{"someone else's", 19, 21, wrong},
		{"a sentence holding both counts as own", 0, 22, own},
		{"narration", 37, 47, neither},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := judge(d, "Lee", tt.start, tt.end); got != tt.want {
				t.Errorf("judge = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestLoadNews reads labels against a Dragnet folder and refuses a label
// whose span no longer holds the text it was written for.
func TestLoadNews(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "GoldStandard"), 0o755); err != nil {
		t.Fatal(err)
	}
	text := `"We won," said Ann Lee. The "Big Day" show aired.` + "\n" + pagesets.DragnetComments + "\nA reader's comment."
	if err := os.WriteFile(filepath.Join(dir, "GoldStandard", "P1.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	write := func(sum string) string {
		t.Helper()
		labels := `[{"source":"dragnet","page":"P1","spans":[{"start":1,"end":8,"sum":"` + sum + `","speaker":"Ann Lee"},` +
			`{"start":29,"end":36,"sum":"` + spanSum("Big Day") + `","speaker":""},` +
			`{"start":1,"end":8,"sum":"` + sum + `","speaker":"~a fan"}]}]`
		name := filepath.Join(t.TempDir(), "news.json")
		if err := os.WriteFile(name, []byte(labels), 0o644); err != nil {
			t.Fatal(err)
		}
		return name
	}
	sets, err := loadNews(write(spanSum("We won,")), map[string]string{"dragnet": dir})
	if err != nil {
		t.Fatal(err)
	}
	ds := sets["dragnet"]
	if len(ds) != 1 || len(ds[0].gold) != 3 || strings.Contains(ds[0].text, "comment") {
		t.Fatalf("loaded %+v", ds)
	}
	if got := ds[0].asks; len(got) != 1 || got[0] != "Ann Lee" {
		t.Errorf("asks %q, want only the named speaker", got)
	}
	if _, err := loadNews(write(spanSum("other")), map[string]string{"dragnet": dir}); err == nil {
		t.Error("a span whose text changed was accepted")
	}
	if sets, err := loadNews(write(spanSum("other")), nil); err != nil || len(sets) != 0 {
		t.Errorf("a source without its data gave %v, %v; want its articles left out", sets, err)
	}
}

// TestCandidatesRoundTrip writes an article to label, labels it as a
// labeller would, merges the labels and loads them back.
func TestCandidatesRoundTrip(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "GoldStandard"), 0o755); err != nil {
		t.Fatal(err)
	}
	text := `Ann Lee said the vote was close. "We won," she said. "We go home," she told reporters. "Big Day" aired, Bo Kim said. Bo Kim says he agrees.`
	if err := os.WriteFile(filepath.Join(dir, "GoldStandard", "P1.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	if err := writeCandidates("dragnet", dir, work, 10, selection{maxWords: 100, minQuotations: 3}); err != nil {
		t.Fatal(err)
	}
	listing, err := os.ReadFile(filepath.Join(work, "P1.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// Label by what the listing shows: quotations by their words, sentences
	// by who speaks in them.
	labels := map[string]string{}
	_, spans, _ := strings.Cut(string(listing), "\nSPANS\n")
	for _, line := range strings.Split(strings.TrimSpace(spans), "\n") {
		n, rest, _ := strings.Cut(line, " ")
		switch {
		case strings.Contains(rest, "Big Day"):
			labels[n] = "TITLE"
		case strings.Contains(rest, "[sentence] Ann Lee"):
			labels[n] = "Ann Lee"
		case strings.Contains(rest, "[sentence]"):
			labels[n] = "NONE"
		default:
			labels[n] = "Ann Lee"
		}
	}
	b, err := json.Marshal(labels)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(work, "P1.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	pages, err := mergeLabels(work)
	if err != nil {
		t.Fatal(err)
	}
	news := filepath.Join(t.TempDir(), "news.json")
	for range 2 { // merging twice replaces, not duplicates
		if err := addLabels(news, pages); err != nil {
			t.Fatal(err)
		}
	}
	sets, err := loadNews(news, map[string]string{"dragnet": dir})
	if err != nil {
		t.Fatal(err)
	}
	ds := sets["dragnet"]
	if len(ds) != 1 {
		t.Fatalf("%d articles, want 1", len(ds))
	}
	titles := 0
	for _, g := range ds[0].gold {
		if g.speaker == "" {
			titles++
		}
		if g.speaker == "NONE" || g.speaker == "TITLE" {
			t.Errorf("label %q kept as a speaker", g.speaker)
		}
	}
	if titles != 1 || len(ds[0].asks) != 1 || ds[0].asks[0] != "Ann Lee" {
		t.Errorf("gold %+v, asks %q", ds[0].gold, ds[0].asks)
	}
}

// TestFalseNone: an ask with nothing returned counts as a wrong "isn't
// quoted" only when the annotation quotes X and no sentence naming X
// holds a quotation the attribution left without a speaker.
func TestFalseNone(t *testing.T) {
	tests := []struct {
		name, text string
		gold       []span
		want       bool
	}{
		{"quoted, attribution missed it, nothing to hedge on",
			"Tom Teves arrived. Alex Teves died. \"I'm hollow,\" the father wept.", []span{{38, 49, "Tom Teves"}}, true},
		{"quoted in a sentence naming him, left without a speaker: hedged",
			"Alex Teves died. Tom Teves stood outside the hospital on Sunday, his voice breaking at times: \"I'm hollow.\"", []span{{95, 106, "Tom Teves"}}, false},
		{"only reported speech", "Alex Teves died. Tom Teves mourned that he was hollow.", []span{{17, 54, "Tom Teves"}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc{text: tt.text, gold: tt.gold, asks: []string{"Tom Teves"}, same: quotes.SameSpeaker}
			rs := attributed(d, analyze(d.text))
			if len(rs[0].items) != 0 {
				t.Fatalf("returned %+v; the case needs an ask with nothing returned", rs[0].items)
			}
			if rs[0].falseNone != tt.want {
				t.Errorf("falseNone = %v, want %v", rs[0].falseNone, tt.want)
			}
		})
	}
}

func TestUtomoSource(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []struct{ year, name, text string }{
		{"05", "b (1)", "Headline\r\n\r\n\x93We won,\x94 said Ann Lee.\r\n"},
		{"17", "a", "Later"},
	} {
		gold := filepath.Join(dir, "Extraction", "big5-"+f.year, "gold")
		if err := os.MkdirAll(gold, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(gold, f.name+".txt"), []byte(f.text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := newsSources["utomo"]
	pages, err := src.pages(dir)
	if err != nil || strings.Join(pages, "|") != "2005-b (1)|2017-a" {
		t.Fatalf("pages %q, %v", pages, err)
	}
	text, err := src.text(dir, pages[0])
	if err != nil || text != "Headline\n\n“We won,” said Ann Lee." {
		t.Errorf("text %q, %v", text, err)
	}
	chaos := filepath.Join(dir, "Extraction", "chaos-all", "gold")
	if err := os.MkdirAll(chaos, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(chaos, "q (2).txt"), []byte("Search result"), 0o644); err != nil {
		t.Fatal(err)
	}
	cs := newsSources["chaos"]
	if pages, err := cs.pages(dir); err != nil || len(pages) != 1 || pages[0] != "q (2)" {
		t.Fatalf("chaos pages %q, %v", pages, err)
	}
	if text, err := cs.text(dir, "q (2)"); err != nil || text != "Search result" {
		t.Errorf("chaos text %q, %v", text, err)
	}
	for _, bad := range []string{"nodash", "05-b (1)", "2009-b (1)"} {
		if _, err := src.text(dir, bad); err == nil {
			t.Errorf("page %q was read", bad)
		}
	}
}

// TestSameNewsSpeaker: an ask naming two that a label kept whole is a
// question about both, and either's words are its own.
func TestSameNewsSpeaker(t *testing.T) {
	tests := []struct {
		ask, label string
		want       bool
	}{
		{"Mike Crapo and ~Democrats", "Mike Crapo", true},
		{"Amnesty International and Guantanamo Human Rights Commission", "Amnesty International", true},
		{"Mike Crapo and ~Democrats", "Sherrod Brown", false},
		{"Poonam Lamba", "Poonam Lamba and Eddie Villalba", true},
		{"Eddie Villalba", "Poonam Lamba", false},
	}
	for _, tt := range tests {
		if got := sameNewsSpeaker(tt.ask, tt.label); got != tt.want {
			t.Errorf("sameNewsSpeaker(%q, %q) = %v, want %v", tt.ask, tt.label, got, tt.want)
		}
	}
}

func TestSpeakersOf(t *testing.T) {
	tests := []struct {
		label string
		want  []string
	}{
		{"Ann Lee", []string{"Ann Lee"}},
		{"Poonam Lamba and Eddie Villalba", []string{"Poonam Lamba", "Eddie Villalba"}},
		{"the US and the Kremlin", []string{"the US", "the Kremlin"}},
		{"the proposed final judgment and order", []string{"the proposed final judgment and order"}},
		{"the U.S. Fish and Wildlife Service", []string{"the U.S. Fish and Wildlife Service"}},
		{"the Centers for Disease Control and Prevention", []string{"the Centers for Disease Control and Prevention"}},
		{"Findus and Carrefour and Intermarche", []string{"Findus", "Carrefour", "Intermarche"}},
	}
	for _, tt := range tests {
		if got := speakersOf(tt.label); !slices.Equal(got, tt.want) {
			t.Errorf("speakersOf(%q) = %q, want %q", tt.label, got, tt.want)
		}
	}
}

func TestReadabilityAndCleanEvalSources(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "GoldStandard"), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, "GoldStandard", name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("001.txt", `<div><p>"We won," she <em>said</em>.</p><p>Then she left.</p></div>`)
	write("123.txt", "URL: http://example.com/\n<p>\"We won,\" she said.\n<p>Then she left.\n")
	for _, tt := range []struct{ source, page string }{{"readability", "001"}, {"cleaneval", "123"}} {
		text, err := newsSources[tt.source].text(dir, tt.page)
		if want := "\"We won,\" she said.\n\nThen she left."; err != nil || text != want {
			t.Errorf("%s text %q, %v; want %q", tt.source, text, err, want)
		}
	}
}

func TestPostlightSource(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Council closes the bridge</title></head><body><article>
<h1>Council closes the bridge</h1>
<p>The council voted on Tuesday to close the old bridge for repairs until the end of March, after engineers found a crack in a steel support beneath its northern approach span.</p>
<p>"We had no choice," said Mayor Ana Ruiz, who chairs the council. "The bridge is not safe for buses, and we will not wait for an accident to prove it."</p>
<p>Buses will be diverted over the river at the old ferry crossing while the work goes on, the transport office said in a statement on Wednesday.</p>
</article></body></html>`
	for _, name := range []string{"example.com.html", "example.com/1480000000000.html"} {
		path := filepath.Join(dir, "fixtures", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := newsSources["postlight"]
	pages, err := src.pages(dir)
	if want := []string{"example.com", "example.com/1480000000000"}; err != nil || !slices.Equal(pages, want) {
		t.Fatalf("pages = %q, %v; want %q", pages, err, want)
	}
	text, err := src.text(dir, pages[1])
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(text, "\n\n")
	if len(paras) < 4 || paras[0] != "Council closes the bridge" || !strings.HasPrefix(paras[len(paras)-2], `"We had no choice," said Mayor Ana Ruiz`) {
		t.Errorf("text paragraphs = %q; want the title, then the article's paragraphs", paras)
	}
}

// TestCandidatesSkipRetold: a story the set holds twice, under another
// headline, is offered once, and not at all when it is labelled, in this
// set or another set of the same corpus.
func TestCandidatesSkipRetold(t *testing.T) {
	dir := t.TempDir()
	topic := filepath.Join(dir, "dataset", "data_files", "politics")
	if err := os.MkdirAll(topic, 0o755); err != nil {
		t.Fatal(err)
	}
	story := func(who, rest string) string {
		return who + " said the vote was close on Tuesday night. \"We won,\" " + who + " said. \"We go home now,\" " + who + " told reporters. \"It was a long night for all of us,\" " + who + " said. \"Thanks,\" " + who + " says. " + rest
	}
	pages := map[string]string{
		"001": "Lee wins the vote\n\n" + story("Ann Lee", "The count ended at dawn."),
		"002": "Lee claims victory\n\n" + story("Ann Lee", "The count ended at dawn."),
		"003": "Kim loses\n\n" + story("Bo Kim", "He conceded before noon, in a short speech to his staff at the hall."),
		"004": "Park wins\n\n" + story("Cy Park", "The count ended at noon."),
		"005": "Park is back\n\n" + story("Cy Park", "The count ended at noon."),
		"006": "Dee wins\n\n" + story("Al Dee", "The count ended at one."),
	}
	for page, text := range pages {
		if err := os.WriteFile(filepath.Join(topic, page+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sport := filepath.Join(dir, "dataset", "data_files", "sport")
	if err := os.MkdirAll(sport, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sport, "001.txt"), []byte("Dee wins the club vote\n\n"+story("Al Dee", "The count ended at one.")), 0o644); err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	sel := selection{maxWords: 200, minQuotations: 3, skip: map[string]bool{"bbc/004": true, "bbcsport/001": true}}
	if err := writeCandidates("bbc", dir, work, 10, sel); err != nil {
		t.Fatal(err)
	}
	written, err := filepath.Glob(filepath.Join(work, "*.spans.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range written {
		got = append(got, strings.TrimSuffix(filepath.Base(f), ".spans.json"))
	}
	if want := []string{"001", "003"}; !slices.Equal(got, want) {
		t.Errorf("offered %q, want %q", got, want)
	}
}

func TestBBCSource(t *testing.T) {
	dir := t.TempDir()
	write := func(topic, name, body string) {
		t.Helper()
		folder := filepath.Join(dir, "dataset", "data_files", topic)
		if err := os.MkdirAll(folder, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(folder, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("politics", "001.txt", "Labour plans maternity pay rise\r\n\r\nMaternity pay is to   rise.\r\n\r\nMs Hewitt said: \"We have doubled it.\"\r\n")
	write("sport", "001.txt", "Wenger rues lost chance\n\n\"We were unlucky,\" said the Arsenal boss.\n")
	write("sport", "002.txt", "Henry out\n\nHenry is injured.\n")
	tests := []struct {
		source string
		pages  []string
		want   string // the first page's text
	}{
		{"bbc", []string{"001"}, "Labour plans maternity pay rise\n\nMaternity pay is to rise.\n\nMs Hewitt said: \"We have doubled it.\""},
		{"bbcsport", []string{"001", "002"}, "Wenger rues lost chance\n\n\"We were unlucky,\" said the Arsenal boss."},
		{"bbcbusiness", nil, ""},
	}
	for _, tt := range tests {
		src := newsSources[tt.source]
		pages, err := src.pages(dir)
		if err != nil || !slices.Equal(pages, tt.pages) {
			t.Errorf("%s: pages = %q, %v; want %q", tt.source, pages, err, tt.pages)
			continue
		}
		if len(pages) == 0 {
			continue
		}
		text, err := src.text(dir, pages[0])
		if err != nil || text != tt.want {
			t.Errorf("%s: text = %q, %v; want %q", tt.source, text, err, tt.want)
		}
	}
}

// TestCSVSources checks the sets kept as one CSV file: which rows each
// reads, and that an empty file lists no article.
func TestCSVSources(t *testing.T) {
	tests := []struct {
		source, file, rows, page, want, skipped string
	}{
		{"fakereal", "fake_or_real_news.csv", "id,title,text,label\n" +
			"8,\"Senate passes  the bill\",\"The Senate passed it.\n\n\"\"We won,\"\" McConnell said.\n\",REAL\n" +
			"9,You won't believe this,\"Shocking.\",FAKE\n",
			"8", "Senate passes the bill\n\nThe Senate passed it.\n\n\"We won,\" McConnell said.", "9"},
		{"reuters", "True.csv", "title,text,subject,date\n" +
			"You won't believe this,\"Shocking.\",News,\"December 31, 2017\"\n" +
			"\"Senate passes  the bill\",\"WASHINGTON (Reuters) - The Senate passed it. “We won,” McConnell said. \",politicsNews,\"December 31, 2017 \"\n",
			"0002", "Senate passes the bill\n\nWASHINGTON (Reuters) - The Senate passed it. “We won,” McConnell said.", "0001"},
	}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			dir, empty := t.TempDir(), t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, tt.file), []byte(tt.rows), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(empty, tt.file), nil, 0o644); err != nil {
				t.Fatal(err)
			}
			src := newsSources[tt.source]
			checkSource(t, src, dir, tt.page, tt.want, tt.skipped)
			if pages, err := src.pages(empty); err != nil || len(pages) != 0 {
				t.Errorf("pages of an empty file = %q, %v; want none", pages, err)
			}
		})
	}
}

func TestNewsSourcesComplete(t *testing.T) {
	for _, src := range newsOrder {
		ns, ok := newsSources[src]
		if !ok || ns.title == "" || ns.dir == "" || ns.pages == nil || ns.text == nil {
			t.Errorf("news source %q: %+v, %v; want a title, a folder and both readers", src, ns, ok)
		}
	}
	if len(newsOrder) != len(newsSources) {
		t.Errorf("%d sources reported, %d defined", len(newsOrder), len(newsSources))
	}
}

func TestWebisSource(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "articles"), 0o755); err != nil {
		t.Fatal(err)
	}
	// Offsets count characters, not bytes ("é"), and one runs past the end.
	main := `Café owners met.  "We won," Lee said.`
	files := map[string]string{
		"0001": `<article><title>Owners  meet</title><orientation>mainstream</orientation><portal>cnn</portal><mainText>` + main + `</mainText>` +
			`<paragraph><start>0</start><end>16</end></paragraph><paragraph><start>16</start><end>18</end></paragraph>` +
			`<paragraph><start>18</start><end>99</end></paragraph></article>`,
		"0002": `<article><title>Shocking</title><orientation>right</orientation><mainText>Wow.</mainText></article>`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, "articles", name+".xml"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	checkSource(t, newsSources["buzzwebis"], dir, "0001", "Owners meet\n\nCafé owners met.\n\n\"We won,\" Lee said.", "0002")
}

// writeTree writes files, by slash-separated path, under dir.
// writeZip writes files, by name, into a new zip at name, making its
// folder.
func writeZip(t *testing.T, name string, files map[string]string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	z := zip.NewWriter(f)
	for n, body := range files {
		w, err := z.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkSource checks that a source in dir lists page alone, reads it as
// want, and refuses to read skipped, a page of the set it leaves out.
func checkSource(t *testing.T, src newsSource, dir, page, want, skipped string) {
	t.Helper()
	pages, err := src.pages(dir)
	if err != nil || !slices.Equal(pages, []string{page}) {
		t.Fatalf("pages = %q, %v; want only %q", pages, err, page)
	}
	if text, err := src.text(dir, page); err != nil || text != want {
		t.Errorf("text = %q, %v; want %q", text, err, want)
	}
	if _, err := src.text(dir, skipped); err == nil {
		t.Errorf("%s, a page the source leaves out, was read as an article", skipped)
	}
}

func TestHorneSource(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		// The bodies are mostly Windows-1252 with CRLF: 0x93 and 0x94 are
		// curly double quotes.
		"Public Data/Random Poltical News Dataset/Real/1000.txt":                   "The Senate passed it.\r\n\r\n\x93We won,\x94 McConnell said.\r\n",
		"Public Data/Random Poltical News Dataset/Real_titles/1000.txt":            "Senate passes  the bill",
		"Public Data/Random Poltical News Dataset/Fake/1000.txt":                   "Shocking.",
		"Public Data/Buzzfeed Political News Dataset/Satire/7_Satire.txt":          "Wow.",
		"Public Data/Buzzfeed Political News Dataset/Fake_titles/7_Fake_title.txt": "Wow",
		"Public Data/README.txt": "about the set",
	}
	writeZip(t, filepath.Join(dir, horneZip), files)
	checkSource(t, newsSources["horne"], dir, "random-1000", "Senate passes the bill\n\nThe Senate passed it.\n\n“We won,” McConnell said.", "buzzfeed-7")
	if _, err := newsSources["horne"].pages(t.TempDir()); err == nil {
		t.Error("a folder without the zip was read as an empty set")
	}
}

func TestAllSidesSource(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "data", "jsons"), 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"a1": `{"ID": "a1", "source": "Reuters", "date": "2017-03-02", "title": "Senate passes  the bill", "content_original": "The Senate passed it.\n\n“We won,” McConnell said."}`,
		"b2": `{"ID": "b2", "source": "Townhall", "date": "2017-03-02", "title": "Opinion", "content_original": "Wow."}`,
		"c3": `{"ID": "c3", "source": "Politico", "date": "2016-09-21", "title": "In the Webis week", "content_original": "Later."}`,
		"d4": `{"ID": "d4", "source": "CNN (Web News)", "date": "2018-01-01", "title": "Run together", "content_original": "One.Two words.Three more.Four"}`,
	}
	for id, body := range files {
		if err := os.WriteFile(filepath.Join(dir, "data", "jsons", id+".json"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := newsSources["allsides"]
	pages, err := src.pages(dir)
	if err != nil || !slices.Equal(pages, []string{"a1"}) {
		t.Fatalf("pages = %q, %v; want only the news outlet's article outside September 2016 with its paragraphs apart", pages, err)
	}
	if text, err := src.text(dir, "a1"); err != nil || text != "Senate passes the bill\n\nThe Senate passed it.\n\n“We won,” McConnell said." {
		t.Errorf("text = %q, %v", text, err)
	}
	if _, err := src.text(dir, "zz"); err == nil {
		t.Error("a page the set does not hold was read")
	}
	// The other outlets are a set of their own.
	if pages, err := newsSources["allsidesother"].pages(dir); err != nil || !slices.Equal(pages, []string{"b2"}) {
		t.Fatalf("other outlets' pages = %q, %v; want only Townhall's", pages, err)
	}
}

func TestBasilSource(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		// A paragraph is a list of its sentences.
		"articles/2012/s1_2.json":        `{"title": "Senate passes  the bill", "source": "nyt", "body-paragraphs": [["The Senate passed it.", "It was late."], ["\u201cWe won,\u201d McConnell said."]]}`,
		"annotations/2012/s1_2_ann.json": `{"phrase-level-annotations": []}`,
		"README.md":                      "about the set",
	}
	writeTree(t, dir, files)
	checkSource(t, newsSources["basil"], dir, "s1_2", "Senate passes the bill\n\nThe Senate passed it. It was late.\n\n“We won,” McConnell said.", "s1_2_ann")

	broken := t.TempDir()
	if err := os.MkdirAll(filepath.Join(broken, "articles", "2019"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(broken, "articles", "2019", "s2_1.json"), []byte(`{"title": `), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := newsSources["basil"].pages(broken); err == nil {
		t.Error("a broken article file was read without an error")
	}
}

func TestNewsClusterSource(t *testing.T) {
	dir := t.TempDir()
	set := "Giveme5W1H/examples/datasets/news_cluster/"
	files := map[string]string{
		// news-please repeats the headline as the text's first line.
		set + "data/ab12.json":     `{"title": "Senate passes  the bill", "source_domain": "www.npr.org", "text": "Senate passes the bill\nThe Senate passed it. It was late.\n\u201cWe won,\u201d McConnell said."}`,
		set + "data_raw/cd34.json": `{"title": "Raw", "text": "Not cleaned."}`,
		set + "README.MD":          "about the set",
	}
	writeTree(t, dir, files)
	checkSource(t, newsSources["newscluster"], dir, "ab12", "Senate passes the bill\n\nThe Senate passed it. It was late.\n\n“We won,” McConnell said.", "cd34")

	// A headline the text does not repeat is still the article's first
	// line, and no line of the body is lost.
	other := t.TempDir()
	writeTree(t, other, map[string]string{set + "data/ef56.json": `{"title": "Vote today", "text": "Polls open at eight.\nThey close at ten."}`})
	if text, err := newsSources["newscluster"].text(other, "ef56"); err != nil || text != "Vote today\n\nPolls open at eight.\n\nThey close at ten." {
		t.Errorf("text = %q, %v", text, err)
	}

	broken := t.TempDir()
	writeTree(t, broken, map[string]string{set + "data/0a.json": `{"title": `})
	if _, err := newsSources["newscluster"].pages(broken); err == nil {
		t.Error("a broken article file was read without an error")
	}
}

func TestKPCrowdSource(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		// The story runs on one line; its quotation marks are doubled.
		"500N-KPCrowd-v1.1/docsutf8/politics_us-1.txt": "Senate passes  the bill\nThe Senate passed it. \"\"We won,\"\" McConnell said.\n",
		"500N-KPCrowd-v1.1/docsutf8/politics_us-2.txt": "A headline alone\n",
		"500N-KPCrowd-v1.1/keys/politics_us-1.key":     "senate\n",
	}
	writeZip(t, filepath.Join(dir, kpCrowdZip), files)
	checkSource(t, newsSources["kpcrowd"], dir, "politics_us-1", "Senate passes the bill\n\nThe Senate passed it. \"We won,\" McConnell said.", "politics_us-2")
}

func TestReuters1987Source(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		// The body is wrapped, a paragraph opening on an indented line, and
		// ends in the wire's sign-off; a brief has no body. A stray byte
		// is not UTF-8.
		"reuters21578-xml/reut2-000.xml": `<?xml version="1.0"?>
<LEWIS>
<REUTERS TOPICS="YES" NEWID="7">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TEXT>
<TITLE>SENATE PASSES &lt;BILL&gt;</TITLE>
<DATELINE>    WASHINGTON, Feb 26 - </DATELINE><BODY>The Senate passed it
late on Thursday.` + "\xfc" + `
    "We won," McConnell
said.
 Reuter
</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="8">
<TEXT TYPE="BRIEF">
<TITLE>SHORT ITEM</TITLE>
</TEXT>
</REUTERS>
</LEWIS>
`,
		"reuters21578-xml/README.txt": "about the set",
	}
	writeTree(t, dir, files)
	checkSource(t, newsSources["reuters1987"], dir, "7", "SENATE PASSES <BILL>\n\nWASHINGTON, Feb 26 - The Senate passed it late on Thursday.ü\n\n\"We won,\" McConnell said.", "8")

	broken := t.TempDir()
	writeTree(t, broken, map[string]string{"reuters21578-xml/reut2-001.xml": "<LEWIS><REUTERS>"})
	if _, err := newsSources["reuters1987"].pages(broken); err == nil {
		t.Error("a broken file of the set was read without an error")
	}
	if _, err := newsSources["reuters1987"].pages(t.TempDir()); err == nil {
		t.Error("a folder without the set was read as an empty set")
	}
}

func TestWikinewsSumSource(t *testing.T) {
	dir := t.TempDir()
	// One story a line; a source cited twice is one article, one in
	// another language none, and the headline news-please repeats on the
	// text's first line is read once.
	story := `{"title": "Senate acts", "text": "The Senate acted.", "sources": [` +
		`{"language": "en", "title": "Senate passes  the bill", "maintext": "Senate passes the bill\nThe Senate passed it.\n\"We won,\" McConnell said.", "url": "http://example.com/a"},` +
		`{"language": "pt", "title": "Senado aprova", "maintext": "O Senado aprovou.", "url": "http://example.com/b"}]}`
	writeTree(t, dir, map[string]string{wikinewsSumFile: story + "\n" + story + "\n"})
	checkSource(t, newsSources["wikinewssum"], dir, "555abfee5880", "Senate passes the bill\n\nThe Senate passed it.\n\n\"We won,\" McConnell said.", "943da6fa61f2")

	broken := t.TempDir()
	writeTree(t, broken, map[string]string{wikinewsSumFile: `{"sources": [`})
	if _, err := newsSources["wikinewssum"].pages(broken); err == nil {
		t.Error("a broken line of the file was read without an error")
	}
}

func TestPTCSource(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		// A line is a paragraph or a sentence; the headline comes first.
		"datasets/dev-articles/article2.txt":                                       "Senate passes  the bill\n\nThe Senate passed it.\n\"We won,\" McConnell said.\n",
		"datasets/train-labels-task1-span-identification/article2.task1-SI.labels": "article2\t10\t20\n",
		"datasets/test/test-articles/article3.txt":                                 "A copy of the test split.\n",
		"datasets/README.md":                                                       "about the set",
	}
	writeTree(t, dir, files)
	checkSource(t, newsSources["ptc"], dir, "article2", "Senate passes the bill\n\nThe Senate passed it.\n\n\"We won,\" McConnell said.", "article3")
}

// TestLocate: a quote is judged where the engine found it. Words quoted
// twice ("unstable", from officials and then from a minister) are taken
// at the occurrence the engine quoted, not the first.
func TestLocate(t *testing.T) {
	text := "Officials on \u201cunstable\u201d men\n\nOfficials called him \u201cunstable\u201d on Monday.\n\nThe hijacker was   \"unstable,\" the minister said."
	stored := "Officials called him \u201cunstable\u201d on Monday.\n\nThe hijacker was \"unstable,\" the minister said."
	tests := []struct {
		quote     string
		at        int
		wantStart int
	}{
		{"unstable", strings.LastIndex(stored, "unstable"), strings.LastIndex(text, "unstable")},
		{"unstable", strings.Index(stored, "unstable"), strings.Index(text, "called") + len("called him \u201c")},
		{"Officials called him \"unstable\"", 0, strings.Index(text, "Officials called")},
		{"not in the text", 0, -1},
	}
	for _, tc := range tests {
		if start, _ := locate(text, tc.quote, stored, tc.at); start != tc.wantStart {
			t.Errorf("locate(%q, at %d) starts at %d, want %d", tc.quote, tc.at, start, tc.wantStart)
		}
	}
}

// TestAskEnginePhrasings: each phrasing of the question is asked and
// tallied apart, so a phrasing the engine reads otherwise shows in its
// own rows.
func TestAskEnginePhrasings(t *testing.T) {
	text := "Bridge opens after two years\n\n" +
		"Mayor Ana Ruiz opened the new Harbor Bridge on Monday, two years after work began on the crossing.\n\n" +
		"\"This is the best day of the year for the whole city,\" said engineer Tom Reed, who led the crew.\n\n" +
		"The bridge cost $40 million and carries four lanes of traffic across the harbor to the old town."
	reed := strings.Index(text, "This is the best")
	d := doc{name: "bridge", text: text, asks: []string{"Tom Reed"}, same: sameNewsSpeaker,
		gold: []span{{reed, reed + len("This is the best day of the year for the whole city,"), "Tom Reed"}}}
	phrasings := []string{"What did %s say?", "%s's comments?"}
	ts, refused, err := askEngine(t.Context(), t.TempDir(), []doc{d}, phrasings, nil, false)
	if err != nil || refused != 0 {
		t.Fatalf("askEngine: %v (refused %d)", err, refused)
	}
	if len(ts) != len(phrasings) {
		t.Fatalf("%d tallies for %d phrasings", len(ts), len(phrasings))
	}
	for i, p := range phrasings {
		if ts[i].found.asks != 1 || ts[i].found.own != 1 || ts[i].found.returned() != 1 {
			t.Errorf("%q: %+v, want one ask answered with Reed's one quote", p, ts[i].found)
		}
	}
}

// TestByCue: the attribution's items are tallied by the cue that gave
// them, so a misfiring rule shows as a cue with many wrong quotes.
func TestByCue(t *testing.T) {
	d := doc{
		text: `"A," said Ann Lee. "B," Ann Lee said of Bo Kim's plan. Bo Kim, she wrote, was "C."`,
		same: func(a, b string) bool { return strings.HasSuffix(b, a) },
	}
	d.gold = []span{{1, 3, "Ann Lee"}, {20, 22, "Bo Kim"}}
	d.asks = []string{"Ann Lee"}
	by := map[string]*tally{}
	byCue(attributed(d, analyze(d.text)), by)
	if by["quoted: said"] == nil || by["quoted: said"].own != 1 || by["quoted: said"].wrong != 1 {
		t.Errorf("quoted: said = %+v, want one right and one wrong (all: %v)", by["quoted: said"], by)
	}
}

// TestKin: a page whose labels name a father and a son of one name is
// scored with their suffixes apart; a suffix alone is no family.
func TestKin(t *testing.T) {
	tests := []struct {
		asks []string
		want bool
	}{
		{[]string{"Donald Trump", "Donald Trump Jr."}, true},
		{[]string{"Donald Trump Jr.", "Trump"}, true},
		{[]string{"Donald Trump Jr.", "Steve Bannon"}, false},
		{[]string{"Joe Manchin III"}, false},
	}
	for _, tt := range tests {
		if got := kin(tt.asks); got != tt.want {
			t.Errorf("kin(%q) = %v, want %v", tt.asks, got, tt.want)
		}
	}
}

func TestFundusSource(t *testing.T) {
	dir := t.TempDir()
	parse := func(title, para string) string {
		return `{"V1": {"title": "` + title + `", "body": {"summary": [], "sections": [{"headline": [], "paragraphs": ["` + para + `"]}]}}}`
	}
	// A page in English is read, one in German is not; the pages
	// themselves (gzipped HTML) are only paired, never read.
	writeTree(t, dir, map[string]string{
		"us/Wire.json":                parse("Senate passes the bill", `The Senate passed it on a vote of the whole house. \"We won,\" McConnell said of the bill.`),
		"us/Wire_2024_09_03.html.gz":  "",
		"de/Blatt.json":               parse("Der Senat", `Der Senat hat es beschlossen. \"Wir haben gewonnen\", sagte McConnell.`),
		"de/Blatt_2024_09_03.html.gz": "",
	})
	checkSource(t, newsSources["fundus"], dir, "us-Wire_2024_09_03",
		"Senate passes the bill\n\nThe Senate passed it on a vote of the whole house. \"We won,\" McConnell said of the bill.", "de-Blatt_2024_09_03")
}

func TestGoogleTrendsSource(t *testing.T) {
	dir := t.TempDir()
	// The annotators' headline and article are the text, not the byline;
	// a page in German is left out.
	writeTree(t, dir, map[string]string{
		"M-001.html": `<html><body><h1 __label="title">Senate passes the bill</h1><p __label="author">By Lee</p>` +
			`<div __label="main"><p>The Senate passed it on a vote of the whole house.</p><p>"We won," McConnell said of the bill.</p></div></body></html>`,
		"M-002.html": `<html><body><div __label="main"><p>Der Senat hat es beschlossen. "Wir haben gewonnen", sagte McConnell.</p></div></body></html>`,
	})
	checkSource(t, newsSources["googletrends"], dir, "M-001",
		"Senate passes the bill\n\nThe Senate passed it on a vote of the whole house.\n\n\"We won,\" McConnell said of the bill.", "M-002")
}

func TestCETDSource(t *testing.T) {
	dir := t.TempDir()
	// The hand-made texts are UTF-8 with a byte-order mark and CRLF lines;
	// Yahoo!'s are left out.
	writeTree(t, dir, map[string]string{
		"BBC/gold/45.txt":     "\uFEFFSenate passes  the bill\r\n\"We won,\" McConnell said.\r\n",
		"YAHOO!/gold/1.txt":   "A story.\r\nNice story! Report Abuse\r\n",
		"BBC/original/45.htm": "<p>not read</p>",
	})
	checkSource(t, newsSources["cetd"], dir, "BBC-45", "Senate passes the bill\n\n\"We won,\" McConnell said.", "YAHOO!-1")
}

func TestInEnglish(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The Senate passed the bill on Thursday, and the president said he would sign it.", true},
		{"Der Senat hat das Gesetz am Donnerstag beschlossen, und der Präsident will es unterschreiben.", false},
		{"Umongameli uthe uzosayina lo mthetho ngoLwesine.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := inEnglish(tt.text); got != tt.want {
			t.Errorf("inEnglish(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestHyperpartisanSource(t *testing.T) {
	dir := t.TempDir()
	// Text outside a paragraph (an image credit, a teaser) is left out;
	// a link's words stay in its paragraph.
	set := `<?xml version="1.0" encoding="UTF-8"?><articles>
	<article id="0000007" published-at="2017-09-10" title="Senate passes  the bill">
From flickr.com: Money <p>The Senate <a href="http://example.com/" type="external">passed</a> it.</p> No Pill Can Stop Tinnitus <p>&quot;We won,&quot; McConnell said.</p>
	</article></articles>`
	writeTree(t, dir, map[string]string{hyperpartisanFile: set})
	checkSource(t, newsSources["hyperpartisan"], dir, "0000007", "Senate passes the bill\n\nThe Senate passed it.\n\n\"We won,\" McConnell said.", "0000008")

	broken := t.TempDir()
	writeTree(t, broken, map[string]string{hyperpartisanFile: `<articles><article id="1"><p>cut`})
	if _, err := newsSources["hyperpartisan"].pages(broken); err == nil {
		t.Error("a broken file of the set was read without an error")
	}
}

func TestLongest(t *testing.T) {
	ds := []doc{{name: "short", text: "one two three"}, {name: "edge", text: "a b c d"}, {name: "long", text: "a  b\nc d e"}}
	var got []string
	for _, d := range longest(ds, 4) {
		got = append(got, d.name)
	}
	if want := []string{"edge", "long"}; !slices.Equal(got, want) {
		t.Errorf("longest(4) = %v, want %v", got, want)
	}
}

func TestCelebritySource(t *testing.T) {
	dir := t.TempDir()
	legit := "datasets/deception_detection_fake_news/data/celebrityDataset/"
	files := map[string]string{
		// The headline comes first; paragraphs are apart by a blank line.
		legit + "legit/001legit.txt": "Aniston dashes  reunion hopes\n\nShe was asked about it.\n\n\"I don't know,\" she said.\n",
		legit + "fake/001fake.txt":   "A rumour.\n",
	}
	writeTree(t, dir, files)
	checkSource(t, newsSources["celebrity"], dir, "001", "Aniston dashes reunion hopes\n\nShe was asked about it.\n\n\"I don't know,\" she said.", "fake")
}

func TestFNCSource(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		// No headline; a blank line between paragraphs. The bodies' IDs
		// of the two files overlap.
		"train_bodies.csv":            "Body ID,articleBody\n5,\"Rebels took the town.\n\n\"\"We won,\"\" a commander said.\"\n",
		"competition_test_bodies.csv": "Body ID,articleBody\n5,A hoax spread.\n",
		"test_bodies.csv":             "Body ID,articleBody\n5,A hoax spread.\n",
	}
	writeTree(t, dir, files)
	src := newsSources["fnc"]
	pages, err := src.pages(dir)
	if err != nil || !slices.Equal(pages, []string{"test-0005", "train-0005"}) {
		t.Fatalf("pages = %q, %v", pages, err)
	}
	if text, err := src.text(dir, "train-0005"); err != nil || text != "Rebels took the town.\n\n\"We won,\" a commander said." {
		t.Errorf("text = %q, %v", text, err)
	}
}
