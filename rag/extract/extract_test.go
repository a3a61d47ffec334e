package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

var update = flag.Bool("update", false, "rewrite golden files")

const pagesDir = "../../testdata/pages"

// articlePages are the fixtures that hold a full article.
var articlePages = []string{"sheinbaum", "windows1252", "latin1", "shiftjis", "blog", "liveblog"}

// loadPage reads a fixture and decodes it to UTF-8 the way the fetcher
// does, from its declared charset.
func loadPage(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(pagesDir, name+".html"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := charset.NewReader(bytes.NewReader(raw), "text/html")
	if err != nil {
		t.Fatalf("charset: %v", err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func pageURL(name string) *url.URL {
	return &url.URL{Scheme: "https", Host: "fixtures.test", Path: "/pages/" + name + ".html"}
}

func extractPage(t testing.TB, name string) (*Document, error) {
	t.Helper()
	return HTML(loadPage(t, name), pageURL(name))
}

type golden struct {
	Document *Document `json:",omitempty"`
	Error    string    `json:",omitempty"`
}

func TestHTMLGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(pagesDir, "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		t.Run(name, func(t *testing.T) {
			doc, err := extractPage(t, name)
			g := golden{Document: doc}
			if err != nil {
				g.Error = err.Error()
			}
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("extraction of %s differs from %s (run with -update after checking):\n%s", name, path, got)
			}
		})
	}
}

// seedParagraphs returns the article paragraphs of the seed text: those
// after the dateline and before the newsletter junk.
func seedParagraphs(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/sheinbaum.txt")
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	started := false
	for _, p := range strings.Split(string(b), "\n\n") {
		p = strings.TrimSpace(p)
		switch {
		case strings.HasPrefix(p, "Saturday, 09 August 2025"):
			started = true
			continue
		case strings.HasPrefix(p, "NEWSLETTER"):
			started = false
		}
		if started && p != "" {
			paras = append(paras, p)
		}
	}
	if len(paras) != 14 {
		t.Fatalf("seed has %d article paragraphs, want 14", len(paras))
	}
	return paras
}

func TestSheinbaumKeepsBodyVerbatim(t *testing.T) {
	doc, err := extractPage(t, "sheinbaum")
	if err != nil {
		t.Fatal(err)
	}
	want := seedParagraphs(t)
	got := strings.Split(doc.Text, "\n\n")
	t.Run("paragraphs", func(t *testing.T) {
		if len(got) != len(want) {
			t.Fatalf("got %d paragraphs, want %d:\n%s", len(got), len(want), doc.Text)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("paragraph %d:\n got %q\nwant %q", i, got[i], want[i])
			}
		}
	})
	t.Run("metadata", func(t *testing.T) {
		if doc.Title != "Mexico rejects Trump's plan for military intervention in cartel conflict" {
			t.Errorf("title %q", doc.Title)
		}
		wantTime := time.Date(2025, time.August, 9, 11, 24, 0, 0, time.UTC)
		if !doc.Published.Equal(wantTime) {
			t.Errorf("published %v, want %v", doc.Published, wantTime)
		}
		if doc.Site != "Iran Press TV" {
			t.Errorf("site %q", doc.Site)
		}
		if doc.Language != "en" {
			t.Errorf("language %q", doc.Language)
		}
		if doc.CanonicalURL != "https://www.example-news.test/world/mexico-rejects-trump-plan" {
			t.Errorf("canonical %q", doc.CanonicalURL)
		}
		if len(doc.Warnings) != 0 {
			t.Errorf("warnings %q on a complete article", doc.Warnings)
		}
	})
}

