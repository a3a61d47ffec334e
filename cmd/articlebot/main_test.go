package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/rag/embed"
	"github.com/articlebot/articlebot/rag/llm/llmtest"
	"github.com/articlebot/articlebot/rag/pdf/pdftest"
	"github.com/articlebot/articlebot/store"
)

// repoRoot is where the commands run: the paths in tests (and the demo's
// seed article) are relative to it.
var repoRoot = func() string {
	dir, err := filepath.Abs("../..")
	if err != nil {
		panic(err)
	}
	return dir
}()

// cli runs articlebot in process from the repository root, with an
// environment holding only HOME (a fresh directory) and env ("K=V").
func cli(t *testing.T, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return cliIn(t, "", env, args...)
}

// cliIn is cli with stdin.
func cliIn(t *testing.T, stdin string, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	t.Chdir(repoRoot)
	vars := map[string]string{"HOME": t.TempDir(), "XDG_CACHE_HOME": testCacheHome}
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		vars[k] = v
	}
	lookup := func(k string) (string, bool) { v, ok := vars[k]; return v, ok }
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb, lookup)
	return out.String(), errb.String(), code
}

// testCacheHome is the cache directory every in-process command shares, so
// PDFium is compiled once per machine, not once per test: the user's own
// cache (private to them), else none.
var testCacheHome = func() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "articlebot-test")
}()

// TestBinarySmoke builds the real binary and runs it once end to end: the
// in-process tests cover the commands, this covers main's wiring (exit
// status, streams, the environment).
func TestBinarySmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "articlebot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	exe := func(args ...string) (string, string, int) {
		cmd := exec.Command(bin, args...)
		cmd.Dir = repoRoot
		cmd.Env = []string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		var ee *exec.ExitError
		switch {
		case errors.As(err, &ee):
			return out.String(), errb.String(), ee.ExitCode()
		case err != nil:
			t.Fatal(err)
		}
		return out.String(), errb.String(), 0
	}
	out, errOut, code := exe("--data-dir", t.TempDir(), "demo")
	if code != 0 || !strings.Contains(out, "Q: What did Sheinbaum say about invasion?") || !strings.Contains(out, "#:~:text=") {
		t.Errorf("demo: exit %d\n%s\n%s", code, out, errOut)
	}
	if _, errOut, code := exe("list", "--limit", "abc"); code != 2 || !strings.Contains(errOut, "--limit") {
		t.Errorf("bad flag: exit %d, stderr %q", code, errOut)
	}
}

type askOutput struct {
	Answer string `json:"answer"`
	Engine string `json:"engine"`
	Found  bool   `json:"found"`
	Quotes []struct {
		Text      string `json:"text"`
		Speaker   string `json:"speaker"`
		ArticleID string `json:"article_id"`
		Title     string `json:"title"`
		URL       string `json:"url"`
		Link      string `json:"link"`
		Start     int    `json:"start"`
		End       int    `json:"end"`
		Page      int    `json:"page"`
	} `json:"quotes"`
}

