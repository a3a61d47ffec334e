package main

import (
	"strings"
	"testing"

	"github.com/articlebot/articlebot/bot/discordtest"
)

// TestServerFlag: --server files an ingest in a Discord server's library,
// which ask, list, summarize and forget then reach; the CLI's own library
// does not see it; an ID that is not a snowflake is a usage error.
func TestServerFlag(t *testing.T) {
	data := "--data-dir=" + t.TempDir()
	const server = "--server=1234567890123456789"
	if _, errOut, code := cli(t, nil, "ingest", data, server, "testdata/pages/sheinbaum.html"); code != 0 {
		t.Fatalf("ingest --server: exit %d: %s", code, errOut)
	}
	if out, _, code := cli(t, nil, "list", data, server); code != 0 || strings.Count(out, "\n") != 1 {
		t.Errorf("list --server: exit %d\n%s", code, out)
	}
	if out, _, code := cli(t, nil, "list", data, "--json"); code != 0 || !strings.Contains(out, `"total": 0`) {
		t.Errorf("the CLI's own library sees the server's article: exit %d\n%s", code, out)
	}
	if out, _, code := cli(t, nil, "ask", data, server, "What did Sheinbaum say about invasion?"); code != 0 || !strings.Contains(out, "military") && !strings.Contains(out, "ruled out") {
		t.Errorf("ask --server: exit %d\n%s", code, out)
	}
	if out, _, code := cli(t, nil, "ask", data, "--server", "42", "What did Sheinbaum say about invasion?"); code != 0 || strings.Contains(out, "military") {
		t.Errorf("another server's ask finds the article: exit %d\n%s", code, out)
	}
	for _, id := range []string{"abc", "0", "0123", "-5", "+5", "1e5", "12 34", "99999999999999999999999", ""} {
		_, errOut, code := cli(t, nil, "ingest", data, "--server="+id, "testdata/pages/sheinbaum.html")
		if code != 2 || !strings.Contains(errOut, "--server: a server ID is a number") {
			t.Errorf("--server=%q: exit %d, stderr %q; want a usage error", id, code, errOut)
		}
	}
}

// TestCLIIngestShowsUpInTheBot: with a shared PostgreSQL record, an
// article the CLI files in a server's library is answered by the running
// bot in that server, without a restart.
func TestCLIIngestShowsUpInTheBot(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dsn := testPostgresDSN(t)
	bin, site := botBinaryAndSite(t)
	fake := discordtest.New(t)
	fake.RecommendShards(1)
	guild, channel := discordtest.GuildInShard(0, 1, 0), discordtest.GuildInShard(0, 1, 1)
	fake.AddGuild(guild, channel)
	startBot(t, bin, "bot", "DISCORD_TOKEN=token", "ARTICLEBOT_STORE_DSN="+dsn, "ARTICLEBOT_DISCORD_API_BASE_URL="+fake.URL,
		"ARTICLEBOT_HTTP_LISTEN=", "ARTICLEBOT_LOG_LEVEL=debug")
	fake.WaitConnected(true, botWait, discordtest.Shard{ID: 0, Count: 1})

	// ask asks with /ask in the server and returns the bot's answer.
	ask := func() string {
		t.Helper()
		id := fake.Interaction(guild, channel, discordtest.UserID, "0", "ask", []map[string]any{{"name": "question", "type": 3, "value": "What did Sheinbaum say about invasion?"}})
		c := fake.Wait(func(c discordtest.Call) bool {
			return c.Method == "PATCH" && strings.Contains(c.Path, "token-"+id+"/messages/@original")
		}, botWait)
		text, _ := c.Body["content"].(string)
		return text
	}
	if answer := ask(); strings.Contains(answer, "military") {
		t.Fatalf("answered before anything was ingested: %q", answer)
	}
	env := map[string]string{"HOME": t.TempDir(), "ARTICLEBOT_STORE_DSN": dsn, "ARTICLEBOT_FETCH_ALLOW_PRIVATE_ADDRESSES": "true"}
	if _, errOut, code := runIn(t, env, "ingest", "--server", guild, site.URL+"/mexico"); code != 0 {
		t.Fatalf("CLI ingest --server: exit %d: %s", code, errOut)
	}
	// The bot learns of the write within a second (LISTEN/NOTIFY); a few
	// tries cover a slow machine.
	var answer string
	for range 20 {
		if answer = ask(); strings.Contains(answer, "military") || strings.Contains(answer, "ruled out") {
			return
		}
	}
	t.Errorf("the bot never answered from the CLI's article; last answer %q", answer)
}
