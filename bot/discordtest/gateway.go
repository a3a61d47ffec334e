package discordtest

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// The gateway: shards, connections, IDENTIFY and RESUME, and the
// events dispatched to the shard that serves each server.

// Shard is one gateway shard: ID of Count, as IDENTIFY names it.
type Shard struct{ ID, Count int }

// ShardOf is the shard Discord sends a server's events to; DMs go to
// shard 0. The fake keeps its own copy of Discord's rule, so that tests
// check the bot's against it.
func ShardOf(guildID string, count int) int {
	if guildID == "" || count <= 1 {
		return 0
	}
	id, err := strconv.ParseUint(guildID, 10, 64)
	if err != nil {
		return 0
	}
	return int((id >> 22) % uint64(count))
}

// GuildInShard is a server ID, the n-th one made up, whose events go to
// shard of count.
func GuildInShard(shard, count, n int) string {
	// A snowflake's top bits are milliseconds since 2015: ~2021 here.
	const base = 200_000_000_000
	ms := uint64(base - base%count + n*count + shard)
	return strconv.FormatUint(ms<<22|uint64(n), 10)
}

// AddGuild adds a server with one text channel, listed to the shard that
// serves it from its next IDENTIFY on.
func (f *Fake) AddGuild(guildID, channelID string) {
	f.connMu.Lock()
	defer f.connMu.Unlock()
	f.guilds = append(f.guilds, guild{guildID, channelID})
	f.chanGuild[channelID] = guildID
}

// RecommendShards makes GET /gateway/bot recommend n shards (default 1).
func (f *Fake) RecommendShards(n int) { f.recommend.Store(int32(n)) }

// IdentifyConcurrency sets GET /gateway/bot's max_concurrency (default 16):
// how many shards may identify in each 5 s.
func (f *Fake) IdentifyConcurrency(n int) { f.concurrency.Store(int32(n)) }

// SessionStarts sets GET /gateway/bot's session_start_limit.remaining
// (default 1000): how many more sessions Discord lets the bot start today.
func (f *Fake) SessionStarts(n int) { f.starts.Store(int32(n)) }

// RequireShards makes the gateway close with 4011 (sharding required) an
// IDENTIFY with fewer than n shards in all, as Discord does when a shard
// would hold too many servers.
func (f *Fake) RequireShards(n int) { f.minShards.Store(int32(n)) }

// Identify is one IDENTIFY the gateway accepted.
type Identify struct {
	Shard Shard
	Token string
	At    time.Time
}

// Identified lists every IDENTIFY the gateway accepted, in order.
func (f *Fake) Identified() []Identify {
	f.connMu.Lock()
	defer f.connMu.Unlock()
	return append([]Identify(nil), f.identified...)
}

// Connected lists the shards with a live gateway connection.
func (f *Fake) Connected() []Shard {
	f.connMu.Lock()
	defer f.connMu.Unlock()
	var out []Shard
	for c := range f.conns {
		if c.shard.Count > 0 {
			out = append(out, c.shard)
		}
	}
	return out
}

// WaitConnected waits until every one of shards has a live connection
// (want true) or none has (want false), or fails the test after timeout.
func (f *Fake) WaitConnected(want bool, timeout time.Duration, shards ...Shard) {
	f.t.Helper()
	deadline := time.After(timeout)
	for {
		f.connMu.Lock()
		changed := f.connChanged
		live := map[Shard]bool{}
		for c := range f.conns {
			live[c.shard] = true
		}
		f.connMu.Unlock()
		done := true
		for _, s := range shards {
			done = done && live[s] == want
		}
		if done {
			return
		}
		select {
		case <-changed:
		case <-deadline:
			f.t.Fatalf("shards %v connected=%v not reached within %v; connected: %v", shards, want, timeout, f.Connected())
			return
		}
	}
}

type guild struct{ id, channel string }

