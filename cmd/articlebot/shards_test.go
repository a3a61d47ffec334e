package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/articlebot/articlebot/bot/discordtest"
)

// botWait bounds each step of a test that runs bot processes: a process
// starts (PostgreSQL schema, index), connects and answers within it.
const botWait = 30 * time.Second

// botProcess is one `articlebot run` process.
type botProcess struct {
	name string
	cmd  *exec.Cmd
	logs *syncBuffer
	done chan struct{}
}

// syncBuffer is the process's stderr, read while it is written.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startBot runs the binary as `articlebot run` with env added to a bare
// environment, stopped (SIGTERM, then SIGKILL) when the test ends.
func startBot(t *testing.T, bin, name string, env ...string) *botProcess {
	t.Helper()
	cmd := exec.Command(bin, "run", "--data-dir", t.TempDir())
	cmd.Dir = repoRoot
	cmd.Env = append([]string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}, env...)
	p := &botProcess{name: name, cmd: cmd, logs: &syncBuffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = p.logs, p.logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { cmd.Wait(); close(p.done) }()
	t.Cleanup(func() {
		p.signal(syscall.SIGTERM)
		select {
		case <-p.done:
		case <-time.After(botWait):
			p.signal(syscall.SIGKILL)
			<-p.done
			t.Errorf("%s did not stop on SIGTERM", name)
		}
		if t.Failed() {
			t.Logf("%s's log:\n%s", name, p.logs.String())
		}
	})
	return p
}

func (p *botProcess) signal(s os.Signal) {
	select {
	case <-p.done:
	default:
		p.cmd.Process.Signal(s)
	}
}

// kill ends the process at once, as a crash or an OOM kill would: no
// graceful shutdown, its gateway connections simply drop.
func (p *botProcess) kill() {
	p.signal(syscall.SIGKILL)
	<-p.done
}

