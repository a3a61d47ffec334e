package quotes

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Names: which capitalized runs are people (titles, roles, initials and
// particles aside), and how a name as a user types it is matched to a
// speaker or found in a text. cues.go holds the patterns that find them
// next to speech verbs.

// describingWord is a word whose part after a hyphen is a lower-case
// word that tells where someone is from or works, or what they are,
// rather than names them: "Morocco-born", "London-based", "Long-time
// Trump-watcher Michael D’Antonio", "Speaker-designate Nancy Pelosi",
// "Then-candidate Trump". Not a given name of two syllables
// ("Hyung-il Jung", "Jong-un", "Jin-ping").
var describingWord = regexp.MustCompile(`^(?:\p{L}+-(?:\p{Ll}+(?:ed|er|ist)|born|bred|run|time|siege|elect|designate|nominee)|(?:Then|Ex|Co)-\p{Ll}+)[,;:]?$`)

// cleanName strips titles, possessives and the capitalized non-name words
// a run can start with ("Mexican President Claudia Sheinbaum" → "Claudia
// Sheinbaum", "US Secretary of State Marco Rubio" → "Marco Rubio"), and
// reports the gender a stripped title gives away ("Mr.", "Queen").
func cleanName(s string) (string, gender) {
	words := strings.Fields(s)
	// A day after a name is when they spoke, not their name: "President
	// Donald Trump Wednesday said".
	for len(words) > 1 && weekday[strings.TrimRight(words[len(words)-1], ".,;:")] {
		words = words[:len(words)-1]
	}
	cut := 0
	g := unknown
	// A title that is also a family name ends a name as the name: "Rep.
	// Brian King", "Martin Luther King Jr." Any other title ending the
	// run ends a role ("Holloway Events Founder").
	family := familyAt(words) + 1
	if titledFamily(words) != "" {
		family--
	}
	// A run ending in an institution word is its name, titles and all:
	// "State Department", "Justice Department".
	institution := family > 1 && orgWord(strings.ToLower(strings.TrimRight(words[family-1], ",;:")))
	// A body's word before a given name is an employer, unless the run
	// ends in one too, its sentence's stop and all: "the American Brain
	// Tumor Association." is a body's name whole.
	bodyWhole := family > 0 && orgWord(strings.ToLower(strings.Trim(words[family-1], ",;:.")))
	for i, w := range words[:family] {
		lw := strings.ToLower(strings.TrimRight(w, ",;:"))
		if institution && isTitle(lw) {
			continue
		}
		// A possessive before the last word is the name's employer or
		// country, not part of it: "NBC's Costas", "Apple's Tim Cook",
		// "Jefferies’ Holz".
		// An acronym opening a run of three or more words is an employer
		// or a country, or initials the article uses no further: "NR
		// Narayana Murthy" is called Murthy after, "CNN Wolf Blitzer". So
		// is a brand written in camel case before a given name:
		// "BuzzFeed Michael Cohen", not "MedStar Mobile Healthcare".
		// "Morocco-born Redouane Lakdim", "London-based Mary Ann Sieghart",
		// "Long-time Trump-watcher …": where someone is from or works, or
		// what they are, not a name. So is a body's
		// name before a given name: "U.S. Citizenship and Immigration
		// Services Gillian Christensen". The tabloids' "Brit" before a
		// full name is where someone is from too ("Brit Kartik Bhanot"),
		// though "Brit Hume" is a name. A faith before a given name is
		// what someone is, and the words before it where they are from:
		// "California Mormon Brooke Crosland".
		if isTitle(lw) || notName(lw) || speechHeads[lw] || i < family-1 && shareButton[lw] || i < family-1 && describingWord.MatchString(w) || i < family-2 && lw == "brit" || i < len(words)-1 && (possessive(lw) || pluralPossessive(lw)) || i == cut && i < family-2 && (acronym(w) || camelBrand(w) && IsGivenName(words[i+1])) || i < family-2 && orgWord(lw) && IsGivenName(words[i+1]) && !bodyWhole || i < family-2 && faithWord[lw] && IsGivenName(words[i+1]) {
			cut = i + 1
			if tg := titleGender(lw); tg != unknown {
				g = tg
			}
		}
	}
	words = words[cut:]
	if len(words) == 1 {
		// A lone title or sentence word names no one ("President", "The").
		if lw := strings.ToLower(strings.TrimRight(words[0], ",;:")); isTitle(lw) || notName(lw) {
			return "", titleGender(lw)
		}
	}
	// Generational suffixes ("Jr.", "III") are not used on their own to
	// name anyone, so they are not part of the name users ask about.
	for len(words) > 1 && suffixWord(words[len(words)-1]) != "" {
		words = words[:len(words)-1]
	}
	if len(words) > maxNameWords {
		return "", unknown
	}
	for i, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if initials(w) {
			// "P.J." keeps its last stop.
			words[i] = strings.TrimRight(w, ",;:'’")
			continue
		}
		words[i] = strings.TrimRight(w, ".,;:'’")
	}
	return strings.Join(words, " "), g
}

