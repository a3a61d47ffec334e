package quotes

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/articlebot/articlebot/rag/segment"
)

// split is a small sentence splitter for tests, standing in for the
// segmenter: paragraphs at blank lines, sentences after . ! ? (and any
// closing quote marks) followed by a space and an upper-case letter or an
// opening quote, except after common abbreviations.
func split(text string) []Sentence {
	var out []Sentence
	para := 0
	add := func(s, e int) {
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, Sentence{s, e, para})
		}
	}
	pstart := 0
	for pstart < len(text) {
		pend := strings.Index(text[pstart:], "\n\n")
		if pend < 0 {
			pend = len(text)
		} else {
			pend += pstart
		}
		if strings.TrimSpace(text[pstart:pend]) != "" {
			start := pstart
			for i := pstart; i < pend; i++ {
				if c := text[i]; c != '.' && c != '!' && c != '?' {
					continue
				}
				j := i + 1
				for j < pend {
					r, size := utf8.DecodeRuneInString(text[j:])
					if r != '"' && r != '”' && r != '’' && r != '\'' && r != ')' && r != '»' {
						break
					}
					j += size
				}
				if j >= pend || !isSpaceByte(text[j]) {
					continue
				}
				k := j
				for k < pend && isSpaceByte(text[k]) {
					k++
				}
				r, _ := utf8.DecodeRuneInString(text[k:])
				if k >= pend || !(unicode.IsUpper(r) || r == '"' || r == '“' || r == '«') || abbreviation(text[start:i]) {
					continue
				}
				add(start, j)
				start = j
			}
			add(start, pend)
			para++
		}
		pstart = pend + 2
	}
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func abbreviation(before string) bool {
	w := before[strings.LastIndexAny(before, " \n\t")+1:]
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Gen", "Gov", "Rep", "Reps", "Prof", "St", "Jr", "Sr", "Lt", "Col", "Capt", "Pres":
		return true
	}
	return len(w) == 1 && unicode.IsUpper(rune(w[0]))
}

func analyze(text string) Analysis { return Analyze(text, split(text)) }

// analyzeSegmented analyzes text split by the real segmenter, for tests of
// where it ends sentences that split does not: it fails the test unless
// the segmenter finds n sentences.
func analyzeSegmented(t *testing.T, text string, n int) Analysis {
	t.Helper()
	var ss []Sentence
	for _, s := range segment.Sentences(text) {
		ss = append(ss, Sentence{Start: s.Start, End: s.End, Paragraph: s.Paragraph})
	}
	if len(ss) != n {
		t.Fatalf("%d sentences, want %d", len(ss), n)
	}
	return Analyze(text, ss)
}

func quoted(text string, an Analysis) []string {
	var qs []string
	for _, q := range an.Quotations {
		qs = append(qs, text[q.Start:q.End])
	}
	return qs
}

// find returns the quotation whose text starts with prefix.
func find(t *testing.T, text string, an Analysis, prefix string) Quotation {
	t.Helper()
	for _, q := range an.Quotations {
		if strings.HasPrefix(text[q.Start:q.End], prefix) {
			return q
		}
	}
	t.Fatalf("quotation %q not found in %q", prefix, quoted(text, an))
	return Quotation{}
}

