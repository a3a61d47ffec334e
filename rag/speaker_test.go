package rag

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/store"
)

// speakerArticle is a story where one person is only talked about, one
// organisation only paraphrased and quoted, and one person quoted.
const speakerArticle = `Principal placed on leave

Ms. Grace Park, the principal of Lincoln High School, was placed on paid leave on Monday after parents complained about the handling of a bullying case at the school.

"We need answers," said parent Luis Ortega, whose daughter attends the school. "Our kids deserve the truth about what happened."

The district will cut 40 teaching jobs next year, Reuters reported on Tuesday, citing two people familiar with the budget plan.

"The cuts will fall mostly on the high schools," Reuters reported, quoting one of the people.

The district said Park would remain on paid leave during the review, which is expected to last several weeks.`

// checkQuoteTexts checks that the answer's quotes hold every text of want
// and none of not (someone else's words).
func checkQuoteTexts(t *testing.T, ans *Answer, want, not []string) {
	t.Helper()
	var all []string
	for _, q := range ans.Quotes {
		all = append(all, q.Text)
	}
	joined := strings.Join(all, "\n")
	for _, w := range want {
		if !strings.Contains(joined, w) {
			t.Errorf("quotes %q lack %q", all, w)
		}
	}
	for _, n := range not {
		if strings.Contains(joined, n) {
			t.Errorf("quotes %q hold someone else's words %q", all, n)
		}
	}
}

// askArticle asks question of a library holding only text.
func askArticle(t *testing.T, text, question string) *Answer {
	t.Helper()
	e, _ := ingestText(t, text)
	return ask(t, e, Question{Text: question})
}

