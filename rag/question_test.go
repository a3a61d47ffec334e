package rag

import (
	"reflect"
	"testing"
)

func TestParseQuestion(t *testing.T) {
	tests := []struct {
		name, in      string
		conv          *Conversation
		speaker       string
		topic         []string
		time, numbers bool
	}{
		{name: "what did X say about Y", in: "What did Sheinbaum say about invasion?", speaker: "Sheinbaum", topic: []string{"invas"}},
		{name: "follow-up with and", in: "and what did Rubio say?", speaker: "Rubio"},
		{name: "full name and topic", in: "what has Marco Rubio said on the cartels", speaker: "Marco Rubio", topic: []string{"cartel"}},
		{name: "pronoun from conversation", in: "What else did she say about the military?",
			conv: &Conversation{Turns: []Turn{{Question: "What did Sheinbaum say about invasion?"}}}, speaker: "Sheinbaum", topic: []string{"militari"}},
		{name: "pronoun without history", in: "what did she say?"},
		{name: "reaction", in: "How did Mexico respond to the directive?", speaker: "Mexico", topic: []string{"direct"}},
		{name: "position", in: "What is Farfán-Méndez's view on the order?", speaker: "Farfán-Méndez", topic: []string{"order"}},
		{name: "plain question", in: "Why would Mexico stop cooperating?"},
		{name: "topic without a preposition", in: "What did Rubio say the designation would allow?", speaker: "Rubio", topic: []string{"design", "allow"}},
		{name: "when", in: "When did Trump sign the directive?", time: true},
		{name: "how many", in: "How many cartels were designated?", numbers: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := parseQuestion(tc.in, tc.conv)
			if q.speaker != tc.speaker {
				t.Errorf("speaker = %q, want %q", q.speaker, tc.speaker)
			}
			if tc.topic != nil && !reflect.DeepEqual(q.topic, tc.topic) {
				t.Errorf("topic = %q, want %q", q.topic, tc.topic)
			}
			if q.wantsTime != tc.time || q.wantsNumber != tc.numbers {
				t.Errorf("answer types = %v,%v want %v,%v", q.wantsTime, q.wantsNumber, tc.time, tc.numbers)
			}
		})
	}
}