// faithWord holds the faiths news names someone by before their name.
var faithWord = map[string]bool{"mormon": true, "catholic": true, "baptist": true, "evangelical": true, "muslim": true, "jewish": true, "christian": true, "methodist": true, "lutheran": true, "presbyterian": true, "episcopalian": true, "protestant": true, "sikh": true, "hindu": true, "buddhist": true, "quaker": true, "amish": true}

// weekday holds the days of the week, as weekdays lists them.
var weekday = func() map[string]bool {
	m := map[string]bool{}
	for _, d := range strings.Split(weekdays, "|") {
		m[d] = true
	}
	return m
}()

// shareButton holds the sharing links news pages print before a caption
// ("Facebook Twitter Pinterest Warren speaks …"): before a name, not part
// of it; alone, a company that may speak.
var shareButton = map[string]bool{"facebook": true, "twitter": true, "pinterest": true}

// afterOffice finds where the name starts in a run that opens with an
// office, a title and "of" ("Secretary of Defense Jim Mattis", "Speaker of
// the House Paul Ryan"), as users type it: officeEnd's, -1 when the office
// is all there is. ok is false for a run that opens with no office.
func afterOffice(words []string) (k int, ok bool) {
	if len(words) < 3 || !isTitle(strings.ToLower(words[0])) {
		return 0, false
	}
	j := 1
	if strings.EqualFold(words[j], "general") {
		j++ // "Secretary General of the United Nations"
	}
	if j >= len(words) || words[j] != "of" {
		return 0, false
	}
	j++
	if j < len(words) && strings.EqualFold(words[j], "the") {
		j++
	}
	return officeEnd(words, j), true
}

// heldOffice reports whether before, the text before a run, ends with an
// office's title and "of" ("Secretary of ", "Speaker of the "), or an
// envoy's and "to" ("Ambassador to "): in an
// article the run after it is the office and its holder ("Homeland
// Security John Kelly"), the title and "of" apart. Plain string checks:
// it runs before every run of capitalized words.
func heldOffice(before string) bool {
	rest, ok := strings.CutSuffix(before, " to ")
	if !ok {
		rest, ok = strings.CutSuffix(before, " to the ")
	}
	if ok {
		// "U.S. Ambassador to Israel David Friedman", "Ambassador to the
		// European Union Gordon Sondland"
		w := rest[strings.LastIndexFunc(rest, unicode.IsSpace)+1:]
		return w == "Ambassador" || w == "Envoy"
	}
	rest, ok = strings.CutSuffix(before, " of ")
	if !ok {
		if rest, ok = strings.CutSuffix(before, " of the "); !ok {
			return false
		}
	}
	w := rest[strings.LastIndexFunc(rest, unicode.IsSpace)+1:]
	if w == "General" && len(rest) > len(w) {
		// "Director General of": the office is the word before. Not in
		// "General of the Army Douglas MacArthur", where nothing is.
		rest = rest[:len(rest)-len(" General")]
		w = rest[strings.LastIndexFunc(rest, unicode.IsSpace)+1:]
	}
	switch w {
	case "Secretary", "Minister", "Director", "Speaker", "Chairman", "Chairwoman", "Chair",
		"Governor", "Mayor", "Commissioner", "Administrator", "Chief",
		// "Vice President of Global Distribution Alonzo Plater"
		"President", "Head", "Manager", "Dean":
		return true
	}
	return false
}

// holderIn is the name in a run of an office's name and its holder's
// ("Homeland Security John Kelly" → "John Kelly"), "" when the run is
// only the office ("House").
func holderIn(run string) string {
	words := strings.Fields(run)
	k := officeEnd(words, 0)
	if k < 0 {
		return ""
	}
	return strings.Join(words[k:], " ")
}

// officeEnd is where the holder's name starts in words[j:], an office's
// name and then its holder's: at its first given name with a word after
// it, else after the office's first word and the office words that follow
// it ("Homeland Security"); -1 when fewer than two words are left.
func officeEnd(words []string, j int) int {
	if len(words)-j < 2 {
		return -1
	}
	for k := j + 1; k < len(words)-1; k++ {
		if IsGivenName(strings.TrimRight(words[k], ",;:")) {
			return k
		}
	}
	k := j + 1
	for k < len(words)-1 {
		if w := strings.ToLower(words[k]); !isTitle(w) && !orgWord(w) && !officeWord(w) {
			break
		}
		k++
	}
	return k
}

// officeWord reports whether a lower-cased word names what an office is
// for, after "Secretary of" or "Minister of", where orgWord does not say.
func officeWord(w string) bool {
	switch w {
	case "and", "intelligence", "energy", "commerce", "labor", "labour", "education", "interior",
		"treasury", "agriculture", "transportation", "transport", "veterans", "finance", "foreign",
		"justice", "communications", "national", "public", "urban", "development", "housing":
		return true
	}
	return false
}

// nameSuffix reports whether a lower-cased word is a generational suffix.
func nameSuffix(w string) bool {
	switch w {
	case "jr", "sr", "ii", "iii", "iv":
		return true
	}
	return false
}

// Suffix is the generational suffix ending a name, folded ("jr" for
// "Donald Trump Jr."), or "" when it has none: a father and a son of one
// name are told apart by it alone.
func Suffix(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return ""
	}
	return suffixWord(name[i+1:])
}

