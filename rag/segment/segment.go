package segment

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/articlebot/articlebot/internal/async"
	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// Span is a paragraph or sentence: text[Start:End], trimmed of spaces.
type Span struct {
	Start, End int
	Paragraph  int // 0-based
}

// tokenizer loads Punkt's English model once; it is read-only afterwards
// and safe for concurrent use.
var tokenizer = sync.OnceValue(func() *sentences.DefaultSentenceTokenizer {
	t, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		// The model is compiled into the library; failing to load it is a
		// broken build, not a runtime condition.
		panic("segment: load Punkt model: " + err.Error())
	}
	return t
})

// Paragraphs returns each paragraph's trimmed span. Paragraphs are
// separated by blank lines (lines holding only spaces count as blank).
func Paragraphs(text string) []Span {
	var out []Span
	start, end := -1, 0
	for off := 0; off < len(text); {
		line := text[off:]
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line = line[:i+1]
		}
		if t := strings.TrimLeftFunc(line, unicode.IsSpace); t == "" {
			if start >= 0 {
				out = append(out, Span{Start: start, End: end, Paragraph: len(out)})
				start = -1
			}
		} else {
			if start < 0 {
				start = off + len(line) - len(t)
			}
			end = off + len(strings.TrimRightFunc(line, unicode.IsSpace))
		}
		off += len(line)
	}
	if start >= 0 {
		out = append(out, Span{Start: start, End: end, Paragraph: len(out)})
	}
	return out
}

// Sentences splits every paragraph into sentences; together they cover
// every non-space byte of every paragraph, in order, without overlap.
func Sentences(text string) []Span {
	paras := Paragraphs(text)
	if len(text) < splitSharedBytes || len(paras) < 2 {
		return sentencesOf(text, paras)
	}
	// No sentence crosses a paragraph: a goroutine splits the paragraphs
	// of the text's second half while this one splits the first.
	half := paras[len(paras)-1].End / 2
	cut, _ := slices.BinarySearchFunc(paras, half, func(p Span, off int) int { return p.Start - off })
	second := async.Go(func() []Span { return sentencesOf(text, paras[cut:]) })
	first := sentencesOf(text, paras[:cut])
	return append(first, second()...)
}

// splitSharedBytes is the length of text from which Sentences shares the
// work between two goroutines: Punkt takes about a third of a millisecond
// a kilobyte (BenchmarkSentences, on a slow machine), a goroutine about a
// microsecond to start.
const splitSharedBytes = 4 << 10

// sentencesOf splits paras, paragraphs of text, into sentences.
func sentencesOf(text string, paras []Span) []Span {
	tok := tokenizer()
	var out []Span
	for _, p := range paras {
		para := text[p.Start:p.End]
		prev := 0
		for _, s := range tok.Tokenize(para) {
			end := min(max(s.End, prev), len(para))
			if end <= prev || countryBeforeTitle(para, end) || honorificEnd(para, end) || approxEnd(para, end) {
				continue
			}
			for _, cut := range extraCuts(para[prev:end]) {
				addTrimmed(&out, text, p.Start+prev, p.Start+prev+cut, p.Paragraph)
				prev += cut
			}
			addTrimmed(&out, text, p.Start+prev, p.Start+end, p.Paragraph)
			prev = end
		}
		if prev < len(para) {
			addTrimmed(&out, text, p.Start+prev, p.End, p.Paragraph)
		}
	}
	return out
}

// countryBeforeTitle reports whether para ends a sentence at end with
// a country's initials that qualify the title or body after them ("said
// Republican U.S. Senator Chuck Grassley"), which Punkt takes for the end
// of a sentence after some words and not after others.
func countryBeforeTitle(para string, end int) bool {
	// The initials are matched on the tail alone: a pattern anchored at
	// the end would scan the whole paragraph at every sentence.
	tail := para[max(0, end-len(" U.S.")):end]
	return countryEnd.MatchString(tail) && titleStart.MatchString(para[end:])
}

