package lexical

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

func TestTerms(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"stems and drops stop words", "What did Sheinbaum say about the invasion?", []string{"sheinbaum", "invas"}},
		{"possessive dropped", "Trump's plan", []string{"trump", "plan"}},
		{"curly possessive", "Mexico’s government", []string{"mexico", "govern"}},
		{"diacritics folded", "Farfán-Méndez warned", []string{"farfan", "mendez", "warn"}},
		{"numbers kept", "eight cartels, 2025", []string{"eight", "cartel", "2025"}},
		{"US is not a stop word", "the US military", []string{"us", "militari"}},
		{"empty", "", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Terms(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Terms(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTokenizeOffsets(t *testing.T) {
	in := "“Café” isn’t — 10.5% Trump's"
	for _, tok := range Tokenize(in) {
		if tok.Start < 0 || tok.End > len(in) || tok.Start >= tok.End {
			t.Fatalf("bad offsets %+v", tok)
		}
		if fold(in[tok.Start:tok.End]) != tok.Word {
			t.Errorf("text[%d:%d] = %q, word %q", tok.Start, tok.End, in[tok.Start:tok.End], tok.Word)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	f.Add("Mr. Smith's \"quote\" — 3.5%")
	f.Add("\xff\xfe broken")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range Tokenize(s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("bad offsets %+v in %q", tok, s)
			}
			if !utf8.ValidString(tok.Term) && utf8.ValidString(s) {
				t.Fatalf("invalid term %q", tok.Term)
			}
			prev = tok.End
		}
	})
}

func BenchmarkTerms(b *testing.B) {
	text := "Mexican President Claudia Sheinbaum has firmly dismissed the possibility of a US military invasion targeting cartels in Mexico, after reports emerged of President Donald Trump ordering the Pentagon to use military force against the Latin American drug networks. "
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Terms(text)
	}
}

func TestWords(t *testing.T) {
	got := Words("What did he do?")
	want := []string{"what", "did", "he", "do"}
	if !slices.Equal(got, want) {
		t.Errorf("Words = %q, want %q", got, want)
	}
	if got := Words("Officials resigned"); !slices.Equal(got, Terms("Officials resigned")) {
		t.Errorf("content words must keep their terms: %q", got)
	}
}

// TestRelated pins the WordNet relations the engine leans on for news
// paraphrase, and that the table holds no self-relations.
func TestRelated(t *testing.T) {
	for _, tc := range []struct {
		word, rel string
		kind      byte
	}{
		{"died", "killed", Cause},
		{"killed", "died", Cause},
		{"invasion", "invade", Derivation},
		{"death", "die", Derivation},
		{"murdered", "slay", Synonym},
		{"tired", "weary", Synonym},
		{"fed up", "tired of", Synonym},
		{"tired of", "fed up", Synonym},
		{"died", "passed away", Synonym},
	} {
		t.Run(tc.word, func(t *testing.T) {
			// A phrase's entry is its words as Words gives them, joined by "_".
			key := func(s string) string { return strings.Join(Words(s), "_") }
			want := Relation{key(tc.rel), tc.kind}
			if rs := Related(key(tc.word)); !slices.Contains(rs, want) {
				t.Errorf("Related(%q) = %v, lacks %v", key(tc.word), rs, want)
			}
		})
	}
	tab := wordnet()
	for i := range tab.lines {
		term := string(tab.key(i))
		if i > 0 && string(tab.key(i-1)) >= term {
			t.Fatalf("line %d: %q after %q: the table must be sorted for its search", i, term, tab.key(i-1))
		}
		rs := Related(term)
		if len(rs) == 0 {
			t.Fatalf("%q: not found, or no relations", term)
		}
		for _, r := range rs {
			if r.Term == term || r.Term == "" {
				t.Fatalf("%q related to %q", term, r.Term)
			}
		}
	}
	for _, term := range []string{"zzzz", "", "a", "\xff"} {
		if Related(term) != nil {
			t.Errorf("the unknown term %q has relations", term)
		}
	}
}

// BenchmarkLoadRelated measures what the first question after a start
// pays to open the WordNet table, next to decompressing it alone.
func BenchmarkLoadRelated(b *testing.B) {
	b.Run("open", func(b *testing.B) {
		for b.Loop() {
			loadWordnet()
		}
	})

}

// TestTermCache checks remembered terms are the terms: from many
// goroutines at once, and after the cache has filled and started over.
func TestTermCache(t *testing.T) {
	words := []string{"invasion", "communities", "said", "the", "running", "2026", "Méndez", "tariffs"}
	want := make([]string, len(words))
	for i, w := range words {
		want[i] = makeTerm(fold(w))
	}
	check := func() {
		for i, w := range words {
			if got := Stem(w); got != want[i] {
				t.Errorf("Stem(%q) = %q, want %q", w, got, want[i])
			}
		}
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(check)
	}
	wg.Wait()
	for i := range maxCachedTerms + 10 {
		Stem(fmt.Sprintf("word%dx", i))
	}
	terms.RLock()
	n := len(terms.m)
	terms.RUnlock()
	if n > maxCachedTerms {
		t.Errorf("cache holds %d terms, bound %d", n, maxCachedTerms)
	}
	check()
}

// TestCJKBigrams: a run of Chinese, Japanese or Korean characters is cut
// into overlapping pairs, each a term at its place in the text; other
// scripts inside the run stay words.
func TestCJKBigrams(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"空き家", []string{"空き", "き家"}},
		// A digit is no CJK character: "約" ends a run, "２" is a word,
		// full-width as typed narrow.
		{"市内の空き家は約２万戸", []string{"市内", "内の", "の空", "空き", "き家", "家は", "は約", "2", "万戸"}},
		{"GDP成長率", []string{"gdp", "成長", "長率"}},
		{"北浜市、空き家", []string{"北浜", "浜市", "空き", "き家"}},
		{"家", []string{"家"}},
		{"ありますか", []string{"あり", "りま", "ます", "すか"}}, // words, but stop words: no terms
		{"서울 공항에서", []string{"서울", "공항", "항에", "에서"}},
		{"Sheinbaum said", []string{"sheinbaum", "said"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.text) {
			got = append(got, tok.Word)
			if w := tt.text[tok.Start:tok.End]; fold(w) != tok.Word && w != tok.Word {
				t.Errorf("%q: token %q at [%d:%d] is %q in the text", tt.text, tok.Word, tok.Start, tok.End, w)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Tokenize(%q) words = %q, want %q", tt.text, got, tt.want)
		}
	}
	if ts := Terms("空き家はありますか"); !slices.Equal(ts, []string{"空き", "き家", "家は"}) {
		t.Errorf("terms %q: a pair of hiragana is a stop word", ts)
	}
}