// suffixWord is w folded when it is a generational suffix, possessive
// and punctuation aside ("Jr.'s" → "jr"), and "" otherwise.
func suffixWord(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if lw := strings.ToLower(strings.TrimRight(w, ".,;:")); nameSuffix(lw) {
		return lw
	}
	return ""
}

// suffixed is a family name and a generational suffix ("Trump Jr.").
var suffixed = regexp.MustCompile(`\p{Lu}[\p{L}\p{M}'’\-]*,?\s+(?:Jr\.|Sr\.|Jr\b|Sr\b|III\b|II\b|IV\b)`)

// bySuffix finds the family names the body of text (from byte from on,
// past a title) gives a generational suffix without a given name before
// them ("Trump Jr. released emails", not "Martin Luther King Jr."), or
// with one after naming the family alone ("Trump said … Donald Trump Jr.
// complained"), folded, each with its suffix.
func bySuffix(text string, from int) map[string]string {
	if !strings.Contains(text, " Jr") && !strings.Contains(text, " Sr") && !strings.Contains(text, " II") && !strings.Contains(text, " IV") {
		return nil // most articles name no one so; the pattern is costly
	}
	var out map[string]string
	for _, m := range suffixed.FindAllStringIndex(text[from:], -1) {
		m[0], m[1] = m[0]+from, m[1]+from
		before := text[:m[0]]
		if r, _ := utf8.DecodeLastRuneInString(before); unicode.IsLetter(r) || r == '-' {
			continue // inside a word
		}
		// The word before, and whether punctuation ends it: "Manafort.
		// Trump Jr." and "Additionally, Trump Jr." have none before the
		// family name; "Donald Trump Jr.", "(CNN)Donald Trump Jr." and
		// "James S. Gilmore III" have a given name or an initial.
		trimmed := strings.TrimRightFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
		prev := trimmed[strings.LastIndexFunc(trimmed, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
		punct := strings.TrimSpace(before[len(trimmed):])
		initial := utf8.RuneCountInString(prev) == 1 && punct == "."
		fam, suf, _ := strings.Cut(text[m[0]:m[1]], " ")
		if r, _ := utf8.DecodeRuneInString(prev); unicode.IsUpper(r) && !isTitle(strings.ToLower(prev)) && !notName(strings.ToLower(prev)) && (punct == "" || initial) {
			// A son named in full is told apart only when the body
			// has named his family before him: the father comes first
			// ("the Trump campaign's ad … Donald Trump Jr.
			// complained"), the son first in full.
			if !namedBare(text[from:m[0]], strings.TrimSuffix(fam, ",")) {
				continue
			}
		}
		if firstNameGender(fam) != unknown {
			continue // "Donald Jr.", "Don Jr.": the son by his given name
		}
		if out == nil {
			out = map[string]string{}
		}
		out[fold(strings.TrimSuffix(fam, ","))] = strings.TrimSpace(suf)
	}
	return out
}

// namedBare reports whether text holds family as a capitalised whole word
// without a generational suffix after it.
func namedBare(text, family string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], family)
		if i < 0 {
			return false
		}
		i += from
		from = i + len(family)
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsLetter(r) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[from:]); unicode.IsLetter(r) {
			continue
		}
		if w, _, _ := strings.Cut(strings.TrimLeft(text[from:], ", "), " "); suffixWord(w) != "" {
			continue
		}
		return true
	}
}

// nameOf is cleanName keeping the generational suffix of a son the
// article tells from his father by it ("Donald Trump Jr." and "Trump
// Jr." beside "President Trump"); elsewhere a suffix names no one else
// and is dropped.
func (a *analyzer) nameOf(raw string) (string, gender) {
	n, g := cleanName(raw)
	if n == "" || len(a.bySuffix) == 0 {
		return n, g
	}
	rs := Suffix(strings.TrimRight(raw, ",;:")) // "Trump Jr.'s," is his
	if suf, ok := a.bySuffix[fold(n[strings.LastIndexByte(n, ' ')+1:])]; ok && rs != "" && suffixWord(suf) == rs {
		return n + " " + suf, g
	}
	return n, g
}

// familyAt returns the index of a name's last word past any generational
// suffix ("King" in "Martin Luther King Jr."): its family name.
func familyAt(words []string) int {
	family := len(words)
	for family > 1 && suffixWord(words[family-1]) != "" {
		family--
	}
	return family - 1
}

// titledFamily returns the family name of a name's words, lower-cased,
// when it is also a title ("Rep. Brian King", "Martin Luther King Jr."),
// else "".
func titledFamily(words []string) string {
	if k := familyAt(words); k > 0 {
		if f := strings.ToLower(strings.TrimRight(words[k], ",;:.")); surnameTitle(f) {
			return f
		}
	}
	return ""
}

// nameLen is how many words name has, a generational suffix aside.
func nameLen(name string) int {
	n := len(strings.Fields(name))
	if Suffix(name) != "" {
		n--
	}
	return n
}

// compoundModifier is a capitalized word joined to a participle or an
// adjective by a hyphen, which describes someone rather than names them:
// "Emmy-winning", "Oscar-nominated", "London-based", "Kenyan-born".
var compoundModifier = regexp.MustCompile(`^\p{Lu}[\p{L}'’]*-(?:\p{Ll}+(?:ing|ed|born|based|led|made)|born|based)$`)

