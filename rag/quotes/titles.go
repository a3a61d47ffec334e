package quotes

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quotation marks that quote no one: the titles of works and terms.

// isHeading reports whether quotation i is a heading: a paragraph of its
// own in capitals ("“LIVE BEYOND YOUR MEANS”" between two sections),
// words the article sets over what follows rather than anyone's going on.
func (a *analyzer) isHeading(i int) bool {
	q := a.quotes[i]
	t := a.text[q.Start:q.End]
	return len(strings.Fields(t)) >= 2 && !strings.ContainsFunc(t, unicode.IsLower) && strings.ContainsFunc(t, unicode.IsUpper) && a.onlyQuote(i)
}

// isNickname reports whether quotation i is a nickname set inside a
// name: "Director R.D. “Tex” Alles", "Charles “Chuck” Schumer".
func (a *analyzer) isNickname(i int) bool {
	q := a.quotes[i]
	open, close := a.marks[i][0], a.marks[i][1]
	return nicknameWords.MatchString(a.text[q.Start:q.End]) &&
		nameBeforeNickname.MatchString(a.text[max(0, open-40):open]) &&
		nameAfterNickname.MatchString(a.text[close:min(len(a.text), close+40)])
}

var (
	// nicknameWords are one or two capitalised words.
	nicknameWords = regexp.MustCompile(`^\p{Lu}[\p{L}'’.\-]*(?:\s\p{Lu}[\p{L}'’.\-]*)?$`)
	// nameBeforeNickname is a given name or initials right before it.
	nameBeforeNickname = regexp.MustCompile(`(?:^|\s)(?:\p{Lu}\p{Ll}+|(?:\p{Lu}\.){1,3})\s$`)
	// nameAfterNickname is a family name right after it, "O’Neill" too.
	nameAfterNickname = regexp.MustCompile(`^\s\p{Lu}(?:\p{Ll}|['’]\p{Lu}\p{Ll})`)
)

// isTerm reports whether quotation i marks a term rather than quotes
// anyone: a single lower-case word with no punctuation of its own (a
// voting “supercenter”, “throwaway” addresses: a word alone says nothing
// a reader could quote back), or a few words after a naming verb
// ("sometimes called “labs”", "known as “bath salts”", "known as “La
// Violencia”").
func (a *analyzer) isTerm(i int) bool {
	text := a.text[a.quotes[i].Start:a.quotes[i].End]
	words := strings.Fields(text)
	before := a.text[max(0, a.marks[i][0]-maxTitleContext):a.marks[i][0]]
	after := a.text[a.marks[i][1]:min(len(a.text), a.marks[i][1]+maxTitleContext)]
	if len(words) <= maxTermWords && (namingVerb.MatchString(before) || termsLike.MatchString(before)) {
		return true // "known as “La Violencia”", "phrases like “radical Islamic terrorism”" too
	}
	if signBefore.MatchString(before) || a.writtenOnBefore(i) || a.signReading(i) {
		return true // "a photo of the famous sign, “the buck stops here.”"
	}
	if !strings.ContainsAny(text, ",;:") && wornAfter.MatchString(after) {
		return true // "a red “Keep America Great” hat"
	}
	if len(words) <= maxTermWords && referredToAfter.MatchString(a.text[a.marks[i][1]:min(len(a.text), a.marks[i][1]+2*maxTitleContext)]) {
		return true // "“The Mooch,” as Scaramucci is sometimes affectionately referred to"
	}
	if len(words) <= maxNicknameWords && nicknameBefore.MatchString(before) && !slices.ContainsFunc(words, func(w string) bool { return !capitalized(w) }) {
		return true // "Trump called her “Miss Piggy”", "the nickname “Lyin' Ted”"
	}
	if len(words) <= maxTermWords && namedIt.MatchString(before) && !slices.ContainsFunc(words, func(w string) bool { return !capitalized(w) }) {
		return true // "Brown calls it “The Emotional PPE Project”"
	}
	if len(words) <= maxTermWords && definedAfter.MatchString(after) {
		return true // "“Halal” refers to food allowed under Islamic law"
	}
	r, _ := utf8.DecodeRuneInString(text)
	if len(words) == 1 && unicode.IsLower(r) && synonymBefore.MatchString(before) {
		return true // "would be laid off, or “retrenched.”": another word for it
	}
	if !unicode.IsLower(r) || strings.ContainsAny(text, ".,;:!?…") {
		return false
	}
	if len(words) == 1 {
		return true
	}
	prev := strings.ToLower(lastWord(strings.TrimRightFunc(before, unicode.IsSpace)))
	next := firstWord(after)
	// A few words a clause opens with, as its subject, before its verb:
	// "While “quick edit” will be free, Strava says …" names a feature;
	// the one speaking after the clause did not say those words.
	if len(words) <= maxNicknameWords && clauseOpener[prev] && termVerb[next] {
		return true
	}
	// A few words qualifying the noun after them, as a modifier does:
	// "speed up the “lame duck” process", "after reading the “gay
	// rights” recommendation". Not "a “witch hunt” designed to …", where
	// a participle, not a noun, follows; nor "a “too long” tie", a
	// judgement someone made rather than a name for a thing.
	return len(words) <= maxNicknameWords && modifier(prev, after) &&
		!smallTitleWord(next) && !nounEnds[next] && !strings.HasSuffix(next, "ed") && !strings.HasSuffix(next, "ing") && !strings.HasSuffix(next, "ly") &&
		!intensifier[words[0]] && !strings.HasSuffix(words[0], "ly")
}