func seed(t testing.TB) string {
	b, err := os.ReadFile("../../testdata/sheinbaum.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSeedArticle(t *testing.T) {
	text := seed(t)
	sents := split(text)
	an := Analyze(text, sents)
	tests := []struct{ quote, speaker, cue string }{
		{"The United States is not going to come to Mexico with the military,", "Claudia Sheinbaum", "said"},
		{"We co-operate, we collaborate, but there is not going to be an invasion. That is ruled out, absolutely ruled out.", "Claudia Sheinbaum", ""},
		{"that it had nothing to do with the participation of any military personnel.", "Claudia Sheinbaum", "said"},
		{"It is not part of any agreement, far from it. When it has been brought up, we have always said 'No',", "Claudia Sheinbaum", "said"},
		{"cannot be an opportunity for the US to invade our sovereignty.", "Claudia Sheinbaum", "told reporters"},
		{"It allows us to now target", "Marco Rubio", "added"},
		{"would have very serious consequences, where Mexico would stop cooperating.", "Cecilia Farfán-Méndez", "warned"},
		// Documented choice: a paragraph that is only a quotation continues
		// the previous paragraph's speaker.
		{"It would lead Mexico to ask, 'What is the incentive", "Cecilia Farfán-Méndez", ""},
	}
	for _, tc := range tests {
		t.Run(tc.quote, func(t *testing.T) {
			q := find(t, text, an, tc.quote)
			if q.Speaker != tc.speaker || q.Cue != tc.cue {
				t.Errorf("speaker, cue = %q, %q; want %q, %q", q.Speaker, q.Cue, tc.speaker, tc.cue)
			}
		})
	}
	if got, want := len(an.Quotations), len(tests); got != want {
		t.Errorf("%d quotations, want %d: %q", got, want, quoted(text, an))
	}
	t.Run("whole quotations", func(t *testing.T) {
		for _, tc := range tests[:4] {
			if q := find(t, text, an, tc.quote); text[q.Start:q.End] != tc.quote {
				t.Errorf("quotation %q, want %q", text[q.Start:q.End], tc.quote)
			}
		}
	})
	paraphrases := []struct{ prefix, speaker, cue string }{
		{"Speaking to reporters, Sheinbaum said the Mexican government", "Claudia Sheinbaum", "said"},
		{"Earlier this year, Sheinbaum told reporters", "Claudia Sheinbaum", "told reporters"},
		{"On Thursday, US Secretary of State Marco Rubio claimed", "Marco Rubio", "claimed"},
		{"The New York Times reported", "New York Times", "reported"},
		{"This development arises at a sensitive time", "Claudia Sheinbaum", "indicated"},
		{"Cecilia Farfán-Méndez, the head", "Cecilia Farfán-Méndez", "warned"},
	}
	for _, tc := range paraphrases {
		t.Run("paraphrase "+tc.prefix, func(t *testing.T) {
			for _, p := range an.Paraphrases {
				s := sents[p.Sentence]
				if strings.HasPrefix(text[s.Start:s.End], tc.prefix) {
					if p.Speaker != tc.speaker || p.Cue != tc.cue {
						t.Errorf("speaker, cue = %q, %q; want %q, %q", p.Speaker, p.Cue, tc.speaker, tc.cue)
					}
					return
				}
			}
			t.Errorf("not found among %+v", an.Paraphrases)
		})
	}
	if got, want := len(an.Paraphrases), len(paraphrases); got != want {
		t.Errorf("%d paraphrases, want %d: %+v", got, want, an.Paraphrases)
	}
	t.Run("people", func(t *testing.T) {
		var names []string
		for _, p := range an.People {
			names = append(names, p.Name)
		}
		want := []string{"Claudia Sheinbaum", "Donald Trump", "Marco Rubio", "Cecilia Farfán-Méndez"}
		if !slices.Equal(names, want) {
			t.Errorf("people = %q, want %q", names, want)
		}
		for _, p := range an.People {
			if p.Name == "Claudia Sheinbaum" && len(p.Mentions) < 5 {
				t.Errorf("Sheinbaum mentions %v: short-name mentions missed", p.Mentions)
			}
		}
	})
	checkInvariants(t, text, sents, an)
}

// checkInvariants holds for every analysis: spans in range and trimmed of
// quote marks and spaces, sentence indexes valid.
func checkInvariants(t *testing.T, text string, sents []Sentence, an Analysis) {
	t.Helper()
	for _, q := range an.Quotations {
		if q.Start < 0 || q.End > len(text) || q.Start >= q.End || q.Sentence < 0 || q.Sentence >= len(sents) {
			t.Fatalf("bad quotation %+v", q)
		}
		s := text[q.Start:q.End]
		first, _ := utf8.DecodeRuneInString(s)
		last, _ := utf8.DecodeLastRuneInString(s)
		for _, r := range []rune{first, last} {
			if unicode.IsSpace(r) || isQuoteMark(r) {
				t.Errorf("quotation %q starts or ends with %q", s, r)
			}
		}
	}
	for _, p := range an.Paraphrases {
		if p.Sentence < 0 || p.Sentence >= len(sents) || p.Speaker == "" {
			t.Fatalf("bad paraphrase %+v", p)
		}
	}
	for _, p := range an.People {
		for _, m := range p.Mentions {
			if m < 0 || m >= len(sents) {
				t.Fatalf("bad mention %+v", p)
			}
		}
	}
}

// ruleTests are the attribution rules' cases, one or more per rule;
// TestVersion reads them too.
var ruleTests = []struct {
	name, text, quote, speaker, cue string
}{
	{"said after, with title and time", `"We will win," Mayor Helen Okafor said on Friday.`, "We will win,", "Helen Okafor", "said"},
	{"verb before name", `"We are not against jobs," said Maria Chen, the alliance's director.`, "We are not against jobs", "Maria Chen", "said"},
	{"colon before quote", `Finance minister Ana Ruiz said: "No new tariffs."`, "No new tariffs.", "Ana Ruiz", "said"},
	{"partial quote after that", `Ana Ruiz said that the plan "cannot work" this year.`, "cannot work", "Ana Ruiz", "said"},
	{"told reporters that", `Ana Ruiz told reporters that the plan, which she drafted, "cannot work" this year.`, "cannot work", "Ana Ruiz", "told reporters"},
	{"no comma, added", "“Nobody is above the law” Judge Omar Haddad added.", "Nobody is above the law", "Omar Haddad", "added"},
	{"a name in someone's words says nothing of its bearer's gender", "Ambassador Kim Song said the dialogue was a “trick,” a reference to Donald Trump’s bid. “We do not need lengthy talks,” he said. Jenny Town disagreed. “Kim Song is not directly involved,” she said.", "We do not need", "Kim Song", "said"},
	{"a name in the possessive before a quotation and remarks after it", "Elijah Cummings spoke on Sunday. Cummings told ABC News that Donald Trump’s “go back” remarks brought back memories.", "go back", "Donald Trump", "comments"},
	{"a paper reports words a clause before it gives to an unnamed writer", "Elizabeth Warren spoke on Friday. “Three companies have vast power over our economy,” the ads read, according to Politico.", "Three companies", "", ""},
	{"a relative clause closed before the words leaves them to the main clause", "Joe Biden spoke. Lucy Flores described the incident, which Mr. Biden had said he did not recall, as “disqualifying,” given her account.", "disqualifying", "Lucy Flores", "described"},
	{"a pronoun after a sentence closing according to someone is theirs, not the one their words name", "Marc Short spoke. Mike Pence stayed at the hotel. The president did not order Mr. Pence to stay at his property, according to Mr. Short.\n\n“I don’t think it was a command,” he told reporters.", "I don’t think", "Marc Short", "told reporters"},
	{"a pronoun in a relative clause on an occasion is the one it is named for", "Bernie Sanders spoke on Monday. Neera Tanden was less pointed in a response to a recent Sanders radio interview where he said, “We have got to look at candidates, not by their age.”", "We have got", "Bernie Sanders", "said"},
	{"a quotation after a main clause has begun is not the opening clause's speaker's", "Robert Malley spoke. Donald Trump spoke.\n\nWhile Trump says he wants to avoid messy military entanglements, he also wants \"to project a sense not just of power but of a willingness to go the brink,\" Malley said.", "to project", "Robert Malley", "said"},
	{"a role's verb right after a quotation is its cue, not the name's that reports it", "Kristin Kasinskas lives nearby. Her neighbor was standing next to a girl.\n\n\"This is Jayme Closs!\" the neighbor said, Kasinskas told CNN.", "This is Jayme", "", "said"},
	{"a relative clause's speech verb nearer the quotation than the sentence's", "Donald Trump spoke. Mr. Trump acknowledged the gap between himself and National Security Adviser John R. Bolton, who said last weekend the administration had “no doubt” that the tests violated resolutions.", "no doubt", "John R Bolton", "said"},
	{"a relative clause going on with another verb is not the quotation's cue", "Jeb Bush spoke. Ron Kaufman, who advised George H. W. Bush and was wearing a \"Jeb!\" wristwatch, argued that voters would come around.", "Jeb!", "", ""},
	{"a relative clause closed by a comma before the quotation is not its cue", "Robert Mueller filed. Paul Manafort, who pleaded guilty in September and promised to cooperate, had lied “on a variety of subject matters.”", "on a variety", "", ""},
	{"a question in a relative clause is not the quotation's cue: the one whose comments they are", "Louis Farrakhan spoke. The question came from co-host Meghan McCain, who asked about Mr. Farrakhan’s comments on “wicked Jews” and more.", "wicked Jews", "Louis Farrakhan", "comments"},
	{"a relative clause closed by a comma is not the cue of a quotation after it", "Jane Doe spoke. Aides to Sen. Jane Doe, who testified on Monday, were “deeply worried.”", "deeply worried", "", ""},
	{"a plea in a relative clause is no speech", "Paul Manafort spoke. The judge sentenced Rick Gates, who pleaded guilty to “conspiracy against the United States” last year.", "conspiracy against", "", ""},
	{"a question in a relative clause is not its quotation's speaker's", "Louis Farrakhan spoke. The question came from co-host Meghan McCain, who asked him about “wicked Jews” last week.", "wicked Jews", "", ""},
	{"a quotation right after a relative clause's verb is a title", "George Bush spoke. The choice was none of the above, said Mark K. Updegrove, who wrote “The Last Republicans” with the cooperation of the two Bushes.", "The Last Republicans", "", ""},
	{"a nickname inside a name is no one's words", "Tom Brady spoke first. Secret Service Director R.D. “Tex” Alles urged employees to stay calm.", "Tex", "", ""},
	{"a heading in capitals between paragraphs is no one's words", "Gordy Tormohlen runs a dealership.\n\n“Lenders are going to have a problem when the economy turns,” Tormohlen says.\n\n“LIVE BEYOND YOUR MEANS”\n\nExpensive older used cars are making it worse.", "LIVE BEYOND", "", ""},
	{"a campaign named for someone, introducing words with a colon, is not that someone", "Donald J. Trump won. The Trump campaign issues a flat denial: “We have no knowledge of any of this.”", "We have no knowledge", "", ""},
	{"a report's words a paper's source passes on are not the source's", "William Barr released a letter. Robert Mueller wrote the report. “The evidence does not establish that members of the campaign conspired,” Mueller's report concluded, according to Barr.", "The evidence", "", ""},
	{"alleges is a speech verb", "Ana Ruiz filed suit on Monday. Ruiz alleges that the plan “cannot work.”", "cannot work", "Ana Ruiz", "alleges"},
	{"a quotation in an opening clause whose subject someone named has", "Josh Hawley spoke on Monday. While Hawley’s bill alleges that social media features “impede freedom of choice,” Daisy Soderberg-Rivkin, a fellow at R Street Institute, said the bill was wrong.", "impede freedom", "", ""},
	{"a name joined to others of a group it belongs to", "Rep. Adam Smith spoke on Sunday. Smith and other Democrats called on Trump to reopen the government, as well \"start paying our border patrol agents.\"", "start paying", "Adam Smith", "called"},
	{"he is no group", "Democrats said the plan “will fail.” “It is over,” he said.", "It is over", "", "said"},
	{"recalled hearing from someone else", "Tom Courtney spoke on Monday. “I’m working for Tom Steyer,” Courtney recalled hearing from the aide.", "I’m working", "", ""},
	{"pronoun, previous subject", "Ana Ruiz spoke on Monday.\n\n\"It is over,\" she said.", "It is over", "Ana Ruiz", "said"},
	{"pronoun in the same paragraph", "Councillor David Brandt voted against the plan. \"It will run over budget,\" he said.", "It will run over budget", "David Brandt", "said"},
	{"he skips a woman", "Mr. Pedro Gomez met Ms. Ana Ruiz on Monday. \"It is over,\" he said.", "It is over", "Pedro Gomez", "said"},
	{"she skips a man", "Ms. Ana Ruiz met Mr. Pedro Gomez on Monday. Mr. Gomez left early. \"It is over,\" she said.", "It is over", "Ana Ruiz", "said"},
	{"pronoun prefers the last speaker to a later mention", "\"We won,\" said Ana Ruiz, citing a count by Pedro Gomez. \"It is final,\" she said.", "It is final", "Ana Ruiz", "said"},
	{"short name resolved", "Minister Pavel Novak spoke first.\n\n\"We are ready,\" Novak added.", "We are ready", "Pavel Novak", "added"},
	{"an office after a title and of", "Secretary of Defense Jim Mattis said \"We are ready.\"", "We are ready", "Jim Mattis", "said"},
	{"an office of several words", "Secretary of Homeland Security John Kelly spoke. \"It works,\" Kelly said.", "It works", "John Kelly", "said"},
	{"an office with the, after the verb", "\"We will pass it,\" said Speaker of the House Paul Ryan.", "We will pass it", "Paul Ryan", "said"},
	{"an office before a given name we do not know", "Secretary of State Condoleezza Rice said \"We are ready.\"", "We are ready", "Condoleezza Rice", "said"},
	{"a department whose name holds a title", "The State Department said it \"will not comment.\"", "will not comment", "State Department", "said"},
	{"chief of staff is a title", "White House Chief of Staff John Kelly spoke on Monday. \"It is over,\" Kelly said.", "It is over", "John Kelly", "said"},
	{"a plural title", "Senators Heidi Heitkamp and Joe Donnelly spoke. \"We are open to talks,\" Heitkamp said.", "We are open", "Heidi Heitkamp", "said"},
	{"a name in a fronted phrase is not the subject", "Jim Mattis met leaders. In his talks with Mattis, Prime Minister Shahid Abbasi said the allies shared goals. \"We are committed,\" he said.", "We are committed", "Shahid Abbasi", "said"},
	{"a participle after a quotation that ends in a comma", "Roy Moore spoke on Monday. Moore called the claims a bid to “silence conservatives like you and me,” adding “I will never give up!”", "I will never give up", "Roy Moore", "adding"},
	{"a long fronted phrase before the subject of a participle", "Ana Ruiz met Roy Moore. In a series of Twitter posts later in the day, Moore dismissed the claims, saying: “I will never give up!”", "I will never give up", "Roy Moore", "saying"},
	{"run-together paragraphs: the narration's named subject, not the last speaker", "\"We won,\" Ana Ruiz said. Pedro Gomez hailed the result as a \"big win for voters in the north.\" The vote was held on Monday. Turnout was high. The count took a day. Observers watched it. The result was certified. Rivals conceded.", "big win", "Pedro Gomez", ""},
	{"the newspaper speaking is no one named", "\"We back it,\" said Matt Lloyd. The newspaper said the documents now call it \"sexual risk avoidance.\"", "sexual risk", "", ""},
	{"a paper reporting the words is not their speaker", "Roy Moore spoke in Gallant. Moore told reporters that the accusations are \"absolutely false,\" the Birmingham News reported.", "absolutely false", "Roy Moore", "told reporters"},
	{"a participle after an adverb, past a fronted question", "Paul Ryan spoke on Monday. Asked later about the report, Ryan spokeswoman AshLee Strong did not deny it, instead saying: \"This is pure speculation.\"", "This is pure", "AshLee Strong", "saying"},
	{"run-together paragraphs: the narration's named subject, sentences away", "\"We won,\" Ana Ruiz said. The vote was held on Monday. Turnout was high. The count took a day. Observers watched it. Pedro Gomez hailed the result as a \"big win for voters in the north.\" The result was certified. Rivals conceded.", "big win", "Pedro Gomez", ""},
	{"a role with a party after the quotation", "Nancy Pelosi and Donald Trump met. \"We want a deal,\" Pelosi said. \"I don't see a deal!\" the Republican president wrote on Twitter.", "I don't see", "", "wrote"},
	{"a country is no one's antecedent", "Donald Trump spoke in Seoul, where North Korea fired a missile on Monday. \"We will not allow it,\" he said.", "We will not", "Donald Trump", "said"},
	{"a document with a place name after the quotation", "Heather Steans spoke on Monday. \"We are ready,\" Steans said. \"Every industry has its own version of the casting couch,\" the Illinois letter said.", "Every industry", "", "said"},
	{"a participle's subject past a relative clause", "Susan Collins spoke first. Senator John McCain, who was central to the repeal earlier this year, was non-committal on the plan, saying: \"I want to see the whole bill.\"", "I want to see", "John McCain", "saying"},
	{"a nickname someone is called is no one's words", "Alicia Machado spoke on Monday. She said that Trump called her \"Miss Piggy\" for years.", "Miss Piggy", "", ""},
	{"a nickname is no one new to take a family name", "Martha McSally will face Democrat Kyrsten Sinema. McSally spoke first. She nicknamed her opponent “Hollywood Sinema” in a jab. In a statement, Sinema made no mention of McSally. She also honored McCain.\n\n“Tonight, we look ahead,” she said.", "Tonight", "Kyrsten Sinema", "said"},
	{"allies of someone with a title are not that someone", "Donald Trump spoke on Monday. Republican allies of President Donald Trump said the inquiry was “a witch hunt.”", "a witch hunt", "", ""},
	{"an attorney for someone with a title is not that someone", "Donald Trump spoke on Monday. An attorney for President Trump, Rudy Giuliani, said Cohen was “a liar.”", "a liar", "Rudy Giuliani", "said"},
	{"a pronoun subject after an opening clause stands for its antecedent", "Beto O’Rourke faced Ted Cruz. While Mr. O’Rourke remained calm, he struck at Mr. Cruz more forcefully.\n\n“You’re all talk,” he said.", "You’re all talk", "Beto O’Rourke", "said"},
	{"a programme whose name holds an @ is a title", "Ben Sasse spoke on Monday.\n\n“Those hearings were a circus,” Sen. Ben Sasse said on “Fox News @ Night.”", "Fox News @ Night", "", ""},
	{"a speaker who names himself in his words is still their speaker", "Joe Biden walked up to the altar at his friend John McCain's funeral.\n\n\"My name's Joe Biden,\" he said.", "My name", "Joe Biden", "said"},
	{"where someone was born is not part of their name", "The gunman was identified by prosecutors as Morocco-born Redouane Lakdim.\n\n“I am a soldier,” Lakdim said.", "I am a soldier", "Redouane Lakdim", "said"},
	{"a report inside a report is not the reporter's", "Prosecutor Francois Molins spoke on Friday. The gunman was Redouane Lakdim.\n\nLakdim went to a supermarket.\n\nHe shouted “God is great!” and said he was a “soldier of the state” as he entered the store, Molins said.", "soldier of", "", ""},
	{"a title before a name is not part of it", "Senate Majority Whip John Cornyn spoke on Monday, and so did Special Counsel Robert Mueller.\n\n“We are done,” Mueller said.", "We are done", "Robert Mueller", "said"},
	{"the owner of those who wrote is not the author", "Christine Blasey Ford and Brett Kavanaugh testified.\n\n“We are profoundly disappointed,” the statement from Ford's attorneys reads.", "We are profoundly", "", ""},
	{"a letter's author named long before the quotation", "Christine Blasey Ford testified. A Justice Department spokeswoman said the FBI — which has added a letter from Christine Blasey Ford to the file — had already done all it was going to do, because “the allegation does not involve any federal crime.”", "the allegation", "", ""},
	{"a question whose asker comes before it is not the answerer's", "Greg Andres questioned Rick Gates on Tuesday.\n\nAndres asked: “Was he having trouble paying his bills?” Gates replied: “He was.”", "Was he having", "Greg Andres", "asked"},
	{"an owner before a name, after the, is not the person's", "Andrew Cuomo wrote an op-ed.\n\nThe Federalist's David Harsanyi concedes that family separation is “callous and ineffective” but he says “its existence does not excuse moral panic.”", "its existence", "David Harsanyi", "says"},
	{"a bare family name that speaks, beside another of the family named in full", "Trump spoke to reporters on Friday.\n\nTrump said he had a list of 3,000 names.\n\nHe also said first lady Melania Trump wanted to join him, but that “she can't fly for one month.”", "she can't fly", "Trump", "said"},
	{"a programme someone spoke on, in a phrase opening the sentence", "Oliver North spoke.\n\nSpeaking on “Fox News Sunday,” NRA President Oliver North said students should not be afraid.", "Fox News Sunday", "", ""},
	{"words someone calls another's words are the caller's", "Steve Bannon spoke. Sarah Sanders spoke too.\n\nPress secretary Sarah Huckabee Sanders called Bannon’s accusation of treason “ridiculous.”", "ridiculous", "Sarah Huckabee Sanders", "called"},
	{"what someone was introduced as is a term", "Conor Lamb won.\n\nLamb told supporters at his election night party that he had won, after he was introduced as \"congressman-elect.\"", "congressman-elect", "", ""},
	{"a nickname after the word", "Ted Cruz spoke. Trump taunted the senator with the nickname \"Lyin' Ted,\" Cruz said.", "Lyin' Ted", "", ""},
	{"the words of the one whose comments they are", "Hillary Clinton spoke on Friday. \"It was wrong,\" Donald Trump said, pointing to Clinton's comments that half his supporters belong in a \"basket of deplorables.\"", "basket of", "Hillary Clinton", "comments"},
	{"a month is no one", "\"Children must not fight,\" said the July 28 memo. \"No one likes it,\" she said.", "No one likes", "", "said"},
	{"said one person after the quotation is someone new", "\"We won,\" Ana Ruiz said. \"It was close,\" said one person with close ties to the campaign.", "It was close", "", ""},
	{"said the aide after the quotation is no one named", "Ana Ruiz spoke on Monday. \"We won,\" she said. \"It was close,\" said the aide, who spoke on condition of anonymity.", "It was close", "", "said"},
	{"run-together paragraphs: a quotation sentences away is not the last speaker's", "\"We won,\" Ana Ruiz said. The vote was held on Monday. Turnout was high. The count took a day. Observers watched it. The result was certified. Rivals conceded. Markets rose. The group praised the result as a \"big win for voters.\"", "big win", "", ""},
	{"run-together paragraphs: the next sentence goes on with the speaker", "\"We won,\" Ana Ruiz said. \"It was close.\" The vote was held on Monday. Turnout was high. The count took a day. Observers watched it. The result was certified. Rivals conceded.", "It was close", "Ana Ruiz", ""},
	{"a family name two bear means the article's subject", "Hillary Clinton spoke in Ohio.\n\nShe met voters.\n\nChelsea Clinton was there too.\n\nAides prepared.\n\nThe crowd waited.\n\n\"We will win,\" Clinton said.", "We will win", "Hillary Clinton", "said"},
	{"a family name of a couple named in full again and again stays short", "Hillary Clinton spoke.\n\nBill Clinton waved.\n\nBill Clinton left.\n\nAides prepared.\n\nThe crowd waited.\n\n\"We will win,\" Clinton said.", "We will win", "Clinton", "said"},
	{"narration with a speech verb of its own does not go on with the last speaker", "\"Time is running out,\" Ana Ruiz said. A party aide confirmed, separately, that the group was holding up nominations \"because they want assurances.\"", "because they want", "", ""},
	{"the last speaker's words end their sentence, and the next sentence's narration has a speaker of its own", "Ana Ruiz said: \"We won.\" Democrats in the Senate confirmed, separately, that they were holding up nominations \"because they want assurances.\"", "because they want", "", ""},
	{"he skips a woman whose given name only the census knows", "Lars Bauer spoke first. Simone Wendel visited the town. \"They grow them well,\" he told her.", "They grow them", "Lars Bauer", "told"},
	{"a name qualifying a definite role after the verb", "Donald Trump met George Papadopoulos. \"God knows what this guy is going to say now,\" said the former Trump campaign adviser.", "God knows", "", ""},
	{"an adverb after a name is no role", "Pedro Gomez met Ana Ruiz. \"It is late,\" said the tired Ana Ruiz quietly.", "It is late", "Ana Ruiz", "said"},
	{"a word the narration defines is no one's words", "\"You come to Paterson for your halal breads,\" Ramy Elhelw said. \"Halal\" refers to food allowed under Islamic dietary laws.", "Halal", "", ""},
	{"a pronoun after a question asked is the one asked", "Chris Wallace interviewed Donald Trump on Sunday. Where, Wallace asked, does Mr. Trump stand on climate change? \"Nobody really knows,\" he said.", "Nobody really knows", "Donald Trump", "said"},
	{"President-elect is a title, and she skips the man it names", "President-elect Donald Trump met Oprah Winfrey. \"It was very pleasant,\" she said.", "It was very pleasant", "Oprah Winfrey", "said"},
	{"a name qualifying an unnamed speaker after the verb", "Ana Ruiz spoke first. \"We are ready,\" said one longtime Ruiz ally.", "We are ready", "", ""},
	{"a show's title with an ampersand", "“She was the winner,” Donald Trump said on Fox News’ “Fox & Friends.”", "Fox & Friends.", "", ""},
	{"a show's title with an ampersand joined to a word", "“He didn’t ask,” Donald Trump told “Fox &Friends” this morning.", "Fox &Friends", "", ""},
	{"a show's title after during", "James Woolsey told CNN during \"At This Hour\" that it was a \"clumsy analogy.\"", "At This Hour", "", ""},
	{"an aside in parentheses after a quotation is no cue", "Khizr Khan spoke at the convention. Donald Trump replied. \"She had nothing to say,\" Trump said. \"Maybe she wasn't allowed to speak.\" (A day later, Mrs. Khan explained in an op-ed that she had been silenced by grief.)", "Maybe she wasn't allowed to speak.", "Donald Trump", ""},
	{"a title's gender picks the family name's bearer", "James Holmes was charged. His mother, Mary Holmes, was woken early. Mr. Holmes stayed silent. When Ms. Holmes told a reporter, \"Yes you have the right person,\" she meant herself.", "Yes you have the right person,", "Mary Holmes", "told"},
	{"an unnamed speaker with a relative clause naming someone", "Bridget Kelly ran the office. Last month, a former Christie staffer, who worked underneath Kelly, claimed that he \"flat out lied\" about it.", "flat out lied", "", ""},
	{"a pronoun skips a name in the previous sentence's opening clause", "David Kittos took the photo.\n\nIf he could talk to Donald Trump, Kittos said he would ask him to apologize. \"But I don't expect he will do that,\" he said.", "But I don't expect he will do that,", "David Kittos", "said"},
	{"a show's title after an acronym's possessive", "Reince Priebus said Sunday on CBS' \"Face the Nation\" that the party would unite.", "Face the Nation", "", ""},
	{"words named as someone's remark are not the cue's", "Harry Reid mocked him. Donald Trump responded to the \"slim and trim\" comment in an interview.", "slim and trim", "", ""},
	{"a show's title before a medium and a work", "“We don’t know the facts,” Kellyanne Conway told Brian Kilmeade on his \"Kilmeade & Friends\" radio program.", "Kilmeade & Friends", "", ""},
	{"a quotation set off by dashes is the sentence subject's", "John Lewis spoke on MSNBC.\n\nDonald Trump regularly brings up his outreach to blacks — “What do you have to lose?” he says — to largely white audiences.", "What do you have to lose?", "Donald Trump", "says"},
	{"a state delegate's title is no name", "Charles Poindexter filed the bill.\n\nDelegate Poindexter tends to agree with Jones.\n\nThe session ended.\n\nThe vote was close.\n\nSpeaking by phone from his farm, Poindexter isn’t ready to surrender. \"Where do you stop?\" he says.", "Where do you stop?", "Charles Poindexter", "says"},
	{"a name in a fronted participle clause is not the subject", "Donald Trump spoke on Monday.\n\nSpeaking at a restaurant and bar in Anderson Township, Ohio, former Alaska Gov. Sarah Palin defended his claims.\n\n\"Of course he gets crucified by the press,\" she said.", "Of course he gets crucified by the press,", "Sarah Palin", "said"},
	{"interjected", "“Donald, she has a name,” Hillary Clinton said, as Donald Trump interjected, saying, “Where did you find this?”", "Where did you find this?", "Donald Trump", "interjected"},
	{"a possessive qualifying someone's people is no antecedent", "Hillary Clinton debated Donald Trump.\n\nJennifer Palmieri, Clinton’s campaign communications director, used the same word. Clinton’s surrogates stuck to their talking points. “We thought he would hold it together,” she said.", "We thought he would hold it together,", "Jennifer Palmieri", "said"},
	{"short name of two people stays short", "Anna Novak and Pavel Novak spoke.\n\n\"We are ready,\" Novak added.", "We are ready", "Novak", "added"},
	{"continuation in the paragraph", `"First part," Sam Reyes said. "Second part."`, "Second part.", "Sam Reyes", ""},
	{"attribution in the middle", `"The harbor is dying," Sam Reyes said. "We need help. We need it now," he added.`, "We need help.", "Sam Reyes", "added"},
	{"quote runs on into the next paragraph", "\"The work starts now,\" said Mayor Helen Okafor. \"We begin with the pier.\n\n\"Then we fix the roads.\"", "Then we fix the roads.", "Helen Okafor", ""},
	{"run-on quote attributed later", "\"The harbor is dying.\n\n\"We need help now,\" Sam Reyes said.", "The harbor is dying.", "Sam Reyes", ""},
	{"nested single quotes stay inside", `"We have always said 'No' to them," Ana Ruiz said.`, "We have always said 'No' to them,", "Ana Ruiz", "said"},
	{"curly quotes", "“Measles finds every gap,” said Dr. Lena Varga.", "Measles finds every gap", "Lena Varga", "said"},
	{"appositive subject", `"Parents should decide," the group's spokesman, Tomas Weber, told local radio.`, "Parents should decide", "Tomas Weber", "told local radio"},
	{"guillemets", "Luis Ortega said: «Nunca.»", "Nunca.", "Luis Ortega", "said"},
	{"scare quotes unattributed", `The so-called "peace plan" was criticised.`, "peace plan", "", ""},
	{"according to", `The fund is "a promise, not a public relations exercise," according to Helen Okafor.`, "a promise, not a public relations exercise", "Helen Okafor", "according to"},
	{"apostrophes are not quotes", `Trump's plan, which don't work, and the '90s "boom" ended.`, "boom", "", ""},
	{"organisation speaker", `"Rates will rise," the Central Bank said.`, "Rates will rise", "Central Bank", "said"},
	{"they is not a person", "Ana Ruiz and Pedro Gomez met. \"We agree,\" they said.", "We agree", "", "said"},
	// The constructions of issue 9.
	{"suffix, party and state", `"We will not back down," Rep. Jane Doe III (D-Ore.) said Tuesday.`, "We will not back down,", "Jane Doe", "said"},
	{"suffix and state between commas", `Sen. Robert Hale Jr., R-Idaho, said: "The mills need wood."`, "The mills need wood.", "Robert Hale", "said"},
	{"verb before a role", `"The plant is safe," said spokeswoman Maria Lopez.`, "The plant is safe,", "Maria Lopez", "said"},
	{"verb before a two-word role", `"We followed every rule," said company spokesman Dev Patel.`, "We followed every rule,", "Dev Patel", "said"},
	{"verb then a clause is no role", `"It is done," said on Friday that Dev Patel agreed.`, "It is done,", "", ""},
	{"implored", `"Think of the children," Anna Kowalski implored the council.`, "Think of the children,", "Anna Kowalski", "implored"},
	{"demanded", `"Show us the study," Victor Osei demanded.`, "Show us the study,", "Victor Osei", "demanded"},
	{"responded", `"It is online," Mayor Linda Brooks responded.`, "It is online,", "Linda Brooks", "responded"},
	{"shouted after an exclamation", "Anna Kowalski stood up. \"Then read it!\" Kowalski shouted.", "Then read it!", "Anna Kowalski", "shouted"},
	{"tweeted", `"Proud of our council," Linda Brooks tweeted.`, "Proud of our council,", "Linda Brooks", "tweeted"},
	{"testified", `"I never saw the money," Gregory Lane testified.`, "I never saw the money,", "Gregory Lane", "testified"},
	{"pleaded, verb first", `"Reconsider," pleaded Victor Osei.`, "Reconsider,", "Victor Osei", "pleaded"},
	{"she skips a man by his given name", "Michael Grant and Sarah Lindqvist founded the firm. \"I wanted to build something new,\" she said.", "I wanted to build", "Sarah Lindqvist", "said"},
	{"a title outranks the given name", "Ms. Leslie Hart met Ms. Jordan Lee. \"We agreed,\" she said.", "We agreed", "Leslie Hart", "said"},
	{"pronoun skips a name inside the quotation", "Dan Whitfield cut the budget.\n\nCarla Nunez leads the union. \"When I met Whitfield, nothing came of it,\" she said.", "When I met Whitfield", "Carla Nunez", "said"},
	{"name inside the quotation is not its speaker", `"I told Governor Dan Whitfield we would not wait," union president Carla Nunez said.`, "I told Governor", "Carla Nunez", "said"},
	{"email's author, not its recipient", `In an email to Mayor Tom Reed, Fire Chief Lisa Park wrote: "We need trucks."`, "We need trucks.", "Lisa Park", "wrote"},
	{"email received from its author", `Mayor Tom Reed received an email from Fire Chief Lisa Park: "We need trucks."`, "We need trucks.", "Lisa Park", "wrote"},
	{"email read from its author", `"Your numbers are wrong," read an email from council member Joe Kim to Lisa Park.`, "Your numbers are wrong,", "Joe Kim", "wrote"},
	{"email sent to someone has no author", `An email sent to Joe Kim said: "The audit is due."`, "The audit is due.", "", ""},
	{"show title after an attributed quote", `"We are not raising taxes," Karen Walsh said in an interview with "Meet the Press."`, "Meet the Press.", "", ""},
	{"show title after a possessive", `Paul Young said so. He spoke on CNN's "State of the Union" on Sunday.`, "State of the Union", "", ""},
	{"a title named again where nothing says so", "James Comey writes in “A Higher Loyalty: Truth, Lies and Leadership” that he has regrets.\n\nBut in “A Higher Loyalty,” Comey says the wording was wrong.", "A Higher Loyalty,", "", ""},
	{"a title after its work and author", "Trump ordered a strike. A new book by Watergate reporter Bob Woodward, “Fear: Trump in the White House”, says Trump told his defense secretary that he wanted to act.", "Fear: Trump in the White House", "", ""},
	{"someone's comments that would be something are the speaker's words about them", "Ben Sasse said Trump’s comments on eliminating tariffs among G7 nations would be “tremendous news” if he is serious.", "tremendous news", "Ben Sasse", "said"},
	{"an organisation's quoted name", "“We need more veterans in this country,” said Rye Barcott, a former Marine and founder of the super PAC “With Honor.” The organization endorsed them.", "With Honor.", "", ""},
	{"an event's title", "“It had nothing to do with the international stuff,” Steve Bannon said at the Financial Times “Future of News” event last week.", "Future of News", "", ""},
	{"song title", `Karen Walsh said little and played the song "Born to Run" at the rally.`, "Born to Run", "", ""},
	{"programme told", `Karen Walsh told "60 Minutes" that she would never raise taxes.`, "60 Minutes", "", ""},
	{"a pronoun opening what a shared family name says picks its bearer by gender", "Hillary Clinton won the primary.\n\nAides cheered.\n\nThe crowd waited.\n\nBill Clinton waved from the stage. Clinton said she “applauded Senator Sanders” for his campaign.", "applauded Senator Sanders", "Hillary Clinton", "said"},
	{"a family name a man bore before a woman of it was named stays his", "The nominee was sworn in.\n\nOn the plane, Trump said he was “very happy” about the vote.\n\nFirst lady Melania Trump praised the nominee.\n\n“I think she will never recover from this,” Trump said.", "I think she will never recover", "Trump", "said"},
	{"a son the article calls by his suffix is not the family name alone", "President Trump attacked Steve Bannon on Wednesday. Donald Trump Jr. was at the 2016 meeting.\n\nTrump Jr. replied in an email, “I love it.”\n\n“He lost his mind,” Trump said.", "He lost his mind", "Trump", "said"},
	{"a son told apart by his suffix has his own words", "President Trump attacked Steve Bannon on Wednesday. Donald Trump Jr. was at the 2016 meeting.\n\nTrump Jr. replied in an email, “I love it.”\n\n“He lost his mind,” Trump said.", "I love it.", "Donald Trump Jr.", "replied"},
	{"a father and a son named in full are two", "President Donald Trump spoke on Monday. Donald Trump Jr. spoke too.\n\nAs Trump Jr. often does, he took questions.\n\n“Never,” Donald Trump Jr. said.", "Never", "Donald Trump Jr.", "said"},
	{"a pronoun after a sentence opening with its source", "President Donald Trump visited Iraq on Wednesday. Retired Rear Adm. John Kirby, a former Pentagon spokesman, has criticized the president before.\n\n\"The president has blurred the line,\" according to Kirby.\n\nAccording to Kirby, Trump's actions during the trip to Iraq stem from his misguided understanding of the military.\n\n\"He conflates the obedience of the troops with political alignment,\" he said.", "He conflates the obedience", "John Kirby", "said"},
	{"a participle's clause whose predicate the quotation goes on with", "President Donald Trump reignited the feud with Khan in an interview, saying the Mayor of London “has done a terrible job” when it comes to crime.", "has done a terrible job", "Donald Trump", "saying"},
	{"a participle's clause quoting a name", "President Donald Trump praised his aides on Monday, adding that he has always been “Never Hillary.”", "Never Hillary.", "", ""},
	{"the one put to answers, to which she responded", "Lesley Stahl interviewed Education Secretary Betsy DeVos on Sunday.\n\nStahl also recommended that DeVos visit schools that are underperforming, to which she responded, \"Maybe I should. Yes.\"", "Maybe I should. Yes.", "Betsy DeVos", "responded"},
	{"the one asked answers, to which he replied", "Reporters met President Donald Trump and Sen. Ted Cruz on Monday.\n\nTrump was pressed on Cruz’s plans, to which he replied, \"I hope not.\"", "I hope not.", "Donald Trump", "replied"},
	{"a pronoun in a clause of its own after the subject", "Senate Appropriations Committee Chairman Richard Shelby warned that a self-pardon wouldn’t be a good idea.\n\n“A governor can appoint himself to the U.S. Senate, but it hasn’t worked out very well,” he added.\n\nPresident Donald Trump set off a legal debate earlier Monday when, citing “numerous legal scholars,” he asserted on Twitter broad power to pardon himself.", "numerous legal scholars", "Donald Trump", "asserted"},
	{"a quotation labelling something in an opening clause", "President Donald Trump met European leaders on Monday.\n\nAfter Trump labeled the EU a “foe of the United States,” Donald Tusk, president of the European Council, responded on Twitter.", "foe of the United States,", "Donald Trump", "labeled"},
	{"a quotation a relative clause's speaker speaks of", "Justice Brett Kavanaugh wrote the opinion.\n\nSenate Minority Leader Chuck Schumer proposed a “very short-term” bill to keep the government running, which he said could pass “by the end of the week.”", "very short-term", "", ""},
	{"a plural title before a name", "Associate Justice Brett Kavanaugh wrote the opinion. Associate Justices Clarence Thomas and Neil Gorsuch dissented.\n\n“The court is wrong,” Thomas said.", "The court is wrong", "Clarence Thomas", "said"},
	{"a name in a clause of time opening the sentence before is not the antecedent", "Gov. Ralph Northam apologized on Friday. House Speaker Kirk Cox spoke on Monday.\n\nShortly after the Northam scandal broke, Cox called for the governor to resign. Late Wednesday, he called for a “full airing of the facts” surrounding the accusations.", "full airing of the facts", "Kirk Cox", "called"},
	{"a book after author of, however cased", "“Many of the incidents turned out to be hoaxes,” said Wilfred Reilly, author of “Hate Crime Hoax: How the Left is Selling a Fake Race War.”", "Hate Crime Hoax", "", ""},
	{"one person however the article accents the name", "Resident Commissioner Jenniffer Gonzalez listens to Thomas Rivera Schatz.\n\nSchatz backed Jenniffer González. Gov. Wanda Vázquez said she would stay.\n\nGonzález said the leaders called her last weekend.\n\n“It’s time that people become the priority,” she said.", "It’s time", "Jenniffer Gonzalez", "said"},
	{"a later sentence about someone else named is not the last speaker going on", "Susan Collins, a senator from Maine, said the tweets were “way over the line” and should be taken down. Tim Scott of South Carolina, the only black Republican senator, criticised Trump’s “unacceptable personal attacks and racially offensive language”.", "unacceptable personal attacks", "", ""},
	{"a later sentence's subject with a role set off by commas", "Sen. John Thune said the bill was “dead on arrival.” Tim Scott, the only black Republican senator, criticised the bill's “unacceptable personal attacks and racially offensive language”.", "unacceptable personal attacks", "", ""},
	{"a programme named between the verb and the words", "Podesta spoke on Sunday, while Clinton’s running mate, Sen. Tim Kaine (D-Va.), asserted on ABC’s “This Week” that it was “completely unprecedented.”", "completely unprecedented.", "Tim Kaine", "asserted"},
	{"a quotation between the verb and the words", "Lee said the plan was “a disaster” and that it was “dead on arrival.”", "dead on arrival.", "Lee", ""},
	{"a son named in full after the family name alone is another", "NBC pulled the ad on Monday.\n\nWhen asked about the ad, Trump said, “Well, a lot of things are offensive.”\n\nThe next day, Donald Trump Jr. complained that CNN “refused to run” it.", "Well, a lot of things are offensive.", "Trump", "said"},
	{"a son so named has his own words", "NBC pulled the ad on Monday.\n\nWhen asked about the ad, Trump said, “Well, a lot of things are offensive.”\n\nThe next day, Donald Trump Jr. complained that CNN “refused to run” it.", "refused to run", "Donald Trump Jr.", "complained"},
	{"a son named in full first is the family name after", "Donald Trump Jr. spoke in Ohio on Monday.\n\n“We will win,” Trump said.", "We will win", "Donald Trump", "said"},
	{"a lead paragraph is no title", "Donald Trump Jr. and his father, President Trump, spoke. Trump Jr. was first.\n\n“Never,” Trump said.", "Never", "Trump", "said"},
	{"a suffix in the title tells no one apart", "Trump Jr. defends Skittles tweet\n\nBOISE, Idaho (CNN)Donald Trump Jr. said Thursday he was surprised.\n\n“People will make what they want of anything,” Trump told reporters.", "People will make what they want", "Donald Trump", "told reporters"},
	{"a family name is its bearer's, not a run's that holds it first", "Ted Cruz and Donald Trump debated. Trump Joel Benenson, said a caption.\n\nThen the third paragraph came. And a fourth.\n\nMore text here.\n\n“We will win,” Trump said.", "We will win", "Donald Trump", "said"},
	{"a family name that is also a title is its bearer's", "Brett Kavanaugh denied the claims. His friend Mark Judge was at the party.\n\nJudge has said little.\n\nIn his statement Friday, Judge said he did not recall the parties. “The allegations are so bizarre that I would remember them,” he said.", "The allegations are so bizarre", "Mark Judge", "said"},
	{"a pronoun after a fronted clause is the clause's pronoun, not the name it speaks of", "Donald Trump met Vladimir Putin in Helsinki.\n\nPaul Ryan spoke to reporters on Tuesday. When asked whether he thought Trump was treasonous, he responded: “I do not.”", "I do not.", "Paul Ryan", "responded"},
	{"a pronoun opening what a family name says leaves its one bearer", "Bill Clinton waved from the stage. Clinton said she “applauded Senator Sanders” for his campaign.", "applauded Senator Sanders", "Bill Clinton", "said"},
	{"barked", "Lester Holt sat still when Donald Trump barked “Wrong” as Hillary Clinton spoke.", "Wrong", "Donald Trump", "barked"},
	{"a title before its work in apposition", "“To us,” Shimon Peres wrote in “The Imaginary Voyage,” his 2000 book about him, “Herzl was exceptional.”", "The Imaginary Voyage,", "", ""},
	{"a pronoun is not the nearest name sentences back, when gender does not pick it", "Michael Dukakis debated in 1988.\n\nBernard Shaw asked about the death penalty, and the public saw the answer as cold. Later it was clear. “I found the question fair,” he said.", "I found the question fair", "", "said"},
	{"a pronoun is the nearest name of its gender when the article names the other gender too", "Ms. Ana Ruiz met Mr. Pedro Gomez on Monday. The talks went on. \"It is over,\" she said.", "It is over", "Ana Ruiz", "said"},
	{"a pronoun is not the one who asked in the sentence before", "Oprah Winfrey interviewed Michelle Obama and Donald Trump.\n\nMs. Winfrey also asked about the visit.\n\n“It was very pleasant,” she said.", "It was very pleasant", "", "said"},
	{"words quoted in narration whose closing mark was lost are the narration's speaker's, not the next one's", "Ted Cruz once called him a “narcissist at a level I don't think this country's ever seen.\n\n“He thinks about it every day,” Jeff Roe said.", "narcissist at a level", "Ted Cruz", "called"},
	{"someone's remarks called something are not their words", "Donald Trump spoke on Monday. Devin Nunes on Friday dismissed Trump’s comments about waterboarding as the talk of a “first-time neophyte running for office.”", "first-time neophyte", "", ""},
	{"an \"as\" before the owner leaves the words the owner's", "Hillary Clinton spoke on Friday. Donald Trump seized on such remarks as Clinton's comments about a \"basket of deplorables.\"", "basket of deplorables.", "Hillary Clinton", "comments"},
	{"a name in a clause opened by \"And once\" is not the subject", "Donald Trump and Ted Cruz debated on Thursday.\n\nBut by so doing, Cruz eluded the question. And once that issue had been raised by anchor Maria Bartiromo, Trump was willing to respond to Cruz's attempts to sidestep it. \"That wouldn't work,\" he said.", "That wouldn't work", "Donald Trump", "said"},
	{"an age and a relative clause between a name and its verb", "Donald Trump spoke in Iowa.\n\n“I just got a gut feeling about Trump,” handyman Keith Brashear, 62, who plans to caucus for Mr. Trump, said at the rally.", "I just got a gut", "Keith Brashear", "said"},
	{"a colon ending the paragraph before hands over", "Mike Pence and Donald Trump sat down with CBS.\n\nInterviewer Lesley Stahl asked Pence how he felt about the attacks. Pence replied:\n\n\"In the essay that I wrote, I said campaigns ought to be about something.\"", "In the essay", "Mike Pence", ":"},
	{"the younger of two who share a family name is neither", "Donald Trump and his son Eric Trump spoke.\n\nManafort quit. “My father just did not want the distraction,” said the younger Trump.", "My father", "", ""},
	{"a term after \"what is called the\"", "Donald Trump debated.\n\nLater, talking to reporters in what is called the \"spin room,\" Trump said, \"I guess the bromance is over.\"", "spin room,", "", ""},
	{"a forum's name before the noun", "Ted Cruz spoke.\n\n\"I will not respond in kind,\" Cruz said after speaking at the Institute of Politics \"Life of the Party\" forum.", "Life of the Party", "", ""},
	{"a subject described as a fundraiser is no one named after it", "John Kasich campaigned in Ohio.\n\nThe fundraiser added that Kasich just doesn't have the organization to mount a challenge. \"This thing is now warp speed,\" he said.", "This thing", "", "said"},
	{"the speaker is the one the article titles so", "House Speaker Paul Ryan met Donald Trump on Thursday.\n\nThe speaker called Trump's vote count \"really kind of unparalleled,\" and hopes to channel it.\n\n\"The question is how we unify it all,\" he said.", "The question is", "Paul Ryan", "said"},
	{"a family name two people bear, and the pronoun's gender", "Michelle Obama spoke first. Barack Obama spoke later. Tim Kaine spoke before him.\n\nKaine ran into trouble on the left, but Kaine’s demeanor defused a revolt.\n\nObama delivered praise to the Sanders fan club: “If you agree that there is too much inequality, be as vocal as Bernie Sanders,” he said.", "If you agree", "Barack Obama", "said"},
	{"a speech verb set off by commas", "Supporters see themselves in Donald Trump.\n\nTrump, said Aaron Wilson, a 34-year-old real estate agent, is “saying the things that a lot of people want to say.”", "saying the things", "Aaron Wilson", "said"},
	{"a relative clause's subject after to which", "Marco Rubio and Donald Trump traded nicknames.\n\n\"Don't worry about it, Little Marco,\" Trump said, to which Rubio responded, \"Let's hear it, Big Donald.\"", "Let's hear it", "Marco Rubio", "responded"},
	{"an unnamed speaker with an adverb after the name before", "Jen Psaki spoke in 2013.\n\nPsaki has denied involvement, and a senior State Department official also told Fox News on Friday that the editor “did indicate that Jen Psaki was not the caller.”", "did indicate", "", ""},
	{"someone named by whose they are is not the owner", "Omar Mateen opened fire.\n\nSoon after the attack, Mateen’s father indicated that his son had strong views. “He was angry when he saw two men kissing,” he said.", "He was angry", "", "said"},
	{"words of the question put to the speaker", "Donald Trump spoke on Monday.\n\n“I would rule him out,” he said on Fox when asked if he would pick “a Democrat — the right kind of Democrat.”", "a Democrat", "", ""},
	{"a family name alone is not the relative named in full since", "President Donald Trump will travel to El Paso.\n\nTrump plans to visit the victims' families, aides said.\n\nOn Monday, the president and first lady Melania Trump said they were praying for the victims.\n\n\"We will stand by their side forever,\" Trump said.", "We will stand", "Donald Trump", "said"},
	{"a relative of someone the sentence names is whom the article turns to", "Alexander Teves, 24, was killed.\n\nHe was at the screening.\n\nThe gunman opened fire there.\n\nTeves' father Tom Teves is devastated.\n\n\"I'm hollow,\" Teves told ABC News.", "I'm hollow", "Tom Teves", "told"},
	{"a question opening the sentence is the asker's words", "Donald Trump spoke on Friday.\n\nAsked by a reporter whether he was \"the right messenger\" for that, Trump responded, \"I think I am a very good messenger.\"", "the right messenger", "", ""},
	{"uttered words are spoken, by the one whose speech it was, not the speaker before", "Rodney Davis spoke of Springfield.\n\nThat was the site of Abraham Lincoln’s speech in which he uttered the words: “A house divided against itself cannot stand.”", "A house divided", "Abraham Lincoln", "uttered"},
	{"a brand before a name is not part of it", "Michael Cohen testified in Congress.\n\nOpinion: BuzzFeed Michael Cohen bombshell could be a game changer.\n\n“We are continuing to report,” BuzzFeed said in a statement.", "We are continuing", "BuzzFeed", "said"},
	{"a chant is the crowd's", "Donald Trump spoke on Monday.\n\n“It's criminality,” he said as the crowd erupted in a sea of “Lock her up!” chants.", "Lock her up", "", ""},
	{"a relative clause whose verb a comma follows is its antecedent's", "Donald Trump invited guests.\n\nHe quoted Iain Lanphier, who said, “Most people look up at space.”", "Most people", "Iain Lanphier", "said"},
	{"the pronoun after \"who\" is not the one \"who\" stands for", "Congress met on Tuesday.\n\nTrump announced the award.\n\nFirst lady Melania Trump then stood up.\n\nTrump also recognized Charles McGee, who he said was one of the “last surviving Tuskegee airmen.”", "last surviving", "Trump", "said"},
	{"a family name used alone before a relative is named in full is not the relative's", "Congress met on Tuesday.\n\nPresident Trump gave a speech.\n\nFirst lady Melania Trump stood up.\n\n“Please take this message back,” Trump said.", "Please take", "Trump", "said"},
	{"nor is it a son's named with his brother, a link card between", "Democrats want to stop it.\n\nPresident Trump retains his businesses but handed them to his two sons Donald Trump Jr. Donald (Don) John TrumpTrump Jr's 'Triggered' debuts MORE and Eric Trump Eric Frederick TrumpTrump Organization to cut bids MORE.\n\n“We are staying at Doonbeg,” Trump said.", "We are staying", "Trump", "said"},
	{"nor whoever else the pronoun may be", "Congress met.\n\nThe crowd cheered as the names were read.\n\nThe crowd also cheered Charles McGee, who he said was one of the “last surviving Tuskegee airmen.”", "last surviving", "", "said"},
	{"a name no one bears in full is the pronoun of the gender it took before", "Congress met.\n\n“It is over,” Smith said.\n\nIn an interview with POLITICO, Klobuchar said she thinks her ability to win voters translates to New Hampshire.\n\n“These are my secret sauce,” she said.", "These are my", "Klobuchar", "said"},
	{"and not the pronoun of the other", "Congress met.\n\n“It is over,” Smith said.\n\nIn an interview, Smith said he would run again.\n\n“I will win,” she said.", "I will win", "", "said"},
	{"a role set off by a comma after the verb is the name's", "Congress met.\n\n“These are clearly racist comments,” said Trump campaign communications director, Tim Murtagh.", "These are clearly", "Tim Murtagh", "said"},
	{"so is one with no owner before it", "Congress met.\n\n“These are clearly racist comments,” said campaign communications director, Tim Murtagh.", "These are clearly", "Tim Murtagh", "said"},
	{"and one an owner opens", "Congress met.\n\n“She always starts from what you can get done,” said her campaign chairman, John Podesta.", "She always starts", "John Podesta", "said"},
	{"a chant before the words is the crowd's, whoever speaks after them", "Donald Trump spoke in 2017.\n\nAfter white supremacists marched in Charlottesville, chanting “Jews will not replace us!” in 2017, Trump insisted “there were very fine people on both sides.”", "Jews will not", "", ""},
	{"a firm representing someone is not them", "Gordon Sondland was due to testify.\n\n\"Ambassador Sondland is required to follow the Department's direction,\" the law firm representing Sondland said in a statement.", "Ambassador Sondland is", "", ""},
	{"someone who speaks after the comments others made", "Emmanuel Macron spoke last month.\n\nIn remarks to the press, including about Macron’s comments on NATO, Donald Trump said \"NATO serves a great purpose.\"", "NATO serves", "Donald Trump", "said"},
	{"names in a fronted clause before a described subject", "President Obama and President-elect Donald Trump spoke.\n\nAsked if he believes Vladimir Putin tried to help Mr. Trump, the president said he did not know. He said the reports give him “great confidence” in the assessment.", "great confidence", "Obama", "said"},
	{"the younger of two who share a family name, as subject", "Carl Paladino and his son William Paladino run the firm.\n\nThe younger Paladino called the statements “disrespectful and absolutely unnecessary.”", "disrespectful", "", "called"},
	{"words in a clause opening the sentence before are not the pronoun's", "Donald Trump spoke to CNN's Anderson Cooper.\n\nWhen Cooper noted that Steve Bannon, Trump's new campaign chief, has used the term \"alt-right,\" Trump professed ignorance.\n\n\"I don't know what Steve said,\" he said.", "I don't know", "Donald Trump", "said"},
	{"someone unnamed who told him", "Newt Gingrich spoke at the convention.\n\nGingrich recalled a recent conversation with a Trump family member who confidently told him: “We know how to do conventions.”", "We know how", "", ""},
	{"spokespeople for two people are not the second of them", "Mike Crapo chairs the panel. Spokespeople for Senators Heidi Heitkamp and Joe Donnelly told Reuters they were \"open to talks.\"", "open to talks.", "", ""},
	{"two senators of their states speak together", "Mike Crapo chairs the panel. Senators Susan Collins of Maine and Lisa Murkowski said they were \"open to talks.\"", "open to talks.", "Lisa Murkowski", "said"},
	{"a show's host is a role, not a given name", "Hillary Clinton came on the show.\n\nHost Joe Scarborough asked about her husband. “I am not a natural politician,” she said.", "I am not a natural politician", "Hillary Clinton", "said"},
	{"a programme told before the sentence's comma", "Donald Trump told “Face the Nation,” saying the claims were “laughable.”", "Face the Nation,", "", ""},
	{"a programme interviewed with before the sentence's comma", "In an interview with “Fox News Sunday,” moderator Chris Wallace pointed out to Donald Trump that scientists agree.", "Fox News Sunday,", "", ""},
	{"a programme spoken on before the sentence's comma and a reported clause", "Donald Trump won. George Will left the party. Will, speaking on “Fox News Sunday,” said he started doubting the party after Trump became the nominee.", "Fox News Sunday,", "", ""},
	{"a show after its host", "“Everyone agrees,” Mick Mulvaney told Fox.\n\nKimmel, host of “The Jimmy Kimmel Show,” choked up as he told the story of his son.", "The Jimmy Kimmel Show", "", ""},
	{"a work's title after what it is about", "Carly Fiorina ran HP.\n\nIn his classic study of the office, “Presidential Power and the Modern Presidents,” the scholar Richard Neustadt argued that persuasion is power.", "Presidential Power", "", ""},
	{"a programme an interview was for", "In an interview with Maria Bartiromo for “Sunday Morning Futures,” Jeff Sessions said he did the right thing.", "Sunday Morning Futures", "", ""},
	{"a programme before the word interview", "“We expect a unified response,” Sean Spicer said during a Fox News “Fox and Friends” interview.", "Fox and Friends", "", ""},
	{"a title naming its own kind of work", "“Nothing is as useless as a debt-ceiling poll,” writes Steve Benen on the liberal “Maddow Blog.”", "Maddow Blog", "", ""},
	{"a work's title after when it was published", "He owed the idea to William Leuchtenburg in an excellent paper published in 1964, “The New Deal and the Analogue of War.”", "The New Deal and", "", ""},
	{"a designation after a colon is a term", "Armando Valladares wrote a memoir in 1986, earning him a designation: “the Cuban Solzhenitsyn.”", "the Cuban Solzhenitsyn", "", ""},
	{"a headline after a colon", "Fatih Birol told the Guardian on Thursday in an article with the headline: “World has six months to avert climate crisis, says energy expert.”", "World has six months", "", ""},
	{"what someone is referred to as is a term", "Author William D. Cohan has described “The Mooch,” as Anthony Scaramucci is sometimes affectionately referred to, as a loyal friend.", "The Mooch", "", ""},
	{"a work's title after whom it profiles", "“He has made decisions,” said Martin Fridson, author of a 2001 book profiling billionaires, “How To Be A Billionaire.”", "How To Be A Billionaire", "", ""},
	{"a title after an autobiography", "Marine Le Pen describes in her autobiography, “A Contre Flots,” a childhood that was full of hardship.", "A Contre Flots", "", ""},
	{"a long title after its author", "“They have a personal fondness,” said Jon Tasini, author of “The Essential Bernie Sanders and His Vision for America” and a surrogate.", "The Essential Bernie Sanders", "", ""},
	{"capitalized words with a speaker after the comma stay speech", "The rally ended with “Thank You Ohio,” Ana Ruiz said.", "Thank You Ohio,", "Ana Ruiz", "said"},
	{"speech after on stays speech", `Karen Walsh said on Sunday: "We are not raising taxes."`, "We are not raising taxes.", "Karen Walsh", "said"},
	{"colon introduction without a verb", `Prime Minister Keiko Tanaka was blunt: "We will not pay ransom."`, "We will not pay ransom.", "Keiko Tanaka", ":"},
	{"colon introduction by a possession", `Keiko Tanaka's message was simple: "No ransom."`, "No ransom.", "", ""},
	{"answer to a question is someone else's", "\"Will you run?\" Ana Ruiz asked.\n\n\"Not this year.\"", "Not this year.", "", ""},
	{"book title before the sentence's comma", `In his 2010 book “Stand Firm,” Dana Kerr said the law was wrong.`, "Stand Firm,", "", ""},
	{"long title after a book and a comma", `Kerr tells all in a new book, "Over the Line: The Story of a Hockey Original."`, "Over the Line", "", ""},
	{"anything titled is a title", `Dana Kerr wrote on a blog titled, “Friends of the Valley (formerly the Hill Society).”`, "Friends of the Valley", "", ""},
	{"an organisation's \"of\" before a titled name governs none of it", "Biden, speaking on Friday, pledged his help.\n\nMeanwhile, American Federation of Teachers President Randi Weingarten tweeted on Tuesday that schools need \"double the staff,\" she wrote.", "double the staff", "Randi Weingarten", "wrote"},
	{"a familiar given name is the formal one's bearer", "Mike Bloomberg quit the race on Wednesday.\n\nMichael Bloomberg endorsed Joe Biden.\n\nMr. Bloomberg said Mr. Biden had the best shot at beating Mr. Trump.\n\n“I’ve known Joe for a very long time,” he said.", "I’ve known Joe for a very long time", "Mike Bloomberg", "said"},
	{"a name in a phrase opening the sentence before is not its subject", "Michael Bloomberg quit the race on Wednesday.\n\nSimilar to rivals who quickly endorsed Mr. Biden, Mr. Bloomberg said the former vice president had the best shot at beating Mr. Trump.\n\n“I’ve known Joe for a very long time,” he said.", "I’ve known Joe for a very long time", "Michael Bloomberg", "said"},
	{"a name opening a relative clause after a preposition is its subject", "Brad Parscale spoke on Monday. Michael Bloomberg ran for president.\n\nParscale also tweeted a 2013 radio interview in which Mr. Bloomberg said police “disproportionately stop whites too much.”", "disproportionately stop whites too much", "Michael Bloomberg", "said"},
	{"a vice president is not the one titled president", "Vice President Mike Pence toured Texas with Donald Trump.\n\nSpeaking of the storm, the president said: “This was of epic proportion.”", "This was of epic proportion", "", "said"},
	{"a programme's name between a network and the noun it qualifies is a title", "Joe Biden spoke on Friday.\n\nBiden denied the allegation in an MSNBC \"Morning Joe\" interview last week.", "Morning Joe", "", ""},
	{"a chant introduced before it is a crowd's, not the speaker's going on", "Rally held.\n\n“We are in a crisis,” Brad Hoylman, a state senator, said as he addressed the crowd, which carried “Resist” signs amid chants of: “Hey-hey, ho-ho, Donald Trump has got to go.”", "Hey-hey, ho-ho", "", ""},
	{"panned is a speech verb after a quotation", "Stephen Moore spoke on Monday.\n\n\"We will not give up our liberties,\" he added. Moore's comments drew pushback. \"Could you have imagined the outcome if Rosa brought a gun to the bus?\" panned Scott Huffman, a Democratic congressional candidate.", "Could you have imagined", "Scott Huffman", "panned"},
	{"words a speaker passes on, quoting someone, are the one quoted's", "Rep. Chris Collins relayed the message of Mick Mulvaney on Thursday.\n\n\"This is our moment in time,\" Collins said, quoting Mulvaney.", "This is our moment in time", "Mick Mulvaney", "said"},
	{"words a speaker says someone told them are that one's", "Rep. Chris Collins relayed the message of Mick Mulvaney on Thursday.\n\n\"We are going to move forward,\" Collins said Mulvaney told the House GOP.", "We are going to move forward", "Mick Mulvaney", "said"},
	{"the owner of a fronted phrase is the main clause's pronoun", "Bernie Sanders won New Hampshire. Pete Buttigieg came second.\n\nIn Sanders’ victory remarks, he took a jab at Buttigieg for accepting contributions from wealthy donors.\n\n“We are taking on billionaires,” he said.", "We are taking on billionaires", "Bernie Sanders", "said"},
	{"what a subject called something is that subject's words", "Al Franken questioned Jeff Sessions on Tuesday.\n\nFranken had asked what Sessions called “a rambling question after some six hours of testimony” about Russia.", "a rambling question", "Jeff Sessions", "called"},
	{"quoting an office passes the words on to its bearer", "President Donald Trump met James Comey in February.\n\n“I hope you can let this go,” Comey said, quoting the president.", "I hope you can let this go", "Donald Trump", "said"},
	{"a party and state after a last speaker does not hide them", "Donald Trump met the caucus on Monday.\n\nBut Trump would be mistaken if he views the group as a rubber stamp, said Rep. Emanuel Cleaver (D-Mo.).\n\n“We're not going to hold the caucus hostage,” he said.", "We're not going to hold", "Emanuel Cleaver", "said"},
	{"the attorney is not the attorney general", "Attorney General Jeff Sessions recused himself.\n\nJohn Dowd, the president's lawyer, spoke on Monday.\n\n“He never should have taken the job,” the attorney said.", "He never should have", "", "said"},
	{"in the words of someone unnamed", "Donald Trump told Sean Spicer to inflate the crowd size.\n\nIt hurt Spicer “almost irreparably,” in the words of one Trump adviser.", "almost irreparably", "", ""},
	{"in the words of someone named", "Donald Trump told Sean Spicer to inflate the crowd size.\n\nIt hurt Spicer “almost irreparably,” in the words of Sen. Ted Cruz.", "almost irreparably", "Ted Cruz", "words"},
	{"a named author's statement speaks for its author", "Donald Trump and Sean Spicer spoke on Monday.\n\nWhile Trump repeatedly tweeted about Obama during the weekend, Spicer's statement said “neither the White House nor the President will comment further.”", "neither the White House", "Sean Spicer", "said"},
	{"no \"he\" for two men named together", "Donald Trump and Scott Pruitt met on Monday.\n\nStill, Mr. Trump and Mr. Pruitt have said that eliminating the plan will create jobs.\n\n“We have accepted a false narrative,” he told ABC’s “This Week.”", "We have accepted", "", "told"},
	{"a document inside an author's email is not the author's", "Jon Fine wrote to the editor.\n\nThe proposed agreement in Fine’s email also said: “AM agrees not to publish unpublished texts.”", "AM agrees not to publish", "", ""},
	{"a promise quoted is the one who promised", "President Donald Trump spoke on Monday. Ian Miles Cheong writes online.\n\n“Voting is not for #MAGA,” Cheong warned, referring to President Trump’s campaign promise to “make America great again.”", "make America great again", "Donald Trump", "comments"},
	{"the attorney general is the one Attorney General", "Attorney General Jeff Sessions recused himself.\n\n“I did what was right,” the attorney general said.", "I did what was right", "Jeff Sessions", "said"},
	{"a pronoun after the attorney general is the attorney general", "Attorney General Jeff Sessions met the Russian ambassador. Al Franken asked about it.\n\nThe attorney general strongly pushed back against the reports, saying he never discussed the campaign.\n\n“I never met with any Russian officials,” he said in a statement.", "I never met", "Jeff Sessions", "said"},
	{"an accusation that someone said something is the accuser's", "Mitch McConnell and Ted Cruz met.\n\nSchumer highlighted Cruz’s accusation that McConnell had told a “flat-out lie” about the bank.", "flat-out lie", "Ted Cruz", "comments"},
	{"words someone said that another told them are the other's", "Maggie Green is the mother of Steve Stephens.\n\n“Momma, this will be the last time you see me,” Green said that Stephens told her.", "Momma, this will be", "Steve Stephens", "said"},
	{"an office opening the main clause outranks a name after it", "President Donald Trump questioned the IQ of Rex Tillerson.\n\nIn brief comments to reporters hours after Trump’s comments to Forbes were published, the president was asked if he had undercut Tillerson by questioning his IQ.\n\n“No, I didn’t undercut anybody,” he said.", "No, I didn’t undercut", "Donald Trump", "said"},
	{"quoting someone's remarks passes the words on to them", "Kevin Brady closed with a quote from Ronald Reagan.\n\n“I feel like we just played the World Series of Tax Reform,” Brady said, quoting remarks Reagan made when signing his bill.", "I feel like we just played", "Ronald Reagan", "said"},
	{"a name qualifying a role set off by a comma is not the subject", "Tucker Carlson hosts a show on Fox News.\n\nA frequent Carlson guest, retired Army Col. Douglas MacGregor, argued against the strike.\n\n“This is a mistake,” he said.", "This is a mistake", "Douglas MacGregor", "said"},
	{"a name with a participle speaks the quotation after it", "Sarah Huckabee Sanders briefed reporters on Monday.\n\nThe White House suggested that Mr. Trump was not worried, with Ms. Sanders reminding reporters that “the president’s power is very well established.”", "the president’s power", "Sarah Huckabee Sanders", "reminding"},
	{"a family name with a title before the full name is its bearer's", "Advisers insist Mr. Trump is not driven by a desire to unravel the Obama presidency.\n\nYet Mr. Trump has depicted the Obama legacy as a disastrous one. “To be honest, I inherited a mess,” he said.\n\nCritics say Mr. Obama brought this on himself. Donald Trump disagreed.", "To be honest", "Donald Trump", "said"},
	{"a participle closes the clause of its own subject", "Peter Strzok spoke.\n\nStrzok was removed from his assignment, but Trump has ramped up his criticism of the FBI, saying on Twitter that “its reputation is in tatters.”", "its reputation", "Trump", "saying"},
	{"a document a relative clause quotes speaks for itself", "Donald Trump spoke.\n\n“We will not allow people of faith to be targeted,” Trump said before signing the order, which states it is now policy “to protect and vigorously promote religious liberty.”", "to protect and vigorously", "", ""},
	{"a plural title before a list is not the first name's", "Three members of the court, Justices Clarence Thomas, Samuel Alito and Neil Gorsuch, dissented.\n\n“A bona fide relationship is enough,” the justices said in the unsigned opinion.", "A bona fide relationship", "", "said"},
	{"a hashtag is no one's words", "Roy Moore spoke.\n\n“He failed conservatives,” Moore said, using the hashtag “DrainTheSwamp.”", "DrainTheSwamp", "", ""},
	{"words a speaker responds to are not the quotation's owner", "Lindsey Graham spoke on Sunday. Dan Pfeiffer spoke too.\n\nWhite House spokesman Dan Pfeiffer said Sunday in response to Graham's comments that the White House believes \"the Senate should act swiftly.\"", "the Senate should act", "Dan Pfeiffer", "said"},
	{"what a report found is the report's words", "Bob Corker spoke.\n\n“This is not about the money,” Corker said at the hearing, the first since a report was released finding “systemic failures” at the department.", "systemic failures", "", ""},
	{"what a report found may be told in the speaker's words", "Elizabeth Warren spoke.\n\nElizabeth Warren tweeted that the Mueller report found “a foreign government attacked our 2016 elections.”", "a foreign government attacked", "Elizabeth Warren", "tweeted"},
	{"a work its author wrote is no one's words", "Gary Sick spoke.\n\n“People think Reagan solved it,” said Gary Sick, a former official who has written two histories of the crisis, including “October Surprise.”", "October Surprise", "", ""},
	{"a pronoun does not stand for an acronym", "Barack Obama spoke on Monday.\n\n“We are not a deadbeat nation,” Obama said.\n\nPOLITICO reported Sunday that House Republicans are considering a shutdown. If Republicans want to shut down the government “that’s their prerogative,” he said.", "that’s their prerogative", "", "said"},
	{"an agency's services are no one a pronoun stands for", "Maria Lopez waits.\n\nThe delays were announced by Immigration Services on Monday. She says the agency has never answered her. “Nothing was ever in my control,” she said.", "Nothing was ever", "", "said"},
	{"a conjunction before an office's subject still names its bearer", "President Barack Obama spoke on Friday.\n\nHouse Speaker John Boehner on Thursday said that any action Obama takes would add to “a legacy of lawlessness.”\n\nBut the president said on Friday that without help from Congress, he will need to move funds.\n\n“I’m going to have to act alone,” he said.", "I’m going to have to act alone", "Barack Obama", "said"},
	{"a pronoun after a subordinator tells a family name's bearer", "Mitt Romney spoke to Chris Wallace.\n\n“It didn't end the way we wanted it to,” Romney said.\n\nAnn Romney told Wallace the disappointment she felt was deep.\n\nRomney says while he knows his defeat means he will not be “the leader of the Republican Party,” he would still like to have influence.", "the leader of the Republican Party", "Mitt Romney", "says"},
	{"a relative called by the shared name before the verb is not named", "Etefia Umana spoke. His son Etefia Umana Jr. spoke too.\n\n\"Then you're out of luck,\" the younger Etefia says.", "Then you're out of luck", "", ""},
	{"people a plural noun names speak for themselves inside a report", "Francois Molins spoke.\n\nMolins said the attackers shouted “Allahu Akbar” before fleeing.", "Allahu Akbar", "", ""},
	{"a role and name with a participle speak the quotation after it", "Josh Earnest briefed reporters.\n\nDemocrats on Monday accused Republicans of attempting to do just that, with White House press secretary Josh Earnest calling the letter a “continuation of a partisan strategy.”", "continuation of a partisan", "Josh Earnest", "calling"},
	{"a pronoun in a clause before a name points ahead to it", "Obama met John Boehner at the White House.\n\n“We will not negotiate,” Obama said.\n\nThe House’s piecemeal approach has taken some of the focus off of the law, but as he emerged from the meeting at the White House, Mr. Boehner said that remains a key sticking point. “All we’re asking for here is a discussion,” he said.", "All we’re asking for", "John Boehner", "said"},
	{"a body's name before a given name is the employer", "The agency answered.\n\nU.S. Citizenship and Immigration Services Gillian Christensen told Fox News that “parole is generally not authorized for more than one year.”", "parole is generally", "Gillian Christensen", "told"},
	{"a link card in parentheses is passed over by a pronoun", "Barack Obama spoke about Nelson Mandela.\n\n“I am one of the countless millions who drew inspiration from Nelson Mandela’s life,” Obama said Thursday.\n\n( Also on POLITICO: Congress mourns Mandela's death)\n\n“My first political action was a protest against apartheid,” he recalled.", "My first political action", "Barack Obama", "recalled"},
	{"a body's name whole keeps its first word", "Doctors spoke.\n\n“Glioblastoma is hard to treat,” according to the American Brain Tumor Association.", "Glioblastoma is hard", "American Brain Tumor Association", "according to"},
	{"a study's title after called is no one's words, a question too", "Wood Mackenzie analysts spoke.\n\nIn a new study called “Is Solar the Next Shale?”, Wood Mackenzie says steep reductions in costs will come.", "Is Solar the Next Shale", "", ""},
	{"the words on a sign are no one's", "James Sensenbrenner spoke.\n\nSensenbrenner said the president should go to the Harry Truman Presidential Library and take a photo of the famous sign, “the buck stops here.”", "the buck stops here", "", ""},
	{"words someone found another's words to be are theirs", "Barack Obama spoke. Bahrain's king spoke too.\n\nKing Hamad said he found Obama's words on the violence “helpful.”", "helpful", "Hamad", "said"},
	{"a familiar given name and a middle initial name one person", "Obama to nominate Tom Perez\n\nPresident Obama nominated Thomas E. Perez on Monday. During brief remarks, Mr. Perez spoke in Spanish.\n\n“It is humbling,” he said.", "It is humbling", "Tom Perez", "said"},
	{"a participle closing a clause of contrast is of its subject", "Vladimir Putin met Barack Obama. Mr. Putin and Mr. Obama issued a joint statement Monday on Syria, although Mr. Putin didn’t elaborate in his remarks to reporters, saying only “we’ve been able to find many commonalities.”", "we’ve been able", "Vladimir Putin", "saying"},
	{"a family name alone is not a relative's named long before", "Rand Paul is running. He follows his father, Ron Paul.\n\nSteve Munisteri spoke. “I don’t see it,” Munisteri said.\n\nThe meeting went on.\n\nThe crowd was large.\n\nDuring a speech Friday, Paul received a standing ovation.\n\n“We need to go boldly,” he said.", "We need to go boldly", "Rand Paul", "said"},
	{"a clause between two quotations may have a speaker of its own", "Bronislaw Komorowski and Donald Tusk met Obama. President Bronislaw Komorowski said, “We are on the same page fully,” and Prime Minister Donald Tusk praised the “very speedy reaction of the United States.”", "very speedy", "Donald Tusk", ""},
	{"a verb after a quotation with a clause of its own leaves the narration before it narration", "Todd Akin ran. Steve Law spoke. “Her worst nightmare is him dropping out,” Law said.\n\nAlthough Akin blamed “the liberal media” for his troubles, he acknowledged Wednesday that it is over.", "the liberal media", "Todd Akin", "acknowledged"},
	{"a question put by someone named in an opening clause is not the answerer's", "Todd Akin spoke. Asked Wednesday by NBC whether he is “almost alone” now, Akin said, “I don't believe that's true.”", "almost alone", "", ""},
	{"words someone quotes are the one quoted", "Mitt Romney spoke. “Every good cause relies on a plan,” Romney said, and then quoted Martin Luther King Jr.: “Without dependence on God, our efforts turn to ashes.”", "Without dependence", "Martin Luther King", "quoted"},
	{"a programme after an opening On is no one's words", "Carly Fiorina spoke. On “Fox News Sunday,” Carly Fiorina reiterated her opposition.", "Fox News Sunday", "", ""},
	{"an email that said is its author's, not the recipient's", "Bob Woodward wrote a column. Then, Woodward said he received a page-long email from the aide -- apparently Sperling -- that said: “I apologize for raising my voice.”", "I apologize", "", ""},
	{"a note that said is the note's, whoever reports it after", "Jerad Miller shot two officers. Kevin McMahill spoke. Miller laid a note on the body of an officer that said “this is the beginning of the revolution,” McMahill said.", "this is the beginning", "", ""},
	{"a committee paying for an ad is no one's words", "Ted Cruz announced his run. “It’s a time for truth,” Cruz says in the clip, which is paid for by “Cruz for President.”", "Cruz for President", "", ""},
	{"a name after and with no verb is no clause's subject", "Ben Shapiro spoke. Mr. Shapiro called Infowars a “dumpster fire” and Mr. Jones a “nut case” in a post.", "nut case", "", ""},
	{"a family name is not a relative's when the other bearer is named only later", "His eldest son, Eric Trump, spoke.\n\nHope Hicks resigned.\n\nShe was 29.\n\nShe had worked there long.\n\n“Hope is outstanding,” Trump said in a statement.\n\n“Hope Hicks is loved,” the president’s daughter and adviser, Ivanka Trump, tweeted.", "Hope is outstanding", "Trump", "said"},
	{"a participle reporting someone else telling is not the participle's subject's", "Barack Obama met Eric Shinseki. Obama went before reporters, saying the retired Army general told him “the VA needs new leadership” to address issues.", "the VA needs", "", ""},
	{"a participle's object opening the sentence is not the pronoun after it", "David Cameron spoke. A video showed David Haines.\n\n“We will hunt them down,” Mr Cameron said.\n\nDescribing Mr Haines as a “British hero”, he said the militants were “not Muslims, they are monsters”.", "not Muslims", "David Cameron", "said"},
	{"the sentence before may end a quotation that opened earlier", "A video showed David Haines. “We will hunt them down,” David Cameron said.\n\n“We are a peaceful people. We do not seek out confrontation.”\n\nHe said the militants were “not Muslims, they are monsters”.", "not Muslims", "David Cameron", "said"},
	{"reminding is speaking, after an adverb too", "John McCain and Barack Obama met often. At a meeting in 2010, after McCain accused Obama of failing, Obama pointedly reminded McCain: “We're not campaigning anymore.”", "We're not campaigning", "Barack Obama", "reminded"},
	{"the former president is not the president", "President Barack Obama spoke. George W. Bush stayed home.\n\nBut the former president told CNN last week that the country was “fortunate to have them.”", "fortunate to have", "", "told"},
	{"the former president is the one introduced as one", "President Barack Obama spoke. Former President Bill Clinton stayed home.\n\nThe former president said: “We must act.”", "We must act", "Bill Clinton", "said"},
	{"he is not an outlet called the", "Michael Hayden ran the NSA.\n\nIn those years, he ran seminars for journalists, the New York Sun reported. Such changes affect the way targets behave, he said. “It is a big deal,” he added.", "It is a big deal", "Michael Hayden", "added"},
	{"a name in a topic opening the sentence is not the pronoun's", "President Barack Obama skipped the convention. Hilary Shelton said the White House never confirmed a visit.\n\n\"They were trying to work out something,\" Shelton said.\n\nAs to why Obama could not attend, he added, \"It was that something could not be moved.\"", "It was that", "", "added"},
	{"a phrase opening the sentence ends at the dash closing its aside", "Vice President Joe Biden met gun groups.\n\nSpeaking during a week of meetings -- including some for and others against stricter gun controls -- Biden, who oversees the task force, said the recommendations to be given to President Barack Obama will serve as a beginning.\n\n\"This doesn't mean it is the end of the discussion,\" he told reporters.", "This doesn't mean", "Joe Biden", "told reporters"},
	{"two men named together are neither of them a pronoun's", "Barack Obama and John Boehner spoke by telephone.\n\n“We’re at a fork in the road,” said former Senator Judd Gregg, a Republican. Obama and Boehner need to realize “they have to get in a room and work out a deal,” he said, or positions will “start to harden.”", "start to harden", "Judd Gregg", "said"},
	{"a name before a noun is no one called the", "The Trump administration met on trade.\n\n“All of these countries have been taking advantage of the U.S.,” Trump said. But he downplayed the tension, saying, “We'll all be in love again.”", "We'll all be", "Trump", "saying"},
	{"a few words after a qualify what the speaker called it", "James Comey met the president.\n\nComey described the president as shorter than he expected, with a “too long” tie.", "too long", "James Comey", "described"},
	{"a programme after the network it is on", "Sen. Bob Corker spoke on Sunday.\n\n\"The president has not laid out a plan,\" he said on CBS \"This Morning.\" \"But Congress should have done the same.\"", "This Morning", "", ""},
	{"a message's recipient named after a contrast is not its writer", "Patricia Vroom ran the Phoenix office.\n\nMs. Vroom said officials in Washington should insist that the case be canceled, but a top ICE official rejected that idea in an email to Ms. Vroom: “No way. Keep it local Pat. Figure it out.”", "No way", "", ""},
	{"a party and state set off by commas before a role is no name", "\"I am sure that Congress will work on this,\" Rep. Ileana Ros-Lehtinen, R-Fla., former chairwoman of the Foreign Affairs Committee, said in a statement.", "I am sure", "Ileana Ros-Lehtinen", "said"},
	{"the speaker of a clause joined after another's is the one who speaks on", "Mr. Boehner met late Wednesday with his conference, and Rep. Phil Gingrey, a Georgia Republican, said afterward that no one spoke out against the speaker.\n\n“There was no discontent in that meeting,” he told reporters about rumors of a challenge to Mr. Boehner’s speakership.", "There was no discontent", "Phil Gingrey", "told reporters"},
	{"a gendered office is not a bearer of its abbreviation of the other gender", "Rep. Ileana Ros-Lehtinen said she was troubled. Rep. Tom Marino said he agreed with her.\n\nThe congresswoman pointedly questioned Hillary Clinton on Wednesday. She accused the department of doing \"nothing to correct the record\" after the report.", "nothing to correct the record", "Ileana Ros-Lehtinen", "accused"},
	{"a nickname before a family name with an apostrophe", "Obama said he wanted to work with leaders, such as Mr. Reagan with Speaker Thomas P. “Tip” O’Neill Jr. and President Eisenhower.", "Tip", "", ""},
	{"words named as another's in an aside before the speaker's verb are the speaker's", "Gen. Martin Dempsey spoke on Tuesday.\n\nVice President Joe Biden, asked on a visit to Iowa about Dempsey's comment on the use of ground troops, said the general's \"conclusion is that it is not needed now.\"", "conclusion is that", "Joe Biden", "said"},
	{"Rep without its period is a title", "Speaker John Boehner spoke on Tuesday.\n\nBut Idaho GOP Rep Raul Labrador, a critic of the plan, responded to Boehner's comments.\n\n\"What is it that groups said yesterday that is false today?\" he asked.", "What is it", "Raul Labrador", "asked"},
	{"a topic before a colon is no speaker", "George W. Bush spoke about his successor on Tuesday.\n\n• On Obama: \"It's a hard job. He's got plenty on his agenda.\"", "It's a hard job", "", ""},
	{"a party and state of two words set off by commas before a role", "\"We won,\" Sen. Bob Menendez, D-New Jersey, the panel chairman, said.", "We won", "Bob Menendez", "said"},
	{"a programme after its network, its comma inside the marks", "\"It is over,\" Sen. Kelly Ayotte said on CBS \"Face the Nation,\" adding she was surprised.", "Face the Nation", "", ""},
	{"a family name after a couple named together is the one named in full before", "Mitt Romney ran in 2012.\n\nRomney's wife, Ann, is key.\n\nAnn Romney was reluctant.\n\nAides waited.\n\nDonors waited.\n\nIn the year after, Mitt and Ann Romney were not shy about it. \"It's not my time,\" Romney told me.", "It's not my time,", "Mitt Romney", "told"},
	{"a family name after a couple named together, no one named in full before, is neither's", "A former Army Ranger was held in Syria.\n\nEd and Paula Kassig said their son Peter had converted. \"I am obviously pretty scared to die,\" Kassig said in the letter.\n\nEd Kassig is a doctor.", "I am obviously pretty scared to die,", "Kassig", "said"},
	{"a question opening with Will is no given name", "Will Mitt Romney take the plunge again?\n\nAides say Mitt Romney is listening.\n\nRomney's wife, Ann, is key.\n\nAnn Romney was reluctant.\n\nAides waited.\n\nDonors waited.\n\nIn the year after, Mitt and Ann Romney were not shy about it. \"It's not my time,\" Romney told me.", "It's not my time,", "Mitt Romney", "told"},
	{"words opening by calling the one the verb names are said to them", "Jay Carney is the press secretary. Hans Nichols is a reporter.\n\n“Perhaps or for certain?” Bloomberg reporter Hans Nichols asked. “Hans, can I ask — what is it that you’re trying to do?” Nichols responded that he was looking for a clear story.", "Hans, can I ask", "", ""},
	{"a pronoun after a sentence opening \"For his part, the president\" is the president's", "President Barack Obama spoke on Monday.\n\nMitt Romney said he \"had no role whatsoever in the management of Bain Capital.\"\n\nFor his part, the president says there's no reason for him to say he's sorry about ads that are blasting Romney over the Bain connection. \"No, we will not apologize,\" he told Virginia's WAVY-TV.", "No, we will not apologize,", "Barack Obama", "told"},
	{"a family name after two people of different families named together is the one named lately", "Bill Clinton spoke first.\n\nAides waited.\n\nDonors waited.\n\nTrump and Hillary Clinton met on Monday. \"We talked,\" Clinton said.", "We talked,", "Hillary Clinton", "said"},
	{"words opening with \"And,\" are not said to speakers named together", "Jason Chaffetz and Devin Nunes lead the committees.\n\n\"And, we will get answers,\" Chaffetz and Nunes said.", "And, we will get answers,", "Jason Chaffetz and Devin Nunes", "said"},
	{"Pres. is the president's title", "Pres. Joe Biden spoke in Ohio.\n\nSen. Rob Portman listened.\n\n\"It is done,\" the president said.", "It is done,", "Joe Biden", "said"},
	{"a pronoun in a relative clause on a speech its giver is named for is the giver's", "Mike Pompeo spoke in Cairo.\n\nMr Pompeo did not name Mr Trump's predecessor. However, he referred to a key speech Mr Obama gave in Cairo in 2009, where he had called for \"a new beginning\" for the region.", "a new beginning", "Obama", "called"},
	{"a colon after a main clause that follows a clause opening the sentence", "Bernie Sanders spoke in Iowa.\n\nHis wife, Jane O'Meara, once quipped that he has \"seven sweaters, that's three too many.\" When questioned about his rumpled hair, Sanders was brusque: \"The media worry about hair.\"", "The media worry about hair.", "Bernie Sanders", ":"},
	{"a colon after a main clause, not the speech verb of the clause opening the sentence", "President Donald Trump spoke to Congress.\n\nNancy Pelosi sat behind him.\n\nWhen the president accused Democrats of planning free healthcare, Mrs Pelosi was observed twice mouthing: \"Not true.\"", "Not true.", "Nancy Pelosi", ":"},
	{"a title after a possessive qualifies the noun after it", "Kanye West met Trump.\n\n\"They tried to scare me to not wear this hat,\" West said, referring to his \"Make America Great Again\" hat he wore to the meeting.", "Make America Great Again", "", ""},
	{"a show's name before its star's role is a title", "Pete Davidson had a go at it.\n\n\"I've seen Chevy Chase speak to an intern,\" \"SNL\" star Pete Davidson joked in a skit the following week.", "SNL", "", ""},
	{"a name something was referred to as is a term", "\"We've seen a rise in hate,\" Ayanna Pressley said on Friday, calling out an unnamed Republican colleague who'd also referred to it as the \"Chinese coronavirus.\"", "Chinese coronavirus.", "", ""},
	{"a speaker handing over to the quotation keeps it from the one recalling it", "Steve Southerland met the speaker.\n\nMr. Boehner told him, \"We're going to fight on this one,\" Mr. Southerland recalled.", "We're going to fight on this one,", "Boehner", "told"},
	{"a post's author after a role opening with a company's name", "Facebook changed its settings.\n\n\"We've heard loud and clear that privacy settings are too hard to find,\" said the post by Facebook chief privacy officer Erin Egan and deputy general counsel Ashlie Beringer.", "We've heard loud and clear", "Erin Egan", "wrote"},
	{"one a speaker told who answers after a relative pronoun is someone unnamed", "Eric Holder spoke to the committee.\n\n\"You cannot know what I know,\" Mr. Holder told the lawmaker, who responded, \"The attorney general failed to answer my questions.\"", "The attorney general failed", "", ""},
	{"a deputy attorney general is not the attorney general", "The report is intended to explain decisions made since his appointment by deputy US Attorney General Rod Rosenstein. The Attorney General William Barr will now summarise the report.\n\nIn his letter to the committee leaders - Senators Lindsey Graham and Dianne Feinstein - Mr Barr confirmed there was no interference.\n\nThe attorney general said he will now consult with Mr Rosenstein \"to determine what other information can be released\".\n\n\"I remain committed to as much transparency as possible,\" he said.", "I remain committed", "William Barr", "said"},
	{"a programme an interview is for is a title", "\"We're very focused on family because it's the only thing that got us through,\" former Rep. Patrick Kennedy told ABC's Byron Pitts in an interview for \"This Week.\" \"It certainly got my dad through.\"", "This Week.", "", ""},
	{"words after responding to someone's words, saying, are the responder's", "Donald Trump attacked the magazine on Twitter.\n\nMark Galli responded to Trump's tweet on CNN saying he disagrees with the president \"on about seven or eight different levels.\"", "on about seven", "Mark Galli", "responded"},
	{"a name and the state it is from before the verb", "The committee met on Tuesday.\n\nRep. Elijah Cummings of Maryland said, \"We will act.\"", "We will act.", "Elijah Cummings", "said"},
	{"a name and the state it is from after the quotation", "The committee met on Tuesday.\n\n\"It was fascinating,\" Sen. John Cornyn of Texas said.", "It was fascinating,", "John Cornyn", "said"},
	{"one word before a state is an institution's name, no one from there", "The committee met on Tuesday.\n\nThe University of Texas said, \"We will act.\"", "We will act.", "", ""},
	{"a party's member set off before the name", "Trump spoke on Monday.\n\nThe Senate's top Democrat, Chuck Schumer, said it was \"a disgrace\".", "a disgrace", "Chuck Schumer", "said"},
	{"a pronoun after an unnamed spokesman for a named senator is the spokesman's", "The subject will be aired on Wednesday when Homeland Security Secretary John Kelly appears before a Senate committee. A spokesman for Sen. Claire McCaskill of Missouri, the top Democrat on the panel, said she planned to raise the issue.\n\n\"Sen. McCaskill is deeply concerned about the vetting procedures,\" he said.", "Sen. McCaskill is deeply", "", "said"},
	{"a BBC media caption between a speaker and the pronoun is passed over", "Mr Trump urged lawmakers to come up with a strong bill.\n\nDemocratic Senator Chris Murphy of Connecticut, where the 2012 Sandy Hook massacre occurred, agreed with the president.\n\nMedia playback is unsupported on your device Media caption Trump: 'How is it possible my son is watching this?'\n\nHe said the NRA has a \"veto power\" over any gun control legislation in Congress.", "veto power", "Chris Murphy", "said"},
	{"a show's name after on the is a title", "Mitch McConnell spoke on Tuesday.\n\n\"I think we'll have to wait and see,\" McConnell said on the \"Hugh Hewitt Show\" Tuesday.", "Hugh Hewitt Show", "", ""},
	{"numbers quoted are a label", "James Comey wrote seven memos.\n\nAlthough Comey said he wrote the memos so that they would not contain classified information, two of his memos--memos \"1\" and \"3\"--contained information later classified at the \"SECRET\" level.", "1", "", ""},
	{"numbers joined by and quoted are a label", "James Comey wrote seven memos.\n\nThe FBI designated memos \"4, 5, and 6\" unclassified, Comey wrote.", "4, 5, and 6", "", ""},
	{"a noun ending in -ly after a name is the role's head", "Mitch McConnell spoke on Monday.\n\n“It was also a strategic blunder,” said the McConnell ally, who argued that Trump needs a friend.", "It was also a strategic blunder,", "", ""},
	{"a relative clause set off by a dash speaks for the name before it", "Donald Trump arrived in London on Monday.\n\nHe tweeted that Sadiq Khan - who had said the UK should \"not roll out the red carpet\" for Mr Trump - was a \"stone cold loser\".", "not roll out the red carpet", "Sadiq Khan", "said"},
	{"the vice president is not the president", "Joe Biden released a statement on Friday.\n\n\"Women deserve respect,\" the former vice president said in the statement.\n\nHe continued, \"Responsible news organizations should examine the record.\"\n\nBiden is running against President Donald Trump.", "Responsible news", "", "continued"},
	{"the vice president is the one the article titles so", "President Donald Trump and Vice President Mike Pence met on Friday.\n\n\"Women deserve respect,\" the vice president said in the statement.", "Women deserve", "Mike Pence", "said"},
	{"a show called into is a title", "Tara Reade spoke to CNN.\n\nA former neighbor told CNN that Reade told her about it, and a video appears to feature Reade's mother calling into \"Larry King Live\" to seek advice.", "Larry King Live", "", ""},
	{"whom a pronoun speaks of is not who it stands for", "Alex Jones went on television on Monday.\n\nJones' appearance was followed by an interview with Harvard law professor Alan Dershowitz.\n\n\"We lawyers refer to people like that not as witnesses, but as exhibits,\" he said of Jones.", "We lawyers", "Alan Dershowitz", "said"},
	{"a name qualifying a noun after whose is a title", "Joe Biden spoke on Monday. And since then, he has dialed back his attacks on Bernie Sanders, whose \"Medicare for All\" plan he calls politically unrealistic.", "Medicare for All", "", ""},
	{"a family name that is also a title is the name", "House Speaker John Boehner spoke on Monday.\n\n\"I cannot think of one campaign that has not had a rough patch like this,\" said CNN Chief National Correspondent John King.", "I cannot think", "John King", "said"},
	{"a pronoun in a relative clause on someone's work is its owner", "Justice Antonin Scalia died on Saturday.\n\n\"His clerks will stand vigil,\" tweeted Kannon Shanmugam.\n\nOutside the court, mourners left jars of applesauce -- a nod to Scalia's dissent in the Supreme Court's 2015 decision to uphold Obamacare, in which he wrote that the majority's opinion was \"pure applesauce.\"", "pure applesauce", "Antonin Scalia", "wrote"},
	{"a role holding a party's name after its verb is someone unnamed", "Paul Pillar spoke on Monday.\n\n“Friends and allies are also worried about that,” he said. “They are worried.\n\n“It is definitely impacting information-sharing with our partners,” added the senior Republican national security source.", "It is definitely", "", "added"},
	{"what someone's statement says they did is theirs", "Jeff Sessions faced the committee.\n\n“It is fair to expect you will not misrepresent your record,” Al Franken said as he zeroed in on Sessions’ statement to National Review in 2009 that he “filed 20 or 30 civil-rights cases.”", "filed 20", "Jeff Sessions", "statement"},
	{"a question after \"asked by\" is the asker's", "Donald Verrilli argued the case.\n\nAsked by Associate Justice Samuel Alito \"can the mandate be viewed as a tax?\" Verrilli responded, \"I think it could.\"", "can the mandate", "Samuel Alito", "asked"},
	{"an office's bearer named in the words is not who says them", "Mitt Romney campaigned with Republican Gov. John Kasich.\n\nOne GOP operative watching Ohio accused Kasich of not doing enough.\n\n\"No single swing state Republican has been less willing to criticize President Obama than John Kasich,\" the Republican told CNN.", "No single swing", "", "told"},
	{"a role with of inside it after its verb is the name's after it", "Barack Obama addressed Congress on Tuesday.\n\n\"The State of the Union is not just a conversation with Congress,\" said Obama chief of staff Denis McDonough in a video.", "The State of the Union", "Denis McDonough", "said"},
	{"a role with of inside it before its verb is the name's after it", "Barack Obama addressed Congress on Tuesday.\n\n\"It is a conversation with you,\" White House chief of staff Denis McDonough said in a video.", "It is a conversation", "Denis McDonough", "said"},
	{"a source a role names after according to is the role's bearer", "Nancy Pelosi flew to Brussels on Saturday.\n\nThe delegation would go on to Afghanistan to \"obtain critical national security briefings,\" according to Pelosi spokesman Drew Hammill.", "obtain critical", "Drew Hammill", "according to"},
	{"a speaker an agency reports as saying after the quotation", "Israel struck near Damascus on Sunday.\n\n\"The Israeli terrorist aggressions have left no room for hesitation,\" SANA reported Syrian Prime Minister Wael al-Halqi as saying.", "The Israeli terrorist", "Wael al-Halqi", "reported"},
	{"a relative clause's verb right before the quotation after a party and state", "James Mattis testified on Tuesday.\n\n\"I think we can find common ground with him,\" he told Sen. Mazie Hirono (D-Hawaii), who complained \"these tweets have impacted markets.\"", "these tweets", "Mazie Hirono", "complained"},
	{"a family name's bearer the words call by the given name is not the speaker", "President Donald Trump announced on Tuesday that Nikki Haley has resigned.\n\nA source told CNN that Ivanka Trump laughed when she heard about the speculation.\n\nHowever, Trump later told reporters that his daughter would be \"incredible\" as ambassador.\n\n\"I've heard a lot of names. I've heard Ivanka. How good would Ivanka be?\" Trump said. \"I think Ivanka would be incredible but it doesn't mean I'd pick her.\"", "I think Ivanka would be incredible", "Donald Trump", ""},
	{"an office a family name several bear holds does not pass to another bearer named in full", "President Trump's call to arm teachers is going nowhere.\n\nEven the president's daughter Ivanka Trump isn't convinced of the idea.\n\n\"Bringing more guns into our schools does nothing,\" NEA President Lily Eskelsen Garcia said in a statement.\n\nThe president responded enthusiastically, \"What you're saying is that they can expect major trouble.\"", "What you're saying", "", "responded"},
	{"a question's asker named after a role, with party and state, and whether", "Robert Mueller testified on Wednesday.\n\nAsked by one lawmaker, Rep. Ted Lieu, D-Calif., whether \"you did not indict Donald Trump because of the opinion, correct?\" Mueller replied: \"That is correct.\"", "you did not indict", "Ted Lieu", "asked"},
	{"a subject after a conjunction is no role's name after a preposition", "Donald Trump spoke in Iowa. Barack Obama spoke in Washington.\n\nAnd they spent Monday night talking about Trump, who called for a religious test for who is admitted to the country right after Obama said it was \"our responsibility to reject\" such a test.", "our responsibility", "Barack Obama", "said"},
	{"a pronoun in a relative clause on someone's dated work is its owner", "Paul Miller wrote about Libya and Moammar Gadhafi.\n\nThe intervention was rooted in Gadhafi’s Feb. 22, 2011, speech in which he pledged to “sanitize Libya an inch at a time.”", "sanitize Libya", "Moammar Gadhafi", "pledged"},
	{"a son named with a comma before his suffix speaks as himself", "President Donald Trump spoke on Monday.\n\n\"I met her,\" Donald Trump, Jr. said.", "I met her", "Donald Trump Jr.", "said"},
	{"one the speaker says replied after the quotation is its speaker", "Donald Trump met Michael Cohen.\n\nCohen testified on Wednesday. \"Wouldn't that be great,\" he said Trump replied when informed of the prospect.", "Wouldn't that be great", "Donald Trump", "said"},
	{"a group a headline reads as a name is no pronoun's antecedent", "Edwards gets acquittal on one count\n\nProsecutors had alleged he used campaign funds to conceal his mistress\n\nTwo-time Democratic presidential hopeful John Edwards took responsibility after his case ended.\n\nProsecutors had accused the onetime North Carolina senator of using illegal campaign contributions.\n\nEmerging from the courthouse, he said that while he never believed he committed a crime, \"I did an awful, awful lot that was wrong.\"", "I did an awful", "", "said"},
	{"a family name the body used alone is not a bearer named in full only later", "Hope Hicks is resigning as communications director.\n\nA former model, Hicks is Trump's longest serving aide.\n\n\"Hope is outstanding and has done great work,\" Trump said in a statement.\n\n\"Hope Hicks is loved and admired by all who know her,\" the president's daughter and adviser, Ivanka Trump, tweeted.", "Hope is outstanding", "Trump", "said"},
	{"a Korean name written family name first has no given name's gender", "Secretary of State John Kerry arrived in Seoul on Friday.\n\nSouth Korean Foreign Minister Yun Byung-se urged North Korea to open talks. \"We urge North Korea to cease its reckless behavior,\" he said.", "We urge North Korea", "Yun Byung-se", "said"},
	{"a name in a phrase of topic opening the sentence is not the pronoun's", "John Kasich spoke in Ohio. John Weaver is his strategist.\n\nKasich did not hesitate to criticize his staff. Of Weaver's tweet, he said: \"Sometimes, he gets a little tweet-happy.\"", "Sometimes, he gets", "John Kasich", "said"},
	{"a name in a clause set off after an opening phrase is not the pronoun's", "Donald Trump bought an airline, and Bruce Nobles ran it.\n\nTrump’s appetite was greater than his ability to manage what he had acquired. Last week on the phone, as Trump passed the one-month mark in the White House, Nobles told me that what he sees now is what he saw then. \"His behavior to date,\" he said, \"is consistent with the behavior I saw 30 years ago.\"", "His behavior to date", "Bruce Nobles", "said"},
	{"someone's words spoken of in a participle set off after them are the participle's", "John Boehner spoke. Barack Obama spoke.\n\nObama rejected Boehner's contention on Monday, saying the speaker \"should prove it\" by holding the vote.", "should prove it", "Barack Obama", "saying"},
	{"a press secretary for a titled owner's officer speaks, not the officer", "North Korea reopened a hotline, on the orders of leader Kim Jong-un.\n\nThe press secretary for South Korea's President Moon Jae-in said the restoration of this channel was \"very significant\".\n\n\"It creates an environment where communication will be possible,\" he said.", "It creates", "", "said"},
	{"a request reported with asked in someone else's words is theirs", "Sarah Sanders spoke on Friday.\n\nSanders told reporters President Donald Trump has asked his Cabinet agencies to \"look and see if they have money that can be used\" to begin building the wall.", "look and see", "Sarah Sanders", "told reporters"},
	{"proclaims is a speech verb", "Stephen Mansfield wrote a book. George Bush read it.\n\n“It is time to recover what we have lost,” Mr. Mansfield proclaims. He also wrote “The Faith of George W. Bush” among other books.", "It is time", "Stephen Mansfield", "proclaims"},
	{"a possessive right before a quotation is what the words speak of", "Max Abelson of Bloomberg wrote about Donald Trump.\n\n“Trump is selling himself,” Abelson wrote. Trump’s “corporate leadership,” he concluded, “is a kind of teenager’s fantasy of adult office power.”", "is a kind of", "Max Abelson", "concluded"},
	{"a name in a question opening with when asked is not the answer's speaker", "Gordon Sondland testified. Donald Trump watched.\n\nDavid Holmes said he overheard the call. When asked if Trump knew who Sondland was, he said, \"Yes.\"", "Yes.", "David Holmes", "said"},
	{"a participle opening a sentence is no given name", "Donald Trump spoke on Monday. Using Twitter, he threatened the show with an investigation. Rex Tillerson was in China when Mr. Trump weighed in on Twitter. Mr. Tillerson was “wasting his time trying to negotiate,” he wrote.", "wasting his time", "Donald Trump", "wrote"},
	{"a question's auxiliary is no given name", "Elizabeth Warren spoke in Boston. Hillary Clinton lost in 2016. Would Warren endorse a Democrat who was anti-abortion? “Probably not,” she says. Clinton recently said misogyny played a part. Warren does not say no. “I said I’m in this fight,” she says.", "I said I’m in this fight", "Elizabeth Warren", "says"},
	{"sharing links before a caption are no given names", "Elizabeth Warren spoke in Boston. Hillary Clinton lost in 2016. Facebook Twitter Pinterest Warren speaks at a rally. Clinton recently said misogyny played a part. Warren does not say no. “I said I’m in this fight,” she says.", "I said I’m in this fight", "Elizabeth Warren", "says"},
	{"what a participle adds after the words is another report", "Alexander Vindman testified. Steve Castor asked about offers. Castor’s questions raised doubts, but the national security aide said he “immediately dismissed the offers,” adding that he reported it up the chain of command.", "immediately dismissed the offers", "", ""},
	{"a name qualifying investigators before a colon is not theirs", "Robert Mueller led the inquiry. The Mueller investigators write: “We understand the FBI believes that this operation enabled the GRU to gain access.”", "We understand the FBI", "", ""},
	{"a memo's author may follow a role that opens with a name", "Matt Lauer was fired on Wednesday. According to a memo from NBC News chairman Andrew Lack, the dismissal was sparked by “a detailed complaint from a colleague about inappropriate sexual behavior” in the workplace.", "a detailed complaint", "Andrew Lack", "wrote"},
	{"a question the narration puts is not the one who replies to it", "Anthony Weiner spoke on Monday. Asked point-blank, “Is that picture you?” Weiner replied, “You know I'm not going to talk about this.”", "Is that picture you", "", ""},
	{"an answer the narration labels as one is not the asker's", "Donald Trump spoke. “Today” show host Meredith Vieira asked Trump, “You've been privy to all of this to know this?” His response: “Well, I have people that actually have been studying it.”", "Well, I have people", "", ""},
	{"the chief justice is not one of the justices", "Chief Justice John G. Roberts Jr. and Justice Anthony M. Kennedy were skeptical.\n\n“It is right,” the chief justice said.", "It is right", "John G Roberts", "said"},
	{"the justice is not the chief justice", "Chief Justice John G. Roberts Jr. and Justice Anthony M. Kennedy were skeptical.\n\n“It is wrong,” the justice said.", "It is wrong", "Anthony M Kennedy", "said"},
	{"a participle's phrase opening a sentence comes before its subject", "Paul Ryan spoke to Fox News about Barack Obama. Amplifying the campaign message, he said Obama's borrowing is dragging down growth – he also claimed the “hope and change campaign of '08 has become the blame and attack campaign of 2012.”", "hope and change", "Paul Ryan", "claimed"},
	{"words quoted in a clause with a subject of its own are not the main clause's speaker's", "Joe Biden and Paul Ryan debated. When Mr. Biden went after Mr. Romney's remark about the “47 percent,” Mr. Ryan reminded the vice president of his own gaffes.", "47 percent", "Romney", "comments"},
	{"a question put after a phrase opening the sentence is not the answerer's", "Mike Pence spoke. Weeks before the election, asked if the campaign was “in cahoots” with WikiLeaks, Pence denied it.", "in cahoots", "", ""},
	{"the one a clause closing the sentence reports speaking speaks on", "Chuck Schumer spoke. Members began stepping up their calls for Schumer to stand strong Sunday night, when Senate Majority Leader Mitch McConnell, R-Ky., suggested a compromise had been reached.\n\n“The negotiations will continue,” he said.", "The negotiations will continue", "Mitch McConnell", "said"},
	{"a title in chief is no part of the name after it", "Responding to the statement, BuzzFeed Editor-in-Chief Ben Smith said it stands by its reporting.\n\n“We stand by our reporting,” Smith tweeted.", "We stand by our reporting", "Ben Smith", "tweeted"},
	{"a pronoun in a message's relative clause is the one it is from", "Hillary Clinton spoke. Donald Trump spoke. “Hiya, it’d be great if you guys could comment on this story,” WikiLeaks said in a message to Mr. Trump that included a quote from Mrs. Clinton in which she said she wanted to “just drone” Julian Assange.", "just drone", "Hillary Clinton", "said"},
	{"the one a relative clause reports speaking speaks on", "Justice Anthony M. Kennedy and Justice Antonin Scalia heard the case.\n\nThis dual argument that confounded Justice Kennedy also drew the ire of Justice Antonin Scalia who said he was whipsawed by the claims. “If somebody tells you how to exercise discretion, you don't have discretion,” he said.", "If somebody tells you", "Antonin Scalia", "said"},
	{"a name inside a quotation opening the sentence is not the participle's subject", "John Bolton was named. A source spoke to the Beacon.\n\n“John is someone who understands the danger of Iran,” the source said, adding that “nothing’s off the table right now.”", "nothing’s off the table", "", ""},
	{"a quotation carried over lines with no mark reopening it holds the names in them", "Danny Davis defended Louis Farrakhan.\n\n“I don’t have no problems with Farrakhan,” Davis said.\n\n“That’s just one segment of what goes on in our world.\n\nThe world is so much bigger than Farrakhan and his position on that.\n\nFor those heavy into it, that’s their thing, but it ain’t my thing,” he said", "For those heavy", "Danny Davis", "said"},
	{"words quoted in a phrase of topic opening the sentence are not its subject's", "Michael Horowitz wrote the report. Hillary Clinton used a private server.\n\nAs for the question of her “intent,” Horowitz said it arose “months earlier.”", "intent", "", ""},
	{"words quoted in a relative clause about a message are not its author's", "Pope Francis named Juan Barros. The Associated Press reported on it.\n\nThe Associated Press obtained a confidential letter from Pope Francis dated 2015 that “reveals the bishops’ concern about Francis naming a Karadima protégé.”", "reveals the bishops", "", ""},
	{"words carried over lines to a cue are its speaker's, not the speaker's before", "Tedros Adhanom leads the WHO. Mike Adams runs a website.\n\n“This is not some future nightmare scenario,” said Dr. Tedros.\n\n“Hidden underneath this message is a far more sinister W.H.O.\n\nagenda,” warns Mike Adams, the Health Ranger.", "Hidden underneath", "Mike Adams", ""},
	{"the one who rejects what a quotation's speaker said speaks on", "Australian tennis' top official defended the courts after criticism by Lleyton Hewitt.\n\nHewitt said he had had a \"gutful\" of trying to persuade them to make the surface faster but Tennis Australia's Geoff Pollard rejected his comments. \"We did ask for it to be made faster than last year,\" he said.", "We did ask", "Geoff Pollard", "said"},
	{"words quoted in what a verb reports and left no one's do not end the report", "Michael Heilmann and Richard Doherty spoke.\n\n\"Blu-ray offers the capacity,\" said Michael Heilmann. Sony announced it would use the technology. Mr Doherty said gamers were \"ravenous\" for high-quality graphics. \"Gamers are always focused on more capacity.\"", "Gamers are always", "Richard Doherty", ""},
	{"a name set off after a place a preposition governs is the subject", "Eve Ensler wrote the play.\n\n\"I'm extremely outraged at the hypocrisy,\" the play's organiser in Uganda, Sarah Mukasa, told the BBC.", "I'm extremely outraged", "Sarah Mukasa", "told"},
	{"a subject called by one name, not the one its relative clause names", "Jamie Foxx won the award.\n\nDiCaprio, who lost out on the best actor Bafta to Foxx, will face him again at the Academy Awards.\n\n\"It's the first time I've come to the Baftas,\" he told reporters.", "It's the first time", "DiCaprio", "told reporters"},
	{"a subject described by where he is from is the one named as subject before", "Everton manager David Moyes will discipline striker James Beattie after all.\n\nThe Scot initially defended Beattie, saying Gallas overreacted. \"I believe the dismissal was right,\" he said.", "I believe the dismissal", "David Moyes", "said"},
	{"an age in a role after the verb", "Ronnie Corbett joined Victoria Wood and David Jason in attacking television.\n\n\"It's just laughing at each other,\" said the 74-year-old comedian.", "It's just laughing", "", "said"},
	{"Mr before a given name of someone named in full is someone else's family name", "Howard Flight's local association has insisted he will not be its candidate.\n\nAt a news conference, Mr Howard insisted he had played by the party's rules. \"We are clear,\" he said.", "We are clear", "Howard", "said"},
	{"an MP's party and title before the name", "Archy Kirkwood chairs the committee.\n\nBut committee member and Tory MP Nigel Waterson said he was \"amazed\" Mr Smith was still in his job. \"We were led to believe he was going,\" he said.", "We were led", "Nigel Waterson", "said"},
	{"an unnamed spokesman after a conjunction names no one", "Ministers met John Denham.\n\nMr Denham believes the council should reconsider its proposals. He said: \"We want to see sentencers advised.\" But a spokesman for the Home Office defended the proposals. He said: \"We stand by the provisions.\"", "We stand by", "", "said"},
	{"a name set off by an appositive before a verb closing the sentence speaks on", "Moon Jae-in said there would be no nuclear weapons in his country.\n\nBut a nuclear South Korea under Moon could change that, Tong Zhao, fellow at the Carnegie-Tsinghua Center for Global Policy, told CNN.\n\n\"If South Korea pursued its own nuclear program, Japan will feel a great pressure,\" he said.", "If South Korea pursued", "Tong Zhao", "said"},
	{"the tabloids' Brit before a full name is where someone is from", "Brit Kartik Bhanot, from Essex, witnessed the horror.\n\n\"I'm still shaking,\" he said.\n\nBrit tourist Kevin Harris left the promenade just minutes before the attack.\n\nHe told Good Morning Britain: \"After a minute of being back in my room, I heard some gunshots.\"", "After a minute", "Kevin Harris", "told"},
	{"someone unnamed who speaks of a woman leaves a \"he\" after it no one named", "Nice Mayor Christian Estrosi said the situation was \"under control\".\n\nMr Estrosi said on TV: \"The driver fired on the crowd.\" A Downing Street spokesman said PM Theresa May was being kept up to date. He stressed: \"Our thoughts are with those affected.\"", "Our thoughts", "", "stressed"},
	{"words recalled as someone else spoke them are theirs, not the one recalling", "Shane Perry was on the plane.\n\n\"It seemed strange to me,\" Perry said.\n\nHe recalled the pilot telling the passengers: \"We are going to take off, but I will turn around.\"", "We are going", "", ""},
	{"a name after aka is a nickname, no one's words", "Phil Plait writes about space.\n\nThe car will end up in an orbit that takes it \"near Mars,\" said Phil Plait, aka \"The Bad Astronomer.\"", "The Bad Astronomer", "", ""},
	{"a name in a relative clause of an opening participle's phrase is no pronoun's", "Moshe Yaalon is a former defense minister. Benjamin Netanyahu leads Likud.\n\nMr. Yaalon accused the leadership of scaremongering. Citing the nuclear agreement with Iran, which Mr. Netanyahu strenuously opposed, and the capabilities of the military, he said, \"There is no existential threat on the State of Israel.\"", "There is no existential", "Moshe Yaalon", "said"},
	{"a name set off after \"to the\" and a body is the subject", "The council met on Friday.\n\n\"I hope we will have a strong resolution,\" Japan's Ambassador to the United Nations, Koro Bessho, told reporters.", "I hope we will", "Koro Bessho", "told reporters"},
	{"words a body passes on quoting someone unnamed are theirs", "North Korea launched a rocket.\n\n\"Space development for peaceful purposes is a sovereign state's legitimate right,\" the Korean Central News Agency said, quoting the agency director.", "Space development", "", "said"},
	{"a work's title before its director's name is no one's words", "Uma Thurman spoke to the Times.\n\n\"Pulp Fiction\" director Quentin Tarantino has responded to an interview Uma Thurman gave.", "Pulp Fiction", "", ""},
	{"a title opening a sentence before a noun is no one's words", "Yusef Abu Rumiyeh spoke to the crowd.\n\n\"It would have taken place,\" he said in a video posted on YouTube. \"Friday of Martyrs\" protests were also staged in the port of Latakia.", "Friday of Martyrs", "", ""},
	{"someone unnamed with three words before the noun is the pronoun's", "Irene Sterling leads a parents' group.\n\n\"It's horrible,\" she said. In a similar episode, a high school English teacher in Doylestown, Pa., was suspended recently after she called students \"disengaged, lazy whiners\" on her blog.", "disengaged, lazy", "", "called"},
	{"a sentence of a speaker and a verb alone attributes the quotation closed by a stop before it", "Marshal Cohen is an analyst. \"Imagine going into Kmart,\" said Marshal Cohen. \"We don't want two separate cultures.\" Kmart Chairman Edward Lampert said Thursday. \"The idea is to compete.\"", "We don't want", "Edward Lampert", "said"},
	{"in paragraphs run together, a quotation in the sentence the last speaker's words end in is not the sentence subject's", "Plans to ban smoking were labelled a \"bodge\" yesterday. John Reid, the Health Secretary, found himself under attack for introducing \"half-measures\" while the Tories said he was adopting a \"nanny state approach\" by extending the role of Whitehall into \"individual liberty and lifestyle\". " + strings.Repeat("The plans were published on Tuesday. ", 10), "individual liberty", "", ""},
	{"a quotation from someone named before the colon is theirs, not the one who reads it", "Jim Taricani spoke. \"I'm proud,\" Taricani said. There is also a quotation from Thomas Jefferson that Taricani said he wants to read in court when he is sentenced: \"Our liberty depends on the freedom of the press.\"", "Our liberty", "Thomas Jefferson", "quoted"},
	{"a person and where they work after the quotation", "Stocks rose. \"I don't see any problems,\" Chris Callies of Dean Witter said.", "I don't see", "Chris Callies", "said"},
	{"a body named with of after the quotation is no person", "Stocks rose. \"We won,\" Bank of America said.", "We won", "", ""},
	{"a country's name alone is not someone's given name", "Last week, Defence Minister Israel Katz said the army would stay. In its written submission to the court, Israel said that there are multiple “inextricable links” between the cases.", "inextricable links", "Israel", "said"},
	{"words after \"the term\" are a term, not the last speaker's", "Leslie Field leads the project. “We will test it,” Field said. Some proponents, including Field, prefer the term “climate restoration.” After the test, the priorities changed.", "climate restoration", "", ""},
	{"people named by what they do, after a conjunction, speak for themselves", "Nangolo Mbumba led the mourning. Mbumba said he was present when doctors told those at the hospital: “We just lost him.”", "We just lost him", "", ""},
	{"a few words opening a clause as its subject are a term", "Strava launched two features. “We hear you,” Strava wrote. While “quick edit” will be free, Strava says that night heatmaps will be a premium feature.", "quick edit", "", ""},
	{"confessed is a speech verb, set off between a clause and its own", "Nell Scovell is a writer.\n\nThe Los Angeles Times once called Scovell a “feminist comedy writer.” When she read those words, she confessed, she had “a mild heart attack.”", "a mild heart attack", "Nell Scovell", "confessed"},
	{"a crowd's words opening a sentence are not those of the one named after them", "Donald Trump spoke in Ohio.\n\nThe audience roared, “Lock her up! Lock her up,” as Trump declared, “Her corruption is on a scale we have never seen.”", "Lock her up!", "", ""},
	{"words someone was caught on tape saying are theirs, not the one speaking after them", "Natalie Morales hosts a show. Donald Trump ran for president.\n\nIn response to a report about the 2005 recording, which captured the former reality TV star saying he could “grab them,” Access Hollywood host Natalie Morales said the tape is real.", "grab them", "", ""},
	{"a quotation whose own sentence names an unnamed source is not the outlet's a colon introduced", "Steve Bannon spoke in Alabama. CNN’s Dana Bash reports he is setting his sights on the midterms.\n\nFrom CNN:\n\n“The populist movement is going to do a house cleaning,” a source familiar with Bannon’s thinking tells CNN.", "The populist movement", "", ""},
	{"a relative clause set off by a dash after a quotation is no cue", "Megyn Kelly interviewed Newt Gingrich.\n\nKelly articulated that “if Trump is a sexual predator”—which Gingrich quickly denied—the voters would care.", "if Trump is", "", ""},
	{"someone described by another age than the one named before is someone else", "Katie Freeman, 44, was given a prosthetic nose as she filmed the show.\n\nMs Freeman lived with Saima Alvi, a Muslim woman, during filming.\n\nThe 49-year-old told of the abuse she suffers regularly. She said: “It's very humiliating.”", "It's very humiliating", "", "said"},
	{"someone described by the age named before is the one named", "Katie Freeman, 44, was given a prosthetic nose as she filmed the show.\n\nMs Freeman lived with a Muslim woman during filming.\n\nThe 44-year-old told of the abuse she saw. She said: “It's very humiliating.”", "It's very humiliating", "Katie Freeman", "said"},
	{"a trade before a name is no part of it", "Comedian Tom Arnold is claiming he has the tape.\n\n“It was wild,” Arnold said.", "It was wild", "Tom Arnold", "said"},
	{"the same pronoun before a name and after it is someone else's, no clue to the name's gender", "Rithy Panh directed the film. Ted Sarandos of Netflix backed it.\n\nAt lunch, she waited in line like everyone else, recalls Panh, and she never raised her voice. “Here we don’t shout. We talk,” he says.", "Here we don’t shout", "Rithy Panh", "says"},
	{"a manner verb in the present tense after an unnamed subject", "Leah Remini praised her. As Remini says, “there is nothing she does half-assed.” “A-Rod’s in the house,” someone from the audience yells. She laughs.", "A-Rod’s in the house", "", ""},
	{"a manner verb in the present tense is a speech verb", "Jennifer Lopez met him in 2017.\n\n“He is my best friend,” Lopez gushes.", "He is my best friend", "Jennifer Lopez", "gushes"},
	{"going on to explain is a speech verb", "Caitlyn Jenner has a memoir out. Robert Kardashian defended Simpson.\n\nJenner talks about a car ride with Kardashian and claims he said, \"I would've been okay with it.\" The implication, as Jenner goes on to explain, \"was obvious that he believed O.J. was guilty.\"", "was obvious", "Caitlyn Jenner", "goes on to explain"},
	{"a kind of film before a comma names a work", "Kristen Stewart is in demand. Some reports say that Stewart said no to the project as she is busy with the psychological thriller, \"Underwater.\" Fans can relax.", "Underwater", "", ""},
	{"whom the writer asks without naming answers, not the one named before", "Angelina Jolie came in with her daughter.\n\nI ask the girl if she’s called “Viv” or “Vivienne.” “Either one!” she says with a smile.", "Either one!", "", "says"},
	{"the writer's own question is no one's the article names, and the one interviewed speaks on", "Alex Rodriguez smiled. “I was so angry at myself,” he says. “How did you get through?” I ask. “Help,” he says.", "How did you get through?", "", ""},
	{"after the writer's own question the one interviewed answers", "Alex Rodriguez smiled. “I was so angry at myself,” he says. “How did you get through?” I ask. “Help,” he says.", "Help,", "Alex Rodriguez", "says"},
	{"someone described after a quotation is whom it quoted last", "Miley Cyrus's sister, Brandi Cyrus, has addressed the rumours.\n\n\"She's not married,\" said Brandi Cyrus.\n\nThe pop singer addressed the photo that her father, Billy Ray Cyrus, posted. They were \"probably just having fun or something,\" she said.", "probably just having fun", "Brandi Cyrus", "said"},
	{"a capitalized word joined to a participle describes someone and names no one, and a legend is someone described", "Beloved Emmy-winning actress Betty White turned 95. To mark the occasion, the living legend sat down with Yahoo’s Katie Couric to share her secrets. “I am the luckiest old broad on two feet,” she acknowledged.", "I am the luckiest", "Betty White", "acknowledged"},
	{"one a reporter reports explaining speaks on, not the reporter", "Bill Gertz writes for the Free Beacon.\n\nGertz reported that a counterterrorism expert, Sebastian Gorka, explained the events that could develop.\n\n“The first would be how commercial airliners were used,” he said.", "The first would be", "Sebastian Gorka", "said"},
	{"whom the one quoted says yelled the words", "Dorian Johnson walked with Michael Brown.\n\nJohnson says he ducked behind the first car. Crouching down a bit, he watched Brown run past.\n\n“Keep running, bro!,” he said Brown yelled.", "Keep running", "Michael Brown", "said"},
	{"someone named in a relative clause on an unnamed subject is not the pronoun after it", "Brian Williams anchors the news. “We take it seriously,” the NBC source said.\n\nOne longtime NBC employee who has worked with Williams on several occasions had a few dirty words for the anchor, calling him a “real pompous piece of work.”\n\n“He’s an ass,” he fumed.", "He’s an ass", "", "fumed"},
	{"the pronoun opening a main clause is the subject of the clause before it", "Kevin McCarthy met Donald Trump. Trump went on to paint a picture of doom.\n\nAlthough McCarthy describes himself as an “optimistic conservative,” he says he was unfazed by the speech.", "optimistic conservative", "Kevin McCarthy", "describes"},
	{"an adverb opening a sentence is no given name", "Kevin McCarthy met Donald Trump in 2016. Thus McCarthy’s early overtures to Trump were self-preservation.\n\n“I was one person who talked to everybody,” McCarthy said.", "I was one person", "Kevin McCarthy", "said"},
	{"a verb opening a question is no given name", "Donald Trump spoke in Ohio. Can Trump win the state? Maybe Trump can.\n\n“We will win,” Trump said.", "We will win", "Donald Trump", "said"},
	{"a paper's editorial is the paper's words", "Nancy Pelosi spoke. The New York Daily News editorializes that “the wall may well keep America safer.”", "the wall may well", "New York Daily News", "editorializes"},
	{"denouncing is speech", "Nancy Pelosi spoke on Monday. Speaker of the House Paul Ryan, already a front-runner to challenge Trump in 2020, denounces the plan as “too expensive, nonsensical.”", "too expensive", "Paul Ryan", "denounces"},
	{"a label is its givers' words, not the sentence's speaker's", "Joe Biden ran against Bernie Sanders. Barack Obama was president.\n\nDuring the campaign, Biden has responded to activist pressure and began to distance himself from the record of the “deporter in chief,” as Obama was labeled by immigrant rights activists.", "deporter in chief", "", ""},
	{"a label's giver named after it", "Hillary Clinton ran. Ted Cruz spoke. She was no longer “a very nasty woman,” as she was dubbed by Donald Trump.", "a very nasty woman", "Donald Trump", "labeled"},
	{"a manifesto names a work", "Donald Trump spoke. “But that’s exactly what they are,” Trump wrote in his campaign manifesto “Great Again: How To Fix Our Crippled America.” But this is a move.", "Great Again", "", ""},
	{"the one a quotation's subject called something is not its speaker", "Jon Stewart hosted the Daily Show. Over the years Stewart has used his perch to mock Dick Cheney’s “torture boner,” called conservative columnist Robert Novak a “vampire,” and compared Fox News to a cult.", "torture boner", "", ""},
	{"a speaker who names someone with words to come cues those, not the quotation before", "Jon Stewart left. NBC’s Savannah Guthrie lamented how “it’s hard to imagine the late night landscape without Jon Stewart,” ABC’s Lara Spencer called him a “comedy cultural juggernaut.”", "it’s hard to imagine", "Savannah Guthrie", "lamented"},
	{"a team named for someone is no second bearer of their name", "Republicans complained that the attacks on Mitt Romney are untrue, and Team Obama fired off a blunt response: Stop whining.\n\nPresident Obama said his campaign won’t back down.\n\n“No. We will not apologize,” Mr. Obama told WAVY-TV.", "No. We will not apologize", "Obama", "told"},
	{"the pronoun after a clause joined by and is that clause's speaker's", "Lindsey Graham and John Kennedy are senators.\n\nGraham said firing Mueller “would be the beginning of the end,” and Kennedy added that Trump knows better. “He’s too smart,” he said.", "He’s too smart", "John Kennedy", "said"},
	{"a phrase referring to people opening a sentence does not name its speaker", "Dick Durbin and Dianne Feinstein voted. Benjamin Netanyahu declined to meet them.\n\n\"Since when does an Israeli prime minister say no?\" bemoaned a former Israeli official. And referring to Durbin and Feinstein, he said, \"Their voting record is impeccable.\"", "Their voting record", "", "said"},
	{"bemoaning is speech", "Benjamin Netanyahu declined to meet them.\n\n\"Since when does an Israeli prime minister say no?\" bemoaned Dan Shapiro.", "Since when", "Dan Shapiro", "bemoaned"},
	{"an imperative opening a sentence is no given name", "Joe Biden spoke. Hillary Clinton lost.\n\nRecall Obama promising to bankrupt coal companies. Obama told the crowd, “You’re likable enough.”", "You’re likable enough", "Obama", "told"},
	{"the pronoun after a colon is the one named before it", "Andrew Scheer leads the Conservatives. He criticized the border policy.\n\nEven further to the right is the People’s Party of Canada, led by former MP Maxime Bernier: he has vowed to stop “mass immigration” to Canada.", "mass immigration", "Maxime Bernier", "vowed"},
	{"a participle of speech names the speaker of a question ending its sentence", "CNN reporter Brian Karem threw a tantrum during a briefing. He made a spectacle, screaming at Sarah Huckabee Sanders, \"You're a parent, don't you have any empathy?!\" Even CNN's Brian Stelter said the performance wasn't helpful.", "You're a parent", "Brian Karem", "screaming at"},
	{"the speaker named after words whose opening mark is missing speaks on", "Jeffrey Goldberg fired Kevin D. Williamson.\n\n“Kevin is a gifted writer,” said editor-in-chief Jeffrey Goldberg. […] Late yesterday afternoon, information came to our attention. Specifically, the subject of one of Kevin’s tweets was also a centerpiece of a podcast discussion in which Kevin explained his views on the subject,” wrote Goldberg. “The language he used made it clear,” he added.", "The language he used", "Jeffrey Goldberg", "added"},
	{"a name after an outlet and the role it gives opens a colon's introduction", "Larry Kudlow called the speech a mistake. The Post’s somewhat conservative blogger Jennifer Rubin summed it up nicely: “The SOTU.. Debt what debt?”", "The SOTU", "Jennifer Rubin", ":"},
	{"a clause between an owner and a name introduces no one by that name", "Gordon Sondland met her. Sondland’s lawyer wrote that Sondland rejects that account: “Ambassador Sondland denies it.”", "Ambassador Sondland", "", ""},
	{"a question put when pressed is the asker's words", "John Kelly runs the staff.\n\nWhen pressed by NPR on whether this policy was “cruel and heartless,” White House Chief of Staff John Kelly told NPR, “The children will be taken care of.”", "cruel and heartless", "", ""},
	{"one quoted as saying that someone did something says it", "Bob Woodward wrote a book. Woodward quotes Trump’s outside counsel John Dowd as saying that Trump “just made something up” in response to one question.", "just made something", "John Dowd", "quoted"},
	{"an aside on someone quoting them is theirs", "Donald Trump spoke. Trump charged Vice President Mike Pence—who campaigned on “send[ing] Roe v. Wade to the ash heap of history”—with the response.", "send[ing]", "Mike Pence", "who"},
	{"an aside whose subject is a pronoun is the pronoun's, not the one it is on", "Barack Obama thanks the people of South Africa for sharing Nelson Mandela — who he says lived a “life like no other” with the world.", "life like", "Barack Obama", "says"},
	{"pointing out is speech", "Arturo Sarukhán spoke.\n\nBut, as Fernández points out, its symbolism undermines Mexico’s decision “to embrace the United States as an economic partner” with NAFTA.", "to embrace", "Fernández", "points out"},
	{"a charge a quotation names is its owner's", "Susan Collins spoke. She said she would vote to acquit, noting that Democrats' “abuse of power” charge did not allege a crime.", "abuse of power", "Democrats", "comments"},
	{"words listed after the first that a paper reports are the same subject's", "Rafael Correa runs Ecuador. Correa has called reporters there “rabid dogs” and “assassins with ink,” according to the Monitor.", "assassins with ink", "Rafael Correa", "called"},
	{"a prediction a quotation ends is its owner's", "Elizabeth Warren spoke. “We are done,” Warren said, an allusion to Joe Biden’s recent prediction that Republicans will have “an epiphany” once Trump leaves office.", "an epiphany", "Joe Biden", "comments"},
	{"a clause after a word of time that quotes someone else's words is not the main clause's speaker's", "Pope Francis met Donald Trump. Today, as Pope Francis greeted President Trump with a warm “Welcome,” Trump responded, “Thank you very much.”", "Welcome", "", ""},
	{"the one addressed after quoted words is not their speaker", "President Donald Trump traveled to Israel. Addressing his “good friend” Israeli Prime Minister Benjamin Netanyahu, the president remarked that peace is possible.", "good friend", "Donald Trump", "remarked"},
	{"a complaint a clause opening the sentence names is not the words its speaker says", "Mitt Romney spoke. When asked about Trump’s complaint that he was being undermined, Romney said, “He’s got his own perspective and expresses it openly.”", "He’s got his own", "Mitt Romney", "said"},
	{"a one-word name after in is a place, not a person bearing it", "Nice attack live: activists angry — Breitbart London (@BreitbartLondon) July 15, 2016\n\nFrance’s ambassador to the UK spoke on the steps of the French embassy in London.\n\n“All our thoughts are with the victims and the families of the victims,” she said.", "All our thoughts", "", "said"},
	{"a place after in does not open a name", "In U.S. Senate battle in Texas O'Rourke gets tough, but is it too late?\n\nU.S. Rep. Beto O'Rourke debated Ted Cruz on Tuesday.\n\nO’Rourke countered that Cruz was ineffective.\n\n“Ted Cruz is for Ted Cruz,” he said.", "Ted Cruz is for", "Beto O'Rourke", "said"},
	{"a straight apostrophe names whom a curly one does", "Ken Cuccinelli said Martin O’Malley screamed at him in a pub.\n\nAttempting to deescalate the situation, Cuccinelli left to go order at a different bar within the pub, but O’Malley followed him.\n\n“[A]t which point O'Malley pushed his way through the small group to confront me,” he said.", "[A]t which point", "Ken Cuccinelli", "said"},
	{"a name before a role and another name qualifies it", "Flatiron Books published the novel.\n\nYesterday, Flatiron publisher Bob Miller issued a public apology in which he wrote, “We should never have claimed that it was a novel that defined the migrant experience.”", "We should never", "Bob Miller", "wrote"},
	{"words going on from the subject of someone's observation are theirs", "Charlie Sykes wrote a book about grievance.\n\nDrawing from Tocqueville’s observation that Americans “are forever brooding over advantages they do not possess,” he noted the way in which displeased customers inflated their claims.", "are forever brooding", "Tocqueville", "comments"},
	{"someone's observation that another repeats is the repeater's words", "Justice Anthony Kennedy asked about the law.\n\nJustice Ruth Bader Ginsburg reiterated Kennedy's observation that with 1,100 federal laws dealing with married couples, the effect of DOMA is “pervasive.”", "pervasive", "Ruth Bader Ginsburg", "reiterated"},
	{"people recalled referring to something are who called it so", "Kristofer Goldsmith served in Iraq.\n\nDriving north, he recalls his Army commanders referring to the unit’s role as that of a “cleanup crew,” as if the war would end any day.", "cleanup crew", "", ""},
	{"works named by kind before an example are titles", "Angela Rasmussen studies viruses.\n\n“They’re at a bench,” she said. (BSL-4 is akin to what is seen in movies such as “Contagion.”) She explained the security.", "Contagion", "", ""},
	{"a name quoted after the noun name is no one's words", "Ohio Tea Party candidate Christina Hagan ran against Anthony Gonzalez in the Republican primary. She lost.\n\nShe described herself as “anti-establishment, pro-Trump” on her website. She shared a news article on Twitter about an undocumented immigrant arrested for drug offenses, who happened to have the last name “Gonzalez.” Ohio Republican leaders pleaded with her to take down the tweet.", "Gonzalez", "", ""},
	{"Yuri in the news is a man's name", "Marie Yovanovitch was the ambassador. Yuri Lutsenko was Ukraine's prosecutor general.\n\nInstead, she encouraged him to meet with the FBI’s legal attaché in Kyiv. “I don’t think he really appreciated it,” she told investigators.", "I don’t think", "Marie Yovanovitch", "told"},
	{"officials unnamed after but speak for themselves", "Eric Carpenter built a seawall.\n\nCarpenter says he wanted to go up nearly six feet, but town officials said “we are going too fast.”", "we are going", "", ""},
	{"a military command is no person", "“I believe we are overlooking a significant security threat,” he told senators during congressional testimony in 2015. He said transnational organized crime groups such as the Mexican cartels “could unwittingly, or even wittingly, facilitate the movement of terrorist operatives or weapons of mass destruction toward our borders.”\n\nKelly warned that such movements would be “potentially undetected and almost completely unrestricted.”\n\nKelly emphasized that he’d seen no indication of cooperation between the Mexican cartels and Islamic terrorists. But he said it was a major concern.\n\nThe current leader of Southern Command, Adm. Kurt Tidd, echoed Kelly’s concern.\n\n“Many people are quick to dismiss the possibility of these groups working together in this part of the world. They believe the absence of evidence of a relationship is evidence of its absence,” he told senators last year.", "Many people", "Kurt Tidd", "told"},
	{"someone heard saying words is their speaker", "George Floyd died in police custody.\n\nElie Honig, a former prosecutor, notes that Floyd also can be heard saying \"don't kill me\" in video of the incident.", "don't kill me", "George Floyd", "heard"},
	{"words printed on a shirt are no one's speech", "John Barron owns a club with his brother Jeff.\n\nJohn passes the Browning to me. “Feel the trigger on that,” Jeff says. I do. Printed on Jeff’s black T-shirt, in skinny white letters: “by reading this shirt you have given me brief control over your mind.”", "by reading this", "", ""},
	{"a slogan on a hat is no one's speech", "Terrence K. Williams spoke in Florida.\n\nWearing a red “Keep America Great” hat, Williams declared, “If you mail in your vote, you may lose it.”", "Keep America Great", "", ""},
	{"Justice ending a name is a family name", "West Virginia Gov. Jim Justice announced he's switching parties.\n\n\"Like it or not, the Democrats walked away from me,\" Justice said.", "Like it or not", "Jim Justice", "said"},
	{"a name after a verb that takes an object set off by commas is its object", "Austin Gates Benson was a soldier. His mother is Joie Gates.\n\nBenson’s mother, Joie Gates, emailed Austin, saying, “No news is good news, but what’s up?”", "No news", "Joie Gates", "emailed"},
	{"a book's title may keep small words in lower case", "Karissa Haugeberg teaches history.\n\n“We read their letters,” Haugeberg said. She traces the history of abortion opponents in her 2017 book, “Women against Abortion: Inside the Largest Moral Reform Movement of the Twentieth Century.” Some of its supporters spoke.", "Women against", "", ""},
	{"a question after its owner's article is its title", "Holger Babinsky is a professor of aerodynamics at the University of Cambridge.\n\n“Air is pushed down,” Babinsky said. He explains it in his article “How Do Wings Work?” To demonstrate this, blow across a piece of paper.", "How Do Wings", "", ""},
	{"words under a banner are its name", "Donald Trump signed the bill.\n\n“It will be great,” Trump said. It brought enormous, regressive rate cuts flying under the banner of “tax reform.”", "tax reform", "", ""},
	{"someone unnamed whom a speaker reports speaks for themselves", "Marilyn Synek volunteered for Ben Sasse. An employee of the coffee shop recognized her.\n\nSynek also told the Examiner the employee declared, \"You are not wanted in our restaurant, so get out!\"", "You are not wanted", "", ""},
	{"who calls something a name after a question did not ask it", "Jim Jordan questioned Lt. Col. Alexander Vindman.\n\n“Your colleagues felt that there were times that you leaked information,” Mr. Jordan said. “Any idea why they have those impressions?” Colonel Vindman called the suggestion “preposterous.”", "Any idea why", "Jim Jordan", ""},
	{"someone's words reported before a colon are theirs", "Tara Reade worked for Joe Biden in 1993.\n\nFox News reported Reade’s words: “You should be able to have your voice heard without losing your career.”", "You should be able", "Tara Reade", "words"},
	{"a programme on a channel is a title", "Donald Trump met her at the Beverly Hills Hotel, where Trump insisted they watch “Shark Week” on the Discovery Channel.", "Shark Week", "", ""},
	{"railing is speech", "Donald Trump praised him.\n\n“Half of STEM graduates are not finding jobs in STEM fields,” railed Alabama senator Jeff Sessions, who Trump tapped for attorney general.", "Half of STEM", "Jeff Sessions", "railed"},
	{"someone's description of someone as words is theirs", "Brett Kavanaugh met senators.\n\nHis record would lead to Senator Dick Durbin’s description of him as “the Zelig or Forrest Gump of Republican politics.”", "the Zelig", "Dick Durbin", "comments"},
	{"words reports give someone are theirs", "Al Green filed articles of impeachment.\n\nOutraged over reports that Trump said he wanted fewer immigrants from “shithole countries,” Green added that example to his articles.", "shithole", "Trump", "said"},
	{"a day after a name is not part of it", "The White House spoke.\n\nPresident Donald Trump Wednesday said he would act.\n\n“We will act,” Trump said.", "We will act", "Donald Trump", "said"},
	{"a pull quote is the speaker's whose words it repeats", "Jill Family teaches law. Ann Lee runs a firm.\n\n“We file more suits,” Lee said.\n\n“The administration is trying to build all kinds of walls.”\n\nMore cases came. “Lots of people are unhappy,” Family says. “The administration is trying to build all kinds of walls. It’s not just physical walls.”", "The administration is trying", "Jill Family", ""},
	{"a hyphenated word describing someone is not their name", "Donald Trump met Roy Cohn.\n\nLong-time Trump-watcher Michael D’Antonio has explained: “Both were members of Le Club.”", "Both were members", "Michael D’Antonio", "explained"},
	{"a quoted word after \"the word\" is a term", "James Sweet wrote a paper.\n\n“It was accepted,” Sweet writes. Across the peninsula, he notes, the word “Negro” came to mean slavery.", "Negro", "", ""},
	{"a name someone is caricatured as is a nickname", "Andrew Jackson faced censure.\n\nJackson asserted that it was “settled by the Constitution.” His critics widely caricatured him as “King Andrew.”", "King Andrew", "", ""},
	{"a joined clause with its own speaker speaks on", "Bill O'Reilly tells Stephen Colbert all gun crimes should be federal crimes\n\nStephen Colbert scheduled Bill O'Reilly as a guest more than a month ago. Colbert asked O'Reilly how he would respond if he were president, and a very loose and expansive O'Reilly said Orlando wasn't a \"tragedy,\" but a battle in a larger war. They don't represent all of Islam, he said, \"but there's enough of them to cause the world pain.\"", "but there's enough", "Bill O'Reilly", "said"},
	{"a speech verb in a relative clause set off by dashes cues nothing after it", "John Bolton wrote a book. The White House is unhappy.\n\nIn the book, Bolton — who declined to testify because the White House told him not to — accuses the House of committing “impeachment malpractice” by stopping at Ukraine.", "impeachment malpractice", "John Bolton", "accuses"},
	{"a pronoun after someone who answers for a service is theirs, unnamed", "Ana Fuentes is a lawyer.\n\n“I never had this happen,” Fuentes said. I called the customer service line. A representative told me that I had been blocked. “It’s really odd,” she said.", "It’s really odd", "", "said"},
	{"a pronoun after words someone named handed over to is theirs", "Barack Obama spoke about health care.\n\nI saw this morning Senator Rand Paul basically saying, “Well, I think we should take away the standards. And people should be able to buy insurance,” he said, “for about a dollar a day.”", "Well, I think", "Rand Paul", "saying"},
	{"whom an occasion was with is not the one speaking in it", "Barack Obama leads Mitt Romney.\n\n“We are ahead,” Mr. Obama said. His surrogates seized on a comment that Mr. Romney gave in an interview with the Des Moines Register, in which he said “there’s no legislation with regards to abortion that would become part of my agenda.”", "there’s no legislation", "Mitt Romney", "said"},
	{"words after a call someone received from someone are the caller's", "Gordon Stewart worked for Roger Ailes.\n\n“We were friends,” Stewart said. In February 2012, Stewart received an unexpected, hysterical call from Ailes. “You’re putting a target on my son’s back!” he screamed.", "You’re putting", "Roger Ailes", "screamed"},
	{"a word offered as another for what was just said is a term", "Julie Wollman runs the college.\n\n“It is a strategic investment,” Wollman said. She announced that 42 teaching staff would be laid off, or “retrenched.”", "retrenched", "", ""},
	{"a role just introduced without a name is that unnamed one's", "Chicago Public Schools Chief Education Officer LaTanya McDade said she’s “hopeful” talks could wrap up.\n\nAt the rally, a Chicago police officer told them he could not protect them. “If you go otherwise, you all saw Charlottesville,” the officer said to strikers.", "If you go otherwise", "", "said"},
	{"words someone says an unnamed one told them are that one's", "David crossed the border.\n\n“I was with my wife and you separated me from her,” David said. The agents weren’t moved. “You’re going to Juarez,” David said one agent told him. “Deal with it.”", "Deal with it", "", ""},
	{"bare questions and answers going on in turn are the asker's and the answerer's", "John Kennedy questioned Brett Kavanaugh.\n\n“None of these allegations are true?” Kennedy asked.\n\n“Correct,” Kavanaugh said.\n\n“No doubt in your mind?”\n\n“Zero. 100 percent certain.”", "No doubt", "John Kennedy", ""},
	{"a bare answer in turn is the one's who answered before", "John Kennedy questioned Brett Kavanaugh.\n\n“None of these allegations are true?” Kennedy asked.\n\n“Correct,” Kavanaugh said.\n\n“No doubt in your mind?”\n\n“Zero. 100 percent certain.”", "Zero.", "Brett Kavanaugh", ""},
	{"a few words qualifying the noun after them are a term", "David Nichols is a historian.\n\n\"Their leverage is diminished,\" Nichols said, pointing out that Congress seizes on it to speed up the \"lame duck\" process.", "lame duck", "", ""},
	{"the email answered is not the answer's author", "Cheryl Mills was chief of staff.\n\n“Decline it,” was all she said in response to a May 18, 2012, email from Ami Desai, the foundation’s director.", "Decline it", "Cheryl Mills", "said"},
	{"a plural title makes each one of its list the bearer", "Sens. Mark Kirk of Illinois and Susan Collins of Maine back the bill. Sen. Dean Heller announced his support Monday.\n\n“It was Republican votes that made the difference,” the senator said.", "It was Republican", "", "said"},
	{"an abbreviated title names its one bearer by the office", "Sen. Ted Cruz spoke on Tuesday.\n\nThe senator said: “We must act.”", "We must act", "Ted Cruz", "said"},
	{"an office qualified by a nationality before a colon is no one's, not the qualifier's", "President Emmanuel Macron spoke on Tuesday.\n\nThe US president was blunt: “We must act.”", "We must act", "", ""},
	{"a sentence opening with the one bearer's title is theirs", "President Donald Trump spoke on Tuesday.\n\nThe president said: “We must act.”", "We must act", "Donald Trump", "said"},
	{"a caption is no one's speech", `“We run the government,” said Kem Regik, who brought a flag with a picture of a rifle captioned, “Come and take it.”`, "Come and take it", "", ""},
	{"title before the noun naming its work", `Dana Kerr said the “Kerr Again” headline seemed off.`, "Kerr Again", "", ""},
	{"a name qualifying a role is not the speaker", `Dana Kerr spoke. "We will win," said Kerr voter Ann Lee.`, "We will win,", "Ann Lee", "said"},
	{"an employer's possessive is not the name", `"I will speak," NBC's Bob Costas said.`, "I will speak,", "Bob Costas", "said"},
	{"and-clause after a quotation is not its attribution", `Ann Lee called the bill “a relic,” and the Health Ministry said in a statement that it backs it.`, "a relic,", "Ann Lee", "called"},
	{"an unnamed speaker after the quotation", "\"We won,\" Dana Kerr said. \"We are scared,\" a resident said.", "We are scared", "", ""},
	{"an unnamed speaker before the quotation", "\"We won,\" Dana Kerr said. In another forum, someone says \"try it for a week.\"", "try it", "", ""},
	{"an unnamed speaker goes on speaking", "\"We won,\" Dana Kerr said. \"It is over,\" one of the protesters said. \"We go home.\"", "We go home.", "", ""},
	{"one lower-case word is a term", `"It makes you vote," Sharon Brown said at a voting "supercenter" set up in a tent.`, "supercenter", "", ""},
	{"a word alone with its own comma is speech", `"We won," Ann Lee said. "Never," she added.`, "Never", "Ann Lee", "added"},
	{"words after a naming verb are a term", `"It helps," Ann Lee said of the extra periods, sometimes called "review labs" by teachers.`, "review labs", "", ""},
	{"words someone called something are theirs", `Ann Lee called the plan "a real disaster" on Monday.`, "a real disaster", "Ann Lee", "called"},
	{"a report is not the last speaker", "\"It works,\" Ann Lee said. \"Tutoring is still the best bet,\" the report concludes.", "Tutoring", "", ""},
	{"a headline names no one new", "President Lee Offers Comfort to Valley\n\nPresident Dana Lee hugged a nurse. \"We grieve,\" President Lee said.", "We grieve", "Dana Lee", "said"},
	{"a title alone is the one person bearing it", "President Dana Lee visited the ward.\n\n\"We grieve,\" the President said.", "We grieve", "Dana Lee", "said"},
	{"a title two people bear is no one", "President Dana Lee met President Omar Haddad.\n\n\"We grieve,\" the President said.", "We grieve", "", "said"},
	{"gender learned from the article's pronouns", "Jordan Kim said his plan would fail. Taylor Reed said her plan would work.\n\n\"We will win,\" he said.", "We will win", "Jordan Kim", "said"},
	{"a sentence's opening word is no given name", "Josh Martin pitched. Although Martin has moved around, he is calm. \"I like starting,\" Martin said.", "I like starting", "Josh Martin", "said"},
	{"a treasurer's title is no part of the name", "State Treasurer Andrew Sidamon-Eristoff spoke. \"Revenue fell,\" Treasurer Sidamon-Eristoff said.", "Revenue fell", "Andrew Sidamon-Eristoff", "said"},
	{"a place after the name is not the speaker", `"We must work," said Sen. Dana Kerr of Florida in a statement.`, "We must work", "Dana Kerr", "said"},
	{"a name after a preposition is not the speaker", `"He should resign," said Jethmalani about Gadkari.`, "He should resign", "Jethmalani", "said"},
	{"a family name that is also a title", `"It is unclear," said Rep. Brian King, D-Salt Lake City.`, "It is unclear", "Brian King", "said"},
	{"two roles joined before the name", `"Color is back," says Estera Events Co-Owner and Lead Planner Bianca Hall.`, "Color is back", "Lead Planner Bianca Hall", "says"},
	{"a role naming an employer", `"We lost Latinos," says Republican strategist and CNN contributor Ana Navarro, who was co-chair.`, "We lost Latinos", "Ana Navarro", "says"},
	{"a titled one-word name is a person", "\"Gas is cheap,\" Avner Vengosh said.\n\nDuring his address, Mr. Obama noted that gas is plentiful.\n\n\"We will develop it,\" he said.", "We will develop it", "Obama", "said"},
	{"a book is no one to resolve a pronoun to", "\"I tried everything,\" Martha Lee said.\n\nIn 2008 she read The Acne Prescription by Nicholas Perricone. It had pictures. \"Nothing helped,\" she says.", "Nothing helped", "Martha Lee", "says"},
	{"a pronoun is no one its quotation names", "Vikram Mehta met Ravi Kumar in May. \"Mehta wrote to me in June,\" he said.", "Mehta wrote", "Ravi Kumar", "said"},
	{"initials before a full name", "Infosys founder NR Narayana Murthy spoke.\n\n\"I declined,\" stated Murthy.", "I declined", "Narayana Murthy", "stated"},
	{"a verb with no one named before the quotation", "\"It works,\" Ann Lee said. A review of 27 trials concluded that \"fasting shows promise.\"", "fasting shows", "", ""},
	{"a document's clause before the quotation", "\"We moved on,\" Farah Ali said. The Justice Department complaint says that at the time, she worked for firms which would \"low ball customers and raise prices.\"", "low ball", "", ""},
	{"an appositive holding a relative clause of its own", "Senate Majority Leader Mitch McConnell said the vacancy should wait. And Charles Grassley, the Iowa Republican who leads the Judiciary Committee, which would oversee any nomination, said it's \"standard practice over the last 80 years\" to wait.", "standard practice", "Charles Grassley", "said"},
	{"two named together, each with party and state", "In a joint statement, House Oversight Committee Chairman Jason Chaffetz, R-Utah, and House Intelligence Committee Chairman Devin Nunes, R-Calif., called Kennedy’s actions “extremely disturbing.”", "extremely disturbing", "Jason Chaffetz and Devin Nunes", "called"},
	{"a list of names", "Senators Patrick Leahy, Dick Durbin and Al Franken said the nominee was “unfit for the court.”", "unfit for", "Patrick Leahy, Dick Durbin and Al Franken", "said"},
	{"two named together after the quotation", "“We will fight,” Nancy Pelosi and Chuck Schumer said in a statement.", "We will fight", "Nancy Pelosi and Chuck Schumer", "said"},
	{"no \"he\" for two named together", "Nancy Pelosi spoke first. “We will fight,” Nancy Pelosi and Chuck Schumer said in a statement. “It is wrong,” he said.", "It is wrong", "Chuck Schumer", "said"},
	{"a name after a preposition is no partner", "There was nothing that pointed to any evidence against Donald Trump, and the White House said the plea implicated him alone. “Nothing implicates anyone,” the White House said.", "Nothing implicates", "White House", "said"},
	{"a list ends at a name after a preposition", "In addition to Jason Chaffetz, Sen. Ron Johnson, R-Wis., and Rep. Bob Goodlatte, R-Va., wrote to the director asking how he “justified the decision.”", "justified the", "Ron Johnson and Bob Goodlatte", "wrote"},
	{"an accusation is its maker's words, and continuing to attack is no cue", "Hillary Clinton spoke at a rally on Friday. Bothered by Mrs. Clinton’s accusation that he has a “penchant for sexism,” Mr. Trump continued to attack her husband.", "penchant for", "Hillary Clinton", "comments"},
	{"a clause opening with where, ended by a comma inside the quotation marks", "George W. Bush spoke in 2000. Where George W. Bush labeled himself a “uniter, not a divider,” Jeb Bush takes more time to answer.\n\nExplaining his reluctance, he said he had called “over 100 family members.”", "over 100", "Jeb Bush", "called"},
	{"remarks that go on into a verb are what the speaker says of them", "Hillary Clinton said during a debate last month that Donald Trump's remarks about Muslim immigrants made him the \"best recruiter\" for the Islamic State.", "best recruiter", "Hillary Clinton", "said"},
	{"a question's words before a reply are the asker's", "Chris Wallace interviewed Donald Trump. Wallace asked whether he was “going to take a wrecking ball to the Obama legacy,” to which Trump replied, “No. No. No.”", "going to take", "Chris Wallace", "asked"},
	{"a question's words in a relative clause are the asker's", "MSNBC's Joe Scarborough asked Donald Trump about his affection for Vladimir Putin, who \"kills journalists, political opponents and invades countries,\" Trump replied, \"He's running his country.\"", "kills journalists", "Joe Scarborough", "asked"},
	{"a quoted question is not the reply", "Sergey Lavrov spoke. When asked by a reporter, \"What do you say of the U.S. accusations?,\" Lavrov replied \"Well, I don't want to use four-letter words.\"", "What do you say", "", "asked"},
	{"a reply set off from the question by a comma is the reply", "Donald Trump spoke. Asked about the wall, \"We will build it,\" Trump replied.", "We will build", "Donald Trump", "replied"},
	{"paragraphs run together: words quoted inside the next sentence's narration are no one's", "Senator Bob Corker said he would back the bill. “It is a good bill,” Corker said. Flake also got a commitment from Senate leaders to drop the “budget gimmick.” The vote is set for Friday. Leaders expect a close count. Some members remain undecided. Aides worked through the night. The House votes next week. The president will sign it.", "budget gimmick", "", ""},
	{"the pronoun after \"who\" is not whom the relative clause is about", "Rosa Clemente spoke on Monday. She said the nominee would be Jill Stein, whom she had called a “privileged older woman” in a press conference.", "privileged older", "Rosa Clemente", "called"},
	{"calls, in the present tense, is a speech verb", "Donald Trump spoke in Iowa. Donald Trump calls Hillary Clinton a “world-class liar” in a new ad.", "world-class liar", "Donald Trump", "calls"},
	{"words quoted in a clause opening the sentence are its speaker's, not the main clause's", "Rand Paul was elected in 2010. While Paul calls the 2003 invasion of Iraq “a mistake” that spawned chaos in the region, Graham, a staunch supporter of the war, said the country must stay.", "a mistake", "Rand Paul", "calls"},
	{"a clause opening the sentence whose speech verb is the second of two", "Savannah Guthrie interviewed Rand Paul. When Guthrie persisted and asked the Republican if Iran is \"still not a threat,\" Paul said the NBC host had \"editorialized.\"", "still not a threat", "", ""},
	{"words a reply answers are not the replier's", "Hillary Clinton wrote to aides. She forwarded the email to her deputy, Jake Sullivan, with the instruction, “We should get around to this asap,” to which Mr. Sullivan replied, “Will do.”", "We should get around", "", ""},
	{"a long paragraph that lost its stop is no caption", "Chris Christie spoke in London.\n\nShortly after Christie's comments were picked up by national media, his spokesman, Kevin Roberts, issued an email clarifying the governor's position, asserting that states should have jurisdiction over the issue, as they currently do\n\n\"The Governor believes vaccines are important,\" he said.", "The Governor believes", "Kevin Roberts", "said"},
	{"a programme's name after a statement made on it", "Marco Rubio spoke on Sunday. Confronted with Mr. Rubio’s statement on “Meet the Press,” Mr. Trump said he declared bankruptcy.", "Meet the Press", "", ""},
	{"words someone recalls another saying are the other's", "Joe Biden spoke on Saturday. He saw two men kiss. “Joey, they’re in love with each other. It’s that simple,” Biden recalled his father telling him.", "Joey, they’re", "", ""},
	{"a speaker before the quotation outranks one after further words", "Christine Blasey Ford and Brett Kavanaugh testified. Ford told the Senate she was “100%” certain that he was her attacker, Kavanaugh said he was not.", "100%", "Christine Blasey Ford", "told"},
	{"words quoted from someone's conclusion are theirs", "Theresa May led the inquiry. Several lawmakers doubted May’s conclusion that it is “highly likely” that Russia was responsible.", "highly likely", "Theresa May", "comments"},
	{"a whole quotation in a clause opening the sentence", "Robby Mook spoke first. After Mook warned against “a double standard where Donald Trump can get the Most Improved award,” Kellyanne Conway added that the two campaigns were far apart.", "a double standard", "Robby Mook", "warned"},
	{"a debate's interjection", "“Donald was one of the people who rooted for the housing crisis,” Hillary Clinton said. “That’s called business,” Donald Trump jumped in.", "That’s called business", "Donald Trump", "jumped in"},
	{"a reply fired back", "Ted Cruz attacked him on Monday. “He is a supporter of amnesty,” Marco Rubio fired back.", "He is a supporter", "Marco Rubio", "fired back"},
	{"a clause opening the sentence after a word set off by a comma", "Ted Cruz and Marco Rubio debated Donald Trump. Later, when Cruz told Trump to “breathe deeply and count to ten,” Rubio jumped in and joked that the two were doing yoga.", "breathe deeply", "Ted Cruz", "told"},
	{"a pronoun after a sentence ending in its speaker set after the verb", "Donald Trump and Ted Cruz drew crowds in Tennessee on Friday. The sense that Cruz and Trump are enjoying the most momentum comes in part because their supporters tend to be louder, suggested Ryan Haynes, the Tennessee GOP chairman.\n\n“A lot of their supporters are more vocal than the others,” he said.", "A lot of their", "Ryan Haynes", "said"},
	{"a pronoun after a sentence ending in someone's words owned", "Steve Jobs resigned on Wednesday. Genentech Inc. Chairman Art Levinson, in a statement issued on behalf of the board, said Jobs' \"extraordinary vision and leadership saved Apple and guided it to its position as the most innovative company.\" He said that Jobs will continue to provide \"his unique insights, creativity and inspiration to the whole company,\" and that the board has confidence in Cook.", "his unique insights", "Art Levinson", "said"},
	{"a pronoun that is the sentence's subject before a name in its clause", "Ted Cruz answered first. But he was ambiguous when David Muir followed up by asking if he would bring the practice back as president: \"I would not bring it back in any sort of widespread use,\" he said.", "I would not bring", "Ted Cruz", "said"},
	{"a pronoun after a sentence ending in its speaker named before the verb", "Richard Burr leads the committee. The idea that Donald Trump colluded with Russia to win the White House ignored the complexity of the issue, Burr said. “I am here to tell you this story does not simplify that easily,” he said.", "I am here to tell", "Richard Burr", "said"},
	{"a pronoun after a sentence ending in its speaker and a long appositive", "Donald Trump met miners in May. Trump has likely done all he can do to help the industry, said Luke Popovich, a spokesman for the National Mining Association, which represents major U.S. coal companies.\n\n“The government is no longer against us,” he said.", "The government is no longer", "Luke Popovich", "said"},
	{"a telephone call's purpose quoted is the words of the one saying so", "Mr. Obama also called the families of two men. The White House said he called “to offer his and the first lady’s condolences on behalf of the American people.”", "to offer his", "White House", "said"},
	{"a telephone call is no speech: the one saying so speaks", "White House Press Secretary Josh Earnest says President Obama has called Turkish President Recep Tayyip Erdogan to \"express his deep condolences\" and offer support.", "express his", "Josh Earnest", "says"},
	{"a plea is no speech", "\"We moved on,\" Farah Ali said.\n\nIn 2019, Ali pleaded guilty to \"conspiracy to commit wire fraud\".", "conspiracy", "", ""},
	{"a speaker in a later clause of the sentence", "\"It is over,\" Cliff Levine said.\n\nThe state constitution bars those convicted of \"infamous crimes\" from office, and Levine said that DeWeese resigned.", "infamous crimes", "", ""},
	{"the idea of a term", "\"Eat less,\" Keri Gans said. The idea of \"clean eating\" will be a focus, according to Gans.", "clean eating", "", ""},
	{"a preposition opening a sentence is no given name", "Watch the legendary John Cleese talk.\n\nBelow Cleese touches on humor.\n\n\"Creativity is a way of operating,\" Cleese said.", "Creativity", "John Cleese", "said"},
	{"a closing mark typed for an opening one", "Anatoly Serdyukov was fired.\n\n”Serdyukov’s reform has been radical,” wrote Pavel Felgenhauer, who added more. “The cloak of secrecy has led to mistakes,” he wrote.", "The cloak", "Pavel Felgenhauer", "wrote"},
	{"a pronoun follows a chain of pronoun speakers", "“We waited,” Pam Silvestri said. Her husband, Greg Muzzy, smiled. His sister, Tami Teeples, never said the family was certain. On Sunday, she told NBC News they were grateful. “My brother’s still alive,” she said.", "My brother", "Tami Teeples", "said"},
	{"a possessive before a relation is not the subject", "“We waited,” Pam Silvestri said. Greg Muzzy’s sister, Tami Teeples, never said the family was certain. “My brother’s still alive,” she said.", "My brother", "Tami Teeples", "said"},
	{"a possessive subject is the sentence's topic", "“Study comes first,” Ken Steinhauser said. In contrast, Ana DiMugno’s study time was structured. She said that “work comes first.”", "work comes", "Ana DiMugno", "said"},
	{"an unnamed speaker told someone before the quotation", "\"We won,\" Mitt Romney said. As a Romney foreign-policy adviser told the New York Times’ David Sanger back in May, “Romney will wait until he is in office.”", "Romney will wait", "", ""},
	{"a pronoun is no one named in the sentence it speaks", "\"The arsenal is safe,\" spokesman Mohammad Sadiq said. Mr Mohamed ElBaradei should \"be careful about his statements,\" he said.", "be careful", "Mohammad Sadiq", "said"},
	{"a name in the sentence's own speech frame is the pronoun's", "\"We waited,\" Nate Wheatley said. And when asked how much Andrea Elliot paid, \"Oh, we paid 18,000,\" she said.", "Oh, we paid", "Andrea Elliot", "said"},
	{"a speech verb opening a sentence is no given name", "Linebacker Joey Porter spoke first.\n\n\"It was a good day,\" Porter said. Said Porter: \"We keep going.\"", "We keep going", "Joey Porter", ":"},
	{"two apostrophes close a wire quotation", "Jim McGovern won.\n\n\"It's a second life,'' McGovern said. \"Now I'm working the dream.''", "Now I'm working", "Jim McGovern", ""},
	{"a quotation reopened in a paragraph run into the one before", "Immigration minister Des Browne said: \"We are implementing our powers. \"Those diagnosed would need treatment.\" Meanwhile Mark Oaten, home affairs spokesman, said: \"This is another worrying step.\"", "This is another worrying", "Mark Oaten", "said"},
	{"the one quoted as saying, not who quotes them", "Lawmakers met on Monday. The paper quoted Ann Lee as saying \"we will win\".", "we will win", "Ann Lee", "quoted"},
	{"someone quoted as saying whom the article does not name", "\"TB is not simply imported,\" Dr John Moore-Gillon said. Minister Des Browne quoted its five-year plan, as saying: \"We are implementing our powers.\"", "We are implementing", "", ""},
	{"a title quoted as saying with no one bearing it", "Ali Khan spoke first.\n\nReuters quoted the minister as saying: \"We will act.\"", "We will act", "", "quoted"},
	{"quoted as saying, in the passive", "\"We waited,\" Dana Kerr said. Bashar al-Assad was quoted by state media as saying: \"We will win.\"", "We will win", "Bashar al-Assad", "quoted"},
	{"a participle of speech after the subject's clause", "\"We will go on,\" John Reid said. On Sunday, Tony Blair dismissed claims of broken promises, saying: \"I've dealt with this.\"", "I've dealt", "Tony Blair", "saying"},
	{"a partial quotation in a participle's clause", "Ann Lee rejected the plan on Monday, saying it was \"a disaster for the town\".", "a disaster", "Ann Lee", "saying"},
	{"a participle after a name that only qualifies a role", "\"We lost,\" Ann Lee said. George H.W. Bush national security adviser Brent Scowcroft endorsed Clinton in June, saying she \"has the wisdom to lead\".", "has the wisdom", "Brent Scowcroft", "saying"},
	{"a programme told, not words", "\"We lost,\" Ann Lee said. Donald Trump refused to back down, telling \"Fox and Friends\" in an interview that she was wrong.", "Fox and Friends", "", ""},
	{"a quotation deep in a participle's clause", "\"I was clear,\" Ann Lee said. Ted Cruz defended his speech on Monday, adding that he has always been “Never Hillary” but not “Never Trump.”", "Never Hillary", "", ""},
	{"someone else speaks in the next sentence's narration", "\"We will win,\" Ana Ruiz said. The paper's editorial page telegraphed the criticism, asserting that her \"reversal suggests her department would be a wholly owned union subsidiary.\"", "reversal suggests", "", ""},
	{"someone else agrees in the next sentence's narration", "Donald Trump said Mr. Obama was backing “crooked Hillary” in a bid for a third term. The chairman of the Republican National Committee, Reince Priebus, agreed that Mrs. Clinton is making history — as “the first-ever presidential candidate to be under an FBI investigation.”", "the first-ever", "", ""},
	{"the speaker before goes on in a pronoun's participle", "\"We will win,\" Ana Ruiz said. She spoke for an hour, saying that the council in her view was \"the best one this town has ever had in all its years.\"", "the best one", "Ana Ruiz", ""},
	{"a participle after a subject that is no one named", "Ann Lee spoke first. The report came out on Monday, adding that \"costs will rise\".", "costs will rise", "", ""},
	{"a given name of US public life has a gender", "Hillary Clinton spoke first. Trump lost his cool.\n\n\"We will win,\" he said.", "We will win", "", "said"},
	{"a cue that hands over to the next quotation with a colon", "Hillary Clinton debated Donald Trump. When Clinton claimed Trump “thinks it is a hoax,” Trump shot back: “I never said that.”", "thinks it is a hoax", "Hillary Clinton", "claimed"},
	{"a cue with a colon after a quotation opening its sentence", "Hillary Clinton debated Donald Trump.\n\n“We won,” Trump said: “It was great.”", "We won", "Donald Trump", "said"},
	{"two curly apostrophes close a quotation", "Supporters see themselves in him.\n\n“Donald Trump is not politically correct, and I am not politically correct,’’ said Bill Miller, 59, of Dover. Others see themselves as they wish they were.", "Donald Trump is not", "Bill Miller", "said"},
	{"three apostrophes close two quotations", "Jim McGovern won.\n\n\"He said, 'When do we go?''' McGovern said.", "He said, 'When do we go?'", "Jim McGovern", "said"},
	{"an adverb qualifying the report", "Anatoly Serdyukov was fired.\n\n“Then fire me,” Serdyukov reportedly said.", "Then fire me", "Anatoly Serdyukov", "said"},
	{"a name with a joined particle", "\"We will answer,\" said Sheik Abdellatif al-Mahmoud.\n\n\"This tweet was not written by me,\" Mahmoud said.", "This tweet", "Abdellatif al-Mahmoud", "said"},
	{"a pronoun does not reach back past paragraphs", "Mayor Tom Reed opened the bridge on Monday.\n\nResidents crowded the banks, and a firefighter helped an old man across.\n\n\"It was the best day of my life,\" he said.", "It was the best day", "", "said"},
	{"a phrase set in narration is not the last speaker's", "\"We will cut spending,\" George Bush said. Bush wanted to continue the \"strategic deficits\" plan of the Reagan years.", "strategic deficits", "", ""},
	{"a sentence quoted on its own is", "\"We will cut spending,\" George Bush said. He paused. Then: \"Deficits do not matter.\"", "Deficits do not", "George Bush", ""},
	{"a shared family name means the one just named in full", "\"We will run,\" Kamala Harris said in May.\n\nThe bill passed the Senate.\n\nIt stalled in the House.\n\nState Rep. Greg Harris, its sponsor, did not call a vote.\n\n\"We are second-class,\" Harris said.", "We are second-class", "Greg Harris", "said"},
	{"a pronoun after someone unnamed in its sentence", "\"We won,\" Pedro Gomez said. When I met a friend who follows politics, he said, \"Bo could end up in jail.\"", "Bo could end up", "", "said"},
	{"a pronoun after a sentence about someone unnamed", "\"It is a symbol,\" said Jodi Goglio. A young crew member of the ship wiped away tears. \"It makes it meaningful,\" she said.", "It makes it meaningful", "", "said"},
	{"a colon hands narration over to the quotation", "President Donald Trump spoke first. But Sen. Ted Cruz offered up a suggestion: “You could send Congress to space,” he said.", "You could send", "Ted Cruz", "said"},
	{"a pronoun after a contrasting clause is its speaker's", "Joshua Lynn testified first. Jesse Hollywood took the stand next.\n\nIn court, Lynn suggested that the murder wiped clean a debt, but Hollywood denied it.\n\n\"By the time I left California, he owed me $100,\" he said.", "By the time", "Jesse Hollywood", "said"},
	{"a title qualifying a noun", `Ronald Cummings told a "Nancy Grace" producer on Tuesday that he was leaving.`, "Nancy Grace", "", ""},
	{"a title after a plural possessive", `Mike Pence told Fox News' "The First 100 Days" on Wednesday that it went well.`, "The First 100 Days", "", ""},
	{"a title after comedy", `"I prefer autographs," said Zooey Deschanel, star of Fox's comedy "New Girl."`, "New Girl.", "", ""},
	{"a long title after a work noun", "John Schwartz wrote a new memoir, “Oddly Normal: One Family’s Struggle to Help Their Teenage Son Come to Terms With His Sexuality” (Gotham Books).", "Oddly Normal", "", ""},
	{"a nickname inside a name", `An exasperated Abdullatif "Abu Salah" Halaq told the doctor that he had waited.`, "Abu Salah", "", ""},
	{"a name qualifying a noun is no antecedent", "\"We will win,\" Donald Trump said.\n\nThis student canceled an interview after reading about anti-Trump protests. \"The hate is getting worse,\" he wrote.", "The hate", "", "wrote"},
	{"supporters of a name are not its bearer", "Donald Trump won the election.\n\nThe campus was quiet.\n\nMany Trump supporters on campus refused to give their names. \"We are afraid,\" he said.", "We are afraid", "", "said"},
	{"a pronoun before any name continues its own chain", "\"We won,\" said Ana Brown.\n\nNext May, Brown will graduate. Once, she thought about politics, and she campaigned for Hillary Clinton, but now she is not so sure.\n\n\"It is scary,\" she said.", "It is scary", "Ana Brown", "said"},
	{"a role after a quotation is not the last speaker", "\"We shot it in a month,\" said Damien Chazelle. Emma Stone met the director later. \"It was at a diner,\" the actress says.", "It was at a diner", "", "says"},
	{"an unnamed asker nearer the quotation than the speaker", "\"We will see,\" Donald Trump said on Monday, when a reporter asked whether he feared \"retaliation to the ban\" from India.", "retaliation to the ban", "", ""},
	{"a pronoun in a fronted clause points ahead", "\"It is a gift,\" said J.C. Chandor, the director.\n\nAlthough he said it was wild to see himself, Oscar Isaac stopped short of revealing the plot. \"I signed away my organs,\" he joked.", "I signed away", "Oscar Isaac", "joked"},
	{"a pronoun after someone unnamed who speaks", "\"We are searching,\" said Bambang Soelistyo, the agency chief.\n\nInvestigators are looking at the climb, said a source close to the probe, adding that the weather played a part. He cautioned that the inquiry was at an early stage, saying \"we know very little.\"", "we know very little", "", "cautioned"},
	{"a title dated in parentheses", "\"The public did,\" said Ozzy Inguanzo, a screenwriter and author of \"Zombies on Film: The Definitive Story of Undead Cinema\" (Rizzoli, 2014).", "Zombies on Film", "", ""},
	{"a company is no pronoun's antecedent, and a chief executive is titled", "Microsoft Corp said on Thursday it would remove carbon.\n\nSpeaking at Microsoft's headquarters, Chief Executive Satya Nadella said that firms must act. \"Technology can do harm,\" he said.", "Technology can do harm", "Satya Nadella", "said"},
	{"a title after video", "\"We can't put a number on it,\" Samantha Joye said. (Watch TIME's video \"Oil Spill Anxiety on the Bayou.\")", "Oil Spill Anxiety", "", ""},
	{"a capitalized term after a naming verb", "\"It was a cool opportunity,\" Oscar Isaac said of the civil unrest in Colombia that is known as \"La Violencia\".", "La Violencia", "", ""},
	{"a name between a pronoun and its quotation is not the pronoun's", "\"We were heard,\" said Alex Maskey, a campaigner.\n\nHe said Mr Tony Blair had spoken with \"such sincerity\" that day.", "such sincerity", "Alex Maskey", "said"},
	{"a quotation in a clause of its own does not make its speaker the next pronoun's", "Karlheinz Schreiber told MPs the money came after Fred Doucet told him the prime minister was in \"desperate shape.\" He told MPs he paid Brian Mulroney because \"the cash was available.\"", "the cash was available", "Karlheinz Schreiber", "told"},
	{"a speaker in a subordinate clause after the quotation is not its", "Home Secretary Charles Clarke spoke first.\n\nHe questioned why there was \"such a rush\" to bring in the law when Mr Clarke had indicated he would listen.", "such a rush", "", ""},
	{"a quotation after someone's reported words in its paragraph is theirs", "\"Drinking is a problem,\" said Mark Oaten. Chief constable Andy Hayman acknowledged that drinking did cause problems. \"If you come to Norwich on a Friday you will see it.\"", "If you come to Norwich", "Andy Hayman", ""},
	{"an owner's role before a name after the verb", "Donald Trump leads the polls.\n\n“The campaign is in a nuts-and-bolts stage,” said Trump’s campaign manager, Corey Lewandowski.", "The campaign is", "Corey Lewandowski", "said"},
	{"a name put first, then he said, is the topic", "Dylann Roof was arrested, said sheriff's spokesman Maj. Eric Watson. Roof, he said, \"is in protective custody.\"", "is in protective", "Eric Watson", "said"},
	{"a name a preposition governs is not the pronoun's", "Ricky Jackson was on death row. Hillary Clinton spoke first.\n\nSpeaking directly to Jackson, however, she told him, \"I just can't imagine it.\"", "I just can't", "Hillary Clinton", "told"},
	{"a name qualifying a role is not the pronoun's", "Bernie Sanders lost.\n\nAt a news conference, Sanders delegate Norman Solomon said many were disappointed. \"We will fight,\" he said.", "We will fight", "Norman Solomon", "said"},
	{"a sentence whose subject is described, not named", "Greg Wren wrote the bill. Jim McClendon said he never heard of it.\n\nThe former legislator could not say why his version differs from that of McClendon. \"I remembered back as best I could,\" he wrote.", "I remembered", "", "wrote"},
	{"a described subject with a title has its one bearer", "President Barack Obama spoke. Hillary Clinton listened.\n\nThe president said Clinton was ready to be commander in chief. \"I had a front-row seat to her judgment,\" he said.", "I had a front-row", "Barack Obama", "said"},
	{"an owner is not the subject when someone else is named", "Dylann Roof was arrested.\n\nAn insight into Roof's state of mind came from sheriff's spokesman Maj. Eric Watson.\n\nRoof, he said, \"is in protective custody.\"", "is in protective", "Eric Watson", "said"},
	{"a pronoun after a clause answering the first", "Bernie Sanders won in West Virginia.\n\nClinton still holds a commanding delegate lead, but Sanders still has the fight in him.\n\n\"We are in this campaign to win!\" he declared.", "We are in this", "Bernie Sanders", "declared"},
	{"a headline asking a question names no one", "Sanders Trounces Clinton in Virginia -- But Will It Make a Difference?\n\nSenator Bernie Sanders picked up more delegates than Hillary Clinton.\n\n\"We are in this campaign to win!\" Sanders declared.", "We are in this", "Bernie Sanders", "declared"},
	{"a party before a name is a title", "Democrat Bernie Sanders picked up more delegates than Hillary Clinton.\n\n\"We will win,\" Sanders said.", "We will win", "Bernie Sanders", "said"},
	{"a title after an owner, before a comma", "Gordon Coonfield teaches at Drexel.\n\nAnalyzing submissions to the American Freedom Defense Initiative’s “Muhammad Art Exhibit and Cartoon Contest,” Professor Coonfield pointed out their similarities.", "Muhammad Art", "", ""},
	{"a pronoun after the article turns from the last speaker", "Viktor Makarov spied for MI6.\n\n\"They wrung him dry,\" Mr David Kahn said. Mr Makarov joined the KGB in the 1970s. The camp was cold. \"Hunger is a weapon of last resort,\" he says.", "Hunger is", "", "says"},
	{"a credited photo caption between a paragraph and its pronoun", "Donald Trump met senators.\n\nSenator Jeff Flake said on Sunday he was told about the remarks by colleagues.\n\nU.S. President Donald Trump speaks as he arrives for dinner in West Palm Beach, Florida, U.S., January 14, 2018. REUTERS/Kevin Lamarque\n\n“I heard that account before,” he said.", "I heard", "Jeff Flake", "said"},
	{"a caption between a paragraph and its pronoun", "Mr Garry Cha opened his first store in 1989 and now runs seven.\n\nBicycle Space secures attachment by organising group rides\n\n\"We stopped the inserts,\" he says.", "We stopped", "Garry Cha", "says"},
	{"a role after a name runs into the verb without its closing comma", "The Justice Department welcomed the order.\n\n\"We will defend it,\" Kerri Kupec, a spokeswoman for the Justice Department said in a statement.", "We will defend it", "Kerri Kupec", "said"},
	{"a role holding a clause is not an open appositive", "Ana Ruiz spoke first.\n\n\"We will defend it,\" Pedro Gomez, the aide who met Ana Ruiz said.", "We will defend it", "", ""},
	{"a title of two titles joined by a hyphen", "\"We don't want a new arms race,\" said NATO Secretary-General Jens Stoltenberg.", "We don't want", "Jens Stoltenberg", "said"},
	{"as, then a speech verb reporting words of its own, is not the quotation's cue", "Vladimir Putin spoke first.\n\nJens Stoltenberg dismissed the request, saying it was “not a credible offer” as he said Moscow had deployed missiles.", "not a credible offer", "Jens Stoltenberg", "saying"},
	{"as, then a speech verb with a listener, is the quotation's cue", "Donald Trump spoke first.\n\nFraud by mail is \"unfortunately quite real,\" as Justin Levitt told The Washington Post in 2014.", "unfortunately quite real", "Justin Levitt", "told"},
	{"someone close recounted as saying is not the one recounting", "Sandra Dowless lived with him for six months.\n\n“I know the people,” Sandra Dowless recounted her ex-husband as saying.", "I know the people", "", ""},
	{"calling on a reporter is no speech", "Recep Tayyip Erdogan and Lindsey Graham met reporters.\n\nWhen Erdogan called on a female Turkish reporter, Graham leaned over and quietly told someone next to him, “She’s the only reporter left over there.”", "She’s the only", "", ""},
	{"an envoy's office before the holder's name", "U.S. Ambassador to Israel David Friedman called the trip “an effort to fuel the boycott.”\n\n“It is wrong,” Friedman said.", "It is wrong", "David Friedman", "said"},
	{"a quotation in an opening clause whose speaker is unnamed is not the main clause's", "Mitt Romney spoke first.\n\nAnd when one Twitter user said, \"Congrats GOP Senate. Well done,\" regarding the withdrawal, Romney tweeted, \"What could the Senate do?\"", "Congrats GOP", "", ""},
	{"continuing to do something else is no speech", "Ilhan Omar spoke first.\n\nTrump continued attacking the quartet during a campaign rally in Greenville, North Carolina, and the crowd responded by chanting, “Send her back!”", "Send her back", "", ""},
	{"a relative a possessive names is someone unnamed", "Andrew Free, an attorney, said the memo was illuminating: “It is at once tragic, and oddly validating.” “You should know,” his older brother said, “he was a hard worker.”", "You should know", "", ""},
	{"a relative named after the verb is still theirs", "Jim Smith spoke at the funeral.\n\n“He was kind,” said his brother, Jim Smith.", "He was kind", "Jim Smith", "said"},
	{"words she says he told her are his", "Kate Brennan met Edwardo Rivera in the parking lot and asked what they would do.\n\n“Katie, it’s nothing more than the flu,” she said he told her.", "Katie, it", "", ""},
	{"words she says he once told her are his", "Michelle Manning Barish dated Eric Schneiderman.\n\n“I am the law,” she said he once told her. “If there is a sentence that sums him up, it’s that.”", "I am the law", "", ""},
	{"words someone recalls the mother saying are hers", "Elmirza Khozhugov married Tamerlan's sister.\n\n“Don't interrupt them,” Khozhugov recalled the mother saying.", "Don't interrupt", "", ""},
	{"a pronoun after a clause opening the sentence before is the pronoun's there, not a name in the clause", "Stacey Abrams endorsed Joe Biden.\n\n“What he's accused of doing speaks to who I am,” Abrams said.\n\nIf she believed that the former vice president sexually assaulted Tara Reade, she would not be endorsing Biden for president.\n\n“I believe that we are obliged to serve justice,” she said.", "I believe that we", "Stacey Abrams", "said"},
	{"one pledged to sign a bill a relative clause names does not speak the main clause's words", "Barack Obama warned Uganda.\n\nObama said a bill that President Yoweri Museveni has pledged to sign will mark a \"step backward\" for all Ugandans.", "step backward", "Barack Obama", "said"},
	{"a show's name in the possessive before a name is a title", "Trevor Noah hosts a show.\n\n“I don’t know why anyone should care,” “The Daily Show’s” Trevor Noah said Tuesday night.", "The Daily Show", "", ""},
	{"words one was fired for saying in a clause opening the sentence are not the main clause's speaker's", "J.K. Rowling wrote Harry Potter.\n\nWhen a tax researcher was fired for saying, \"Identifying as a woman does not make a person a woman,\" Rowling tweeted, incredulously, \"Force women out of their jobs for stating that sex is real?\"", "Identifying as", "", ""},
	{"decried is a speech verb", "Lindsey Graham spoke on Monday.\n\nGraham decried the decision as “shortsighted and irresponsible.”", "shortsighted", "Lindsey Graham", "decried"},
	{"a paper reporting after a quotation closes it", "Mark Brown runs the office. “We take full responsibility for that,” Brown said. “The Education Department has said it sent emails to the companies,” the Washington Post reports.", "The Education Department", "Washington Post", "reports"},
	{"words a later sentence quotes that name the last speaker are not theirs", "Donald Trump spoke on Friday.\n\nAs the violence worsened, President Trump responded by tweeting, “Just spoke to Governor Tim Walz.” This turned the discussion into the familiar territory of, “What do you think of what Trump tweeted?” with reaction splitting down the usual lines.", "What do you think", "", ""},
	{"a work called something a few words after its noun has a title", "David Hopkins studies parties.\n\nIn a book released on the eve of the 2016 election called “Asymmetric Politics,” political scientists Matthew Grossmann and David Hopkins argued that the parties differ.", "Asymmetric Politics", "", ""},
	{"a banner's words some narration after it are no one's speech", "Donald Trump walked out.\n\n“I walked in and it was over,” he said, speaking behind banners taped to the presidential podium, reading \"No Collusion\" and \"No Obstruction.\"", "No Collusion", "", ""},
	{"He in the middle of a sentence is the family name He", "The phased deal is encouraging, said He Weiwen, a council member of the China Association of International Trade.\n\n“I think there will be talk for more pork purchase,” He said earlier in the week.", "I think there", "He Weiwen", "said"},
	{"a sentence opening with its speech verb and speaker hands over to the words", "Georgina Logue lost her home. Evelyn Anderson lost hers.\n\n“We have nothing,” Ms. Logue said. Yet they have come to regard their loss as an opportunity. Says Ms. Anderson, “There’s almost a sense of freedom now.”", "There’s almost", "Evelyn Anderson", "Says"},
	{"an office before a family name is not the first lady's", "On Thursday, first lady Michelle Obama launched a scathing attack on the billionaire. \"I simply will not repeat anything here today,\" she said.\n\nOn Friday, President Obama followed up, saying Trump was determined to “drag this election as low as he can possibly go.”", "drag this election", "Obama", "saying"},
	{"a title listed after a title is one too", "Rachel Stohl studies arms.\n\n“It makes no sense,” said Rachel Stohl, co-author of the “The International Arms Trade” and “The Small Arms Trade.”", "The Small Arms Trade", "", ""},
	{"words someone wrote citing another are the other's", "David Asman anchors a show. Donald Trump tweets.\n\nOn Friday, Trump quoted Fox Business Network anchor David Asman in a tweet. \"Apparently the DOJ put a Spy in the Trump Campaign,\" Trump wrote, citing Asman.", "Apparently the DOJ", "David Asman", "wrote"},
	{"a programme an interview aired on is a title", "Barack Obama spoke on Sunday.\n\nIn an interview aired on “Fox News Sunday,” Obama pledged to stick with Merrick Garland as his nominee.", "Fox News Sunday", "", ""},
	{"a source set off before words reports them", "Hillary Clinton met Dmitry Medvedev.\n\nThree days later, according to the Washington Post, “Boeing formally submitted its bid for the Russian deal.”", "Boeing formally", "Washington Post", "according to"},
	{"a source set off in a clause before words reports them", "Michelle Jones applied to Harvard. Eli Hager wrote about it.\n\nThey feared, according to Hager, Jones acceptance \"would cause a backlash among rejected applicants.\"", "would cause", "Eli Hager", "according to"},
	{"an aside closing with its second quotation is not the next clause's", "Donald Trump attacked a judge.\n\n(According to one former employee of the school, “Trump University was a fraudulent scheme” that “preyed upon the elderly and uneducated.”) The conflict, according to Trump, derives from the judge's heritage.", "preyed upon", "", ""},
	{"a family name the article is about stays its subject's after a source sharing it", "Donald Trump has now flip-flopped on China.\n\nReality hit Trump like a freight train.\n\nTrump has fallen prey to nefarious actors.\n\nTrump doesn't have a fully formed ideology.\n\nThat’s how he came to his decision. Then, according to Eric Trump, his sister Ivanka influenced their father.\n\n“I was sitting at the table. We had finished dinner,” Trump said.", "I was sitting", "Donald Trump", "said"},
	{"words she recalls him saying are his", "Rosemary Ortiz drove Potts to the hospital.\n\n“Wouldn’t it be something if I had the COVID,” she recalled him telling her.", "Wouldn’t it", "", ""},
	{"words he says he told them are his own", "Bob Jones met the staff.\n\n“Go home,” he said he told them.", "Go home", "Bob Jones", "said"},
	{"a name in an opening clause is not the pronoun's when the main clause names its own subject", "Rose interviewed General Michael Flynn.\n\nWhile Mayor de Blasio had declared it an “intentional act,” General Flynn has no doubt about what it represents: “Of course it’s an act of terrorism,” he said.", "Of course", "Michael Flynn", "said"},
	{"the pronoun after an opening clause with commas of its own is its subject's", "Rex Tillerson spoke on Thursday.\n\nWhile Tillerson acknowledged that there were skeptics, including on Capitol Hill, he said that the parties could “put more teeth” into the deal.", "put more teeth", "Rex Tillerson", "said"},
	{"words in someone's opinion are theirs, not the speech verb's before", "Bill de Blasio and Michael Flynn spoke.\n\nFlynn said that when de Blasio says there is no evidence, it is, in Flynn’s opinion, “a disservice to the people of New York.”", "a disservice", "Michael Flynn", "opinion"},
	{"who ran an occasion is part of the phrase opening the sentence", "Jeb Bush spoke at Regent University.\n\nAt Friday's forum, moderated by founder Jay Sekulow, Bush shared how he came to faith.\n\n\"I first wanted to talk about my faith journey,\" he told those gathered.", "I first wanted", "Jeb Bush", "told"},
	{"a department after an office and of is not a name", "Vice President of Global Distribution Alonzo Plater called a meeting.\n\n“But if they present an opportunity, I want it,” Plater replied.", "But if they", "Alonzo Plater", "replied"},
	{"an aside in parentheses opening with someone unnamed is theirs", "The AP’s Ryan Foley and David Pitt reported on how a company of Whitaker’s “walked away from a project in Iowa after years of cost overruns.” (A DOJ spokesperson blamed the debacle on “a bad general contractor.”)", "a bad general", "", ""},
	{"what a document reads is no one's named", "Stephen Townsend leads the command.\n\n“We are ready,” Townsend said. “The effort highlights a whole-of-government approach,” reads a recent AFRICOM news release.", "The effort", "", ""},
	{"a family name that is also a title after a given name", "David Duke ran for the Senate.\n\n“Remember,” Duke told them, “when they smear me, they are really smearing you.”", "Remember", "David Duke", "told"},
	{"continuing with an attack is no speech", "Walid al-Moallem spoke. Ban Ki-moon listened.\n\nBut he continued with his denunciations of the opposition and Mr. Ban later lamented that his injunction “had been broken.”", "had been broken", "", ""},
	{"an owner in an opening clause is not the main clause's pronoun", "Colin Powell led the Joint Chiefs under Bill Clinton.\n\n(“You show me a general who ain’t political,” he once said.) Shortly before Clinton’s inauguration, he told a class of midshipmen that if they found the policy “completely unacceptable, then I think you have to resign.”", "completely unacceptable", "Colin Powell", "told"},
	{"a speech verb after a semicolon is its own clause's", "Paul Ryan and Donald Trump disagree on NATO.\n\nRyan says NATO is an “indispensable ally”; Trump has said the alliance should dissolve.", "indispensable ally", "Paul Ryan", "says"},
	{"a transcript's turn is the one its label names", "Al Smith hosted the dinner with Donald Trump.\n\nSmith: \"Donald the microphone is yours and it's working.\"", "Donald the microphone", "Al Smith", "label"},
	{"a role as a label names no one", "Fran Townsend, an analyst, spoke first.\n\nAnalyst: \"Why do the people who failed still have their jobs?\"", "Why do the people", "", ""},
	{"whose turn it was in an opening clause is the main clause's pronoun", "Whoopi Goldberg and Rosie O'Donnell lost weight.\n\n\"It will save your life,\" O'Donnell said. When it was Goldberg's turn, she admitted that she, too, has \"lost a little weight.\"", "lost a little", "Whoopi Goldberg", "admitted"},
	{"a speech verb in the present tense after the quotation", "Steve Bannon runs the campaign.\n\n\"We're going to turn him into Bill Cosby,\" vows Bannon.", "We're going", "Steve Bannon", "vows"},
	{"a colon after words someone broke in with hands over to them", "Emmet Sullivan questioned Michael Flynn.\n\n\"Are you sure?\" Sullivan asked, before Flynn broke in with the words: \"I am, your honor.\"", "I am, your honor", "Michael Flynn", "words"},
	{"someone prompted to speak before a colon speaks the words after it", "Jake Tapper interviewed Mike Pompeo.\n\n\"Yes,\" Pompeo replied, prompting Tapper to point out: \"The president said he doesn't.\"", "The president said", "Jake Tapper", "prompted"},
	{"a title is not someone named only in a later paragraph", "Jordan sees the essential side of the economy working.\n\n“We need to get the economy moving,” the congressman told me.\n\nRepresentative Bill Huizenga finds himself in the middle.", "We need to get", "", "told"},
	{"a title may be named later in its paragraph", "Barack Obama hosted a dinner.\n\n“It was candid,” the senator said. Sen. Pat Toomey called the dinner constructive.", "It was candid", "Pat Toomey", "said"},
	{"a relative clause set off by double hyphens is an aside", "Tom Perez leads the party. Nancy Pelosi leads its House members.\n\nEven though Nancy Pelosi -- who has her eyes on the speaker's gavel -- said days earlier they could be looking at a Democratic \"tsunami,\" Perez predicted a tight race.", "tsunami", "Nancy Pelosi", "said"},
	{"the pronoun after a fronted clause whose subject is unnamed is theirs", "James Comey cleared Hillary Clinton.\n\nThe congregation voted on the pastor. When the parson prevailed by a vote of 33 to 31, he declared victory: “This is a heartwarming vote of confidence.”", "This is a heartwarming", "", "declared"},
	{"the pronoun after an office a place holds is its unnamed holder's", "Donald Trump struck a cautious note.\n\nIran's foreign minister told CNN the Islamic Republic would defend itself against any strike, which he said would lead to “all-out war.”", "all-out war", "", "said"},
	{"the one asked answers, whatever the asker's name says of their gender", "Donald Trump held a press conference.\n\nIt began when correspondent Weijia Jiang asked Trump about why he treats testing as a “global competition.” “Well, they’re losing their lives everywhere,” he responded.", "Well, they", "Donald Trump", "responded"},
	{"words named as words are a term", "John Sides studied the survey, highlighting the use of preferred phrases like “radical Islamic terrorism.”", "radical Islamic", "", ""},
	{"words after the phrase are a term", "Barack Obama's caution has been summed up by the phrase, “Don't Do Stupid Stuff.”", "Don't Do Stupid", "", ""},
	{"a body's name before its noun", "Eric Hargan announced the new “Conscience and Religious Freedom” office on Thursday.", "Conscience and Religious", "", ""},
	{"a firm's possessive before a name is its employer", "Jared Holz is an analyst at Jefferies.\n\n“A vaccine likely does more for the sector,” says Jefferies’ Holz.", "A vaccine likely", "Jared Holz", "says"},
	{"what someone says of another's comments is theirs", "Paul Ryan endorsed Donald Trump.\n\n“It is textbook racism,” Ryan said, saying Trump’s comments on Curiel “should be absolutely disavowed.”", "should be absolutely", "Paul Ryan", "said"},
	{"how someone describes themselves is theirs", "Jonathan Hopkins leads a church.\n\nThe voters are drawn to candidates like Senator Bernie Sanders, who describes himself as “not particularly religious.”", "not particularly", "Bernie Sanders", "describes"},
	{"a family name shared with an organisation", "\"We mourn,\" Barack Obama said.\n\nSally Ride founded Sally Ride Science. When the panel reported, Ride bristled. \"This budget is not friendly,\" she said.", "This budget", "Sally Ride", "said"},
	{"a body named with \"for\" after a quotation", "Nancy Pelosi spoke first.\n\n“Taxes are too high,” the Center for American Progress said in a statement.", "Taxes are", "Center for American Progress", "said"},
	{"a body named with \"of\" and \"and\" before its verb", "Alex Azar leads it.\n\n“Taxes are too high,” the Department of Health and Human Services said.", "Taxes are", "Department of Health and Human Services", "said"},
	{"a body's officer after its name", "Ted Cruz spoke first.\n\n“Taxes are too high,” said Club for Growth President David McIntosh.", "Taxes are", "David McIntosh", "said"},
	{"a title closing a body's name is the body's", "Rex Tillerson spoke first.\n\n“Taxes are too high,” said the Department of State.", "Taxes are", "Department of State", "said"},
	{"a body its director is of is no subject", "Days later, Dr. Nancy Messonnier, director of the CDC's National Center for Immunization and Respiratory Diseases warned that the US \"should be prepared for this new virus.\"", "should be prepared", "", ""},
	{"opining is speech", "John Dickerson works at CBS.\n\nPolitical director John Dickerson opined that Democrats face a tough election because the President’s “approval rating is just above 40%.”", "approval rating", "John Dickerson", "opined"},
	{"words in reports someone speaks of are the reports'", "Mike Ryan works at the WHO.\n\nThe World Health Organization cautioned world leaders Monday about reports that the coronavirus is \"losing potency,\" and urged care.", "losing potency", "", ""},
	{"words describing the one named after them are not theirs", "Donald Trump visited El Paso.\n\nA \"ranting and raving\" Trump demanded the closure of the border.", "ranting and raving", "", ""},
	{"an aside closing with its quotation is not the next clause's", "Hillary Clinton spoke to David Plouffe.\n\nShe suggested Tulsi Gabbard might get help from the Kremlin. (At the debate on Tuesday, Gabbard called allegations that her candidacy is being boosted by the Russian government “completely despicable.”) Clinton said she wouldn’t be surprised if Gabbard mounted a third party challenge.", "completely despicable", "Tulsi Gabbard", "called"},
	{"words someone is described by another as are the other's", "Donald Trump Jr. met a lawyer.\n\nThe meeting was with Natalia Veselnitskaya, identified by Rob Goldstone in the exchange as “a Russian government attorney.”", "a Russian government", "Rob Goldstone", "described"},
	{"a thing's words are not the speaker's who cites them", "Ben Carson spoke in Iowa.\n\nAfter reading aloud the Preamble -- including its call for a “more perfect union” – he said, “Folks, it’s not too late.”", "more perfect union", "", ""},
	{"a pronoun is no one named in its own clause", "Anita Hill and Clarence Thomas testified. George Bush watched.\n\nAnd on October 11, after Hill and Thomas testified before the Senate, he called Thomas’s statement “very powerful and convincing.”", "very powerful", "George Bush", "called"},
	{"a clause saying when is part of what the speaker before it says", "Michael Slager shot Walter Scott. The lawsuit was filed in May.\n\nIt said when Slager warned his colleagues he was about to fire his taser, “Wilson was cooperating fully” and allowed the officers to cuff him.", "Wilson was cooperating", "", "said"},
	{"a slogan on pins is no one's words", "Diaz is a student.\n\n\"A lot of Latino voters are inclined to vote Republican this year,\" Diaz says — at least, to vote for Republicans who are \"more non-conservative.\" On the other end of the spectrum, Aldo Chavira, a UNLV student who wears \"Bernie!\" pins on his shirt and backpack, says he might not bother to vote.", "Bernie!", "", ""},
	{"a title a site gives a piece", "Star Parker wrote for The Daily Signal.\n\nShe wrote in millennial conservative outlet The Daily Signal, which titled the piece \"Equality Act Is About Civil Tyranny, Not Civil Rights.\"", "Equality Act", "", ""},
	{"a report's title after its noun", "David Coleman leads the College Board.\n\nMr. Coleman emphasizes that a college education – as evidenced in another recent College Board report, \"Education Pays\" – is worth it.", "Education Pays", "", ""},
	{"a name in capitals someone calls a thing is its title", "Ariel Brown is a nurse.\n\nBrown has set up a website for health care workers. Brown calls it “The Emotional PPE Project” (emotionalPPE.org).", "The Emotional PPE Project", "", ""},
	{"a work opening the sentence with \"In\" is a title", "Raven Rakia is a writer.\n\nIn “The Black Riot,” Raven Rakia argues that the racialization of property spurs this handwringing.", "The Black Riot", "", ""},
	{"a pronoun in a relative clause on someone's call is the caller's", "Tom Malinowski spoke. \"It is the story,\" said Rep. Tom Malinowski.\n\nThe inquiry is looking into Donald Trump's call, in which he asked Volodymyr Zelenskiy for a “favor” and then some more.\n\n“Call me,” he said.", "Call me", "Donald Trump", "said"},
	{"a name in a phrase joined to the one opening the sentence is not its subject", "Donald Trump spoke on Sunday. \"It is good,\" said Tom Malinowski.\n\nIn an interview with Maureen Dowd of the New York Times, and again with former adviser George Stephanopoulos of ABC News, Trump was asked to respond to the speech. He told Dowd, “I’d like to hear his wife say something,” referring to Islam.", "I’d like", "Donald Trump", "told"},
	{"a thing's document after the quotation names whose words they are", "Hillary Clinton ran in 2016.\n\nAlso in May 2017, Clinton announced that she had launched Onward Together, an organization established to lend support to progressive groups in “organizing around our shared values,” its website said.", "organizing around", "", ""},
	{"a faith before a given name is no part of the name", "California Mormon Brooke Crosland, 27, gave money.\n\nBack in California, Rick Jacobs, the Courage Campaign chief, thinks Prop 8 was the best thing that ever happened to his movement. People sat up and started paying attention when California took away the right to marry, he said, and the court fight has kept the issue alive.\n\n\"It galvanized a lot of people,\" he said.", "It galvanized", "Rick Jacobs", "said"},
	{"a title opening the sentence is its pronoun's", "Sen. Kamala Harris spoke in Iowa. Jeh Johnson led Homeland Security.\n\nLast week, the senator showcased her credentials when she said the Justice Department would have “no choice” but to act.", "no choice", "Kamala Harris", "said"},
	{"one who told another what they think speaks on", "John Kerry testified. Rand Paul listened.\n\nKerry got into a heated exchange with Sen. Rand Paul, R-Ky., who told Kerry that he has not talked to anybody who supports the call. \"Nobody is calling my office,\" he said.", "Nobody is calling", "Rand Paul", "said"},
	{"one who agrees goes on to say what", "Protesters marched.\n\n“Dissent is patriotism,” said Magdalena Schmidt, a registered nurse. Her husband Roderic Schmidt, who helped her carry the flag, agreed. “The right does not have a monopoly on patriotism.”", "The right does not", "Roderic Schmidt", ""},
	{"agreeing after a quotation is its cue", "Friends met at the bar.\n\n“I think you have to live life,” said Jeff Lampel. “I’m not worried,” agreed Scott Friedel.", "I’m not worried", "Scott Friedel", "agreed"},
	{"a friend named after the verb is the speaker", "Friends met at the bar.\n\n“I think you have to live life,” said Jeff Lampel. “I’m not worried,” said his friend Scott Friedel.", "I’m not worried", "Scott Friedel", "said"},
	{"someone's campaign speaking in a clause with \"with\" is not the subject", "Barack Obama spoke in Virginia.\n\nRepublicans fired back Monday after President Obama suggested business owners owe their success to government investment, with Mitt Romney's campaign calling the remark \"insulting.\"", "insulting", "", ""},
	{"the one questioned answers", "Donald Trump met Kim Jong Un.\n\n“I think they agree,” Sarah Sanders said on NBC.\n\nBut host Chuck Todd questioned her on why Trump would side with a dictator.\n\n“The president does not need somebody else to give him an assessment,” she said.", "The president does not", "Sarah Sanders", "said"},
	{"one moved to write the words is their writer", "Donald Trump spoke twice.\n\nIn a pair of public appearances, Trump told his usual blizzard of lies, while his recent policy decisions lead CNN’s Ronald Brownstein to write that “Trump's go-to move has become to create a hostage situation.”", "Trump's go-to move", "Ronald Brownstein", "write"},
	{"one agreeing after a quotation that closes its sentence agrees with it", "Argentina defaulted in 2001.\n\n\"The state took our investments,\" said Carlos Baez Silva. \"People have to deposit their money in the banks because crime is so high.\" Mr Valentine, who was born in the United States, agreed. \"I will think twice before I deposit dollars in a bank.\"", "People have to deposit", "Carlos Baez Silva", ""},
	{"whose part a sentence tells is its pronoun's", "Donald Trump visited the museum on Saturday. Mayor Chokwe Antar Lumumba stayed away.\n\nFor Lumumba’s part, Trump’s record on civil rights was the reason he felt he couldn’t attend. “It is my appreciation for the legacy,” he said at the NAACP press conference.", "It is my appreciation", "Chokwe Antar Lumumba", "said"},
}

func TestRules(t *testing.T) {
	for _, tc := range ruleTests {
		t.Run(tc.name, func(t *testing.T) {
			an := analyze(tc.text)
			q := find(t, tc.text, an, tc.quote)
			if got := tc.text[q.Start:q.End]; !strings.HasPrefix(got, tc.quote) {
				t.Errorf("quotation %q", got)
			}
			if q.Speaker != tc.speaker || q.Cue != tc.cue {
				t.Errorf("speaker, cue = %q, %q; want %q, %q", q.Speaker, q.Cue, tc.speaker, tc.cue)
			}
			checkInvariants(t, tc.text, split(tc.text), an)
		})
	}
}

func TestQuotationCount(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"apostrophes and single quotes", "Trump's aides don't say 'never' about the '90s.", nil},
		{"nested", `"She said 'No' twice," he said.`, []string{"She said 'No' twice,"}},
		{"straight quote after a digit is inches", `A 12" pipe burst. "It flooded," Ana Ruiz said.`, []string{"It flooded,"}},
		{"empty quotes", `He said "" and left.`, nil},
		{"unclosed at the end", `Ana Ruiz said: "We will`, []string{"We will"}},
		{"two paragraphs of one quote", "\"One.\n\n\"Two.\"", []string{"One.", "Two."}},
		{"lines of one quote closed before a cue", "“One.\n\n.\n\nTwo.\n\nThree,” he said.", []string{"One.", "Two.", "Three,"}},
		{"a mark closing lines after with no cue closes nothing", "“One.\n\nTwo.” For Ana the plan “failed.”", []string{"One.", "failed."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := analyze(tc.text)
			if got := quoted(tc.text, an); !slices.Equal(got, tc.want) {
				t.Errorf("quotations %q, want %q", got, tc.want)
			}
		})
	}
}