// isPersonName reports whether a cleaned run of two or more words looks
// like a person's name rather than an organisation or a place: no
// institution word, no acronym, no digit, no word that describes
// ("Emmy-winning").
func isPersonName(n string) bool {
	if placeNames[fold(n)] {
		return false
	}
	ws := strings.Fields(n)
	if Suffix(n) != "" {
		ws = ws[:len(ws)-1]
	}
	for _, w := range ws {
		if orgWord(strings.ToLower(w)) || compoundModifier.MatchString(w) {
			return false
		}
		letters, upper := 0, 0
		for _, r := range w {
			switch {
			case unicode.IsDigit(r):
				return false
			case unicode.IsUpper(r):
				upper++
				letters++
			case unicode.IsLetter(r):
				letters++
			}
		}
		// All capitals is an acronym ("NATO"), but initials with their
		// stops are a given name ("P.J. Carlesimo", "K.J. Choi").
		if letters >= 2 && upper == letters && !initials(w) {
			return false
		}
	}
	return true
}

// placeNames are the places named by two capitalized words each of
// which a person may bear ("Charlotte, North Carolina, Obama specified
// …"), folded.
var placeNames = map[string]bool{
	"north carolina": true, "south carolina": true, "north dakota": true, "south dakota": true,
	"new hampshire": true, "new jersey": true, "new york": true, "west virginia": true,
	"los angeles": true, "san francisco": true, "san diego": true, "san antonio": true,
	"las vegas": true, "new orleans": true, "fort bliss": true, "fort hood": true,
}

// initials reports whether w is initials written with stops: "P.J.",
// "K.J.".
func initials(w string) bool {
	return initialsRe.MatchString(strings.TrimRight(w, ",;:"))
}

var initialsRe = regexp.MustCompile(`^(?:\p{Lu}\.){2,}$`)

// camelBrand reports whether w is a word with a capital inside it after a
// lower-case letter ("BuzzFeed", "WikiLeaks", "YouTube"), as brands are
// written and names are not, but for their particles ("McConnell",
// "MacArthur", "DeSantis", "LaHood", "VanDyke", "O'Rourke").
func camelBrand(w string) bool {
	prev := ' '
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			return !nameParticle.MatchString(w[:i])
		}
		prev = r
	}
	return false
}

// nameParticle is the part of a family name before a capital inside it.
var nameParticle = regexp.MustCompile(`^(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Lo|Van|Von|Vander|Fitz|St|Ap)$`)

