package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/articlebot/articlebot/bot/discordtest"
	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/rag/ragtest"
)

const wait = 10 * time.Second

type harness struct {
	fake *discordtest.Fake
	site *httptest.Server
	eng  *rag.Engine
	bot  *Bot
	// stop ends Run and returns its error; it is safe to call again.
	stop func() error
}

// setup is how a test's bot differs from the default one.
type setup struct {
	extraPage string                    // served at /extra
	wrap      func(rag.Asker) rag.Asker // wraps the answer engine
	tune      func(*Options)
	deps      func(*Deps) // adjusts the collaborators
	discord   func(*discordtest.Fake)
}

// start runs the real bot, engine and store against the fake Discord and
// a local site serving the seed article.
func start(t testing.TB, extraPage string) *harness {
	t.Helper()
	return startSetup(t, setup{extraPage: extraPage})
}

// startWith is start with the answer engine wrapped and the options tuned
// (nil = as is).
func startWith(t testing.TB, extraPage string, wrap func(rag.Asker) rag.Asker, tune func(*Options)) *harness {
	t.Helper()
	return startSetup(t, setup{extraPage: extraPage, wrap: wrap, tune: tune})
}

func startSetup(t testing.TB, su setup) *harness {
	t.Helper()
	page, err := os.ReadFile("../testdata/pages/sheinbaum.html")
	if err != nil {
		t.Fatal(err)
	}
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if r.URL.Path == "/extra" {
			w.Write([]byte(su.extraPage))
			return
		}
		w.Write(page)
	}))
	t.Cleanup(site.Close)
	ctx := context.Background()
	eng, st := ragtest.New(t)
	var asker rag.Asker = eng
	if su.wrap != nil {
		asker = su.wrap(eng)
	}
	fake := discordtest.New(t)
	if su.discord != nil {
		su.discord(fake)
	}
	opts := Options{Token: "test-token", APIBaseURL: fake.URL, Autoingest: true, UserAsksPerMinute: 60, ServerAsksPerMinute: 600,
		UserIngestsPerMinute: 60, ServerIngestsPerMinute: 600, PurgeGrace: time.Hour}
	if su.tune != nil {
		su.tune(&opts)
	}
	deps := Deps{Engine: eng, Asker: asker, Links: eng, Settings: st}
	if su.deps != nil {
		su.deps(&deps)
	}
	b, err := New(opts, deps)
	if err != nil {
		t.Fatal(err)
	}
	stop := runBot(t, ctx, b, "Run")
	select {
	case <-fake.Ready():
	case <-time.After(wait):
		t.Fatal("bot never identified")
	}
	fake.Wait(func(c discordtest.Call) bool { return c.Method == "PUT" && strings.HasSuffix(c.Path, "/commands") }, wait)
	return &harness{fake: fake, site: site, eng: eng, bot: b, stop: stop}
}

// runBot runs b until the returned stop is called, or the test ends; stop
// (once, any number of calls) says how Run ended. name tells the bot apart
// in the test's errors.
func runBot(t testing.TB, ctx context.Context, b *Bot, name string) (stop func() error) {
	t.Helper()
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- b.Run(runCtx) }()
	var once sync.Once
	var runErr error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(2 * wait):
				runErr = errors.New("Run did not stop")
			}
		})
		return runErr
	}
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	})
	return stop
}

// threadKnown waits until the bot has recorded the thread as an article's.
func (h *harness) threadKnown(t *testing.T, guild, thread string) {
	t.Helper()
	deadline := time.Now().Add(wait)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for range tick.C {
		if _, ok, _ := h.bot.links.ThreadArticle(context.Background(), rag.Scope("guild:"+guild), thread); ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("thread never recorded")
		}
	}
}

// shareLink posts text with a link in GuildA's ChanA and waits until the
// bot has opened the article's thread and recorded it; the thread's ID is
// the message's, returned.
func (h *harness) shareLink(t *testing.T, text string) string {
	t.Helper()
	msg := h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, text)
	h.fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/messages/"+msg+"/threads") }, wait)
	h.threadKnown(t, discordtest.GuildA, msg)
	return msg
}

// count is how many REST calls so far had this method and path.
func (h *harness) count(method, path string) int {
	n := 0
	for _, c := range h.fake.Calls() {
		if c.Method == method && c.Path == path {
			n++
		}
	}
	return n
}