// TestSpeakerByFamilyName: asked about someone in full, an article that
// names them by family name alone (as news does after the first mention,
// and encyclopedia sections throughout) still answers about them, with
// what it reports they said when it does; a family name that the article
// also gives someone else ("Mario Cuomo", asked about Andrew Cuomo) is not
// taken for them.
func TestSpeakerByFamilyName(t *testing.T) {
	tests := []struct {
		name, story, question, lead string
		about                       string // every quote names them
		want, not                   []string
	}{
		{
			name: "never quoted",
			story: "Governor vetoes gun bill\n\nGov. Christie vetoed the gun bill on Monday, a day after the state senate passed it by a narrow margin following a long debate.\n\n" +
				"The bill would have banned some rifles and limited the size of magazines sold in the state, which gun owners' groups had fought for months.\n\n" +
				"Christie has long opposed new state gun laws, and he vetoed a similar bill two years ago.",
			question: "What is Chris Christie's view on gun laws?",
			lead:     "Chris Christie isn't quoted in this article",
			about:    "Christie",
			want:     []string{"Christie has long opposed new state gun laws"},
		},
		{
			// "Jonette and Ken Christian": the family name alone may be
			// either's, and "Mrs. Christian" is not his.
			name: "a couple sharing the family name",
			story: "Diversity and its discontents\n\nJonette and Ken Christian have become a bit uneasy with the emphasis people place on the idea of diversity.\n\n" +
				"They live in a small town in Vermont, where they moved after their children had grown and left for college in the cities.\n\n" +
				"“We can’t set any limits on diversity, or defend our own values,” says Mrs. Christian, who last month retired after decades as a family therapist.",
			question: "What did Ken Christian say?",
			not:      []string{"set any limits"},
		},
		{
			// A date before the name is no given name ("December 2010,
			// Christie"): the family name was once refused here.
			name: "reported speech after a date",
			story: "Christie and guns\n\nIn December 2010, Christie commuted the seven-year sentence of Brian Aitken, who had been convicted of transporting three guns within the state.\n\n" +
				"Christie has said that each state has the right to determine firearms laws without federal interference.\n\n" +
				"In July 2014, Christie vetoed legislation that would have reduced the allowed legal size of ammunition magazines, and he proposed a new standard for involuntary commitment instead.",
			question: "What is Chris Christie's view on firearms?",
			lead:     "What the article reports Christie said",
			about:    "Christie",
			want:     []string{"each state has the right to determine firearms laws"},
		},
		{
			// A colon after a long clause is no attribution the rules
			// trust, so the quotation has no speaker: it may be X's, so
			// no "isn't quoted".
			name: "words the attribution gave no one",
			story: "A father's grief\n\nAlex Teves died shielding his girlfriend in the theater on Friday night, the police said.\n\n" +
				"His father, Tom Teves, flew to Colorado on Saturday with the rest of the family, who had spent the night waiting for news at a school near the theater.\n\n" +
				"Friends described the young man as generous and quick to laugh, and said he had planned to start a new job in the autumn.\n\n" +
				"Tom Teves stood outside the hospital on Sunday, his voice breaking at times: \"I'm hollow, but he brought me back.\"",
			question: "What did Tom Teves say?",
			lead:     "I can't tell which quotations in this article are Tom Teves's",
			about:    "Teves",
			want:     []string{"I'm hollow"},
		},
		{
			// The answer offers its sentences as possibly his words:
			// what the sheriff says of him is the sheriff's, so not shown.
			name: "someone else's words left out of an unsure answer",
			story: "A father's grief\n\nAlex Teves died shielding his girlfriend in the theater on Friday night, the police said.\n\n" +
				"His father, Tom Teves, flew to Colorado on Saturday with the rest of the family, who had spent the night waiting for news at a school near the theater.\n\n" +
				"Sheriff John Hale said Tom Teves had waited at the hospital all night and thanked the nurses before he left for the family's hotel.\n\n" +
				"Tom Teves stood outside the hospital on Sunday, his voice breaking at times: \"I'm hollow, but he brought me back.\"",
			question: "What did Tom Teves say?",
			lead:     "I can't tell which quotations in this article are Tom Teves's",
			about:    "Teves",
			want:     []string{"I'm hollow"},
			not:      []string{"waited at the hospital"},
		},
		{
			// A line in title case names no one new, so "Cleese said"
			// stays a family name alone although the full name is in the
			// article: the family name no one else bears is his.
			name: "named in full where no person is read",
			story: "Creativity\n\nComedy Legend John Cleese Talks About The Open Mode\n\n" +
				"The comedian gave a lecture on creativity to a packed hall in London on Tuesday evening, and the recording has spread widely online since then.\n\n" +
				"\"Creativity is not a talent, it is a way of operating,\" Cleese said, to laughter from the audience that had come to hear him.",
			question: "What did John Cleese say?",
			lead:     "Cleese, in",
			about:    "Creativity is not a talent",
			want:     []string{"Creativity is not a talent"},
		},
		{
			// A name in lower case first ("eBay") is a name: mentioned, so
			// no "isn't mentioned", and its unattributed words may be its.
			name: "a name starting in lower case",
			story: "PayPal cuts jobs\n\nPayPal will cut 325 jobs, most of them in California, as it reorganises its product and technology units this quarter.\n\n" +
				"The cuts fall mostly on engineers and managers who joined in the last two years, when the payments business hired faster than at any time since it was founded.\n\n" +
				"As a result, PayPal parent eBay will take a fourth-quarter charge of close to $15 million: \"The intent is to simplify how products are developed.\"",
			question: "What did eBay say?",
			lead:     "I can't tell which quotations in this article are eBay's",
			about:    "eBay",
		},
		{
			// A paragraph naming her, then words the attribution gives no
			// one: they may be hers, so no "isn't quoted".
			name: "unattributed words in the next paragraph",
			story: "Election reaction\n\nRepublican strategist Ana Navarro, a CNN contributor, echoed that message on CNN on Wednesday morning after the results came in.\n\n" +
				"\"The re-election does two things. It frees the president to be bold, and it tells our party that we have to change how we speak to voters.\"\n\n" +
				"Turnout was lower than four years earlier in most states, according to early counts published by election officials.",
			question: "What did Ana Navarro say?",
			lead:     "I can't tell which quotations in this article are Ana Navarro's",
			about:    "Navarro",
		},
		{
			// A capitalized word opening a sentence is not a given name
			// for that alone ("Watching Sanders"), unless it is one: the
			// quotation is the Bernie Sanders named before.
			name: "a word opening a sentence before the family name",
			story: "Sanders vows to fight on\n\nBernie Sanders campaigned across California on Wednesday, a week before the state's primary, drawing large crowds to rallies in the Bay Area and in Los Angeles.\n\n" +
				"Watching Sanders speak, supporters in Palo Alto cheered every mention of the convention, where his delegates hope to shape the party's platform on trade and health care.\n\n" +
				"\"Our campaign has been dismissed and written off more times than I can count,\" Sanders said in Palo Alto.",
			question: "What did Bernie Sanders say?",
			lead:     "Bernie Sanders, in",
			about:    "Our campaign has been dismissed",
			want:     []string{"Our campaign has been dismissed"},
		},
		{
			name: "another given name",
			story: "Cuomo legacy\n\nMario Cuomo served three terms as governor and gave a celebrated speech in 1984.\n\n" +
				"Cuomo said the country was a tale of two cities, one rich and one poor, in a keynote address that made him a national figure overnight.\n\n" +
				"He declined to run for president in 1988 and again in 1992, despite pleas from party leaders and donors.",
			question: "What did Andrew Cuomo say?",
			lead:     "Andrew Cuomo isn't mentioned",
			not:      []string{"tale of two cities"},
		},
		{
			// A given name the rules do not know, opening a sentence, is
			// still another bearer's once they are quoted by it in full.
			name: "another bearer quoted in full",
			story: "Militants advance on the dam\n\nIn Kirkuk, a car bomb killed six people and wounded 40, said the city's deputy police chief, Maj. Gen. Torhan Abdul-Rahman Youssef.\n\n" +
				"Saad Youssef, a Sunni teacher from Baghdad, said Iraqis are deeply concerned over the possible breakup of their country amid the failure to stop the militants.\n\n" +
				"\"Now, we have more republics than we can count, and we could have more in the near future,\" he said.",
			question: "What did Torhan Abdul-Rahman Youssef say?",
			lead:     "Torhan Abdul-Rahman Youssef isn't quoted",
			not:      []string{"more republics", "deeply concerned"},
		},
		{
			// A link card pasted after a lawmaker's name is not the
			// article's: a name in its headlines is not mentioned.
			name: "a name only in a link card",
			story: "Senate leaders shelve the bill\n\nSenators spoke on Thursday about the spending bill and its chances in the chamber before the recess, as negotiators from both parties met late into the night over the cost of the border measures and the disaster aid the House had attached to it.\n\n" +
				"Sen. John Thune John Randolph ThuneSenate GOP hears Gowdy on the circus MORE (R-S.D.) said the bill was \"dead on arrival.\"\n\n" +
				"\"We will not take it up,\" he said.",
			question: "What did Gowdy say?",
			lead:     "Gowdy isn't mentioned",
			not:      []string{"dead on arrival", "We will not take it up"},
		},
		{
			// Nor do a card's headlines stop a family name from asking
			// about the one person the article names by it.
			name: "a family name beside a link card",
			story: "Trump announces tariffs on Chinese goods\n\nPresident Trump Donald John TrumpFederal judge halts law targeting Trump tax returns Trump awards Presidential Medal of Freedom Trump awards medal to economist MORE on Friday announced that the United States would impose tariffs on $50 billion in Chinese products, making good on a threat that has been months in the making.\n\n" +
				"\"Trade between our nations has been very unfair, for a very long time,\" Trump said in a statement.",
			question: "What did Donald Trump say?",
			lead:     "Trump, in",
			about:    "Trade between our nations",
			want:     []string{"Trade between our nations"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans := checkSpeakerAnswer(t, tt.story, tt.question, tt.lead, tt.want, tt.not)
			for _, q := range ans.Quotes {
				if !strings.Contains(q.Text, tt.about) {
					t.Errorf("quote %q is not about %s", q.Text, tt.about)
				}
			}
		})
	}
}

