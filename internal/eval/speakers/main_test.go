package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	text := `"We won," said Ann Lee. The "Big Day" show aired.` + "\n" + dragnetComments + "\nA reader's comment."
	if err := os.WriteFile(filepath.Join(dir, "GoldStandard", "P1.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	write := func(sum string) string {
		t.Helper()
		labels := `[{"page":"P1","spans":[{"start":1,"end":8,"sum":"` + sum + `","speaker":"Ann Lee"},` +
			`{"start":29,"end":36,"sum":"` + spanSum("Big Day") + `","speaker":""},` +
			`{"start":1,"end":8,"sum":"` + sum + `","speaker":"~a fan"}]}]`
		name := filepath.Join(t.TempDir(), "news.json")
		if err := os.WriteFile(name, []byte(labels), 0o644); err != nil {
			t.Fatal(err)
		}
		return name
	}
	ds, err := loadNews(write(spanSum("We won,")), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || len(ds[0].gold) != 3 || strings.Contains(ds[0].text, "comment") {
		t.Fatalf("loaded %+v", ds)
	}
	if got := ds[0].asks; len(got) != 1 || got[0] != "Ann Lee" {
		t.Errorf("asks %q, want only the named speaker", got)
	}
	if _, err := loadNews(write(spanSum("other")), dir); err == nil {
		t.Error("a span whose text changed was accepted")
	}
}
