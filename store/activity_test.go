package store

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// day is a test clock: day(n) is n days after a fixed start.
func day(n int) time.Time { return time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, n) }

// discussed is Discussed sorted by article, for comparing.
func discussed(t *testing.T, s *Store, scope Scope, f DiscussionFilter) []Discussion {
	t.Helper()
	ds, err := s.Discussed(context.Background(), scope, f)
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(ds, func(a, b Discussion) int { return strings.Compare(a.ArticleID, b.ArticleID) })
	return ds
}

func TestDiscussionCounts(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		for i, id := range []string{"a1", "a2", "a3", "old"} {
			a := article("g", id, "Harbor news. More.", i)
			a.AddedAt = day(i)
			if id == "old" {
				a.AddedAt = day(-30)
			}
			mustPut(t, s, a)
		}
		mustPut(t, s, article("g2", "a1", "Other server. Same ID.", 0))

		for _, sh := range []struct {
			article, channel string
			at               time.Time
		}{
			{"a1", "c1", day(0)}, {"a1", "c2", day(1)}, {"a1", "c1", day(2)}, // shared three times
			{"a2", "c1", day(1)},
			{"a3", "c2", day(3)},
			{"old", "c1", day(-30)}, {"old", "c1", day(4)}, // shared again in the period
		} {
			must(t, s.AddArticleChannel(ctx, "g", sh.article, sh.channel, sh.at))
		}
		must(t, s.AddArticleChannel(ctx, "g2", "a1", "c1", day(1)))
		must(t, s.LinkThread(ctx, "g", "t2", "a2"))
		for i := range 4 {
			must(t, s.AddThreadMessage(ctx, "g", "t2", day(1).Add(time.Duration(i)*time.Hour)))
		}
		must(t, s.AddThreadMessage(ctx, "g", "t2", day(-20))) // before the period
		if err := s.AddThreadMessage(ctx, "g", "t9", day(1)); !errors.Is(err, ErrNotFound) {
			t.Errorf("message in no article's thread: %v", err)
		}
		if err := s.AddArticleChannel(ctx, "g", "nope", "c1", day(1)); !errors.Is(err, ErrNotFound) {
			t.Errorf("share of a missing article: %v", err)
		}

		week := DiscussionFilter{Since: day(0), Until: day(7)}
		want := []Discussion{
			{ArticleID: "a1", AddedAt: day(0), Shares: 3, LastShared: day(2)},
			{ArticleID: "a2", AddedAt: day(1), Shares: 1, Messages: 4, LastShared: day(1)},
			{ArticleID: "a3", AddedAt: day(2), Shares: 1, LastShared: day(3)},
			{ArticleID: "old", AddedAt: day(-30), Shares: 1, LastShared: day(4)},
		}
		if got := discussed(t, s, "g", week); !reflect.DeepEqual(got, want) {
			t.Errorf("the week:\n got %+v\nwant %+v", got, want)
		}
		// In a channel: its articles only, each counted everywhere.
		c2 := week
		c2.Channel = "c2"
		if got := discussed(t, s, "g", c2); !reflect.DeepEqual(got, []Discussion{want[0], want[2]}) {
			t.Errorf("channel c2: %+v", got)
		}
		// A shorter period counts less and picks fewer.
		if got := discussed(t, s, "g", DiscussionFilter{Since: day(2), Until: day(3)}); !reflect.DeepEqual(got, []Discussion{
			{ArticleID: "a1", AddedAt: day(0), Shares: 1, LastShared: day(2)},
			{ArticleID: "a3", AddedAt: day(2)}, // added in the period, never shared
		}) {
			t.Errorf("day 2: %+v", got)
		}
		if got := discussed(t, s, "g2", week); len(got) != 1 || got[0].Shares != 1 || got[0].Messages != 0 {
			t.Errorf("other server: %+v", got)
		}

		// Forgetting an article forgets its activity; purging a scope, all.
		must(t, s.Delete(ctx, "g", "a2"))
		mustPut(t, s, article("g", "a2", "Back again. More.", 1))
		for _, d := range discussed(t, s, "g", DiscussionFilter{}) {
			if d.ArticleID == "a2" && (d.Shares != 0 || d.Messages != 0) {
				t.Errorf("forgotten article's activity came back: %+v", d)
			}
		}
		must(t, s.DeleteScope(ctx, "g"))
		var n int
		if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM activity WHERE scope = 'g'").Scan(&n); err != nil || n != 0 {
			t.Errorf("purged scope keeps %d activity rows (%v)", n, err)
		}
	})
}

// TestMigrateActivity opens a library of the schema before activity was
// counted (SQLite 5, PostgreSQL 2) and checks each channel an article was
// shared in became one share, at its time.
func TestMigrateActivity(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		loc := fresh()
		s := open(t, loc, testEmbedder)
		mustPut(t, s, article("g", "a1", "Harbor news. More.", 0))
		// Back to the previous version: no activity table, channels kept.
		downgradeVectors(t, s)
		rollBack(t, s, 5, 2,
			"DROP TABLE activity",
			"INSERT INTO article_channels (scope, article_id, channel_id, added_at) VALUES ('g', 'a1', 'c1', "+strconv.FormatInt(day(1).UnixNano(), 10)+"), ('g', 'a1', 'c2', "+strconv.FormatInt(day(2).UnixNano(), 10)+")",
		)
		s.Close()

		s = open(t, loc, testEmbedder)
		defer s.Close()
		want := []Discussion{{ArticleID: "a1", AddedAt: article("g", "a1", "", 0).AddedAt, Shares: 2, LastShared: day(2)}}
		if got := discussed(t, s, "g", DiscussionFilter{Channel: "c1"}); !reflect.DeepEqual(got, want) {
			t.Errorf("after migration: %+v, want %+v", got, want)
		}
		must(t, s.AddArticleChannel(ctx, "g", "a1", "c1", day(3)))
		if got := discussed(t, s, "g", DiscussionFilter{}); len(got) != 1 || got[0].Shares != 3 {
			t.Errorf("a share after migration: %+v", got)
		}
	})
}
