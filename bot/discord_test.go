package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/articlebot/articlebot/bot/discordtest"
	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/rag/ragtest"
)

func TestIsBadToken(t *testing.T) {
	rest := func(code int) error {
		return &discordgo.RESTError{Response: &http.Response{StatusCode: code, Status: strconv.Itoa(code)}}
	}
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"gateway 4004", &websocket.CloseError{Code: 4004}, true},
		{"wrapped gateway 4004", fmt.Errorf("connect: %w", &websocket.CloseError{Code: 4004}), true},
		{"REST 401", rest(http.StatusUnauthorized), true},
		{"wrapped REST 401", fmt.Errorf("check: %w", rest(http.StatusUnauthorized)), true},
		{"REST 403", rest(http.StatusForbidden), false},
		{"gateway 4014", &websocket.CloseError{Code: 4014}, false},
		{"text saying 401", errors.New("HTTP 401 Unauthorized"), false},
		{"port 4010", errors.New("dial tcp 127.0.0.1:4010: connect: connection refused"), false},
		{"nil", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := isBadToken(tc.err); got != tc.want {
				t.Errorf("isBadToken(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}

// TestRefusedTokenAtStart: a token refused by REST (401) or by the
// gateway (close 4004) is ErrBadToken.
func TestRefusedTokenAtStart(t *testing.T) {
	for name, refuse := range map[string]func(*discordtest.Fake){
		"REST 401":     (*discordtest.Fake).RejectToken,
		"gateway 4004": (*discordtest.Fake).RejectTokenAtGateway,
	} {
		t.Run(name, func(t *testing.T) {
			fake := discordtest.New(t)
			refuse(fake)
			eng, st := ragtest.New(t)
			b, err := New(Options{Token: "wrong", APIBaseURL: fake.URL}, Deps{Engine: eng, Asker: eng, Links: eng, Settings: st})
			if err != nil {
				t.Fatal(err)
			}
			if err := b.Run(context.Background()); !errors.Is(err, ErrBadToken) {
				t.Fatalf("Run = %v, want ErrBadToken", err)
			}
		})
	}
}

// closedPort is a local port that refuses connections and whose number
// holds "4014" (and so "401"): error text mentioning it must not be taken
// for a close code or a status.
func closedPort(t *testing.T) string {
	t.Helper()
	for _, p := range []int{40140, 40141, 40142, 40143, 14014, 24014, 34014, 44014, 54014} {
		ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
		if err != nil {
			continue
		}
		ln.Close()
		return strconv.Itoa(p)
	}
	t.Skip("no free port with 4014 in its number")
	return ""
}

// TestUnreachableGatewayIsNotABadToken: a gateway that cannot be reached
// is reported as such, not as a refused token or a missing intent, even
// when its address contains "401" and "4014".
func TestUnreachableGatewayIsNotABadToken(t *testing.T) {
	fake := discordtest.New(t)
	fake.GatewayURL("ws://127.0.0.1:" + closedPort(t) + "/gateway")
	eng, st := ragtest.New(t)
	b, err := New(Options{Token: "t", APIBaseURL: fake.URL}, Deps{Engine: eng, Asker: eng, Links: eng, Settings: st})
	if err != nil {
		t.Fatal(err)
	}
	err = b.Run(context.Background())
	if err == nil || errors.Is(err, ErrBadToken) {
		t.Fatalf("Run = %v, want a connection error", err)
	}
	if b.opts.NoMessageContent {
		t.Error("dropped the Message Content intent over a refused connection")
	}
}

// logRecords collects log records.
type logRecords struct {
	mu   sync.Mutex
	recs []slog.Record
}

func (l *logRecords) Enabled(context.Context, slog.Level) bool { return true }
func (l *logRecords) Handle(_ context.Context, r slog.Record) error {
	l.mu.Lock()
	l.recs = append(l.recs, r.Clone())
	l.mu.Unlock()
	return nil
}
func (l *logRecords) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *logRecords) WithGroup(string) slog.Handler      { return l }

// calls counts the "discord call failed" records per call name.
func (l *logRecords) calls() map[string]int {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := map[string]int{}
	for _, r := range l.recs {
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "call" {
				out[a.Value.String()]++
			}
			return true
		})
	}
	return out
}

// TestDroppedDiscordErrorsLoggedOnce: a Discord call whose failure only
// costs a nicety (typing, a reaction) is logged once, by its name.
func TestDroppedDiscordErrorsLoggedOnce(t *testing.T) {
	logs := &logRecords{}
	h := startSetup(t, setup{tune: func(o *Options) { o.Logger = slog.New(logs) }})
	h.fake.FailCalls(func(method, path string) int {
		if strings.HasSuffix(path, "/typing") || strings.Contains(path, "/reactions/") && method == http.MethodPut {
			return http.StatusForbidden
		}
		return 0
	})
	msg := h.shareLink(t, h.site.URL+"/mexico")
	h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, "What did Sheinbaum say about invasion?")
	h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "POST" && c.Path == "/channels/"+msg+"/messages" }, wait)
	failed := map[string]int{}
	for _, c := range h.fake.Calls() {
		if strings.HasSuffix(c.Method, "-403") {
			failed[c.Path]++
		}
	}
	// Give the typing goroutine's log a moment: it runs beside the reply.
	deadline := time.Now().Add(wait)
	for logs.calls()["typing"] == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	got := logs.calls()
	if got["add reaction 👀"] != 1 || got["add reaction ✅"] != 1 || got["typing"] != 1 {
		t.Errorf("logged failures %v; refused calls %v", got, failed)
	}
}

