package cite

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

const article = "“The United States is not going to come to Mexico with the military,” President Claudia Sheinbaum said on Friday.\n\n" +
	"“We co-operate, we collaborate, but there is not going to be an invasion. That is ruled out, absolutely ruled out.”\n\n" +
	"Cecilia Farfán-Méndez warned of “very serious consequences” — and said: it’s over… for now. Prices rose 5%... again.\n\n" +
	"« Nous refusons », dit-il.\u00a0Rubio's “plan” was ‘final’ — for\tnow."

func TestVerify(t *testing.T) {
	tests := []struct {
		name, quote, want string
		err               bool
	}{
		{"exact", "The United States is not going to come to Mexico with the military", "The United States is not going to come to Mexico with the military", false},
		{"extra spaces and newline", "That is  ruled out,\n absolutely ruled out.", "That is ruled out, absolutely ruled out.", false},
		{"spaces around quote trimmed", " \t That is ruled out \n", "That is ruled out", false},
		{"newline run matches paragraph break", "Friday. “We co-operate", "Friday.\n\n“We co-operate", false},
		{"no-break space matches space", "dit-il. Rubio's", "dit-il.\u00a0Rubio's", false},
		{"ideographic space trimmed", "\u3000for now.\u3000", "for now.", false},
		{"tab matches space", "— for now", "— for\tnow", false},
		{"straight quotes for curly", `military," President`, "military,” President", false},
		{"curly for straight class members", "“plan”", "plan", false},
		{"guillemets in the quote class", `"Nous refusons"`, "Nous refusons", false},
		{"guillemets kept inside", `" Nous refusons ", dit`, "« Nous refusons », dit", false},
		{"wrapping quote marks stripped", `"That is ruled out"`, "That is ruled out", false},
		{"nested wrapping stripped", `“"That is ruled out"”`, "That is ruled out", false},
		{"apostrophe variant", "it's over", "it’s over", false},
		{"straight apostrophe kept", "Rubio’s", "Rubio's", false},
		{"single quotes as a class", "was 'final'", "was ‘final’", false},
		{"dash variant", "consequences” - and said", "consequences” — and said", false},
		{"hyphen class", "Farfán–Méndez", "Farfán-Méndez", false},
		{"ellipsis as three dots", "it's over... for now", "it’s over… for now", false},
		{"three dots as ellipsis", "5%… again", "5%... again", false},
		{"ellipsis alone", "...", "…", false},
		{"changed word", "That is ruled out, completely ruled out", "", true},
		{"dropped word", "That is ruled, absolutely ruled out", "", true},
		{"case differs", "that is ruled out", "", true},
		{"accent differs", "Farfan-Mendez", "", true},
		{"missing dash", "cooperate", "", true},
		{"missing space", "Thatis ruled out", "", true},
		{"two dots are not an ellipsis", "over.. for now", "", true},
		{"quote mark is not an apostrophe", `it"s over`, "", true},
		{"dash is not a space", "co operate", "", true},
		{"empty", "", "", true},
		{"whitespace only", " \n\u00a0 ", "", true},
		{"only quote marks", `""`, "", true},
		{"beyond the text", "again.\n\nMore", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, e, err := Verify(article, tc.quote)
			if tc.err {
				if !errors.Is(err, ErrQuoteNotFound) {
					t.Fatalf("err = %v, want ErrQuoteNotFound (matched %q)", err, article[s:e])
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := article[s:e]; got != tc.want {
				t.Errorf("matched %q, want %q", got, tc.want)
			}
			if !slices.Equal(units(article[s:e]), units(clean(tc.quote))) {
				t.Errorf("matched span folds to %q, quote to %q", string(units(article[s:e])), string(units(clean(tc.quote))))
			}
		})
	}
}

func TestVerifyNear(t *testing.T) {
	text := "He said no. Later, he said no. Finally he said no."
	tests := []struct {
		name      string
		hint      int
		wantStart int
	}{
		{"before all", -5, 3},
		{"at first", 0, 3},
		{"closest is second", 20, 22},
		{"tie goes to the earlier", 32, 22},
		{"past the end", 1000, 42},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, e, err := VerifyNear(text, "said no", tc.hint)
			if err != nil {
				t.Fatal(err)
			}
			if s != tc.wantStart || text[s:e] != "said no" {
				t.Errorf("got %d %q, want start %d", s, text[s:e], tc.wantStart)
			}
		})
	}
}