func TestIngestAskEndToEnd(t *testing.T) {
	data := "--data-dir=" + t.TempDir()
	out, errOut, code := cli(t, nil, "ingest", data, "testdata/pages/sheinbaum.html")
	if code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "Mexico rejects Trump") || !strings.Contains(errOut, "extracting") {
		t.Errorf("ingest output: %q / progress %q", out, errOut)
	}

	out, errOut, code = cli(t, nil, "ask", data, "--json", "What did Sheinbaum say about invasion?")
	if code != 0 {
		t.Fatalf("ask exit %d: %s", code, errOut)
	}
	var ans askOutput
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatalf("ask --json: %v\n%s", err, out)
	}
	if !ans.Found || ans.Engine != "extractive" || len(ans.Quotes) == 0 {
		t.Fatalf("answer: %+v", ans)
	}
	// The stored text, as extraction gives it, must hold every quote at its offsets.
	extracted, errOut, code := cli(t, nil, "extract", data, "--json", "testdata/pages/sheinbaum.html")
	if code != 0 {
		t.Fatalf("extract exit %d: %s", code, errOut)
	}
	var doc struct {
		Title     string `json:"title"`
		Published string `json:"published"`
		Text      string `json:"text"`
	}
	if err := json.Unmarshal([]byte(extracted), &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.Title, "Mexico rejects") || !strings.HasPrefix(doc.Published, "2025-08-09") {
		t.Errorf("extract --json metadata: %+v", doc)
	}
	hit := false
	for _, q := range ans.Quotes {
		if q.Start < 0 || q.End > len(doc.Text) || doc.Text[q.Start:q.End] != q.Text {
			t.Errorf("quote %q is not the article's text at [%d:%d]", q.Text, q.Start, q.End)
		}
		if !strings.HasPrefix(q.Link, q.URL+"#:~:text=") {
			t.Errorf("link %q is not a text-fragment link to %q", q.Link, q.URL)
		}
		if strings.Contains(q.Text, "The United States is not going to come to Mexico with the military") ||
			strings.Contains(q.Text, "That is ruled out, absolutely ruled out") {
			hit = true
		}
	}
	if !hit {
		t.Errorf("no Sheinbaum invasion quote: %+v", ans.Quotes)
	}

	// Text output: each quote a block quote followed by its citation.
	out, _, code = cli(t, nil, "ask", data, "What did Sheinbaum say about invasion?")
	if code != 0 || !strings.Contains(out, "\n> ") || !strings.Contains(out, "— Claudia Sheinbaum, “Mexico rejects") {
		t.Errorf("text answer (exit %d):\n%s", code, out)
	}
}

// TestIngestAskPDF reads a local PDF and answers from it, each quote
// cited with its page: "p. 2" in text, "page" and a #page= link in JSON.
func TestIngestAskPDF(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "water-report.pdf")
	if err := os.WriteFile(file, pdftest.Build(t, pdftest.Report()), 0o600); err != nil {
		t.Fatal(err)
	}
	data := "--data-dir=" + filepath.Join(dir, "db")
	out, errOut, code := cli(t, nil, "ingest", data, file)
	if code != 0 || !strings.Contains(out, "Annual Report on Water Quality") {
		t.Fatalf("ingest exit %d: %s\n%s", code, out, errOut)
	}
	question := "What did officials say about nitrate levels near the river?"
	out, errOut, code = cli(t, nil, "ask", data, "--json", question)
	if code != 0 {
		t.Fatalf("ask exit %d: %s", code, errOut)
	}
	var ans askOutput
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatalf("ask --json: %v\n%s", err, out)
	}
	hit := false
	for _, q := range ans.Quotes {
		if strings.HasPrefix(q.Text, "Nitrate levels near the river exceeded the standard in the information gathered") {
			hit = true
			if q.Page != 2 || q.Link != q.URL+"#page=2" {
				t.Errorf("quote cited page %d, link %q; want page 2 and %s#page=2", q.Page, q.Link, q.URL)
			}
		}
	}
	if !hit {
		t.Fatalf("no nitrate quote: %+v", ans.Quotes)
	}
	out, _, code = cli(t, nil, "ask", data, question)
	if code != 0 || !strings.Contains(out, "“Annual Report on Water Quality”, p. 2 · file://") {
		t.Errorf("text answer (exit %d) lacks the page citation:\n%s", code, out)
	}
	out, errOut, code = cli(t, nil, "extract", data, "--json", file)
	var doc struct {
		Text  string `json:"text"`
		Pages []struct {
			Start int `json:"start"`
			Page  int `json:"page"`
		} `json:"pages"`
	}
	if err := json.Unmarshal([]byte(out), &doc); code != 0 || err != nil {
		t.Fatalf("extract --json (exit %d): %v %s", code, err, errOut)
	}
	if len(doc.Pages) != 3 || doc.Pages[1].Page != 2 || !strings.HasPrefix(doc.Text[doc.Pages[1].Start:], "survey online") {
		t.Errorf("pages %+v of %q", doc.Pages, doc.Text)
	}
}

