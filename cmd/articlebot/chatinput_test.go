package main

import (
	"bufio"
	"context"
	"reflect"
	"strings"
	"testing"
)

func TestReadChatLines(t *testing.T) {
	long := strings.Repeat("x", maxChatLine+1)
	atMax := strings.Repeat("y", maxChatLine)
	in := "first\r\n" + long + "\nsecond\n" + atMax + "\n\nlast"
	ch := make(chan chatLine)
	go readChatLines(context.Background(), strings.NewReader(in), ch)
	var got []chatLine
	for l := range ch {
		got = append(got, l)
	}
	want := []chatLine{{text: "first"}, {tooLong: true}, {text: "second"}, {text: atMax}, {text: ""}, {text: "last"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %d lines, want %d: %.80v", len(got), len(want), got)
	}
}

func TestReadLineBoundsMemory(t *testing.T) {
	br := bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 1000)+"\nok\n"), 16)
	line, tooLong, err := readLine(br, 100)
	if err != nil || !tooLong || line != nil {
		t.Fatalf("long line: %q %v %v", line, tooLong, err)
	}
	if line, tooLong, err := readLine(br, 100); err != nil || tooLong || string(line) != "ok" {
		t.Errorf("next line: %q %v %v", line, tooLong, err)
	}
}

// TestChatSkipsLongLines: a line over the cap is refused and the session
// goes on (it used to end silently with exit 0).
func TestChatSkipsLongLines(t *testing.T) {
	data := "--data-dir=" + t.TempDir()
	if _, errOut, code := cli(t, nil, "ingest", data, "testdata/pages/sheinbaum.html"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	stdin := strings.Repeat("a", maxChatLine+1) + "\nWhat did Sheinbaum say about invasion?\n/quit\n"
	out, errOut, code := cliIn(t, stdin, nil, "chat", data)
	if code != 0 || !strings.Contains(out, "That line is longer than 1 MiB") || !strings.Contains(out, "\n> ") ||
		!strings.Contains(out, "Sheinbaum") {
		t.Errorf("exit %d, stderr %s\n%s", code, errOut, out)
	}
}
