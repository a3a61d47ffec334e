package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/store"
)

// linkPattern finds links pasted into a chat line.
var linkPattern = regexp.MustCompile(`https?://[^\s<>"']+`)

// maxChatTurns bounds the conversation carried into each question; older
// turns matter little to a follow-up and would only slow it.
const maxChatTurns = 6

// cmdChat is an interactive session: paste links to add them, ask
// questions, follow up. Answers stream when the engine supports it.
func cmdChat(ctx context.Context, a *app, args []string) error {
	fs := a.flags("chat")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := a.open(ctx); err != nil {
		return err
	}
	defer a.close()
	// With --json a chat is scripted: no prompt or banner, one JSON object
	// per answer in ask --json's shape, one per line.
	var enc *json.Encoder
	if a.jsonOut {
		enc = json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
	} else {
		fmt.Fprintln(a.stdout, "Paste article links or ask questions. Follow-ups stay on the same article. /new starts over, /quit leaves.")
	}
	conv := &rag.Conversation{}
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(a.stdin)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
	}()
	for {
		if enc == nil {
			fmt.Fprint(a.stdout, "\n> ")
		}
		var line string
		var ok bool
		select {
		case <-ctx.Done():
			fmt.Fprintln(a.stdout)
			return nil
		case line, ok = <-lines:
		}
		if !ok {
			fmt.Fprintln(a.stdout)
			return nil
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			continue
		case line == "/quit" || line == "/exit":
			return nil
		case line == "/new":
			conv = &rag.Conversation{}
			if enc == nil {
				fmt.Fprintln(a.stdout, "Starting over.")
			}
			continue
		}
		if links := linkPattern.FindAllString(line, -1); len(links) > 0 {
			var ids []string
			for _, l := range links {
				res, err := a.engine.Ingest(ctx, rag.IngestRequest{Scope: store.LocalScope, Source: l, AddedBy: "chat",
					Progress: func(s rag.Stage) {
						if s != rag.StageDone && enc == nil {
							fmt.Fprintf(a.stdout, "%s: %s…\n", l, s)
						}
					}})
				if err != nil {
					fmt.Fprintf(a.stderr, "%s: %s\n", l, userMessage(err))
					continue
				}
				ids = append(ids, res.Article.ID)
				if enc != nil {
					continue
				}
				if sum, err := a.asker.Summarize(ctx, store.LocalScope, res.Article.ID); err == nil {
					printSummary(a.stdout, sum)
				}
			}
			if len(ids) > 0 {
				conv = &rag.Conversation{ArticleIDs: ids}
			}
			continue
		}
		q := rag.Question{Scope: store.LocalScope, Text: line, Conversation: conv}
		streamed := false
		ans, err := a.asker.AskStream(ctx, q, func(d rag.Delta) {
			if d.Text != "" && enc == nil {
				fmt.Fprint(a.stdout, d.Text)
				streamed = true
			}
		})
		if err != nil {
			if enc != nil {
				if err := enc.Encode(map[string]string{"error": userMessage(err)}); err != nil {
					return err
				}
				continue
			}
			fmt.Fprintln(a.stdout, userMessage(err))
			continue
		}
		if enc != nil {
			if err := enc.Encode(answerJSON(ans)); err != nil {
				return err
			}
		} else if streamed {
			fmt.Fprintln(a.stdout)
			ans.Text = "" // already shown
			printAnswer(a.stdout, ans)
		} else {
			printAnswer(a.stdout, ans)
		}
		conv.Turns = append(conv.Turns, rag.Turn{Question: line, Answer: answerText(ans)})
		if len(conv.Turns) > maxChatTurns {
			conv.Turns = conv.Turns[len(conv.Turns)-maxChatTurns:]
		}
		if len(ans.ArticleIDs) > 0 {
			conv.ArticleIDs = ans.ArticleIDs
		}
	}
}

// answerText flattens an answer for the conversation history.
func answerText(a *rag.Answer) string {
	parts := []string{a.Text}
	for _, q := range a.Quotes {
		parts = append(parts, "“"+q.Text+"”")
	}
	return strings.Join(parts, " ")
}
