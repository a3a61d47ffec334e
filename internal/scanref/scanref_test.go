package scanref

import (
	"slices"
	"testing"
)

func TestScanKeepsTheBest(t *testing.T) {
	// Five 2-d vectors; q = (1, 0) scores each by its first coordinate.
	flat := []float32{0.1, 0, 0.9, 0, 0.5, 0, 0.7, 0, 0.3, 0}
	got := Scan(flat, []float32{1, 0}, 3)
	if want := []float32{0.5, 0.7, 0.9}; !slices.Equal(got, want) {
		t.Errorf("Scan = %v, want %v", got, want)
	}
	if got := Scan(flat, []float32{1, 0}, 10); len(got) != 5 {
		t.Errorf("k over n: %v", got)
	}
}