// synonymBefore ends narration that offers another word for what it has
// just said: "laid off, or ".
var synonymBefore = regexp.MustCompile(`\p{L},\s+or\s+$`)

// clauseOpener are the words that open a clause whose subject follows
// them; termVerb the verbs right after a subject, which a quotation's
// words would not be followed by were they someone's speech.
var (
	clauseOpener = map[string]bool{"while": true, "although": true, "though": true, "if": true, "when": true, "because": true, "since": true, "unless": true, "whereas": true, "once": true, "until": true}
	termVerb     = map[string]bool{"is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "should": true, "has": true, "have": true, "had": true}
)

// intensifier are adverbs that open a judgement quoted as its maker put
// it: a “too long” tie, a “very unfair” deal.
var intensifier = map[string]bool{"too": true, "very": true, "so": true, "really": true, "most": true, "more": true, "less": true, "least": true, "quite": true, "rather": true, "not": true}

// nounEnds are words after a quoted phrase that show the phrase ends a
// noun phrase of its own ("a “flat-out lie” about the bank", "the “best
// recruiter” for the Islamic State"), where a noun after it would show it
// qualifies that noun.
var nounEnds = map[string]bool{
	"about": true, "against": true, "after": true, "before": true, "between": true, "into": true, "over": true,
	"than": true, "that": true, "which": true, "who": true, "as": true, "is": true, "was": true, "are": true,
	"were": true, "has": true, "have": true, "had": true, "will": true, "would": true, "could": true,
	"should": true, "may": true, "might": true, "can": true, "be": true, "not": true, "but": true, "so": true,
	"if": true, "when": true, "while": true, "because": true, "during": true, "under": true, "without": true,
	"within": true, "through": true, "since": true, "until": true, "he": true, "she": true, "they": true,
	"it": true, "we": true, "i": true, "you": true, "his": true, "her": true, "their": true, "its": true,
}

// signBefore is narration ending in something written up for all to
// read, whose words are no one's speech: a sign, a banner, a plaque.
var signBefore = regexp.MustCompile(`(?i)\b(?:signs?|banners?|placards?|plaques?|inscriptions?|posters?|stickers?|t-shirts?)(?:\s+(?:that|which)\s+(?:reads?|said|says))?\s*[,:]?\s*$`)

// writtenOn is narration ending in where words were printed or written
// for all to read: "Printed on Jeff’s black T-shirt, in skinny white
// letters: ".
var writtenOn = regexp.MustCompile(`(?i)\b(?:printed|written|emblazoned|inscribed|scrawled|painted|stitched|etched|engraved)\s+(?:on|across|onto)\b[^"“”«».;!?]{0,60}?[,:]\s*$`)

// signReading reports whether a sign's words follow it and "reading",
// some words between them: "speaking behind banners taped to the
// presidential podium, reading “No Collusion” and “No Obstruction.”"
// The second of two so joined reads on from the first.
func (a *analyzer) signReading(i int) bool {
	at := a.marks[i][0]
	if i > 0 && strings.TrimSpace(a.text[a.marks[i-1][1]:at]) == "and" {
		at = a.marks[i-1][0]
	}
	before := strings.TrimRightFunc(a.text[max(0, at-maxWorkByContext):at], unicode.IsSpace)
	return strings.HasSuffix(before, "reading") && signThenReading.MatchString(before)
}

// signThenReading is a sign and "reading" ending the narration, up to a
// few words between them.
var signThenReading = regexp.MustCompile(`(?i)\b(?:signs?|banners?|placards?|posters?|stickers?|t-shirts?|shirts?|hats?|caps?|billboards?|flags?)\b[^"“”«».;!?]{0,60}?\breading$`)

// writtenOnBefore reports whether writtenOn ends the narration before
// quotation i, looked for only where it ends in a colon or a comma.
func (a *analyzer) writtenOnBefore(i int) bool {
	before := strings.TrimRightFunc(a.text[max(0, a.marks[i][0]-maxWorkByContext):a.marks[i][0]], unicode.IsSpace)
	return (strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",")) && writtenOn.MatchString(before)
}

