// Package discordtest is a fake Discord for tests: a REST API that records
// every call and a websocket gateway (HELLO, IDENTIFY → READY, heartbeats,
// dispatches, RESUME) that the real discordgo Session connects to. The
// gateway is sharded as Discord's is: each connection serves the shard its
// IDENTIFY names, and each server's events go to its shard's connection.
package discordtest

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// IDs the fake uses.
const (
	AppID   = "100000000000000001"
	BotID   = "100000000000000001"
	GuildA  = "200000000000000001"
	GuildB  = "200000000000000002"
	ChanA   = "300000000000000001"
	ChanB   = "300000000000000002"
	UserID  = "400000000000000001"
	OtherID = "400000000000000002"
)

// Call is one REST request the bot made.
type Call struct {
	Method, Path string
	Body         map[string]any // the JSON body when it is an object
	Raw          []byte         // the body as sent
	Auth         string         // the Authorization header
}

// Fake is the fake Discord.
type Fake struct {
	*httptest.Server
	t        testing.TB
	mu       sync.Mutex
	calls    []Call
	notify   chan Call
	nextID   atomic.Int64
	ready    chan struct{}
	messages map[string][]map[string]any // channel → messages, for history reads
	// The gateway: its connections, the shard each serves, the servers.
	connMu      sync.Mutex // guards the fields below
	conns       map[*conn]bool
	sessions    map[string]Shard  // session ID → shard, for RESUME
	guilds      []guild           // in the order READY lists them
	chanGuild   map[string]string // channel or thread → its server
	identified  []Identify        // every accepted IDENTIFY, in order
	connChanged chan struct{}     // closed and replaced when conns change
	recommend   atomic.Int32      // shards GET /gateway/bot recommends
	concurrency atomic.Int32      // its session_start_limit.max_concurrency
	starts      atomic.Int32      // its session_start_limit.remaining
	minShards   atomic.Int32      // fewer shards are refused with 4011
	// RateLimitNext makes the next N message sends answer 429.
	rateLimitNext atomic.Int32
	rejectToken   atomic.Bool
	noPrivileged  atomic.Bool
	intents       atomic.Int64 // of the last IDENTIFY
	gatewayURL    atomic.Pointer[string]
	rejectGateway atomic.Bool
	fail          atomic.Pointer[func(method, path string) int]
	stall         atomic.Pointer[func(method, path string) bool]
	onThread      atomic.Pointer[func(threadID string)]
}

// RejectTokenAtGateway makes the gateway close with 4004 on IDENTIFY and
// RESUME while REST calls still succeed.
func (f *Fake) RejectTokenAtGateway() { f.rejectGateway.Store(true) }

// FailCalls answers every REST call for which status returns non-zero with
// that status and a Discord error body, as a missing permission (403) or an
// outage (500) would.
func (f *Fake) FailCalls(status func(method, path string) int) { f.fail.Store(&status) }

// Stall holds every REST call for which match is true until the bot gives
// up on it, as a Discord that accepts a request and never answers would.
func (f *Fake) Stall(match func(method, path string) bool) { f.stall.Store(&match) }

// GatewayURL makes the fake name u as the gateway's address instead of
// its own, as an unreachable or moved gateway would look.
func (f *Fake) GatewayURL(u string) { f.gatewayURL.Store(&u) }

// OnThreadStart runs hook when the bot starts a thread from a message,
// after THREAD_CREATE is dispatched and before the REST call returns: the
// moment a member may already post in the new thread.
func (f *Fake) OnThreadStart(hook func(threadID string)) { f.onThread.Store(&hook) }

// Intents are the gateway intents the bot identified with (0 before).
func (f *Fake) Intents() int64 { return f.intents.Load() }

// DenyMessageContent makes the gateway close with 4014 when the bot asks
// for the privileged Message Content intent, as Discord does when it is
// not enabled for the application.
func (f *Fake) DenyMessageContent() { f.noPrivileged.Store(true) }

// RejectToken makes the fake answer 401 to everything, as Discord does for
// a bad token.
func (f *Fake) RejectToken() { f.rejectToken.Store(true) }

