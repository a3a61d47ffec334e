package quotes

import (
	"strings"
	"testing"
)

func TestMaskRollovers(t *testing.T) {
	card := "John Randolph ThuneSenate GOP waves Trump off 'early' motion Republicans warn of a 'wake-up call' MORE"
	tests := []struct {
		name, text, want string
	}{
		{"a card after a name", "Sen. John Thune " + card + " (R-S.D.) said it.", "Sen. John Thune " + strings.Repeat(" ", len(card)) + " (R-S.D.) said it."},
		{"a nickname in the full name", "Sen. Jeff Flake Jeffrey (Jeff) Lane FlakeFlake tells GOP: Trump 'does not deserve reelection' MORE (R-Ariz.) spoke.", "Sen. Jeff Flake" + strings.Repeat(" ", len(" Jeffrey (Jeff) Lane FlakeFlake tells GOP: Trump 'does not deserve reelection' MORE")) + " (R-Ariz.) spoke."},
		{"a headline opening with a number", "Sen. John McCain John Sidney McCain2020 Democrats make play for votes MORE (R-Ariz.)", "Sen. John McCain" + strings.Repeat(" ", len(" John Sidney McCain2020 Democrats make play for votes MORE")) + " (R-Ariz.)"},
		{"a suffix after the name shown", "his son, Donald Trump Jr. Donald (Don) John TrumpTrump Jr's 'Triggered' debuts MORE, and", "his son, Donald Trump Jr." + strings.Repeat(" ", len(" Donald (Don) John TrumpTrump Jr's 'Triggered' debuts MORE")) + ", and"},
		{"a capitalized MORE with no card", "He said: “I want MORE money, NOW.”", "He said: “I want MORE money, NOW.”"},
		{"a name that runs into a word of its own", "John McCain met DeSantis. Nothing MORE was said.", "John McCain met DeSantis. Nothing MORE was said."},
		{"a card is one paragraph", "Sen. John Thune\n\nThuneSenate waves MORE (R-S.D.)", "Sen. John Thune\n\nThuneSenate waves MORE (R-S.D.)"},
		{"MORE inside a word", "Sen. John Thune John Randolph ThuneSenate waves MOREOVER it", "Sen. John Thune John Randolph ThuneSenate waves MOREOVER it"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := MaskLinkCards(tc.text)
			if got != tc.want {
				t.Errorf("MaskLinkCards(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
			if len(got) != len(tc.text) {
				t.Errorf("length %d, want %d: offsets must stay the text's", len(got), len(tc.text))
			}
		})
	}
}

// A site's link card after a lawmaker's name hides the name from its verb
// and offers its headlines' quotations as speech.
func TestRolloverCards(t *testing.T) {
	text := "Senators spoke on Thursday.\n\nSen. John Thune John Randolph ThuneSenate GOP waves Trump off 'early' motion Gowdy: hearings are “a circus” MORE (R-S.D.) said the bill was “dead on arrival.”\n\n“We will not take it up,” he said."
	an := analyze(text)
	for _, tc := range []struct{ quote, speaker string }{
		{"dead on arrival", "John Thune"},
		{"We will not take it up", "John Thune"},
	} {
		if q := find(t, text, an, tc.quote); q.Speaker != tc.speaker {
			t.Errorf("%q: speaker %q, want %q", tc.quote, q.Speaker, tc.speaker)
		}
	}
	for _, q := range quoted(text, an) {
		if strings.Contains(q, "circus") {
			t.Errorf("a card's headline quoted as speech: %q", q)
		}
	}
	for _, p := range an.People {
		if p.Name != "John Thune" {
			t.Errorf("person %q, want John Thune alone", p.Name)
		}
	}
}

// The segmenter ends a sentence inside a link card ("his two sons Donald
// Trump Jr. … Trump Jr.'s" | "Mongolian … MORE and Eric Trump"): the brother named
// after it is still introduced as a son, and the family name alone is
// still the father's.
func TestRelativeAfterSentenceBreak(t *testing.T) {
	text := "Democrats want to stop it.\n\nPresident Trump retains his businesses but handed them to his two sons Donald Trump Jr. Donald (Don) John TrumpComedians post posters featuring Trump Jr. Trump Jr., Ivanka garner support FWS: There's 'no basis' to investigate Trump Jr.'s Mongolian hunting trip MORE and Eric Trump Eric Frederick TrumpTrump Organization to cut bids MORE.\n\n“We are staying at Doonbeg,” Trump said."
	// Four sentences: the break at Jr. this test is about.
	an := analyzeSegmented(t, text, 4)
	if q := find(t, text, an, "We are staying"); q.Speaker != "Trump" {
		t.Errorf("speaker %q, want Trump", q.Speaker)
	}
}
