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

// FuzzMayHold checks that Mention's quick test never turns away a text
// that names who the query names.
func FuzzMayHold(f *testing.F) {
	for _, s := range [][2]string{
		{"The district said Park would stay.", "Park"},
		{"Abdellatif al-Mahmoud's aide spoke.", "Mahmoud"},
		{"SMITH's plan, said Sen. John Smith.", "Sen. Smith"},
		{"Peña said so.", "pena"},
		{"the New York Times editorial board said", "the New York Times editorial board"},
		{"O'Malley wrote", "O’Malley"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, text, query string) {
		m := NewMention(query)
		if len(m.want) > 0 && m.inWords(text) && !mayHold(text, m.want) {
			t.Errorf("%q names %q (%q), but the quick test turns it away", text, query, m.want)
		}
	})
}