// wornAfter is a thing bearing a slogan, right after the slogan: "a red
// “Keep America Great” hat", "“Lock Her Up” buttons".
var wornAfter = regexp.MustCompile(`^\s+(?:hats?|caps?|shirts?|t-shirts?|T-shirts?|sweatshirts?|hoodies?|jerseys?|buttons?|pins?|badges?|patches|wristbands?|masks?|stickers?|bumper\s+stickers?|mugs?|yard\s+signs?|flags?|banners?)\b`)

// definedAfter matches narration defining the words quoted before it: a
// word used as a word, not anyone's speech.
var definedAfter = regexp.MustCompile(`^\s*(?:refers to|means|stands for|is short for|is (?:a|an|the) (?:term|word|phrase|name) )`)

// nicknameBefore is narration giving someone a name: "called her", "calls
// him", "dubbed Rubio", "with the nickname", "caricatured him as".
var nicknameBefore = regexp.MustCompile(`\b(?:call(?:ed|ing|s)?|dubb(?:ed|ing)|branded|labell?ed)\s+(?:him|her|them|himself|herself|\p{Lu}[\p{L}'’.\-]*)\s*$|\bnickname[sd]?\s*$|\b\p{Ll}+(?:ed|s|ing)\s+(?:him|her|them|himself|herself|\p{Lu}[\p{L}'’.\-]*)\s+as\s*$`)

// namedIt is narration naming a thing: "calls it", "named it". Only a
// name in capitals after it is a title; "Lee called it “a disaster”" is
// Lee's words.
var namedIt = regexp.MustCompile(`\b(?:call(?:ed|ing|s)?|dubb(?:ed|ing)|named|branded)\s+it\s*$`)

// maxNicknameWords bounds a nickname.
const maxNicknameWords = 3

// maxTermWords bounds a term quoted after a naming verb.
const maxTermWords = 4

// namingVerb matches a naming verb ending the text before a quotation,
// maybe with an article after it ("in what is called the “spin room”"):
// passive or adverbial, so "Lee called the plan “a disaster”" stays Lee's
// words. "Moore said, using the hashtag “DrainTheSwamp.”" names a tag;
// "who had referred to it as the “Chinese coronavirus”" a name, and
// "prefer the term “climate restoration”" and "the word “Negro”" a term.
var namingVerb = regexp.MustCompile(`(?i)(?:\b(?:is|are|was|were|be|been|being|sometimes|often|also|commonly|so)[- ]called|\bknown as|\b(?:idea|concept|notion|banner|rubric|guise)\s+of|\bdubbed|\btermed|\breferred to as|\bintroduced as|\bnicknamed|\b(?:aka|a\.k\.a\.)|\breferred\s+to\s+(?:it|them|him|her|this|that)\s+as|\bhashtags?|\b(?:the|a|this|that)\s+(?:term|word|label|slogan|motto|moniker|phrase|designation|epithet|sobriquet)[,:]?)(?:\s+(?:the|a|an))?\s*$`)

// titleContext reports whether w, right before a capitalized quotation,
// makes it the name of a work rather than speech: "on “Meet the Press”", "CNN's “State of
// the Union”", "told “60 Minutes”", "the song “Born to Run”", "calling
// into “Larry King Live”".
func titleContext(w string) bool {
	switch w {
	case "on", "in", "into", "to", "with", "of", "at", "from", "by", "during", "told", "called", "titled",
		"entitled", "named", "show", "program", "programme", "series", "song",
		"album", "single", "film", "movie", "book", "novel", "podcast", "hit",
		"documentary", "episode", "play", "musical", "anthem", "column", "headline", "report",
		// A name as a word: "who happened to have the last name “Gonzalez.”"
		"name", "surname":
		return true
	}
	return false
}