// TestRoleSpeakers: a speaker's reported speech follows their direct quotes,
// and leads when only it is about the topic;
// a speaker asked about by role is the one the article names with it in
// apposition ("Press secretary Karine Lee", "Ana Ruiz,
// director of …"); a role the article only talks about ("Lee said the
// president still hoped …") is answered with what it reports about it, not
// with the words of whoever is named nearby.
func TestRoleSpeakers(t *testing.T) {
	text, err := os.ReadFile("../testdata/qa/senate.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		question, lead string
		want, not      []string
	}{
		{"What did the press secretary say?", "Karine Lee, in", []string{"Nobody wants a shutdown"}, nil},
		{"What did the majority leader say?", "John Thune, in", []string{"spends too much and secures too little"}, nil},
		{"What did the director say?", "Ana Ruiz, in", []string{"Every week of delay"}, nil},
		// Their own words first, then what the article reports they said,
		// without a sentence that only repeats a direct quote.
		{"What did Alvarez say?", "Maria Alvarez, in", []string{"We negotiated in good faith", "Alvarez said she would keep working"}, nil},
		{"What did Thune say?", "John Thune, in", []string{"spends too much", "He said Republicans would offer"}, []string{"told reporters that the bill"}},
		// Her direct quote is about something else; what she said about
		// Republicans, the article reports in its own words.
		{"What did Alvarez say about Republicans?", "Maria Alvarez, in", []string{"Alvarez said she would keep working with Republicans"}, nil},
		{"What did the president say?", "This article doesn't quote the president; here is what it reports about the president:",
			[]string{"Press secretary Karine Lee said the president still hoped"}, []string{"Nobody wants a shutdown", "keep talking"}},
	} {
		t.Run(tc.question, func(t *testing.T) {
			checkSpeakerAnswer(t, string(text), tc.question, tc.lead, tc.want, tc.not)
		})
	}
}

// TestWordOfRoleNamesNoOne: a word of the role's stem that is no role
// before or after a name does not make that name the role asked about,
// as "President Donald Trump" would.
func TestWordOfRoleNamesNoOne(t *testing.T) {
	for _, tc := range []struct {
		name, article, question, lead string
		not                           []string
	}{
		{
			// A verb right before the name.
			name: "verb",
			article: "Trump's taxes go to court\n\n" +
				"Two congressional committees have subpoenaed Donald Trump’s tax returns. Trump told the lender that he took in twice as much rent as he reported. " +
				"“We will fight every one of them,” Trump said on Friday.\n\n" +
				"The subpoena asks for every record since 2011, and the accountants have until May to answer it.",
			question: "What did the subpoena say?", lead: "This article doesn't quote the subpoena;",
			not: []string{"We will fight", "Trump told the lender"},
		},
		{
			// One of a group asked about: "lead auditor Laura Murphy" does
			// not speak for "the auditors".
			name: "singular",
			article: "Facebook releases its civil rights audit\n\n" +
				"Facebook has failed to penalize Trump, the auditors say, which stands “to gut policies” that had represented progress. " +
				"“The lack of clarity about those two values is devastating,” lead auditor Laura Murphy wrote in the report’s introduction.\n\n" +
				"The report is an important one for the company, but it is not binding, and the company can choose to dismiss its recommendations, as some advocates fear it will. " +
				"The audit took two years of work and covers hate speech, voting and advertising.",
			question: "What did the auditors say?",
			not:      []string{"lack of clarity"},
		},
		{
			// A verb after a name and its comma: "… for the Navy, led the
			// review" is no appositive.
			name: "verb after a comma",
			article: "The Navy installed touch-screen steering to save money\n\n" +
				"“The key benefit is the ability for operating with fewer watchstanders,” the Navy told Congress. " +
				"A few weeks after the collisions, Phil Davidson, then the head of training for the Navy, led the review. " +
				"The review offered a critique of the drive to save money by installing new technology rather than investing in training for sailors.\n\n" +
				"The ships went back to sea within a year, and sailors said the old throttles were easier to use in a crisis than the touch screens.",
			question: "What did the review say?",
			not:      []string{"key benefit"},
		},
		{
			// A body's name asked about is no role that another body
			// sharing its last word holds.
			name: "a body's name",
			article: "Press groups respond to an assault on a reporter\n\n" +
				"The Committee to Protect Journalists (CPJ) told the Daily Caller that it did not have “a specific statement in that specific incident” when asked. " +
				"The Society of Professional Journalists (SPJ) president explained that it had not yet issued a public statement because they “missed this one.”\n\n" +
				"The reporter was attacked while covering protests in Washington, and the police said they were looking for two men seen on video.",
			question: "What did the Society of Professional Journalists say?",
			lead:     "I can't tell which quotations in this article are the Society of Professional Journalists'",
			not:      []string{"a specific statement"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeakerAnswer(t, tc.article, tc.question, tc.lead, nil, tc.not)
		})
	}
}

