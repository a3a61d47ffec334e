package bot

import (
	"context"
	"errors"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/articlebot/articlebot/bot/discordtest"
	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/rag/ragtest"
	"github.com/articlebot/articlebot/store"
)

func TestShardOf(t *testing.T) {
	tests := []struct {
		guild string
		count int
		want  int
	}{
		{"175928847299117063", 16, 4}, // (id >> 22) % 16, worked by hand
		{"175928847299117063", 1, 0},
		{"200000000000000001", 4, 0},
		{"", 4, 0}, // a DM
		{"not-a-snowflake", 4, 0},
	}
	for _, tc := range tests {
		if got := shardOf(tc.guild, tc.count); got != tc.want {
			t.Errorf("shardOf(%q, %d) = %d, want %d", tc.guild, tc.count, got, tc.want)
		}
	}
	for count := 1; count <= 8; count++ {
		for shard := range count {
			for n := range 3 {
				g := discordtest.GuildInShard(shard, count, n)
				if got, fake := shardOf(g, count), discordtest.ShardOf(g, count); got != shard || fake != shard {
					t.Fatalf("guild %s of shard %d/%d: bot says %d, fake %d", g, shard, count, got, fake)
				}
			}
		}
	}
}

// shardedBot is one process's bot in a sharded test: its own token, so
// that the fake's calls tell which process made them.
type shardedBot struct {
	bot  *Bot
	auth string // the Authorization header of its REST calls
	stop func() error
}

// startShards runs a bot over the shared engine and store that serves ids
// of count shards, and waits until they are connected.
func startShards(t *testing.T, fake *discordtest.Fake, eng *rag.Engine, st *store.Store, token string, count int, ids []int, tune func(*Options)) *shardedBot {
	t.Helper()
	return startPaced(t, fake, eng, st, token, count, ids, tune, identifyEvery)
}

// startPaced is startShards with the identify bucket's interval.
func startPaced(t *testing.T, fake *discordtest.Fake, eng *rag.Engine, st *store.Store, token string, count int, ids []int, tune func(*Options), every time.Duration) *shardedBot {
	t.Helper()
	opts := Options{Token: token, APIBaseURL: fake.URL, Autoingest: true, ShardCount: count, Shards: ids, UserAsksPerMinute: 60, ServerAsksPerMinute: 600,
		UserIngestsPerMinute: 60, ServerIngestsPerMinute: 600, PurgeGrace: time.Hour}
	if tune != nil {
		tune(&opts)
	}
	b, err := New(opts, Deps{Engine: eng, Asker: eng, Links: eng, Settings: st})
	if err != nil {
		t.Fatal(err)
	}
	b.identifyEvery = every
	stop := runBot(t, context.Background(), b, "Run ("+token+")")
	var want []discordtest.Shard
	for _, id := range ids {
		want = append(want, discordtest.Shard{ID: id, Count: count})
	}
	if len(want) == 0 {
		<-fake.Ready()
	}
	fake.WaitConnected(true, wait, want...)
	if len(ids) == 0 || slices.Contains(ids, 0) {
		// Registered after every shard is open: Run is past connecting.
		fake.Wait(func(c discordtest.Call) bool {
			return c.Method == "PUT" && strings.HasSuffix(c.Path, "/commands") && c.Auth == "Bot "+token
		}, wait)
	}
	return &shardedBot{bot: b, auth: "Bot " + token, stop: stop}
}

// articleSite serves the seed article at every path.
func articleSite(t *testing.T) *httptest.Server {
	t.Helper()
	page, err := os.ReadFile("../testdata/pages/sheinbaum.html")
	if err != nil {
		t.Fatal(err)
	}
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	t.Cleanup(site.Close)
	return site
}