// paraphraseTests are the reported-speech cases; TestVersion reads them
// too.
var paraphraseTests = []struct {
	name, text, speaker, cue string
}{
	{"said that", "Ana Ruiz said the plan would fail.", "Ana Ruiz", "said"},
	{"a sentence opening with an unnamed source is the source's account", "Megyn Kelly hosted a show.\n\nAccording to a source, Kelly told James Murdoch that Ailes had made harassing comments.", "", ""},
	{"what a speaker told someone that another did is the teller's report", "Ivan Timofeev leads a think-tank. Timofeev did not respond to a request for comment, but told the gazeta.ru online news portal in August that Papadopoulos had emailed him in the spring.", "Ivan Timofeev", "told"},

	{"an officer named after an organisation whose name runs on with for", "But National Organization for Marriage President Brian Brown said the hope is to raise $100,000, The Hill reported.", "Brian Brown", "said"},

	{"a state named by two words is no one to stand for", "Mitt Romney and Barack Obama campaigned. And as he did during his speech in Charlotte, North Carolina, Obama specified several pledges. But any progress will be for naught if Romney wins the election, he said.", "Barack Obama", "said"},
	{"the main clause's speaker reports a sentence opening with a clause", "Congress met.\n\nAfter Trump said Tuesday he would defer to the governor of Georgia on salons, Birx said she would not “prejudge” the decision.", "Birx", "said"},
	{"the pronoun after a description and \"who\" is not the one described", "Congress met.\n\nPresident Donald Trump spoke on Tuesday.\n\nThe president invited Iain Lanphier, an eighth-grader who he said aspired to join the newly created Space Force.", "Donald Trump", "said"},
	{"pronoun", "Ms. Ana Ruiz spoke on Monday. She added that the plan would fail.", "Ana Ruiz", "added"},
	{"organisation", "The New York Times reported that talks had stalled.", "New York Times", "reported"},
	{"according to", "Prices rose 14 percent, according to Helen Okafor.", "Helen Okafor", "according to"},
	{"attribution alone is not a paraphrase", `"We won," she said.`, "", ""},
	{"no speech verb", "Ana Ruiz left the building.", "", ""},
	{"a pronoun after a speaker set off in the sentence before", "Lucy Flores said Joe Biden made her feel “uneasy.”\n\nTracy Sefl, a strategist, said voters knew Biden well.\n\nThe challenge for Biden if he does mount a run, Sefl said, was to appeal to voters who may be more skeptical. She suggested he place women in high-profile roles.", "Tracy Sefl", "suggested"},
	{"someone with a title after by is not the subject", "“Shouldn’t we put our democracy before party?” asked Rep. Luis Gutiérrez (D-Ill.), who’s calling for impeachment.\n\nGutiérrez, who has endorsed a separate impeachment resolution sponsored by Rep. Steve Cohen Stephen (Steve) Ira CohenImpeachment week: Trump probe hits crucial point MORE (D-Tenn.), said he’s looking for ways to expand that proposal.", "", ""},
	{"a name a participle takes a side on is not the subject", "The small faction of Democrats opposing Pelosi, a 78-year-old San Francisco liberal, has argued that the party needs new leadership.", "", ""},
	{"long attribution after a quotation is not a paraphrase", `"Parents should decide," the group's spokesman, Tomas Weber, told local radio.`, "", ""},
	{"colon attribution is not a paraphrase", `Ana Ruiz said: "No new tariffs."`, "", ""},
	{"partial quote in reported speech", `Ana Ruiz said the plan was "dead" and would be dropped.`, "Ana Ruiz", "said"},
	{"place after a preposition is not the speaker", "A parents' group in Valmora said it opposed the plan.", "", ""},
	{"title keeps its preposition", "US Secretary of State Marco Rubio claimed that it would help.", "Marco Rubio", "claimed"},
	{"a possessive is not a subject", "A blog post questions Dana Kerr’s claims of a degree.", "", ""},
	{"an owned name before a verb that is also a noun is not a subject", "Sean Spicer contradicts Trump’s Manafort claims in a new book.", "", ""},
	{"a name a preposition governs across its role is not the subject", "A senior defence official, speaking to the BBC's defence correspondent Paul Adams, said that the figures were not good enough.", "", ""},
	{"a pronoun is no one the reported words name", "John McAfee had few friends, but Daniel Guerrero said the complaint was the only one. He said that he was friendly with both McAfee and Faull.", "Daniel Guerrero", "said"},
	{"a sentence holding someone else's quotation", "The state constitution bars those convicted of \"infamous crimes\" from office, and Cliff Levine said that DeWeese resigned.", "", ""},
	{"a sentence holding the speaker's own quotation", "Cliff Levine said that DeWeese, a \"good man\" in his words, resigned.", "Cliff Levine", "said"},
	{"accusing is speaking", "Sen. Maria Alvarez spoke first. She accused Republican leaders of moving the goalposts.", "Maria Alvarez", "accused"},
	{"an embedded tweet is its author's", "Donald Trump spoke on Sunday.\n\nBernie Sanders is lying when he says his disruptors aren't told to go to my events. Be careful Bernie! — Donald J. Trump (@realDonaldTrump) March 13, 2016", "Donald Trump", "tweeted"},
	{"what a group unnamed says of someone is not their words", "Donald Trump spoke on Sunday.\n\nBut Trump's supporters say his deal shows he is a strong leader, doing exactly what he promised to do.", "", ""},
	{"a sentence handing over with a colon is not a paraphrase", "Donald Trump spoke on Friday. Trump answered the protests with this tweet:\n\nJust had a very open and successful election.", "", ""},
	{"what someone told is not reported", "Barack Obama spoke in March. The justices ruled that it was a tax, no matter what Mr. Obama told voters.", "", ""},
	{"what someone said, opening the sentence, is not reported", "Donald Trump spoke in Ohio. What Trump said was false, according to the fact-checkers' count.", "", ""},
	{"issuing a statement is speaking", "Colin Powell spoke. Powell issued a statement that he could recall no such conversation.", "Colin Powell", "issued a statement"},
	{"a statement's speaker, not the subject of its words", "The White House released a statement late Tuesday saying that Obama called both candidates.", "White House", "released a statement"},
	{"releasing a product is no speech", "Apple released a new phone on Monday.", "", ""},
	{"a pronoun whose letters open a word before it", "Donald Trump spoke on Tuesday. Spokesman Doug Watts told reporters that the plan was unchanged.\n\nThen there's Trump, who since Tuesday has clarified that when he said wages were too high he meant the minimum wage.", "Donald Trump", "said"},
	{"a speech verb set off in the middle of its words", "Mitt Romney spoke on Monday. Christopher Wlezien studies elections.\n\nThere won’t be much Romney can do about it, he said, because voters decide early.", "Christopher Wlezien", "said"},
	{"a speech verb set off at the end of its words", "Roy Moore spoke on Monday. Steven Law runs a super PAC.\n\nThe only thing that could sink Moore’s bid is a write-in campaign, he said.", "Steven Law", "said"},
	{"words set off from narration by a colon", "Mark Longabaugh spoke to Leah Daughtry and Anna Ruiz. Ruiz left early. The request puzzled Daughtry: The nominee’s team would be in charge, she said.", "Leah Daughtry", "said"},
	{"the sentence's subject is not among the words", "Mitt Romney spoke on Monday. Mike Herrod passed along the names of two representatives, who were now, he said, with Cruz.", "Mike Herrod", "said"},
	{"a name in apposition before the pronoun", "Bernie Sanders spoke on Monday. He will campaign with Clinton. When I mention all this to Sanders’ top strategist, Tad Devine, he responds with a laugh.", "Tad Devine", "responds"},
	{"a preposition before a courtesy title governs the name", "Tyler Drumheller ran the unit. The unidentified source cited by Mr. Drumheller said some officials had told him.", "", ""},
	{"issuing an email is speaking", "Chris Christie spoke on Monday. His spokesman, Kevin Roberts, issued an email clarifying the governor's position.", "Kevin Roberts", "issued an email"},
	{"after someone unnamed described by a role and a comma, a pronoun is theirs", "Chuck Schumer spoke on Monday. “It is sabotage,” he said in a statement.\n\nThe senior administration official, speaking to reporters on a conference call, said the cuts would not hurt the program. Of the total amount, $5 billion came from an account that could not be spent, he said.", "", ""},
	{"the object of a relative clause is not the subject", "Eric Holder spoke on Monday. Those who know Holder say he would apply the same tone on the trail.", "", ""},
	{"a relative clause reporting a clause keeps its subject", "Alicia Machado spoke on Monday. She is the former Miss Universe who says Donald Trump told her she was too heavy.", "Donald Trump", "told"},
	{"a determiner after who opens the subject", "Bashar Assad spoke. He leads forces who the U.S. says have killed thousands.", "U.S.", "says"},
	{"they is not a person's family name", "“The Democrats are desperate,” Mr. Trump told an interviewer.\n\nThe strategy will help him in a handful of states, they say.\n\nDonald Trump got the ‘Never Trump‘ Republicans on his side.", "", ""},
	{"a country is not the holder of an office named for it", "U.S. Ambassador to Israel David Friedman called the trip “an effort to fuel the boycott.”\n\nIsrael said Friday it would let Tlaib visit her family.", "Israel", "said"},
	{"going on a tirade is no speech", "Donald Trump spoke first. He went on a tirade against the cast of a musical.", "", ""},
	{"two adverbs between a speaker and the verb", "Paul Manafort also apparently told the grand jury what the approach had been, according to the report.", "Paul Manafort", "told"},
	{"people a subject is between are not the subject", "Nick Sandmann faced Nathan Phillips. Chaperones at the encounter between Phillips and Sandmann told investigators the students were not threatened.", "", ""},
	{"a day between a speaker and the verb", "Ana Ruiz spoke. Ruiz on Monday said the plan would fail.", "Ana Ruiz", "said"},
	{"a time this month between a speaker and the verb", "Alexandria Ocasio-Cortez earlier this month said Nancy Pelosi has repeatedly called out the four.", "Alexandria Ocasio-Cortez", "said"},
	{"an ambassador to the body a name follows", "U.S. Ambassador to the European Union Gordon Sondland testified Wednesday. Sondland said the connection was widely known.", "Gordon Sondland", "said"},
	{"what a speaker said something in, between the speaker and the verb", "Gordon Sondland testified. Sondland in his testimony says that many knew.", "Gordon Sondland", "says"},
	{"telephoning someone several times is no speech", "Catherine Croft met the committee. Robert Livingston called her several times in an effort to enlist her help.", "", ""},
	{"a link card and a day between a name and its verb", "Trump announces tariffs.\n\nPresident Trump Donald John TrumpFederal judge halts law targeting Trump tax returns Trump awards medal to economist MORE on Friday announced that the United States would impose tariffs.", "", ""},
	{"posting bail is no speech", "Nicolai Mork spoke in court. Mork previously posted $220,000 bail.", "", ""},
	{"a speaker named after a verb set off at the end, past a name set off before it", "Democrats got into a dispute with the sergeant at arms, Anne Lieberman, reported West Virginia MetroNews.", "West Virginia MetroNews", "reported"},
	{"a day after a verb set off at the end is no speaker", "The clerk, Anne Lieberman, said Friday that the poster would stay. The poster stayed, Anne Lieberman, the clerk, said Friday.", "Anne Lieberman", "said"},
	{"the one told after a verb set off at the end is no speaker", "The poster would stay, the clerk, Anne Lieberman, told Reuters.", "Anne Lieberman", "told"},
	{"someone named closing the sentence reports the rest", "China has denied the request, John Smith said Friday.", "John Smith", "said"},
	{"someone unnamed closing the sentence reports the rest", "Beijing warned Washington on Monday, officials said.", "", ""},
	{"an outlet reporting it at the end leaves it to the one named first", "Al Franken denied the allegations, Politico reported.", "Al Franken", "denied"},
	{"a pronoun past an adverb other than also, later or then is not read", "John Kerry met Donald Trump. He has repeatedly called the deal the worst ever.", "", ""},
	{"a clause set off after a name that opens with a verb is no role", "Devin Patrick Kelley opened fire on Sunday. Kelley, 26, was also shot in the leg by an armed citizen, said Freeman Martin, citing autopsy results.", "", ""},
	{"an age set off before the verb's auxiliary is no aside", "Roy Moore ran for the Senate. Moore, 70, has denied the allegations.", "Roy Moore", "denied"},
	{"a source a role names after according to is the role's bearer", "Devin Kelley served in the Air Force. He was court-martialed in 2012, according to Air Force spokeswoman Ann Stefanek.", "Ann Stefanek", "according to"},
	{"an unnamed speaker's account of what someone named did is theirs", "Hunter Biden joined the firm in 2006. A former bank executive said Hunter had told him the loan was safe.", "", ""},
	{"an unnamed speaker's set-off verb is theirs", "Hunter Biden joined the firm in 2006. At one point, the executive said, Hunter called him and asked him to hand over $21,000.", "", ""},
	{"a likeness is no speech", "Donald Trump spoke in Ohio. Observation No. 1: Donald Trump reminds me of the Know-Nothing movement.", "", ""},
	{"a source unnamed closing the sentence reports it", "Dzhokhar Tsarnaev was arrested. Dzhokhar Tsarnaev has told investigators his older brother was the driving force behind the attack, a U.S. government source said Monday.", "", ""},
	{"a source unnamed after according to reports the sentence", "Dzhokhar Tsarnaev was arrested. Dzhokhar Tsarnaev, wounded and held in a Boston hospital, has said his brother wanted to defend Islam from attack, according to the source.", "", ""},
	{"the one whose relative clause reports someone's request reports the sentence", "Donald Trump paid two women. He has been implicated by his former lawyer, Michael Cohen, who says Trump asked him to arrange the transactions.", "Michael Cohen", "says"},
	{"one set off with a verb of their own between a subject and its speech verb reports the sentence", "Carlo Maria Martini met Benedict. Silvano Fausti was his confessor.\n\nMartini, Fausti said, urged Benedict to resign the papacy.", "Silvano Fausti", "said"},
	{"a pronoun after an unnamed speaker's quotation is not the last one named", "Liu Hongru spoke in November. \"Bonds are all right,\" Liu said.\n\nOne Chinese journalist said conditions are not ripe. \"You need a market,\" he said. \"But speculation is not acceptable.\"\n\nAsked if there are political reasons, he said that economics and politics cannot be separated.", "", ""},
	{"a pronoun after a quotation an unnamed speaker's cue closes is not the last one named", "\"It seems likely to pause,\" said Park Sin-bom, a director of Lucky Securities.\n\n\"I would say the market is flat,\" a foreign analyst said.\n\n\"But the market will head up again.\"\n\nHe added that the new fund would have an impact.", "", ""},
	{"a person of where they work reports the sentence, not the firm", "Stocks rose. Chris Callies of Merrill Lynch said the market may fall soon.", "Chris Callies", "said"},
	{"a body named with of is not a person of it", "Stocks rose. Bank of America said the market may fall soon.", "", ""},
	{"a comparison with what someone says is not their report", "Donald Trump refused to release his returns. His tax returns would certainly clarify whether he is as rich as he says.", "", ""},
	{"a comparison with what someone said leaves the sentence to the one reporting it", "Barack Obama gave his State of the Union address. Asked whether the economy is as strong as President Barack Obama said in his address, Sen. Ted Cruz said it is not.", "Ted Cruz", "said"},
	{"a speaker after someone claiming is what they claim", "Hillary Clinton lost the election.\n\nTom Arnold is claiming Hillary Clinton begged him to release footage of Donald Trump.", "Tom Arnold", "claiming"},
	{"a pronoun after a group's speaker is not the group", "The pro-Trump group Patriot Prayer gathered for a rally.\n\nPatriot Prayer’s first speaker stated a message from the organizers. He then said that Seattle’s values are inclusive values.", "", ""},
	{"a question put to someone about a topic leaves the sentence to the one answering", "Steve Kroft interviewed Barack Obama.\n\nCorrespondent Steve Kroft asks President Obama about the lack of progress in Syria, but Obama says improvement takes time.", "Barack Obama", "says"},
	{"lawmakers unnamed speaking in the main clause report it, not the one named in the clause before", "Patrick Leahy chairs the committee.\n\nThough Leahy noted this hearing would be the committee's fourth on immigration this year, Republican senators complained it would only be the first.", "", ""},
	{"an aside reporting other words keeps the pronoun from the name it holds", "Bobby Jindal said Giuliani \"should have used different phraseology.\" That is a non-endorsement.\n\nGov. Scott Walker — another 2016 hopeful — refused, when asked, to say whether Obama loves his country, and then sparked a furor when he said he didn't know whether Obama was a Christian (his spokesperson later said Walker was objecting to the line of questioning).", "Scott Walker", "said"},
	{"a verb in words whose opening mark is missing is no one's report", "Jeffrey Goldberg fired Kevin D. Williamson.\n\n“Kevin is a gifted writer,” said Jeffrey Goldberg. […] Late yesterday afternoon, information came to our attention. Specifically, the subject of one of Kevin’s tweets was also a centerpiece of a podcast discussion in which Kevin explained his views on the subject,” wrote Goldberg.", "", ""},
	{"a speaker named after a speech verb closing the sentence reports it", "Mark Zuckerberg runs Facebook. Joe Jerome works on policy.\n\nZuckerberg has said he’s open to Facebook being regulated, but Facebook has repeatedly opposed state privacy laws, noted Joe Jerome, policy counsel at the Center for Democracy and Technology.", "Joe Jerome", "noted"},
	{"whose part a sentence opens with is not what is said", "Gene Jannenga spoke. The Rev. Ian MacLeod arrived.\n\n“We want this parish to survive,” says Gene Jannenga.\n\nFor Mr. MacLeod’s part, hustling between churches can be tiring, he says.", "Ian MacLeod", "says"},
	{"a tweet that reports someone's words as news does is theirs", "Jeremy Corbyn spoke at PMQs.\n\nNice touch. Corbyn says he wishes PM & his family well #PMQs — Sophy Ridge (@SophyRidgeSky) July 13, 2016", "Jeremy Corbyn", "says"},
	{"a tweet closing on who announces its news is theirs", "Buckingham Palace confirms Cameron’s resignation:\n\n#Breaking David Cameron officially tenders resignation as prime minister, Buckingham Palace announces pic.twitter.com/DLkHGPr1nY — Press Association (@PA) July 13, 2016", "Buckingham Palace", "announces"},
	{"continuing a tour is no speech", "Hillary Clinton and Tim Kaine spoke in Philadelphia.\n\nClinton and Kaine continued their “Stronger Together” tour Saturday with a late-afternoon rally in Pittsburgh.", "", ""},
	{"a share of people answering speaks for itself", "W. Bradford Wilcox teaches sociology.\n\nWhen Wilcox asked his University of Virginia students if they thought having a child out of wedlock was wrong, 62 percent said it was not wrong.", "", ""},
	{"sources who also told someone are unnamed, not the one in their words", "Matt Olsen led the center.\n\nCongressional sources also told Fox News last year that Olsen was reprimanded by the White House after he testified.", "", ""},
	{"allies of two people named together are not those two speaking", "Barack Obama nominated Chuck Hagel.\n\nAllies of Obama and Hagel said Sunday that only a few GOP senators would vote against him.", "", ""},
	{"a tweet quoting someone with a cue is theirs, not its author's", "Julie Bosman covers the White House.\n\nWow. “Try getting it yourselves,” Mr. Trump told the governors during the conference call. via @jmartNYT https://t.co/RKZusLK5oY — Julie Bosman (@juliebosman) March 16, 2020", "Trump", "told"},
	{"a camp closing the sentence reports it, not the one it speaks of", "Barack Obama gave his inaugural address.\n\nYet he said nothing about how he would fund these programs going forward, conservatives said.", "", ""},
	{"a document about someone named with a title says it, not them", "Donald Trump spoke to Volodymyr Zelensky.\n\nThe complaint against President Trump says he pressured Ukrainian President Volodymyr Zelensky to investigate a rival.", "", ""},
	{"keeping up contact is no speech", "Michael Horowitz led the inquiry. Christopher Steele was a source.\n\nHe shows that Steele continued to talk to Justice Official Bruce Ohr after the FBI cut him off.", "", ""},
	{"a tweet signed with a given name is the handle's, not a namesake's", "Bill Maher interviewed Sen. Ben Sasse.\n\nMaher used a slur on his show and the left is firing at Sasse. — Ben (@BenHowe) June 3, 2017", "Ben", "tweeted"},
	{"what informants say someone demanded is theirs", "Mitch McConnell leads the Senate.\n\nHis informants said McConnell had demanded unified resistance.", "", ""},
	{"saying a blessing is no speech", "Kanye West sang at the church.\n\nAs West’s pastor, Adam Tyson, said a blessing over them, West closed out the service.", "", ""},
	{"telling it like it is is no speech", "Donald Trump won the primary.\n\nBureaucrats feign astonishment when Trump tells it like it is.", "", ""},
	{"a pronoun is no company's", "James Foley worked in Libya. “We will publish his reports,” GlobalPost said.\n\nIn a 2011 interview about his experience, he recounted watching a journalist being killed.", "", ""},
	{"a sentence opening with its named source is theirs", "James Comey testified on Thursday.\n\nAccording to Comey, earlier this year President Trump asked Jeff Sessions to leave the room.", "James Comey", "according to"},
	{"a sentence opening with unnamed staffers as its source is theirs", "Mike Pence met Nancy Pelosi.\n\nBut according to two congressional staffers in the room, Pence responded by discussing border funding.", "", ""},
	{"what a report says someone told is the report's", "Bernie Sanders and Elizabeth Warren met in 2018.\n\nThen came a report that Sanders told Warren in a private meeting that a woman couldn’t win the presidency.", "", ""},
	{"a sentence opening with a paper as its source is the paper's", "Donald Trump met Sergey Lavrov.\n\nAccording to the Post, Trump told Lavrov that the US had learned details of a specific threat.", "Post", "according to"},
	{"a source run by another body is not that body", "Hamas rules Gaza.\n\nEarlier in the day, Hamas killed 11 men by firing squad, according to the Hamas-run Al Rai website.", "Al Rai", "according to"},
	{"going on to do something is no speech", "Clarence Thomas was confirmed in 1991.\n\nHe went on to vote consistently against abortion rights.", "", ""},
	{"a document closing a sentence reports it", "Hunter Biden has a daughter.\n\nA DNA test confirmed that Hunter Biden is the father of a baby in Arkansas that he has denied having, says a court filing first reported by the Arkansas Democrat-Gazette.", "", ""},
	{"wherever someone says is no report", "Donald Trump won the election.\n\nFor many Republicans, the boundary between fact and fiction lies wherever president Trump says it does.", "", ""},
	{"a pope is not another bearer of his given name", "Pope Francis met Kim Davis.\n\nIn his meeting with Kim Davis last Thursday, Pope Francis reportedly told Ms. Davis to stand strong.\n\nFrancis DeBernardo leads a Catholic group.", "Francis", "told"},
	{"a prince named with his title is his given name's bearer", "Prince Khalid bin Salman is the Saudi ambassador.\n\nPrince Khalid allegedly told Jamal Khashoggi that he would be safe.", "Khalid bin Salman", "told"},
	{"a source named with \"for\" is the whole body", "Three men have been on a hunger strike since November 1, according to Freedom for Immigrants, an advocacy group.", "Freedom for Immigrants", "according to"},
	{"a source named with \"of\" is the whole body", "Taxes are too high, according to the University of Michigan.", "University of Michigan", "according to"},
	{"a capitalized word opening a sentence before \"for\" names no body", "Tim Cook runs Apple.\n\nProsecutors for Apple argued that Zhang was a flight risk.", "", ""},
	{"spokespeople for two people are no body", "Mike Crapo chairs the panel.\n\nSpokespeople for Senators Heidi Heitkamp and Joe Donnelly said the talks would go on.", "", ""},
	{"a relative clause between a group and its verb keeps the sentence theirs", "Donald Trump was on the tapes.\n\nThe three women who spoke to journalists at the New York Times or the Palm Beach Post all said they were inspired to come forward after hearing Trump deny on national television that he had done the things he described on the leaked tapes.", "", ""},
	{"a body named with \"the\" closing the sentence reports it", "Donald Trump met Stormy Daniels.\n\nTrump has denied the affair, the White House says.", "White House", "says"},
	{"a name owning the subject of words set off before the verb is not the pronoun's", "Kamala Harris criticized Joe Biden. Dianne Bystrom studies women candidates in Iowa.\n\nSenator Harris’ critique of the vice president is evidence that moving to the left can help her campaign, she says in an email.", "Dianne Bystrom", "says"},
	{"calling someone afterwards is no speech", "Ben Carson wanted the job.\n\nCarson allegedly called Trump afterwards and was angry that the situation played out like this.", "", ""},
	{"a name after \"obtained by\" is no subject", "Donald Trump fired people.\n\nAlles in a memo obtained by Elizabeth Landers of Vice said that he was not fired.", "", ""},
	{"someone unnamed adding a sentence reports it", "Donald Trump met aides.\n\nMr. Trump said he planned to tackle tax reform later, ignoring the repeal’s tax implications, the staff member added.", "", ""},
	{"writing a script is no speech", "Michael Cohen hired a firm.\n\nRedFinch Solutions founder John Gauger reportedly wrote a computer script to repeatedly vote for Trump.", "", ""},
	{"a question asking what someone can say reports nothing", "William Hague leads the Foreign Office.\n\nIf UK to export arms to Syria moderates can Hague say who they are and how he'll ensure only they receive weapons?", "", ""},
	{"a main clause's subject who acts and speaks reports the sentence", "Tim Kaine debated Mike Pence.\n\nWhen Kaine demanded that Pence defend Trump’s secrecy on his taxes, Pence ducked and talked about how low taxes are good for economic growth.", "Mike Pence", "talked"},
	{"declaring an emergency is no speech", "Donald Trump wants a wall.\n\nUS President Donald Trump has declared a national emergency in a bid to fund his promised wall.", "", ""},
	{"a pronoun closing a sentence is not one named in the clause before it", "Yoel Guzansky studies Iran. Benjamin Netanyahu leads Israel.\n\nIsrael wants more than closing the plant, says Guzansky of INSS. But Netanyahu should make clearer that he is willing to give diplomacy a chance, he says.", "Yoel Guzansky", "says"},
	{"the elder of a family name is the one the others are relatives of", "Rep. John Conyers is retiring from Congress.\n\nHis nephew, Ian Conyers, wants the seat. Ian Conyers broke the news on Tuesday.\n\nWhile the elder Conyers told a radio host that the claims were false, he added it was time to step down.", "John Conyers", "added"},
	{"a pronoun after an office a place holds speaking is its unnamed bearer's", "Director of National Intelligence Dan Coats said Thursday, “We have assessed that it’s unlikely Russia has the will to counter Iranian influence.” On Friday, Russia’s ambassador to Iran said that Moscow has no intention of pressing Iran to withdraw. He denied any strain between Moscow and Tehran.", "", ""},
	{"writing legislation is no speech", "Al Franken served in the Senate.\n\nWhile in office, Franken wrote provisions of the Violence Against Women Act designed to ensure that survivors don’t have to pay for rape kits, according to the St. Paul Pioneer Press.", "St Paul Pioneer Press", "according to"},
}

