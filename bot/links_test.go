package bot

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/articlebot/articlebot/bot/discordtest"
	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/rag/ragtest"
)

// TestQuestionRightAfterThreadStart: a member asks in the new thread while
// the call that starts it has not yet returned; the question is answered.
func TestQuestionRightAfterThreadStart(t *testing.T) {
	h := start(t, "")
	h.fake.OnThreadStart(func(thread string) {
		h.fake.PostMessage(discordtest.GuildA, thread, discordtest.UserID, "What did Sheinbaum say about invasion?")
		// Hold the thread start until the question is answered (or surely
		// dropped), so that the bot cannot save the link after the call.
		deadline := time.Now().Add(3 * time.Second)
		for time.Now().Before(deadline) {
			for _, c := range h.fake.Calls() {
				if c.Method == "POST" && c.Path == "/channels/"+thread+"/messages" {
					return
				}
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
	msg := h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, h.site.URL+"/mexico")
	reply := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "POST" && c.Path == "/channels/"+msg+"/messages" }, wait)
	if !strings.Contains(content(reply), "ruled out") {
		t.Fatalf("answer in the new thread: %s", content(reply))
	}
}

// recordingKV remembers every key ever set, to check what is left behind.
type recordingKV struct {
	KeyValue
	mu   sync.Mutex
	keys map[rag.Scope]map[string]bool
}

func (r *recordingKV) SetSetting(ctx context.Context, scope rag.Scope, key, value string) error {
	r.mu.Lock()
	if r.keys[scope] == nil {
		r.keys[scope] = map[string]bool{}
	}
	r.keys[scope][key] = true
	r.mu.Unlock()
	return r.KeyValue.SetSetting(ctx, scope, key, value)
}

// left is every key set once that still holds a value.
func (r *recordingKV) left(t *testing.T, scope rag.Scope) []string {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for k := range r.keys[scope] {
		if v, ok, err := r.Setting(context.Background(), scope, k); err != nil {
			t.Fatal(err)
		} else if ok {
			out = append(out, k+"="+v)
		}
	}
	return out
}

// TestForgetDropsThreadAndChannelLinks: /forget leaves no thread or
// channel link behind, and reading the same link again does not bring the
// old thread back to life.
func TestForgetDropsThreadAndChannelLinks(t *testing.T) {
	var rec *recordingKV
	h := startSetup(t, setup{deps: func(d *Deps) {
		rec = &recordingKV{KeyValue: d.Settings, keys: map[rag.Scope]map[string]bool{}}
		d.Settings = rec
	}})
	scope := rag.Scope("guild:" + discordtest.GuildA)
	ctx := context.Background()
	oldThread := h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, h.site.URL+"/mexico")
	h.fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/messages/"+oldThread+"/threads") }, wait)
	h.threadKnown(t, discordtest.GuildA, oldThread)
	infos, _, err := h.eng.List(ctx, scope, 0, 1)
	if err != nil || len(infos) != 1 {
		t.Fatalf("articles %v, err %v", infos, err)
	}
	links := h.bot.links
	if ids, err := links.ChannelArticles(ctx, scope, discordtest.ChanA); err != nil || len(ids) != 1 {
		t.Fatalf("channel articles before /forget: %v, %v", ids, err)
	}

	id := h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "forget", []map[string]any{{"name": "article", "type": 3, "value": infos[0].ID}})
	done := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "PATCH" && strings.Contains(c.Path, "token-"+id) }, wait)
	if !strings.Contains(content(done), "Forgot") {
		t.Fatalf("/forget: %s", content(done))
	}
	if left := rec.left(t, scope); len(left) != 0 {
		t.Errorf("/forget left settings behind: %v", left)
	}

	newThread := h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, h.site.URL+"/mexico")
	h.fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/messages/"+newThread+"/threads") }, wait)
	h.threadKnown(t, discordtest.GuildA, newThread)
	if a, ok, err := links.ThreadArticle(ctx, scope, oldThread); ok || err != nil {
		t.Errorf("the old thread is linked to %s again after a re-ingest (err %v)", a, err)
	}
	h.fake.PostMessage(discordtest.GuildA, oldThread, discordtest.UserID, "What did Sheinbaum say about invasion?")
	h.fake.PostMessage(discordtest.GuildA, newThread, discordtest.UserID, "What did Sheinbaum say about invasion?")
	h.fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "POST" && c.Path == "/channels/"+newThread+"/messages"
	}, wait)
	for _, c := range h.fake.Calls() {
		if c.Method == "POST" && c.Path == "/channels/"+oldThread+"/messages" {
			t.Errorf("answered in the thread of the forgotten article: %s", content(c))
		}
	}
}

// countingLinks counts the lookups of the articles shared in a channel.
type countingLinks struct {
	Links
	mu    sync.Mutex
	calls int
}

func (c *countingLinks) ChannelArticles(ctx context.Context, scope rag.Scope, channelID string) ([]string, error) {
	c.mu.Lock()
	c.calls++
	c.mu.Unlock()
	return c.Links.ChannelArticles(ctx, scope, channelID)
}

// listingEngine counts listings of a scope's articles.
type listingEngine struct {
	Engine
	mu    sync.Mutex
	lists int
}

func (e *listingEngine) List(ctx context.Context, scope rag.Scope, offset, limit int) ([]rag.ArticleInfo, int, error) {
	e.mu.Lock()
	e.lists++
	e.mu.Unlock()
	return e.Engine.List(ctx, scope, offset, limit)
}