// acronym reports whether w is two or more letters, all capitals ("NR",
// "CNN"), with no other characters but a trailing comma or colon.
func acronym(w string) bool {
	w = strings.TrimRight(w, ",;:")
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isTitle reports whether a lower-cased word is a title or role that
// precedes a name and is not part of it.
func isTitle(w string) bool {
	if base, ok := strings.CutSuffix(w, "-elect"); ok {
		return isTitle(base) // "President-elect Donald Trump"
	}
	if base, ok := strings.CutSuffix(w, "-in-chief"); ok {
		return isTitle(base) // "BuzzFeed Editor-in-Chief Ben Smith"
	}
	if first, rest, ok := strings.Cut(w, "-"); ok && first != "" && rest != "" && isTitle(first) && isTitle(rest) {
		return true // "Secretary-General Jens Stoltenberg", "Attorney-General"
	}
	switch w {
	case "president", "pres.", "vice", "prime", "minister", "secretary", "state",
		"senator", "senators", "sen.", "sens.", "rep.", "rep", "reps.", "representative", "representatives",
		"delegate", "del.", "assemblyman", "staff",
		"assemblywoman", "assemblymember", "governor", "gov.",
		"mayor", "councillor", "councilor", "councilman", "councilwoman",
		"congressman", "congresswoman", "general", "gen.", "colonel", "col.",
		"captain", "capt.", "admiral", "adm.", "major", "maj.", "lieutenant",
		"lt.", "sergeant", "sgt.", "commander", "officer", "sheriff",
		"detective", "inspector", "dr.", "dr", "mr.", "mr", "mrs.", "mrs",
		"ms.", "ms", "miss", "messrs.", "messrs", "prof.", "professor", "judge", "judges", "justice", "justices",
		"chancellor", "king", "queen", "prince", "princess", "duke", "duchess",
		"pope", "sir", "dame", "lady", "lord", "father", "sister", "rev.",
		"reverend", "bishop", "archbishop", "chief", "director", "spokesman",
		"spokeswoman", "spokesperson", "ambassador", "commissioner",
		"chairman", "chairwoman", "chair", "ceo", "speaker", "leader",
		"official", "officials", "analyst", "economist", "attorney", "deputy",
		"coach", "astronaut", "actor", "actress", "singer", "author", "writer",
		"editor", "reporter", "columnist", "correspondent", "founder",
		"lawyer", "activist", "candidate", "nominee", "agent", "trooper",
		"treasurer", "comptroller", "auditor", "administrator",
		"superintendent", "cio", "cfo", "cto", "coo", "sheik", "sheikh",
		"imam", "rabbi", "cardinal", "pastor", "linebacker",
		"quarterback", "cornerback", "receiver", "pitcher", "shortstop",
		"outfielder", "infielder", "goalie", "goalkeeper", "defenseman",
		"midfielder", "striker", "winger", "batsman", "bowler", "skipper",
		"rookie", "teammate", "manager", "owner", "executive", "democrat", "republican",
		"host", "co-host", "cohost", "anchor", "moderator",
		"counsel", "prosecutor", "adviser", "advisor", "counselor", "counsellor",
		"whip", "coroner", "aide", "strategist", "pollster",
		"mp", "msp", "mep", "tory",
		"comedian", "comedienne", "comic", "rapper", "musician", "novelist", "filmmaker", "producer",
		"journalist", "commentator", "pundit", "businessman", "businesswoman", "billionaire",
		"entrepreneur", "historian", "scientist", "researcher", "blogger", "youtuber", "broadcaster",
		"philanthropist", "preacher", "evangelist", "playwright", "poet":
		return true
	}
	return false
}

// surnameTitle reports whether a lower-cased title is also a common
// family name.
func surnameTitle(w string) bool {
	switch w {
	case "king", "major", "bishop", "judge", "marshal", "sheriff", "chancellor", "pope", "speaker", "justice", "duke", "prince":
		return true
	}
	return false
}

// titleGender is the gender a title states, for resolving "he" and "she".
func titleGender(w string) gender {
	switch w {
	case "mr.", "mr", "sir", "king", "prince", "duke", "lord", "father",
		"spokesman", "chairman", "councilman", "congressman":
		return male
	case "mrs.", "mrs", "ms.", "ms", "miss", "queen", "princess", "duchess",
		"dame", "lady", "sister", "spokeswoman", "chairwoman", "councilwoman",
		"congresswoman":
		return female
	}
	return unknown
}

// notName reports whether a lower-cased capitalized word is one that
// starts sentences (an adverb, a conjunction, a verb opening a question)
// or names a day, not a person.
func notName(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "it", "we", "i",
		"you", "our", "their", "his", "her", "its", "but", "and", "or", "so",
		"if", "when", "while", "on", "in", "at", "as", "by", "for", "from",
		"with", "to", "of", "then", "also", "earlier", "later", "however",
		"meanwhile", "speaking", "after", "before", "since", "until", "some",
		"many", "most", "residents", "not", "every", "no", "there", "here",
		"what", "why", "how", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "today", "yesterday", "although",
		"though", "because", "whereas", "unless", "once", "yet", "instead",
		"besides", "despite", "during", "unlike", "against", "among",
		"through", "throughout", "without", "toward", "towards", "upon",
		"amid", "via", "even", "both", "each", "either", "neither", "all",
		"any", "several", "such", "perhaps", "indeed", "overall", "finally",
		"eventually", "recently", "currently", "tonight", "tomorrow",
		"according", "now", "january", "february", "september", "october",
		"november", "december", "july", "mon", "tue", "wed", "thu", "fri", "below",
		"above", "under", "over", "about", "around", "across", "behind",
		"beyond", "inside", "outside", "near", "within", "next", "last",
		"where", "wherever", "whenever", "whether", "who", "whom", "whose",
		"which", "like", "than", "just", "only", "still", "another", "other",
		"thus", "hence", "therefore", "moreover", "furthermore", "nevertheless",
		"nonetheless", "otherwise", "likewise", "similarly", "accordingly",
		"consequently", "ultimately", "initially", "originally", "previously",
		"suddenly", "apparently", "clearly", "obviously", "certainly",
		"sometimes", "often", "already", "again", "afterward", "afterwards",
		"thereafter", "maybe", "whatever", "whoever", "whichever", "given",
		"is", "are", "was", "were", "did", "does", "do", "had", "has", "have",
		"can", "could", "should", "would", "let", "visit", "add", "recall",
		"remember", "imagine", "meet":
		return true
	}
	return false
}

// orgWord reports whether a lower-cased word marks an organisation or a
// place, so "Global Initiative" or "Latin America" is not taken for a
// person.
func orgWord(w string) bool {
	switch w {
	case "america", "american", "states", "kingdom", "union", "nations",
		"republic", "city", "county", "province", "island", "islands", "coast",
		"gulf", "sea", "ocean", "bay", "port", "street", "avenue", "valley",
		"department", "ministry", "agency", "office", "council", "committee",
		"commission", "authority", "board", "service", "services", "party", "times", "post",
		"news", "press", "journal", "tv", "radio", "network", "observatory",
		"initiative", "crime", "alliance", "organization", "organisation",
		"institute", "university", "college", "school", "hospital", "bank",
		"fund", "group", "company", "corporation", "corp", "co", "inc", "ltd", "plc", "llc", "association",
		"federation", "court", "congress", "senate", "house", "parliament",
		"army", "navy", "force", "forces", "guard", "police", "security",
		"defense", "defence", "homeland", "pentagon", "foundation", "center",
		"centre", "airport", "station", "church", "club", "watch", "world",
		"health", "affairs", "administration", "government", "reuters",
		"science", "sciences", "research", "laboratory", "labs", "society",
		"museum", "magazine", "tribune", "herald", "gazette", "league",
		"coalition", "media", "systems", "technologies", "academy", "therapy",
		"medical", "clinic", "consulting", "solutions", "partners", "capital",
		"holdings", "studios", "productions", "records", "hotel", "restaurant",
		"hurricane", "typhoon", "storm", "project", "place", "republican",
		"republicans", "democrat", "democrats", "democratic", "tower", "towers",
		"plaza", "building", "stadium", "arena", "team", "command",
		// Countries, regions and capitals news names as actors ("North
		// Korea", "Beijing said"), where no person bears the word.
		"korea", "korean", "china", "chinese", "russia", "russian", "iran",
		"iranian", "iraq", "iraqi", "syria", "syrian", "mexico", "mexican",
		"canada", "canadian", "japan", "japanese", "germany", "britain",
		"pakistan", "pakistani", "afghanistan", "afghan", "ukraine",
		"ukrainian", "egypt", "egyptian", "saudi", "arabia", "europe",
		"asia", "africa", "beijing", "moscow", "pyongyang", "seoul",
		"tokyo", "kremlin", "taiwan", "vietnam", "venezuela", "cuba",
		"palestinian", "israeli", "turkish", "yemen", "libya":
		return true
	}
	return false
}