func TestParaphrases(t *testing.T) {
	for _, tc := range paraphraseTests {
		t.Run(tc.name, func(t *testing.T) {
			an := analyze(tc.text)
			var got Attribution
			if n := len(an.Paraphrases); n > 0 {
				got = an.Paraphrases[n-1]
			}
			if got.Speaker != tc.speaker || got.Cue != tc.cue {
				t.Errorf("paraphrases %+v, want last %q %q", an.Paraphrases, tc.speaker, tc.cue)
			}
		})
	}
}

// A participle opening a sentence with no clause set off after it may
// open a name: "Rolling Stone" is no mention of Oliver Stone, whom the
// "He says" after it would take.
func TestParticipleOpeningAName(t *testing.T) {
	an := analyze("Oliver Stone directed films.\n\nRolling Stone publisher John Wenner was accused by one man.")
	for _, p := range an.People {
		if p.Name == "Oliver Stone" && !slices.Equal(p.Mentions, []int{0}) {
			t.Errorf("Oliver Stone mentions %v, want [0]", p.Mentions)
		}
	}
}

// A plural title before a list is no given name: "Messrs Cohen" would be
// TestColonHandsOverPastASentence: a cue ending in a colon hands over to
// the quotation after it, even when the one before opens its sentence, if
// that one ends a sentence of its own. The segmenter keeps "… there?'\"
// LTA chief executive … added:" in one sentence, as the simple split in
// other tests does not.
func TestColonHandsOverPastASentence(t *testing.T) {
	text := "Jimmy Connors visited. John Crowther runs the LTA.\n\n\"Britain has the right attitude,\" said Connors. \"A short-term arrangement is just confusing. The kids will ask: 'What am I doing there?'\" LTA chief executive, John Crowther, added: \"We hope this is the beginning.\""
	an := analyzeSegmented(t, text, 5)
	for _, want := range []struct{ quote, speaker string }{{"A short-term", "Jimmy Connors"}, {"We hope", "John Crowther"}} {
		q := find(t, text, an, want.quote)
		if q.Speaker != want.speaker {
			t.Errorf("%q: speaker %q, want %q", want.quote, q.Speaker, want.speaker)
		}
	}
}

