package main

import (
	"context"
	"fmt"
	"time"

	"github.com/articlebot/articlebot/store"
)

// migrateProgressEvery spaces progress lines: a big library shows it is
// moving without flooding the terminal.
const migrateProgressEvery = time.Second

// cmdMigrate copies the SQLite library in the data directory into a
// PostgreSQL database: `articlebot migrate --to postgres://…`. It can be
// run again: what is already there is skipped, so an interrupted copy
// resumes.
func cmdMigrate(ctx context.Context, a *app, args []string) error {
	if !store.IsPostgresDSN(a.to) {
		return usageError{msg: "migrate needs --to postgres://user@host/database (the PostgreSQL database to copy the library into)"}
	}
	if err := a.loadConfig(); err != nil {
		return err
	}
	dir, err := a.cfg.DataDirOrDefault(a.env)
	if err != nil {
		return err
	}
	emb, err := a.embedder(ctx, dir)
	if err != nil {
		return err
	}
	info := store.EmbedderInfo{Name: emb.Name(), Dim: emb.Dim()}
	// The source is always the SQLite library, whatever store.dsn says.
	src, err := store.Open(ctx, dir, store.Options{Embedder: info, Logger: a.log})
	if err != nil {
		return fmt.Errorf("open library in %s: %w", dir, err)
	}
	defer src.Close()
	dst, err := store.Open(ctx, "", store.Options{Embedder: info, DSN: a.to, Logger: a.log})
	if err != nil {
		return err
	}
	defer dst.Close()
	start, last := time.Now(), time.Now()
	p, err := store.Copy(ctx, dst, src, func(p store.CopyProgress) {
		if time.Since(last) >= migrateProgressEvery {
			last = time.Now()
			fmt.Fprintf(a.stderr, "copying: %d/%d articles (%d copied, %d already there)\n", p.Done, p.Total, p.Copied, p.Done-p.Copied)
		}
	})
	if err != nil {
		return fmt.Errorf("%w (run the same command again to resume)", err)
	}
	if a.jsonOut {
		return writeJSON(a.stdout, map[string]any{"articles": p.Total, "copied": p.Copied, "skipped": p.Done - p.Copied})
	}
	fmt.Fprintf(a.stdout, "Copied %d of %d articles into PostgreSQL (%d were already there) in %s.\n", p.Copied, p.Total, p.Done-p.Copied, time.Since(start).Round(time.Millisecond))
	fmt.Fprintln(a.stdout, "To use it, set store.dsn in the config or ARTICLEBOT_STORE_DSN to the same URL.")
	return nil
}