// New starts a fake Discord, closed when the test ends.
func New(t testing.TB) *Fake {
	f := &Fake{t: t, notify: make(chan Call, 256), ready: make(chan struct{}), messages: map[string][]map[string]any{},
		conns: map[*conn]bool{}, sessions: map[string]Shard{}, chanGuild: map[string]string{}, connChanged: make(chan struct{})}
	f.nextID.Store(500000000000000000)
	f.recommend.Store(1)
	f.concurrency.Store(16)
	f.starts.Store(1000)
	f.AddGuild(GuildA, ChanA)
	f.AddGuild(GuildB, ChanB)
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Close)
	return f
}

// Calls returns the REST calls so far.
func (f *Fake) Calls() []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Call(nil), f.calls...)
}

// Wait returns the first call (made before or after now) matching, or fails
// the test after timeout.
func (f *Fake) Wait(match func(Call) bool, timeout time.Duration) Call {
	f.t.Helper()
	deadline := time.After(timeout)
	seen := 0
	for {
		calls := f.Calls()
		for _, c := range calls[seen:] {
			if match(c) {
				return c
			}
		}
		seen = len(calls)
		select {
		case <-f.notify:
		case <-deadline:
			f.t.Fatalf("no matching Discord call within %v; calls: %v", timeout, summarize(f.Calls()))
			return Call{}
		}
	}
}

func summarize(cs []Call) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Method+" "+c.Path)
	}
	return out
}

// RateLimitMessages makes the next n message sends answer 429.
func (f *Fake) RateLimitMessages(n int) { f.rateLimitNext.Store(int32(n)) }

func (f *Fake) id() string { return strconv.FormatInt(f.nextID.Add(1), 10) }

func (f *Fake) serve(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/gateway") && websocket.IsWebSocketUpgrade(r) {
		f.gateway(w, r)
		return
	}
	path := strings.TrimPrefix(r.URL.Path, "/api/v9")
	var body map[string]any
	raw, _ := io.ReadAll(r.Body)
	if len(raw) > 0 {
		json.Unmarshal(raw, &body)
	}
	w.Header().Set("Content-Type", "application/json")
	if f.rejectToken.Load() {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, `{"message": "401: Unauthorized", "code": 0}`)
		return
	}
	if stall := f.stall.Load(); stall != nil && (*stall)(r.Method, path) {
		f.record(Call{Method: r.Method + "-stalled", Path: path, Body: body, Raw: raw, Auth: r.Header.Get("Authorization")})
		<-r.Context().Done()
		return
	}
	if fail := f.fail.Load(); fail != nil {
		if code := (*fail)(r.Method, path); code != 0 {
			f.record(Call{Method: r.Method + "-" + strconv.Itoa(code), Path: path, Body: body, Raw: raw, Auth: r.Header.Get("Authorization")})
			w.WriteHeader(code)
			fmt.Fprintf(w, `{"message": "%d: refused by the test", "code": 50013}`, code)
			return
		}
	}
	if r.Method == http.MethodPost && strings.HasSuffix(path, "/messages") && f.rateLimitNext.Load() > 0 {
		f.rateLimitNext.Add(-1)
		f.record(Call{Method: r.Method + "-429", Path: path, Body: body, Raw: raw, Auth: r.Header.Get("Authorization")})
		w.Header().Set("X-RateLimit-Remaining", "0")
		w.Header().Set("X-RateLimit-Reset-After", "0.05")
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprint(w, `{"message": "You are being rate limited.", "retry_after": 0.05, "global": false}`)
		return
	}
	f.record(Call{Method: r.Method, Path: path, Body: body, Raw: raw, Auth: r.Header.Get("Authorization")})
	switch {
	case path == "/gateway" || path == "/gateway/bot":
		u := "ws://" + r.Host + "/gateway"
		if p := f.gatewayURL.Load(); p != nil {
			u = *p
		}
		fmt.Fprintf(w, `{"url": %q, "shards": %d, "session_start_limit": {"total": 1000, "remaining": %d, "reset_after": 3600000, "max_concurrency": %d}}`,
			u, f.recommend.Load(), f.starts.Load(), f.concurrency.Load())
	case strings.HasSuffix(path, "/commands") && r.Method == http.MethodPut:
		var cmds []any
		json.NewEncoder(w).Encode(append(cmds, body))
	case strings.HasPrefix(path, "/interactions/"):
		w.WriteHeader(http.StatusNoContent)
	case strings.HasPrefix(path, "/webhooks/"):
		json.NewEncoder(w).Encode(f.message("0", body))
	case strings.HasSuffix(path, "/threads") && r.Method == http.MethodPost:
		parts := strings.Split(path, "/")
		msgID, parent := parts[4], parts[2]
		name, _ := body["name"].(string)
		f.connMu.Lock()
		g := f.chanGuild[parent]
		f.chanGuild[msgID] = g
		f.connMu.Unlock()
		ch := map[string]any{"id": msgID, "type": 11, "name": name, "parent_id": parent, "guild_id": g, "owner_id": BotID}
		f.Dispatch("THREAD_CREATE", ch)
		if hook := f.onThread.Load(); hook != nil {
			(*hook)(msgID)
		}
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(ch)
	case strings.HasSuffix(path, "/messages") && r.Method == http.MethodGet:
		ch := strings.Split(path, "/")[2]
		f.mu.Lock()
		msgs := append([]map[string]any(nil), f.messages[ch]...)
		f.mu.Unlock()
		// Newest first, as Discord returns them.
		for i, j := 0, len(msgs)-1; i < j; i, j = i+1, j-1 {
			msgs[i], msgs[j] = msgs[j], msgs[i]
		}
		json.NewEncoder(w).Encode(msgs)
	case strings.HasSuffix(path, "/messages") && r.Method == http.MethodPost:
		ch := strings.Split(path, "/")[2]
		json.NewEncoder(w).Encode(f.message(ch, body))
	case strings.Contains(path, "/messages/") && r.Method == http.MethodPatch:
		ch := strings.Split(path, "/")[2]
		json.NewEncoder(w).Encode(f.message(ch, body))
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

func (f *Fake) message(ch string, body map[string]any) map[string]any {
	m := map[string]any{"id": f.id(), "channel_id": ch, "author": map[string]any{"id": BotID, "username": "articlebot", "bot": true}, "timestamp": time.Now().Format(time.RFC3339)}
	for k, v := range body {
		m[k] = v
	}
	f.mu.Lock()
	f.messages[ch] = append(f.messages[ch], m)
	f.mu.Unlock()
	return m
}

func (f *Fake) record(c Call) {
	f.mu.Lock()
	f.calls = append(f.calls, c)
	f.mu.Unlock()
	select {
	case f.notify <- c:
	default:
	}
}

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
	seq   int64      // guarded by mu
	shard Shard      // guarded by Fake.connMu; zero until IDENTIFY or RESUME
}

