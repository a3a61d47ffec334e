package main

import (
	"bufio"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// TestChatJSON: chat --json prints one ask --json object per answer, one
// per line, with no prompt, and keeps the conversation between them.
func TestChatJSON(t *testing.T) {
	home := t.TempDir()
	env := func(k string) (string, bool) {
		if k == "HOME" {
			return home, true
		}
		return "", false
	}
	data := "--data-dir=" + t.TempDir()
	var out, errb strings.Builder
	if code := run(context.Background(), []string{"ingest", data, "../../testdata/pages/sheinbaum.html"}, strings.NewReader(""), &out, &errb, env); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errb.String())
	}
	out.Reset()
	in := strings.NewReader("What did Sheinbaum say about invasion?\n\nWhat else did she say?\n/new\nWhat?\n/quit\n")
	if code := run(context.Background(), []string{"chat", data, "--json"}, in, &out, &errb, env); code != 0 {
		t.Fatalf("chat exit %d: %s", code, errb.String())
	}
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(out.String()))
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if len(lines) != 3 {
		t.Fatalf("%d lines, want one per question:\n%s", len(lines), out.String())
	}
	var answers []askOutput
	for _, l := range lines[:2] {
		var a askOutput
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("%v in %q", err, l)
		}
		if a.Engine != "extractive" || len(a.Quotes) == 0 {
			t.Errorf("answer = %+v", a)
		}
		answers = append(answers, a)
	}
	if !strings.Contains(answers[0].Quotes[0].Text, "not going to") {
		t.Errorf("first answer quotes %q", answers[0].Quotes[0].Text)
	}
	// The follow-up's "she" is Sheinbaum: her words, not someone else's.
	for _, q := range answers[1].Quotes {
		if q.Speaker != "" && !strings.Contains(q.Speaker, "Sheinbaum") {
			t.Errorf("follow-up quoted %s", q.Speaker)
		}
	}
	var e struct{ Error string }
	if err := json.Unmarshal([]byte(lines[2]), &e); err != nil || e.Error == "" {
		t.Errorf("an empty question gives %q, want an error object", lines[2])
	}
}
