package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/articlebot/articlebot/rag"
)

// options are the command line's flags. The common ones (config, dataDir,
// jsonOut) are accepted by every command, before the command name or after
// it, as git and go accept theirs; the others belong to one command each.
type options struct {
	configPath string
	dataDir    string
	jsonOut    bool

	article string // ask
	days    int    // digest
	server  string // ingest, ask, summarize, list, forget: a Discord server's library
	limit   int    // list
	offset  int    // list
	probe   bool   // config check
	to      string // migrate
}

// defaultLimit is how many articles list shows: a screenful and a half.
const defaultLimit = 50

func defaultOptions() options { return options{limit: defaultLimit, days: defaultDigestDays} }

// flagKind is how a flag reads its value.
type flagKind int

const (
	stringFlag flagKind = iota
	boolFlag            // --name, --name=true, --name=false
	intFlag
)

// flagDef is one flag: its name, the placeholder its usage shows for the
// value, a line of help, and where its value goes.
type flagDef struct {
	name  string
	arg   string // "FILE"; "" for bool flags
	help  string
	kind  flagKind
	min   int                    // for intFlag
	check func(raw string) error // for a string flag: validates its value, when set
	field func(o *options) any
}

var (
	flagConfig  = flagDef{name: "config", arg: "FILE", help: "YAML config file (environment variables override it)", field: func(o *options) any { return &o.configPath }}
	flagDataDir = flagDef{name: "data-dir", arg: "DIR", help: "where the library is stored (default: the per-user data dir)", field: func(o *options) any { return &o.dataDir }}
	flagJSON    = flagDef{name: "json", help: "machine-readable output", kind: boolFlag, field: func(o *options) any { return &o.jsonOut }}
	flagArticle = flagDef{name: "article", arg: "ID", help: "answer from this article only", field: func(o *options) any { return &o.article }}
	flagLimit   = flagDef{name: "limit", arg: "N", help: fmt.Sprintf("how many articles to show (default %d)", defaultLimit), kind: intFlag, min: 1, field: func(o *options) any { return &o.limit }}
	flagOffset  = flagDef{name: "offset", arg: "N", help: "skip this many of the newest", kind: intFlag, min: 0, field: func(o *options) any { return &o.offset }}
	flagTo      = flagDef{name: "to", arg: "postgres://URL", help: "PostgreSQL database to copy the library into (postgres://user@host/database)", field: func(o *options) any { return &o.to }}
	flagDays    = flagDef{name: "days", arg: "N", help: fmt.Sprintf("the digest's period: the last N days (default %d, at most %d)", defaultDigestDays, maxDigestDays), kind: intFlag, min: 1, field: func(o *options) any { return &o.days }}
	flagServer  = flagDef{name: "server", arg: "ID", help: "a Discord server's library instead of the local one (the server's ID)", check: checkServerID, field: func(o *options) any { return &o.server }}
	flagProbe   = flagDef{name: "probe", help: "also ask the configured LLM endpoint which models it serves", kind: boolFlag, field: func(o *options) any { return &o.probe }}
)

// checkServerID accepts a Discord server's ID (a snowflake).
func checkServerID(raw string) error {
	_, err := rag.ServerScope(raw)
	return err
}

// commonFlags are accepted by every command, before or after its name.
var commonFlags = []flagDef{flagConfig, flagDataDir, flagJSON}

// set parses raw into f's field of o.
func (f flagDef) set(o *options, raw string) error {
	switch p := f.field(o).(type) {
	case *string:
		if f.check != nil {
			if err := f.check(raw); err != nil {
				return fmt.Errorf("--%s: %w", f.name, err)
			}
		}
		*p = raw
	case *bool:
		b, err := strconv.ParseBool(raw)
		if err != nil {
			return fmt.Errorf("--%s takes no value (or true/false), not %q", f.name, raw)
		}
		*p = b
	case *int:
		n, err := strconv.Atoi(strings.TrimSpace(raw))
		if err != nil {
			return fmt.Errorf("--%s needs a whole number, not %q", f.name, raw)
		}
		if n < f.min {
			if f.min == 0 {
				return fmt.Errorf("--%s can't be negative (got %d)", f.name, n)
			}
			return fmt.Errorf("--%s must be at least %d (got %d)", f.name, f.min, n)
		}
		*p = n
	}
	return nil
}