func content(c discordtest.Call) string { s, _ := c.Body["content"].(string); return s }

func noMentionsAllowed(t *testing.T, c discordtest.Call) {
	t.Helper()
	am, ok := c.Body["allowed_mentions"].(map[string]any)
	if !ok {
		t.Fatalf("%s %s without allowed_mentions", c.Method, c.Path)
	}
	if p, _ := am["parse"].([]any); len(p) != 0 {
		t.Fatalf("allowed_mentions.parse = %v", am["parse"])
	}
}

func TestLinkCardThreadAndQuestion(t *testing.T) {
	h := start(t, "")
	msg := h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "look at this "+h.site.URL+"/mexico ok?")
	h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "PUT" && strings.Contains(c.Path, msg+"/reactions/") }, wait)
	card := h.fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "POST" && c.Path == "/channels/"+discordtest.ChanA+"/messages"
	}, wait)
	noMentionsAllowed(t, card)
	embeds, _ := card.Body["embeds"].([]any)
	if len(embeds) != 1 || !strings.Contains(embeds[0].(map[string]any)["title"].(string), "Mexico rejects") {
		t.Fatalf("card = %v", card.Body)
	}
	thread := h.fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/messages/"+msg+"/threads") }, wait)
	if name, _ := thread.Body["name"].(string); !strings.HasPrefix(name, "Mexico rejects") || len([]rune(name)) > 100 {
		t.Errorf("thread name %q", name)
	}
	h.fake.Wait(func(c discordtest.Call) bool {
		return strings.Contains(c.Path, "✅") || strings.Contains(c.Path, "%E2%9C%85")
	}, wait)

	// The thread's ID is the message's; a question there is about the article.
	h.threadKnown(t, discordtest.GuildA, msg)
	h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, "What did Sheinbaum say about invasion?")
	reply := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "POST" && c.Path == "/channels/"+msg+"/messages" }, wait)
	noMentionsAllowed(t, reply)
	text := content(reply)
	if !strings.Contains(text, "> ") || !strings.Contains(text, "ruled out, absolutely ruled out") || !strings.Contains(text, "#:~:text=") {
		t.Fatalf("thread answer:\n%s", text)
	}
	if flags, _ := reply.Body["flags"].(float64); int(flags)&4 == 0 {
		t.Error("answer links unfurl (no suppress-embeds flag)")
	}

	// A question about the article itself is answered about the thread's
	// article: the TL;DR's own sentences, cited.
	h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, "tl;dr?")
	tldr := h.fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "POST" && c.Path == "/channels/"+msg+"/messages" && strings.Contains(content(c), "In short")
	}, wait)
	if text := content(tldr); !strings.Contains(text, "> Mexican President Claudia Sheinbaum has firmly dismissed") || !strings.Contains(text, "#:~:text=") {
		t.Errorf("tl;dr in the thread:\n%s", text)
	}
}

func TestAskDeferredThenEdited(t *testing.T) {
	h := start(t, "")
	h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, h.site.URL+"/mexico")
	h.fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/threads") }, wait)
	id := h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "ask", []map[string]any{{"name": "question", "type": 3, "value": "What did Rubio say?"}})
	ack := h.fake.Wait(func(c discordtest.Call) bool { return strings.HasPrefix(c.Path, "/interactions/"+id+"/") }, wait)
	if typ, _ := ack.Body["type"].(float64); typ != 5 {
		t.Fatalf("first response type %v, want 5 (deferred)", ack.Body["type"])
	}
	edit := h.fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "PATCH" && strings.HasSuffix(c.Path, "/messages/@original")
	}, wait)
	if !strings.Contains(content(edit), "It allows us to now target") {
		t.Fatalf("edited answer: %s", content(edit))
	}
	noMentionsAllowed(t, edit)
}

func TestForgetNeedsPermission(t *testing.T) {
	h := start(t, "")
	h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, h.site.URL+"/mexico")
	h.fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/threads") }, wait)
	infos, _, _ := h.eng.List(context.Background(), "guild:"+discordtest.GuildA, 0, 1)
	h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.OtherID, "0", "forget", []map[string]any{{"name": "article", "type": 3, "value": infos[0].ID}})
	edit := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "PATCH" && strings.HasSuffix(c.Path, "@original") }, wait)
	if !strings.Contains(content(edit), "Only the person who shared it") {
		t.Fatalf("forget by another user: %s", content(edit))
	}
	if _, total, _ := h.eng.List(context.Background(), "guild:"+discordtest.GuildA, 0, 1); total != 1 {
		t.Error("article deleted without permission")
	}
}

