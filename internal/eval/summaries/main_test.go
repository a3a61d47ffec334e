package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFRANK writes an article file in FRANK's shape (the fields read here
// and one more that is not).
func writeFRANK(t *testing.T, dir, name string, fields map[string]any) {
	t.Helper()
	fields["entity_counter"] = map[string]int{"the mill": 2}
	data, err := json.Marshal(fields)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
		t.Fatal(err)
	}
}

var millLines = []string{
	"A fire destroyed the old mill in Harwick on Tuesday night, and no one was hurt.",
	"Firefighters from three towns fought the blaze for six hours before it was out.",
	"Investigators think faulty wiring in the storeroom of the mill started the fire.",
	"The village council will discuss the future of the site next month.",
	"The mill had stood empty since its last owners closed it in 1998.",
	"A local history group had hoped to turn it into a museum.",
}

func testData(t *testing.T) string {
	dir := t.TempDir()
	writeFRANK(t, dir, "0a1b.json", map[string]any{
		"hash": "0a1b", "article_lines": millLines,
		"bart_reference": "Fire destroys Harwick mill . No one was hurt .",
		"bart":           "a fire destroyed the old mill in harwick on tuesday night .",
		"pgn":            "firefighters fought the blaze .",
	})
	writeFRANK(t, dir, "1234.json", map[string]any{
		"hash": "1234", "article_lines": millLines[1:],
		"Gold":     "a fire has destroyed a mill in harwick .",
		"BERTS2S":  "a mill in harwick has burned down .",
		"PtGen":    "firefighters from three towns fought a blaze .",
		"TConvS2S": "",
	})
	writeFRANK(t, dir, "5678.json", map[string]any{
		"hash": "5678", "article_lines": millLines[:5],
		"reference": "a fire has destroyed a mill .",
	})
	return dir
}

func TestLoadFRANK(t *testing.T) {
	docs, err := loadFRANK(testData(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 {
		t.Fatalf("%d documents, want 3", len(docs))
	}
	cnn, xsum, other := docs[0], docs[1], docs[2]
	if cnn.Set != "cnndm" || cnn.Reference != "Fire destroys Harwick mill . No one was hurt ." || cnn.Text != strings.Join(millLines, " ") {
		t.Errorf("CNN/Daily Mail article read as %+v", cnn)
	}
	if len(cnn.Systems) != 2 || cnn.Systems["pgn"] != "firefighters fought the blaze ." {
		t.Errorf("CNN/Daily Mail systems %v, want bart and pgn", cnn.Systems)
	}
	if xsum.Set != "xsum" || xsum.Reference != "a fire has destroyed a mill in harwick ." || len(xsum.Systems) != 2 {
		t.Errorf("XSum article read as %+v (an empty summary is no system's)", xsum)
	}
	if other.Set != "xsum" || other.Reference != "a fire has destroyed a mill ." {
		t.Errorf("XSum article with its summary as \"reference\" read as %+v", other)
	}

	dir := t.TempDir()
	writeFRANK(t, dir, "bad.json", map[string]any{"hash": "bad", "article_lines": millLines})
	if _, err := loadFRANK(dir); err == nil {
		t.Error("an article without a reference summary loaded")
	}
	if _, err := loadFRANK(t.TempDir()); err == nil {
		t.Error("an empty folder loaded")
	}
}

func TestPick(t *testing.T) {
	docs := []Doc{{ID: "a", Set: "cnndm"}, {ID: "1", Set: "xsum"}, {ID: "b", Set: "cnndm"}, {ID: "c", Set: "cnndm"}, {ID: "2", Set: "xsum"}}
	for _, tc := range []struct{ half, show, want string }{
		{"", "", "a1bc2"},
		{"tune", "", "a1c"},
		{"check", "", "b2"},
		{"", "c", "c"},
	} {
		got, err := pick(docs, tc.half, tc.show)
		if err != nil {
			t.Fatal(err)
		}
		var ids string
		for _, d := range got {
			ids += d.ID
		}
		if ids != tc.want {
			t.Errorf("pick(%s, %q) = %s, want %s", tc.half, tc.show, ids, tc.want)
		}
	}
	if _, err := pick(docs, "some", ""); err == nil {
		t.Error("-half some accepted")
	}
	if _, err := pick(docs, "", "zz"); err == nil {
		t.Error("an unknown article shown")
	}
}

// TestRun runs the harness end to end: every set's TL;DR, lead baselines
// and systems are scored.
func TestRun(t *testing.T) {
	var out strings.Builder
	if err := run([]string{"-data", testData(t)}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"cnndm  articlebot TL;DR", "cnndm  lead-3 (baseline)", "cnndm  lead, 90 words (baseline)",
		"cnndm  bart (published system)", "xsum   articlebot TL;DR", "xsum   BERTS2S (published system)",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("no row %q in\n%s", want, out.String())
		}
	}
}