// someone new, and "Mr. Cohen" after it nobody's.
func TestPluralTitleIsNoName(t *testing.T) {
	text := "Michael Cohen was Trump's lawyer. Mr. Pecker refused.\n\nMessrs. Cohen and Trump would have to handle the payment themselves.\n\nMr. Cohen offered a suggestion."
	an := analyzeSegmented(t, text, 4)
	for _, p := range an.People {
		if strings.HasPrefix(p.Name, "Messrs") {
			t.Errorf("person %q", p.Name)
		}
		if p.Name == "Michael Cohen" && !slices.Equal(p.Mentions, []int{0, 2, 3}) {
			t.Errorf("Michael Cohen mentions %v, want [0 2 3]", p.Mentions)
		}
	}
}

func TestPeople(t *testing.T) {
	text := "Mexican President Claudia Sheinbaum met US Secretary of State Marco Rubio at the Global Initiative in Latin America. " +
		"The New York Times said Sheinbaum and Dr. Lena Varga spoke. Rubio left."
	an := analyze(text)
	got := map[string][]int{}
	for _, p := range an.People {
		got[p.Name] = p.Mentions
	}
	want := map[string][]int{"Claudia Sheinbaum": {0, 1}, "Marco Rubio": {0, 2}, "Lena Varga": {1}}
	if len(got) != len(want) {
		t.Errorf("people %v, want %v", got, want)
	}
	for n, m := range want {
		if !slices.Equal(got[n], m) {
			t.Errorf("%s mentions %v, want %v", n, got[n], m)
		}
	}
}

