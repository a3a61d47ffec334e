package rag

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/internal/lexical"
	"github.com/articlebot/articlebot/store"
)

// ingestText stores text (title, blank line, paragraphs) as a one-article
// library and returns its engine and article.
func ingestText(t *testing.T, text string) (*Engine, *store.Article) {
	t.Helper()
	dir := t.TempDir()
	e := newTestEngine(t, filepath.Join(dir, "db"))
	page := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(page, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return e, ingest(t, e, store.LocalScope, page)
}

func ask(t *testing.T, e *Engine, q Question) *Answer {
	t.Helper()
	if q.Scope == "" {
		q.Scope = store.LocalScope
	}
	ans, err := e.Ask(context.Background(), q)
	if err != nil {
		t.Fatalf("ask %q: %v", q.Text, err)
	}
	checkQuotes(t, e, q.Scope, ans.Quotes)
	return ans
}

// quoteRank is the 1-based rank of the first quote containing want, or 0.
func quoteRank(ans *Answer, want string) int {
	for i, q := range ans.Quotes {
		if strings.Contains(q.Text, want) {
			return i + 1
		}
	}
	return 0
}

const fireStory = `Blaze tears through apartment block

At least a dozen residents were killed when a blaze tore through an apartment block in the east of the city overnight.
People in the building said the fire alarm did not sound and that the stairs filled with smoke within minutes.
The fire started in a kitchen on the third floor, according to the fire department.

A fisherman named Tom Hale found a dog in the river on Sunday. He carried it to a vet in town, where it recovered.
The city council will hold a hearing on building safety on March 3. Inspectors had visited the block last year.
Residents had grown tired of waiting for repairs.

The committee named its new safety chair after the hearing. She is Maria Lopez, a former judge.
Lopez said the inspections had been too rare. He is Tom Brand, a former judge and council member.
`

// TestParaphraseAndAnswerType: "died" meets "were killed" through WordNet,
// as the phrase "fed up" meets "tired of", and "how many" prefers the
// sentence with a quantity over one sharing more words.
func TestParaphraseAndAnswerType(t *testing.T) {
	e, _ := ingestText(t, fireStory)
	for _, tc := range []struct {
		question, want string
		rank           int
	}{
		{"How many people died in the fire?", "At least a dozen residents were killed", 1},
		{"When will the council hold a hearing?", "March 3", 1},
		{"Why did the stairs fill with smoke?", "the fire alarm did not sound", 1},
		{"Why were residents fed up?", "Residents had grown tired of waiting", 1},
	} {
		t.Run(tc.question, func(t *testing.T) {
			ans := ask(t, e, Question{Text: tc.question})
			if r := quoteRank(ans, tc.want); r == 0 || r > tc.rank {
				t.Errorf("%q at rank %d, want ≤ %d: %v", tc.want, r, tc.rank, ans.Quotes)
			}
		})
	}
}

// TestWindowAnswersAcrossALibrary: across a library a sentence must clear
// the relevance threshold; "How many people died in the fire?" is
// answered by a sentence that says "were killed" after one that names the
// fire, so the two are judged together (the sentence shown is still the
// one holding the answer), while an unrelated question is still refused.
func TestWindowAnswersAcrossALibrary(t *testing.T) {
	e, _ := ingestText(t, "Apartment blaze in Lagos\n\nA fire tore through a five-storey apartment block in Lagos on Tuesday night. At least a dozen residents were killed and dozens more were taken to hospital, officials said.\n\nFirefighters struggled for hours to reach the upper floors because of narrow streets and a shortage of water. The cause is under investigation.\n\nNeighbours said they had grown tired of complaints about faulty wiring being ignored by the landlord. The state governor promised an inquiry and said the building would be demolished once the investigation ends. Relatives gathered outside the city morgue on Wednesday morning, waiting for news.\n")
	ingest(t, e, store.LocalScope, "../testdata/qa/harbor.txt")
	ans := ask(t, e, Question{Text: "How many people died in the fire?"})
	if !ans.Found || quoteRank(ans, "At least a dozen residents were killed") != 1 {
		t.Errorf("answer = %+v, want the killed sentence first, found", ans)
	}
	if ans := ask(t, e, Question{Text: "What is the capital of Australia?"}); ans.Found || len(ans.Quotes) > 0 {
		t.Errorf("unrelated question answered: %+v", ans)
	}
}

// TestCommonWordQuestions: questions of common words are asked, not
// refused: with a conversation their pronouns carry its topic, without one
// every word ranks. Without one, what ranks shares only words like "she"
// with the question, so it is shown as the closest passages of the one
// article in scope, and across a library not at all.
func TestCommonWordQuestions(t *testing.T) {
	e, a := ingestText(t, fireStory)
	for _, q := range []string{"What did he do?", "Was she there?", "Which one?", "And?"} {
		ans := ask(t, e, Question{Text: q})
		if len(ans.Quotes) == 0 {
			t.Errorf("%q: no passages: %s", q, ans.Text)
		}
		if ans.Found || ans.Text != msgClosest {
			t.Errorf("%q: found %v, %q; want the closest passages", q, ans.Found, ans.Text)
		}
	}
	conv := &Conversation{ArticleIDs: []string{a.ID}, Turns: []Turn{{Question: "Who found the dog in the river?", Answer: "A fisherman named Tom Hale found a dog in the river on Sunday."}}}
	ans := ask(t, e, Question{Text: "What did he do with it?", Conversation: conv})
	if r := quoteRank(ans, "He carried it to a vet"); r == 0 || r > 2 {
		t.Errorf("follow-up: the vet sentence at rank %d: %v", r, ans.Quotes)
	}
	if !ans.Found {
		t.Errorf("follow-up with its conversation's terms: not found: %s", ans.Text)
	}
	ingest(t, e, store.LocalScope, "../testdata/qa/harbor.txt")
	for _, q := range []string{"Was she there?", "And?"} {
		if ans := ask(t, e, Question{Text: q}); ans.Found || len(ans.Quotes) > 0 || ans.Text != msgNotFound {
			t.Errorf("%q across a library: found %v, %d quotes, %q; want not found", q, ans.Found, len(ans.Quotes), ans.Text)
		}
	}
	if _, err := e.Ask(context.Background(), Question{Scope: store.LocalScope, Text: "What?"}); err != ErrEmptyQuestion {
		t.Errorf("a bare question word: err = %v, want ErrEmptyQuestion", err)
	}
}

// TestWindows: the sentence after the one matching the question borrows
// part of its match, so "She is Maria Lopez" outranks the same words
// elsewhere.
func TestWindows(t *testing.T) {
	e, _ := ingestText(t, fireStory)
	ps, err := e.Retrieve(context.Background(), Question{Scope: store.LocalScope, Text: "Who did the committee name as its new safety chair?"}, 10)
	if err != nil {
		t.Fatal(err)
	}
	rank := func(want string) int {
		for i, p := range ps {
			if strings.Contains(p.Text, want) {
				return i + 1
			}
		}
		return len(ps) + 1
	}
	if lopez, brand := rank("She is Maria Lopez"), rank("He is Tom Brand"); lopez > 3 || brand < lopez {
		t.Errorf("answer sentence at rank %d, look-alike at %d", lopez, brand)
	}
}

// TestReasonFollowsWhatItExplains: the reason for what a "why" question
// names is often the next sentence, sharing none of its words; it borrows
// enough of the match before it to be shown.
func TestReasonFollowsWhatItExplains(t *testing.T) {
	const story = `A midfielder's years abroad

After five seasons in Rome, the midfielder moved to Manchester in the summer of 2001 for a record fee.
His spell at the club was not a great success.
He struggled with the faster pace of the league and was rarely given time on the ball.
He scored four goals in the Champions League in his second season, where the slower tempo suited him.
Fans and pundits agreed that the signing had been an expensive flop.

He left for Chelsea in 2003, where he won the league title in his first season.
Injuries kept him out of much of the following year.
`
	e, _ := ingestText(t, story)
	ans := ask(t, e, Question{Text: "Why wasn't his spell at the club a great success?"})
	if r := quoteRank(ans, "He struggled with the faster pace"); r == 0 {
		t.Errorf("the reason is not shown: %v", ans.Quotes)
	}
}

// TestFlow: a conversation moves forward, so with nothing else to go on
// the sentence after the one the last answer quoted comes first.
func TestFlow(t *testing.T) {
	e, a := ingestText(t, fireStory)
	conv := &Conversation{ArticleIDs: []string{a.ID}, Turns: []Turn{{
		Question: "Who found the dog?",
		Answer:   "From “Blaze tears through apartment block”: “A fisherman named Tom Hale found a dog in the river on Sunday.”",
	}}}
	ans := ask(t, e, Question{Text: "What happened next?", Conversation: conv})
	if r := quoteRank(ans, "He carried it to a vet"); r != 1 {
		t.Errorf("the next sentence at rank %d: %v", r, ans.Quotes)
	}
	// Without the conversation the same question has no such lead (else
	// this test would not show the flow at work).
	if r := quoteRank(ask(t, e, Question{Text: "What happened next?"}), "He carried it to a vet"); r == 1 {
		t.Error("the next sentence ranks first even without the conversation")
	}
}

// TestThresholdJudgesScoreNotRank: the ranking's lead bias may put a weak
// early sentence first; whether to answer, and with what, is still the
// relevant sentence's call, not the end of the search.
func TestThresholdJudgesScoreNotRank(t *testing.T) {
	e := newTestEngine(t, t.TempDir())
	text := "A weak early sentence comes first here. The relevant sentence answers the question asked."
	a := &store.Article{ID: "a", Title: "T", Text: text, Sentences: []store.Sentence{{Start: 0, End: 39}, {Start: 40, End: len(text)}}}
	cands := []*candidate{
		{art: a, sentence: 0, score: 0.2, lexical: 0.1, window: 0.1, order: 0.6},
		{art: a, sentence: 1, score: 0.5, lexical: 0.6, window: 0.6, order: 0.5},
	}
	ans := e.answerGeneral(cands, false)
	if !ans.Found || len(ans.Quotes) != 1 || ans.Quotes[0].Text != text[40:] {
		t.Fatalf("answer = %+v, want the relevant sentence alone", ans)
	}
}

// TestOriginQuestions: "Where is she from?" and "What was her early life
// like?" ask where someone was born or grew up, which a sentence says
// without the question's words.
func TestOriginQuestions(t *testing.T) {
	e, _ := ingestText(t, `Judge named to lead safety panel

Maria Lopez will chair the new building safety committee in Springfield, the council said on Monday.
Lopez spent twenty years on the bench in Springfield before retiring last spring.
Lopez was born in Tucson, Arizona, and worked in a bakery as a teenager.
Lopez said she would visit every apartment block in East Springfield by the summer.
`)
	for _, q := range []string{"Where is Lopez from?", "What was Lopez's early life like?", "Where did Lopez grow up?"} {
		t.Run(q, func(t *testing.T) {
			ans := ask(t, e, Question{Text: q})
			if r := quoteRank(ans, "born in Tucson"); r != 1 {
				t.Errorf("the birth sentence at rank %d, want 1: %v", r, ans.Quotes)
			}
		})
	}
}

// TestReceptionQuestions: "Was it well received?" asks about reviews,
// sales or awards, which a sentence reports without the question's words.
func TestReceptionQuestions(t *testing.T) {
	e, _ := ingestText(t, `Band releases a second album

The Harbour Lights released their second album, Low Tide, in March, two years after their debut.
The band recorded Low Tide in a converted barn outside Cardiff over six weeks.
Critics praised Low Tide, and it sold 200,000 copies in its first month, reaching number three on the charts.
The band will tour Europe in the autumn, starting in Dublin.
`)
	for _, q := range []string{"Was it well received?", "Did Low Tide do well?"} {
		t.Run(q, func(t *testing.T) {
			ans := ask(t, e, Question{Text: q})
			if r := quoteRank(ans, "Critics praised"); r != 1 {
				t.Errorf("the reception sentence at rank %d, want 1: %v", r, ans.Quotes)
			}
		})
	}
}

// TestHowManyMatchesNoMany: "many" in "how many …?" asks for a number; a
// sentence holding the word "many" is not closer to the answer for it.
func TestHowManyMatchesNoMany(t *testing.T) {
	e, _ := ingestText(t, "Clinton claims the nomination\n\nHillary Clinton spoke to supporters in Brooklyn on Tuesday night. \"So many of you feel like you're out there on your own, and I hear you,\" Clinton said.\n\nClinton hit the magic number of 2,383 delegates needed to clinch the nomination on Monday night.\n\nSanders vowed to stay in the race until the convention in Philadelphia.\n")
	ans := ask(t, e, Question{Text: "How many delegates does Clinton have?"})
	if quoteRank(ans, "2,383 delegates") != 1 {
		t.Errorf("answer = %+v, want the delegates sentence first", ans)
	}
}

// TestMatchedReadsTheSentence checks lexicalScorer.matched, which reads a
// sentence's own terms, against reading every term of the question and
// each of its related terms for every sentence, as it did before.
func TestMatchedReadsTheSentence(t *testing.T) {
	e := newTestEngine(t, t.TempDir())
	arts := map[string]*store.Article{}
	for _, p := range []string{seedPage, "../testdata/qa/harbor.txt", "../testdata/qa/senate.txt", "../testdata/qa/vaccine.txt", "../testdata/stories/reuters.html"} {
		a := ingest(t, e, store.LocalScope, p)
		arts[a.ID] = a
	}
	questions := []string{"How many people died in the fire?", "Who was fed up with the plan?", "Why had they grown tired of waiting?",
		"What did he do?", "When was the vaccine approved and who paid for it?"}
	for _, qa := range loadQA(t) {
		questions = append(questions, qa.question)
	}
	conv := &Conversation{Turns: []Turn{{Question: "What did Sheinbaum say about invasion?", Answer: "The United States is not going to come to Mexico with the military."}}}
	for _, text := range questions {
		for _, c := range []*Conversation{nil, conv} {
			q := parseQuestion(text, c)
			ls := e.newLexicalScorer(arts, q, 0)
			for _, a := range arts {
				for si := range a.Sentences {
					got, want := ls.matched(a, si), matchedEveryTerm(ls, a, si)
					if !maps.Equal(got, want) {
						t.Fatalf("%q, %q: matched %v, want %v", text, sentenceText(a, si), got, want)
					}
				}
			}
		}
	}
}

// matchedEveryTerm is matched as it was: every question term and its
// related terms read for each sentence.
func matchedEveryTerm(ls *lexicalScorer, a *store.Article, si int) map[string]termMatch {
	tf := map[string]int{}
	for _, t := range ls.sentTerms[sentKey{a.ID, si}] {
		tf[t]++
	}
	words := " " + strings.Join(lexical.Words(sentenceText(a, si)), " ") + " "
	has := func(r relatedTerm) bool {
		return tf[r.term] > 0 && (r.phrase == "" || strings.Contains(words, r.phrase))
	}
	out := map[string]termMatch{}
	for t, w := range ls.weight {
		if slices.Contains(ls.form, t) {
			continue
		}
		if f := tf[t]; f > 0 {
			out[t] = termMatch{w, float64(f)}
			continue
		}
		for _, r := range ls.rel[t] {
			if has(r) {
				out[t] = termMatch{w * r.weight, 1}
				break
			}
		}
	}
	return out
}
