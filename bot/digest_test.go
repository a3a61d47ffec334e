package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/articlebot/articlebot/bot/discordtest"
	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/rag/ragtest"
)

// fakeClock is a Clock the test moves forward by hand.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	timers []fakeTimer
	afters int // After calls so far
}

type fakeTimer struct {
	at time.Time
	ch chan time.Time
}

func newFakeClock(now time.Time) *fakeClock { return &fakeClock{now: now} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.afters++
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
		return ch
	}
	c.timers = append(c.timers, fakeTimer{c.now.Add(d), ch})
	return ch
}

// Advance moves the clock on, firing the timers due by then.
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	kept := c.timers[:0]
	for _, t := range c.timers {
		if t.at.After(c.now) {
			kept = append(kept, t)
			continue
		}
		t.ch <- c.now
	}
	c.timers = kept
}

// Afters counts the scheduler's sleeps so far: one more means it finished
// a pass over the schedules.
func (c *fakeClock) Afters() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.afters
}

func TestRenderDigestPacksWholeStories(t *testing.T) {
	d := &rag.Digest{More: 3}
	for i := range 12 {
		text := strings.Repeat(fmt.Sprintf("Story %d said the harbor plan would cost more than anyone expected. ", i), 5)
		q := rag.Quote{Text: text, Title: fmt.Sprintf("Harbor story %d", i), Link: "https://news.test/" + fmt.Sprint(i) + "#:~:text=Story", Paragraph: 2, Speaker: "Ana Ruiz"}
		d.Stories = append(d.Stories, rag.DigestStory{
			Story:  rag.Story{ID: fmt.Sprint(i), Title: q.Title, Articles: []rag.ArticleInfo{{ID: fmt.Sprint(i), Title: q.Title, Site: "News", URL: "https://news.test/" + fmt.Sprint(i)}}},
			Shares: 2, Messages: 1, Quotes: []rag.Quote{q, q},
		})
	}
	parts := renderDigest("**Digest**", d)
	if len(parts) < 3 {
		t.Fatalf("%d parts for 12 long stories", len(parts))
	}
	for i, p := range parts {
		if n := utf8.RuneCountInString(p); n > maxContent {
			t.Errorf("part %d has %d characters", i, n)
		}
	}
	all := strings.Join(parts, "\n\n")
	for i := range 12 {
		head := fmt.Sprintf("**%d. [Harbor story %d]", i+1, i)
		found := 0
		for _, p := range parts {
			if strings.Contains(p, head) {
				found++
				if strings.Count(p, "#:~:text=Story") < 2 || !strings.Contains(p, "shared 2 times · 1 question") {
					t.Errorf("story %d is cut from its quotes:\n%s", i, p)
				}
			}
		}
		if found != 1 {
			t.Errorf("story %d in %d parts", i, found)
		}
	}
	if !strings.HasSuffix(all, "*… and 3 more stories: ask for fewer days to see them.*") {
		t.Errorf("no count of the stories left out: …%s", all[len(all)-80:])
	}
}

func TestPackSplitsAnOversizedBlock(t *testing.T) {
	long := strings.Repeat("The harbor budget grew again. ", 100)
	parts := pack([]string{"head", long, "tail"}, 500)
	for _, p := range parts {
		if utf8.RuneCountInString(p) > 500 {
			t.Errorf("part of %d characters", utf8.RuneCountInString(p))
		}
	}
	if parts[0] != "head" && !strings.HasPrefix(parts[0], "head\n\n") || !strings.HasSuffix(parts[len(parts)-1], "tail") {
		t.Errorf("parts %q … %q", parts[0], parts[len(parts)-1])
	}
}

// shareAndAsk shares the seed link in ChanA and asks one question in its
// thread, waiting until the question is counted.
func shareAndAsk(t *testing.T, h *harness) {
	t.Helper()
	msg := h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, h.site.URL+"/mexico")
	h.threadKnown(t, discordtest.GuildA, msg)
	h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, "What did Sheinbaum say about invasion?")
	deadline := time.Now().Add(wait)
	for {
		d, err := h.eng.Digest(context.Background(), "guild:"+discordtest.GuildA, rag.DigestRequest{Channel: discordtest.ChanA, Since: time.Now().Add(-time.Hour)})
		if err == nil && len(d.Stories) == 1 && d.Stories[0].Messages == 1 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the share and the question were never counted: %+v %v", d, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// original waits for the edit of an interaction's deferred response.
func original(h *harness, id string) discordtest.Call {
	return h.fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "PATCH" && strings.Contains(c.Path, "/token-"+id+"/messages/@original")
	}, wait)
}