// format returns f's value in o as one argument (--name=value), or "" when
// it has its default value.
func (f flagDef) format(o, def *options) string {
	switch p := f.field(o).(type) {
	case *string:
		if *p != *f.field(def).(*string) {
			return "--" + f.name + "=" + *p
		}
	case *bool:
		if *p != *f.field(def).(*bool) {
			return "--" + f.name + "=" + strconv.FormatBool(*p)
		}
	case *int:
		if *p != *f.field(def).(*int) {
			return "--" + f.name + "=" + strconv.Itoa(*p)
		}
	}
	return ""
}

// usage is the flag as a usage line shows it.
func (f flagDef) usage() string {
	if f.arg == "" {
		return "--" + f.name
	}
	return "--" + f.name + " " + f.arg
}

// command is one articlebot command.
type command struct {
	name  string    // "list", "config check"
	args  string    // positional part of the usage line
	flags []flagDef // besides the common ones
	// noArgs: the command takes no positional arguments.
	noArgs bool
	// readsOnly: the command only reads the library, so it opens it
	// read-only when this user cannot write it.
	readsOnly bool
	run       func(ctx context.Context, a *app, args []string) error
}

// usageLine is the command's one-line synopsis.
func (c *command) usageLine() string {
	parts := []string{"usage: articlebot", c.name}
	for _, f := range c.flags {
		parts = append(parts, "["+f.usage()+"]")
	}
	for _, f := range commonFlags {
		parts = append(parts, "["+f.usage()+"]")
	}
	if c.args != "" {
		parts = append(parts, c.args)
	}
	return strings.Join(parts, " ")
}

// help is the command's usage line and a line per flag.
func (c *command) help() string {
	var b strings.Builder
	b.WriteString(c.usageLine() + "\n\nFlags:\n")
	for _, f := range append(append([]flagDef(nil), c.flags...), commonFlags...) {
		fmt.Fprintf(&b, "  %-16s %s\n", f.usage(), f.help)
	}
	return b.String()
}

// lookup finds a command by name; config's verbs are two words.
func lookup(name string) *command {
	for i := range commandList {
		if commandList[i].name == name {
			return &commandList[i]
		}
	}
	return nil
}

// invocation is a parsed command line.
type invocation struct {
	cmd  *command
	opts options
	args []string // positional arguments
}

// usageError is a mistake in the command line: exit status 2. usage, when
// set, is the synopsis of the command that was meant.
type usageError struct {
	msg   string
	usage string
}

func (e usageError) Error() string { return e.msg }

// helpRequest asks for help: the top level's (cmd nil) or a command's.
type helpRequest struct{ cmd *command }

func (helpRequest) Error() string { return "help requested" }