// TestBoilerplateDropped checks that navigation, ads, related links,
// newsletters, comments and footers stay out of the text.
func TestBoilerplateDropped(t *testing.T) {
	tests := []struct {
		page      string
		forbidden []string
	}{
		{"sheinbaum", []string{"Related", "cookie", "NEWSLETTER", "mailing list", "UNITED24", "borderwatcher88",
			"Nobody believes", "intelligence is the only thing", "Most read", "Share", "Advertisement", "Military\n", "Copyright", "Homeland Security"}},
		{"windows1252", []string{"Sections", "Classifieds", "Most popular", "Snow emergency", "Order reprints", "All rights reserved", "light snow"}},
		{"latin1", []string{"cookies", "Noticias relacionadas", "Lo más leído", "Compartir", "Publicidad", "Temas:", "Iniciar sesión"}},
		{"shiftjis", []string{"関連記事", "アクセスランキング", "シェア", "広告", "Copyright"}},
		{"blog", []string{"Recent Posts", "Archives", "Leave a Reply", "seagrass_sam", "Sobering reading", "Share this", "Skip to content", "WordPress", "Previous post"}},
		{"liveblog", []string{"BREAKING", "Load earlier", "morning briefing", "More from Coastline Courier", "Advertisement", "My account"}},
		{"paywall", []string{"Subscribe", "Sign in", "$1 a week", "Privacy"}},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			doc, err := extractPage(t, tt.page)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tt.forbidden {
				if strings.Contains(doc.Text, s) {
					t.Errorf("text contains boilerplate %q", s)
				}
			}
		})
	}
}

// TestBodyKept checks sentences from the start, middle and end of each
// article, quotes included, survive verbatim.
func TestBodyKept(t *testing.T) {
	tests := []struct {
		page  string
		title string
		want  []string
	}{
		{"windows1252", "Riverton council approves $1.2 billion transit overhaul after late-night vote", []string{
			"RIVERTON — After nearly six hours of public comment",
			"“This is the vote people will remember in thirty years,” Mayor Daniel Okafor said",
			"The café owners and shopkeepers",
			"The risk is that construction runs long and the bill grows while everyone waits.\n\n“If I were on the council,",
			"“We’re not naïve about Washington,” said council president Angela Reyes.",
			"at its Feb. 21 meeting.",
		}},
		{"latin1", "Valencia aprueba un plan de 45 millones para proteger la huerta frente a la sequía", []string{
			"El Ayuntamiento de Valencia aprobó este lunes",
			"3,5 kilómetros",
			"«La huerta no es un decorado, es una forma de vida y una despensa», afirmó la concejala",
			"«Almacenar esa agua es imprescindible, pero también lo es usarla mejor.\n\n»Con riego por goteo",
			"según el calendario presentado por el Ayuntamiento.",
		}},
		{"shiftjis", "北浜市、空き家を子育て世帯向け住宅に改修へ ５年で３００戸", []string{
			"北浜市は１５日、市内で増え続ける空き家を",
			"佐藤由美子市長は「空き家は地域の負担ではなく、まちの財産になり得る。",
			"夏ごろに最初の入居者を募集する予定だ。",
		}},
		{"blog", "Deep-sea survey finds coral reef twice the size anyone expected", []string{
			"A team of marine scientists mapping the seafloor",
			"called Desmophyllum pertusum.",
			"“We expected to fill in some gaps on the map,” said Dr. Aoife Brennan,",
			"Why a reef in the dark matters",
			"Depth range: 600 to 1,000 metres.",
			"where the lines should go.\n\n“What we would ask for is a process, not a headline,” he added.",
			"It’s humbling, and it should make us a little more careful.”",
		}},
		{"liveblog", "Harbour Bridge closed as inspectors examine cracked support", []string{
			"\"I'm not going to put a time on it,",
			"Acting Superintendent Mark Delaney told reporters: \"If you don't need to be in the city today, please don't come.",
			"We'll bring you updates throughout the day.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			doc, err := extractPage(t, tt.page)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title {
				t.Errorf("title %q, want %q", doc.Title, tt.title)
			}
			if strings.HasPrefix(doc.Text, tt.title) {
				t.Errorf("text repeats the title")
			}
			last := -1
			for _, s := range tt.want {
				i := strings.Index(doc.Text, s)
				if i < 0 {
					t.Errorf("text lacks %q", s)
					continue
				}
				if i < last {
					t.Errorf("%q out of order", s)
				}
				last = i
			}
		})
	}
}

