package rag

import "testing"

func TestOriginKind(t *testing.T) {
	for _, tc := range []struct {
		question string
		origin   bool
	}{
		{"Where is she from?", true},
		{"where was Sir Alan Duncan from", true},
		{"Who were his parents?", true},
		{"What was his early life like?", true},
		{"Where did Paulini grow up?", true},
		{"Is there any info about her childhood?", true},
		{"Where did the money come from to build it?", false}, // a source, not an origin
		{"Where did they get their name from?", false},
		{"Where did the name come from?", false},
		{"Where is the border?", false},
		{"When did the fire start?", false},
	} {
		if got := wantedKinds(tc.question)&holdsOrigin != 0; got != tc.origin {
			t.Errorf("%q asks for an origin: %v, want %v", tc.question, got, tc.origin)
		}
	}
	for _, tc := range []struct {
		sentence string
		origin   bool
	}{
		{"Josephine Grey was born on 13 April 1828 at Milfield, Northumberland.", true},
		{"Howie Dorough and AJ McLean were natives of Orlando, Florida.", true},
		{"She grew up in a small town outside Lyon.", true},
		{"He is the son of a fisherman.", true},
		{"His father was a carpenter from the village.", true},
		{"The company was founded in 1998 in Lyon.", false},
		{"She moved from Lyon to Paris in 2004.", false},
	} {
		if got := kindsOf(tc.sentence, holdsOrigin) != 0; got != tc.origin {
			t.Errorf("%q holds an origin: %v, want %v", tc.sentence, got, tc.origin)
		}
	}
}

func TestReceptionKind(t *testing.T) {
	for _, tc := range []struct {
		question  string
		reception bool
	}{
		{"Was it well received?", true},
		{"Did the album do well?", true},
		{"Did this book sell well?", true},
		{"Was the show a success?", true},
		{"Did he receive any awards?", true},
		{"What did critics say?", true},
		{"Where did the album get recorded?", false},
		{"Did he go to college?", false},
	} {
		if got := wantedKinds(tc.question)&holdsReception != 0; got != tc.reception {
			t.Errorf("%q asks how something was received: %v, want %v", tc.question, got, tc.reception)
		}
	}
	for _, tc := range []struct {
		sentence  string
		reception bool
	}{
		{"The album was praised by critics and sold a million copies.", true},
		{"It reached number two on the Billboard charts.", true},
		{"The film was nominated for three Academy Awards.", true},
		{"The band recorded the album in a barn in Wales.", false},
	} {
		if got := kindsOf(tc.sentence, holdsReception) != 0; got != tc.reception {
			t.Errorf("%q says how something was received: %v, want %v", tc.sentence, got, tc.reception)
		}
	}
}