func TestIngestFailuresExitNonZero(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "paper.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"), 0o600)
	png := filepath.Join(dir, "picture.png")
	os.WriteFile(png, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o600)
	out, errOut, code := cli(t, nil, "ingest", "--data-dir="+filepath.Join(dir, "db"), "testdata/pages/sheinbaum.html", pdf, png, filepath.Join(dir, "missing.html"))
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.Contains(out, "Mexico rejects") {
		t.Errorf("the good item was not ingested: %q", out)
	}
	for _, want := range []string{"paper.pdf: failed: that PDF is damaged or not a PDF", "picture.png: failed: that is not an article", "missing.html: failed:", "3 of 4 failed"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

func TestDemo(t *testing.T) {
	out, errOut, code := cli(t, nil, "demo")
	if code != 0 {
		t.Fatalf("demo exit %d: %s", code, errOut)
	}
	for _, want := range []string{"TL;DR:", "Q: What did Sheinbaum say about invasion?", "> ", "#:~:text="} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
}

func TestConfigCheckNamesFields(t *testing.T) {
	out, errOut, code := cli(t, []string{"ARTICLEBOT_LLM_BASE_URL=ftp://nope", "ARTICLEBOT_FETCH_MAX_REDIRECTS=99", "DISCORD_TOKEN=sekrit-token-value"}, "config", "check")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, out)
	}
	for _, want := range []string{"llm.base_url", "fetch.max_redirects"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	// Every bad field of the file is named, not only the first.
	cfg := filepath.Join(t.TempDir(), "articlebot.yaml")
	if err := os.WriteFile(cfg, []byte("fetch:\n  max_bytes: NaN\n  max_redirects: lots\nanswer:\n  max_quotes: 99\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errOut, code = cli(t, nil, "config", "check", "--config", cfg)
	for _, want := range []string{"fetch.max_bytes: line 2:", `"NaN"`, "fetch.max_redirects: line 3:", "answer.max_quotes:"} {
		if code != 1 || !strings.Contains(errOut, want) || strings.Contains(errOut, "-9223372036854775808") {
			t.Errorf("exit %d, stderr lacks %q:\n%s", code, want, errOut)
		}
	}
	out, _, code = cli(t, []string{"DISCORD_TOKEN=sekrit-token-value"}, "config", "check")
	if code != 0 || strings.Contains(out, "sekrit") || !strings.Contains(out, "token:") {
		t.Errorf("config check (exit %d) leaks or omits the secret:\n%s", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown command", []string{"frobnicate"}, "unknown command"},
		{"ask without question", []string{"ask"}, "ask needs a question"},
		{"ingest without source", []string{"ingest"}, "at least one URL"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errOut, code := cli(t, nil, tc.args...)
			if code != 2 || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errOut, tc.want)
			}
		})
	}
}

