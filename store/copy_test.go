package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"
)

func TestCopy(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		src := open(t, t.TempDir(), testEmbedder)
		defer src.Close()
		for i := range 6 {
			scope := Scope("local")
			if i%3 == 2 {
				scope = "guild:9"
			}
			a := article(scope, fmt.Sprint("a", i), fmt.Sprintf("Harbor story %d. Oysters and ferries. More words here.", i), i)
			a.AddedAt = time.Unix(int64(1700000000+i), 0).UTC()
			mustPut(t, src, a)
		}
		must(t, src.PutSummary(ctx, "local", "a0", "extractive", []byte(`{"tldr":"x"}`)))
		must(t, src.LinkThread(ctx, "guild:9", "t1", "a2"))
		must(t, src.AddArticleChannel(ctx, "guild:9", "a2", "c1", time.Unix(1700000100, 0)))
		must(t, src.AddArticleChannel(ctx, "guild:9", "a2", "c2", time.Unix(1700000200, 0)))
		must(t, src.AddThreadMessage(ctx, "guild:9", "t1", time.Unix(1700000300, 0)))
		must(t, src.SetSetting(ctx, "guild:9", "autoingest:c1", "off"))
		must(t, src.SetSetting(ctx, "guild:5", "left_at", "2026-11-01T00:00:00Z")) // a scope with settings only
		if _, err := src.AddUsage(ctx, "guild:9", "2026-11-29", 1234); err != nil {
			t.Fatal(err)
		}

		loc := fresh()
		dst := open(t, loc, testEmbedder)
		// Interrupted after two articles...
		cctx, cancel := context.WithCancel(ctx)
		_, err := Copy(cctx, dst, src, func(p CopyProgress) {
			if p.Copied == 2 {
				cancel()
			}
		})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("interrupted copy: %v", err)
		}
		// ... and resumed, possibly by another process.
		dst.Close()
		dst = open(t, loc, testEmbedder)
		defer dst.Close()
		var last CopyProgress
		p, err := Copy(ctx, dst, src, func(p CopyProgress) { last = p })
		if err != nil {
			t.Fatal(err)
		}
		if p.Total != 6 || p.Done != 6 || p.Copied != 4 || last != p {
			t.Errorf("resumed copy: %+v (last progress %+v), want 4 of 6 copied", p, last)
		}
		if p, err := Copy(ctx, dst, src, nil); err != nil || p.Copied != 0 || p.Done != 6 {
			t.Errorf("second copy: %+v %v, want nothing copied", p, err)
		}

		for _, scope := range []Scope{"local", "guild:9"} {
			a, at, err1 := src.List(ctx, scope, 0, 100)
			b, bt, err2 := dst.List(ctx, scope, 0, 100)
			if err1 != nil || err2 != nil || at != bt || !reflect.DeepEqual(a, b) {
				t.Errorf("%s: lists differ:\n%+v\n%+v", scope, a, b)
			}
			for _, info := range a {
				x, _ := src.Article(ctx, scope, info.ID)
				y, err := dst.Article(ctx, scope, info.ID)
				if err != nil {
					t.Fatal(err)
				}
				sameArticle(t, y, x)
			}
			sa, _ := src.SearchSentences(ctx, scope, nil, []string{"oysters", "harbor"}, 10)
			sb, _ := dst.SearchSentences(ctx, scope, nil, []string{"oysters", "harbor"}, 10)
			if len(sa) == 0 || !sameHits(sa, sb) {
				t.Errorf("%s: search differs:\n%+v\n%+v", scope, sa, sb)
			}
		}
		if sc, _ := dst.Scopes(ctx); !reflect.DeepEqual(sc, []Scope{"guild:5", "guild:9", "local"}) {
			t.Errorf("scopes = %v", sc)
		}
		if d, err := dst.Summary(ctx, "local", "a0", "extractive"); err != nil || string(d) != `{"tldr":"x"}` {
			t.Errorf("summary = %s %v", d, err)
		}
		if id, err := dst.ThreadArticle(ctx, "guild:9", "t1"); err != nil || id != "a2" {
			t.Errorf("thread = %q %v", id, err)
		}
		if ids, _ := dst.ChannelArticles(ctx, "guild:9", "c1", 0); !reflect.DeepEqual(ids, []string{"a2"}) {
			t.Errorf("channel articles = %v", ids)
		}
		// Shares and thread questions come along, once however often the
		// copy ran.
		want := []Discussion{{ArticleID: "a2", AddedAt: time.Unix(1700000002, 0).UTC(), Shares: 2, Messages: 1, LastShared: time.Unix(1700000200, 0).UTC()}}
		if got, err := dst.Discussed(ctx, "guild:9", DiscussionFilter{Channel: "c1"}); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("activity after copy = %+v %v, want %+v", got, err, want)
		}
		if v, ok, _ := dst.Setting(ctx, "guild:5", "left_at"); !ok || v != "2026-11-01T00:00:00Z" {
			t.Errorf("setting = %q %v", v, ok)
		}
		if n, _ := dst.Usage(ctx, "guild:9", "2026-11-29"); n != 1234 {
			t.Errorf("usage = %d", n)
		}
		if hits, err := dst.SearchChunks(ctx, "local", nil, []float32{1, 0, 0, 0}, 100); err != nil || len(hits) != 12 {
			t.Errorf("vector search after copy: %d hits, %v", len(hits), err)
		}
		checkIndexMatchesDB(t, dst)
	})
}

func TestCopyRefusesAnotherEmbedder(t *testing.T) {
	ctx := context.Background()
	src := open(t, t.TempDir(), testEmbedder)
	defer src.Close()
	dst := open(t, t.TempDir(), EmbedderInfo{Name: "other", Dim: 4})
	defer dst.Close()
	if _, err := Copy(ctx, dst, src, nil); err == nil {
		t.Error("copy between embedders succeeded")
	}
}
