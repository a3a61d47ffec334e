package main

import (
	"context"
	"fmt"

	"github.com/articlebot/articlebot/config"
)

// cmdConfigCheck prints the effective config with secrets masked and
// validates it, naming every bad field; --probe also asks the LLM endpoint.
func cmdConfigCheck(ctx context.Context, a *app, _ []string) error {
	if err := a.loadConfig(); err != nil {
		return err
	}
	if err := a.cfg.Print(a.stdout); err != nil {
		return err
	}
	if a.probe {
		return a.probeLLM(ctx)
	}
	fmt.Fprintln(a.stderr, "config OK")
	return nil
}

// cmdConfigExample prints a commented example config file.
func cmdConfigExample(_ context.Context, a *app, _ []string) error {
	fmt.Fprint(a.stdout, config.Example())
	return nil
}