func TestServersDoNotLeak(t *testing.T) {
	h := start(t, "")
	h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, h.site.URL+"/mexico")
	h.fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/threads") }, wait)
	h.fake.Interaction(discordtest.GuildB, discordtest.ChanB, discordtest.UserID, "0", "ask", []map[string]any{{"name": "question", "type": 3, "value": "What did Sheinbaum say about invasion?"}})
	edit := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "PATCH" && strings.HasSuffix(c.Path, "@original") }, wait)
	if strings.Contains(content(edit), "ruled out") || strings.Contains(content(edit), "Mexico") {
		t.Fatalf("server B saw server A's article: %s", content(edit))
	}
}

func TestMentionsNeverPingAndLongAnswersSplit(t *testing.T) {
	long := "<html><head><title>Everyone test</title></head><body><article><h1>Everyone test</h1>"
	for i := 0; i < 40; i++ {
		long += "<p>The council met again on Tuesday and @everyone was invited to discuss the harbor budget, the dredging plan and the noise from trains running through the night near the river.</p>"
	}
	long += "</article></body></html>"
	h := start(t, long)
	h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, h.site.URL+"/extra")
	thread := h.fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/threads") }, wait)
	threadID := strings.Split(thread.Path, "/")[4]
	h.threadKnown(t, discordtest.GuildA, threadID)
	h.fake.RateLimitMessages(1)
	h.fake.PostMessage(discordtest.GuildA, threadID, discordtest.UserID, "What happened to the harbor budget and the dredging plan and the trains?")
	reply := h.fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "POST" && c.Path == "/channels/"+threadID+"/messages"
	}, wait)
	noMentionsAllowed(t, reply)
	if len([]rune(content(reply))) > 2000 {
		t.Errorf("message of %d chars", len([]rune(content(reply))))
	}
	rateLimited := false
	for _, c := range h.fake.Calls() {
		rateLimited = rateLimited || c.Method == "POST-429"
	}
	if !rateLimited {
		t.Error("the 429 was never served")
	}
}

func TestSplit(t *testing.T) {
	text := strings.Repeat("This is a sentence about the harbor. ", 120)
	parts := split(text, 2000)
	if len(parts) < 2 {
		t.Fatalf("%d parts", len(parts))
	}
	for _, p := range parts {
		if n := len([]rune(p)); n > 2000 || !strings.HasSuffix(p, ".") {
			t.Errorf("part of %d chars ends %q", n, p[len(p)-10:])
		}
	}
	if strings.Join(parts, " ") != strings.TrimSpace(text) {
		t.Error("split lost or changed text")
	}
}

func TestLinks(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"see https://a.test/x.", []string{"https://a.test/x"}},
		{"```https://code.test/x``` and `https://inline.test` and ||https://spoiler.test|| and <https://quiet.test>", nil},
		{"two: https://a.test/1 https://a.test/2 https://a.test/1", []string{"https://a.test/1", "https://a.test/2"}},
		{"HTTPS://A.TEST/x and file:///etc/passwd", []string{"HTTPS://A.TEST/x", "file:///etc/passwd"}},
		{"see the file:README and profile:x", nil},
	}
	for _, tc := range tests {
		if got := links(tc.in); strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("links(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEscape(t *testing.T) {
	if got := escape("*bold* _x_ @everyone"); got != `\*bold\* \_x\_ @everyone` {
		t.Errorf("escape = %q", got)
	}
}

func TestArticlesPagesAndAskThreadButton(t *testing.T) {
	h := start(t, "")
	first := h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, h.site.URL+"/mexico")
	h.fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/threads") }, wait)

	h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "articles", nil)
	list := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "PATCH" && strings.HasSuffix(c.Path, "@original") }, wait)
	if !strings.Contains(content(list), "Mexico rejects") || list.Body["components"] == nil {
		t.Fatalf("articles: %v", list.Body)
	}
	press := h.fake.Press(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "m1", "articles:2")
	upd := h.fake.Wait(func(c discordtest.Call) bool { return strings.HasPrefix(c.Path, "/interactions/"+press+"/") }, wait)
	if typ, _ := upd.Body["type"].(float64); typ != 7 {
		t.Errorf("button answer type %v, want 7 (update message)", upd.Body["type"])
	}

	id := h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "ask", []map[string]any{{"name": "question", "type": 3, "value": "What did Sheinbaum say about invasion?"}})
	offer := h.fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "POST" && strings.HasPrefix(c.Path, "/webhooks/") && strings.Contains(c.Path, "token-"+id)
	}, wait)
	comps, _ := offer.Body["components"].([]any)
	if len(comps) != 1 {
		t.Fatalf("no thread offer: %v", offer.Body)
	}
	button := comps[0].(map[string]any)["components"].([]any)[0].(map[string]any)
	h.fake.Press(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "m2", button["custom_id"].(string))
	thread := h.fake.Wait(func(c discordtest.Call) bool {
		return strings.HasSuffix(c.Path, "/threads") && !strings.Contains(c.Path, "/messages/"+first+"/")
	}, wait)
	h.threadKnown(t, discordtest.GuildA, strings.Split(thread.Path, "/")[4])
}

