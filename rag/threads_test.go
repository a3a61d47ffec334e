package rag

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/articlebot/articlebot/store"
)

func TestThreadsAndChannelsGoWithTheArticle(t *testing.T) {
	ctx := context.Background()
	e := newTestEngine(t, t.TempDir())
	a := ingest(t, e, store.LocalScope, seedPage)
	if err := e.LinkThread(ctx, store.LocalScope, "t1", a.ID); err != nil {
		t.Fatal(err)
	}
	if err := e.AddArticleChannel(ctx, store.LocalScope, a.ID, "c1"); err != nil {
		t.Fatal(err)
	}
	if id, ok, err := e.ThreadArticle(ctx, store.LocalScope, "t1"); err != nil || !ok || id != a.ID {
		t.Errorf("ThreadArticle = %q %v", id, err)
	}
	if ids, err := e.ChannelArticles(ctx, store.LocalScope, "c1"); err != nil || !reflect.DeepEqual(ids, []string{a.ID}) {
		t.Errorf("ChannelArticles = %v %v", ids, err)
	}
	if err := e.Forget(ctx, store.LocalScope, a.ID); err != nil {
		t.Fatal(err)
	}
	a = ingest(t, e, store.LocalScope, seedPage)
	if _, ok, err := e.ThreadArticle(ctx, store.LocalScope, "t1"); ok || err != nil {
		t.Errorf("thread of a forgotten article came back after re-ingest: %v", err)
	}
	if ids, _ := e.ChannelArticles(ctx, store.LocalScope, "c1"); len(ids) != 0 {
		t.Errorf("channel of a forgotten article came back: %v", ids)
	}
	if err := e.LinkThread(ctx, store.LocalScope, "t2", "no-such-article"); !errors.Is(err, ErrNotFound) {
		t.Errorf("link to a missing article: %v", err)
	}
}