func (c *conn) write(v any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ws.WriteJSON(v)
}

func (c *conn) dispatch(event string, d any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	c.ws.WriteJSON(map[string]any{"op": 0, "t": event, "s": c.seq, "d": d})
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
	defer func() { f.serving(c, Shard{}, false) }()
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
			shard, known := f.sessions[ev.D.SessionID]
			f.connMu.Unlock()
			if !known {
				c.write(map[string]any{"op": 9, "d": false})
				continue
			}
			f.serving(c, shard, true)
			c.dispatch("RESUMED", map[string]any{})
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
			f.identify(c, shard, ev.D.Token)
		}
	}
}

// identify answers an accepted IDENTIFY: READY listing the shard's
// servers, then GUILD_CREATE for each.
func (f *Fake) identify(c *conn, shard Shard, token string) {
	f.connMu.Lock()
	session := "session-" + f.id()
	f.sessions[session] = shard
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
		"v": 9, "session_id": session,
		"user":        map[string]any{"id": BotID, "username": "articlebot", "bot": true},
		"application": map[string]any{"id": AppID, "flags": 0},
		"guilds":      unavailable,
	}
	if shard.Count > 1 {
		ready["shard"] = []int{shard.ID, shard.Count}
	}
	c.dispatch("READY", ready)
	f.serving(c, shard, true)
	for _, g := range mine {
		c.dispatch("GUILD_CREATE", map[string]any{"id": g.id, "name": "guild " + g.id, "unavailable": false,
			"channels": []any{map[string]any{"id": g.channel, "type": 0, "name": "news", "guild_id": g.id}}})
	}
	select {
	case <-f.ready:
	default:
		close(f.ready)
	}
}

// Ready is closed once the bot has identified.
func (f *Fake) Ready() <-chan struct{} { return f.ready }

// Dispatch sends an op 0 event to the connection of the shard that serves
// its server (d's "guild_id", or "id" for GUILD_ events); events of no
// server go to shard 0. An event for a shard with no live connection is
// lost, as Discord loses it once the session can no longer be resumed.
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
	var to []*conn
	for c := range f.conns {
		if c.shard.Count > 0 && ShardOf(g, c.shard.Count) == c.shard.ID {
			to = append(to, c)
		}
	}
	f.connMu.Unlock()
	for _, c := range to {
		c.dispatch(event, d)
	}
}