// isTitle reports whether quotation i names a work (a show, song, book)
// rather than quotes speech: a few capitalized words right after a word
// that introduces a title, with no comma inviting an attribution, or
// right before a word naming a work ("the “Obama Again” headline"). After
// a noun naming a work ("his 2010 book “No Apology,” Romney said", "a new
// book, “Crossing the Line: …”") the comma is the sentence's and the title
// may be longer; after "titled" any words are a title.
func (a *analyzer) isTitle(i int) bool {
	// Its offsets only, never the whole quotation: the cues shared with
	// the helper goroutine (shared.go) ask of neighbouring quotations
	// whose speakers attribution is writing.
	text := a.text[a.quotes[i].Start:a.quotes[i].End]
	raw := a.text[max(0, a.marks[i][0]-maxTitleContext):a.marks[i][0]]
	after := a.text[a.marks[i][1]:min(len(a.text), a.marks[i][1]+maxTitleContext)]
	before := strings.TrimRightFunc(raw, unicode.IsSpace)
	prev := strings.ToLower(lastWord(before))
	named := lastWord(strings.TrimRight(before, ",:")) // a work's noun may stand before a comma
	if titling(strings.ToLower(named)) || authorOf(before) || calledWork.MatchString(before) || a.calledWorkAfter(i, before) || headlineColon.MatchString(before) || strings.Contains(before, "titled") && titledWork.MatchString(before) {
		// After "titled", or "author of" ("author of “Hate Crime Hoax:
		// How the Left is Selling a Fake Race War.”"), or a work
		// "called", any words are a title, however cased, a question's
		// too ("a new study called “Is Solar the Next Shale?”").
		return true
	}
	if (strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!")) && (before != strings.TrimRight(before, ",:") || !workNoun(strings.ToLower(named)) || !ownedWork.MatchString(before)) {
		// A question or an exclamation is speech, but for a work's
		// title right after its owner's noun: "in his article “How Do
		// Wings Work?”".
		return false
	}
	if numbersOnly(text) {
		return true // a label made of numbers: memos “1” and “3”, “4, 5, and 6”
	}
	work := workNoun(strings.ToLower(named)) || exampleOfWorks(before) || workOf(before) || interviewFor.MatchString(before) || namedWork(text) || workAfter(after) || onChannel(after) || dated.MatchString(after) || a.workByBefore(i) || a.writtenIncluding(i)
	// After an owner the comma may be the sentence's too: "submissions to
	// the Initiative’s “Muhammad Art Exhibit and Cartoon Contest,”
	// Professor Coonfield pointed out …".
	if strings.HasSuffix(text, ",") && !work && !owner(lastField(before)) && !programmeBefore(prev, after) && !appearanceOn.MatchString(before) && !onOpening.MatchString(before) && !onNetwork.MatchString(before) {
		return false
	}
	limit := maxTitleWords
	if work {
		limit = maxWorkTitleWords
	}
	words := strings.Fields(strings.TrimRight(text, ".,"))
	if len(words) == 0 || len(words) > limit {
		return false
	}
	for k, w := range words {
		if len(w) > 1 {
			w = strings.TrimPrefix(w, "&") // “Fox &Friends”
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		if k == 0 || !smallTitleWord(w) {
			return false
		}
	}
	if work || owner(lastField(before)) {
		return true
	}
	// A title opening a sentence qualifies the noun after it as one after
	// "the" does: "“Friday of Martyrs” protests were also staged".
	opens := before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?")
	if !strings.ContainsAny(text, ",.;:!?") && (nickname(raw, after) || modifier(prev, after) || opens && modifier("the", after) || modifier(articleBeforeName(before), after) || performerAfter(after) || ownsNameAfter(text, after)) {
		return true
	}
	return before == strings.TrimRight(before, ",:") && (titleContext(prev) || onNetwork.MatchString(before) || programmeFor.MatchString(before) || onThe.MatchString(before))
}

// onChannelAfter is the channel a programme is on, right after its name:
// "watch “Shark Week” on the Discovery Channel".
var onChannelAfter = regexp.MustCompile(`^\s+on\s+(?:the\s+)?(?:\p{Lu}[\p{L}&+]*\s+){0,3}(?:Channel|Network)\b|^\s+on\s+(?:HBO|Netflix|Hulu|Showtime|Bravo|MTV|ESPN|PBS|NPR|Fox|CNN|MSNBC|CNBC|NBC|ABC|CBS|C-SPAN|BBC|Amazon Prime|Disney\+|Apple TV\+?)\b`)

// onChannel reports whether onChannelAfter opens after, looked for only
// after "on".
func onChannel(after string) bool {
	return strings.HasPrefix(strings.TrimLeftFunc(after, unicode.IsSpace), "on ") && onChannelAfter.MatchString(after)
}

// interviewFor is narration ending in an interview and the programme it
// was for: "In a wide-ranging interview with Maria Bartiromo for “Sunday
// Morning Futures,” Sessions said".
var interviewFor = regexp.MustCompile(`\binterview\s+(?:with\s+(?:[\p{L}.'’\-]+\s+){1,4})?(?:(?:aired|broadcast|published|recorded|conducted)\s+)?(?:for|on)\s*$`)

// namedWork reports whether a title names its own kind of work in its
// last word: "on the liberal “Maddow Blog.”", "“The Jimmy Kimmel Show”".
func namedWork(text string) bool {
	w := lastWord(strings.TrimRight(text, ".,;:!? "))
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	switch strings.ToLower(w) {
	case "blog", "show", "podcast", "magazine", "journal", "hour", "report", "tonight", "live":
		return true
	}
	return false
}

// workOf reports whether narration ends in a work and what it is about,
// set off by a comma before the work's title: "In his classic study of
// the office, “Presidential Power and the Modern Presidents,” the scholar
// Richard Neustadt argued".
func workOf(before string) bool {
	return strings.HasSuffix(before, ",") && workAbout.MatchString(before)
}

// workAbout is a work named by its kind and subject, ending narration
// before a comma.
var workAbout = regexp.MustCompile(`\b(?:book|study|memoir|history|biography|novel|essay|documentary|film|report|treatise|paper|article)\s+(?:of|on|about|profiling|describing|chronicling|examining|exploring|detailing|(?:published|written|released)\s+in)\s+(?:[\p{L}\d'’\-]+\s+){0,4}[\p{L}\d'’\-]+,$`)

// termsLike is words named as words, then an example of them: "familiar
// and preferred phrases like ".
var termsLike = regexp.MustCompile(`\b(?:phrases?|terms?|words?|slogans?|expressions?|buzzwords?|catchphrases?|labels?)\s+(?:like|such\s+as|including)\s*$`)

// exampleOfWorks reports whether worksLike ends before, looked for only
// where it ends in one of its words.
func exampleOfWorks(before string) bool {
	switch lastField(before) {
	case "as", "like", "including":
		return worksLike.MatchString(before)
	}
	return false
}

// worksLike is works named by their kind, then an example of them:
// "movies such as “Contagion.”"
var worksLike = regexp.MustCompile(`\b(?:books|novels|films|movies|songs|shows|albums|plays|series|documentaries|podcasts)\s+(?:such\s+as|like|including)$`)

// ownedWork is someone's work, named by its noun right before its
// title: "his article", "her 2017 book".
var ownedWork = regexp.MustCompile(`\b(?:his|her|their|its)\s+(?:(?:\d{4}|new|latest|recent|first|last|best-selling|bestselling)\s+)?\p{Ll}+$`)

// onThe is "on the" or "during the" before a programme's name: McConnell
// said on the “Hugh Hewitt Show”.
var onThe = regexp.MustCompile(`\b(?:on|during)\s+the$`)

// numbersOnly reports whether a quotation is numbers alone, maybe joined
// by "and" or "or": nobody's words but a label.
func numbersOnly(text string) bool {
	digits := false
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, ".,;:-–—")
		switch {
		case w == "" || w == "and" || w == "or":
		case strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0:
			digits = true
		default:
			return false
		}
	}
	return digits
}