// TestTwoProcessesShareABot is the scale set-up of the README: two
// `articlebot run` processes, shards 0-1 and 2-3 of 4, one fake Discord,
// one shared PostgreSQL record. A link in a server of shard 3 is answered
// by the process running it, and only by it; killing that process leaves
// the other's servers working; restarted, it answers in the thread it
// opened before it died, from the record.
func TestTwoProcessesShareABot(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dsn := testPostgresDSN(t)
	bin, site := botBinaryAndSite(t)

	fake := discordtest.New(t)
	fake.RecommendShards(4)
	var guilds, chans [4]string
	for s := range 4 {
		guilds[s], chans[s] = discordtest.GuildInShard(s, 4, 0), discordtest.GuildInShard(s, 4, 1)
		fake.AddGuild(guilds[s], chans[s])
	}
	common := []string{
		"ARTICLEBOT_STORE_DSN=" + dsn,
		"ARTICLEBOT_DISCORD_API_BASE_URL=" + fake.URL,
		"ARTICLEBOT_DISCORD_SHARD_COUNT=4",
		"ARTICLEBOT_HTTP_LISTEN=",
		"ARTICLEBOT_FETCH_ALLOW_PRIVATE_ADDRESSES=true",
		"ARTICLEBOT_LOG_LEVEL=debug",
	}
	// Each process has its own token, so the fake's calls say which one
	// made them; Discord would see one bot.
	const authA, authB = "Bot token-a", "Bot token-b"
	run := func(name, token, shards string) *botProcess {
		return startBot(t, bin, name, append(common, "DISCORD_TOKEN="+token, "ARTICLEBOT_DISCORD_SHARDS="+shards)...)
	}
	shards := func(ids ...int) []discordtest.Shard {
		var out []discordtest.Shard
		for _, id := range ids {
			out = append(out, discordtest.Shard{ID: id, Count: 4})
		}
		return out
	}
	run("process A", "token-a", "0-1")
	b := run("process B", "token-b", "2-3")
	fake.WaitConnected(true, botWait, shards(0, 1, 2, 3)...)

	// share posts the link in a server's channel and returns the message
	// (the thread's ID) and who opened its thread.
	share := func(shard int) (msg, auth string) {
		t.Helper()
		msg = fake.PostMessage(guilds[shard], chans[shard], discordtest.UserID, site.URL+"/mexico")
		c := fake.Wait(func(c discordtest.Call) bool { return strings.HasSuffix(c.Path, "/messages/"+msg+"/threads") }, botWait)
		return msg, c.Auth
	}
	// ask asks in a thread and returns the answer and who gave it.
	ask := func(shard int, thread string) (answer, auth string) {
		t.Helper()
		q := fake.PostMessage(guilds[shard], thread, discordtest.UserID, "What did Sheinbaum say about invasion?")
		c := fake.Wait(func(c discordtest.Call) bool {
			ref, _ := c.Body["message_reference"].(map[string]any)
			return c.Method == "POST" && c.Path == "/channels/"+thread+"/messages" && ref["message_id"] == q
		}, botWait)
		text, _ := c.Body["content"].(string)
		return text, c.Auth
	}

	thread, auth := share(3)
	if auth != authB {
		t.Fatalf("the link in shard 3's server was answered by %q, want process B", auth)
	}
	for _, c := range fake.Calls() {
		if c.Auth == authA && strings.Contains(c.Path, thread) {
			t.Errorf("process A also handled shard 3's message: %s %s", c.Method, c.Path)
		}
	}
	if answer, auth := ask(3, thread); auth != authB || !strings.Contains(answer, "ruled out") && !strings.Contains(answer, "military") {
		t.Fatalf("question in shard 3's thread: %q by %q", answer, auth)
	}
	if _, auth := share(0); auth != authA {
		t.Errorf("shard 0's server answered by %q, want process A", auth)
	}
	var registered []string
	for _, c := range fake.Calls() {
		if c.Method == "PUT" && strings.HasSuffix(c.Path, "/commands") {
			registered = append(registered, c.Auth)
		}
	}
	if len(registered) != 1 || registered[0] != authA {
		t.Errorf("commands registered by %v, want once by process A (shard 0)", registered)
	}

	// Killed, B's shards go down; A's servers keep working.
	b.kill()
	fake.WaitConnected(false, botWait, shards(2, 3)...)
	if _, auth := share(1); auth != authA {
		t.Errorf("with B dead, shard 1's server answered by %q, want process A", auth)
	}

	// Restarted, B serves its shards again from the shared record: the
	// thread it opened before it died still answers.
	run("process B, restarted", "token-b", "2-3")
	fake.WaitConnected(true, botWait, shards(2, 3)...)
	before := len(fake.Calls())
	if answer, auth := ask(3, thread); auth != authB || !strings.Contains(answer, "ruled out") && !strings.Contains(answer, "military") {
		t.Errorf("after the restart, shard 3's thread: %q by %q", answer, auth)
	}
	for _, c := range fake.Calls()[before:] {
		if c.Auth == authA && strings.Contains(c.Path, thread) {
			t.Errorf("process A handled shard 3's thread: %s %s", c.Method, c.Path)
		}
	}

	// The same link read by two processes at once is one article. Only a
	// misconfiguration gives one server two processes (C runs B's shards
	// too, and the fake sends their events to both), but it is the
	// simplest way to make two processes ingest one link at the same time.
	run("process C, a second 2-3", "token-c", "2-3")
	deadline := time.Now().Add(botWait)
	for identified := 0; identified < 2; {
		if time.Now().After(deadline) {
			t.Fatalf("process C never connected; identified: %v", fake.Identified())
		}
		time.Sleep(10 * time.Millisecond)
		identified = 0
		for _, id := range fake.Identified() {
			if id.Token == "Bot token-c" {
				identified++
			}
		}
	}
	msg := fake.PostMessage(guilds[2], chans[2], discordtest.UserID, site.URL+"/twice")
	for _, auth := range []string{authB, "Bot token-c"} {
		fake.Wait(func(c discordtest.Call) bool {
			return strings.HasSuffix(c.Path, "/messages/"+msg+"/threads") && c.Auth == auth
		}, botWait)
	}
	list := fake.Interaction(guilds[2], chans[2], discordtest.UserID, "0", "articles", nil)
	c := fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "PATCH" && strings.Contains(c.Path, "token-"+list+"/messages/@original")
	}, botWait)
	if text, _ := c.Body["content"].(string); !strings.Contains(text, ", 1 in all)") {
		t.Errorf("after two processes read one link, /articles says:\n%s", text)
	}
}

// botBinaryAndSite builds the binary the multi-process tests run and
// serves the seed page to it over HTTP.
func botBinaryAndSite(t *testing.T) (bin string, site *httptest.Server) {
	t.Helper()
	bin = filepath.Join(t.TempDir(), "articlebot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	page, err := os.ReadFile(filepath.Join(repoRoot, "testdata/pages/sheinbaum.html"))
	if err != nil {
		t.Fatal(err)
	}
	site = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	t.Cleanup(site.Close)
	return bin, site
}
