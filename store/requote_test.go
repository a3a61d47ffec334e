package store

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"
)

// TestRequote: new rules replace the quotations that differ, with the
// summaries that may point into them, and nothing else; an article
// ingested again or deleted while it is analyzed keeps what that did.
func TestRequote(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		if rules, err := s.QuotationRules(ctx); err != nil || rules != "" {
			t.Fatalf("rules of a new library: %q, %v", rules, err)
		}
		arts := map[string]*Article{
			"a1": article("local", "a1", "Harbor story one. Oysters and ferries.", 0),
			"a2": article("local", "a2", "Harbor story two. Oysters and ferries.", 1),
			"a3": article("local", "a3", "Harbor story three. Oysters and ferries.", 2),
			"b1": article("guild:9", "b1", "Harbor story four. Oysters and ferries.", 3),
			"b2": article("guild:9", "b2", "Harbor story five. Oysters and ferries.", 0),
		}
		for _, a := range arts {
			mustPut(t, s, a)
			must(t, s.PutSummary(ctx, a.Scope, a.ID, "extractive", []byte(`{"key_quotes":[0]}`)))
		}
		newer := func(a *Article) []Quotation {
			return []Quotation{{Start: 0, End: 6, Sentence: 0, Speaker: "Pedro Gomez", Cue: "told"}}
		}
		reingested := article("local", "a3", "Harbor story three, again. Oysters and ferries.", 2)
		reingested.AddedAt = reingested.AddedAt.Add(time.Second)
		var last [2]int
		changed, err := s.Requote(ctx, "rules/2", func(a *Article) []Quotation {
			switch a.ID {
			case "a2": // the new rules find the same
				return slices.Clone(a.Quotations)
			case "a3": // ingested again, under the new rules, while analyzed
				mustPut(t, s, reingested)
			case "b2": // deleted while analyzed
				must(t, s.Delete(ctx, a.Scope, a.ID))
			}
			return newer(a)
		}, func(done, total int) { last = [2]int{done, total} })
		if err != nil {
			t.Fatal(err)
		}
		if changed != 2 || last != [2]int{5, 5} {
			t.Errorf("changed %d, last progress %v; want 2, [5 5]", changed, last)
		}
		for id, want := range map[string][]Quotation{
			"a1": newer(nil), "b1": newer(nil), "a2": arts["a2"].Quotations, "a3": reingested.Quotations,
		} {
			a := arts[id]
			got, err := s.Article(ctx, a.Scope, id)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got.Quotations, want) {
				t.Errorf("%s: quotations %+v, want %+v", id, got.Quotations, want)
			}
			_, err = s.Summary(ctx, a.Scope, id, "extractive")
			if kept := err == nil; kept != (id == "a2") {
				t.Errorf("%s: summary kept %v (%v), want it only where the quotations stayed", id, kept, err)
			}
		}
		if _, err := s.Article(ctx, "guild:9", "b2"); !errors.Is(err, ErrNotFound) {
			t.Errorf("deleted article: %v", err)
		}
		if rules, err := s.QuotationRules(ctx); err != nil || rules != "rules/2" {
			t.Errorf("rules recorded: %q, %v", rules, err)
		}

		// Quotations outside the text are refused, and change nothing.
		_, err = s.Requote(ctx, "rules/3", func(a *Article) []Quotation {
			return []Quotation{{Start: 0, End: len(a.Text) + 1}}
		}, nil)
		if err == nil {
			t.Error("quotations outside the text were stored")
		}
		if rules, _ := s.QuotationRules(ctx); rules != "rules/2" {
			t.Errorf("rules after a failed requote: %q", rules)
		}
		if got, err := s.Article(ctx, "local", "a1"); err != nil || !slices.Equal(got.Quotations, newer(nil)) {
			t.Errorf("a1 after a failed requote: %+v, %v", got, err)
		}
	})
}

// TestRequoteReadOnly: a read-only library cannot be requoted.
func TestRequoteReadOnly(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := open(t, dir, testEmbedder)
	mustPut(t, s, article("local", "a1", "Harbor story one. Oysters.", 0))
	must(t, s.Close())
	ro, err := Open(ctx, dir, Options{Embedder: testEmbedder, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.Requote(ctx, "rules/2", func(*Article) []Quotation { return nil }, nil); !errors.Is(err, ErrReadOnly) {
		t.Errorf("requote of a read-only library: %v, want ErrReadOnly", err)
	}
}

// TestCopyQuotationRules: a copy's destination says which rules found its
// quotations only when they all come from the source's.
func TestCopyQuotationRules(t *testing.T) {
	ctx := context.Background()
	src := open(t, t.TempDir(), testEmbedder)
	defer src.Close()
	mustPut(t, src, article("local", "a1", "Harbor story one. Oysters.", 0))
	keep := func(a *Article) []Quotation { return a.Quotations }
	if _, err := src.Requote(ctx, "rules/2", keep, nil); err != nil {
		t.Fatal(err)
	}

	empty := open(t, t.TempDir(), testEmbedder)
	defer empty.Close()
	if _, err := Copy(ctx, empty, src, nil); err != nil {
		t.Fatal(err)
	}
	if rules, err := empty.QuotationRules(ctx); err != nil || rules != "rules/2" {
		t.Errorf("an empty destination's rules: %q, %v; want the source's", rules, err)
	}

	mixed := open(t, t.TempDir(), testEmbedder)
	defer mixed.Close()
	mustPut(t, mixed, article("local", "b1", "Harbor story two. Oysters.", 1))
	if _, err := mixed.Requote(ctx, "rules/3", keep, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := Copy(ctx, mixed, src, nil); err != nil {
		t.Fatal(err)
	}
	if rules, err := mixed.QuotationRules(ctx); err != nil || rules != "" {
		t.Errorf("a destination with articles of its own: rules %q, %v; want none", rules, err)
	}
}
