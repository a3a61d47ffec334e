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
	"golang.org/x/text/width"
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
		if hasCJK(text[start:end]) {
			toks = appendCJK(toks, text, start, end)
			continue
		}
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

// Chinese, Japanese and Korean write words without spaces between them,
// so a run of letters is a clause, not a word: it was one token, longer
// than maxWordBytes, and had no term at all. As search engines do for
// these scripts (Lucene's CJK bigrams), each pair of adjacent characters
// of a CJK run is a term ("空き家" → "空き", "き家"), a character alone its
// own; letters and digits of other scripts inside the run ("GDP", "２０２４")
// stay words.

// isCJK reports whether r is of a script written without spaces.
func isCJK(r rune) bool {
	return r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) || r == 'ー')
}

func hasCJK(word string) bool {
	for _, r := range word {
		if isCJK(r) {
			return true
		}
	}
	return false
}

// appendCJK appends the tokens of text[start:end], a run of word runes
// holding CJK characters: bigrams of its CJK characters, words of the
// rest. A bigram is its own term, not folded (decomposing kana would drop
// their voicing marks); a pair of hiragana is a stop word.
func appendCJK(toks []Token, text string, start, end int) []Token {
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !isCJK(r) {
			j := i
			for j < end {
				r, size := utf8.DecodeRuneInString(text[j:end])
				if isCJK(r) {
					break
				}
				j += size
			}
			word := fold(text[i:j])
			toks = append(toks, Token{Word: word, Term: termOf(word), Start: i, End: j})
			i = j
			continue
		}
		next := i + size
		r2, size2 := utf8.DecodeRuneInString(text[next:end])
		switch {
		case next < end && isCJK(r2):
			bi := text[i : next+size2]
			term := bi
			if unicode.Is(unicode.Hiragana, r) && unicode.Is(unicode.Hiragana, r2) {
				// Japanese writes its particles and endings in hiragana
				// ("ありますか"): such a pair is a stop word.
				term = ""
			}
			toks = append(toks, Token{Word: bi, Term: term, Start: i, End: next + size2})
		case i == start || !isCJK(lastRune(text[start:i])):
			// A character standing alone between other scripts.
			toks = append(toks, Token{Word: text[i:next], Term: text[i:next], Start: i, End: next})
		}
		i = next
	}
	return toks
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

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
	// Full-width letters and digits ("２０２４", "ＧＤＰ") as typed narrow.
	t := transform.Chain(width.Fold, norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
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