// SameSpeaker reports whether a name as a user typed it ("Sheinbaum",
// "president sheinbaum", "Claudia Sheinbaum") names speaker: every word of
// it, titles aside, is a word of the speaker's name, ignoring case and
// accents. It lets "what did Sheinbaum say" find Claudia Sheinbaum's
// quotations without matching anyone else's.
func SameSpeaker(query, speaker string) bool {
	if whiteHouseFor(nameParts(query), nameParts(speaker)) {
		return false
	}
	if subsetWords(nameParts(query), nameParts(speaker)) {
		return true
	}
	// A suffix or a middle initial the attribution left out of the name
	// still asks about its bearer: "Joseph M. Kyrillos Jr." for "Joseph
	// Kyrillos".
	if q := plainName(query); q != query && subsetWords(nameParts(q), nameParts(plainName(speaker))) {
		return true
	}
	// Initials the attribution drops from a name ("NR Narayana Murthy"),
	// as the article wrote it, still ask about its bearer.
	if f := strings.Fields(query); len(f) >= 3 && acronym(f[0]) {
		return subsetWords(nameParts(strings.Join(f[1:], " ")), nameParts(speaker))
	}
	return false
}

// whiteHouseFor reports whether a query naming "the House" would match
// only the "White House" of a speaker's name: a chamber of Congress and
// the president's staff share a word, not their words.
func whiteHouseFor(qs, ss []string) bool {
	white := func(ws []string) bool {
		i := slices.Index(ws, "white")
		return i >= 0 && i+1 < len(ws) && ws[i+1] == "house"
	}
	return slices.Contains(qs, "house") && !white(qs) && white(ss)
}

// Asks returns the test of whether a speaker, one of the speakers an
// article quotes, is the one query asks about: SameSpeaker, keeping to
// the query's generational suffix where suffixMatters says so, or where
// one of the articles' texts calls the son by family name and suffix
// ("Trump Jr. attended"): the father's words are not the son's, nor the
// son's the father's, even when only one of them is quoted.
func Asks(query string, speakers []string, texts ...string) func(speaker string) bool {
	strict := suffixMatters(query, speakers) || namesSon(query, texts)
	return func(s string) bool {
		return s != "" && SameSpeaker(query, s) && (!strict || Suffix(s) == Suffix(query))
	}
}

// suffixMatters reports whether, among the speakers an article quotes, a
// query must keep to its own generational suffix: whether one of the
// speakers it names has the same suffix (or none, as the query). A father
// and a son of one name are then told apart ("Trump" beside "Donald
// Trump Jr.", "Donald Trump Jr." beside "Donald Trump"); a suffix the
// article left out of a name otherwise still asks about its bearer.
func suffixMatters(query string, speakers []string) bool {
	return slices.ContainsFunc(speakers, func(s string) bool {
		return s != "" && Suffix(s) == Suffix(query) && SameSpeaker(query, s)
	})
}

// namesSon reports whether one of texts gives query's family name a
// generational suffix ("Trump Jr."): the query's own, or any when the
// query has none, whose bearer the article then tells apart from the son.
func namesSon(query string, texts []string) bool {
	suf := Suffix(query)
	ws := strings.Fields(plainName(query))
	if len(ws) == 0 {
		return false
	}
	family := fold(ws[len(ws)-1])
	return slices.ContainsFunc(texts, func(t string) bool {
		s, ok := bySuffix(t, titleEnd(t))[family]
		return ok && (suf == "" || suffixWord(s) == suf)
	})
}

// titleEnd is where the body of text starts: past a first line that does
// not end as a sentence does, a title ("Trump Jr. defends Skittles
// tweet"), which tells no one apart.
func titleEnd(text string) int {
	i := strings.IndexByte(text, '\n')
	if i < 0 {
		return 0
	}
	if endsSentence(text[:i]) {
		return 0
	}
	return i
}

// endsSentence reports whether s, spaces aside, ends as a sentence does
// and a title does not.
func endsSentence(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune(".!?\"”", last)
}

