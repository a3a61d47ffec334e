package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// SetSetting stores a per-scope setting; an empty value deletes it.
func (s *Store) SetSetting(ctx context.Context, scope Scope, key, value string) error {
	var err error
	if value == "" {
		_, err = s.db.ExecContext(ctx, "DELETE FROM settings WHERE scope = ? AND key = ?", scope, key)
	} else {
		_, err = s.db.ExecContext(ctx, "INSERT INTO settings (scope, key, value) VALUES (?, ?, ?) ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value", scope, key, value)
	}
	if err != nil {
		return fmt.Errorf("set %s/%s: %w", scope, key, err)
	}
	return nil
}

// Setting reads a per-scope setting.
func (s *Store) Setting(ctx context.Context, scope Scope, key string) (string, bool, error) {
	var v string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM settings WHERE scope = ? AND key = ?", scope, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("get %s/%s: %w", scope, key, err)
	}
	return v, true, nil
}

// ScopesWithSetting returns every scope that has the setting, with its value.
func (s *Store) ScopesWithSetting(ctx context.Context, key string) (map[Scope]string, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT scope, value FROM settings WHERE key = ?", key)
	if err != nil {
		return nil, fmt.Errorf("scopes with %s: %w", key, err)
	}
	defer rows.Close()
	out := map[Scope]string{}
	for rows.Next() {
		var sc Scope
		var v string
		if err := rows.Scan(&sc, &v); err != nil {
			return nil, err
		}
		out[sc] = v
	}
	return out, rows.Err()
}

// AddUsage adds tokens to a scope's count for a day and returns the total.
func (s *Store) AddUsage(ctx context.Context, scope Scope, day string, tokens int) (int, error) {
	var total int
	err := s.db.QueryRowContext(ctx, "INSERT INTO usage (scope, day, tokens) VALUES (?, ?, ?) ON CONFLICT (scope, day) DO UPDATE SET tokens = usage.tokens + excluded.tokens RETURNING tokens", scope, day, tokens).Scan(&total)
	if err != nil {
		return 0, fmt.Errorf("add usage: %w", err)
	}
	return total, nil
}

// Usage returns a scope's token count for a day.
func (s *Store) Usage(ctx context.Context, scope Scope, day string) (int, error) {
	var total int
	err := s.db.QueryRowContext(ctx, "SELECT tokens FROM usage WHERE scope = ? AND day = ?", scope, day).Scan(&total)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("usage: %w", err)
	}
	return total, nil
}
