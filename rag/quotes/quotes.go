package quotes

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Sentence is a sentence span of the text, as the segmenter gives it.
type Sentence struct{ Start, End, Paragraph int }

// Quotation is a direct quotation: text[Start:End] is the quoted words
// without the quote marks.
type Quotation struct {
	Start, End int
	Sentence   int    // index of the sentence where it starts
	Speaker    string // resolved full name, or "" when unattributed
	Cue        string // the speech verb found, "" if none
}

// Attribution is reported speech: a sentence saying what someone said
// without quoting it.
type Attribution struct {
	Sentence int
	Speaker  string
	Cue      string
}

// Person is a full name found in the text with the sentences mentioning it.
type Person struct {
	Name     string
	Mentions []int
}

// Analysis is what Analyze finds.
type Analysis struct {
	Quotations  []Quotation
	Paraphrases []Attribution
	People      []Person
}

// speechVerbs are the verbs that attribute words to a speaker.
const speechVerbs = `said|says|say|described|called|added|adds|told|tells|asked|asks|stated|states|warned|warns|claimed|claims|noted|notes|wrote|writes|explained|explains|insisted|insists|argued|argues|continued|declared|announced|replied|responded|remarked|stressed|emphasi[sz]ed|acknowledged|admitted|conceded|urged|suggested|indicated|observed|recalled|confirmed|denied|promised|vowed|predicted|cautioned|complained|countered|maintained|pointed out|went on|reported|tweeted|posted`

// name is a run of capitalized words, allowing particles inside (Farfán-Méndez,
// Ursula von der Leyen, Dr. Lena Varga).
const name = `\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:(?:de|del|der|da|van|von|bin|al|la|le|di|du)\s+)*\p{Lu}[\p{L}\p{M}'’.\-]*)*`

var (
	// Subject before the verb: "Sheinbaum said", "Marco Rubio, the secretary, added", "she told reporters".
	subjectVerb = regexp.MustCompile(`(?:^|[^\p{L}])(` + name + `|[Ss]he|[Hh]e|[Tt]hey)(?:,[^,"“”]{1,160},)?,?\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+|have\s+)?(` + speechVerbs + `)\b`)
	// Verb before the subject: "said Maria Chen", "added the minister".
	verbSubject = regexp.MustCompile(`^\s*[,.!?]?\s*(?:[—–-]\s*)?(` + speechVerbs + `)\s+(` + name + `|[Ss]he|[Hh]e|[Tt]hey)`)
	// Subject right after a quote: ", Sheinbaum said" / " she added".
	afterSubject = regexp.MustCompile(`^\s*[,.!?]?\s*(?:[—–-]\s*)?(` + name + `|[Ss]he|[Hh]e|[Tt]hey)(?:,[^,"“”]{1,160},)?,?\s+(?:also\s+|later\s+|has\s+|had\s+)?(` + speechVerbs + `)\b`)
	accordingTo  = regexp.MustCompile(`\baccording to (?:the\s+)?(` + name + `)`)
	nameRun      = regexp.MustCompile(name)
)

// titleWords precede names and are not part of them.
var titleWords = map[string]bool{
	"president": true, "vice": true, "prime": true, "minister": true, "secretary": true, "state": true,
	"senator": true, "sen.": true, "rep.": true, "representative": true, "governor": true, "gov.": true,
	"mayor": true, "councillor": true, "councilor": true, "councilman": true, "councilwoman": true,
	"general": true, "gen.": true, "colonel": true, "col.": true, "captain": true, "capt.": true,
	"dr.": true, "dr": true, "mr.": true, "mr": true, "mrs.": true, "mrs": true, "ms.": true, "ms": true,
	"prof.": true, "professor": true, "judge": true, "justice": true, "chancellor": true, "king": true,
	"queen": true, "prince": true, "princess": true, "pope": true, "sir": true, "lady": true, "lord": true,
	"chief": true, "director": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"ambassador": true, "commissioner": true, "chairman": true, "chairwoman": true, "ceo": true,
	"speaker": true, "leader": true, "official": true, "officials": true, "analyst": true, "economist": true,
	"attorney": true, "deputy": true, "lieutenant": true, "sergeant": true, "officer": true,
}

