package segment

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
)

func texts(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"attribution after a quote", `"The United States is not going to come to Mexico with the military," President Claudia Sheinbaum said on Friday. "We co-operate, we collaborate, but there is not going to be an invasion. That is ruled out, absolutely ruled out."`,
			[]string{`"The United States is not going to come to Mexico with the military," President Claudia Sheinbaum said on Friday.`, `"We co-operate, we collaborate, but there is not going to be an invasion.`, `That is ruled out, absolutely ruled out."`}},
		{"abbreviations", "Mr. Smith went to Washington. The U.S. economy grew 3.5 percent last year.",
			[]string{"Mr. Smith went to Washington.", "The U.S. economy grew 3.5 percent last year."}},
		{"initials", "J. R. R. Tolkien wrote books. He was British.", []string{"J. R. R. Tolkien wrote books.", "He was British."}},
		{"question inside a quote", `"Is it over?" she asked. Nobody answered.`, []string{`"Is it over?" she asked.`, "Nobody answered."}},
		{"curly quotes", "“We will see,” Dr. Jones said. “Not today.”", []string{"“We will see,” Dr. Jones said.", "“Not today.”"}},
		{"money and decimals", "The deal is worth $1.2 billion. Shares rose 3.5%.", []string{"The deal is worth $1.2 billion.", "Shares rose 3.5%."}},
		{"ellipsis inside a sentence", "Use intelligence, the Department of Defense, whatever ... to strike at these groups.", []string{"Use intelligence, the Department of Defense, whatever ... to strike at these groups."}},
		{"two quotations that meet are two sentences", `Poliquin added, "I abhor it." "They are bigots," Steve Israel said. She said: “No.” “Why?” he asked.`,
			[]string{`Poliquin added, "I abhor it."`, `"They are bigots," Steve Israel said.`, `She said: “No.”`, `“Why?” he asked.`}},
		{"a sentence closing two quotations at once ends there", "García fired back, “You forgot to add the word ‘SAFELY.’” Biden pledged his help.",
			[]string{"García fired back, “You forgot to add the word ‘SAFELY.’”", "Biden pledged his help."}},
		{"a quotation opening right against a full stop opens a sentence", "“I think she is wrong,” he added on MSNBC Wednesday.“I really regret it,” David Axelrod said. He left at 5 p.m.“Then.”",
			[]string{"“I think she is wrong,” he added on MSNBC Wednesday.", "“I really regret it,” David Axelrod said.", "He left at 5 p.m.", "“Then.”"}},
		{"the social network X is not an initial", `"Not a blank check," he wrote on X. Harris said he would vote no. He posted to X. Then he left.`,
			[]string{`"Not a blank check," he wrote on X.`, "Harris said he would vote no.", "He posted to X.", "Then he left."}},
		{"a country's initials before a title end no sentence", `“We will see,” said Republican U.S. Senator Chuck Grassley of Iowa. He lives in the U.S. The company said so.`,
			[]string{`“We will see,” said Republican U.S. Senator Chuck Grassley of Iowa.`, "He lives in the U.S.", "The company said so."}},
		{"a country's initials before an office end no sentence", `When U.S. Solicitor General Noel Francisco opened, Justice Sonia Sotomayor cut him off. He thanked the U.S. Deputy Secretary of State. She moved to the U.S. Her son stayed.`,
			[]string{"When U.S. Solicitor General Noel Francisco opened, Justice Sonia Sotomayor cut him off.", "He thanked the U.S. Deputy Secretary of State.", "She moved to the U.S.", "Her son stayed."}},
		{"a country's initials before an agency end no sentence", `Ken Cuccinelli, acting director at U.S. Citizenship and Immigration Services, said so. He spoke to the U.S. Chamber of Commerce.`,
			[]string{`Ken Cuccinelli, acting director at U.S. Citizenship and Immigration Services, said so.`, "He spoke to the U.S. Chamber of Commerce."}},
		{"an honorific ends no sentence", `Asked if he might fire Mr. Sessions after the midterm elections, Mr. Trump didn’t answer directly. “Mr. Trump is our nominee,” he said. The Rev. Jesse Jackson spoke.`,
			[]string{"Asked if he might fire Mr. Sessions after the midterm elections, Mr. Trump didn’t answer directly.", "“Mr. Trump is our nominee,” he said.", "The Rev. Jesse Jackson spoke."}},
		{"President abbreviated ends no sentence", `Mattis roasts Pres. Trump: "I earned my spurs." It went viral.`,
			[]string{`Mattis roasts Pres. Trump: "I earned my spurs."`, "It went viral."}},
		{"a plural title's abbreviation ends no sentence", `Two Republicans back it: Sens. Mark Kirk of Illinois and Susan Collins of Maine. It passed.`,
			[]string{"Two Republicans back it: Sens. Mark Kirk of Illinois and Susan Collins of Maine.", "It passed."}},
		{"a state's abbreviation ends a sentence before a quotation or a new subject", `We heard a view from Paul Czarzasty of Marion County, Fla. "That bothers me," he says. He owns a restaurant in Kansas City, Kan. Obama's administration deported many. The storm hit Tampa, Fla. Mayor Bob Buckhorn spoke. He flew to Ocala, Fla., on Monday.`,
			[]string{"We heard a view from Paul Czarzasty of Marion County, Fla.", `"That bothers me," he says.`, "He owns a restaurant in Kansas City, Kan.", "Obama's administration deported many.", "The storm hit Tampa, Fla. Mayor Bob Buckhorn spoke.", "He flew to Ocala, Fla., on Monday."}},
		{"an abbreviation qualifying a figure ends no sentence", "The Dutch Republic amounted to ca. 2 million. The engine consumes approx. 4 kg (8.8 lb) of steam per kWh. The fine was est. $4 million, paid ca. in the spring. It rose to 10 approx. Then it fell.",
			[]string{"The Dutch Republic amounted to ca. 2 million.", "The engine consumes approx. 4 kg (8.8 lb) of steam per kWh.", "The fine was est. $4 million, paid ca. in the spring.", "It rose to 10 approx.", "Then it fell."}},
		{"never across paragraphs", "No full stop here\n\nSecond paragraph.", []string{"No full stop here", "Second paragraph."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := texts(tc.in, Sentences(tc.in))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestStatements(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		from     []int
	}{
		{"a year ending a sentence Punkt ran on", "Growth was rapid in the first half of 2004. Richard Jeffrey, chief economist, said it was unlikely.",
			[]string{"Growth was rapid in the first half of 2004.", "Richard Jeffrey, chief economist, said it was unlikely."}, []int{0, 0}},
		{"before a quotation", `The toll rose to 12. "We are still searching," he said.`,
			[]string{"The toll rose to 12.", `"We are still searching," he said.`}, []int{0, 0}},
		{"the sentences Punkt ends stay whole", "Shares rose 3.5%. Mr. Smith said so.",
			[]string{"Shares rose 3.5%.", "Mr. Smith said so."}, []int{0, 1}},
		{"decimals, and a number before a small letter, are no end", "It cost $1.2 billion. He won 3. in a row, he said.",
			[]string{"It cost $1.2 billion.", "He won 3. in a row, he said."}, []int{0, 1}},
		{"a list's number opens its item", "1. Preheat the oven. 2. Bake it.",
			[]string{"1. Preheat the oven.", "2. Bake it."}, []int{0, 1}},
		{"two cuts in one sentence", "He won in 2004. He lost in 2008. He retired.",
			[]string{"He won in 2004.", "He lost in 2008.", "He retired."}, []int{0, 0, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := Sentences(tc.in)
			got, from := Statements(tc.in, sents)
			if strings.Join(texts(tc.in, got), "|") != strings.Join(tc.want, "|") || !slices.Equal(from, tc.from) {
				t.Errorf("got  %q %v\nwant %q %v (sentences %q)", texts(tc.in, got), from, tc.want, tc.from, texts(tc.in, sents))
			}
		})
	}
}

// TestStatementsCutWholeRunes: a cut falls after the stop, whatever the
// width of the digit before it. Punkt itself ends a sentence after a
// digit outside ASCII, so the sentence run on is given by hand.
func TestStatementsCutWholeRunes(t *testing.T) {
	text := "It rose to ٣. Then it fell."
	got, from := Statements(text, []Span{{Start: 0, End: len(text)}})
	if want := []string{"It rose to ٣.", "Then it fell."}; !slices.Equal(texts(text, got), want) || !slices.Equal(from, []int{0, 0}) {
		t.Errorf("got %q %v, want %q [0 0]", texts(text, got), from, want)
	}
}

func TestParagraphs(t *testing.T) {
	in := "  First line\nsame paragraph \n \t\nSecond\r\n\r\nThird\n\n\n"
	got := texts(in, Paragraphs(in))
	want := []string{"First line\nsame paragraph", "Second", "Third"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	for i, p := range Paragraphs(in) {
		if p.Paragraph != i {
			t.Errorf("paragraph %d numbered %d", i, p.Paragraph)
		}
	}
}

func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../../testdata/sheinbaum.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	got := texts(text, Sentences(text))
	for _, want := range []string{
		`"The United States is not going to come to Mexico with the military," President Claudia Sheinbaum said on Friday.`,
		`That is ruled out, absolutely ruled out."`,
		`"It allows us to now target what they are operating and to use other elements of American power [including] intelligence agencies, the Department of Defense, whatever ... to strike at these groups if we get the opportunity," Rubio added.`,
	} {
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if !found {
			t.Errorf("missing sentence %q", want)
		}
	}
	checkInvariants(t, text, Sentences(text))
}

// checkInvariants: exact, trimmed, ordered, inside their paragraph, and
// covering every non-space byte.
func checkInvariants(t *testing.T, text string, ss []Span) {
	t.Helper()
	paras := Paragraphs(text)
	covered := make([]bool, len(text))
	prev := 0
	for _, s := range ss {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("bad span %+v after %d", s, prev)
		}
		if st := text[s.Start:s.End]; strings.TrimSpace(st) != st && strings.TrimFunc(st, unicode.IsSpace) != st {
			t.Fatalf("untrimmed %q", st)
		}
		p := paras[s.Paragraph]
		if s.Start < p.Start || s.End > p.End {
			t.Fatalf("sentence %+v outside paragraph %+v", s, p)
		}
		for i := s.Start; i < s.End; i++ {
			covered[i] = true
		}
		prev = s.End
	}
	for _, p := range paras {
		for i := p.Start; i < p.End; i++ {
			if !covered[i] && !unicode.IsSpace(rune(text[i])) && text[i] < 0x80 {
				t.Fatalf("byte %d (%q) of paragraph not in any sentence", i, text[i])
			}
		}
	}
}

