// Command articlebot ingests news articles and answers questions about them
// with verbatim, cited quotes: from the command line, or as a Discord bot.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.LookupEnv)
	stop()
	os.Exit(code)
}

// usage is the top-level help.
const usage = `articlebot reads articles with you: it answers with verbatim, cited quotes.

Usage:
  articlebot [common flags] <command> [flags] [arguments]

Commands:
  demo                          ingest the bundled seed article and ask about it (offline)
  ingest <url|path>...          add articles to the local library
  ask [--article ID] "question" answer from the library with cited quotes
  summarize <url|path|ID>       TL;DR and key quotes of an article
  list [--limit N] [--offset N] the library, newest first
  forget <ID>                   delete an article and every trace of it
  digest [--days N]             the stories of the last N days (default 7), most discussed first
  extract <url|path>            show what would be extracted, without storing it
  chat                          paste links and ask questions, with follow-ups
  run                           run the Discord bot
  config check [--probe]        print the effective config (secrets masked) and validate it
  config example                print a commented example config file
  migrate --to postgres://URL   copy the SQLite library into PostgreSQL (resumable)

Common flags (before or after the command):
  --config FILE    YAML config file (default: none; environment variables override it)
  --data-dir DIR   where the library is stored (default: the per-user data dir)
  --json           machine-readable output

articlebot help <command> (or <command> --help) shows a command's flags.
`

// run parses the command line and runs the command, returning the exit
// status: 0 done, 1 failed, 2 a mistake in the command line.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, env func(string) (string, bool)) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, env: env}
	inv, err := parseArgs(args)
	var help helpRequest
	switch {
	case errors.As(err, &help) && help.cmd == nil:
		fmt.Fprint(stdout, usage)
		return 0
	case errors.As(err, &help):
		fmt.Fprint(stdout, help.cmd.help())
		return 0
	case err != nil:
		return a.fail(err)
	}
	a.cmd, a.options = inv.cmd, inv.opts
	if err := inv.cmd.run(ctx, a, inv.args); err != nil {
		return a.fail(err)
	}
	return 0
}