// notNames are capitalized words that start sentences or name things, not people.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "it": true,
	"we": true, "i": true, "you": true, "our": true, "their": true, "his": true, "her": true, "its": true,
	"but": true, "and": true, "or": true, "so": true, "if": true, "when": true, "while": true, "on": true,
	"in": true, "at": true, "earlier": true, "later": true, "however": true, "speaking": true, "after": true,
	"before": true, "some": true, "many": true, "most": true, "officials": true, "residents": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"not": true, "every": true, "no": true, "there": true, "here": true, "what": true, "why": true, "how": true,
}

var pronounsWord = map[string]bool{"he": true, "she": true, "they": true}

// Analyze finds the quotations, reported speech and people of an article.
func Analyze(text string, sentences []Sentence) Analysis {
	a := analyzer{text: text, sents: sentences}
	a.findPeople()
	a.findQuotations()
	a.attribute()
	a.findParaphrases()
	return Analysis{Quotations: a.quotes, Paraphrases: a.paras, People: a.people}
}

type analyzer struct {
	text   string
	sents  []Sentence
	people []Person
	quotes []Quotation
	paras  []Attribution
	// open/close mark offsets per quotation, for context around it.
	marks [][2]int
}

// sentenceOf returns the index of the sentence holding byte offset off.
func (a *analyzer) sentenceOf(off int) int {
	i := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].End > off })
	if i == len(a.sents) {
		return len(a.sents) - 1
	}
	return i
}

func (a *analyzer) paragraphOf(off int) int {
	if s := a.sentenceOf(off); s >= 0 {
		return a.sents[s].Paragraph
	}
	return 0
}

// findPeople collects full names: runs of two or more capitalized words left
// after titles are stripped.
func (a *analyzer) findPeople() {
	index := map[string]int{}
	for si, s := range a.sents {
		for _, m := range nameRun.FindAllStringIndex(a.text[s.Start:s.End], -1) {
			n := cleanName(a.text[s.Start+m[0] : s.Start+m[1]])
			if len(strings.Fields(n)) < 2 {
				continue
			}
			if i, ok := index[n]; ok {
				if last := a.people[i].Mentions; last[len(last)-1] != si {
					a.people[i].Mentions = append(a.people[i].Mentions, si)
				}
				continue
			}
			index[n] = len(a.people)
			a.people = append(a.people, Person{Name: n, Mentions: []int{si}})
		}
	}
}

// cleanName strips titles, possessives and leading non-name words:
// "Mexican President Claudia Sheinbaum" → "Claudia Sheinbaum".
func cleanName(s string) string {
	words := strings.Fields(s)
	cut := 0
	for i, w := range words {
		lw := strings.ToLower(strings.TrimRight(w, ",;:"))
		if titleWords[lw] || notNames[lw] {
			cut = i + 1
		}
	}
	words = words[cut:]
	for i, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		words[i] = strings.TrimRight(w, ".,;:")
	}
	// A name of more than four words is an organisation or a headline.
	if len(words) > 4 {
		return ""
	}
	return strings.Join(words, " ")
}

// resolve turns a subject found next to a speech verb into a full name.
// Pronouns go to the most recent speaker or person before offset off.
func (a *analyzer) resolve(subject string, off int, lastSpeaker string) string {
	if pronounsWord[strings.ToLower(subject)] {
		// The person the paragraph just named beats the last speaker:
		// "Brandt warned that … \"…,\" he said."
		if p, para := a.lastPersonBefore(off); p != "" && para == a.paragraphOf(off) {
			return p
		}
		if lastSpeaker != "" {
			return lastSpeaker
		}
		p, _ := a.lastPersonBefore(off)
		return p
	}
	n := cleanName(subject)
	if n == "" {
		return ""
	}
	if len(strings.Fields(n)) >= 2 {
		return a.canonicalName(n)
	}
	// A family name alone: the full name mentioned with it, if only one matches.
	var match string
	for _, p := range a.people {
		if SameSpeaker(n, p.Name) {
			if match != "" && match != p.Name {
				return n
			}
			match = p.Name
		}
	}
	if match != "" {
		return match
	}
	return n
}

// canonicalName maps a name to the longest known form that contains it.
func (a *analyzer) canonicalName(n string) string {
	for _, p := range a.people {
		if SameSpeaker(n, p.Name) && len(p.Name) > len(n) {
			return p.Name
		}
	}
	return n
}

