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

func TestHeldOffice(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"said Secretary of ", true},
		{"The Speaker of the ", true},
		{"U.S. Ambassador to ", true},
		{"Texas Attorney General of ", false},
		{"the Director General of ", true},
		{"the friend of ", false},
		// An article on "General of the Army Douglas MacArthur" once
		// stopped the bot: nothing stands before "General" here.
		{"General of the ", false},
		{"General of ", false},
		{" General of ", false},
	}
	for _, tc := range tests {
		if got := heldOffice(tc.before); got != tc.want {
			t.Errorf("heldOffice(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}
