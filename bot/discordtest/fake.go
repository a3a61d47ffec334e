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
	sessions    map[string]*session   // session ID → its shard and events, for RESUME
	current     map[botShard]*session // each bot's latest session of a shard: where its events go
	guilds      []guild               // in the order READY lists them
	chanGuild   map[string]string     // channel or thread → its server
	identified  []Identify            // every accepted IDENTIFY, in order
	connChanged chan struct{}         // closed and replaced when conns change
	recommend   atomic.Int32          // shards GET /gateway/bot recommends
	concurrency atomic.Int32          // its session_start_limit.max_concurrency
	starts      atomic.Int32          // its session_start_limit.remaining
	minShards   atomic.Int32          // fewer shards are refused with 4011
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
		conns: map[*conn]bool{}, sessions: map[string]*session{}, current: map[botShard]*session{}, chanGuild: map[string]string{}, connChanged: make(chan struct{})}
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
	// A message the bot sends or edits is in the channel's history before
	// the call is seen: a test that waits for it and then posts the next
	// question must find it there when the bot reads the thread.
	var sentMessage map[string]any
	if !strings.HasPrefix(path, "/webhooks/") && (strings.HasSuffix(path, "/messages") && r.Method == http.MethodPost || strings.Contains(path, "/messages/") && r.Method == http.MethodPatch) {
		sentMessage = f.message(strings.Split(path, "/")[2], body)
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
	case sentMessage != nil:
		json.NewEncoder(w).Encode(sentMessage)
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
