package discordtest

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// dial connects to the fake's gateway as a bare client and reads HELLO.
func dial(t *testing.T, f *Fake) *websocket.Conn {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(f.URL, "http")+"/gateway/?v=9&encoding=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	var hello struct{ Op int }
	if err := ws.ReadJSON(&hello); err != nil || hello.Op != 10 {
		t.Fatalf("first frame op %d, %v; want HELLO", hello.Op, err)
	}
	return ws
}

type event struct {
	Op int
	T  string
	D  map[string]any
}

// identify sends IDENTIFY with shard (nil = none) and returns the events
// up to the last GUILD_CREATE of READY's list, or the read error.
func identify(t *testing.T, ws *websocket.Conn, shard any) ([]event, error) {
	t.Helper()
	return identifyAs(t, ws, shard, "Bot t")
}

// identifyAs is identify for the bot of token.
func identifyAs(t *testing.T, ws *websocket.Conn, shard any, token string) ([]event, error) {
	t.Helper()
	d := map[string]any{"token": token, "intents": 1 | 1<<15} // guilds, message content
	if shard != nil {
		d["shard"] = shard
	}
	if err := ws.WriteJSON(map[string]any{"op": 2, "d": d}); err != nil {
		t.Fatal(err)
	}
	ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	var evs []event
	for want := -1; want != 0; want-- {
		var e event
		if err := ws.ReadJSON(&e); err != nil {
			return evs, err
		}
		evs = append(evs, e)
		if e.T == "READY" {
			want = len(e.D["guilds"].([]any)) + 1
		}
	}
	return evs, nil
}

func TestInvalidShardRefused(t *testing.T) {
	for name, shard := range map[string]any{
		"ID not below count": []int{4, 4},
		"negative ID":        []int{-1, 4},
		"zero count":         []int{0, 0},
		"one number":         []int{1},
	} {
		t.Run(name, func(t *testing.T) {
			f := New(t)
			_, err := identify(t, dial(t, f), shard)
			var ce *websocket.CloseError
			if !errors.As(err, &ce) || ce.Code != closeInvalidShard {
				t.Fatalf("IDENTIFY with shard %v: %v, want close 4010", shard, err)
			}
			if len(f.Identified()) != 0 {
				t.Errorf("accepted: %v", f.Identified())
			}
		})
	}
}

// TestEventsGoToTheirShard: READY lists a shard's servers only, and each
// server's events reach only the connection of its shard; DMs shard 0.
func TestEventsGoToTheirShard(t *testing.T) {
	f := New(t)
	g0, g1 := GuildInShard(0, 2, 0), GuildInShard(1, 2, 0)
	f.AddGuild(g0, "10")
	f.AddGuild(g1, "11")
	conns := map[int]*websocket.Conn{}
	for id := range 2 {
		ws := dial(t, f)
		evs, err := identify(t, ws, []int{id, 2})
		if err != nil {
			t.Fatal(err)
		}
		var listed []string
		for _, g := range evs[0].D["guilds"].([]any) {
			listed = append(listed, g.(map[string]any)["id"].(string))
		}
		for _, g := range listed {
			if ShardOf(g, 2) != id {
				t.Errorf("READY of shard %d lists server %s of shard %d", id, g, ShardOf(g, 2))
			}
		}
		conns[id] = ws
	}
	f.WaitConnected(true, 5*time.Second, Shard{ID: 0, Count: 2}, Shard{ID: 1, Count: 2})
	f.PostMessage(g1, "11", UserID, "to shard 1")
	f.PostMessage("", "12", UserID, "a DM")
	f.PostMessage(g0, "10", UserID, "to shard 0")
	for id, want := range map[int][]string{0: {"a DM", "to shard 0"}, 1: {"to shard 1"}} {
		for _, text := range want {
			var e event
			if err := conns[id].ReadJSON(&e); err != nil {
				t.Fatalf("shard %d: %v", id, err)
			}
			if e.T != "MESSAGE_CREATE" || e.D["content"] != text {
				t.Errorf("shard %d got %s %v, want %q", id, e.T, e.D["content"], text)
			}
		}
	}
}

// TestResumeReplaysMissedEvents: events sent while a session has no
// connection, or after the sequence number a RESUME names, reach the
// connection that resumes it, in order and once, as Discord replays them.
func TestResumeReplaysMissedEvents(t *testing.T) {
	f := New(t)
	ws := dial(t, f)
	evs, err := identify(t, ws, nil)
	if err != nil {
		t.Fatal(err)
	}
	session, _ := evs[0].D["session_id"].(string)
	f.PostMessage(GuildA, ChanA, UserID, "seen")
	var seen struct {
		S int
		T string
	}
	if err := ws.ReadJSON(&seen); err != nil || seen.T != "MESSAGE_CREATE" {
		t.Fatalf("read %+v, %v; want the first message", seen, err)
	}
	f.Drop()
	f.WaitConnected(false, 5*time.Second, Shard{ID: 0, Count: 1})
	f.PostMessage(GuildA, ChanA, UserID, "missed")

	again := dial(t, f)
	if err := again.WriteJSON(map[string]any{"op": 6, "d": map[string]any{"token": "Bot t", "session_id": session, "seq": seen.S}}); err != nil {
		t.Fatal(err)
	}
	again.SetReadDeadline(time.Now().Add(5 * time.Second))
	var got []string
	for len(got) < 2 {
		var e event
		if err := again.ReadJSON(&e); err != nil {
			t.Fatalf("after %v: %v", got, err)
		}
		if e.T == "MESSAGE_CREATE" {
			got = append(got, e.D["content"].(string))
		} else {
			got = append(got, e.T)
		}
	}
	if got[0] != "missed" || got[1] != "RESUMED" {
		t.Errorf("resumed connection got %v, want the missed message, then RESUMED", got)
	}
	if n := len(f.Identified()); n != 1 {
		t.Errorf("%d IDENTIFYs, want 1", n)
	}
}

// TestTwoBotsOnOneShard: two bots (tokens) identifying the same shard both
// get its events, as the shard tests' misconfigured second process needs.
func TestTwoBotsOnOneShard(t *testing.T) {
	f := New(t)
	var conns []*websocket.Conn
	for _, token := range []string{"Bot a", "Bot b"} {
		ws := dial(t, f)
		if _, err := identifyAs(t, ws, nil, token); err != nil {
			t.Fatal(err)
		}
		conns = append(conns, ws)
	}
	f.PostMessage(GuildA, ChanA, UserID, "to both")
	for i, ws := range conns {
		var e event
		if err := ws.ReadJSON(&e); err != nil || e.T != "MESSAGE_CREATE" || e.D["content"] != "to both" {
			t.Errorf("bot %d got %s %v, %v; want the message", i, e.T, e.D["content"], err)
		}
	}
}

// TestSentMessageInHistoryWhenSeen: a message the bot sends is in the
// channel's history by the time a test sees the call, so the next
// question a test posts finds it when the bot reads the thread.
func TestSentMessageInHistoryWhenSeen(t *testing.T) {
	f := New(t)
	go func() {
		resp, err := http.Post(f.URL+"/api/v9/channels/77/messages", "application/json", strings.NewReader(`{"content":"first answer"}`))
		if err == nil {
			resp.Body.Close()
		}
	}()
	f.Wait(func(c Call) bool { return c.Method == "POST" && c.Path == "/channels/77/messages" }, 5*time.Second)
	f.mu.Lock()
	n := len(f.messages["77"])
	f.mu.Unlock()
	if n != 1 {
		t.Errorf("history holds %d messages when the call is seen, want 1", n)
	}
}
