package rag

import "testing"

func TestAnswerKinds(t *testing.T) {
	names := map[answerKinds]string{holdsOrigin: "an origin", holdsReception: "a reception"}
	for _, tc := range []struct {
		kind     answerKinds
		question string
		want     bool
	}{
		{holdsOrigin, "Where is she from?", true},
		{holdsOrigin, "where was Sir Alan Duncan from", true},
		{holdsOrigin, "Who were his parents?", true},
		{holdsOrigin, "What was his early life like?", true},
		{holdsOrigin, "Where did Paulini grow up?", true},
		{holdsOrigin, "Is there any info about her childhood?", true},
		{holdsOrigin, "Where did the money come from to build it?", false}, // a source, not an origin
		{holdsOrigin, "Where did they get their name from?", false},
		{holdsOrigin, "Where did the name come from?", false},
		{holdsOrigin, "Where is the border?", false},
		{holdsOrigin, "When did the fire start?", false},
		{holdsReception, "Was it well received?", true},
		{holdsReception, "Did the album do well?", true},
		{holdsReception, "Did this book sell well?", true},
		{holdsReception, "Was the show a success?", true},
		{holdsReception, "Did he receive any awards?", true},
		{holdsReception, "What did critics say?", true},
		{holdsReception, "Where did the album get recorded?", false},
		{holdsReception, "Did he go to college?", false},
	} {
		if got := wantedKinds(tc.question)&tc.kind != 0; got != tc.want {
			t.Errorf("%q asks for %s: %v, want %v", tc.question, names[tc.kind], got, tc.want)
		}
	}
	for _, tc := range []struct {
		kind     answerKinds
		sentence string
		want     bool
	}{
		{holdsOrigin, "Josephine Grey was born on 13 April 1828 at Milfield, Northumberland.", true},
		{holdsOrigin, "Howie Dorough and AJ McLean were natives of Orlando, Florida.", true},
		{holdsOrigin, "She grew up in a small town outside Lyon.", true},
		{holdsOrigin, "He is the son of a fisherman.", true},
		{holdsOrigin, "His father was a carpenter from the village.", true},
		{holdsOrigin, "The company was founded in 1998 in Lyon.", false},
		{holdsOrigin, "She moved from Lyon to Paris in 2004.", false},
		{holdsReception, "The album was praised by critics and sold a million copies.", true},
		{holdsReception, "It reached number two on the Billboard charts.", true},
		{holdsReception, "The film was nominated for three Academy Awards.", true},
		{holdsReception, "The band recorded the album in a barn in Wales.", false},
	} {
		if got := kindsOf(tc.sentence, tc.kind) != 0; got != tc.want {
			t.Errorf("%q holds %s: %v, want %v", tc.sentence, names[tc.kind], got, tc.want)
		}
	}
}
