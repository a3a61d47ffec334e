package quotes

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
)

// koreanGiven is a Korean given name as English news romanizes it, two
// syllables joined by a hyphen, the second in lower case: "Jong-un",
// "Byung-se", "Geun-hye".
var koreanGiven = regexp.MustCompile(`^\p{Lu}\p{Ll}+-\p{Ll}+$`)

// firstNameGender guesses a person's gender from a common English given
// name, so "she said" can skip "Michael Grant" when no title says more. A
// title in the text ("Mr.", "Ms.") overrides it; a name missing here, or
// used by both ("Jordan", "Alex"), leaves the gender unknown, and so
// does a Korean name written family name first, known by its hyphenated
// given name ("Kim Jong-un", "Yun Byung-se"): its "Kim" is no woman's
// given name.
func firstNameGender(name string) gender {
	first, rest, _ := strings.Cut(name, " ")
	if second, _, _ := strings.Cut(rest, " "); koreanGiven.MatchString(second) {
		return unknown
	}
	switch g := givenNames()[strings.ToLower(first)]; g {
	case 'm':
		return male
	case 'f':
		return female
	}
	return unknown
}

// IsGivenName reports whether w is a common given name of one gender in
// English-language news ("Mario", "Hillary"); a name both genders use
// ("Jordan") or one missing from the lists is not.
func IsGivenName(w string) bool {
	_, ok := givenNames()[strings.ToLower(w)]
	return ok
}

// givenNames maps given names to 'm' or 'f': first the frequent ones in
// English-language news (US Social Security and UK ONS lists of past
// decades, unisex names left out), then the rest of the US census's, so
// that "he said" skips "Simone Wendel" and "she wrote" skips "Forrest
// Lucas". The last line of each hand list holds names of US public life
// those lists miss, frequent in its news: "Hillary Clinton" had no
// gender, and "He …" after "Trump", whom an article may never name in
// full, went to her. The male list's very last line holds Russian and
// Ukrainian names the census reads otherwise or not at all: its "Yuri" is
// a woman's, and "she told investigators" went to Yuri Lutsenko.
//
// It is built on first use, not at start-up: parsing the census list
// takes about 0.4 ms, which a command that analyzes no article need not
// pay.
var givenNames = sync.OnceValue(func() map[string]byte {
	m := map[string]byte{}
	for _, n := range strings.Fields(maleNames) {
		m[n] = 'm'
	}
	for _, n := range strings.Fields(femaleNames) {
		m[n] = 'f'
	}
	for line := range strings.Lines(censusNames) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		name, g, ok := strings.Cut(strings.TrimSpace(line), " ")
		if _, known := m[name]; ok && !known && g != "" {
			m[name] = g[0]
		}
	}
	return m
})

// censusNames is givennames.txt: name and gender, one a line, of the
// given names the US census of 1990 found nine in ten of one gender.
//
//go:embed givennames.txt
var censusNames string

const maleNames = `aaron adam adrian ahmed alan albert alexander alfred ali andrew anthony antonio
arthur barry ben benjamin bernard bill billy bob bobby brad bradley brandon brian bruce bryan
carl carlos charles charlie chris christopher colin craig dan daniel darren dave david dennis
derek diego donald douglas duncan dylan edward eric ernest eugene frank fred frederick gary
gavin george gerald gordon graham greg gregory harold harry henry howard hugh ian isaac jack
jacob jake james jason jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jonathan
jorge jose joseph josh joshua juan justin keith ken kenneth kevin kyle larry lawrence leonard
liam louis luis luke malcolm marco marcus mark martin matthew michael miguel mike mohammed
muhammad nathan neil nicholas nick nigel noah oliver omar oscar patrick paul pedro peter
philip phillip ralph raymond richard rick robert roger ronald roy russell ryan samuel scott
sean sebastian sergei simon stanley stephen steve steven stuart ted terry thomas tim timothy
todd tom tony trevor victor vincent vladimir walter wayne william xavier zachary
barack bernie chuck jeb mitch mitt newt reince rudy
yuri yury dmitry dmitri andrei alexei alexey mikhail nikolai igor oleg volodymyr petro`

const femaleNames = `abigail alice alicia alison amanda amber amy ana andrea angela anita ann anna
anne annie barbara betty beverly brenda carmen carol caroline catherine charlotte cheryl
christina christine claire claudia cynthia dana deborah debra denise diana diane donna doris
dorothy elaine eleanor elena elizabeth ellen emily emma erin eva evelyn fatima fiona frances
gloria grace hannah heather helen ingrid irene jacqueline jane janet janice jean jennifer
jessica joan joanna joyce judith judy julia julie karen katherine kathleen kathryn kelly
kimberly laura lauren linda lisa lois lucy lydia margaret maria marie marilyn martha mary
megan melissa michelle nancy natalie nicole olivia pamela patricia paula rachel rebecca rita
rosa rose ruth sally samantha sandra sara sarah sharon shirley sophia sophie stephanie susan
teresa theresa tina valerie victoria virginia wendy yvonne
chelsea debbie hillary huma ivanka kellyanne loretta melania`
