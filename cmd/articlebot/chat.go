package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/articlebot/articlebot/rag"
)

// linkPattern finds links pasted into a chat line.
var linkPattern = regexp.MustCompile(`https?://[^\s<>"']+`)

// maxChatTurns bounds the conversation carried into each question; older
// turns matter little to a follow-up and would only slow it.
const maxChatTurns = 6

// cmdChat is an interactive session: paste links to add them, ask
// questions, follow up. Answers stream when the engine supports it.
func cmdChat(ctx context.Context, a *app, _ []string) error {
	if err := a.open(ctx); err != nil {
		return err
	}
	defer a.close()
	c := &chatSession{app: a, conv: &rag.Conversation{}}
	// With --json a chat is scripted: no prompt or banner, one JSON object
	// per answer in ask --json's shape, one per line.
	if a.jsonOut {
		c.enc = json.NewEncoder(a.stdout)
		c.enc.SetEscapeHTML(false)
	} else {
		fmt.Fprintln(a.stdout, "Paste article links or ask questions. Follow-ups stay on the same article. /new starts over, /quit leaves.")
	}
	// The reader stops when the session does (unless blocked reading a
	// terminal, which only the process's exit ends).
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	lines := make(chan chatLine)
	go readChatLines(ctx, a.stdin, lines)
	for {
		if c.enc == nil {
			fmt.Fprint(a.stdout, "\n> ")
		}
		var in chatLine
		var ok bool
		select {
		case <-ctx.Done():
		case in, ok = <-lines:
		}
		if !ok || ctx.Err() != nil {
			if c.enc == nil {
				fmt.Fprintln(a.stdout)
			}
			return nil
		}
		if in.tooLong {
			if err := c.say(fmt.Sprintf("That line is longer than %d MiB, so it was skipped: paste a link or ask a shorter question.", maxChatLine>>20)); err != nil {
				return err
			}
			continue
		}
		line := strings.TrimSpace(in.text)
		switch {
		case line == "":
			continue
		case line == "/quit" || line == "/exit":
			return nil
		case line == "/new":
			c.conv = &rag.Conversation{}
			if c.enc == nil {
				fmt.Fprintln(a.stdout, "Starting over.")
			}
			continue
		}
		if links := linkPattern.FindAllString(line, -1); len(links) > 0 {
			c.ingest(ctx, links)
			continue
		}
		if err := c.ask(ctx, line); err != nil {
			return err
		}
	}
}

// chatSession is one chat's conversation and how its answers are written:
// as text for a person, or with enc set, as JSON for a script.
type chatSession struct {
	app  *app
	enc  *json.Encoder
	conv *rag.Conversation
}

// say tells the user something that is not an answer; to a script it is
// an error object, so each line in gets one object out. Only a failure to
// write is returned.
func (c *chatSession) say(msg string) error {
	if c.enc != nil {
		return c.enc.Encode(map[string]string{"error": msg})
	}
	fmt.Fprintln(c.app.stdout, msg)
	return nil
}

// ingest adds the links pasted on a line and makes them the conversation's
// focus; a person also sees progress and each article's summary. A link
// that fails is reported on stderr and the rest go on.
func (c *chatSession) ingest(ctx context.Context, links []string) {
	a := c.app
	var ids []string
	for _, l := range links {
		res, err := a.engine.Ingest(ctx, rag.IngestRequest{Scope: rag.LocalScope, Source: rag.WebLink(l), AddedBy: "chat",
			Progress: func(s rag.Stage) {
				if s != rag.StageDone && c.enc == nil {
					fmt.Fprintf(a.stdout, "%s: %s…\n", l, s)
				}
			}})
		if err != nil {
			fmt.Fprintf(a.stderr, "%s: %s\n", l, userMessage(err))
			continue
		}
		ids = append(ids, res.Article.ID)
		if c.enc != nil {
			continue
		}
		if sum, err := a.asker.Summarize(ctx, rag.LocalScope, res.Article.ID); err == nil {
			printSummary(a.stdout, sum)
		}
	}
	if len(ids) > 0 {
		c.conv = &rag.Conversation{ArticleIDs: ids}
	}
}

// ask answers a question in the conversation and remembers the turn. Only
// a failure to write is returned; the engine's errors are told the user.
func (c *chatSession) ask(ctx context.Context, line string) error {
	q := rag.Question{Scope: rag.LocalScope, Text: line, Conversation: c.conv}
	var ans *rag.Answer
	var err error
	if c.enc != nil {
		ans, err = c.app.asker.Ask(ctx, q)
	} else {
		// The answer starts on a line of its own: after the "> " prompt
		// (when input is not echoed) it would read as a block quote.
		fmt.Fprintln(c.app.stdout)
		ans, err = streamAnswer(ctx, c.app.stdout, c.app.asker, q)
	}
	if err != nil {
		msg := userMessage(err)
		if rag.Classify(err).Kind == rag.KindWhichArticle {
			// Chat has no --article: its focus is the link pasted last.
			msg = "which article? Paste its link first, then ask about it"
		}
		return c.say(msg)
	}
	if c.enc != nil {
		if err := c.enc.Encode(answerJSON(ans)); err != nil {
			return err
		}
	}
	c.conv.Turns = append(c.conv.Turns, rag.Turn{Question: line, Answer: answerText(ans)})
	if len(c.conv.Turns) > maxChatTurns {
		c.conv.Turns = c.conv.Turns[len(c.conv.Turns)-maxChatTurns:]
	}
	if len(ans.ArticleIDs) > 0 {
		c.conv.ArticleIDs = ans.ArticleIDs
	}
	return nil
}

// Chat's retraction lines. The first is printed as soon as the engine
// withdraws streamed prose, so nobody reads on in it while a retry or the
// fallback runs; the second introduces what replaces it.
const (
	retractLine  = "[The AI answer above could not be checked or was cut off: disregard it.]"
	insteadWords = "Here are the article's own words:"
	insteadRetry = "The complete answer:"
)

// streamAnswer prints an answer as it streams, and makes what stays on
// screen true: streamed prose that the final answer does not keep word for
// word is withdrawn with a retraction line and the answer printed whole.
func streamAnswer(ctx context.Context, w io.Writer, asker rag.Asker, q rag.Question) (*rag.Answer, error) {
	var shown strings.Builder
	retracted := false
	retract := func() {
		if !retracted && shown.Len() > 0 {
			fmt.Fprintf(w, "\n%s\n", retractLine)
		}
		retracted = true
	}
	ans, err := asker.AskStream(ctx, q, func(d rag.Delta) {
		switch {
		case d.Retract:
			retract()
		case d.Text != "" && !retracted:
			fmt.Fprint(w, d.Text)
			shown.WriteString(d.Text)
		}
	})
	if err != nil {
		retract()
		return nil, err
	}
	switch {
	case shown.Len() == 0:
		printAnswer(w, ans)
	case !retracted && shown.String() == ans.Text:
		fmt.Fprintln(w)
		rest := *ans
		rest.Text = "" // already on screen
		printAnswer(w, &rest)
	default:
		retract()
		if ans.Engine == rag.EngineExtractive {
			fmt.Fprintln(w, insteadWords)
		} else {
			fmt.Fprintln(w, insteadRetry)
		}
		printAnswer(w, ans)
	}
	return ans, nil
}

// answerText flattens an answer for the conversation history.
func answerText(a *rag.Answer) string {
	parts := []string{a.Text}
	for _, q := range a.Quotes {
		parts = append(parts, "“"+q.Text+"”")
	}
	return strings.Join(parts, " ")
}
