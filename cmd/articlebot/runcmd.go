package main

import (
	"context"
	"errors"
)

// cmdRun runs the Discord bot until interrupted.
func cmdRun(ctx context.Context, a *app, args []string) error {
	return errors.New("the Discord bot is not built yet")
}
