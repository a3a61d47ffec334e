package rag

import (
	"reflect"
	"slices"
	"testing"
)

// TestFollowUpTerms: questions of common words rank with all their words,
// and pronouns carry the terms of the question they point back to.
func TestFollowUpTerms(t *testing.T) {
	conv := &Conversation{Turns: []Turn{{Question: "Who found the dog?"}, {Question: "Why?"}}}
	tests := []struct {
		name, in string
		conv     *Conversation
		terms    []string
		carried  []string
		allWords bool
	}{
		{name: "common words alone", in: "What did he do?", terms: []string{"he"}, allWords: true},
		{name: "yes-no of common words", in: "Was she there?", terms: []string{"she", "there"}, allWords: true},
		{name: "pronoun carries the topic", in: "Where did he take it?", conv: conv, terms: []string{"take"}, carried: []string{"found", "dog"}},
		{name: "common words with a conversation", in: "What did he do?", conv: conv, terms: []string{"he"}, carried: []string{"found", "dog"}, allWords: true},
		{name: "no pronoun, nothing carried", in: "Where is the river?", conv: conv, terms: []string{"river"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := parseQuestion(tc.in, tc.conv)
			if !reflect.DeepEqual(q.terms, tc.terms) || !reflect.DeepEqual(q.carried, tc.carried) || q.allWords != tc.allWords {
				t.Errorf("terms %q carried %q allWords %v; want %q %q %v", q.terms, q.carried, q.allWords, tc.terms, tc.carried, tc.allWords)
			}
		})
	}
}

func TestParseQuestion(t *testing.T) {
	tests := []struct {
		name, in      string
		conv          *Conversation
		speaker       string
		topic         []string
		time, numbers bool
		anySpeaker    bool
	}{
		{name: "what did X say about Y", in: "What did Sheinbaum say about invasion?", speaker: "Sheinbaum", topic: []string{"invas"}},
		{name: "follow-up with and", in: "and what did Rubio say?", speaker: "Rubio"},
		{name: "a name in quotation marks", in: "What did “Claudia Sheinbaum” say?", speaker: "Claudia Sheinbaum"},
		{name: "a name in straight quotation marks", in: `What did "Sheinbaum" say about invasion?`, speaker: "Sheinbaum", topic: []string{"invas"}},
		{name: "full name and topic", in: "what has Marco Rubio said on the cartels", speaker: "Marco Rubio", topic: []string{"cartel"}},
		{name: "pronoun from conversation", in: "What else did she say about the military?",
			conv: &Conversation{Turns: []Turn{{Question: "What did Sheinbaum say about invasion?"}}}, speaker: "Sheinbaum", topic: []string{"militari"}},
		{name: "pronoun without history", in: "what did she say?", anySpeaker: true},
		{name: "no one in particular", in: "What did others think of him?", anySpeaker: true},
		{name: "a work, not a speaker", in: "What does Saig's work say about politics?"},
		{name: "a section, not a speaker", in: "what does this section say about his body language?"},
		{name: "a name as typed still speaks", in: "What does the Bible say about lying?", speaker: "Bible", topic: []string{"lie"}},
		{name: "a verb in the name", in: "What did the Mueller Report say about obstruction?", speaker: "Mueller Report", topic: []string{"obstruct"}},
		{name: "a noun that is an asking verb", in: "What did the State Department say?", speaker: "State Department"},
		{name: "a role and a name with such a noun", in: "What did Secretary of State John Kerry say about Iran?", speaker: "Secretary of State John Kerry", topic: []string{"iran"}},
		{name: "a capitalised noun among the verbs is the name's", in: "What did the Islamic State proclaim itself in 2014?"},
		{name: "such a name still speaks", in: "What did The State of New Jersey say?", speaker: "State of New Jersey"},
		{name: "so is it before another verb", in: "What does the Islamic State lack from the international community?"},
		{name: "a verb in a question typed in title case still asks", in: "What Did Sheinbaum Say About Invasion?", speaker: "Sheinbaum", topic: []string{"invas"}},
		{name: "what a quoted term meant asks for its meaning", in: "What did 'Da Yuan Tong Zhi' mean?"},
		{name: "a name in single quotation marks", in: "What did ‘Sheinbaum’ say about invasion?", speaker: "Sheinbaum", topic: []string{"invas"}},
		{name: "an apostrophe ending a name is the name's", in: "What did Dunkin' say?", speaker: "Dunkin'"},
		{name: "a doubled article is a slip", in: "What did the the Europeans think of the tropics?", speaker: "Europeans", topic: []string{"tropic"}},
		{name: "what someone meant still asks for their words", in: "What did Sheinbaum mean by invasion?", speaker: "Sheinbaum", topic: []string{"invas"}},
		{name: "such a noun typed in lower case", in: "what did the state department say about the cables", speaker: "state department", topic: []string{"cabl"}},
		{name: "the name ends at a verb that is only a verb", in: "What did Trump say Comey told about loyalty?", speaker: "Trump", topic: []string{"comey", "tell", "loyalti"}},
		{name: "a possessive and comments, bare", in: "Sheinbaum's comments on invasion?", speaker: "Sheinbaum", topic: []string{"invas"}},
		{name: "a possessive and remarks, bare", in: "Rubio’s remarks", speaker: "Rubio", topic: []string{}},
		{name: "what's and a possessive", in: "What's Trump's take on the plan?", speaker: "Trump", topic: []string{"plan"}},
		{name: "what about a name: a new speaker, the same topic", in: "what about Rubio?",
			conv: &Conversation{Turns: []Turn{{Question: "What did Sheinbaum say about invasion?"}}}, speaker: "Rubio", topic: []string{"invas"}},
		{name: "what about a thing: the same speaker, a new topic", in: "And how about the cartels?",
			conv: &Conversation{Turns: []Turn{{Question: "What did Sheinbaum say about invasion?"}}}, speaker: "Sheinbaum", topic: []string{"cartel"}},
		{name: "he after what about a name", in: "what did he say about intelligence agencies?",
			conv: &Conversation{Turns: []Turn{{Question: "What did Sheinbaum say about invasion?"}, {Question: "what about Rubio?"}}}, speaker: "Rubio", topic: []string{"intellig", "agenc"}},
		{name: "what about, after a plain question, stays plain", in: "what about the cartels?",
			conv: &Conversation{Turns: []Turn{{Question: "Who signed the directive?"}}}},
		{name: "a question word is no speaker", in: "What's 's take?"},
		{name: "people", in: "what did people say about the invasion?", anySpeaker: true},
		{name: "reaction", in: "How did Mexico respond to the directive?", speaker: "Mexico", topic: []string{"direct"}},
		{name: "a role with an article", in: "What did a spokesman say?", speaker: "spokesman"},
		{name: "the asking verb is not the topic", in: "What did Rubio claim?", speaker: "Rubio", topic: []string{}},
		{name: "a role with the", in: "What did the press secretary say about the talks?", speaker: "press secretary", topic: []string{"talk"}},
		{name: "position", in: "What is Farfán-Méndez's view on the order?", speaker: "Farfán-Méndez", topic: []string{"order"}},
		{name: "plain question", in: "Why would Mexico stop cooperating?"},
		{name: "definition, not a speaker", in: "What does Obersee mean?"},
		{name: "a thing someone wrote, not their words", in: "What was the first show Sondheim wrote that was produced on Broadway?"},
		{name: "what someone was saying", in: "What was Rubio saying about the cartels?", speaker: "Rubio", topic: []string{"cartel"}},
		{name: "a day between the name and the verb", in: "What did Sheinbaum on Monday say?", speaker: "Sheinbaum", topic: []string{"monday"}},
		{name: "an adverb between the name and the verb", in: "What did Claudia Sheinbaum also say about invasion?", speaker: "Claudia Sheinbaum", topic: []string{"invas"}},
		{name: "a time and an adverb", in: "what did Rubio last week actually say", speaker: "Rubio"},
		{name: "a one-word name is never taken for a time", in: "What did Today say?", speaker: "Today"},
		{name: "what someone meant", in: "What did Rubio mean by that?", speaker: "Rubio"},
		{name: "topic without a preposition", in: "What did Rubio say the designation would allow?", speaker: "Rubio", topic: []string{"design", "allow"}},
		{name: "when", in: "When did Trump sign the directive?", time: true},
		{name: "how many", in: "How many cartels were designated?", numbers: true},
		{name: "year inside the question", in: "In what year did the Normans arrive?", time: true},
		{name: "how much", in: "And how much will it cost?", numbers: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := parseQuestion(tc.in, tc.conv)
			if q.speaker != tc.speaker {
				t.Errorf("speaker = %q, want %q", q.speaker, tc.speaker)
			}
			if q.anySpeaker != tc.anySpeaker {
				t.Errorf("anySpeaker = %v, want %v", q.anySpeaker, tc.anySpeaker)
			}
			if tc.topic != nil && !reflect.DeepEqual(q.topic, tc.topic) {
				t.Errorf("topic = %q, want %q", q.topic, tc.topic)
			}
			if time, numbers := q.wants&holdsTime != 0, q.wants&holdsNumber != 0; time != tc.time || numbers != tc.numbers {
				t.Errorf("answer types = %v,%v want %v,%v", time, numbers, tc.time, tc.numbers)
			}
		})
	}
}

