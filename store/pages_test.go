package store

import (
	"context"
	"reflect"
	"testing"
)

func TestPagesRoundTripAndReplace(t *testing.T) {
	ctx := context.Background()
	s := open(t, t.TempDir(), testEmbedder)
	defer s.Close()
	a := article("local", "p1", "Page one text. Page two text. Page three text.", 0)
	a.Pages = []PageStart{{Start: 0, Page: 1}, {Start: 15, Page: 2}, {Start: 30, Page: 3}}
	if err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	got, err := s.Article(ctx, "local", "p1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Pages, a.Pages) {
		t.Errorf("pages %+v, want %+v", got.Pages, a.Pages)
	}
	// A replacement without pages (the same link now a web page) keeps none.
	a.Pages = nil
	if err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Article(ctx, "local", "p1"); err != nil || got.Pages != nil {
		t.Errorf("pages after replace %+v %v, want none", got.Pages, err)
	}
}

func TestPagesRejectedOutsideText(t *testing.T) {
	s := open(t, t.TempDir(), testEmbedder)
	defer s.Close()
	for _, pages := range [][]PageStart{
		{{Start: 0, Page: 1}, {Start: 999, Page: 2}},
		{{Start: 5, Page: 1}, {Start: 5, Page: 2}},
		{{Start: 0, Page: 0}},
	} {
		a := article("local", "p2", "Some text. More text.", 0)
		a.Pages = pages
		if err := s.PutArticle(context.Background(), a); err == nil {
			t.Errorf("pages %+v stored", pages)
		}
	}
}