// PostMessage dispatches MESSAGE_CREATE of a human message and records it
// in the channel's history. As Discord does, the message lists the bot in
// its mentions when it mentions it, and a server message that does not
// arrives with empty content unless the bot identified with the Message
// Content intent.
func (f *Fake) PostMessage(guild, channel, author, content string) string {
	return f.postMessage(guild, channel, author, content, "")
}

// ReplyMessage posts content as a reply to message ref of the channel, as
// Discord's "reply" does: the event carries the replied-to message as
// referenced_message, its content withheld like any message's without the
// Message Content intent (unless the bot wrote it or it mentions the bot).
func (f *Fake) ReplyMessage(guild, channel, author, content, ref string) string {
	return f.postMessage(guild, channel, author, content, ref)
}

func (f *Fake) postMessage(guild, channel, author, content, ref string) string {
	id := f.id()
	mentions := []any{}
	mentioned := mentionsBot(content)
	if mentioned {
		mentions = append(mentions, map[string]any{"id": BotID, "username": "articlebot", "bot": true})
	}
	delivered := content
	if guild != "" && !mentioned && !f.hasMessageContent() {
		delivered = ""
	}
	m := map[string]any{"id": id, "channel_id": channel, "guild_id": guild, "content": content,
		"author": map[string]any{"id": author, "username": "reader" + author[len(author)-1:]}, "timestamp": time.Now().Format(time.RFC3339),
		"mentions": mentions, "attachments": []any{}, "embeds": []any{}}
	f.mu.Lock()
	var refMsg map[string]any
	for _, old := range f.messages[channel] {
		if ref != "" && old["id"] == ref {
			refMsg = maps.Clone(old)
		}
	}
	f.messages[channel] = append(f.messages[channel], m)
	f.mu.Unlock()
	ev := maps.Clone(m)
	ev["content"] = delivered
	if ref != "" {
		ev["type"] = 19 // REPLY
		ev["message_reference"] = map[string]any{"message_id": ref, "channel_id": channel, "guild_id": guild}
		if refMsg != nil {
			byBot := false
			if a, ok := refMsg["author"].(map[string]any); ok {
				byBot = a["id"] == BotID
			}
			if c, _ := refMsg["content"].(string); guild != "" && !byBot && !mentionsBot(c) && !f.hasMessageContent() {
				refMsg["content"] = ""
			}
			ev["referenced_message"] = refMsg
		}
	}
	f.Dispatch("MESSAGE_CREATE", ev)
	return id
}

func mentionsBot(content string) bool {
	return strings.Contains(content, "<@"+BotID+">") || strings.Contains(content, "<@!"+BotID+">")
}

// hasMessageContent reports whether the bot identified with the Message
// Content intent.
func (f *Fake) hasMessageContent() bool {
	const messageContent = 1 << 15
	return f.intents.Load()&messageContent != 0
}

// Interaction dispatches an application command.
func (f *Fake) Interaction(guild, channel, user, permissions, name string, options []map[string]any) string {
	id := f.id()
	f.Dispatch("INTERACTION_CREATE", map[string]any{
		"id": id, "application_id": AppID, "type": 2, "token": "token-" + id, "guild_id": guild, "channel_id": channel, "version": 1,
		"app_permissions": "0",
		"member":          map[string]any{"user": map[string]any{"id": user, "username": "reader"}, "permissions": permissions, "roles": []any{}},
		"data":            map[string]any{"id": "cmd-" + name, "name": name, "type": 1, "options": options},
	})
	return id
}

// Press dispatches a button press on message messageID.
func (f *Fake) Press(guild, channel, user, messageID, customID string) string {
	id := f.id()
	f.Dispatch("INTERACTION_CREATE", map[string]any{
		"id": id, "application_id": AppID, "type": 3, "token": "token-" + id, "guild_id": guild, "channel_id": channel, "version": 1,
		"app_permissions": "0",
		"member":          map[string]any{"user": map[string]any{"id": user, "username": "reader"}, "permissions": "0", "roles": []any{}},
		"message":         map[string]any{"id": messageID, "channel_id": channel, "content": "", "author": map[string]any{"id": BotID}},
		"data":            map[string]any{"custom_id": customID, "component_type": 2},
	})
	return id
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
