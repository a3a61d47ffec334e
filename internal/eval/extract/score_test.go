package main

import (
	"github.com/articlebot/articlebot/internal/eval/pagesets"
	"math"
	"strings"
	"testing"
)

func TestTokenScore(t *testing.T) {
	tests := []struct {
		name      string
		got, want string
		p, r, f   float64
	}{
		{"exact", "The cat sat.", "the CAT sat", 1, 1, 1},
		{"boilerplate added", "Home | The cat sat", "The cat sat", 0.75, 1, 2 * 0.75 / 1.75},
		{"half missing", "the cat", "the cat sat down", 1, 0.5, 2 * 0.5 / 1.5},
		{"repeats count once each", "the the the", "the cat", 1.0 / 3, 0.5, 0.4},
		{"nothing extracted", "", "the cat", 1, 0, 0},
		{"both empty", "", "", 1, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tokenScore(tt.got, tt.want)
			for _, c := range []struct {
				name      string
				got, want float64
			}{{"precision", s.p, tt.p}, {"recall", s.r, tt.r}, {"F1", s.f, tt.f}} {
				if math.Abs(c.got-c.want) > 1e-9 {
					t.Errorf("%s = %.4f, want %.4f", c.name, c.got, c.want)
				}
			}
		})
	}
}

func TestCleanEvalTokens(t *testing.T) {
	raw := "URL: http://example.com/a\n<h>Big &amp; news\n\n<p>First  line.\n<l>Item\n"
	got := tokens(pagesets.CleanEvalArticle([]byte(raw)))
	want := []string{"big", "news", "first", "line", "item"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("CleanEvalArticle tokens = %q, want %q", got, want)
	}
}

func TestPick(t *testing.T) {
	ps := []page{{id: "0"}, {id: "1"}, {id: "2"}}
	for half, want := range map[string]string{"all": "012", "even": "02", "odd": "1"} {
		got, err := pick(ps, half)
		if err != nil {
			t.Fatal(err)
		}
		var ids strings.Builder
		for _, p := range got {
			ids.WriteString(p.id)
		}
		if ids.String() != want {
			t.Errorf("pick %s = %s, want %s", half, ids.String(), want)
		}
	}
	if _, err := pick(ps, "third"); err == nil {
		t.Error("pick accepted an unknown half")
	}
}

func TestSameTitle(t *testing.T) {
	for _, tt := range []struct {
		got, want string
		same      bool
	}{
		{"Budget Traveler's Guide", "Budget Traveler’s Guide", true},
		{"Post-Vac-Syndrom: Was wissen wir? ", "Post-Vac-Syndrom:  Was wissen wir?", true},
		{"Harbour plan agreed.", "Harbour plan agreed", true},
		{"Harbour plan agreed | Site", "Harbour plan agreed", false},
		{"harbour plan agreed", "Harbour plan agreed", false}, // case is the headline's
		{"", "Harbour plan agreed", false},
	} {
		if got := sameTitle(tt.got, tt.want); got != tt.same {
			t.Errorf("sameTitle(%q, %q) = %v", tt.got, tt.want, got)
		}
	}
}

// TestTitleTally: a set's titles add up into the "all" row.
func TestTitleTally(t *testing.T) {
	var a, b, all titleTally
	a.add("Harbour plan agreed | Site", "Harbour plan agreed")
	b.add("Harbour plan agreed", "Harbour plan agreed")
	b.add("Bridge shut", "Bridge shut.")
	all.merge(a)
	all.merge(b)
	if got, want := all.row("all", "x"), "all\t3\tx\t66.7%\t0.952\n"; got != want {
		t.Errorf("row = %q, want %q", got, want)
	}
}