// TestShardedProcessesServeTheirServers: two bots over one record, shards
// 0–1 and 2–3 of 4, against one fake Discord. Each server's link is
// answered by the bot running its shard and by no other, a DM by the one
// running shard 0; the commands are registered once, by that one; and a
// bot that stops takes only its own shards down.
func TestShardedProcessesServeTheirServers(t *testing.T) {
	fake := discordtest.New(t)
	var guilds, chans [4]string
	for s := range 4 {
		guilds[s], chans[s] = discordtest.GuildInShard(s, 4, 0), discordtest.GuildInShard(s, 4, 1)
		fake.AddGuild(guilds[s], chans[s])
	}
	site := articleSite(t)
	eng, st := ragtest.New(t)
	a := startShards(t, fake, eng, st, "token-a", 4, []int{0, 1}, nil)
	b := startShards(t, fake, eng, st, "token-b", 4, []int{2, 3}, nil)

	var ids []discordtest.Shard
	for _, id := range fake.Identified() {
		ids = append(ids, id.Shard)
	}
	if want := []discordtest.Shard{{ID: 0, Count: 4}, {ID: 1, Count: 4}, {ID: 2, Count: 4}, {ID: 3, Count: 4}}; !slices.Equal(ids, want) {
		t.Errorf("identified %v, want %v", ids, want)
	}
	answeredBy := func(guild, channel string) string {
		t.Helper()
		msg := fake.PostMessage(guild, channel, discordtest.UserID, site.URL+"/"+guild)
		c := fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/messages/"+msg+"/threads") }, wait)
		for _, other := range fake.Calls() {
			if strings.Contains(other.Path, "/messages/"+msg+"/") && other.Auth != c.Auth {
				t.Errorf("the message of server %s was handled by both %s and %s", guild, c.Auth, other.Auth)
			}
		}
		return c.Auth
	}
	for s, want := range []*shardedBot{a, a, b, b} {
		if got := answeredBy(guilds[s], chans[s]); got != want.auth {
			t.Errorf("a link in a server of shard %d was answered by %s, want %s", s, got, want.auth)
		}
	}
	dm := fake.PostMessage("", "600000000000000001", discordtest.UserID, site.URL+"/dm")
	if c := fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "POST" && c.Path == "/channels/600000000000000001/messages"
	}, wait); c.Auth != a.auth {
		t.Errorf("DM %s answered by %s, want the bot running shard 0 (%s)", dm, c.Auth, a.auth)
	}
	var registered []string
	for _, c := range fake.Calls() {
		if c.Method == "PUT" && strings.HasSuffix(c.Path, "/commands") {
			registered = append(registered, c.Auth)
		}
	}
	if !slices.Equal(registered, []string{a.auth}) {
		t.Errorf("commands registered by %v, want once by the bot running shard 0", registered)
	}

	// Stopping b closes shards 2 and 3 only; a goes on serving its own.
	if err := b.stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}
	fake.WaitConnected(false, wait, discordtest.Shard{ID: 2, Count: 4}, discordtest.Shard{ID: 3, Count: 4})
	fake.WaitConnected(true, wait, discordtest.Shard{ID: 0, Count: 4}, discordtest.Shard{ID: 1, Count: 4})
	if got := answeredBy(guilds[1], chans[1]); got != a.auth {
		t.Errorf("after b stopped, shard 1's server answered by %s", got)
	}
}

// TestShardCountFromDiscord: with no shard count configured, the bot
// connects as many shards as GET /gateway/bot recommends.
func TestShardCountFromDiscord(t *testing.T) {
	fake := discordtest.New(t)
	fake.RecommendShards(3)
	eng, st := ragtest.New(t)
	startShards(t, fake, eng, st, "t", 0, nil, nil)
	fake.WaitConnected(true, wait, discordtest.Shard{ID: 0, Count: 3}, discordtest.Shard{ID: 1, Count: 3}, discordtest.Shard{ID: 2, Count: 3})
}

// TestIdentifyPace: shards of one identify bucket (ID modulo Discord's
// max_concurrency) identify at least the bucket's interval apart; shards
// of different buckets do not wait for each other.
func TestIdentifyPace(t *testing.T) {
	fake := discordtest.New(t)
	fake.IdentifyConcurrency(2)
	eng, st := ragtest.New(t)
	const every = 300 * time.Millisecond
	startPaced(t, fake, eng, st, "t", 4, []int{0, 1, 2, 3}, nil, every)
	at := map[int]time.Time{}
	for _, id := range fake.Identified() {
		at[id.Shard.ID] = id.At
	}
	for _, pair := range [][2]int{{0, 2}, {1, 3}} {
		if gap := at[pair[1]].Sub(at[pair[0]]); gap < every {
			t.Errorf("shards %d and %d (one bucket) identified %v apart, want at least %v", pair[0], pair[1], gap, every)
		}
	}
	if !at[1].Before(at[2]) {
		t.Errorf("shard 1 (bucket 1) waited for bucket 0: identified at %v, shard 2 at %v", at[1], at[2])
	}
}