func TestBadTokenIsAClearError(t *testing.T) {
	fake := discordtest.New(t)
	fake.RejectToken()
	eng, st := ragtest.New(t)
	b, err := New(Options{Token: "wrong", APIBaseURL: fake.URL}, Deps{Engine: eng, Asker: eng, Links: eng, Settings: st})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Run(context.Background()); !errors.Is(err, ErrBadToken) {
		t.Fatalf("Run = %v, want ErrBadToken", err)
	}
	if _, err := New(Options{}, Deps{}); err == nil || !strings.Contains(err.Error(), "DISCORD_TOKEN") {
		t.Errorf("no token: %v", err)
	}
}

func TestWithoutMessageContentIntent(t *testing.T) {
	fake := discordtest.New(t)
	fake.DenyMessageContent()
	eng, st := ragtest.New(t)
	b, err := New(Options{Token: "t", APIBaseURL: fake.URL}, Deps{Engine: eng, Asker: eng, Links: eng, Settings: st})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	select {
	case <-fake.Ready():
	case err := <-done:
		t.Fatalf("Run ended: %v", err)
	case <-time.After(wait):
		t.Fatal("never connected without the intent")
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}
	if !b.opts.NoMessageContent {
		t.Error("still claims the Message Content intent")
	}
}

func TestPurgeAfterLeaving(t *testing.T) {
	fake := discordtest.New(t)
	eng, st := ragtest.New(t)
	page, _ := os.ReadFile("../testdata/pages/sheinbaum.html")
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(page) }))
	defer site.Close()
	if _, err := eng.Ingest(context.Background(), rag.IngestRequest{Scope: "guild:" + discordtest.GuildB, Source: rag.WebLink(site.URL + "/a")}); err != nil {
		t.Fatal(err)
	}
	b, err := New(Options{Token: "t", APIBaseURL: fake.URL, PurgeGrace: 0}, Deps{Engine: eng, Asker: eng, Links: eng, Settings: st})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	<-fake.Ready()
	fake.Dispatch("GUILD_DELETE", map[string]any{"id": discordtest.GuildB})
	deadline := time.Now().Add(wait)
	for {
		if _, total, _ := st.List(context.Background(), "guild:"+discordtest.GuildB, 0, 1); total == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("server data not purged after the bot left")
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	<-done
}

// longAsker answers with more than one message can hold.
type longAsker struct{ rag.Asker }

func (longAsker) AskStream(_ context.Context, q rag.Question, _ func(rag.Delta)) (*rag.Answer, error) {
	a := &rag.Answer{Found: true, Text: "Here is everything:"}
	for i := range 12 {
		a.Quotes = append(a.Quotes, rag.Quote{Text: strings.Repeat(fmt.Sprintf("Sentence %d of a long quote about the harbor budget. ", i), 4), Title: "T", Link: "https://x.test/a#:~:text=x", Paragraph: i + 1})
	}
	return a, nil
}

func TestLongAnswerSplit(t *testing.T) {
	h := startWith(t, "", func(a rag.Asker) rag.Asker { return longAsker{a} }, nil)
	msg := h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, h.site.URL+"/mexico")
	h.fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/threads") }, wait)
	h.threadKnown(t, discordtest.GuildA, msg)
	h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, "Tell me everything")
	var parts []string
	for len(parts) < 2 {
		c := h.fake.Wait(func(c discordtest.Call) bool {
			return c.Method == "POST" && c.Path == "/channels/"+msg+"/messages" && !slices.Contains(parts, content(c))
		}, wait)
		parts = append(parts, content(c))
	}
	for _, p := range parts {
		if n := len([]rune(p)); n > 2000 || n == 0 {
			t.Errorf("part of %d chars", n)
		}
		if strings.HasSuffix(p, "Sente") || strings.HasPrefix(p, "nce") {
			t.Errorf("cut mid-word: %q", p)
		}
	}
}