// conn is one gateway connection: one shard of a bot.
type conn struct {
	ws    *websocket.Conn
	mu    sync.Mutex // serialises writes
	shard Shard      // guarded by Fake.connMu; zero until IDENTIFY or RESUME
}

func (c *conn) write(v any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ws.WriteJSON(v)
}

// session is a gateway session: its shard, every event dispatched in it
// (events[i] has sequence number i+1) and the connection serving it, so
// that a RESUME gets the events its last connection missed, as Discord
// replays them. mu serialises a session's events: each is written once,
// in order, to the connection live when it is sent or by the RESUME's
// replay.
type session struct {
	shard  Shard
	mu     sync.Mutex
	events []sent // guarded by mu
	live   *conn  // guarded by mu; nil while no connection serves it
}

// botShard is a shard of one bot (by its token): two processes running
// the same shards with different tokens both get the shard's events.
type botShard struct {
	token string
	shard Shard
}

// sent is a dispatched event.
type sent struct {
	t string
	d any
}

// send records an event in s and writes it to its connection, if any.
func (s *session) send(event string, d any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.events = append(s.events, sent{event, d})
	if s.live != nil {
		s.live.write(map[string]any{"op": 0, "t": event, "s": len(s.events), "d": d})
	}
}

// resume makes c serve s and writes it the events after sequence number
// after.
func (s *session) resume(c *conn, after int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.live = c
	for i := max(after, 0); i < len(s.events); i++ {
		c.write(map[string]any{"op": 0, "t": s.events[i].t, "s": i + 1, "d": s.events[i].d})
	}
}

// detach leaves s without a connection if c served it.
func (s *session) detach(c *conn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.live == c {
		s.live = nil
	}
}

func (c *conn) close(code int, text string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, text))
}

// Gateway close codes the fake sends, as Discord does.
const (
	closeAuthenticationFailed = 4004
	closeInvalidShard         = 4010
	closeShardingRequired     = 4011
	closeDisallowedIntents    = 4014
)

// serving marks c as the connection of shard (or of none, when closed).
func (f *Fake) serving(c *conn, shard Shard, live bool) {
	f.connMu.Lock()
	defer f.connMu.Unlock()
	c.shard = shard
	if live {
		f.conns[c] = true
	} else {
		delete(f.conns, c)
	}
	close(f.connChanged)
	f.connChanged = make(chan struct{})
}

func (f *Fake) gateway(w http.ResponseWriter, r *http.Request) {
	ws, err := (&websocket.Upgrader{}).Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer ws.Close()
	c := &conn{ws: ws}
	f.connMu.Lock()
	f.conns[c] = true
	f.connMu.Unlock()
	var sess *session // the session c serves, once IDENTIFY or RESUME names it
	defer func() {
		if sess != nil {
			sess.detach(c)
		}
		f.serving(c, Shard{}, false)
	}()
	c.write(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}})
	for {
		_, data, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var ev struct {
			Op int `json:"op"`
			D  struct {
				Intents   int    `json:"intents"`
				Shard     []int  `json:"shard"`
				Token     string `json:"token"`
				SessionID string `json:"session_id"`
				Seq       int    `json:"seq"`
			} `json:"d"`
		}
		json.Unmarshal(data, &ev)
		switch ev.Op {
		case 1:
			c.write(map[string]any{"op": 11})
		case 6: // RESUME
			if f.rejectToken.Load() || f.rejectGateway.Load() {
				c.close(closeAuthenticationFailed, "Authentication failed.")
				return
			}
			f.connMu.Lock()
			resumed, known := f.sessions[ev.D.SessionID]
			f.connMu.Unlock()
			if !known {
				c.write(map[string]any{"op": 9, "d": false})
				continue
			}
			sess = resumed
			f.serving(c, sess.shard, true)
			sess.resume(c, ev.D.Seq)
			sess.send("RESUMED", map[string]any{})
		case 2:
			f.intents.Store(int64(ev.D.Intents))
			if f.rejectToken.Load() || f.rejectGateway.Load() {
				c.close(closeAuthenticationFailed, "Authentication failed.")
				return
			}
			const messageContent = 1 << 15
			if f.noPrivileged.Load() && ev.D.Intents&messageContent != 0 {
				c.close(closeDisallowedIntents, "Disallowed intent(s).")
				return
			}
			shard := Shard{0, 1}
			if ev.D.Shard != nil {
				if len(ev.D.Shard) != 2 || ev.D.Shard[1] < 1 || ev.D.Shard[0] < 0 || ev.D.Shard[0] >= ev.D.Shard[1] {
					c.close(closeInvalidShard, "Invalid shard.")
					return
				}
				shard = Shard{ev.D.Shard[0], ev.D.Shard[1]}
			}
			if shard.Count < int(f.minShards.Load()) {
				c.close(closeShardingRequired, "Sharding required.")
				return
			}
			sess = f.identify(c, shard, ev.D.Token)
		}
	}
}

