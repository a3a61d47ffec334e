package main

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name string
		args []string
		cmd  string
		opts func(o *options)
		pos  []string
	}{
		{"plain", []string{"list"}, "list", nil, nil},
		{"common flags before the command", []string{"--data-dir", "/d", "--json", "ask", "why?"}, "ask",
			func(o *options) { o.dataDir, o.jsonOut = "/d", true }, []string{"why?"}},
		{"config before, with =", []string{"--config=c.yaml", "list"}, "list", func(o *options) { o.configPath = "c.yaml" }, nil},
		{"single dash", []string{"-data-dir", "/d", "list", "-limit", "3"}, "list", func(o *options) { o.dataDir, o.limit = "/d", 3 }, nil},
		{"flags after positionals", []string{"ask", "what", "now?", "--article", "ab12", "--json"}, "ask",
			func(o *options) { o.article, o.jsonOut = "ab12", true }, []string{"what", "now?"}},
		{"after the command wins", []string{"--data-dir", "/a", "list", "--data-dir", "/b"}, "list", func(o *options) { o.dataDir = "/b" }, nil},
		{"double dash ends flags", []string{"ask", "--", "--json", "-x"}, "ask", nil, []string{"--json", "-x"}},
		{"lone dash is an argument", []string{"ingest", "-"}, "ingest", nil, []string{"-"}},
		{"negative number is an argument", []string{"ask", "-5", "degrees?"}, "ask", nil, []string{"-5", "degrees?"}},
		{"bool with value", []string{"list", "--json=false"}, "list", nil, nil},
		{"config verb", []string{"--config", "c.yaml", "config", "check", "--probe"}, "config check",
			func(o *options) { o.configPath, o.probe = "c.yaml", true }, nil},
		{"offset", []string{"list", "--offset=0", "--offset", "7"}, "list", func(o *options) { o.offset = 7 }, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inv, err := parseArgs(tc.args)
			if err != nil {
				t.Fatalf("parseArgs(%q): %v", tc.args, err)
			}
			want := defaultOptions()
			if tc.opts != nil {
				tc.opts(&want)
			}
			if inv.cmd.name != tc.cmd || inv.opts != want || !reflect.DeepEqual(inv.args, tc.pos) {
				t.Errorf("parseArgs(%q) = %s %+v %q, want %s %+v %q", tc.args, inv.cmd.name, inv.opts, inv.args, tc.cmd, want, tc.pos)
			}
		})
	}
}

func TestParseArgsErrors(t *testing.T) {
	tests := []struct {
		args  []string
		msg   string
		usage string // prefix of the usage line; "" for none
	}{
		{[]string{"list", "--data-dir"}, "--data-dir needs a value: --data-dir DIR", "usage: articlebot list ["},
		{[]string{"list", "--data-dir", "--json"}, "--data-dir needs a value", "usage: articlebot list ["},
		{[]string{"list", "--frob"}, "unknown flag --frob", "usage: articlebot list ["},
		{[]string{"list", "-frob=1"}, "unknown flag -frob", "usage: articlebot list ["},
		{[]string{"list", "--limit", "abc"}, `--limit needs a whole number, not "abc"`, "usage: articlebot list ["},
		{[]string{"list", "--limit", "0"}, "--limit must be at least 1 (got 0)", "usage: articlebot list ["},
		{[]string{"list", "--limit", "-5"}, "--limit must be at least 1 (got -5)", "usage: articlebot list ["},
		{[]string{"list", "--offset=-1"}, "--offset can't be negative (got -1)", "usage: articlebot list ["},
		{[]string{"list", "--json=maybe"}, "--json takes no value", "usage: articlebot list ["},
		{[]string{"list", "extra"}, `list takes no arguments (got "extra")`, "usage: articlebot list ["},
		{[]string{"ask", "--limit", "3", "q"}, "unknown flag --limit", "usage: articlebot ask [--article ID]"},
		{[]string{"--frob", "list"}, "unknown flag --frob", "usage: articlebot [--config FILE]"},
		{[]string{"--data-dir"}, "--data-dir needs a value", "usage: articlebot [--config FILE]"},
		{[]string{"--json"}, "no command given", ""},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`, ""},
		{[]string{"config"}, "config needs a verb", "usage: articlebot config check"},
		{[]string{"config", "edit"}, "config needs a verb", "usage: articlebot config check"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			_, err := parseArgs(tc.args)
			var ue usageError
			if !errors.As(err, &ue) {
				t.Fatalf("err = %v, want a usageError", err)
			}
			if !strings.Contains(ue.msg, tc.msg) || strings.Contains(ue.msg, "\n") {
				t.Errorf("msg = %q, want one line with %q", ue.msg, tc.msg)
			}
			if !strings.HasPrefix(ue.usage, tc.usage) || (tc.usage == "") != (ue.usage == "") {
				t.Errorf("usage = %q, want %q…", ue.usage, tc.usage)
			}
		})
	}
}

func TestParseArgsHelp(t *testing.T) {
	for args, cmd := range map[string]string{"": "", "help": "", "-h": "", "--help": "", "--json --help": "",
		"help list": "list", "list --help": "list", "list -h": "list", "help config check": "config check", "ask q --help": "ask"} {
		_, err := parseArgs(strings.Fields(args))
		var h helpRequest
		if !errors.As(err, &h) {
			t.Errorf("%q: err = %v, want help", args, err)
			continue
		}
		if got := ""; h.cmd != nil {
			got = h.cmd.name
			if got != cmd {
				t.Errorf("%q: help for %q, want %q", args, got, cmd)
			}
		} else if cmd != "" {
			t.Errorf("%q: top-level help, want %q", args, cmd)
		}
	}
}

// FuzzParseArgs: the parser never panics, fails only with a usage error or
// a help request, and whatever it accepts round-trips through formatArgs.
func FuzzParseArgs(f *testing.F) {
	for _, seed := range []string{
		"list", "list\n--limit\n3", "--data-dir\n/d\nask\nwhy?", "ask\n--\n--json", "config\ncheck\n--probe",
		"--config=x\nlist\n--offset=-1", "ingest\n-\n-5", "list\n--data-dir", "help\nlist", "ask\nq\n--article=ab=cd",
		"summarize\n--json=false\nab12", "list\n--limit\n9999999999999999999", "ask\n\n",
		"ingest\n--server\n123\nx", "ask\n--server=0123\nq", "list\n--server=18446744073709551616",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		args := strings.Split(line, "\n")
		inv, err := parseArgs(args)
		if err != nil {
			var ue usageError
			var h helpRequest
			if !errors.As(err, &ue) && !errors.As(err, &h) {
				t.Fatalf("parseArgs(%q): unexpected error type %T: %v", args, err, err)
			}
			if ue.msg != "" && strings.TrimSpace(ue.msg) == "" {
				t.Fatalf("parseArgs(%q): blank message", args)
			}
			return
		}
		if inv.opts.limit < 1 || inv.opts.offset < 0 {
			t.Fatalf("parseArgs(%q) accepted limit %d offset %d", args, inv.opts.limit, inv.opts.offset)
		}
		again, err := parseArgs(formatArgs(inv))
		if err != nil {
			t.Fatalf("parseArgs(%q) ok, but its canonical form %q fails: %v", args, formatArgs(inv), err)
		}
		if again.cmd != inv.cmd || again.opts != inv.opts || !reflect.DeepEqual(again.args, inv.args) {
			t.Fatalf("round trip of %q via %q: %+v → %+v", args, formatArgs(inv), *inv, *again)
		}
	})
}