// plainName is name without generational suffixes and, when two other
// words remain, single-letter initials: "Thomas H. Kean Sr." → "Thomas
// Kean".
func plainName(name string) string {
	words := strings.Fields(name)
	var kept []string
	for _, w := range words {
		bare := strings.TrimRight(w, ".,;:")
		r, size := utf8.DecodeRuneInString(bare)
		if nameSuffix(strings.ToLower(bare)) || size == len(bare) && unicode.IsUpper(r) {
			continue
		}
		kept = append(kept, w)
	}
	if len(kept) < 2 || len(kept) == len(words) {
		return name
	}
	return strings.Join(kept, " ")
}

// nameParts is nameWords with hyphenated names split: users type
// "Farfan Mendez" or "Mendez" for "Farfán-Méndez".
func nameParts(s string) []string {
	var out []string
	for _, w := range nameWords(s) {
		out = append(out, strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '‐' })...)
	}
	return out
}

// subsetWords reports whether qs is non-empty and every word of it is in ss.
func subsetWords(qs, ss []string) bool {
	if len(qs) == 0 || len(ss) == 0 {
		return false
	}
	for _, q := range qs {
		if !slices.Contains(ss, q) {
			return false
		}
	}
	return true
}

// nameWords splits a name into folded words, dropping titles and
// possessives.
func nameWords(s string) []string {
	var out []string
	fields := strings.FieldsFunc(fold(s), func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	if k, ok := afterOffice(fields); ok && k > 0 {
		fields = fields[k:] // "Secretary of Defense Jim Mattis" is Jim Mattis
	}
	// An institution's name keeps its titles: the "Justice Department" is
	// not the "State Department".
	institution := len(fields) > 1 && orgWord(strings.Trim(strings.TrimSuffix(strings.TrimSuffix(fields[len(fields)-1], "'s"), "’s"), "."))
	for _, w := range fields {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Trim(w, ".")
		// "of" joins a title to its office: "Secretary of State John Kerry"
		// is John Kerry.
		if w == "" || !institution && (isTitle(w) || isTitle(w+".") || w == "of") || w == "the" {
			continue
		}
		// A joined particle is dropped as often as written: "al-Mahmoud"
		// is "Mahmoud" after.
		if strings.Contains(w, "-") {
			// Most words hold no hyphen, and a pattern costs more than
			// this test even when it fails at once.
			w = joinedParticle.ReplaceAllString(w, "")
		}
		out = append(out, w)
	}
	return out
}

// joinedParticle is a particle hyphenated to the name it opens.
var joinedParticle = regexp.MustCompile(`^` + joinedParticles + `-`)

// joinedParticles are the particles written joined to a name by a hyphen.
const joinedParticles = `(?:al|el|ad|ash|bin|ibn|abu|abd)`

// fold lower-cases s, strips its accents and straightens its apostrophes,
// as users type names.
func fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		if r == '’' || r == 'ʼ' {
			// "O'Malley" in a quotation is the "O’Malley" of the narration.
			return '\''
		}
		return unicode.ToLower(r)
	}, norm.NFD.String(s))
}

// isASCII reports whether s is all ASCII, which fold only lower-cases.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Mentions reports whether text names who query names ("Park", "Ms.
// Park", "grace park"): every word of the query, titles aside, occurs in
// text as a capitalized whole word, ignoring case and accents otherwise.
// The capital keeps a name from matching a common word ("the park").
func Mentions(text, query string) bool {
	return NewMention(query).In(text)
}

// A Mention is the name a query gives, read once to be looked for in many
// texts: asking about someone reads every sentence in scope.
type Mention struct {
	want, common []string
}

// NewMention reads the name query gives. A name typed with capitals may
// hold common words: "the Clinton campaign", "the New York Times
// editorial board". They are matched among all a text's words, the
// capitalized ones among its names. Typed all in lower case ("grace
// park"), every word is a name's.
func NewMention(query string) Mention {
	cased := strings.IndexFunc(query, unicode.IsUpper) >= 0
	var m Mention
	for _, w := range nameSplit(query) {
		if cased && strings.IndexFunc(w, unicode.IsUpper) < 0 {
			m.common = append(m.common, nameWords(w)...)
		} else {
			m.want = append(m.want, nameWords(w)...)
		}
	}
	return m
}

// In reports whether text names who the query names, as Mentions does.
func (m Mention) In(text string) bool {
	return len(m.want) > 0 && mayHold(text, m.want) && m.inWords(text)
}

// inWords is In without its quick test.
func (m Mention) inWords(text string) bool {
	var have, all []string
	// Names may hold digits and start in lower case ("G4S", "eBay"); a
	// word with no capital is a common word ("the park").
	for _, w := range nameSplit(text) {
		ws := nameWords(w)
		if strings.IndexFunc(w, unicode.IsUpper) >= 0 {
			have = append(have, ws...)
		}
		all = append(all, ws...)
	}
	return subsetWords(m.want, have) && (len(m.common) == 0 || subsetWords(m.common, all))
}

// nameSplit splits s into the words a name is made of: letters and
// digits, with the apostrophes and hyphens inside names.
func nameSplit(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	})
}