// programmeFor is an interview or piece made for a programme, before its
// name: "told ABC's Byron Pitts in an interview for “This Week.”"
var programmeFor = regexp.MustCompile(`\b(?:interviews?|appearances?|segments?|pieces?|op-eds?|articles?|essays?|columns?)\s+for$`)

// onNetwork is a broadcaster named after "on" or "told", right before a
// programme's name: he said on CBS “This Morning.”
var onNetwork = regexp.MustCompile(`\b(?:on|told)\s+(?:CBS|NBC|ABC|CNN|MSNBC|PBS|NPR|Fox|Fox News|Fox Business|CNBC|C-SPAN|BBC|HBO|Bloomberg TV)$`)

// appearanceOn is what someone said or did on a programme, before its
// name: "Confronted with Mr. Rubio’s statement on “Meet the Press,” Mr.
// Trump said …", "Speaking on “Fox News Sunday,” NRA President Oliver
// North said …" — the comma is the sentence's, whoever speaks after it.
var appearanceOn = regexp.MustCompile(`\b(?:statements?|appearances?|interviews?|remarks|comments|speech(?:es)?|[Ss]peaking|[Aa]ppearing)\s+on$`)

// onOpening is "On" or "In" opening a sentence before a quotation: "On
// “Fox News Sunday,” Carly Fiorina reiterated …" names where she spoke,
// "In “The Black Riot,” Raven Rakia argues …" the work she argues in,
// whoever speaks after the comma.
var onOpening = regexp.MustCompile(`(?:^|[.!?]["”’]?\s+|\n\s*)(?:On|In)$`)