// parseArgs parses a command line (without the program name). It runs
// nothing and reads nothing, so it can be fuzzed: it fails with a
// usageError or a helpRequest, never panics, and whatever it accepts
// formatArgs writes back into a command line that parses the same.
func parseArgs(args []string) (*invocation, error) {
	inv := &invocation{opts: defaultOptions()}
	// Common flags may come first: stop at the first word, the command.
	for len(args) > 0 && isFlag(args[0]) {
		if isHelp(args[0]) {
			return nil, helpRequest{}
		}
		n, err := parseFlag(commonFlags, &inv.opts, args)
		if err != nil {
			return nil, usageError{msg: err.Error(), usage: "usage: articlebot [--config FILE] [--data-dir DIR] [--json] <command> [arguments] (see articlebot help)"}
		}
		args = args[n:]
	}
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	if len(args) == 0 {
		if inv.opts != defaultOptions() {
			return nil, usageError{msg: "no command given (see articlebot help)"}
		}
		return nil, helpRequest{}
	}
	name := args[0]
	args = args[1:]
	if name == "help" {
		if len(args) > 0 {
			if c := lookup(commandName(args)); c != nil {
				return nil, helpRequest{cmd: c}
			}
		}
		return nil, helpRequest{}
	}
	if name == "config" {
		if len(args) == 0 || lookup("config "+args[0]) == nil {
			return nil, usageError{msg: "config needs a verb: check or example", usage: "usage: articlebot config check [--probe] | articlebot config example"}
		}
		name, args = "config "+args[0], args[1:]
	}
	inv.cmd = lookup(name)
	if inv.cmd == nil {
		return nil, usageError{msg: fmt.Sprintf("unknown command %q (see articlebot help)", name)}
	}
	defs := append(append([]flagDef(nil), inv.cmd.flags...), commonFlags...)
	// Flags may follow positional arguments too (`ask "question" --json`),
	// which is how people type; "--" ends the flags.
	for len(args) > 0 {
		a := args[0]
		switch {
		case a == "--":
			inv.args = append(inv.args, args[1:]...)
			args = nil
		case isHelp(a):
			return nil, helpRequest{cmd: inv.cmd}
		case isFlag(a):
			n, err := parseFlag(defs, &inv.opts, args)
			if err != nil {
				return nil, usageError{msg: err.Error(), usage: inv.cmd.usageLine()}
			}
			args = args[n:]
		default:
			inv.args = append(inv.args, a)
			args = args[1:]
		}
	}
	if inv.cmd.noArgs && len(inv.args) > 0 {
		return nil, usageError{msg: fmt.Sprintf("%s takes no arguments (got %q)", inv.cmd.name, inv.args[0]), usage: inv.cmd.usageLine()}
	}
	return inv, nil
}

// commandName is the command named by args: one word, or two for config.
func commandName(args []string) string {
	if args[0] == "config" && len(args) > 1 {
		return "config " + args[1]
	}
	return args[0]
}

// isFlag reports whether an argument is a flag: it starts with a dash and
// is not a lone dash (stdin, by convention) or a negative number (a value).
func isFlag(a string) bool {
	if len(a) < 2 || a[0] != '-' || a == "--" {
		return false
	}
	_, err := strconv.ParseFloat(a, 64)
	return err != nil
}

func isHelp(a string) bool { return a == "-h" || a == "--help" || a == "-help" }

// parseFlag parses the flag at args[0] (and its value, if it takes the
// next argument) into o, returning how many arguments it used. Flags are
// written -name or --name, with the value after "=" or as the next
// argument.
func parseFlag(defs []flagDef, o *options, args []string) (int, error) {
	a := args[0]
	name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
	var def *flagDef
	for i := range defs {
		if defs[i].name == name {
			def = &defs[i]
		}
	}
	if def == nil {
		return 0, fmt.Errorf("unknown flag %s", strings.SplitN(a, "=", 2)[0])
	}
	used := 1
	switch {
	case hasValue:
	case def.kind == boolFlag:
		value = "true"
	case len(args) > 1 && !isFlag(args[1]) && args[1] != "--":
		value, used = args[1], 2
	default:
		return 0, fmt.Errorf("--%s needs a value: %s", def.name, def.usage())
	}
	if err := def.set(o, value); err != nil {
		return 0, err
	}
	return used, nil
}

// formatArgs writes inv back as a command line in canonical form: the
// command, its flags that differ from their defaults as --name=value, then
// "--" and the positional arguments.
func formatArgs(inv *invocation) []string {
	out := strings.Fields(inv.cmd.name)
	def := defaultOptions()
	for _, f := range append(append([]flagDef(nil), inv.cmd.flags...), commonFlags...) {
		if s := f.format(&inv.opts, &def); s != "" {
			out = append(out, s)
		}
	}
	if len(inv.args) > 0 {
		out = append(out, "--")
		out = append(out, inv.args...)
	}
	return out
}