// TestRoleApartFromSpeaker: the seed's first sentence names Sheinbaum (who
// is quoted) and, twenty words on, the Pentagon (which is not): "What did
// the Pentagon say?" is not given Sheinbaum's words.
func TestRoleApartFromSpeaker(t *testing.T) {
	e := newTestEngine(t, t.TempDir())
	ingest(t, e, store.LocalScope, seedPage)
	ans := ask(t, e, Question{Text: "What did the Pentagon say?"})
	if !strings.HasPrefix(ans.Text, "Pentagon isn't quoted in this article") {
		t.Errorf("answer text = %q", ans.Text)
	}
	for _, q := range ans.Quotes {
		if q.Speaker != "" || strings.Contains(q.Text, "not going to come to Mexico") {
			t.Errorf("someone's words under the Pentagon's question: %+v", q)
		}
	}
}

// TestRoleByCountry: the seed calls Sheinbaum "Mexican President"; asked as
// "Mexico's president" or "the president of Mexico", the role is hers.
func TestRoleByCountry(t *testing.T) {
	e := newTestEngine(t, t.TempDir())
	ingest(t, e, store.LocalScope, seedPage)
	for _, question := range []string{"What did Mexico's president say about the invasion?", "what did the president of mexico say", "Sheinbaum's comments on invasion?"} {
		t.Run(question, func(t *testing.T) {
			ans := ask(t, e, Question{Text: question})
			if !strings.HasPrefix(ans.Text, "Claudia Sheinbaum, in") {
				t.Fatalf("answer text = %q", ans.Text)
			}
			for _, q := range ans.Quotes {
				if q.Speaker != "Claudia Sheinbaum" {
					t.Errorf("quote given as %q's: %q", q.Speaker, q.Text)
				}
			}
		})
	}
}

// TestCampaignRole: a campaign asked about ("the Clinton campaign") that
// no quotation gives words to is not quoted, though its staff are: their
// words are theirs (blind readers of the news sets label them so, and
// giving them as the campaign's was most of the engine's wrong quotes for
// organisations). The answer says so and shows what the article reports
// about the campaign, never another speaker's words as its own.
func TestCampaignRole(t *testing.T) {
	tests := []struct {
		name, article, question, lead string
		want, not                     []string
	}{
		{
			// "the Clinton campaign seized on Trump’s reluctance" does not
			// make Trump the Clinton campaign, nor does "Clinton campaign
			// spokesman Brian Fallon" make Fallon the campaign.
			name: "not its spokesman",
			article: "Trump says Obama was born in the US\n\n" +
				"Donald Trump ended years of doubt on Friday. “President Barack Obama was born in the United States, period,” Trump said in Washington. " +
				"He spoke at his new hotel, where supporters had gathered since the morning to hear him speak about the campaign.\n\n" +
				"For months he had refused to say so. “I'll answer that question at the right time,” Trump told the paper in an interview last week.\n\n" +
				"But the Clinton campaign seized on Trump’s reluctance to address the issue in his interview, and aides said the question would not go away. " +
				"The campaign has run advertisements about the issue in three states, and it plans more before the first debate next week.\n\n" +
				"“We will keep asking,” Clinton campaign spokesman Brian Fallon said on Saturday.",
			question: "What did the Clinton campaign say?",
			lead:     "The Clinton campaign isn't quoted in this article; here is what it reports about the Clinton campaign:",
			want:     []string{"the Clinton campaign seized on Trump’s reluctance"},
			not:      []string{"born in the United States", "at the right time"},
		},
		{
			// Neither its spokesman's words nor those of "former Trump
			// campaign manager Corey Lewandowski" are the campaign's.
			name: "not a former one",
			article: "Trump reels as more accusers emerge\n\n" +
				"Donald Trump denied the reports on Thursday.\n\n" +
				"Former Trump campaign manager Corey Lewandowski, now a paid contributor on CNN, said the accusations were politically motivated. " +
				"“Look, you have an accusation from a reporter right now,” Lewandowski said.\n\n" +
				"“These claims are false,” Trump campaign spokesman Jason Miller said in a statement.",
			question: "What did the Trump campaign say?",
			lead:     "The Trump campaign isn't quoted in this article",
			not:      []string{"Look, you have an accusation"},
		},
		{
			// "Ginsburg, the court's eldest justice," is one of its
			// members, who speaks for herself, not for the court. ("the
			// court said" is someone unnamed to rag/quotes, so the
			// answer says the court is not quoted.)
			name: "not a member of the body",
			article: "Ginsburg hospitalized after fall\n\n" +
				"Justice Ruth Bader Ginsburg was hospitalized on Thursday after falling in her office, the court announced. " +
				"She went home after the fall but continued to feel discomfort overnight, and went to the hospital early on Thursday, where tests found three broken ribs.\n\n" +
				"“She was admitted for observation and treatment,” the court said in a statement.\n\n" +
				"Ginsburg, the court's eldest justice, said in July that she planned to stay. “I'm now 85,” Ginsburg said.",
			question: "What did the court say?",
			lead:     "This article doesn't quote the court",
			not:      []string{"I'm now 85"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeakerAnswer(t, tc.article, tc.question, tc.lead, tc.want, tc.not)
		})
	}
}