// programmeBefore reports whether a capitalized quotation ending in a
// comma after prev is still a programme's name: a show someone spoke on,
// told or gave an interview with takes the sentence's comma ("told “Face
// the Nation,” saying …", "in an interview with “Fox News Sunday,”
// moderator Chris Wallace …"), unless a speaker and verb follow it, which
// makes the comma the quotation's own. A pronoun after the verb is the
// object of a clause, not an inverted speaker: "Will, speaking on “Fox
// News Sunday,” said he started doubting …".
func programmeBefore(prev, after string) bool {
	switch prev {
	case "on", "told", "with":
		if afterSubject.MatchString(after) {
			return false
		}
		m := verbSubject.FindStringSubmatchIndex(after)
		if m == nil {
			return true
		}
		_, isPronoun := pronoun(after[m[6]:m[7]])
		return isPronoun
	}
	return false
}

// authorOf reports whether narration ends naming a work by its author,
// or by whoever hosts or makes it: "said Jonathan Tasini, author of “The
// Essential Bernie Sanders and His Vision for America”", "Kimmel, host of
// “The Jimmy Kimmel Show,” choked up".
func authorOf(before string) bool {
	rest, ok := strings.CutSuffix(strings.ToLower(before), " of")
	if !ok {
		return false
	}
	// lastWord stops at the hyphen: "co-host" is "host".
	switch strings.TrimSuffix(lastWord(rest), "s") {
	case "author", "host", "anchor", "creator", "producer", "showrunner":
		return true
	}
	return false
}

// workBy is narration ending in a work and its author, the title set off
// after them: "A new book by Watergate reporter Bob Woodward, “Fear:
// Trump in the White House”, says …".
var workBy = regexp.MustCompile(`\b(?:book|memoir|novel|film|movie|documentary|song|album|play|essay|poem)\s+by\s+(?:[\p{L}.'’-]+\s+){0,4}\p{Lu}[\p{L}.'’-]*,$`)

// workByBefore reports whether workBy ends the narration before
// quotation i, looked for only where " by " stands in it.
func (a *analyzer) workByBefore(i int) bool {
	before := a.text[max(0, a.marks[i][0]-maxWorkByContext):a.marks[i][0]]
	return strings.Contains(before, " by ") && workBy.MatchString(strings.TrimRightFunc(before, unicode.IsSpace))
}

// calledWork is narration ending in a work and the verb that names it:
// "In a new study called “Is Solar the Next Shale?”", whose words, a
// question's too, are its title.
var calledWork = regexp.MustCompile(`(?i)\b(?:study|report|paper|survey|analysis|book|novel|memoir|film|movie|documentary|song|album|show|series|podcast|play|essay|exhibit|exhibition)\s+(?:called|named)$`)

// calledWorkAfter reports whether before ends in a work and "called" with
// a few words of narration between them, naming no one: "In a book
// released on the eve of the 2016 election called “Asymmetric
// Politics”". Not "the report that Smith called": one who calls it so.
func (a *analyzer) calledWorkAfter(i int, before string) bool {
	if !strings.HasSuffix(before, "called") && !strings.HasSuffix(before, "named") {
		return false
	}
	// The work may lie further back than the title's context reaches.
	from := max(0, a.marks[i][0]-maxCalledWork)
	m := calledWorkLater.FindStringSubmatch(strings.TrimRightFunc(a.text[from:a.marks[i][0]], unicode.IsSpace))
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		switch w {
		case "that", "which", "who", "he", "she", "they", "it", "we", "i", "you":
			return false
		}
	}
	return true
}

// maxCalledWork bounds the text calledWorkAfter reads before a title.
const maxCalledWork = 100

// calledWorkLater is a work, up to eight words of narration in lower case
// or numbers, and "called" ending the text; the group is the words.
var calledWorkLater = regexp.MustCompile(`(?i:\b(?:study|report|paper|survey|analysis|book|novel|memoir|film|movie|documentary|song|album|show|series|podcast|play|essay|exhibit|exhibition))\s+((?:[\p{Ll}\d\-]+\s+){1,8})(?:called|named)$`)

// writtenIncluding reports whether quotation i is one of the works its
// narration says someone wrote: "a former official who has written two
// histories of the hostage crisis, including “October Surprise.”".
func (a *analyzer) writtenIncluding(i int) bool {
	before := a.text[max(0, a.marks[i][0]-maxWorkByContext):a.marks[i][0]]
	return strings.Contains(before, "including") && writtenThen.MatchString(strings.TrimRightFunc(before, unicode.IsSpace))
}

// writtenThen is narration saying someone wrote works, ending in
// "including" before one of their titles.
var writtenThen = regexp.MustCompile(`\b(?:written|wrote|writes|authored|published|penned)\s[^"“”«».;:!?]{0,80}?\s+including$`)

// dated is a work's publisher or year in parentheses after its title:
// “Zombies on Film: The Definitive Story of Undead Cinema” (Rizzoli,
// 2014), “Night of the Living Dead” (1968).
var dated = regexp.MustCompile(`^\s*\((?:[^()"“”]{1,40},\s*)?(?:1[5-9]|20)\d\d\)`)

