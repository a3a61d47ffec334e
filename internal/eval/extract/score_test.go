package main

import (
	"math"
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