func TestChunks(t *testing.T) {
	b, err := os.ReadFile("../../testdata/qa/harbor.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	ss := Sentences(text)
	opts := ChunkOptions{TargetTokens: 60, MaxTokens: 100}
	cs := Chunks(text, ss, opts)
	if len(cs) < 3 {
		t.Fatalf("only %d chunks", len(cs))
	}
	seen := make([]bool, len(ss))
	for i, c := range cs {
		if c.Start != ss[c.FirstSentence].Start || c.End != ss[c.LastSentence].End {
			t.Errorf("chunk %d offsets don't match its sentences", i)
		}
		if n := EstimateTokens(text[c.Start:c.End]); n > opts.MaxTokens && c.FirstSentence != c.LastSentence {
			t.Errorf("chunk %d has %d tokens > max", i, n)
		}
		if i > 0 && c.FirstSentence != cs[i-1].LastSentence {
			t.Errorf("chunk %d starts at %d, want one sentence of overlap with %d", i, c.FirstSentence, cs[i-1].LastSentence)
		}
		for s := c.FirstSentence; s <= c.LastSentence; s++ {
			seen[s] = true
		}
	}
	for i, ok := range seen {
		if !ok {
			t.Errorf("sentence %d in no chunk", i)
		}
	}
	if none := Chunks(text, ss, ChunkOptions{TargetTokens: 60, MaxTokens: 100, OverlapSentences: -1}); len(none) >= len(cs) {
		t.Errorf("no-overlap chunking made %d chunks, overlap %d", len(none), len(cs))
	}
}

func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			Sentences("Mr. Smith went to Washington. He left.")
		}()
	}
	wg.Wait()
}

