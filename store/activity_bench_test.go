package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// BenchmarkDiscussed counts a week's discussion in a server of 2,000
// articles and a year of activity (40,000 shares and questions over 20
// channels), on each backend, next to a count of all the server's activity
// rows from the same run as the physical reference.
func BenchmarkDiscussed(b *testing.B) {
	const articles, events, channels = 2000, 40_000, 20
	ctx := context.Background()
	end := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			s := open(b, be.fresh(b), benchEmbedder)
			defer s.Close()
			putBatches(b, s, benchArticles(articles*benchChunksPerArticle, 1))
			r := rand.New(rand.NewPCG(3, 3))
			err := s.tx(ctx, func(tx tx) error {
				for range events {
					kind := activityShare
					if r.IntN(3) == 0 {
						kind = activityQuestion
					}
					at := end.Add(-time.Duration(r.Int64N(int64(365 * 24 * time.Hour))))
					if _, err := tx.ExecContext(ctx, "INSERT INTO activity (scope, article_id, channel_id, kind, at) VALUES (?, ?, ?, ?, ?)",
						"bench", fmt.Sprint("a", r.IntN(articles)), fmt.Sprint("c", r.IntN(channels)), kind, at.UnixNano()); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
			if s.Backend() == "postgres" {
				// As autovacuum would soon after such a load: the planner
				// needs the new rows' statistics.
				if _, err := s.db.ExecContext(ctx, "ANALYZE"); err != nil {
					b.Fatal(err)
				}
			}
			week := DiscussionFilter{Since: end.AddDate(0, 0, -7), Until: end}
			channel := week
			channel.Channel = "c3"
			for _, tc := range []struct {
				name string
				f    DiscussionFilter
			}{{"week-server", week}, {"week-channel", channel}} {
				b.Run(tc.name, func(b *testing.B) {
					for b.Loop() {
						if ds, err := s.Discussed(ctx, "bench", tc.f); err != nil || len(ds) == 0 {
							b.Fatal(len(ds), err)
						}
					}
				})
			}
			b.Run("reference-count-all-rows", func(b *testing.B) {
				for b.Loop() {
					var n int
					if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM activity WHERE scope = ?", "bench").Scan(&n); err != nil || n != events {
						b.Fatal(n, err)
					}
				}
			})
		})
	}
}