func TestDigestCommand(t *testing.T) {
	h := start(t, "")
	reg := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "PUT" && strings.HasSuffix(c.Path, "/commands") }, wait)
	var cmds []struct {
		Name  string `json:"name"`
		Perms string `json:"default_member_permissions"`
	}
	if err := json.Unmarshal(reg.Raw, &cmds); err != nil {
		t.Fatal(err)
	}
	perms := map[string]string{}
	for _, c := range cmds {
		perms[c.Name] = c.Perms
	}
	if p, ok := perms["digest"]; !ok || p != "" {
		t.Errorf("/digest registered %v, with permissions %q", ok, p)
	}
	if p := perms["digest-schedule"]; p != "16" {
		t.Errorf("/digest-schedule's default member permissions %q, want Manage Channels (16)", p)
	}
	empty := h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "digest", nil)
	if got := content(original(h, empty)); got != "Nothing was shared in this channel in the last 7 days." {
		t.Errorf("empty digest: %q", got)
	}
	shareAndAsk(t, h)

	id := h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "digest", []map[string]any{{"name": "days", "type": 4, "value": 3}})
	edit := original(h, id)
	noMentionsAllowed(t, edit)
	text := content(edit)
	for _, want := range []string{"**Digest**: the stories shared in this channel in the last 3 days", "**1. [Mexico rejects", "shared once · 1 question", "\n> ", "#:~:text="} {
		if !strings.Contains(text, want) {
			t.Errorf("digest lacks %q:\n%s", want, text)
		}
	}
	// Another server's channel sees none of it.
	other := h.fake.Interaction(discordtest.GuildB, discordtest.ChanB, discordtest.UserID, "0", "digest", nil)
	if got := content(original(h, other)); !strings.HasPrefix(got, "Nothing was shared") {
		t.Errorf("server B's digest: %q", got)
	}
}

func TestDigestScheduleNeedsManageChannels(t *testing.T) {
	h := start(t, "")
	id := h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.OtherID, "0", "digest-schedule", nil)
	ack := h.fake.Wait(func(c discordtest.Call) bool { return strings.HasPrefix(c.Path, "/interactions/"+id+"/") }, wait)
	if data, _ := ack.Body["data"].(map[string]any); data == nil || int(data["flags"].(float64))&64 == 0 {
		t.Errorf("schedule answer is not ephemeral: %v", ack.Body)
	}
	if got := content(original(h, id)); !strings.Contains(got, "Manage Channels") {
		t.Errorf("schedule without permission: %q", got)
	}
	if all, err := h.bot.digests.DigestSchedules(context.Background()); err != nil || len(all) != 0 {
		t.Errorf("scheduled anyway: %v %v", all, err)
	}
}

// scheduleWeekly runs /digest-schedule in ChanA as a moderator.
func scheduleWeekly(t *testing.T, h *harness) {
	t.Helper()
	id := h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "16", "digest-schedule", nil)
	if got := content(original(h, id)); !strings.Contains(got, "Weekly digest in this channel: on.") || !strings.Contains(got, "<t:") {
		t.Fatalf("schedule: %q", got)
	}
}

// weeklyPost is the scheduler's post in ChanA, if made.
func weeklyPost(h *harness) (discordtest.Call, bool) {
	for _, c := range h.fake.Calls() {
		if c.Method == "POST" && c.Path == "/channels/"+discordtest.ChanA+"/messages" && strings.HasPrefix(content(c), "**Weekly digest**") {
			return c, true
		}
	}
	return discordtest.Call{}, false
}

func TestWeeklyDigestPostedWhenDue(t *testing.T) {
	clock := newFakeClock(time.Now())
	h := startWith(t, "", nil, func(o *Options) { o.Clock = clock })
	scheduleWeekly(t, h)
	shareAndAsk(t, h)

	// Advancing fires the scheduler's sleep; wait for its next one without
	// moving the clock on: the digest is still a minute off, so whatever
	// pass ran must not post it. (Moving the clock while waiting let a
	// slow pass see it due.) The count is read before the advance: read
	// after it, the scheduler may already have slept again, and the wait
	// would never end.
	before := clock.Afters()
	clock.Advance(digestEvery - time.Minute)
	deadline := time.Now().Add(wait)
	for clock.Afters() == before {
		if time.Now().After(deadline) {
			t.Fatal("the scheduler never slept again after the clock moved on")
		}
		time.Sleep(time.Millisecond)
	}
	if _, ok := weeklyPost(h); ok {
		t.Fatal("digest posted before it was due")
	}
	deadline = time.Now().Add(wait)
	var post discordtest.Call
	for ok := false; !ok; post, ok = weeklyPost(h) {
		if time.Now().After(deadline) {
			t.Fatal("weekly digest never posted")
		}
		clock.Advance(time.Second) // the scheduler may be between its check and its sleep
		time.Sleep(time.Millisecond)
	}
	noMentionsAllowed(t, post)
	if text := content(post); !strings.Contains(text, "Mexico rejects") || !strings.Contains(text, "shared once · 1 question") || !strings.Contains(text, "#:~:text=") {
		t.Errorf("weekly digest:\n%s", text)
	}
	for { // moved on once the post is done
		all, err := h.bot.digests.DigestSchedules(context.Background())
		next := all["guild:"+discordtest.GuildA][discordtest.ChanA]
		if err == nil && next.After(clock.Now().Add(digestEvery-time.Hour)) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("next digest due %v (%v), want a week on", next, err)
		}
		time.Sleep(time.Millisecond)
	}
}