func TestAskWithLLMEndpoint(t *testing.T) {
	srv := llmtest.New(t)
	srv.SetDefault(llmtest.Answer(`{"answer": "Sheinbaum ruled out a US invasion.", "quotes": [{"passage": "P1", "text": "That is ruled out, absolutely ruled out."}]}`))
	env := []string{"ARTICLEBOT_LLM_BASE_URL=" + srv.BaseURL(), "ARTICLEBOT_LLM_CHAT_MODEL=test-model", "ARTICLEBOT_LLM_API_KEY=sk-test"}
	data := "--data-dir=" + t.TempDir()
	if _, errOut, code := cli(t, env, "ingest", data, "testdata/pages/sheinbaum.html"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	out, errOut, code := cli(t, env, "ask", data, "--json", "What did Sheinbaum say about invasion?")
	if code != 0 {
		t.Fatalf("ask exit %d: %s", code, errOut)
	}
	var ans askOutput
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatal(err)
	}
	if ans.Engine != "llm" || ans.Answer != "Sheinbaum ruled out a US invasion." || len(ans.Quotes) != 1 || ans.Quotes[0].Text != "That is ruled out, absolutely ruled out." {
		t.Errorf("answer = %+v", ans)
	}
	out, _, code = cli(t, env, "config", "check", "--probe")
	if code != 0 || !strings.Contains(out, "test-model: available") {
		t.Errorf("probe (exit %d):\n%s", code, out)
	}
	if _, errOut, code := cli(t, append(env, "ARTICLEBOT_LLM_CHAT_MODEL=missing-model"), "config", "check", "--probe"); code != 1 || !strings.Contains(errOut, "not available") {
		t.Errorf("probe of a missing model (exit %d): %s", code, errOut)
	}
	// chat streams the answer and keeps the conversation.
	chatOut, errOut, code := cliIn(t, "What did Sheinbaum say about invasion?\n/quit\n", env, "chat", data)
	if code != 0 || !strings.Contains(chatOut, "Sheinbaum ruled out a US invasion.") || !strings.Contains(chatOut, "> That is ruled out") {
		t.Errorf("chat (exit %d, %s):\n%s", code, errOut, chatOut)
	}
}

func TestEmbedderChangeReembeds(t *testing.T) {
	srv := llmtest.New(t)
	data := "--data-dir=" + t.TempDir()
	if _, errOut, code := cli(t, nil, "ingest", data, "testdata/pages/sheinbaum.html"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	env := []string{"ARTICLEBOT_EMBEDDING_PROVIDER=openai", "ARTICLEBOT_EMBEDDING_BASE_URL=" + srv.BaseURL(), "ARTICLEBOT_EMBEDDING_MODEL=fake-embed", "ARTICLEBOT_LOG_LEVEL=info"}
	out, errOut, code := cli(t, env, "ask", data, "What did Sheinbaum say about invasion?")
	if code != 0 || !strings.Contains(errOut, "re-embedding") || !strings.Contains(out, "> ") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
}

// TestUpgradeRequotes: a library whose quotations an older articlebot
// found (here, all given to Marco Rubio) gets them found again by the
// first command after the upgrade, with progress on stderr.
func TestUpgradeRequotes(t *testing.T) {
	dir := t.TempDir()
	if _, errOut, code := cli(t, nil, "ingest", "--data-dir="+dir, "testdata/pages/sheinbaum.html"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	ctx := context.Background()
	var h embed.Hash
	st, err := store.Open(ctx, dir, store.Options{Embedder: store.EmbedderInfo{Name: h.Name(), Dim: h.Dim()}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = st.Requote(ctx, "quotes/v0", func(a *store.Article) []store.Quotation {
		qs := slices.Clone(a.Quotations)
		for i := range qs {
			qs[i].Speaker = "Marco Rubio"
		}
		return qs
	}, nil)
	if err := errors.Join(err, st.Close()); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := cli(t, nil, "ask", "--data-dir="+dir, "What did Sheinbaum say about invasion?")
	if code != 0 || !strings.Contains(errOut, "finding who said what with this version's rules: 1 of 1 articles") ||
		!strings.Contains(out, "Claudia Sheinbaum, in") || !strings.Contains(out, "> The United States is not going to come to Mexico with the military") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	// Once is enough.
	if _, errOut, code := cli(t, nil, "list", "--data-dir="+dir); code != 0 || errOut != "" {
		t.Errorf("list after the upgrade: exit %d, stderr %q", code, errOut)
	}
}

func TestRunWithoutToken(t *testing.T) {
	_, errOut, code := cli(t, []string{"ARTICLEBOT_HTTP_LISTEN="}, "run", "--data-dir="+t.TempDir())
	if code != 1 || !strings.Contains(errOut, "DISCORD_TOKEN") || strings.Count(strings.TrimSpace(errOut), "\n") > 2 {
		t.Errorf("exit %d, stderr %q: want a one-line error naming DISCORD_TOKEN", code, errOut)
	}
}

// TestFlagErrors: a bad command line gets one line saying what is wrong and
// the command's usage line, not the flag package's list of every flag.
func TestFlagErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"list", "--data-dir"}, "articlebot: --data-dir needs a value"},
		{[]string{"list", "--frob"}, "articlebot: unknown flag --frob"},
		{[]string{"list", "--limit", "abc"}, `articlebot: --limit needs a whole number, not "abc"`},
		{[]string{"list", "--limit", "0"}, "articlebot: --limit must be at least 1"},
		{[]string{"list", "--limit", "-5"}, "articlebot: --limit must be at least 1"},
		{[]string{"ask"}, "articlebot: ask needs a question"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			out, errOut, code := cli(t, nil, tc.args...)
			lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
			if code != 2 || out != "" || len(lines) != 2 || !strings.HasPrefix(lines[0], tc.want) ||
				!strings.HasPrefix(lines[1], "usage: articlebot "+tc.args[0]+" ") {
				t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant exit 2, %q and the usage line", code, out, errOut, tc.want)
			}
		})
	}
	out, _, code := cli(t, nil, "list", "--help")
	if code != 0 || !strings.HasPrefix(out, "usage: articlebot list [--limit N] [--offset N]") || !strings.Contains(out, "--data-dir DIR") {
		t.Errorf("list --help: exit %d\n%s", code, out)
	}
}