// TestFixturesAreReallyEncoded guards the encoding tests: a fixture saved
// back as UTF-8 would make them pass without testing anything.
func TestFixturesAreReallyEncoded(t *testing.T) {
	tests := []struct {
		page  string
		bytes []byte
	}{
		{"windows1252", []byte{0x93, 'T', 'h', 'i', 's'}}, // “This in cp1252
		{"windows1252", []byte("caf\xe9")},
		{"latin1", []byte("sequ\xeda")},
		{"shiftjis", []byte("\x96\x6b\x95\x6c")}, // 北浜
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(pagesDir, tt.page+".html"))
			if err != nil {
				t.Fatal(err)
			}
			if utf8.Valid(raw) {
				t.Errorf("%s is valid UTF-8; it should be in its declared legacy encoding", tt.page)
			}
			if !bytes.Contains(raw, tt.bytes) {
				t.Errorf("%s lacks the encoded bytes % x", tt.page, tt.bytes)
			}
		})
	}
}

func TestMetadata(t *testing.T) {
	tests := []struct {
		page                          string
		byline, site, lang, canonical string
		published                     time.Time
	}{
		{"windows1252", "Margaret Ellison", "The Riverton Ledger", "en",
			"http://riverton-ledger.test/news/local/2024/01/17/transit-overhaul-vote/",
			time.Date(2024, 1, 17, 11, 30, 0, 0, time.UTC)},
		{"latin1", "Lucía Ferrer Montoliu", "Diario del Levante", "es",
			"https://diariolevante.test/comunidad/2024/03/12/plan-huerta-sequia.html",
			time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"shiftjis", "", "北浜日報", "ja",
			"https://kitahama-nippo.test/news/20240415/akiya.html",
			time.Date(2024, 4, 15, 9, 0, 0, 0, time.UTC)},
		{"blog", "Hana Nakamura", "The Tidewater Science Blog", "en",
			"https://tidewater-science.test/2024/05/deep-sea-coral-survey/",
			time.Date(2024, 5, 2, 13, 5, 0, 0, time.UTC)},
		{"liveblog", "Priya Raman; Callum O'Neill", "Coastline Courier", "en", "",
			time.Date(2024, 10, 7, 20, 2, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			doc, err := extractPage(t, tt.page)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Byline != tt.byline {
				t.Errorf("byline %q, want %q", doc.Byline, tt.byline)
			}
			if doc.Site != tt.site {
				t.Errorf("site %q, want %q", doc.Site, tt.site)
			}
			if doc.Language != tt.lang {
				t.Errorf("language %q, want %q", doc.Language, tt.lang)
			}
			if doc.CanonicalURL != tt.canonical {
				t.Errorf("canonical %q, want %q", doc.CanonicalURL, tt.canonical)
			}
			if !doc.Published.Equal(tt.published) {
				t.Errorf("published %v, want %v", doc.Published, tt.published)
			}
		})
	}
}

func TestPartialAndEmptyPages(t *testing.T) {
	tests := []struct {
		page        string
		wantErr     string // substring of the error; "" for success
		wantWarning string
	}{
		{page: "paywall", wantWarning: WarnPaywalled},
		{page: "nojs", wantErr: WarnScripts},
		{page: "login", wantErr: WarnLogin},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			doc, err := extractPage(t, tt.page)
			if tt.wantErr != "" {
				if !errors.Is(err, ErrNoArticle) {
					t.Fatalf("err = %v, want ErrNoArticle", err)
				}
				if !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("err %q does not give reason %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !contains(doc.Warnings, tt.wantWarning) {
				t.Errorf("warnings %q lack %q", doc.Warnings, tt.wantWarning)
			}
		})
	}
}

