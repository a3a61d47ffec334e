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