// TestWeeklyDigestSurvivesRestart: a schedule set before a restart is kept
// in the record, and a new bot over it posts the digest that fell due
// while it was down, once, and stops its scheduler with Run.
func TestWeeklyDigestSurvivesRestart(t *testing.T) {
	var kv KeyValue
	h1 := startSetup(t, setup{deps: func(d *Deps) { kv = d.Settings }})
	scheduleWeekly(t, h1)
	shareAndAsk(t, h1)
	if err := h1.stop(); err != nil {
		t.Fatal(err)
	}
	if v, ok, err := kv.Setting(context.Background(), "guild:"+discordtest.GuildA, keyDigests); !ok || err != nil || !strings.Contains(v, discordtest.ChanA) {
		t.Fatalf("schedule not in the record: %q %v %v", v, ok, err)
	}

	clock := newFakeClock(time.Now().Add(digestEvery + time.Hour))
	h2 := startSetup(t, setup{
		tune: func(o *Options) { o.Clock = clock },
		deps: func(d *Deps) { d.Engine, d.Asker, d.Links, d.Settings = h1.eng, h1.eng, h1.eng, kv },
	})
	post := h2.fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "POST" && c.Path == "/channels/"+discordtest.ChanA+"/messages" && strings.HasPrefix(content(c), "**Weekly digest**")
	}, wait)
	if !strings.Contains(content(post), "Mexico rejects") {
		t.Errorf("digest after restart:\n%s", content(post))
	}
	if err := h2.stop(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-h2.bot.digestsDone:
	default:
		t.Error("Run returned with the digest scheduler still running")
	}
	n := 0
	for _, c := range h2.fake.Calls() {
		if strings.HasPrefix(content(c), "**Weekly digest**") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d weekly digests posted, want 1", n)
	}
}

// TestWeeklyDigestPostedByTheServingShard: with shards in several
// processes, only the process serving a server posts its digests.
func TestWeeklyDigestPostedByTheServingShard(t *testing.T) {
	ctx := context.Background()
	eng, st := ragtest.New(t)
	fake := discordtest.New(t)
	mine, theirs := discordtest.GuildInShard(0, 2, 1), discordtest.GuildInShard(1, 2, 1)
	chans := map[string]string{mine: "310000000000000001", theirs: "310000000000000002"}
	kv := &kvMemory{kv: st}
	due := time.Now().Add(-time.Hour)
	for g, ch := range chans {
		fake.AddGuild(g, ch)
		scope := rag.Scope("guild:" + g)
		res, err := eng.Ingest(ctx, rag.IngestRequest{Scope: scope, Source: rag.LocalFile("../testdata/pages/sheinbaum.html"), AddedBy: "u"})
		if err != nil {
			t.Fatal(err)
		}
		if err := eng.AddArticleChannel(ctx, scope, res.Article.ID, ch); err != nil {
			t.Fatal(err)
		}
		if err := kv.SetDigestSchedule(ctx, scope, ch, due); err != nil {
			t.Fatal(err)
		}
	}
	clock := newFakeClock(time.Now())
	startShards(t, fake, eng, st, "tok-0", 2, []int{0}, func(o *Options) { o.Clock = clock })
	fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "POST" && c.Path == "/channels/"+chans[mine]+"/messages"
	}, wait)
	deadline := time.Now().Add(wait)
	for clock.Afters() == 0 { // the pass over every schedule is over
		if time.Now().After(deadline) {
			t.Fatal("the scheduler never slept")
		}
		time.Sleep(time.Millisecond)
	}
	for _, c := range fake.Calls() {
		if c.Path == "/channels/"+chans[theirs]+"/messages" {
			t.Errorf("posted the digest of a server another process serves: %s %s", c.Method, c.Path)
		}
	}
	all, err := kv.DigestSchedules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := all[rag.Scope("guild:"+theirs)][chans[theirs]]; !got.Equal(due) {
		t.Errorf("the other process's schedule moved to %v", got)
	}
	if got := all[rag.Scope("guild:"+mine)][chans[mine]]; !got.After(clock.Now()) {
		t.Errorf("own schedule not moved on: %v", got)
	}
}

