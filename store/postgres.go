package store

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
)

func openPostgres(context.Context, string) (dialect, *sql.DB, error) {
	return nil, nil, errors.New("store: PostgreSQL is not supported yet")
}

// redactDSN hides a DSN's password, for logs.
func redactDSN(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres"
	}
	return u.Redacted()
}