// TestEventVerbsAreNotTerms: "happen" and "occur" say that something
// happened, not what; the question's other words are its terms.
func TestEventVerbsAreNotTerms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"What happened in 1983?", []string{"1983"}},
		{"What happened to the poor?", []string{"poor"}},
		{"When did the raid occur?", []string{"raid"}},
		{"When did this happen?", []string{"this"}}, // no term left: all its other words
	} {
		if got := parseQuestion(tc.in, nil).terms; !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: terms %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestHowManyIsNoTerm: "many" and "much" in "how many …?" are the
// question's form; as terms they ranked "So many of you feel …" first.
func TestHowManyIsNoTerm(t *testing.T) {
	for _, in := range []string{"How many delegates does Clinton have?", "how much did it cost?"} {
		q := parseQuestion(in, nil)
		if !slices.Contains(q.form, manyTerm) || !slices.Contains(q.form, muchTerm) {
			t.Errorf("%q: form terms %q", in, q.form)
		}
	}
	if q := parseQuestion("Why do so many people vote?", nil); len(q.form) > 0 {
		t.Errorf("form terms %q outside a how-many question", q.form)
	}
}

// TestHowComeAsksWhy: "How come …?" asks why, and its "come" is no
// term: as one it led the seed article's answer with "… not going to
// come to Mexico …".
func TestHowComeAsksWhy(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"How come the talks failed?", parseQuestion("Why the talks failed?", nil).terms},
		{"how come he didn't come?", []string{"didn", "come"}},
		{"How come?", nil},
	} {
		q := parseQuestion(tc.in, nil)
		if q.wants&holdsReason == 0 {
			t.Errorf("%q: wants %b, no reason", tc.in, q.wants)
		}
		if tc.want != nil && !reflect.DeepEqual(q.terms, tc.want) {
			t.Errorf("%q: terms %q, want %q", tc.in, q.terms, tc.want)
		}
		if slices.Contains(q.terms, "come") && tc.want == nil {
			t.Errorf("%q: terms %q hold the question's form", tc.in, q.terms)
		}
	}
}