// TestClauseWordsNameNoOne: a word opening a clause before a name ("Where
// George W. Bush labeled himself …, Jeb Bush takes …") is not part of it.
func TestClauseWordsNameNoOne(t *testing.T) {
	for _, w := range []string{"Where", "Whereas", "Which", "Whose", "Like", "Just", "Only", "Still"} {
		an := analyze(w + " George W. Bush spoke of it often, Jeb Bush takes his time.")
		for _, p := range an.People {
			if strings.HasPrefix(p.Name, w+" ") {
				t.Errorf("%q opens a person's name: %q", w, p.Name)
			}
		}
	}
}

func TestInitials(t *testing.T) {
	// One sentence, as the segmenter gives it: split's ". C" rule would
	// end it after the initials.
	text := `"We need stops," P.J. Carlesimo said.`
	an := Analyze(text, []Sentence{{Start: 0, End: len(text)}})
	if len(an.Quotations) != 1 || an.Quotations[0].Speaker != "P.J. Carlesimo" {
		t.Errorf("quotations %+v, want one of P.J. Carlesimo", an.Quotations)
	}
}

func TestSpeechVerbHeads(t *testing.T) {
	// Drop the groups inside the alternatives (the audiences "told" may
	// take, what "issued" makes a speech verb of); they follow the verb.
	verbs := speechVerbs
	for inner := regexp.MustCompile(`\([^()]*\)[?*]?(?:\{[0-9,]*\}\??)?`); inner.MatchString(verbs); {
		verbs = inner.ReplaceAllString(verbs, "")
	}
	head := regexp.MustCompile(`^[a-z]+`)
	for _, alt := range strings.Split(verbs, "|") {
		if w := head.FindString(alt); !speechHeads[w] {
			t.Errorf("speechHeads[%q] = false; %q is in speechVerbs", w, alt)
		}
	}
}