var (
	countryEnd = regexp.MustCompile(`(?:^|[\s(])(?:U\.S|U\.N|U\.K|E\.U)\.$`)
	titleStart = regexp.MustCompile(`^\s+(?:Senators?|Sen\.|Senate|Representatives?|Rep\.|House|Congress(?:man|woman)?|President|Vice|Secretary|Attorney|Solicitor|Surgeon|Inspector|Deputy|Assistant|Under|Undersecretary|Commerce|Homeland|Intelligence|Bureau|Naval|Magistrate|Bankruptcy|Ambassador|District|Circuit|Supreme|Court|Justice|Department|Army|Navy|Air|Marine|Coast|Trade|Treasury|Embassy|Defense|Special|Secret|Border|Customs|Citizenship|Immigration|Postal|Census|Chamber|Geological|Marshals?|Conference|Agency|Mission|Olympic|Capitol|Central|Federal|National|Security|Forces|military|officials?|troops|forces|lawmakers?|senators?|envoy|ambassador)\b`)
)

// honorificEnd reports whether para ends a sentence at end with an
// honorific or a title's abbreviation, which always names someone after
// it: Punkt ends "Asked if he might fire Mr." there when the name after
// it often opens sentences ("Sessions"), and the rest reads as a
// sentence of its own.
func honorificEnd(para string, end int) bool {
	return honorific.MatchString(para[max(0, end-len(" Messrs.")):end])
}

// honorific holds the plurals too: "Sens. Mark Kirk of Illinois and
// Susan Collins of Maine".
var honorific = regexp.MustCompile(`(?:^|[\s(“"])(?:Mr|Mrs|Ms|Messrs|Dr|Sens?|Reps?|Govs?|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Supt|Cmdr|Adm|Maj|Pres)\.$`)

// approxEnd reports whether para ends a sentence at end with an
// abbreviation that qualifies the figure after it ("amounted to ca. 2
// million", "consumes approx. 4 kg", "was est. $4 million"), which Punkt
// does not know: the quote "amounted to ca." would say nothing the article
// says. A capital after it still opens a sentence ("about 10 approx.
// Then …").
func approxEnd(para string, end int) bool {
	if !approxAbbrev.MatchString(para[max(0, end-len(" approx.")):end]) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(para[end:], " "))
	return unicode.IsDigit(next) || unicode.IsLower(next) || unicode.Is(unicode.Sc, next)
}

var approxAbbrev = regexp.MustCompile(`(?:^|[\s(])(?:ca|c|approx|est)\.$`)

// platformEnd is a sentence ending with the social network X ("he wrote
// on X. Harris said …"), which Punkt reads as an initial ("John X.
// Harris") and runs on into the next sentence.
var platformEnd = regexp.MustCompile(`\b(?:on|to|via|from) X\.\s+\p{Lu}`)

// quotationsMeet is a quotation ending a sentence right before another
// opens the next (`… at any place." "They are bigots," …`), which Punkt
// runs together: a paragraph break lost between two speakers' words.
var quotationsMeet = regexp.MustCompile(`[.?!]["”]\s+["“]\p{Lu}`)

// nestedClose is a sentence ending inside a quotation that closes a
// quotation of its own (“… add the word ‘SAFELY.’” Biden pledged …),
// which Punkt runs on into the next sentence, as it does not after a
// single closing mark. Only after a full stop: after a question or an
// exclamation the speaker often follows (“… ‘How many jobs can one man
// take?’” Ham added.). The empty group marks where the cut falls.
var nestedClose = regexp.MustCompile(`\.[’'][”"]()\s+\p{Lu}`)

// unspacedOpen is a sentence ending with a full stop right against the
// opening mark of a quotation that opens the next (`… on MSNBC
// Wednesday.“I really regret …`), a space the page lost, which Punkt runs
// on: the quotation would read as the sentence before's. The empty group
// marks the cut.
var unspacedOpen = regexp.MustCompile(`\p{Ll}\.()“\p{Lu}`)

// stateEnd is a sentence ending with a US state's abbreviation after its
// town ("Paul Czarzasty of Marion County, Fla."), which Punkt runs on into
// the next sentence: the quotation there would read as said in his
// sentence, and "Kansas City, Kan. Obama's administration" would make a
// man named "Kan Obama". The empty group marks the cut, the second the
// word after it: a town's office may follow the state ("Tampa, Fla.
// Mayor Bob Buckhorn"), which stateEnd leaves alone.
var stateEnd = regexp.MustCompile(`,\s(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo)\.()\s+(?:["“]\p{Lu}|(\p{Lu}\p{L}*))`)

