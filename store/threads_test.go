package store

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestThreadsAndChannels(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		for i, id := range []string{"a1", "a2", "a3"} {
			a := article("guild:1", id, "Harbor news. More.", i)
			a.AddedAt = time.Unix(int64(1700000000+i), 0)
			mustPut(t, s, a)
		}
		mustPut(t, s, article("guild:2", "a1", "Other server. Same ID.", 0))

		must(t, s.LinkThread(ctx, "guild:1", "t1", "a1"))
		must(t, s.LinkThread(ctx, "guild:1", "t2", "a2"))
		if id, err := s.ThreadArticle(ctx, "guild:1", "t1"); err != nil || id != "a1" {
			t.Errorf("thread t1 → %q %v", id, err)
		}
		if _, err := s.ThreadArticle(ctx, "guild:2", "t1"); !errors.Is(err, ErrNotFound) {
			t.Errorf("thread leaked across scopes: %v", err)
		}
		if err := s.LinkThread(ctx, "guild:1", "t3", "nope"); !errors.Is(err, ErrNotFound) {
			t.Errorf("link to a missing article: %v", err)
		}
		must(t, s.LinkThread(ctx, "guild:1", "t2", "a3")) // relinked
		if id, _ := s.ThreadArticle(ctx, "guild:1", "t2"); id != "a3" {
			t.Errorf("relinked thread → %q", id)
		}

		for _, c := range []struct{ article, channel string }{{"a1", "c1"}, {"a2", "c1"}, {"a3", "c1"}, {"a1", "c2"}, {"a1", "c1"}} {
			must(t, s.AddArticleChannel(ctx, "guild:1", c.article, c.channel, time.Time{}))
		}
		must(t, s.AddArticleChannel(ctx, "guild:2", "a1", "c1", time.Time{}))
		if err := s.AddArticleChannel(ctx, "guild:1", "nope", "c1", time.Time{}); !errors.Is(err, ErrNotFound) {
			t.Errorf("channel of a missing article: %v", err)
		}
		for _, tc := range []struct {
			scope   Scope
			channel string
			limit   int
			want    []string
		}{
			{"guild:1", "c1", 0, []string{"a3", "a2", "a1"}},
			{"guild:1", "c1", 2, []string{"a3", "a2"}},
			{"guild:1", "c2", 0, []string{"a1"}},
			{"guild:1", "c9", 0, nil},
			{"guild:2", "c1", 0, []string{"a1"}},
		} {
			got, err := s.ChannelArticles(ctx, tc.scope, tc.channel, tc.limit)
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ChannelArticles(%s, %s, %d) = %v %v, want %v", tc.scope, tc.channel, tc.limit, got, err, tc.want)
			}
		}
		if got, _ := s.ArticleChannels(ctx, "guild:1", "a1"); !reflect.DeepEqual(got, []string{"c1", "c2"}) {
			t.Errorf("channels of a1 = %v", got)
		}

		// Replacing an article (a refreshed ingest) keeps its thread and channels.
		mustPut(t, s, article("guild:1", "a1", "Harbor news, updated. More.", 0))
		if id, err := s.ThreadArticle(ctx, "guild:1", "t1"); err != nil || id != "a1" {
			t.Errorf("thread lost by a replace: %q %v", id, err)
		}
		// Forgetting it forgets them, and a re-ingest does not bring them back.
		must(t, s.Delete(ctx, "guild:1", "a1"))
		mustPut(t, s, article("guild:1", "a1", "Harbor news again. More.", 0))
		if _, err := s.ThreadArticle(ctx, "guild:1", "t1"); !errors.Is(err, ErrNotFound) {
			t.Errorf("forgotten article's thread came back: %v", err)
		}
		if got, _ := s.ChannelArticles(ctx, "guild:1", "c2", 0); len(got) != 0 {
			t.Errorf("forgotten article's channel came back: %v", got)
		}
		must(t, s.UnlinkThread(ctx, "guild:1", "t2"))
		if _, err := s.ThreadArticle(ctx, "guild:1", "t2"); !errors.Is(err, ErrNotFound) {
			t.Errorf("unlinked thread: %v", err)
		}
		// A purged scope leaves no links.
		must(t, s.DeleteScope(ctx, "guild:2"))
		if got, _ := s.ChannelArticles(ctx, "guild:2", "c1", 0); len(got) != 0 {
			t.Errorf("purged scope's channel: %v", got)
		}
		for _, table := range []string{"threads", "article_channels"} {
			var n int
			if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+table+" t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.scope = t.scope AND a.id = t.article_id)").Scan(&n); err != nil || n != 0 {
				t.Errorf("%s: %d orphans (%v)", table, n, err)
			}
		}
	})
}

// TestMigrateLegacyLinks opens a version-2 library whose thread and channel
// links are bot settings, and checks they moved into the tables, orphans
// dropped.
func TestMigrateLegacyLinks(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	raw, err := sql.Open("sqlite", "file:"+filepath.Join(dir, dbFile)+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	stmts := []string{sqliteSchemaV1}
	for _, q := range append(stmts,
		`INSERT INTO meta VALUES ('embedder', '{"Name":"test","Dim":4}')`,
		`INSERT INTO articles VALUES ('g', 'a1', 'https://x.test/a', 'https://x.test/a', 'T', '', '', 'en', 0, 'Text.', 1, 'null', 'u', 5)`,
		`INSERT INTO settings VALUES ('g', 'thread:111', 'a1'), ('g', 'thread:222', 'gone'), ('g', 'channel:a1', 'c7'), ('g', 'channel:gone', 'c7'), ('g', 'autoingest:c7', 'on')`,
		`PRAGMA user_version = 1`,
	) {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	raw.Close()
	s := open(t, dir, testEmbedder)
	defer s.Close()
	if id, err := s.ThreadArticle(ctx, "g", "111"); err != nil || id != "a1" {
		t.Errorf("migrated thread → %q %v", id, err)
	}
	if _, err := s.ThreadArticle(ctx, "g", "222"); !errors.Is(err, ErrNotFound) {
		t.Errorf("orphan thread migrated: %v", err)
	}
	if got, _ := s.ChannelArticles(ctx, "g", "c7", 0); !reflect.DeepEqual(got, []string{"a1"}) {
		t.Errorf("migrated channel articles = %v", got)
	}
	for key, want := range map[string]bool{"thread:111": false, "channel:a1": false, "autoingest:c7": true} {
		if _, ok, _ := s.Setting(ctx, "g", key); ok != want {
			t.Errorf("setting %s kept = %v, want %v", key, ok, want)
		}
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func mustPut(t testing.TB, s *Store, a *Article) {
	t.Helper()
	if err := s.PutArticle(context.Background(), a); err != nil {
		t.Fatal(err)
	}
}