// TestCommonFlagsBeforeCommand: --data-dir, --config and --json work before
// the command name as after it.
func TestCommonFlagsBeforeCommand(t *testing.T) {
	dir := t.TempDir()
	if _, errOut, code := cli(t, nil, "--data-dir", dir, "ingest", "testdata/pages/sheinbaum.html"); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	cfg := filepath.Join(t.TempDir(), "articlebot.yaml")
	if err := os.WriteFile(cfg, []byte("data_dir: "+dir+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := cli(t, nil, "--config", cfg, "--json", "list")
	var list struct {
		Total int `json:"total"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || list.Total != 1 {
		t.Fatalf("--config … --json list: exit %d, %s\n%s", code, errOut, out)
	}
	out, _, code = cli(t, nil, "--data-dir="+dir, "ask", "What did Sheinbaum say about invasion?")
	if code != 0 || !strings.Contains(out, "> ") {
		t.Errorf("--data-dir=… ask: exit %d\n%s", code, out)
	}
}

// TestListPaging: an offset past the end says how many articles there are.
func TestListPaging(t *testing.T) {
	data := "--data-dir=" + t.TempDir()
	if _, errOut, code := cli(t, nil, "ingest", data, "testdata/pages/sheinbaum.html"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	if out, _, code := cli(t, nil, "list", data, "--limit", "1"); code != 0 || strings.Count(out, "\n") != 1 {
		t.Errorf("list --limit 1: exit %d\n%s", code, out)
	}
	_, errOut, code := cli(t, nil, "list", data, "--offset", "5")
	if code != 2 || !strings.Contains(errOut, "--offset 5 is past the end: the library has 1 article\n") {
		t.Errorf("list --offset 5: exit %d, stderr %q", code, errOut)
	}
}

// TestHugePageRefusedWithCause: a page too big to extract is refused at
// once as too large, not after the ingest timeout as "took too long".
func TestHugePageRefusedWithCause(t *testing.T) {
	page := filepath.Join(t.TempDir(), "huge.html")
	p := "<p>" + strings.Repeat("The council met on Tuesday and agreed on a plan for the harbour. ", 12) + "</p>\n"
	if err := os.WriteFile(page, []byte("<html><body><article>"+strings.Repeat(p, 3000)+"</article></body></html>"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := cli(t, nil, "ingest", "--data-dir="+t.TempDir(), page)
	if code != 1 || !strings.Contains(errOut, "huge.html: failed: that page is too large") {
		t.Errorf("exit %d, stderr:\n%s", code, errOut)
	}
}