// TestAskChannelScope: /ask scope:channel answers from the articles shared
// in this channel only, with one lookup of them, not one per article.
func TestAskChannelScope(t *testing.T) {
	page := "<html><head><title>Harbor council</title></head><body><article><h1>Harbor council</h1>" +
		strings.Repeat("<p>The harbor council met on Tuesday to discuss the dredging plan and the budget for the coming year.</p>", 8) +
		"</article></body></html>"
	links := &countingLinks{}
	eng := &listingEngine{}
	h := startSetup(t, setup{extraPage: page, deps: func(d *Deps) {
		links.Links = d.Links
		d.Links = links
		eng.Engine = d.Engine
		d.Engine = eng
	}})
	const other = "300000000000000009"
	for _, share := range []struct{ channel, path string }{{discordtest.ChanA, "/mexico"}, {other, "/extra"}} {
		msg := h.fake.PostMessage(discordtest.GuildA, share.channel, discordtest.UserID, h.site.URL+share.path)
		h.fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/messages/"+msg+"/threads") }, wait)
	}
	ask := func(channel, question string) string {
		t.Helper()
		links.mu.Lock()
		links.calls = 0
		links.mu.Unlock()
		eng.mu.Lock()
		eng.lists = 0
		eng.mu.Unlock()
		id := h.fake.Interaction(discordtest.GuildA, channel, discordtest.UserID, "0", "ask", []map[string]any{
			{"name": "question", "type": 3, "value": question}, {"name": "scope", "type": 3, "value": "channel"}})
		edit := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "PATCH" && strings.Contains(c.Path, "token-"+id) }, wait)
		links.mu.Lock()
		defer links.mu.Unlock()
		eng.mu.Lock()
		defer eng.mu.Unlock()
		if links.calls != 1 || eng.lists != 0 {
			t.Errorf("/ask scope:channel made %d channel lookups and %d listings, want 1 and 0", links.calls, eng.lists)
		}
		return content(edit)
	}
	if got := ask(discordtest.ChanA, "What did Sheinbaum say about invasion?"); !strings.Contains(got, "ruled out") {
		t.Errorf("in the channel the article was shared in: %s", got)
	}
	if got := ask(other, "What did Sheinbaum say about invasion?"); strings.Contains(got, "ruled out") {
		t.Errorf("another channel's article was used: %s", got)
	}
	if got := ask(discordtest.ChanB, "What did Sheinbaum say about invasion?"); !strings.Contains(got, "No articles were shared in this channel") {
		t.Errorf("a channel with no articles: %s", got)
	}
	// Sharing a known article again, by /summarize, makes it this
	// channel's too.
	const third = "300000000000000008"
	id := h.fake.Interaction(discordtest.GuildA, third, discordtest.UserID, "0", "summarize", []map[string]any{{"name": "url", "type": 3, "value": h.site.URL + "/mexico"}})
	h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "PATCH" && strings.Contains(c.Path, "token-"+id) }, wait)
	if got := ask(third, "What did Sheinbaum say about invasion?"); !strings.Contains(got, "ruled out") {
		t.Errorf("in a channel where /summarize shared it again: %s", got)
	}
}

func ragtestNew(t *testing.T) (*rag.Engine, KeyValue) {
	t.Helper()
	eng, st := ragtest.New(t)
	return eng, st
}

// TestReplyFocusesOnLinkedArticle: with several articles read and none in
// focus, "tl;dr?" asks which; asked in reply to a shared link, it is about
// that link's article.
func TestReplyFocusesOnLinkedArticle(t *testing.T) {
	blog, err := os.ReadFile("../testdata/pages/blog.html")
	if err != nil {
		t.Fatal(err)
	}
	h := start(t, string(blog))
	var shared []string
	for _, path := range []string{"/mexico", "/extra"} {
		id := h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, h.site.URL+path)
		h.fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/messages/"+id+"/threads") }, wait)
		shared = append(shared, id)
	}
	answer := func(id string) string {
		return content(h.fake.Wait(func(c discordtest.Call) bool {
			ref, _ := c.Body["message_reference"].(map[string]any)
			return c.Method == "POST" && ref != nil && ref["message_id"] == id
		}, wait))
	}
	ask := h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "<@"+discordtest.BotID+"> tl;dr?")
	if text := answer(ask); !strings.Contains(text, "which article?") {
		t.Errorf("tl;dr with no article in focus: %q", text)
	}
	ask = h.fake.ReplyMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "<@"+discordtest.BotID+"> tl;dr?", shared[0])
	if text := answer(ask); !strings.Contains(text, "In short, from") || !strings.Contains(text, "Mexico rejects") {
		t.Errorf("tl;dr in reply to the Mexico link: %q", text)
	}
}

// TestAskWhichArticle: /ask about "this" article with several read and
// none named points at the command's own option.
func TestAskWhichArticle(t *testing.T) {
	blog, err := os.ReadFile("../testdata/pages/blog.html")
	if err != nil {
		t.Fatal(err)
	}
	h := start(t, string(blog))
	for _, path := range []string{"/mexico", "/extra"} {
		id := h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, h.site.URL+path)
		h.fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/messages/"+id+"/threads") }, wait)
	}
	h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "ask", []map[string]any{{"name": "question", "type": 3, "value": "tl;dr?"}})
	edit := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "PATCH" && strings.HasSuffix(c.Path, "@original") }, wait)
	if !strings.Contains(content(edit), "article: option") {
		t.Errorf("/ask tl;dr? with two articles: %s", content(edit))
	}
}
