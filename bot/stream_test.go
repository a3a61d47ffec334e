package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/articlebot/articlebot/bot/discordtest"
	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/rag/llm"
	"github.com/articlebot/articlebot/rag/llm/llmtest"
	"github.com/articlebot/articlebot/rag/oaiclient"
)

// TestStreamedAnswerEndsTrue: with a real LLM engine streaming slowly
// (so the bot posts and edits a live message), the live message always
// ends as the final, checked answer; withdrawn prose is marked at once.
func TestStreamedAnswerEndsTrue(t *testing.T) {
	good := `{"answer": "Sheinbaum ruled out a US invasion. She said Mexico cooperates and collaborates with the United States, but that there will be no invasion.", "quotes": [{"passage": "P1", "text": "going to come to Mexico with the military"}]}`
	bad := `{"answer": "She welcomed the invasion warmly and said that US troops would be greeted in Mexico City with open arms.", "quotes": [{"passage": "P1", "text": "We welcome an invasion."}]}`
	tests := []struct {
		name      string
		replies   []llmtest.Reply
		final     string // in the last content of the live message
		never     string
		withdrawn bool
	}{
		{"honest", []llmtest.Reply{llmtest.Paced(good, 100*time.Millisecond, true)},
			"> The United States is not **going to come to Mexico with the military**", "", false},
		{"hallucinated", []llmtest.Reply{llmtest.Paced(bad, 100*time.Millisecond, true)},
			"could not be checked against the article, so here are", "welcomed", true},
		{"cut then retried", []llmtest.Reply{llmtest.Paced(good[:110], 100*time.Millisecond, false), llmtest.Answer(good)},
			"Sheinbaum ruled out a US invasion.", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, msg := startLLMThread(t, tc.replies...)
			h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, "What did Sheinbaum say about invasion?")
			post := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "POST" && c.Path == "/channels/"+msg+"/messages" }, wait)
			if !strings.Contains(content(post), "checking against the article") {
				t.Fatalf("first post is not a live streamed message: %q", content(post))
			}
			// The bot's final edit follows the engine's last delta; wait for it.
			final := h.fake.Wait(func(c discordtest.Call) bool {
				return c.Method == "PATCH" && strings.HasPrefix(c.Path, "/channels/"+msg+"/messages/") &&
					strings.Contains(content(c), tc.final)
			}, wait)
			time.Sleep(200 * time.Millisecond) // nothing may follow it
			var last, marked string
			for _, c := range h.fake.Calls() {
				if c.Method == "PATCH" && strings.HasPrefix(c.Path, "/channels/"+msg+"/messages/") {
					last = content(c)
					if strings.Contains(last, "getting the article's own words") {
						marked = last
					}
				}
			}
			if last != content(final) {
				t.Errorf("the live message ends as %q, not the final answer", last)
			}
			if tc.never != "" && strings.Contains(last, tc.never) {
				t.Errorf("unchecked prose stands: %q", last)
			}
			if strings.Contains(last, "checking against the article") {
				t.Errorf("the live message ends unchecked: %q", last)
			}
			if (marked != "") != tc.withdrawn {
				t.Errorf("withdrawal shown = %v, want %v", marked != "", tc.withdrawn)
			}
		})
	}
}

func TestRenderAnswerEmphasis(t *testing.T) {
	q := rag.Quote{Text: "The United States is not going to come to Mexico with the military", Start: 10, End: 76,
		EmphasisStart: 35, EmphasisEnd: 76, Title: "T", Link: "https://x.test/a"}
	got := renderAnswer(&rag.Answer{Text: "She said > no *really*", Quotes: []rag.Quote{q}})
	if !strings.Contains(got, "> The United States is not **going to come to Mexico with the military**\n— [T](<https://x.test/a>)") {
		t.Errorf("render:\n%s", got)
	}
	if strings.HasPrefix(got, ">") || strings.Contains(got, " > no") || strings.Contains(got, " *really*") {
		t.Errorf("prose markdown not escaped:\n%s", got)
	}
}

// TestFailedFinalEditIsReplaced: when Discord refuses the edit that would
// make the live message the checked answer, the message is deleted and the
// answer posted afresh, so unchecked streamed prose never stands.
func TestFailedFinalEditIsReplaced(t *testing.T) {
	good := `{"answer": "Sheinbaum ruled out a US invasion. She said Mexico cooperates and collaborates with the United States, but that there will be no invasion.", "quotes": [{"passage": "P1", "text": "going to come to Mexico with the military"}]}`
	h, msg := startLLMThread(t, llmtest.Paced(good, 100*time.Millisecond, true))
	// Every edit of a message in the thread is refused, as a lost
	// permission or an outage would.
	h.fake.FailCalls(func(method, path string) int {
		if method == "PATCH" && strings.HasPrefix(path, "/channels/"+msg+"/messages/") {
			return 403
		}
		return 0
	})
	h.fake.PostMessage(discordtest.GuildA, msg, discordtest.UserID, "What did Sheinbaum say about invasion?")
	live := h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "POST" && c.Path == "/channels/"+msg+"/messages" }, wait)
	if !strings.Contains(content(live), "checking against the article") {
		t.Fatalf("first post is not a live streamed message: %q", content(live))
	}
	h.fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "DELETE" && strings.HasPrefix(c.Path, "/channels/"+msg+"/messages/")
	}, wait)
	answer := h.fake.Wait(func(c discordtest.Call) bool {
		return c.Method == "POST" && c.Path == "/channels/"+msg+"/messages" && strings.Contains(content(c), "going to come to Mexico with the military")
	}, wait)
	if strings.Contains(content(answer), "checking against the article") {
		t.Errorf("the answer posted afresh is unchecked: %q", content(answer))
	}
}

// startLLMThread starts the bot with the LLM engine over a fake endpoint,
// shares the seed in a thread (its summary from the endpoint), and queues
// replies for the thread's first question; any call beyond them fails.
func startLLMThread(t *testing.T, replies ...llmtest.Reply) (*harness, string) {
	t.Helper()
	srv := llmtest.New(t)
	wrap := func(a rag.Asker) rag.Asker {
		client := oaiclient.New(oaiclient.Options{BaseURL: srv.BaseURL(), APIKey: "test", MaxRetries: 0})
		return llm.New(a.(*rag.Engine), client, llm.Options{Model: "test-model", RequestTimeout: 5 * time.Second})
	}
	h := startWith(t, "", wrap, nil)
	srv.SetDefault(llmtest.Answer(`{"tldr": "Mexico said no.", "key_points": [{"point": "No.", "quote": "That is ruled out, absolutely ruled out."}]}`))
	msg := h.fake.PostMessage(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, h.site.URL+"/mexico")
	h.threadKnown(t, discordtest.GuildA, msg)
	srv.SetDefault(llmtest.Status(500, `{"error":{"message":"unscripted"}}`, nil))
	srv.Enqueue(replies...)
	return h, msg
}
