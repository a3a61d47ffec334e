package lexical

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Token is one word of a text with its byte offsets and its normalized term.
type Token struct {
	Term       string // stemmed, folded; "" for stop words
	Word       string // the lower-cased, folded surface form
	Start, End int    // text[Start:End] is the word as written
}

// maxWordBytes bounds the words we stem: longer runs are URLs, hashes or
// garbage that would only cost time and never match a question.
const maxWordBytes = 40

// Tokenize splits text into words (letters and digits; inner apostrophes and
// hyphens are word breaks except for possessive 's, which is dropped) and
// normalizes each. Stop words are kept as tokens with an empty Term so that
// callers measuring proximity still see them.
func Tokenize(text string) []Token {
	var toks []Token
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			i += size
		}
		end := i
		word := fold(text[start:end])
		// "Trump's" → "trump": the possessive is not a separate word.
		if i < len(text) {
			if r, size := utf8.DecodeRuneInString(text[i:]); r == '\'' || r == '’' {
				if j := i + size; j < len(text) && (text[j] == 's' || text[j] == 'S') && (j+1 == len(text) || !isWordRune(rune(text[j+1]))) {
					i = j + 1
				}
			}
		}
		toks = append(toks, Token{Word: word, Term: termOf(word), Start: start, End: end})
	}
	return toks
}

// Terms returns the non-stop-word terms of text, in order.
func Terms(text string) []string {
	toks := Tokenize(text)
	terms := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Term != "" {
			terms = append(terms, t.Term)
		}
	}
	return terms
}

// Words returns every word of text in order: the term of a content word,
// the folded form of a stop word. Questions made only of common words
// ("What did he do?") are ranked with these rather than refused.
func Words(text string) []string {
	toks := Tokenize(text)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Term
		if words[i] == "" {
			words[i] = t.Word
		}
	}
	return words
}

// Stem normalizes one word the way Tokenize does; stop words give "".
func Stem(word string) string { return termOf(fold(word)) }

// IsStopWord reports whether the folded word carries no topical meaning.
func IsStopWord(word string) bool {
	_, ok := stopWords[word]
	return ok || english.IsStopWord(word)
}

// maxCachedTerms bounds the term cache: a news vocabulary fits many
// times over, and a full cache starts over, so text made of ever new
// words cannot grow it.
const maxCachedTerms = 1 << 15

// terms remembers the term of each word seen. Stemming is most of making a
// text's terms, and the same words come back: an ingest makes each
// sentence's terms three times (its chunk's embedding, the full-text index,
// the summary), and news repeats its vocabulary.
var terms struct {
	sync.RWMutex
	m map[string]string
}

func termOf(word string) string {
	if len(word) > maxWordBytes {
		return ""
	}
	terms.RLock()
	t, ok := terms.m[word]
	terms.RUnlock()
	if ok {
		return t
	}
	t = makeTerm(word)
	terms.Lock()
	if terms.m == nil || len(terms.m) >= maxCachedTerms {
		terms.m = make(map[string]string, 1024)
	}
	// Copies: word (and a term that is the word unchanged) may be a
	// slice of a long text the cache must not keep.
	terms.m[strings.Clone(word)] = strings.Clone(t)
	terms.Unlock()
	return t
}

func makeTerm(word string) string {
	if IsStopWord(word) {
		return ""
	}
	if isNumber(word) {
		return word
	}
	if base, ok := irregular[word]; ok {
		word = base
	}
	return english.Stem(word, false)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// fold lower-cases and strips diacritics ("Méndez" → "mendez") so that a
// question typed without accents still matches the article.
func fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, err := transform.String(t, w)
	if err != nil {
		s = w
	}
	return strings.ToLower(s)
}

// stopWords adds question and reporting words to Snowball's English list:
// they appear in nearly every question ("what did X say") and would
// otherwise dominate lexical scores.
var stopWords = map[string]struct{}{
	"s": {}, "t": {}, "also": {}, "would": {}, "could": {}, "mr": {}, "mrs": {}, "ms": {},
	"what": {}, "which": {}, "who": {}, "whom": {}, "why": {}, "how": {}, "when": {}, "where": {},
	"tell": {}, "me": {}, "article": {}, "say": {}, "said": {}, "says": {}, "saying": {},
	"according": {}, "think": {}, "thinks": {}, "know": {}, "please": {}, "anything": {},
	"mention": {}, "mentioned": {}, "talk": {}, "talked": {}, "about": {}, "does": {}, "did": {}, "do": {},
}

// irregular maps past forms of common irregular verbs to their base, which
// a suffix stemmer cannot: "where did the outbreak begin" must meet "began".
// Forms that are also common nouns or adjectives (left, found, saw) are
// left out.
var irregular = map[string]string{
	"began": "begin", "begun": "begin", "went": "go", "gone": "go", "took": "take", "taken": "take",
	"made": "make", "came": "come", "gave": "give", "given": "give", "rose": "rise", "risen": "rise",
	"fell": "fall", "fallen": "fall", "won": "win", "lost": "lose", "met": "meet", "told": "tell",
	"held": "hold", "brought": "bring", "bought": "buy", "paid": "pay", "sold": "sell", "sent": "send",
	"spent": "spend", "built": "build", "thought": "think", "kept": "keep", "led": "lead", "ran": "run",
	"wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak", "chose": "choose",
	"chosen": "choose", "drove": "drive", "driven": "drive", "grew": "grow", "grown": "grow", "knew": "know",
	"known": "know", "seen": "see", "struck": "strike", "fought": "fight", "caught": "catch", "stood": "stand",
	"understood": "understand", "became": "become", "fled": "flee", "sought": "seek", "taught": "teach",
	"threw": "throw", "thrown": "throw", "broke": "break", "broken": "break", "shook": "shake",
	"forbade": "forbid", "forgave": "forgive", "hid": "hide", "sank": "sink", "swore": "swear", "woke": "wake",
}