// checkSpeakerAnswer asks question of an article holding story and checks
// that the answer starts with lead and quotes want and none of not.
func checkSpeakerAnswer(t *testing.T, story, question, lead string, want, not []string) *Answer {
	t.Helper()
	ans := askArticle(t, story, question)
	if !strings.HasPrefix(ans.Text, lead) {
		t.Fatalf("answer = %q, want it to start %q", ans.Text, lead)
	}
	checkQuoteTexts(t, ans, want, not)
	return ans
}

// TestNameWithCommonWords: "the Clinton campaign" is mentioned where the
// article writes "the Clinton campaign", though "campaign" is no name.
func TestNameWithCommonWords(t *testing.T) {
	article := "Trump says Obama was born in the US\n\n" +
		"Donald Trump ended years of doubt on Friday. “President Barack Obama was born in the United States, period,” Trump said in Washington. " +
		"He spoke at his new hotel, where supporters had gathered since the morning to hear him speak about the campaign.\n\n" +
		"But the Clinton campaign seized on Trump’s reluctance to address the issue in his interview, and aides said the question would not go away. " +
		"The campaign has run advertisements about the issue in three states, and it plans more before the first debate next week."
	ans := askArticle(t, article, "What did the Clinton campaign say?")
	if strings.Contains(ans.Text, "isn't mentioned") {
		t.Errorf("answer text = %q: the article mentions the Clinton campaign", ans.Text)
	}
	for _, q := range ans.Quotes {
		if q.Speaker == "Donald Trump" {
			t.Errorf("Trump's words under the Clinton campaign's question: %+v", q)
		}
	}
}

func TestSpeakerAnswers(t *testing.T) {
	tests := []struct {
		name, question string
		lead           string   // ans.Text prefix
		found          bool     // ans.Found: the quotes are X's words
		want, not      []string // quote texts that must / must not appear
	}{
		{
			name:     "never quoted: says so and reports about her",
			question: "What did Ms. Park say?",
			lead:     "Ms. Park isn't quoted in this article; here is what it reports about her:",
			want:     []string{"Ms. Grace Park, the principal", "Park would remain on paid leave"},
			not:      []string{"We need answers", "Our kids deserve"},
		},
		{
			name:     "never quoted, asked in lower case",
			question: "what did grace park say about the bullying case?",
			lead:     "grace park isn't quoted in this article",
			want:     []string{"Ms. Grace Park, the principal"},
			not:      []string{"We need answers"},
		},
		{
			name:     "organisation: what it reported, quoted or not",
			question: "What did Reuters report?",
			lead:     "What Reuters reported",
			found:    true,
			want:     []string{"The district will cut 40 teaching jobs", "The cuts will fall mostly on the high schools"},
			not:      []string{"We need answers"},
		},
		{
			name:     "never mentioned",
			question: "What did Senator Warren say?",
			lead:     "Senator Warren isn't mentioned in this article.",
		},
		{
			name:     "family name shared with someone else named in full",
			question: "What did Maria Ortega say?",
			lead:     "Maria Ortega isn't mentioned in this article.",
		},
		{
			name:     "a role named beside the speaker: their words",
			question: "What did the parent say?",
			lead:     "Luis Ortega, in",
			found:    true,
			want:     []string{"We need answers"},
			not:      []string{"The cuts will fall"},
		},
		{
			name:     "a group never quoted: no one else's words instead",
			question: "What did the teachers say about the jobs?",
			lead:     "The article doesn't answer this directly; the closest passages:",
			not:      []string{"We need answers", "Our kids deserve", "The cuts will fall"},
		},
		{
			name:     "quoted person: own words only",
			question: "What did Ortega say?",
			lead:     "Luis Ortega, in",
			found:    true,
			want:     []string{"We need answers"},
			not:      []string{"The cuts will fall", "Park would remain"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans := askArticle(t, speakerArticle, tt.question)
			if ans.Found != tt.found || !strings.HasPrefix(ans.Text, tt.lead) {
				t.Fatalf("answer text = %q (found %v), want prefix %q", ans.Text, ans.Found, tt.lead)
			}
			checkQuoteTexts(t, ans, tt.want, tt.not)
		})
	}
}