// owner reports whether w is a possessive, singular or plural: CNN's
// “State of the Union”, Fox News' “The First 100 Days”, CBS' “Face the
// Nation”.
func owner(w string) bool {
	lw := strings.ToLower(w)
	return possessive(w) || strings.HasSuffix(lw, "s'") || strings.HasSuffix(lw, "s’")
}

// lastField is the last space-separated word of s.
func lastField(s string) string {
	return s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
}

// nickname reports whether a capitalized quotation with no punctuation
// of its own, between the text before and after it, stands inside a name,
// between a given name and a family name: Abdullatif “Abu Salah” Halaq.
func nickname(before, after string) bool {
	if !strings.HasSuffix(before, " ") || !strings.HasPrefix(after, " ") {
		return false
	}
	return capitalized(lastWord(strings.TrimRight(before, " "))) && capitalized(firstWord(after))
}

// modifier reports whether a few words quoted with no punctuation of
// their own, after the word prev, qualify the noun after them, as a name
// does: a “Nancy Grace” producer, the “Yes We Can” campaign, the “lame
// duck” process. Speech ends before the word after it with a comma or a
// speech verb.
func modifier(prev, after string) bool {
	switch prev {
	case "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "whose", "this", "these", "those":
	default:
		return false
	}
	if !strings.HasPrefix(after, " ") {
		return false
	}
	w := firstWord(after)
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsLower(r) && !speechHeads[w]
}

// articleBeforeName returns the lower-cased word before a capitalized one
// ending before ("an MSNBC" gives "an"), so that a title after a
// network's name qualifies the noun after it as one after "an" does: an
// MSNBC “Morning Joe” interview. It is "" when before ends otherwise.
func articleBeforeName(before string) string {
	w := lastWord(before)
	if !capitalized(w) {
		return ""
	}
	return strings.ToLower(lastWord(strings.TrimRightFunc(strings.TrimSuffix(before, w), unicode.IsSpace)))
}

// capitalized reports whether w is a word opening with a capital letter.
func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsUpper(r)
}