func TestHTMLSmallInputs(t *testing.T) {
	long := strings.Repeat("The council met on Tuesday and voted on the budget for next year. ", 12)
	tests := []struct {
		name    string
		page    string
		url     string
		wantErr bool
		check   func(t *testing.T, d *Document)
	}{
		{name: "empty", page: "", wantErr: true},
		{name: "whitespace", page: " \n\t ", wantErr: true},
		{name: "short paragraph", page: "<html><body><p>Too short to be an article.</p></body></html>", wantErr: true},
		{name: "invalid utf8", page: "<html><body><article><p>" + long + "\xff\xfe</p></article></body></html>",
			check: func(t *testing.T, d *Document) {
				if !utf8.ValidString(d.Text) {
					t.Errorf("text is not valid UTF-8")
				}
			}},
		{name: "relative canonical", url: "https://news.test/a/b?x=1",
			page: `<html><head><link rel="canonical" href="/a/b"></head><body><article><p>` + long + `</p></article></body></html>`,
			check: func(t *testing.T, d *Document) {
				if d.CanonicalURL != "https://news.test/a/b" {
					t.Errorf("canonical %q", d.CanonicalURL)
				}
			}},
		{name: "og url when no link", url: "https://news.test/a",
			page: `<html><head><meta property="og:url" content="https://news.test/story"></head><body><article><p>` + long + `</p></article></body></html>`,
			check: func(t *testing.T, d *Document) {
				if d.CanonicalURL != "https://news.test/story" {
					t.Errorf("canonical %q", d.CanonicalURL)
				}
			}},
		{name: "non-http canonical ignored", url: "https://news.test/a",
			page: `<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><article><p>` + long + `</p></article></body></html>`,
			check: func(t *testing.T, d *Document) {
				if d.CanonicalURL != "" {
					t.Errorf("canonical %q", d.CanonicalURL)
				}
			}},
		{name: "truncated excerpt",
			page: `<html><body><article><p>` + long + `</p><p>And then the mayor said that the…</p></article></body></html>`,
			check: func(t *testing.T, d *Document) {
				if !contains(d.Warnings, WarnTruncated) {
					t.Errorf("warnings %q lack %q", d.Warnings, WarnTruncated)
				}
			}},
		{name: "disqus notice is not a script shell",
			page: `<html><body><article><p>` + long + `</p></article><noscript>Please enable JavaScript to view the comments.</noscript></body></html>`,
			check: func(t *testing.T, d *Document) {
				if len(d.Warnings) != 0 {
					t.Errorf("warnings %q", d.Warnings)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var u *url.URL
			if tt.url != "" {
				var err error
				if u, err = url.Parse(tt.url); err != nil {
					t.Fatal(err)
				}
			}
			d, err := HTML([]byte(tt.page), u)
			if tt.wantErr {
				if !errors.Is(err, ErrNoArticle) {
					t.Fatalf("err = %v, want ErrNoArticle", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkShape(t, d.Text)
			if tt.check != nil {
				tt.check(t, d)
			}
		})
	}
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}]+`)

// TestNothingLostAgainstTrafilatura checks that rebuilding paragraphs from
// the content tree keeps every word of trafilatura's own flat text, in
// order, except the headline moved to Title.
func TestNothingLostAgainstTrafilatura(t *testing.T) {
	for _, name := range append(articlePages, "paywall") {
		t.Run(name, func(t *testing.T) {
			body := loadPage(t, name)
			doc, err := HTML(body, pageURL(name))
			if err != nil {
				t.Fatal(err)
			}
			root, err := html.Parse(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			res, err := trafilatura.ExtractDocument(root, trafilatura.Options{OriginalURL: pageURL(name), EnableFallback: true})
			if err != nil {
				t.Fatal(err)
			}
			theirs := wordRE.FindAllString(res.ContentText, -1)
			ours := wordRE.FindAllString(doc.Title+" "+doc.Text, -1)
			j := 0
			for _, w := range theirs {
				for j < len(ours) && ours[j] != w {
					j++
				}
				if j == len(ours) {
					t.Fatalf("word %q of trafilatura's text is missing or out of order", w)
				}
				j++
			}
		})
	}
}

func TestConcurrentExtraction(t *testing.T) {
	pages := make(map[string][]byte)
	want := make(map[string]string)
	for _, name := range articlePages {
		pages[name] = loadPage(t, name)
		d, err := HTML(pages[name], pageURL(name))
		if err != nil {
			t.Fatal(err)
		}
		want[name] = d.Text
	}
	var wg sync.WaitGroup
	for range 2 {
		for _, name := range articlePages {
			wg.Go(func() {
				d, err := HTML(pages[name], pageURL(name))
				if err != nil {
					t.Error(err)
					return
				}
				if d.Text != want[name] {
					t.Errorf("%s: concurrent extraction differs", name)
				}
			})
		}
	}
	wg.Wait()
}

func TestPlainText(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/sheinbaum.txt")
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Repeat("word ", MinWords)
	tests := []struct {
		name      string
		in        string
		wantErr   bool
		wantTitle string
		wantText  string
	}{
		// The seed is a page copied whole: site chrome, then the headline.
		{name: "seed", in: string(seed), wantTitle: "Mexico rejects Trump's plan for military intervention in cartel conflict"},
		{name: "headline after chrome", in: "Donate to our appeal today\nWorld News\nFloods close mountain roads in Tyrol\nBy A. Writer\n\nHeavy floods closed mountain roads across Tyrol on Monday. " + body,
			wantTitle: "Floods close mountain roads in Tyrol", wantText: "By A. Writer\n\nHeavy floods closed mountain roads across Tyrol on Monday. " + strings.TrimSpace(body)},
		{name: "no line matches the lead: the first", in: "Notes\nSecond line\n\n" + body,
			wantTitle: "Notes", wantText: "Second line\n\n" + strings.TrimSpace(body)},
		// No headline: the lead paragraph stays text, and its first
		// sentence, cut short, names the document.
		{name: "a paragraph first stays text", in: "\n" + strings.Repeat("long ", 30) + "\n\n" + body,
			wantTitle: strings.TrimSpace(strings.Repeat("long ", 20)) + "…", wantText: strings.TrimSpace(strings.Repeat("long ", 30)) + "\n\n" + strings.TrimSpace(body)},
		{name: "an abbreviation does not end the lead sentence", in: "FERGUSON, Mo. (CBS St. Louis) – A group gathered near Busch Stadium on Sunday. Organizers said it was meant to be peaceful.\n\n" + body,
			wantTitle: "FERGUSON, Mo. (CBS St. Louis) – A group gathered near Busch Stadium on Sunday.", wantText: "FERGUSON, Mo. (CBS St. Louis) – A group gathered near Busch Stadium on Sunday. Organizers said it was meant to be peaceful.\n\n" + strings.TrimSpace(body)},
		{name: "a lead paragraph's first sentence is the title", in: "White House Chief of Staff Denis McDonough says no threats were made. McDonough, making the rounds of the Sunday talk shows, said the administration merely explained the law.\n\n" + body,
			wantTitle: "White House Chief of Staff Denis McDonough says no threats were made.", wantText: "White House Chief of Staff Denis McDonough says no threats were made. McDonough, making the rounds of the Sunday talk shows, said the administration merely explained the law.\n\n" + strings.TrimSpace(body)},
		{name: "a paragraph ends the look", in: "Title here\n" + strings.Repeat("long ", 30) + "\nTyrol floods\n\nTyrol floods again. " + body,
			wantTitle: "Title here"},
		{name: "a short lead paragraph is text, not chrome", in: "Hewitt blasts umpires\n\nAustralian Lleyton Hewitt hit out at the umpiring after losing in Sydney.\n\nHewitt lost to Chris Guccione and said line-calling technology made umpires lazy.\n\nChris Guccione said technology and umpires helped Hewitt lose. " + body,
			wantTitle: "Hewitt blasts umpires", wantText: "Australian Lleyton Hewitt hit out at the umpiring after losing in Sydney.\n\nHewitt lost to Chris Guccione and said line-calling technology made umpires lazy.\n\nChris Guccione said technology and umpires helped Hewitt lose. " + strings.TrimSpace(body)},
		{name: "wrapped lines", in: "\n\n  My title  \nfirst line\nsecond  line\n\n\n\nnext " + body + "\n",
			wantTitle: "My title", wantText: "first line second line\n\nnext " + strings.TrimSpace(body)},
		{name: "crlf", in: "T\r\na\r\nb\r\n\r\n" + body,
			wantTitle: "T", wantText: "a b\n\n" + strings.TrimSpace(body)},
		{name: "whitespace-only lines separate paragraphs", in: "T\na\n \t \n" + body,
			wantTitle: "T", wantText: "a\n\n" + strings.TrimSpace(body)},
		{name: "title only", in: "Just a title\n", wantErr: true},
		{name: "empty", in: "", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := PlainText([]byte(tt.in))
			if tt.wantErr {
				if !errors.Is(err, ErrNoArticle) {
					t.Fatalf("err = %v, want ErrNoArticle", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.wantTitle {
				t.Errorf("title %q, want %q", d.Title, tt.wantTitle)
			}
			if tt.wantText != "" && d.Text != tt.wantText {
				t.Errorf("text %q, want %q", d.Text, tt.wantText)
			}
			checkShape(t, d.Text)
		})
	}
	t.Run("seed paragraphs", func(t *testing.T) {
		d, err := PlainText(seed)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range seedParagraphs(t) {
			if !strings.Contains(d.Text, "\n\n"+p+"\n\n") {
				t.Errorf("text lacks paragraph %q", p)
			}
		}
		if d.Language != "en" {
			t.Errorf("language %q", d.Language)
		}
	})
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"inline joins", "<p>a <em>b</em>. c</p>", []string{"a b. c"}},
		{"blocks split", "<p>a</p><h2>b</h2><ul><li>c</li><li>d</li></ul><blockquote>e</blockquote>", []string{"a", "b", "c", "d", "e"}},
		{"single br is a space", "<p>a<br>b</p>", []string{"a b"}},
		{"double br splits", "<div>a<br> <br>b</div>", []string{"a", "b"}},
		{"table rows", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", []string{"a b", "c"}},
		{"whitespace collapsed", "<p>\n  a \u00a0\t b\n</p>", []string{"a b"}},
		{"scripts and images skipped", "<p>a<script>x()</script><img alt=\"z\">b</p>", []string{"ab"}},
		{"empty blocks dropped", "<p> </p><div><p>a</p></div><p></p>", []string{"a"}},
		{"quotes untouched", "<p>\"It's\" &ldquo;x&rdquo; &#39;y&#39;</p>", []string{"\"It's\" “x” 'y'"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			got := paragraphs(root)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCollapseSpace(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"trim", "  a  ", "a"},
		{"runs", "a \t\n\r b", "a b"},
		{"nbsp and ideographic space", "a\u00a0b\u3000c", "a b c"},
		{"invisible", "a\u200bb\u00adc\ufeff", "abc"},
		{"controls", "a\x00b\x07c", "abc"},
		{"punctuation kept", "“a” ‘b’ \"c\" 'd' …", "“a” ‘b’ \"c\" 'd' …"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := collapseSpace(tt.in); got != tt.want {
				t.Errorf("collapseSpace(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWordCount(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"empty", "", 0},
		{"latin", "one two  three", 3},
		{"punctuation token", "a — b", 3},
		{"cjk", "北浜市は１５日", 4},
		{"mixed", "abc 北浜", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := WordCount(tt.in); got != tt.want {
				t.Errorf("WordCount(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

// TestFirstCJK holds isCJK's shortcut to the tables it skips: nothing
// below firstCJK is in them, and firstCJK is.
func TestFirstCJK(t *testing.T) {
	in := func(r rune) bool {
		return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
	}
	for r := rune(0); r < firstCJK; r++ {
		if in(r) {
			t.Fatalf("%U is in the CJK tables, below firstCJK %U", r, firstCJK)
		}
	}
	if !in(firstCJK) || !isCJK(firstCJK) {
		t.Fatalf("firstCJK %U is not in the CJK tables", firstCJK)
	}
}

func TestPickPublished(t *testing.T) {
	day := time.Date(2024, 10, 8, 0, 0, 0, 0, time.UTC)
	sydney := time.FixedZone("AEDT", 11*3600)
	precise := time.Date(2024, 10, 8, 7, 2, 0, 0, sydney)
	other := time.Date(2023, 1, 1, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		day      time.Time
		explicit []time.Time
		want     time.Time
	}{
		{"same day takes the time", day, []time.Time{other, precise}, precise.UTC()},
		{"other day keeps the day", day, []time.Time{other}, day},
		{"no day takes metadata", time.Time{}, []time.Time{other}, other},
		{"nothing", time.Time{}, nil, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pickPublished(tt.day, tt.explicit); !got.Equal(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPrimaryLanguage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"en-US", "en"}, {"es_ES", "es"}, {"JA", "ja"}, {"fil", "fil"}, {"", ""}, {"english", ""}, {"e1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := primaryLanguage(tt.in); got != tt.want {
				t.Errorf("primaryLanguage(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTruncated(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  bool
	}{
		{"none", nil, false},
		{"full stop", []string{"It ended."}, false},
		{"ellipsis", []string{"a", "and then…"}, true},
		{"three dots", []string{"and then..."}, true},
		{"read more", []string{"body", "Read more"}, true},
		{"long paragraph starting read more", []string{"Read more about this in a very long closing paragraph that is real text."}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := truncated(tt.paras); got != tt.want {
				t.Errorf("truncated(%q) = %v, want %v", tt.paras, got, tt.want)
			}
		})
	}
}

// checkShape asserts the Text contract.
func checkShape(t *testing.T, text string) {
	t.Helper()
	if !utf8.ValidString(text) {
		t.Errorf("text is not valid UTF-8")
	}
	if strings.Contains(text, "\n\n\n") {
		t.Errorf("text has more than one blank line between paragraphs")
	}
	if text != strings.TrimSpace(text) {
		t.Errorf("text has leading or trailing space")
	}
	for _, p := range strings.Split(text, "\n\n") {
		if p != collapseSpace(p) {
			t.Errorf("paragraph %q has uncollapsed space", p)
		}
	}
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

func FuzzHTML(f *testing.F) {
	for _, name := range []string{"sheinbaum", "paywall", "nojs"} {
		f.Add(loadPage(f, name))
	}
	f.Add([]byte("<p>a<br><br>b</p>"))
	f.Add([]byte("<html lang=\"\xff\"><table><tr><td>x</td></tr></table>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		d, err := HTML(body, pageURL("fuzz"))
		if err != nil {
			return
		}
		checkShape(t, d.Text)
		for _, s := range []string{d.Title, d.Byline, d.Site, d.Language, d.CanonicalURL} {
			if !utf8.ValidString(s) {
				t.Errorf("metadata %q is not valid UTF-8", s)
			}
		}
	})
}

func FuzzPlainText(f *testing.F) {
	f.Add([]byte("Title\n\nbody line\nnext\n\n\npara"))
	f.Add([]byte("\r\n\xff\r\n"))
	f.Fuzz(func(t *testing.T, body []byte) {
		d, err := PlainText(body)
		if err != nil {
			return
		}
		checkShape(t, d.Text)
		if !utf8.ValidString(d.Title) || strings.Contains(d.Title, "\n") {
			t.Errorf("bad title %q", d.Title)
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	for _, name := range []string{"sheinbaum", "blog"} {
		body := loadPage(b, name)
		u := pageURL(name)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if _, err := HTML(body, u); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestShortWarning: the partial-article warning is decided here, once,
// on the CJK-aware count: a Japanese article of a few hundred characters
// is not "9 words".
func TestShortWarning(t *testing.T) {
	english := strings.Repeat("The council voted on the budget again today. ", 12)
	japanese := strings.Repeat("北浜市は十五日、市内で増え続ける空き家を子育て世帯向けの住宅に改修すると発表した。", 8)
	tests := []struct {
		name, text string
		minWords   int
		short      bool
	}{
		{"short English text", english, 90, true},
		{"Japanese article", japanese, 150, false},
		{"long English text", strings.Repeat(english, 3), 250, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := PlainText([]byte("Title\n\n" + tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Words < tt.minWords || doc.Words != WordCount(doc.Text) {
				t.Errorf("Words = %d, WordCount = %d, want at least %d", doc.Words, WordCount(doc.Text), tt.minWords)
			}
			if got := contains(doc.Warnings, WarnShort); got != tt.short {
				t.Errorf("warnings %q: short = %v, want %v", doc.Warnings, got, tt.short)
			}
		})
	}
	t.Run("Japanese page", func(t *testing.T) {
		doc, err := extractPage(t, "shiftjis")
		if err != nil {
			t.Fatal(err)
		}
		if doc.Words < 150 || len(doc.Warnings) != 0 {
			t.Errorf("Words = %d, warnings %q", doc.Words, doc.Warnings)
		}
	})
}