// TestHelpWithoutMessageContent: when Discord refuses the Message Content
// intent, the bot runs without it and /help says to mention it.
func TestHelpWithoutMessageContent(t *testing.T) {
	h := startSetup(t, setup{discord: (*discordtest.Fake).DenyMessageContent})
	id := h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "help", nil)
	c := h.fake.Wait(func(c discordtest.Call) bool { return strings.HasPrefix(c.Path, "/interactions/"+id+"/") }, wait)
	var resp struct {
		Data struct {
			Content string `json:"content"`
		} `json:"data"`
	}
	if err := json.Unmarshal(c.Raw, &resp); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(resp.Data.Content, "Mention me") {
		t.Errorf("/help without the intent:\n%s", resp.Data.Content)
	}
}

// TestImportsOnlyTheEngine: the front end talks to rag only, never to the
// store or the pipeline's packages.
func TestImportsOnlyTheEngine(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	const module = "github.com/articlebot/articlebot/"
	allowed := map[string]bool{module + "rag": true, module + "bot/discordtest": true}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range file.Imports {
			path := strings.Trim(imp.Path.Value, `"`)
			if strings.HasPrefix(path, module) && !allowed[path] {
				t.Errorf("%s imports %s", f, path)
			}
		}
	}
}

// TestThreadQuestionsWithoutMessageContent is what the README and /help
// promise when Discord refuses the Message Content intent: the bot falls
// back by itself, and in an article's thread a question that mentions it
// is answered (Discord withholds the text of the others).
func TestThreadQuestionsWithoutMessageContent(t *testing.T) {
	h := startSetup(t, setup{discord: (*discordtest.Fake).DenyMessageContent})
	const bot = "<@" + discordtest.BotID + ">"
	msg := h.shareLink(t, bot+" "+h.site.URL+"/mexico")
	h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, "What did Sheinbaum say about invasion?")
	h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, bot+" What did Sheinbaum say about invasion?")
	reply := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "POST" && c.Path == "/channels/"+msg+"/messages" }, wait)
	if !strings.Contains(content(reply), "ruled out") {
		t.Fatalf("answer to the mention: %s", content(reply))
	}
	if n := h.count("POST", "/channels/"+msg+"/messages"); n != 1 {
		t.Errorf("%d replies in the thread, want 1", n)
	}
}

// TestStalledDiscordCallTimesOut: a Discord call that never returns (the
// typing indicator here) costs at most the REST timeout: the answer is
// posted and shutdown is not held.
func TestStalledDiscordCallTimesOut(t *testing.T) {
	// The answer takes longer than the stall's bound, so the typing call is
	// surely in flight (a fast answer may stop typing before it is sent).
	slow := func(a rag.Asker) rag.Asker { return slowAsker{Asker: a, delay: 400 * time.Millisecond} }
	h := startSetup(t, setup{wrap: slow, tune: func(o *Options) { o.RESTTimeout = 200 * time.Millisecond }})
	h.fake.Stall(func(method, path string) bool { return strings.HasSuffix(path, "/typing") })
	msg := h.shareLink(t, h.site.URL+"/mexico")
	h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, "What did Sheinbaum say about invasion?")
	h.fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "POST-stalled" && strings.HasSuffix(c.Path, "/typing")
	}, wait)
	reply := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "POST" && c.Path == "/channels/"+msg+"/messages" }, wait)
	if !strings.Contains(content(reply), "ruled out") {
		t.Fatalf("answer: %s", content(reply))
	}
	if err := h.stop(); err != nil {
		t.Errorf("Run: %v", err)
	}
}

// slowAsker answers after a delay, as a model does.
type slowAsker struct {
	rag.Asker
	delay time.Duration
}

func (s slowAsker) AskStream(ctx context.Context, q rag.Question, emit func(rag.Delta)) (*rag.Answer, error) {
	select {
	case <-time.After(s.delay):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return s.Asker.AskStream(ctx, q, emit)
}

// TestThreadFollowUpWithMentions: without the Message Content intent every
// question in a thread carries the bot's mention; the thread's history is
// read with it, and "he" in a follow-up is still the person the earlier
// question named.
func TestThreadFollowUpWithMentions(t *testing.T) {
	h := startSetup(t, setup{discord: (*discordtest.Fake).DenyMessageContent})
	const bot = "<@" + discordtest.BotID + ">"
	msg := h.shareLink(t, bot+" "+h.site.URL+"/mexico")
	h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, bot+" What did Rubio say?")
	first := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "POST" && c.Path == "/channels/"+msg+"/messages" }, wait)
	if !strings.Contains(content(first), "Rubio") {
		t.Fatalf("first answer: %s", content(first))
	}
	h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, bot+" What else did he say?")
	second := h.fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "POST" && c.Path == "/channels/"+msg+"/messages" && content(c) != content(first)
	}, wait)
	if text := content(second); !strings.HasPrefix(text, "Marco Rubio, in") || strings.Contains(text, "Sheinbaum") {
		t.Errorf("follow-up about him: %s", text)
	}
}

// TestThreadQuestionPingingEveryone: a question that pings everyone is
// still a question about Sheinbaum's words, answered with them under her
// name, not as a plain question.
func TestThreadQuestionPingingEveryone(t *testing.T) {
	h := startSetup(t, setup{})
	msg := h.shareLink(t, h.site.URL+"/mexico")
	h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, "@everyone What did Sheinbaum say about invasion?")
	reply := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "POST" && c.Path == "/channels/"+msg+"/messages" }, wait)
	if text := content(reply); !strings.HasPrefix(text, "Claudia Sheinbaum, in") || !strings.Contains(text, "ruled out") {
		t.Fatalf("answer: %s", text)
	}
}