// mayHold is Mentions' quick test: an ASCII text holds each of a name's
// folded words as a whole word only if its lower case holds them at
// all. Asking about someone reads every sentence of the articles in
// scope, most of which do not name them, and splitting each into folded
// words is most of that cost. Other texts are not tested: folding them
// changes their length.
func mayHold(text string, words []string) bool {
	if !isASCII(text) {
		return true
	}
	lower := strings.ToLower(text)
	for _, w := range words {
		if !strings.Contains(lower, w) {
			return false
		}
	}
	return true
}

// IsOrganization reports whether a speaker's name is an organisation's
// ("Reuters", "Central Bank", "CNN") rather than a person's: it holds an
// institution word or an acronym.
func IsOrganization(name string) bool {
	for _, w := range strings.Fields(name) {
		if orgWord(strings.ToLower(w)) {
			return true
		}
	}
	return !isPersonName(name)
}

// HeadsOrganization reports whether a phrase's head noun makes it an
// organisation ("the Sanders campaign", "the committee") rather than the
// role of a person in one ("the campaign manager", "the president of
// Mexico").
func HeadsOrganization(phrase string) bool {
	ws := strings.Fields(phrase)
	if len(ws) == 0 {
		return false
	}
	head := ws[len(ws)-1]
	for i, w := range ws[1:] {
		// A role in lower case before "of" is the head ("the president of
		// Mexico"); a name's capital word is not ("State of the Union").
		if (w == "of" || w == "for" || w == "at" || w == "in") && strings.ToLower(ws[i]) == ws[i] {
			head = ws[i]
			break
		}
	}
	w := strings.ToLower(strings.TrimRight(head, ".,;:!?'’"))
	return orgWord(w) || w == "campaign" || w == "team" || w == "staff"
}

// Gender returns "her" or "him" when a title in text gives away the
// gender of the person query names ("Ms. Park", "Mr. Reed"), else "".
func Gender(text, query string) string {
	want := nameWords(query)
	if len(want) == 0 {
		return ""
	}
	last := want[len(want)-1]
	words := strings.Fields(query + " " + text)
	for i, w := range words {
		if !slices.Contains(nameWords(w), last) {
			continue
		}
		// The title sits right before the name or before its first name
		// ("Ms. Grace Park").
		for k := i - 1; k >= max(0, i-2); k-- {
			switch titleGender(strings.ToLower(words[k])) {
			case male:
				return "him"
			case female:
				return "her"
			}
		}
	}
	return ""
}

// sameByNickname reports whether two full names differ only in a given
// name and a familiar form of it, and in middle initials: "Mike
// Bloomberg" and "Michael Bloomberg", "Bernie Sanders" and "Bernard
// Sanders", a headline's "Tom Perez" and the body's "Thomas E. Perez".
func sameByNickname(a, b string) bool {
	wa, wb := withoutInitials(strings.Fields(fold(a))), withoutInitials(strings.Fields(fold(b)))
	if len(wa) != len(wb) || len(wa) < 2 || wa[0] == wb[0] || !slices.Equal(wa[1:], wb[1:]) {
		return false
	}
	return formalName(wa[0]) == formalName(wb[0])
}

// withoutInitials drops the middle initials of a name's folded words.
func withoutInitials(w []string) []string {
	if len(w) < 3 {
		return w
	}
	out := []string{w[0]}
	for _, x := range w[1 : len(w)-1] {
		if utf8.RuneCountInString(x) > 1 {
			out = append(out, x)
		}
	}
	return append(out, w[len(w)-1])
}

// formalName is the formal form of a folded given name: "mike" is
// "michael"; a name with no familiar form is itself.
func formalName(w string) string {
	if f, ok := familiarNames[w]; ok {
		return f
	}
	return w
}

// familiarNames maps the familiar forms of English given names news uses
// for public figures to the formal one.
var familiarNames = map[string]string{
	"mike": "michael", "bill": "william", "will": "william", "bob": "robert", "rob": "robert",
	"bobby": "robert", "joe": "joseph", "jim": "james", "jimmy": "james", "tom": "thomas",
	"chris": "christopher", "dan": "daniel", "dave": "david", "steve": "stephen",
	"nick": "nicholas", "tony": "anthony", "ben": "benjamin", "matt": "matthew",
	"pete": "peter", "bernie": "bernard", "liz": "elizabeth", "beth": "elizabeth",
	"kate": "katherine", "kathy": "katherine", "jen": "jennifer", "jenny": "jennifer",
	"sam": "samuel", "andy": "andrew", "ed": "edward", "ted": "edward", "greg": "gregory",
	"jeff": "jeffrey", "ken": "kenneth", "ron": "ronald", "don": "donald", "rick": "richard",
	"dick": "richard", "rich": "richard", "chuck": "charles", "charlie": "charles",
	"pat": "patrick", "tim": "timothy", "jon": "jonathan", "alex": "alexander",
	"larry": "lawrence", "jerry": "gerald", "fred": "frederick", "al": "albert",
	"mitch": "mitchell", "debbie": "deborah", "sue": "susan", "patty": "patricia",
}

// pluralPossessive reports whether w, lower-cased, ends in the apostrophe
// of a possessive after "s": "jefferies’", "sanders'".
func pluralPossessive(w string) bool {
	return len(w) > 2 && (strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'"))
}