// lastPersonBefore returns the person mentioned last at or before the
// sentence holding off, and that mention's paragraph.
func (a *analyzer) lastPersonBefore(off int) (string, int) {
	si := a.sentenceOf(off)
	best, bestSent := "", -1
	for _, p := range a.people {
		for _, m := range p.Mentions {
			if m <= si && m > bestSent {
				best, bestSent = p.Name, m
			}
		}
	}
	if bestSent < 0 {
		return "", -1
	}
	return best, a.sents[bestSent].Paragraph
}

func isOpen(r rune) bool  { return r == '“' || r == '«' || r == '„' }
func isClose(r rune) bool { return r == '”' || r == '»' }

// findQuotations pairs double quote marks within paragraphs. A quotation
// left open at a paragraph's end closes there (the next paragraph reopens
// it, by convention).
func (a *analyzer) findQuotations() {
	open := -1 // offset of the open mark
	openSize := 0
	para := -1
	for i := 0; i < len(a.text); {
		r, size := utf8.DecodeRuneInString(a.text[i:])
		if r == '\n' && open >= 0 && i+1 < len(a.text) && a.text[i+1] == '\n' {
			a.add(open, openSize, i, 0)
			open = -1
		}
		switch {
		case r == '"' || isOpen(r) || isClose(r):
			p := a.paragraphOf(i)
			if open >= 0 && p != para {
				a.add(open, openSize, i, 0)
				open = -1
			}
			opening := isOpen(r) || (r == '"' && open < 0)
			if r == '"' && open < 0 && i > 0 {
				// A straight quote after a letter closes nothing and opens
				// nothing sensible (inches, typos): treat it as opening only
				// at a word start.
				prev, _ := utf8.DecodeLastRuneInString(a.text[:i])
				if unicode.IsLetter(prev) || unicode.IsDigit(prev) {
					opening = false
				}
			}
			switch {
			case opening && open < 0:
				open, openSize, para = i, size, p
			case !opening && open >= 0 && !isOpen(r):
				a.add(open, openSize, i, size)
				open = -1
			}
		}
		i += size
	}
	if open >= 0 {
		a.add(open, openSize, len(a.text), 0)
	}
}

// add records the quotation between an open mark at open and a close mark
// at close (closeSize 0 when it ran to the paragraph's end).
func (a *analyzer) add(open, openSize, close, closeSize int) {
	start, end := open+openSize, close
	for start < end && unicode.IsSpace(rune(a.text[start])) {
		start++
	}
	for end > start && unicode.IsSpace(rune(a.text[end-1])) {
		end--
	}
	if start >= end || len(a.sents) == 0 {
		return
	}
	a.quotes = append(a.quotes, Quotation{Start: start, End: end, Sentence: a.sentenceOf(start)})
	a.marks = append(a.marks, [2]int{open, close + closeSize})
}

// attribute finds each quotation's speaker: a speech verb right after it
// (", Sheinbaum said"), or before it in its sentence ("Rubio added: …",
// "she told reporters that …"), else the speaker of the quotation before it
// in the paragraph, or of the previous paragraph's last quotation when this
// paragraph is nothing but a quotation.
func (a *analyzer) attribute() {
	last := ""
	lastPara := -1
	for i := range a.quotes {
		q := &a.quotes[i]
		open, close := a.marks[i][0], a.marks[i][1]
		si := q.Sentence
		para := a.sents[si].Paragraph
		sentEnd := a.sents[a.sentenceOf(max(close-1, 0))].End
		paraEnd := sentEnd
		if next := i + 1; next < len(a.quotes) && a.marks[next][0] < paraEnd {
			paraEnd = a.marks[next][0]
		}
		after := a.text[min(close, len(a.text)):max(min(paraEnd, len(a.text)), min(close, len(a.text)))]
		before := a.text[min(a.sents[si].Start, open):open]
		if pi := i - 1; pi >= 0 && a.marks[pi][1] > a.sents[si].Start && a.marks[pi][1] <= open {
			before = a.text[a.marks[pi][1]:open]
		}
		var subj, cue string
		if m := afterSubject.FindStringSubmatch(after); m != nil {
			subj, cue = m[1], m[2]
		} else if m := verbSubject.FindStringSubmatch(after); m != nil {
			subj, cue = m[2], m[1]
		} else if m := subjectVerb.FindStringSubmatch(after); m != nil {
			// "…," the group's spokesman, Tomas Weber, told local radio.
			subj, cue = m[1], m[2]
		} else if ms := subjectVerb.FindAllStringSubmatch(before, -1); ms != nil {
			m := ms[len(ms)-1]
			subj, cue = m[1], m[2]
		} else if m := accordingTo.FindStringSubmatch(after); m != nil {
			subj, cue = m[1], "according to"
		}
		if subj != "" {
			q.Speaker = a.resolve(subj, open, last)
			q.Cue = cue
		} else if para == lastPara && last != "" {
			q.Speaker = last
		} else if lastPara == para-1 && last != "" && a.onlyQuote(para, i) {
			q.Speaker = last
		}
		if q.Speaker != "" {
			last = q.Speaker
		} else if para != lastPara {
			last = ""
		}
		lastPara = para
	}
}

