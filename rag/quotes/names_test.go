package quotes

import "testing"

func TestHeadsOrganization(t *testing.T) {
	tests := []struct {
		phrase string
		want   bool
	}{
		{"the Sanders campaign", true},
		{"the Trump campaign", true},
		{"the State Department", true},
		{"the committee", true},
		{"the campaign manager", false},
		{"the president of Mexico", false},
		{"Mexico's president", false},
		{"the union leader", false},
		{"State of the Union", true},
		{"the head of the committee", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := HeadsOrganization(tc.phrase); got != tc.want {
			t.Errorf("HeadsOrganization(%q) = %v, want %v", tc.phrase, got, tc.want)
		}
	}
}