// townOffice holds the words after a state's abbreviation that go on
// naming the town's office or institution rather than open a sentence.
var townOffice = map[string]bool{"Mayor": true, "Gov": true, "Governor": true, "Police": true,
	"Sheriff": true, "Fire": true, "Sen": true, "Senator": true, "Rep": true, "City": true,
	"County": true, "School": true, "Schools": true, "Public": true, "State": true, "Council": true,
	"Councilman": true, "Councilwoman": true, "Superintendent": true, "Chief": true,
	"District": true, "Judge": true, "Attorney": true, "Commissioner": true, "Department": true,
	"Board": true, "Congressman": true, "Congresswoman": true, "Assemblyman": true,
	"Assemblywoman": true, "Township": true, "Airport": true, "High": true, "Middle": true,
	"Elementary": true, "Area": true, "Metro": true}

// extraCuts returns where s must also be split, past what Punkt finds:
// after each "on X.", between two quotations that meet, after a
// sentence closing two quotations at once, before a quotation opening
// right against a full stop, and after a state's abbreviation that ends
// a sentence.
func extraCuts(s string) []int {
	var cuts []int
	for _, m := range stateEnd.FindAllStringSubmatchIndex(s, -1) {
		if m[4] < 0 || !townOffice[s[m[4]:m[5]]] {
			cuts = append(cuts, m[2])
		}
	}
	// The literal checks spare a scan of every position where the
	// pattern cannot match: these regular expressions have no literal
	// prefix for the package to look for, and most text holds none.
	if strings.Contains(s, ".’") || strings.Contains(s, ".'") {
		for _, m := range nestedClose.FindAllStringSubmatchIndex(s, -1) {
			cuts = append(cuts, m[2]) // after the closing marks
		}
	}
	if strings.Contains(s, ".“") {
		for _, m := range unspacedOpen.FindAllStringSubmatchIndex(s, -1) {
			cuts = append(cuts, m[2])
		}
	}
	if strings.Contains(s, " X.") {
		for _, m := range platformEnd.FindAllStringIndex(s, -1) {
			cuts = append(cuts, m[0]+strings.Index(s[m[0]:m[1]], "X.")+2)
		}
	}
	for _, m := range quotationsMeet.FindAllStringIndex(s, -1) {
		_, size := utf8.DecodeRuneInString(s[m[0]+1:])
		cuts = append(cuts, m[0]+1+size)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	// As offsets from the previous cut.
	for i := len(cuts) - 1; i > 0; i-- {
		cuts[i] -= cuts[i-1]
	}
	return cuts
}

func addTrimmed(out *[]Span, text string, start, end, para int) {
	s := text[start:end]
	trimmed := strings.TrimLeftFunc(s, unicode.IsSpace)
	start += len(s) - len(trimmed)
	end = start + len(strings.TrimRightFunc(trimmed, unicode.IsSpace))
	if start < end {
		*out = append(*out, Span{Start: start, End: end, Paragraph: para})
	}
}

// Statements cuts sentences (as Sentences gives them) where Punkt runs two
// together after a number, which it never ends a sentence at: "… in the
// first half of 2004. Richard Jeffrey, chief economist, said …" is two.
// from[i] is the sentence statement i was cut from.
//
// The cuts serve who-said-what: a speech verb's subject, or a pronoun's
// antecedent, is looked for in its own sentence. Retrieval keeps
// Sentences' units, a run-on and all: cut there too, QuAC's questions
// asked alone lost 1.5 points of R@1 and 1.8 of R@3 (shorter units hold
// fewer gold answers), and plain BM25 over the same units as much.
func Statements(text string, sents []Span) (out []Span, from []int) {
	out = make([]Span, 0, len(sents))
	from = make([]int, 0, len(sents))
	for i, s := range sents {
		start := s.Start
		for _, m := range numberEnd.FindAllStringSubmatchIndex(text[s.Start:s.End], -1) {
			cut := s.Start + m[3] // after the stop, whatever the digit's width
			// A number opening its sentence is a list's ("1. Preheat the
			// oven"), not the end of one.
			if !strings.ContainsFunc(text[start:cut], unicode.IsLetter) {
				continue
			}
			addTrimmed(&out, text, start, cut, s.Paragraph)
			start = cut
		}
		addTrimmed(&out, text, start, s.End, s.Paragraph)
		for len(from) < len(out) {
			from = append(from, i)
		}
	}
	return out, from
}

// numberEnd is a digit, a full stop (the group), spaces and a capital,
// maybe behind an opening quotation mark: where a sentence ending in a
// number meets the next.
var numberEnd = regexp.MustCompile(`\p{Nd}(\.)\s+["“‘']?\p{Lu}`)