func TestRateLimitedAskIsEphemeral(t *testing.T) {
	fake := discordtest.New(t)
	eng, st := ragtest.New(t)
	b, err := New(Options{Token: "t", APIBaseURL: fake.URL, UserAsksPerMinute: 1, ServerAsksPerMinute: 10}, Deps{Engine: eng, Asker: eng, Links: eng, Settings: st})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	defer func() { cancel(); <-done }()
	<-fake.Ready()
	fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/commands") }, wait)
	ask := []map[string]any{{"name": "question", "type": 3, "value": "What happened?"}}
	first := fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "ask", ask)
	fake.Wait(func(c discordtest.Call) bool { return strings.HasPrefix(c.Path, "/interactions/"+first+"/") }, wait)
	second := fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "ask", ask)
	c := fake.Wait(func(c discordtest.Call) bool { return strings.HasPrefix(c.Path, "/interactions/"+second+"/") }, wait)
	data, _ := c.Body["data"].(map[string]any)
	if typ, _ := c.Body["type"].(float64); typ != 4 || int(data["flags"].(float64))&64 == 0 || !strings.Contains(data["content"].(string), "try again in") {
		t.Fatalf("rate-limited ask answered %v", c.Body)
	}
}

func TestTokenRevokedWhileRunning(t *testing.T) {
	fake := discordtest.New(t)
	eng, st := ragtest.New(t)
	b, err := New(Options{Token: "t", APIBaseURL: fake.URL}, Deps{Engine: eng, Asker: eng, Links: eng, Settings: st})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- b.Run(context.Background()) }()
	<-fake.Ready()
	fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/commands") }, wait)
	fake.RejectToken()
	fake.Drop()
	select {
	case err := <-done:
		if !errors.Is(err, ErrBadToken) {
			t.Fatalf("Run = %v, want ErrBadToken", err)
		}
	case <-time.After(wait):
		t.Fatal("the bot kept running on a revoked token")
	}
}

func TestStartupRegistersCommandsInOneGuild(t *testing.T) {
	h := startWith(t, "", nil, func(o *Options) { o.GuildID = discordtest.GuildA })
	c := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "PUT" && strings.HasSuffix(c.Path, "/commands") }, wait)
	if want := "/applications/" + discordtest.AppID + "/guilds/" + discordtest.GuildA + "/commands"; c.Path != want {
		t.Errorf("registered at %s, want %s", c.Path, want)
	}
	if c.Auth != "Bot test-token" {
		t.Errorf("Authorization %q", c.Auth)
	}
	var cmds []struct {
		Name        string `json:"name"`
		Type        int    `json:"type"`
		DefaultPerm string `json:"default_member_permissions"`
	}
	if err := json.Unmarshal(c.Raw, &cmds); err != nil {
		t.Fatalf("commands body: %v: %s", err, c.Raw)
	}
	got := map[string]int{}
	for _, cmd := range cmds {
		got[cmd.Name] = cmd.Type
		if cmd.Name == "autoingest" && cmd.DefaultPerm != "16" {
			t.Errorf("/autoingest default_member_permissions = %q, want Manage Channels (16)", cmd.DefaultPerm)
		}
	}
	for _, name := range []string{"summarize", "ask", "articles", "forget", "help", "autoingest"} {
		if got[name] != 1 {
			t.Errorf("slash command %q: type %d", name, got[name])
		}
	}
	if got["Summarize article"] != 3 {
		t.Errorf("message command missing: %v", got)
	}
	const guilds, guildMessages, directMessages, messageContent = 1 << 0, 1 << 9, 1 << 12, 1 << 15
	if in := h.fake.Intents(); in&(guilds|guildMessages|directMessages|messageContent) != guilds|guildMessages|directMessages|messageContent {
		t.Errorf("intents %b", in)
	}
	if got := InviteURL(discordtest.AppID); !strings.Contains(got, "client_id="+discordtest.AppID) || !strings.Contains(got, "applications.commands") {
		t.Errorf("invite URL %s", got)
	}
}

