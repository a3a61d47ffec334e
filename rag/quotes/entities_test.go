package quotes

import (
	"os"
	"slices"
	"testing"
)

func TestEntities(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/sheinbaum.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		text     string
		want     []string
		wantNone []string
	}{
		{"seed article", string(seed),
			[]string{"p:sheinbaum", "p:trump", "p:rubio", "p:farfan-mendez", "o:new york times", "o:north american observatory"},
			[]string{"o:us", "o:am", "o:latin america", "o:united states", "p:mexico"}},
		{"titles and later short mentions meet the full name", "President Claudia Sheinbaum spoke. Later Sheinbaum left.",
			[]string{"p:sheinbaum"}, []string{"p:claudia"}},
		{"accents fold", "Mexican President Cláudia Sheinbáum spoke on Friday.", []string{"p:sheinbaum"}, nil},
		{"acronyms but not country ones", "NATO and the US met. The UK agreed.", []string{"o:nato"}, []string{"o:us", "o:uk"}},
		{"a lone institution word is no organisation", "The Department said so. Police came.", nil, []string{"o:department", "o:police"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Entities(tc.text, split(tc.text))
			if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
				t.Errorf("not sorted and distinct: %q", got)
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, w := range tc.wantNone {
				if slices.Contains(got, w) {
					t.Errorf("unexpected %q in %q", w, got)
				}
			}
		})
	}
}