// TestDigestSplitsIntoFollowUps: a digest longer than one message is the
// deferred response and follow-ups, each within Discord's limit, each
// story whole in one of them.
func TestDigestSplitsIntoFollowUps(t *testing.T) {
	h := start(t, "")
	ctx := context.Background()
	scope := rag.Scope("guild:" + discordtest.GuildA)
	var titles []string
	for _, p := range []string{"sheinbaum.html", "blog.html", "liveblog.html", "paywall.html"} {
		res, err := h.eng.Ingest(ctx, rag.IngestRequest{Scope: scope, Source: rag.LocalFile("../testdata/pages/" + p), AddedBy: discordtest.UserID})
		if err != nil {
			t.Fatal(err)
		}
		if err := h.eng.AddArticleChannel(ctx, scope, res.Article.ID, discordtest.ChanA); err != nil {
			t.Fatal(err)
		}
		titles = append(titles, res.Article.Title)
	}
	id := h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "digest", nil)
	parts := []string{content(original(h, id))}
	follow := func(c discordtest.Call) bool {
		return c.Method == "POST" && strings.HasPrefix(c.Path, "/webhooks/") && strings.Contains(c.Path, "/token-"+id)
	}
	h.fake.Wait(follow, wait)
	deadline := time.Now().Add(wait)
	for {
		var got []string
		for _, c := range h.fake.Calls() {
			if follow(c) {
				noMentionsAllowed(t, c)
				got = append(got, content(c))
			}
		}
		if all := strings.Join(append(parts[:1:1], got...), "\n"); strings.Contains(all, "**4. [") && strings.Count(all, "\n— ") >= 4 || time.Now().After(deadline) {
			parts = append(parts[:1], got...)
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if len(parts) < 2 {
		t.Fatalf("four stories in %d message(s)", len(parts))
	}
	for _, title := range titles {
		n := 0
		for _, p := range parts {
			if utf8.RuneCountInString(p) > maxContent {
				t.Errorf("message of %d characters", utf8.RuneCountInString(p))
			}
			if i := strings.Index(p, escape(truncate(title, 200))); i >= 0 {
				n++
				if !strings.Contains(p[i:], "\n— ") {
					t.Errorf("%q is cut from its quotes", title)
				}
			}
		}
		if n != 1 {
			t.Errorf("%q appears in %d messages", title, n)
		}
	}
}

func TestDigestScheduleOffAndCompareAndSet(t *testing.T) {
	h := start(t, "")
	ctx := context.Background()
	scope := rag.Scope("guild:" + discordtest.GuildA)
	scheduleWeekly(t, h)
	all, err := h.bot.digests.DigestSchedules(ctx)
	due := all[scope][discordtest.ChanA]
	if err != nil || due.IsZero() {
		t.Fatalf("schedules %v %v", all, err)
	}
	// The scheduler moving a digest it posted changes nothing once the
	// schedule was changed meanwhile.
	if err := h.bot.digests.MoveDigestSchedule(ctx, scope, discordtest.ChanA, due.Add(-time.Hour), due.Add(digestEvery)); err != nil {
		t.Fatal(err)
	}
	if all, _ := h.bot.digests.DigestSchedules(ctx); !all[scope][discordtest.ChanA].Equal(due) {
		t.Errorf("a stale move changed the schedule to %v", all[scope][discordtest.ChanA])
	}
	id := h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "16", "digest-schedule", []map[string]any{{"name": "mode", "type": 3, "value": "off"}})
	if got := content(original(h, id)); got != "Weekly digest in this channel: off." {
		t.Errorf("off: %q", got)
	}
	if err := h.bot.digests.MoveDigestSchedule(ctx, scope, discordtest.ChanA, due, due.Add(digestEvery)); err != nil {
		t.Fatal(err)
	}
	if all, err := h.bot.digests.DigestSchedules(ctx); err != nil || len(all) != 0 {
		t.Errorf("schedule turned off came back: %v %v", all, err)
	}
}

// TestWeeklyDigestEndsWhenTheChannelIsGone: a channel that answers 404
// (deleted) ends its schedule instead of being tried every week.
func TestWeeklyDigestEndsWhenTheChannelIsGone(t *testing.T) {
	clock := newFakeClock(time.Now())
	h := startWith(t, "", nil, func(o *Options) { o.Clock = clock })
	scheduleWeekly(t, h)
	shareAndAsk(t, h)
	h.fake.FailCalls(func(method, path string) int {
		if method == "POST" && path == "/channels/"+discordtest.ChanA+"/messages" {
			return 404
		}
		return 0
	})
	clock.Advance(digestEvery)
	deadline := time.Now().Add(wait)
	for {
		all, err := h.bot.digests.DigestSchedules(context.Background())
		if err == nil && len(all) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("schedule of a deleted channel kept: %v %v", all, err)
		}
		clock.Advance(time.Second)
		time.Sleep(time.Millisecond)
	}
}