func TestVerifyInvalidUTF8(t *testing.T) {
	text := "caf\xc3\xa9 \xff ok \xe2\x82x"
	tests := []struct {
		name, quote string
		found       bool
	}{
		{"same invalid byte", "\xff ok", true},
		{"truncated sequence", "\xe2\x82x", true},
		{"continuation byte of a valid rune", "\xa9", false},
		{"replacement character is not an invalid byte", "\uFFFD ok", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, e, err := Verify(text, tc.quote)
			if (err == nil) != tc.found {
				t.Fatalf("found = %v (%q), want %v", err == nil, text[s:e], tc.found)
			}
		})
	}
}

func TestLink(t *testing.T) {
	tests := []struct {
		name, url, quote, want string
	}{
		{"short quote is exact", "https://news.test/a", "absolutely ruled out.",
			"https://news.test/a#:~:text=absolutely%20ruled%20out."},
		{"over ten words uses start,end", "https://news.test/a", "The United States is not going to come to Mexico with the military",
			"https://news.test/a#:~:text=The%20United%20States%20is%20not,to%20Mexico%20with%20the%20military"},
		{"long quote, fragment replaced", "https://news.test/a#comments", "“We co-operate, we collaborate, but there is not going to be an invasion. That is ruled out, absolutely ruled out.”",
			"https://news.test/a#:~:text=We%20co%2Doperate%2C%20we%20collaborate%2C%20but,ruled%20out%2C%20absolutely%20ruled%20out."},
		{"query kept, syntax and non-ASCII encoded", "https://news.test/a?x=1&y=a,b", "Farfán-Méndez warned",
			"https://news.test/a?x=1&y=a,b#:~:text=Farf%C3%A1n%2DM%C3%A9ndez%20warned"},
		{"percent and ampersand", "http://news.test/b", "rose 5%... again",
			"http://news.test/b#:~:text=rose%205%25...%20again"},
		{"whitespace runs become one space", "https://news.test/a", "‘final’ — for\tnow",
			"https://news.test/a#:~:text=%E2%80%98final%E2%80%99%20%E2%80%94%20for%20now"},
		{"local file left alone", "file:///tmp/a.txt", "That is ruled out", "file:///tmp/a.txt"},
		{"other scheme left alone", "ftp://news.test/a#x", "That is ruled out", "ftp://news.test/a#x"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, e, err := Verify(article, tc.quote)
			if err != nil {
				t.Fatal(err)
			}
			got := Link(tc.url, article, s, e)
			if got != tc.want {
				t.Errorf("Link =\n %s\nwant\n %s", got, tc.want)
			}
			if again := Link(tc.url, article, s, e); again != got {
				t.Errorf("not deterministic: %s then %s", got, again)
			}
		})
	}
}

func TestLinkStartTermUnique(t *testing.T) {
	// The first five words also open an earlier sentence, so textStart
	// must grow until only the quote's own opening matches.
	text := "We will not raise taxes this year. Then: we will not raise taxes on families who already struggle to pay rent."
	quote := "we will not raise taxes on families who already struggle to pay rent."
	s := strings.LastIndex(text, quote)
	got := Link("https://news.test/t", text, s, s+len(quote))
	want := "https://news.test/t#:~:text=we%20will%20not%20raise%20taxes%20on,already%20struggle%20to%20pay%20rent."
	if got != want {
		t.Errorf("Link =\n %s\nwant\n %s", got, want)
	}
}

func TestLinkEndTermUnique(t *testing.T) {
	// "will go up and up" also ends the quote's first clause, where the
	// browser would stop the highlight; textEnd must grow past it.
	quote := "The council says that rents will go up and up, and then rents will go up and up"
	text := "Tenants are angry. " + quote + "."
	s := strings.Index(text, quote)
	got := Link("https://news.test/t", text, s, s+len(quote))
	want := "https://news.test/t#:~:text=The%20council%20says%20that%20rents,rents%20will%20go%20up%20and%20up"
	if got != want {
		t.Errorf("Link =\n %s\nwant\n %s", got, want)
	}
}

