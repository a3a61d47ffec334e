package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// pgChannel is the NOTIFY channel of a record: named after its schema, so
// records in several schemas of one database do not hear each other.
const pgChannel = "'articlebot_' || md5(current_schema())"

func (postgresDialect) recordChange(ctx context.Context, tx tx, c change) error {
	_, err := tx.ExecContext(ctx, "SELECT pg_notify("+pgChannel+", ?)", encodeChange(c))
	return err
}

// pgWatcher LISTENs on a connection of its own, outside the pool.
type pgWatcher struct{ conn *pgx.Conn }

func (postgresDialect) watcher(ctx context.Context, s *Store) (changeWatcher, error) {
	cctx, cancel := context.WithTimeout(ctx, pgConnectTimeout)
	defer cancel()
	conn, err := pgx.Connect(cctx, s.dsn)
	if err != nil {
		return nil, fmt.Errorf("connect to listen: %w", err)
	}
	var channel string
	if err := conn.QueryRow(cctx, "SELECT "+pgChannel).Scan(&channel); err != nil {
		conn.Close(context.Background())
		return nil, fmt.Errorf("listen: %w", err)
	}
	if _, err := conn.Exec(cctx, "LISTEN "+pgx.Identifier{channel}.Sanitize()); err != nil {
		conn.Close(context.Background())
		return nil, fmt.Errorf("listen: %w", err)
	}
	return &pgWatcher{conn: conn}, nil
}

func (w *pgWatcher) next(ctx context.Context) ([]change, bool, error) {
	n, err := w.conn.WaitForNotification(ctx)
	if err != nil {
		return nil, false, err
	}
	c, err := decodeChange(n.Payload)
	if err != nil {
		// Not ours; but something wrote: be safe.
		return nil, true, nil
	}
	return []change{c}, false, nil
}

func (w *pgWatcher) close() { w.conn.Close(context.Background()) }