func FuzzSentences(f *testing.F) {
	f.Add("Mr. Smith said \"no.\" Then he left.\n\nNext.")
	f.Add("\xff\xfe. . .\n \n“”")
	f.Add(strings.Repeat("word ", 500))
	// Long enough for Sentences to share its paragraphs between two
	// goroutines (splitSharedBytes).
	f.Add(strings.Repeat("Mr. Smith said \"no.\" Then he left.\n\n", 150))
	f.Add(strings.Repeat(" \n\n", 2000))
	f.Fuzz(func(t *testing.T, text string) {
		ss := Sentences(text)
		checkInvariants(t, text, ss)
		st, from := Statements(text, ss)
		checkInvariants(t, text, st)
		for i, s := range st {
			if p := ss[from[i]]; s.Start < p.Start || s.End > p.End || i > 0 && from[i] < from[i-1] {
				t.Fatalf("statement %+v outside its sentence %+v", s, p)
			}
		}
		cs := Chunks(text, ss, ChunkOptions{})
		if len(ss) > 0 && (len(cs) == 0 || cs[len(cs)-1].LastSentence != len(ss)-1) {
			t.Fatalf("chunks do not cover all sentences")
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	raw, err := os.ReadFile("../../testdata/qa/harbor.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw) + "\n\n" + string(raw) // ~1,000 words
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences(text)
	}
}

func BenchmarkChunks(b *testing.B) {
	raw, _ := os.ReadFile("../../testdata/qa/harbor.txt")
	text := string(raw) + "\n\n" + string(raw)
	ss := Sentences(text)
	for b.Loop() {
		Chunks(text, ss, ChunkOptions{})
	}
}

// TestSentencesShared: a text long enough for Sentences to share its
// paragraphs between two goroutines is split exactly as one goroutine
// splits it, wherever the halves fall.
func TestSentencesShared(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/qa/harbor.txt")
	if err != nil {
		t.Fatal(err)
	}
	harbor := string(raw)
	para := "Mr. Smith went to Washington. The U.S. economy grew 3.5 percent. “Is it over?” she asked."
	tests := []struct{ name, text string }{
		{"an article", strings.Repeat(harbor+"\n\n", 3)},
		{"one long paragraph", strings.Repeat(para+" ", 200)},
		{"a long paragraph last", para + "\n\n" + strings.Repeat(para+" ", 200)},
		{"a long paragraph first", strings.Repeat(para+" ", 200) + "\n\n" + para},
		{"many short paragraphs", strings.Repeat(para+"\n\n", 100)},
		{"nothing but space", strings.Repeat(" \n\n", 2000)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if len(tc.text) < splitSharedBytes {
				t.Fatalf("%d bytes: too short to be shared", len(tc.text))
			}
			want := sentencesOf(tc.text, Paragraphs(tc.text))
			if got := Sentences(tc.text); !slices.Equal(got, want) {
				t.Errorf("shared split differs: %d sentences, want %d", len(got), len(want))
			}
		})
	}
}