func TestLinkEdgeCases(t *testing.T) {
	long := strings.Repeat("x", 100)
	text := "see " + long + " here"
	tests := []struct {
		name, url  string
		start, end int
		want       string
	}{
		{"one long word stays exact", "https://n.test/", 4, 104, "https://n.test/#:~:text=" + long},
		{"empty span", "https://n.test/#f", 3, 3, "https://n.test/#f"},
		{"whitespace span drops the fragment", "https://n.test/#f", 3, 4, "https://n.test/"},
		{"out of range", "https://n.test/", 0, 1000, "https://n.test/"},
		{"negative start", "https://n.test/", -1, 2, "https://n.test/"},
		{"unparsable URL", "http://a b\x7f/", 0, 3, "http://a b\x7f/"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Link(tc.url, text, tc.start, tc.end); got != tc.want {
				t.Errorf("Link = %s, want %s", got, tc.want)
			}
		})
	}
}

func FuzzVerify(f *testing.F) {
	f.Add(article, 3, 40)
	f.Add("a  b\xff “c”…", 0, 5)
	f.Add("..…. —-", 1, 7)
	f.Fuzz(func(t *testing.T, text string, i, j int) {
		if len(text) == 0 {
			return
		}
		i, j = abs(i)%(len(text)+1), abs(j)%(len(text)+1)
		if i > j {
			i, j = j, i
		}
		quote := text[i:j]
		s, e, err := Verify(text, quote)
		if err != nil {
			if clean(quote) != "" && boundary(text, i) && boundary(text, j) {
				t.Fatalf("substring %q of %q not found: %v", quote, text, err)
			}
			return
		}
		if s < 0 || e > len(text) || s > e {
			t.Fatalf("bad offsets %d,%d", s, e)
		}
		if !slices.Equal(units(text[s:e]), units(clean(quote))) {
			t.Fatalf("matched %q for %q", text[s:e], quote)
		}
		if at := i + runeIndex(quote, clean(quote)); s > at && boundary(text, i) && boundary(text, j) {
			t.Fatalf("first match at %d, but the quote is at %d", s, at)
		}
		if l := Link("https://n.test/", text, s, e); !strings.HasPrefix(l, "https://n.test/") {
			t.Fatalf("Link = %q", l)
		}
	})
}

// units is the folded form Verify compares.
func units(s string) []rune { return compile(s, false).u }

// runeIndex is strings.Index counting only matches that leave every rune
// of s whole.
func runeIndex(s, sub string) int {
	for k := range s {
		if strings.HasPrefix(s[k:], sub) && boundary(s, k+len(sub)) {
			return k
		}
	}
	return -1
}

// boundary reports whether off is where a rune starts when text is
// decoded from the beginning, so a cut there leaves every rune whole.
func boundary(text string, off int) bool {
	for i := 0; i < len(text); {
		if i == off {
			return true
		}
		if i > off {
			return false
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return off == len(text)
}

// benchArticle is about 10,000 words with the quote near the end, the
// worst place for a first match.
func benchArticle() string {
	return strings.Repeat("Officials met on Monday to discuss the budget, and talks went on late into the night. ", 625) + article
}

func BenchmarkVerify(b *testing.B) {
	text := benchArticle()
	quote := "We co-operate, we collaborate, but there is not going to be an invasion. That is ruled out, absolutely ruled out."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, _, err := Verify(text, quote); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyCommonStart(b *testing.B) {
	// A quote opening with a quote mark and then a word the article uses
	// everywhere: the slow path, decoding every rune.
	text := benchArticle()
	quote := `"We co-operate, we collaborate, but there is not going to be an invasion`
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, _, err := Verify(text, quote); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyMissing(b *testing.B) {
	text := benchArticle()
	quote := "Officials met on Monday to discuss the budget, and talks went on late into the morning."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, _, err := Verify(text, quote); err == nil {
			b.Fatal("found")
		}
	}
}

func BenchmarkLink(b *testing.B) {
	text := benchArticle()
	quote := "We co-operate, we collaborate, but there is not going to be an invasion. That is ruled out, absolutely ruled out."
	s := strings.Index(text, quote)
	for b.Loop() {
		Link("https://news.test/a", text, s, s+len(quote))
	}
}
