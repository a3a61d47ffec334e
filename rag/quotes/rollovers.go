package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaskLinkCards blanks the link cards some news sites paste after a
// lawmaker's name, which copied text keeps: in "Sen. John Thune John
// Randolph ThuneSenate GOP waves Trump off … MORE (R-S.D.) said" the full
// name runs into three headlines and a "MORE" link. Left in, the card
// makes one person of "John Thune John Randolph", takes the headlines'
// quotations for speech and hides the name from the verb after it. The
// card is replaced by spaces, byte for byte, so that every offset into
// the result is an offset into text: the quotations found are text's own.
// Analyze reads text so; callers looking for who an article names should
// too, since a card's headlines name people the article does not.
//
// A card is recognised by its shape alone: a "MORE" in capitals, and
// before it, within one paragraph, the family name that ended the name
// shown ("Thune"), again, glued to the first headline ("ThuneSenate").
func MaskLinkCards(text string) string {
	var b []byte // a copy, made at the first card
	from := 0
	for {
		i := strings.Index(text[from:], " MORE")
		if i < 0 {
			break
		}
		more := from + i + len(" MORE")
		if more < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[more:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				from = more
				continue
			}
		}
		lo := max(from, from+i-maxRollover)
		if nl := strings.LastIndexByte(text[lo:from+i], '\n'); nl >= 0 {
			lo += nl + 1
		}
		if start, ok := rolloverStart(text[lo : from+i]); ok {
			if b == nil {
				b = []byte(text)
			}
			for k := lo + start; k < more; k++ {
				b[k] = ' '
			}
		}
		from = more
	}
	if b == nil {
		return text
	}
	return string(b)
}

// maxRollover bounds the bytes of a card before its "MORE": a full name
// and three headlines.
const maxRollover = 600

// maxRolloverName bounds the words of a full name between the name shown
// and the headline glued to it ("Jeffrey (Jeff) Lane").
const maxRolloverName = 6

// rolloverStart returns where the card in s (which ends just before its
// "MORE") begins: just after the family name of the name shown, and its
// suffix if it has one.
func rolloverStart(s string) (int, bool) {
	type word struct{ start, end int }
	var words []word
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			words = append(words, word{i, j})
		}
		i = j
	}
	for k, w := range words {
		for _, family := range gluedFamilies(s[w.start:w.end]) {
			for p := k - 1; p >= 0 && p >= k-1-maxRolloverName; p-- {
				if s[words[p].start:words[p].end] == family {
					if p+1 < k && suffixWord(s[words[p+1].start:words[p+1].end]) != "" {
						// "Donald Trump Jr. Donald (Don) John TrumpTrump
						// Jr's …": the suffix is the name shown's.
						return words[p+1].end, true
					}
					return words[p].end, true
				}
			}
		}
	}
	return 0, false
}

// gluedFamilies returns the capitalized heads of a word that another
// capitalized word or a number runs into: "ThuneSenate" → "Thune",
// "McCain2020" → "Mc", "McCain".
func gluedFamilies(w string) []string {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return nil
	}
	var heads []string
	prev := ' '
	for i, r := range w {
		if unicode.IsLower(prev) && (unicode.IsUpper(r) || unicode.IsDigit(r)) {
			heads = append(heads, w[:i])
		}
		prev = r
	}
	return heads
}