func TestSeveralLinksOneThreadAndIgnoredLinks(t *testing.T) {
	page := "<html><head><title>Harbor council</title></head><body><article><h1>Harbor council</h1>" +
		strings.Repeat("<p>The harbor council met on Tuesday to discuss the dredging plan and the budget for the coming year.</p>", 8) +
		"</article></body></html>"
	h := start(t, page)
	msg := h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID,
		"two: "+h.site.URL+"/mexico and "+h.site.URL+"/extra — not `"+h.site.URL+"/code` nor <"+h.site.URL+"/quiet> nor ||"+h.site.URL+"/spoiler||")
	h.fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/messages/"+msg+"/threads") }, wait)
	h.fake.Wait(func(c discordtest.Call) bool {
		return strings.Contains(c.Path, "%E2%9C%85") || strings.Contains(c.Path, "✅")
	}, wait)
	cards, threads := 0, 0
	for _, c := range h.fake.Calls() {
		if c.Method == "POST" && c.Path == "/channels/"+discordtest.ChanA+"/messages" && c.Body["embeds"] != nil {
			cards++
		}
		if strings.HasSuffix(c.Path, "/threads") {
			threads++
		}
	}
	if cards != 2 || threads != 1 {
		t.Errorf("%d cards and %d threads, want 2 and 1", cards, threads)
	}
	if _, total, _ := h.eng.List(context.Background(), "guild:"+discordtest.GuildA, 0, 10); total != 2 {
		t.Errorf("%d articles stored, want 2 (links in code, <…> and spoilers ignored)", total)
	}
}

func TestEmptyThreadMessageIsNotAQuestion(t *testing.T) {
	h := start(t, "")
	msg := h.shareLink(t, h.site.URL+"/mexico")
	h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, "")
	h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, "<@"+discordtest.BotID+"> What did Sheinbaum say about invasion?")
	reply := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "POST" && c.Path == "/channels/"+msg+"/messages" }, wait)
	if !strings.Contains(content(reply), "ruled out") {
		t.Fatalf("first reply in the thread: %s", content(reply))
	}
	if n := h.count("POST", "/channels/"+msg+"/messages"); n != 1 {
		t.Errorf("%d replies in the thread, want 1 (the empty message is not a question)", n)
	}
}

// TestOnlyWebLinksAreRead is the guard against members reading the host's
// files: every way of naming a file is refused, and nothing of the file
// reaches Discord.
func TestOnlyWebLinksAreRead(t *testing.T) {
	h := start(t, "")
	const secret = "sk-host-secret-7f3a"
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte("title: "+secret+"\n\n"+strings.Repeat("The key is "+secret+". ", 60)), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{
		path, "file://" + path, "FILE://" + path, "file:" + path, "../testdata/pages/sheinbaum.html",
		"~/.config/articlebot/config.yaml", "testdata/secret.txt",
	} {
		t.Run(src, func(t *testing.T) {
			id := h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "summarize",
				[]map[string]any{{"name": "url", "type": 3, "value": src}})
			edit := h.fake.Wait(func(c discordtest.Call) bool {
				return c.Method == "PATCH" && strings.Contains(c.Path, "/messages/@original") && strings.Contains(c.Path, "token-"+id)
			}, wait)
			if !strings.Contains(content(edit), "only web links") {
				t.Errorf("/summarize url:%s answered %q, want the web-links-only refusal", src, content(edit))
			}
		})
	}
	t.Run("pasted", func(t *testing.T) {
		h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "read this file://"+path)
		reply := h.fake.Wait(func(c discordtest.Call) bool {
			return c.Method == "POST" && strings.HasSuffix(c.Path, "/messages") && strings.Contains(content(c), "only web links")
		}, wait)
		noMentionsAllowed(t, reply)
	})
	for _, c := range h.fake.Calls() {
		if strings.Contains(string(c.Raw), secret) || strings.Contains(string(c.Raw), "Sheinbaum") {
			t.Errorf("%s %s carries the file's content: %s", c.Method, c.Path, c.Raw)
		}
	}
	if infos, n, err := h.eng.List(context.Background(), rag.Scope("guild:"+discordtest.GuildA), 0, 10); err != nil || n != 0 {
		t.Errorf("library holds %v (%d), err %v; want nothing", infos, n, err)
	}
}