// TestPassageSpeakers: a passage names whose words its sentence holds,
// including a sentence that a quotation begun in the one before runs on
// into, and reported speech; narration names no one.
func TestPassageSpeakers(t *testing.T) {
	seed, err := os.ReadFile("../testdata/sheinbaum.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, question, sentence, speaker string
	}{
		{speakerArticle, "Why do parents want answers?", "We need answers", "Luis Ortega"},
		{speakerArticle, "How many teaching jobs will be cut?", "The district will cut 40 teaching jobs", "Reuters"},
		{speakerArticle, "Why was the principal placed on leave?", "Ms. Grace Park, the principal", ""},
		{string(seed), "Is an invasion absolutely ruled out?", "That is ruled out, absolutely ruled out.", "Claudia Sheinbaum"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			e, _ := ingestText(t, tt.text)
			ps, err := e.Retrieve(t.Context(), Question{Text: tt.question, Scope: store.LocalScope}, 3)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				if strings.Contains(p.Text, tt.sentence) {
					if p.Speaker != tt.speaker {
						t.Errorf("passage %q: speaker %q, want %q", p.Text, p.Speaker, tt.speaker)
					}
					return
				}
			}
			t.Errorf("no passage holding %q among %+v", tt.sentence, ps)
		})
	}
}

// TestAnyonesWords: a question for someone's words that names no one the
// article quotes — "others", "people", or "he" with no one to refer to —
// is answered with the words the article quotes, not with "this article
// doesn't quote the others".
func TestAnyonesWords(t *testing.T) {
	e, a := ingestText(t, speakerArticle)
	someones := func(q Quote) bool {
		for _, qt := range a.Quotations {
			if qt.Speaker != "" && qt.Start < q.End && qt.End > q.Start {
				return true
			}
		}
		return false
	}
	for _, q := range []string{"What did people say?", "What did he say?", "What did others think of the principal?"} {
		ans := ask(t, e, Question{Scope: store.LocalScope, Text: q})
		if strings.Contains(ans.Text, "doesn't quote") || strings.Contains(ans.Text, "isn't") {
			t.Errorf("%s: %q", q, ans.Text)
		}
		if !slices.ContainsFunc(ans.Quotes, someones) {
			t.Errorf("%s: no one's words among %+v", q, ans.Quotes)
		}
		if q != "What did others think of the principal?" && (len(ans.Quotes) == 0 || !someones(ans.Quotes[0])) {
			t.Errorf("%s: quotes %+v, want someone's words first", q, ans.Quotes)
		}
	}
}

// TestOfficesAndDepartments: a department whose name holds a title ("State",
// "Justice") is asked about by that name and is not another department;
// someone named with their office ("Secretary of Defense Jim Mattis") is
// asked about with it or without it.
func TestOfficesAndDepartments(t *testing.T) {
	const article = `Allies weigh the new sanctions

The State Department said on Monday that it "will not comment on leaked cables."

The Justice Department said it "will appeal the ruling."

Secretary of Defense Jim Mattis said the allies were "ready for any outcome."

Officials in Brussels described the talks as routine and said more meetings would follow next month.`
	tests := []struct {
		question, lead string
		want, not      []string
	}{
		{"What did the State Department say?", "The State Department, in", []string{"will not comment on leaked cables"}, []string{"will appeal the ruling"}},
		{"what did the justice department say", "The Justice Department, in", []string{"will appeal the ruling"}, []string{"will not comment"}},
		{"What did Secretary of Defense Jim Mattis say?", "Jim Mattis, in", []string{"ready for any outcome"}, []string{"will appeal"}},
		{"What did Mattis say?", "Jim Mattis, in", []string{"ready for any outcome"}, nil},
		{"What did the Commerce Department say?", "The Commerce Department isn't mentioned", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			ans := askArticle(t, article, tt.question)
			if !strings.HasPrefix(ans.Text, tt.lead) {
				t.Fatalf("answer text = %q, want prefix %q", ans.Text, tt.lead)
			}
			checkQuoteTexts(t, ans, tt.want, tt.not)
		})
	}
}

func TestCalled(t *testing.T) {
	for _, tc := range []struct {
		name  string
		start bool
		want  string
	}{
		{"New York Times", false, "the New York Times"},
		{"State Department", true, "The State Department"},
		{"Reuters", false, "Reuters"},
		{"Claudia Sheinbaum", true, "Claudia Sheinbaum"},
		{"Clinton's campaign", false, "Clinton's campaign"},
		{"Trump campaign", false, "the Trump campaign"},
		{"Sanders' campaign", true, "Sanders' campaign"},
		{"White House", true, "The White House"},
	} {
		if got := called(tc.name, tc.start); got != tc.want {
			t.Errorf("called(%q, %v) = %q, want %q", tc.name, tc.start, got, tc.want)
		}
	}
}