// TestPurgeOnlyByTheServingProcess: a server the bot left is purged by the
// process that runs its shard, never by another.
func TestPurgeOnlyByTheServingProcess(t *testing.T) {
	fake := discordtest.New(t)
	site := articleSite(t)
	eng, st := ragtest.New(t)
	ctx := context.Background()
	mine, theirs := discordtest.GuildInShard(1, 4, 0), discordtest.GuildInShard(3, 4, 0)
	left := &kvMemory{kv: st}
	for _, g := range []string{mine, theirs} {
		if _, err := eng.Ingest(ctx, rag.IngestRequest{Scope: scopeOf(g, ""), Source: rag.WebLink(site.URL + "/" + g)}); err != nil {
			t.Fatal(err)
		}
		if err := left.MarkLeft(ctx, scopeOf(g, ""), time.Now().Add(-time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	articles := func(g string) int {
		_, n, err := eng.List(ctx, scopeOf(g, ""), 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	purgedBy := func(g string) {
		t.Helper()
		deadline := time.Now().Add(wait)
		for articles(g) > 0 {
			if time.Now().After(deadline) {
				t.Fatalf("server %s never purged", g)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	instant := func(o *Options) { o.PurgeGrace = 0 }
	startShards(t, fake, eng, st, "token-a", 4, []int{0, 1}, instant)
	purgedBy(mine)
	if articles(theirs) == 0 {
		t.Fatal("the bot running shards 0-1 purged a server of shard 3")
	}
	startShards(t, fake, eng, st, "token-b", 4, []int{2, 3}, instant)
	purgedBy(theirs)
}

// TestShardStartRefused: what Discord says before or as a shard connects
// ends Run with an error that says what to change, and no session is
// started that Discord would count against the bot.
func TestShardStartRefused(t *testing.T) {
	tests := []struct {
		name       string
		discord    func(*discordtest.Fake)
		count      int
		want       string
		identified int
	}{
		{"too few shards (4011)", func(f *discordtest.Fake) { f.RequireShards(2) }, 1, "requires more shards than 1", 0},
		{"session starts used up", func(f *discordtest.Fake) { f.SessionStarts(1) }, 2, "allows 1 more gateway sessions", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fake := discordtest.New(t)
			tc.discord(fake)
			eng, st := ragtest.New(t)
			b, err := New(Options{Token: "t", APIBaseURL: fake.URL, ShardCount: tc.count}, Deps{Engine: eng, Asker: eng, Links: eng, Settings: st})
			if err != nil {
				t.Fatal(err)
			}
			err = b.Run(context.Background())
			if err == nil || !strings.Contains(err.Error(), tc.want) || errors.Is(err, ErrBadToken) {
				t.Fatalf("Run = %v, want an error saying %q", err, tc.want)
			}
			if n := len(fake.Identified()); n != tc.identified {
				t.Errorf("%d sessions started, want %d", n, tc.identified)
			}
		})
	}
}

// TestShardsResume: when the gateway drops, each shard resumes its own
// session and its servers' events reach it again.
func TestShardsResume(t *testing.T) {
	fake := discordtest.New(t)
	g1, c1 := discordtest.GuildInShard(1, 2, 0), discordtest.GuildInShard(1, 2, 1)
	fake.AddGuild(g1, c1)
	site := articleSite(t)
	eng, st := ragtest.New(t)
	reg := prometheus.NewRegistry()
	metrics := NewMetrics(reg)
	startShards(t, fake, eng, st, "t", 2, nil, func(o *Options) { o.Metrics = metrics })
	shardsUp(t, reg, map[string]float64{"0": 1, "1": 1})
	fake.Drop()
	both := []discordtest.Shard{{ID: 0, Count: 2}, {ID: 1, Count: 2}}
	fake.WaitConnected(false, wait, both...)
	fake.WaitConnected(true, wait, both...)
	msg := fake.PostMessage(g1, c1, discordtest.UserID, site.URL+"/after-resume")
	fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/messages/"+msg+"/threads") }, wait)
	if n := len(fake.Identified()); n != 2 {
		t.Errorf("%d IDENTIFYs, want 2: the shards should have resumed", n)
	}
	shardsUp(t, reg, map[string]float64{"0": 1, "1": 1})
}

// shardsUp waits until articlebot_discord_shard_up is want (shard → value).
func shardsUp(t *testing.T, reg *prometheus.Registry, want map[string]float64) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for {
		got := shardGauges(t, reg)
		if maps.Equal(got, want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("articlebot_discord_shard_up = %v, want %v", got, want)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// warmSpy records the bot's call to warm its engine's indexes.
type warmSpy struct {
	Engine
	called chan func(rag.Scope) bool
}

func (w warmSpy) Warm(_ context.Context, period time.Duration, serve func(rag.Scope) bool) (int, error) {
	if period <= 0 {
		return 0, errors.New("no period")
	}
	w.called <- serve
	return 0, nil
}

// TestReadyWarmsServedIndexes: once ready, the bot has the engine load the
// indexes of active servers, of its own shards only.
func TestReadyWarmsServedIndexes(t *testing.T) {
	spy := warmSpy{called: make(chan func(rag.Scope) bool, 1)}
	startSetup(t, setup{
		tune: func(o *Options) { o.ShardCount, o.Shards = 2, []int{0} },
		deps: func(d *Deps) { spy.Engine = d.Engine; d.Engine = spy },
	})
	select {
	case serve := <-spy.called:
		// Guild 0 is on shard 0 of 2, guild 1<<22 on shard 1.
		if !serve(scopeOf("0", "")) || serve(scopeOf(strconv.Itoa(1<<22), "")) {
			t.Error("warming is not limited to the servers of this process's shards")
		}
	case <-time.After(wait):
		t.Fatal("the bot never warmed its indexes")
	}
}

// TestReturnBeforeLeaving: Discord's events reach their handlers
// concurrently, so a server's GUILD_CREATE at connection may be handled
// after the GUILD_DELETE that followed it. A return recorded as earlier
// than the departure must not cancel the purge.
func TestReturnBeforeLeaving(t *testing.T) {
	_, st := ragtest.New(t)
	ctx := context.Background()
	m := &kvMemory{kv: st}
	scope := scopeOf(discordtest.GuildB, "")
	t0 := time.Now()
	isLeft := func() bool {
		t.Helper()
		left, err := m.LeftServers(ctx)
		if err != nil {
			t.Fatal(err)
		}
		_, ok := left[scope]
		return ok
	}
	for _, step := range []struct {
		name     string
		left     bool
		at       time.Duration
		wantLeft bool
	}{
		{"leaves", true, 100 * time.Millisecond, true},
		{"a return handled late, from before the departure", false, 0, true},
		{"a return after the departure", false, 200 * time.Millisecond, false},
		{"a return with nothing to forget", false, 300 * time.Millisecond, false},
	} {
		var err error
		if step.left {
			err = m.MarkLeft(ctx, scope, t0.Add(step.at))
		} else {
			err = m.MarkReturned(ctx, scope, t0.Add(step.at))
		}
		if err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		if got := isLeft(); got != step.wantLeft {
			t.Fatalf("%s: left = %v, want %v", step.name, got, step.wantLeft)
		}
	}
}

// TestGuildEventsOvertaken: the handlers of a server's GUILD_CREATE and
// of the GUILD_DELETE after it may run in either order, and so take
// their times in either order; the session's state, which discordgo
// updates in the events' order, tells which came last.
func TestGuildEventsOvertaken(t *testing.T) {
	eng, st := ragtest.New(t)
	b, err := New(Options{Token: "t", APIBaseURL: "http://127.0.0.1:9", PurgeGrace: time.Hour}, Deps{Engine: eng, Asker: eng, Links: eng, Settings: st})
	if err != nil {
		t.Fatal(err)
	}
	b.ctx, b.cancel = context.WithCancel(context.Background())
	defer b.cancel()
	s, err := discordgo.New("Bot t")
	if err != nil {
		t.Fatal(err)
	}
	guild := &discordgo.Guild{ID: discordtest.GuildB}
	scope := scopeOf(guild.ID, "")
	isLeft := func() bool {
		t.Helper()
		b.wg.Wait()
		left, err := b.servers.LeftServers(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		_, ok := left[scope]
		return ok
	}
	// GUILD_CREATE then GUILD_DELETE, their handlers run the other way
	// round: the state no longer holds the server.
	b.onGuildDelete(s, &discordgo.GuildDelete{Guild: guild})
	if !isLeft() {
		t.Fatal("the departure was not recorded")
	}
	b.onGuildCreate(s, &discordgo.GuildCreate{Guild: guild})
	if !isLeft() {
		t.Fatal("a join handled after the departure that followed it cancelled the purge")
	}
	// GUILD_DELETE then GUILD_CREATE, the other way round: the state
	// holds the server again.
	if err := s.State.GuildAdd(guild); err != nil {
		t.Fatal(err)
	}
	b.onGuildCreate(s, &discordgo.GuildCreate{Guild: guild})
	if isLeft() {
		t.Fatal("the return was not recorded")
	}
	b.onGuildDelete(s, &discordgo.GuildDelete{Guild: guild})
	if isLeft() {
		t.Fatal("a departure handled after the return that followed it was recorded")
	}
}