// lastWord is the run of letters ending s ("" when s ends otherwise);
// firstWord the run opening it after spaces.
func lastWord(s string) string {
	return s[strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
}

func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// workAfter reports whether the text after a quotation opens with a noun
// naming a work, or a medium and one: the “…” headline, his “…” radio
// program.
func workAfter(after string) bool {
	if slices.Contains(appositiveOpeners, firstWord(after)) {
		if m := workAppositive.FindStringSubmatch(after); m != nil && workNoun(strings.ToLower(m[1])) {
			return true // “The Imaginary Voyage,” his 2000 book about him
		}
	}
	w, rest, _ := strings.Cut(strings.TrimLeftFunc(after, unicode.IsSpace), " ")
	w = strings.ToLower(strings.TrimRight(w, ".,;:"))
	if workNoun(w) || w == "interview" || w == "segment" {
		// "during a Fox News “Fox and Friends” interview": the
		// programme's name.
		return true
	}
	switch w {
	case "radio", "tv", "television", "talk", "news", "cable", "web", "reality", "morning":
		return workNoun(strings.ToLower(firstWord(rest)))
	}
	return false
}

// appositiveOpeners open workAppositive; checking for one first spares
// most quotations the pattern.
var appositiveOpeners = []string{"his", "her", "their", "its", "a", "an", "the"}

// workAppositive is a work's noun in apposition after a title's comma:
// "“…,” his 2000 book", "“…,” a new documentary".
var workAppositive = regexp.MustCompile(`^\s*(?:` + strings.Join(appositiveOpeners, "|") + `)\s+(?:(?:\d{4}|new|latest|first|last|recent|best-selling|bestselling)\s+)?(\p{Ll}+)\b`)

// workNoun reports whether w names a work, or an organisation, so
// capitalized words quoted next to it are its title or name.
func workNoun(w string) bool {
	switch w {
	case "book", "books", "novel", "memoir", "memoirs", "autobiography", "biography", "film", "movie", "song", "album", "single", "show",
		"program", "programme", "broadcast",
		"series", "documentary", "episode", "play", "musical", "podcast", "headline", "headlines",
		"blog", "column", "essay", "poem", "sitcom", "bestseller", "comedy", "drama", "video",
		"article", "op-ed", "editorial", "paper", "report", "study",
		"forum", "conference", "summit", "tour", "festival", "lecture", "event",
		// Kinds of film and music the entertainment news names: "the
		// psychological thriller, “Underwater.”"
		"thriller", "sequel", "prequel", "biopic", "franchise", "saga", "trilogy", "miniseries",
		"cartoon", "opera", "ballet", "track", "ballad", "anthem", "mixtape", "soundtrack", "exhibition",
		// An organisation's name: "founder of the super PAC “With Honor.”"
		"pac", "group", "organization", "organisation", "coalition", "movement", "initiative",
		// And a body's: "announced the new “Conscience and Religious
		// Freedom” office".
		"office", "division", "caucus", "commission", "committee", "council", "foundation", "institute",
		// Pages and writings online and off: "said on the Facebook page
		// “Stop The Steal.”", "his campaign manifesto “Great Again.”"
		"page", "website", "hashtag", "newsletter", "manifesto":
		return true
	}
	return false
}

// performerAfter reports whether the text after a quotation opens with
// a noun for someone who appears in a show, so that the quotation names
// the show: "“SNL” star Pete Davidson", "a “Fox & Friends” host".
func performerAfter(after string) bool {
	w, _, _ := strings.Cut(strings.TrimLeftFunc(after, unicode.IsSpace), " ")
	switch w {
	case "star", "stars", "host", "hosts", "co-host", "anchor", "creator", "actor", "actress", "contestant", "producer", "showrunner", "writer", "cast", "director", "filmmaker", "screenwriter", "author", "novelist":
		return strings.HasPrefix(after, " ")
	}
	return false
}

// ownsNameAfter reports whether a quotation in the possessive stands
// right before a capitalized name, as a show's or a paper's does before
// its people: "“The Daily Show’s” Trevor Noah said".
func ownsNameAfter(text, after string) bool {
	if !strings.HasSuffix(text, "’s") && !strings.HasSuffix(text, "'s") || !strings.HasPrefix(after, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after[1:])
	return unicode.IsUpper(r)
}

// referredToAfter is narration after a quotation saying it is what
// someone is called: ", as Scaramucci is sometimes affectionately
// referred to".
var referredToAfter = regexp.MustCompile(`^[\s,]*as\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){1,3}(?:is|was|are|were)\s+(?:\p{Ll}+\s+){0,3}?(?:referred\s+to|called|known|nicknamed|dubbed)\b`)

// titledWork is narration giving a work its title, the work between
// the verb and the title: "which titled the piece ".
var titledWork = regexp.MustCompile(`\b(?:titled|entitled|headlined|titles|headlines)\s+(?:the|a|an|his|her|its|their|this|that)\s+(?:\p{Ll}+\s+)?(?:piece|article|essay|column|op-ed|story|post|report|book|chapter|segment|video|episode|editorial|speech|memo|paper|study)\s*[,:]?$`)

// headlineColon is narration handing over to a headline with a colon:
// "in an article with the headline: ".
var headlineColon = regexp.MustCompile(`\b(?:the|a|its|their|this)\s+(?:\p{Ll}+\s+)?headline:$`)

// titling reports whether w introduces a title whatever its words.
func titling(w string) bool {
	return w == "titled" || w == "entitled" || w == "headlined" || w == "captioned"
}

// Title detection bounds: titles are short, and the word introducing one
// sits right before it; a title after a noun naming a work may be longer.
const (
	maxTitleWords     = 7
	maxWorkTitleWords = 20
	maxTitleContext   = 40
	// maxWorkByContext is how far back a work and its author may stand
	// before its title ("A new book by Watergate reporter Bob Woodward,").
	maxWorkByContext = 100
)

// smallTitleWord reports whether w may stay lower-case inside a title.
func smallTitleWord(w string) bool {
	switch w {
	case "a", "an", "the", "of", "to", "and", "&", "@", "or", "in", "on", "for", "at", "by", "with", "from",
		"against", "into", "over", "about", "as", "but", "nor", "vs.", "versus", "upon":
		return true
	}
	return false
}

// citedWords reports whether quotation i is words the narration names as
// someone's remark rather than quotes through its cue: "Trump responded
// to the “slim and trim” comment" quotes Reid, not Trump. Who said them
// is left to no one.
func (a *analyzer) citedWords(i int) bool {
	after := a.text[a.marks[i][1]:min(len(a.text), a.marks[i][1]+maxTitleContext)]
	if !remarkNouns[strings.ToLower(firstWord(after))] {
		return false
	}
	before := a.text[max(0, a.marks[i][0]-maxTitleContext):a.marks[i][0]]
	switch strings.ToLower(lastWord(strings.TrimRightFunc(before, unicode.IsSpace))) {
	case "the", "his", "her", "their", "that", "this":
		return true
	}
	return false
}

// remarkNouns name words someone said.
var remarkNouns = map[string]bool{
	"comment": true, "comments": true, "remark": true, "remarks": true, "claim": true,
	"line": true, "quip": true, "jab": true, "insult": true, "slur": true, "phrase": true,
}