func TestWhose(t *testing.T) {
	for name, want := range map[string]string{"Trump": "Trump's", "Tom Teves": "Tom Teves's", "Democrats": "Democrats'", "State Department": "the State Department's",
		"Society of Professional Journalists": "the Society of Professional Journalists'"} {
		if got := whose(name); got != want {
			t.Errorf("whose(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestInstitutionShortNames: "House" alone is not the White House, and a
// company named in full once ("Vistra Energy Corp") is its first word
// after.
func TestInstitutionShortNames(t *testing.T) {
	const article = `Coal plants close in Texas

Three Texas coal plants owned by Vistra Energy Corp are among the latest to close, bringing the number of plants that shut since 2010 to 265.

Vistra said the closures were forced by lower prices for natural gas.

House Minority Leader Nancy Pelosi said the closures showed "the market has spoken."

The White House has pledged to revive the coal industry and to roll back rules on power plants.`
	ans := askArticle(t, article, "What did the White House say?")
	if !strings.HasPrefix(ans.Text, "What the White House reported") {
		t.Errorf("answer text = %q", ans.Text)
	}
	checkQuoteTexts(t, ans, []string{"pledged to revive"}, []string{"the market has spoken"})
	ans = askArticle(t, strings.Replace(article, "has pledged", "was asked", 1), "What did the White House say?")
	checkQuoteTexts(t, ans, nil, []string{"House Minority Leader"})
	if !strings.HasPrefix(ans.Text, "The White House isn't quoted in this article") {
		t.Errorf("answer text = %q", ans.Text)
	}
	checkQuoteTexts(t, ans, nil, []string{"the market has spoken"})
	ans = askArticle(t, article, "What did Vistra Energy Corp say?")
	if !ans.Found {
		t.Errorf("answer = %q, want what Vistra said", ans.Text)
	}
	checkQuoteTexts(t, ans, []string{"Vistra said the closures were forced"}, []string{"the market has spoken"})
}

// TestNotQuotedLeavesOthersWords: an answer saying X isn't quoted shows
// what the article reports about X, not someone else's reported words
// that mention X, while it has anything else to show.
func TestNotQuotedLeavesOthersWords(t *testing.T) {
	article := "Bridge opens after two years\n\n" +
		"Mayor Ana Ruiz opened the new Harbor Bridge on Monday, two years after work began.\n\n" +
		"\"This is the best day of the year,\" said engineer Tom Reed, who led the construction crew.\n\n" +
		"Councilman Joe Diaz said Ruiz had pushed the project through over objections from the budget office.\n\n" +
		"The bridge cost $40 million and carries four lanes of traffic across the harbor."
	ans := askArticle(t, article, "What did Ana Ruiz say?")
	if ans.Found || !strings.HasPrefix(ans.Text, "Ana Ruiz isn't quoted in this article; here is what it reports about") {
		t.Fatalf("answer text = %q (found %v)", ans.Text, ans.Found)
	}
	checkQuoteTexts(t, ans, []string{"Mayor Ana Ruiz opened the new Harbor Bridge"}, []string{"Diaz said Ruiz had pushed", "best day"})
}

// TestSpeakersTogether: words two people said together answer a question
// about either, cited as both of theirs.
func TestSpeakersTogether(t *testing.T) {
	article := "Lawmakers demand answers on email deletions\n\n" +
		"House Republicans on Tuesday demanded answers from the State Department about a senior official and an email from a private server.\n\n" +
		"In a joint statement, House Oversight Committee Chairman Jason Chaffetz, R-Utah, and House Intelligence Committee Chairman Devin Nunes, R-Calif., called the official's actions \"extremely disturbing\" and \"reckless.\"\n\n" +
		"\"This is exactly the kind of behavior that erodes trust in government,\" Nunes told reporters later in the day."
	for _, tt := range []struct{ question, lead string }{
		{"What did Chaffetz say?", "Jason Chaffetz and Devin Nunes, in"},
		{"What did Devin Nunes say?", "Devin Nunes, in"},
	} {
		ans := askArticle(t, article, tt.question)
		if !ans.Found || !strings.HasPrefix(ans.Text, tt.lead) {
			t.Fatalf("%q: answer text = %q (found %v), want prefix %q", tt.question, ans.Text, ans.Found, tt.lead)
		}
		checkQuoteTexts(t, ans, []string{"extremely disturbing"}, nil)
		for _, q := range ans.Quotes {
			if strings.Contains(q.Text, "extremely disturbing") && q.Speaker != "Jason Chaffetz and Devin Nunes" {
				t.Errorf("%q: joint words cited as %q's", tt.question, q.Speaker)
			}
		}
	}
}

// TestSpeakersAskedTogether: "What did A and B say?" answers with each
// one's words, each quote cited as its speaker's, and says who of them
// the article does not quote.
func TestSpeakersAskedTogether(t *testing.T) {
	seed, err := os.ReadFile("../testdata/sheinbaum.txt")
	if err != nil {
		t.Fatal(err)
	}
	ans := askArticle(t, string(seed), "What did Sheinbaum and Rubio say?")
	if !ans.Found || !strings.HasPrefix(ans.Text, "Claudia Sheinbaum and Marco Rubio, in") {
		t.Fatalf("answer text = %q (found %v)", ans.Text, ans.Found)
	}
	speakers := map[string]bool{}
	for _, q := range ans.Quotes {
		speakers[q.Speaker] = true
	}
	if !speakers["Claudia Sheinbaum"] || !speakers["Marco Rubio"] || len(speakers) != 2 {
		t.Errorf("quotes by %v, want both Sheinbaum's and Rubio's", speakers)
	}

	// Trump is named but not quoted; Obama and Biden are not even named,
	// which the note says as an answer about them alone would.
	ans = askArticle(t, string(seed), "What did Sheinbaum and Trump say?")
	if !ans.Found || !strings.HasPrefix(ans.Text, "Claudia Sheinbaum, in") || !slices.Equal(ans.Notes, []string{"Trump isn't quoted in this article."}) {
		t.Errorf("answer text = %q, notes %q: want Sheinbaum's words and a note that Trump isn't quoted", ans.Text, ans.Notes)
	}
	ans = askArticle(t, string(seed), "What did Sheinbaum and Obama say?")
	if !ans.Found || !strings.HasPrefix(ans.Text, "Claudia Sheinbaum, in") || !slices.Equal(ans.Notes, []string{"Obama isn't mentioned in this article."}) {
		t.Errorf("answer text = %q, notes %q: want Sheinbaum's words and a note that Obama isn't mentioned", ans.Text, ans.Notes)
	}

	ans = askArticle(t, string(seed), "What did Sheinbaum, Obama, Trump and Biden say?")
	if !slices.Equal(ans.Notes, []string{"Trump isn't quoted in this article.", "Obama and Biden aren't mentioned in this article."}) {
		t.Errorf("notes %q: want one note naming both who aren't mentioned", ans.Notes)
	}

	ans = askArticle(t, string(seed), "What did Obama and Biden say?")
	if ans.Found || ans.Text != "Obama and Biden aren't mentioned in this article." {
		t.Errorf("answer text = %q (found %v)", ans.Text, ans.Found)
	}

	// A list longer than anyone asks (a hostile one) is one name no one
	// bears, not a note for every name in it.
	var names []string
	for i := range maxAskedTogether {
		names = append(names, fmt.Sprintf("Name%d Smith", i))
	}
	ans = askArticle(t, string(seed), "What did "+strings.Join(names, ", ")+" and Sheinbaum say?")
	if ans.Found || len(ans.Notes) != 0 || len(ans.Quotes) != 0 {
		t.Errorf("a list of %d names: answer %q (found %v), notes %q, %d quotes", maxAskedTogether+1, ans.Text, ans.Found, ans.Notes, len(ans.Quotes))
	}
}

// TestFatherAndSon: a father and a son of one name, told apart by the
// son's suffix, are asked about apart. "What did Trump say?" matches
// "Donald Trump Jr." by its words, but the father's words are the answer.
func TestFatherAndSon(t *testing.T) {
	const text = `Bannon book sets off a feud

Former strategist Steve Bannon called a 2016 meeting "treasonous," and President Trump hit back on Wednesday. Donald Trump Jr. attended that meeting.

"When he was fired, he not only lost his job, he lost his mind," Trump said in a statement.

Trump Jr., responding to the excerpts, said Bannon was spreading "division and lies."

"I love it," Trump Jr. replied in an email before the meeting.`
	e, _ := ingestText(t, text)
	for _, tt := range []struct {
		question  string
		want, not []string
	}{
		{"What did Trump say?", []string{"he lost his mind"}, []string{"I love it", "division and lies"}},
		{"What did Donald Trump Jr. say?", []string{"I love it"}, []string{"he lost his mind"}},
	} {
		t.Run(tt.question, func(t *testing.T) {
			checkQuoteTexts(t, ask(t, e, Question{Text: tt.question}), tt.want, tt.not)
		})
	}
	// The son never quoted: his father's words are still not his.
	e, _ = ingestText(t, `Bannon testifies

Former White House strategist Steve Bannon will testify before the House Intelligence Committee on Tuesday, and lawmakers are expected to ask him about the June 2016 meeting that Trump Jr. attended with a Russian lawyer at Trump Tower in New York. President Donald Trump has called the inquiry a hoax.

"Steve Bannon has nothing to do with me," Trump responded in a statement.`)
	t.Run("the son never quoted", func(t *testing.T) {
		checkQuoteTexts(t, ask(t, e, Question{Text: "What did Donald Trump Jr. say?"}), nil, []string{"nothing to do with me"})
	})
}

// TestDocumentIsNoRole: a document named right before someone's name ("The
// 2017 provision Trump signed") is no role of theirs, so asking what the
// document says does not answer with that person's words.
func TestDocumentIsNoRole(t *testing.T) {
	story := "Trump's blind spot on North Korea\n\nDonald Trump met Kim Jong Un in Singapore on Tuesday, and spoke to reporters afterwards about the economy of the North.\n\n" +
		"The 2017 provision Trump signed into law prohibits American companies from doing business in North Korea even if the president eases sanctions.\n\n" +
		"“It was discussed relatively briefly compared to denuclearization,” Trump told reporters."
	checkSpeakerAnswer(t, story, "What did the 2017 provision say?", "This article doesn't quote the 2017 provision", nil, []string{"discussed relatively briefly"})
}
