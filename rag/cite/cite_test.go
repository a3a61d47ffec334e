package cite

import (
	"errors"
	"strings"
	"testing"
)

const article = "“The United States is not going to come to Mexico with the military,” President Claudia Sheinbaum said on Friday.\n\n" +
	"“We co-operate, we collaborate, but there is not going to be an invasion. That is ruled out, absolutely ruled out.”\n\n" +
	"Cecilia Farfán-Méndez warned of “very serious consequences” — and said: it’s over… for now."

func TestVerify(t *testing.T) {
	tests := []struct {
		name, quote, want string
		err               bool
	}{
		{"exact", "The United States is not going to come to Mexico with the military", "The United States is not going to come to Mexico with the military", false},
		{"extra spaces and newline", "That is  ruled out,\n absolutely ruled out.", "That is ruled out, absolutely ruled out.", false},
		{"straight quotes for curly", `"We co-operate, we collaborate`, "“We co-operate, we collaborate", false},
		{"wrapping quote marks stripped", `"That is ruled out"`, "That is ruled out", false},
		{"apostrophe variant", "it's over", "it’s over", false},
		{"dash variant", "consequences” - and said", "consequences” — and said", false},
		{"hyphen class", "Farfán–Méndez", "Farfán-Méndez", false},
		{"ellipsis as three dots", "it's over... for now", "it’s over… for now", false},
		{"changed word", "That is ruled out, completely ruled out", "", true},
		{"case differs", "that is ruled out", "", true},
		{"empty", "  ", "", true},
		{"only quote marks", `""`, "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, e, err := Verify(article, tc.quote)
			if tc.err {
				if !errors.Is(err, ErrQuoteNotFound) {
					t.Fatalf("err = %v, want ErrQuoteNotFound (got %q)", err, article[s:e])
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := article[s:e]; got != tc.want {
				t.Errorf("matched %q, want %q", got, tc.want)
			}
		})
	}
}

func TestVerifyNear(t *testing.T) {
	text := "He said no. Later, he said no. Finally he said no."
	s, _, err := VerifyNear(text, "he said no", 20)
	if err != nil || s != 19 {
		t.Fatalf("start = %d err %v, want 19", s, err)
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
		{"syntax characters encoded", "https://news.test/a?x=1", "Farfán-Méndez warned",
			"https://news.test/a?x=1#:~:text=Farf%C3%A1n%2DM%C3%A9ndez%20warned"},
		{"local file left alone", "file:///tmp/a.txt", "That is ruled out", "file:///tmp/a.txt"},
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
		})
	}
}

func FuzzVerify(f *testing.F) {
	f.Add(article, 3, 40)
	f.Add("a  b\xff “c”…", 0, 5)
	f.Fuzz(func(t *testing.T, text string, i, j int) {
		if len(text) == 0 {
			return
		}
		i, j = abs(i)%len(text), abs(j)%len(text)
		if i > j {
			i, j = j, i
		}
		quote := text[i:j]
		s, e, err := Verify(text, quote)
		if err != nil {
			if strings.TrimSpace(quote) != "" && strings.Trim(clean(quote), " ") != "" && isValid(quote) {
				t.Fatalf("substring %q of %q not found: %v", quote, text, err)
			}
			return
		}
		if s < 0 || e > len(text) || s > e {
			t.Fatalf("bad offsets %d,%d", s, e)
		}
		if string(normalize(text[s:e]).s) != string(normalize(clean(quote)).s) && isValid(quote) {
			t.Fatalf("matched %q for %q", text[s:e], quote)
		}
	})
}

// isValid is true when slicing did not cut a multi-byte character, which
// would make the quote something the text does not contain.
func isValid(s string) bool { return strings.ToValidUTF8(s, "") == s }

func BenchmarkVerify(b *testing.B) {
	text := strings.Repeat("Officials met on Monday to discuss the budget, and talks went on late into the night. ", 1000) + article
	for b.Loop() {
		if _, _, err := Verify(text, "That is ruled out, absolutely ruled out."); err != nil {
			b.Fatal(err)
		}
	}
}