// onlyQuote reports whether paragraph para holds nothing but quotation i.
func (a *analyzer) onlyQuote(para, i int) bool {
	var start, end int = -1, 0
	for _, s := range a.sents {
		if s.Paragraph == para {
			if start < 0 {
				start = s.Start
			}
			end = s.End
		}
	}
	rest := a.text[start:a.marks[i][0]] + a.text[min(a.marks[i][1], end):end]
	return strings.TrimFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) == ""
}

// findParaphrases finds sentences that report speech without quote marks
// around all of it: a subject and a speech verb outside any quotation.
func (a *analyzer) findParaphrases() {
	last := ""
	qi := 0
	for si, s := range a.sents {
		// Mask the quotations so verbs inside them don't count.
		b := []byte(a.text[s.Start:s.End])
		for _, m := range a.marks {
			for j := max(m[0], s.Start); j < min(m[1], s.End); j++ {
				b[j-s.Start] = ' '
			}
		}
		for qi < len(a.quotes) && a.quotes[qi].Sentence <= si {
			if a.quotes[qi].Speaker != "" {
				last = a.quotes[qi].Speaker
			}
			qi++
		}
		plain := string(b)
		if strings.TrimSpace(plain) == "" {
			continue
		}
		var subj, cue string
		if m := subjectVerb.FindStringSubmatch(plain); m != nil {
			subj, cue = m[1], m[2]
		} else if m := accordingTo.FindStringSubmatch(plain); m != nil {
			subj, cue = m[1], "according to"
		}
		if subj == "" {
			continue
		}
		// "…," she said: the verb only attributes a quotation; not reported speech.
		if a.onlyAttributes(si, plain) {
			continue
		}
		sp := a.resolve(subj, s.Start, last)
		if sp == "" {
			continue
		}
		a.paras = append(a.paras, Attribution{Sentence: si, Speaker: sp, Cue: cue})
	}
}

// onlyAttributes reports whether what is left of a sentence with its
// quotations masked is just an attribution ("she said", "Rubio added",
// "President Claudia Sheinbaum said on Friday").
func (a *analyzer) onlyAttributes(si int, plain string) bool {
	has := false
	for _, q := range a.quotes {
		if q.Sentence == si {
			has = true
		}
	}
	if !has {
		return false
	}
	words := 0
	for _, w := range strings.FieldsFunc(plain, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if !unicode.IsUpper([]rune(w)[0]) {
			words++
		}
	}
	// An attribution has few lower-case words: the verb, "on", "reporters", "that".
	return words <= 4
}

// SameSpeaker reports whether a name as a user typed it ("Sheinbaum",
// "president sheinbaum", "Claudia Sheinbaum") names the speaker: every word
// of it, titles aside, is a word of the speaker's name, ignoring case and
// accents.
func SameSpeaker(query, speaker string) bool {
	qs := nameWords(query)
	ss := nameWords(speaker)
	if len(qs) == 0 || len(ss) == 0 {
		return false
	}
	for _, q := range qs {
		found := false
		for _, s := range ss {
			if q == s {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func nameWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(fold(s), func(r rune) bool { return unicode.IsSpace(r) || r == ',' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Trim(w, ".")
		if w == "" || titleWords[w] || titleWords[w+"."] || w == "the" {
			continue
		}
		out = append(out, w)
	}
	return out
}

func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}