// TestAlternation: a list of words joined by alternation matches each of
// them whole, whatever order the list is written in, when one word
// extends another.
func TestAlternation(t *testing.T) {
	for _, tc := range []struct {
		words []string
		in    string
		want  string
	}{
		{[]string{"say", "says", "said"}, "says", "says"},
		{[]string{"says", "say"}, "say so", "say"},
		{[]string{"man", "manager", "woman"}, "manager", "manager"},
		{[]string{"a", "ab", "abc"}, "abcd", "abc"},
	} {
		got := regexp.MustCompile(`^(?:` + alternation(tc.words) + `)`).FindString(tc.in)
		if got != tc.want {
			t.Errorf("alternation(%q) on %q: %q, want %q", tc.words, tc.in, got, tc.want)
		}
	}
	// Leftmost-first takes the first alternative that matches, so a verb
	// placed after one of its prefixes would be cut to it.
	for _, w := range speechWords {
		if got := regexp.MustCompile(`^(?:` + speechVerbs + `)`).FindString(w); got != w {
			t.Errorf("speechVerbs on %q: %q", w, got)
		}
	}
}

// TestSuffixMatters: among speakers that hold a father and a son of one
// name, a query keeps to its own suffix; elsewhere a suffix the article
// left out still finds its bearer.
func TestSuffixMatters(t *testing.T) {
	tests := []struct {
		name, q  string
		speakers []string
		want     bool
	}{
		{"the father beside the son", "Trump", []string{"Trump", "Donald Trump Jr."}, true},
		{"the son beside the father", "Donald Trump Jr.", []string{"Donald Trump", "Donald Trump Jr."}, true},
		{"the son alone", "Trump", []string{"Donald Trump Jr."}, false},
		{"a suffix the article left out", "Joseph M. Kyrillos Jr.", []string{"Joseph Kyrillos"}, false},
		{"no one of the name", "Trump", []string{"Steve Bannon"}, false},
	}
	for _, tt := range tests {
		if got := suffixMatters(tt.q, tt.speakers); got != tt.want {
			t.Errorf("%s: suffixMatters(%q, %q) = %v, want %v", tt.name, tt.q, tt.speakers, got, tt.want)
		}
	}
	for _, name := range []string{"Donald Trump Jr.", "Trump Jr.'s", "Jane Doe III"} {
		if Suffix(name) == "" {
			t.Errorf("Suffix(%q) is empty", name)
		}
	}
	// The son asked about, never quoted, but called "Trump Jr." in the
	// text: his father's words are not his.
	text := "Trump Jr. attended the meeting. Trump responded: “Bannon has nothing to do with me.”"
	if Asks("Donald Trump Jr.", []string{"Donald Trump"}, text)("Donald Trump") {
		t.Errorf("Asks(Donald Trump Jr.) took Donald Trump's words where the text names Trump Jr.")
	}
	// The father asked about where the text calls the son "Trump Jr.":
	// the son's words are not the father's, even when only the son is
	// quoted.
	if Asks("Donald Trump", []string{"Donald Trump Jr."}, "President Trump met Putin. “I do,” Trump Jr. answered.")("Donald Trump Jr.") {
		t.Errorf("Asks(Donald Trump) took Donald Trump Jr.'s words where the text names Trump Jr.")
	}
	// A title's "Trump Jr." tells no one apart: the body may drop the
	// suffix all along.
	if !Asks("Donald Trump Jr.", []string{"Donald Trump"}, "Trump Jr. defends Skittles tweet\n\nDonald Trump Jr. said he was surprised.")("Donald Trump") {
		t.Errorf("Asks(Donald Trump Jr.) lost the son whose suffix only the title writes alone")
	}
	if !Asks("Joseph M. Kyrillos Jr.", []string{"Joseph Kyrillos"}, "Joseph Kyrillos said it.")("Joseph Kyrillos") {
		t.Errorf("Asks(Joseph M. Kyrillos Jr.) lost the speaker whose suffix the text left out")
	}
	if got := FamilyName("Donald Trump Jr."); got != "trump" {
		t.Errorf("FamilyName(Donald Trump Jr.) = %q, want trump", got)
	}
}

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		name, q, s string
		want       bool
	}{
		{"family name", "Sheinbaum", "Claudia Sheinbaum", true},
		{"lower case", "sheinbaum", "Claudia Sheinbaum", true},
		{"with title", "President Sheinbaum", "Claudia Sheinbaum", true},
		{"full name", "Claudia Sheinbaum", "Claudia Sheinbaum", true},
		{"initials the article gives", "NR Narayana Murthy", "Narayana Murthy", true},
		{"an acronym alone is no name", "NR", "Narayana Murthy", false},
		{"possessive", "Sheinbaum's", "Claudia Sheinbaum", true},
		{"accents ignored", "Farfan-Mendez", "Cecilia Farfán-Méndez", true},
		{"a straight apostrophe typed for a curly one", "Beto O'Rourke", "Beto O’Rourke", true},
		{"hyphen typed as a space", "Cecilia Farfan Mendez", "Cecilia Farfán-Méndez", true},
		{"one half of a hyphenated name", "Mendez", "Cecilia Farfán-Méndez", true},
		{"another hyphenated name", "Farfan-Lopez", "Cecilia Farfán-Méndez", false},
		{"other person", "Rubio", "Claudia Sheinbaum", false},
		{"extra word", "Claudia Sheinbaum Pardo", "Claudia Sheinbaum", false},
		{"empty query", "", "Claudia Sheinbaum", false},
		{"only a title", "President", "Claudia Sheinbaum", false},
		{"empty speaker", "Sheinbaum", "", false},
		{"a suffix the attribution left out", "Joseph M. Kyrillos Jr.", "Joseph M. Kyrillos", true},
		{"a middle initial the attribution left out", "Thomas H. Kean Sr.", "Thomas Kean", true},
		{"a middle initial of someone else", "Thomas H. Kean", "Thomas Lee", false},
		{"an initial alone stays", "G. Bush", "Jeb Bush", false},
		{"an office with of", "Secretary of State John Kerry", "John Kerry", true},
		{"one department is not another", "Justice Department", "State Department", false},
		{"a department by its full name", "the State Department", "State Department", true},
		{"one of two named together", "Devin Nunes", "Jason Chaffetz and Devin Nunes", true},
		{"one of a list", "Sen. Dick Durbin", "Patrick Leahy, Dick Durbin and Al Franken", true},
		{"one of two, asked with a suffix the attribution left out", "Joseph M. Kyrillos Jr.", "Joseph Kyrillos and Ann Lee", true},
		{"someone else than those named together", "Rubio", "Jason Chaffetz and Devin Nunes", false},
		{"an organisation with and in its name stays whole", "Department of Health and Human Services", "Department of Health and Human Services", true},
		{"the House is not the White House", "the House", "the White House", false},
		{"the House by its full name", "the House", "the U.S. House", true},
		{"the White House", "White House", "the White House", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := SameSpeaker(tc.q, tc.s); got != tc.want {
				t.Errorf("SameSpeaker(%q, %q) = %v", tc.q, tc.s, got)
			}
		})
	}
}

