package main

import (
	"context"
	"fmt"

	"github.com/articlebot/articlebot/config"
)

// cmdConfig prints the effective config with secrets masked and validates
// it, naming every bad field; --probe also asks the LLM endpoint.
func cmdConfig(ctx context.Context, a *app, args []string) error {
	if len(args) == 0 || (args[0] != "check" && args[0] != "example") {
		return usageError{"usage: articlebot config check [--probe] | articlebot config example"}
	}
	if args[0] == "example" {
		fmt.Fprint(a.stdout, config.Example())
		return nil
	}
	fs := a.flags("config check")
	probe := fs.Bool("probe", false, "also ask the configured LLM endpoint which models it serves")
	if _, err := parse(fs, args[1:]); err != nil {
		return err
	}
	if err := a.loadConfig(); err != nil {
		return err
	}
	if err := a.cfg.Print(a.stdout); err != nil {
		return err
	}
	if *probe {
		return a.probe(ctx)
	}
	fmt.Fprintln(a.stderr, "config OK")
	return nil
}