// identify answers an accepted IDENTIFY: READY listing the shard's
// servers, then GUILD_CREATE for each, in a new session it returns.
func (f *Fake) identify(c *conn, shard Shard, token string) *session {
	f.connMu.Lock()
	id := "session-" + f.id()
	sess := &session{shard: shard}
	f.sessions[id] = sess
	f.current[botShard{token, shard}] = sess
	f.identified = append(f.identified, Identify{Shard: shard, Token: token, At: time.Now()})
	var mine []guild
	for _, g := range f.guilds {
		if ShardOf(g.id, shard.Count) == shard.ID {
			mine = append(mine, g)
		}
	}
	f.connMu.Unlock()
	unavailable := []any{}
	for _, g := range mine {
		unavailable = append(unavailable, map[string]any{"id": g.id, "unavailable": true})
	}
	ready := map[string]any{
		"v": 9, "session_id": id,
		"user":        map[string]any{"id": BotID, "username": "articlebot", "bot": true},
		"application": map[string]any{"id": AppID, "flags": 0},
		"guilds":      unavailable,
	}
	if shard.Count > 1 {
		ready["shard"] = []int{shard.ID, shard.Count}
	}
	sess.resume(c, 0)
	sess.send("READY", ready)
	f.serving(c, shard, true)
	for _, g := range mine {
		sess.send("GUILD_CREATE", map[string]any{"id": g.id, "name": "guild " + g.id, "unavailable": false,
			"channels": []any{map[string]any{"id": g.channel, "type": 0, "name": "news", "guild_id": g.id}}})
	}
	select {
	case <-f.ready:
	default:
		close(f.ready)
	}
	return sess
}

// Ready is closed once the bot has identified.
func (f *Fake) Ready() <-chan struct{} { return f.ready }

// Dispatch sends an op 0 event to the connection of the shard that serves
// its server (d's "guild_id", or "id" for GUILD_ events); events of no
// server go to shard 0. An event for a shard with no live connection is
// kept in its session for a RESUME to replay, and lost if the shard starts
// a new session instead, as with Discord.
func (f *Fake) Dispatch(event string, d any) {
	var g string
	if m, ok := d.(map[string]any); ok {
		key := "guild_id"
		if strings.HasPrefix(event, "GUILD_") {
			key = "id"
		}
		g, _ = m[key].(string)
	}
	f.connMu.Lock()
	var to []*session
	for k, s := range f.current {
		if ShardOf(g, k.shard.Count) == k.shard.ID {
			to = append(to, s)
		}
	}
	f.connMu.Unlock()
	for _, s := range to {
		s.send(event, d)
	}
}

// Drop closes every gateway connection, as a network failure or Discord
// ending the sessions would.
func (f *Fake) Drop() {
	f.connMu.Lock()
	defer f.connMu.Unlock()
	for c := range f.conns {
		c.ws.Close()
	}
}