func TestBadSpans(t *testing.T) {
	text := `"Yes," she said.`
	tests := []struct {
		name  string
		sents []Sentence
	}{
		{"none", nil},
		{"past the end", []Sentence{{0, 100, 0}}},
		{"overlapping", []Sentence{{0, 10, 0}, {5, 16, 0}}},
		{"inverted", []Sentence{{10, 5, 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := Analyze(text, tc.sents)
			if len(an.Quotations)+len(an.Paraphrases)+len(an.People) != 0 {
				t.Errorf("got %+v from unusable spans", an)
			}
		})
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add("\"Yes,\" she said. “No” said Bob Smith.\n\n«x")
	f.Add("\"\"\"\n\n\"")
	f.Add("Mr. Al Bo said: “a\n\n“b” he added. Bo's 'x' \xff\"")
	// Offices and their holders: "General of the Army" once panicked.
	f.Add("General of the Army Douglas MacArthur, who said “We return,” and Secretary of State Al Bo (D-Ore.) Jr. told Ambassador to the UN Cy Li: “No.” He added, “Yes.”")
	f.Fuzz(func(t *testing.T, text string) {
		sents := split(text)
		an := Analyze(text, sents)
		for _, q := range an.Quotations {
			if q.Start < 0 || q.End > len(text) || q.Start > q.End || q.Sentence < 0 || q.Sentence >= len(sents) {
				t.Fatalf("bad quotation %+v", q)
			}
		}
		for _, p := range an.Paraphrases {
			if p.Sentence < 0 || p.Sentence >= len(sents) {
				t.Fatalf("bad paraphrase %+v", p)
			}
		}
		for _, p := range an.People {
			for _, m := range p.Mentions {
				if m < 0 || m >= len(sents) {
					t.Fatalf("bad mention %+v", p)
				}
			}
		}
	})
}

// benchText is about 1,000 words: the seed article's body three times.
func benchText(b testing.TB) string {
	text := seed(b)
	body := text[strings.Index(text, "Mexican President"):strings.Index(text, "NEWSLETTER")]
	return strings.Repeat(body, 3)
}

func BenchmarkAnalyze(b *testing.B) {
	text := benchText(b)
	sents := split(text)
	for b.Loop() {
		Analyze(text, sents)
	}
	b.ReportMetric(float64(len(strings.Fields(text))), "words")
}

// crowd is n named people in one paragraph, shaped as hostile pages may
// be: each quoted and then spoken of as "he" or "she" ("speakers"), or
// all named in one sentence ("one sentence").
func crowd(shape string, n int) string {
	given := []string{"Ann", "Bob", "Carl", "Dana", "Ed", "Fay", "Gus", "Hal"}
	var b strings.Builder
	for i := range n {
		switch shape {
		case "speakers":
			fmt.Fprintf(&b, "%s Lee%d said: “We go.” He added: “Now.” ", given[i%len(given)], i)
		case "one sentence":
			fmt.Fprintf(&b, "%s and Ann Lee%d, ", given[i%len(given)], i)
		}
	}
	b.WriteString("and Mr. Lee0 told reporters “it is so,” he said.")
	return b.String()
}

// BenchmarkAnalyzeCrowd is the cost per person named of a page naming
// hundreds or thousands: the same at both sizes when the analyser's work
// grows with the page, not with its square (the resolver once scanned
// every mention, quotation and mark of the article for each pronoun: four
// thousand speakers took 7 s, eight thousand 47 s).
func BenchmarkAnalyzeCrowd(b *testing.B) {
	for _, shape := range []string{"speakers", "one sentence"} {
		for _, n := range []int{500, 4000} {
			text := crowd(shape, n)
			sents := split(text)
			b.Run(fmt.Sprintf("%s/%d", shape, n), func(b *testing.B) {
				for b.Loop() {
					Analyze(text, sents)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/name")
			})
		}
	}
}

// BenchmarkFindSubjectVerbLong is the cost per subject of one sentence
// naming hundreds or thousands of speakers, read for its last subject as
// several rules read the text before a quotation: the same at both sizes
// when the work grows with the sentence, not with its square (the rules
// that end at a subject once read all the text before it: 2,000 "… of
// Acme Corp said …" took 92 s, 1,000 took 23 s).
func BenchmarkFindSubjectVerbLong(b *testing.B) {
	for _, unit := range []string{"Kim Lee said that Bo Park told him, ", "Kim Lee of Acme Corp said that Bo Park of The Bank told him, "} {
		for _, n := range []int{250, 2000} {
			s := strings.Repeat(unit, n)
			b.Run(fmt.Sprintf("%s/%d", strings.Fields(unit)[2], n), func(b *testing.B) {
				for b.Loop() {
					if findSubjectVerb(s, true) == nil {
						b.Fatal("no subject")
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*2*n), "ns/subject")
			})
		}
	}
}

func BenchmarkSameSpeaker(b *testing.B) {
	for b.Loop() {
		SameSpeaker("president sheinbaum", "Cecilia Farfán-Méndez")
	}
}

func TestMentions(t *testing.T) {
	tests := []struct {
		name, text, query string
		want              bool
	}{
		{"family name", "The district said Park would stay.", "Park", true},
		{"title and name", "Ms. Grace Park was placed on leave.", "Ms. Park", true},
		{"lower-case query", "Ms. Grace Park was placed on leave.", "grace park", true},
		{"possessive", "Park's lawyer declined to comment.", "Park", true},
		{"common word is no name", "They met in the park.", "Park", false},
		{"every word needed", "Grace Lee spoke.", "Grace Park", false},
		{"empty", "Park spoke.", "", false},
		{"a name in lower case first", "PayPal parent eBay will take a charge.", "eBay", true},
		{"a name with a digit", "The security firm G4S said so.", "G4S", true},
		{"a name with a common word", "But the Clinton campaign seized on it.", "Clinton campaign", true},
		{"a common word must be there too", "Clinton spoke at a campaign stop.", "Clinton campaign", true},
		{"a common word missing", "Clinton spoke.", "Clinton campaign", false},
		{"a name with a dot", "A petition from MoveOn.org drew 20,000 names.", "MoveOn.org", true},
		{"a board of a newspaper", "The New York Times editorial board endorsed her.", "New York Times editorial board", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Mentions(tt.text, tt.query); got != tt.want {
				t.Errorf("Mentions(%q, %q) = %v", tt.text, tt.query, got)
			}
		})
	}
}

func TestIsOrganization(t *testing.T) {
	for name, want := range map[string]bool{
		"Reuters": true, "Central Bank": true, "CNN": true, "New York Times": true,
		"Claudia Sheinbaum": false, "Novak": false, "Maria Lopez": false,
		"Sally Ride Science": true, "Southeastern Military Academy": true, "Keatley Medical Nutrition Therapy": true,
		"Hurricane Sandy": true, "Latino Republican": true,
	} {
		if got := IsOrganization(name); got != want {
			t.Errorf("IsOrganization(%q) = %v", name, got)
		}
	}
}

func TestGender(t *testing.T) {
	tests := []struct{ text, query, want string }{
		{"Ms. Grace Park was placed on leave.", "Park", "her"},
		{"The board met Mr. Reed.", "Tom Reed", "him"},
		{"Grace Park was placed on leave.", "Park", ""},
		{"Grace Park was placed on leave.", "Ms. Park", "her"},
	}
	for _, tt := range tests {
		if got := Gender(tt.text, tt.query); got != tt.want {
			t.Errorf("Gender(%q, %q) = %q, want %q", tt.text, tt.query, got, tt.want)
		}
	}
}

func TestIsGivenName(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"Mario", true}, {"hillary", true}, {"Bernie", true},
		{"Watching", false}, {"Something", false}, {"Jordan", false}, {"", false},
	} {
		if got := IsGivenName(tc.w); got != tc.want {
			t.Errorf("IsGivenName(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestLastTwoFields: the last two words, as strings.Fields would give
// them, for texts with fewer words, runs of spaces and other spaces.
func TestLastTwoFields(t *testing.T) {
	for _, s := range []string{"", " ", "of", " allies of ", "House allies\tof\n", "a b c", "Those who  know  ", "allies\u00a0of\u2003"} {
		f := strings.Fields(s)
		var prev, last string
		if len(f) > 0 {
			last = f[len(f)-1]
		}
		if len(f) > 1 {
			prev = f[len(f)-2]
		}
		if p, l := lastTwoFields(s); p != prev || l != last {
			t.Errorf("lastTwoFields(%q) = %q, %q; want %q, %q", s, p, l, prev, last)
		}
	}
}

func TestNumberedNameIsNoPerson(t *testing.T) {
	text := "In the early morning, members of International Brotherhood of Teamsters Local 90 rallied in the parking lot. Dressed in a gray Teamsters pullover, he had a trim beard. “We had workers talking,” said Tanner Fischer."
	an := analyze(text)
	var names []string
	for _, p := range an.People {
		names = append(names, p.Name)
	}
	if slices.Contains(names, "Teamsters Local") || !slices.Contains(names, "Tanner Fischer") {
		t.Errorf("people = %q; want Tanner Fischer and no Teamsters Local", names)
	}
}

// TestFrontedSubject: the pronoun opening a main clause after a clause
// that opens with a conjunction and a name is that name's, unless the
// clause holds someone's object pronoun or the pronoun's verb is set off
// (the clause before is then the words spoken).
func TestFrontedSubject(t *testing.T) {
	tests := []struct{ text, pronoun, want string }{
		{"Kevin McCarthy spoke. Although McCarthy describes himself as an optimist, he says he was unfazed.", "he says", "Kevin McCarthy"},
		{"Kevin McCarthy spoke. Although McCarthy describes himself as an “optimistic conservative,” he says he was unfazed.", "he says", "Kevin McCarthy"},
		{"Kevin McCarthy spoke. Although McCarthy fired him, he says he was unfazed.", "he says", ""},
		{"Kevin McCarthy spoke. While McCarthy had some accomplishments, he said, “it depends.”", "he said", ""},
		{"Kevin McCarthy spoke. He says McCarthy was unfazed.", "McCarthy was", ""},
	}
	for _, tc := range tests {
		a := newAnalyzer(tc.text, split(tc.text))
		a.findPeople()
		si := len(a.sents) - 1
		own, at := a.plain(si), strings.Index(tc.text, tc.pronoun)-a.sents[si].Start
		if got := a.frontedSubject(si, own, at); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A sentence of a tweet that opens with a speech verb and no subject goes
// on reporting whom the sentence before reported, not the tweet's author.
func TestTweetReportGoesOn(t *testing.T) {
	text := "Mark Knoller covers the White House. John Kerry spoke on Thursday.\n\n" +
		"Kerry says full facts about Daesh must go to competent courts. Says US will work to provide evidence of the atrocities. — Mark Knoller (@markknoller) March 17, 2016"
	an := analyze(text)
	var got []string
	for _, p := range an.Paraphrases {
		got = append(got, p.Speaker)
	}
	if want := []string{"John Kerry", "John Kerry"}; !slices.Equal(got, want) {
		t.Errorf("paraphrases %+v, want speakers %q", an.Paraphrases, want)
	}
}

// A tweet quoting someone whole in a sentence of its own ("“It's
// entitlements.”" after ".@SpeakerRyan just said …") does not give those
// words to the tweet's author, whose other sentences stay theirs.
func TestTweetQuotedWhole(t *testing.T) {
	text := "Paul Ryan spoke on deficits.\n\n.@SpeakerRyan just said military spending not the reason there are growing deficits. \"It's entitlements.\" Also health care and inflation. — Mark Knoller (@markknoller) February 8, 2018"
	an := analyze(text)
	var got []string
	for _, p := range an.Paraphrases {
		got = append(got, fmt.Sprintf("%d %s", p.Sentence, p.Speaker))
	}
	if want := []string{"1 Mark Knoller", "3 Mark Knoller"}; !slices.Equal(got, want) {
		t.Errorf("paraphrases %q, want %q", got, want)
	}
}
