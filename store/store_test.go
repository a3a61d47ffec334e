package store

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"reflect"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

var testEmbedder = EmbedderInfo{Name: "test", Dim: 4}

// open opens the store at dir, a directory (SQLite) or a DSN (PostgreSQL).
func open(t testing.TB, dir string, e EmbedderInfo) *Store {
	t.Helper()
	s, err := openAt(context.Background(), dir, Options{Embedder: e})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// article builds a small article of dimension 4 whose chunks point along
// axis; see articleDim.
func article(scope Scope, id, text string, axis int) *Article {
	return articleDim(scope, id, text, axis, 4)
}

// articleDim builds an article with one sentence and one chunk per ". "
// piece of text; chunk i's vector is 2 along axis plus i along the next
// axis, deliberately not normalized.
func articleDim(scope Scope, id, text string, axis, dim int) *Article {
	a := &Article{ID: id, Scope: scope, URL: "https://news.test/" + id, SourceURL: "https://news.test/" + id + "?utm_source=x",
		Title: "Title " + id, Byline: "By Ana", Site: "News", Language: "en", Text: text, WordCount: len(strings.Fields(text)),
		Warnings: []string{"partial"}, AddedBy: "u1", AddedAt: time.Unix(1700000000, 0).UTC(), Published: time.Date(2025, 8, 9, 11, 24, 0, 0, time.UTC)}
	start := 0
	for i, s := range strings.SplitAfter(text, ". ") {
		end := start + len(strings.TrimSpace(s))
		a.Sentences = append(a.Sentences, Sentence{Start: start, End: end, Paragraph: i / 2, Chunk: i})
		v := make([]float32, dim)
		v[axis%dim] = 2
		v[(axis+1)%dim] = float32(i)
		a.Chunks = append(a.Chunks, Chunk{Start: start, End: end, FirstSentence: i, LastSentence: i, Vector: v})
		start += len(s)
	}
	a.Quotations = []Quotation{{Start: 0, End: 5, Sentence: 0, Speaker: "Ana Ruiz", Cue: "said"}, {Start: 0, End: len(text), Sentence: 0, Speaker: "Ana Ruiz", Cue: "said", Indirect: true}}
	return a
}

// sameArticle reports every field where got differs from want.
func sameArticle(t *testing.T, got, want *Article) {
	t.Helper()
	gv, wv := reflect.ValueOf(*got), reflect.ValueOf(*want)
	for i := range gv.NumField() {
		name := gv.Type().Field(i).Name
		g, w := gv.Field(i).Interface(), wv.Field(i).Interface()
		if gt, ok := g.(time.Time); ok {
			if !gt.Equal(w.(time.Time)) {
				t.Errorf("%s: got %v, want %v", name, g, w)
			}
			continue
		}
		if name == "Chunks" {
			w = storedChunks(w.([]Chunk))
		}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s: got %+v, want %+v", name, g, w)
		}
	}
}

// storedChunks is chunks with each vector as the record keeps it: its
// direction, rounded (vectors.go).
func storedChunks(cs []Chunk) []Chunk {
	if cs == nil {
		return nil
	}
	out := make([]Chunk, len(cs))
	for i, c := range cs {
		out[i] = c
		if len(c.Vector) > 0 {
			vs, err := decodeVectors(encodeVectors([][]float32{c.Vector}), len(c.Vector))
			if err != nil {
				panic(err)
			}
			out[i].Vector = vs[0]
		}
	}
	return out
}

// countRows counts an article's rows in every table that holds its data.
func countRows(t *testing.T, s *Store, scope Scope, id string) map[string]int {
	t.Helper()
	out := map[string]int{}
	for table, where := range map[string]string{
		"articles":  "scope = ? AND id = ?",
		"sentences": "scope = ? AND article_id = ?",
		"chunks":    "scope = ? AND article_id = ?",
		// An article's vectors, one row.
		"article_vectors": "scope = ? AND article_id = ?",
		"quotations":      "scope = ? AND article_id = ?",
		"summaries":       "scope = ? AND article_id = ?",
		"threads":         "scope = ? AND article_id = ?",
		// ... and the channels it was shared in.
		"article_channels": "scope = ? AND article_id = ?",
		// The full-text table's own copy of the IDs, not the sentences join.
		"sentences_fts": "scope = ? AND article_id = ?",
	} {
		key, n := table, 0
		args := []any{scope, id}
		if table == "sentences_fts" && s.Backend() == "postgres" {
			// PostgreSQL keeps the full-text terms in the sentence rows.
			table, where = "sentences", "scope = ? AND article_id = ? AND tsv != ''::tsvector"
		} else if table == "sentences_fts" {
			where = "sentences_fts MATCH 'scope:' || ? AND article_id = ?"
			args = []any{scopeToken(scope), id}
		}
		if err := s.db.QueryRowContext(context.Background(), "SELECT COUNT(*) FROM "+table+" WHERE "+where, args...).Scan(&n); err != nil {
			t.Fatalf("count %s: %v", table, err)
		}
		out[key] = n
	}
	return out
}

// indexDocs returns how many chromem documents the article has, once the
// documents of loaded scopes are all added.
func indexDocs(s *Store, scope Scope, id string, maxChunks int) int {
	s.index.docs.Wait()
	s.index.mu.Lock()
	si := s.index.scopes[scope]
	s.index.mu.Unlock()
	if si == nil {
		return 0
	}
	n := 0
	for i := range maxChunks {
		if _, err := si.coll.GetByID(context.Background(), docID(id, i)); err == nil {
			n++
		}
	}
	return n
}

// checkIndexMatchesDB asserts the index holds exactly the stored non-zero
// vectors of every article, no more.
func checkIndexMatchesDB(t *testing.T, s *Store) {
	t.Helper()
	rows, err := s.db.QueryContext(context.Background(), "SELECT scope, article_id, COUNT(*) FROM chunks GROUP BY scope, article_id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	want := map[Scope]map[string]int{}
	total := 0
	for rows.Next() {
		var sc Scope
		var id string
		var n int
		if err := rows.Scan(&sc, &id, &n); err != nil {
			t.Fatal(err)
		}
		if want[sc] == nil {
			want[sc] = map[string]int{}
		}
		want[sc][id] = n
		total += n
	}
	// Scopes are loaded on first search: load every stored one, and let
	// their chromem documents be added.
	for sc := range want {
		if _, err := s.scopeIndex(context.Background(), sc); err != nil {
			t.Fatal(err)
		}
	}
	s.index.docs.Wait()
	s.index.mu.Lock()
	defer s.index.mu.Unlock()
	got := 0
	for sc, si := range s.index.scopes {
		if si.coll.Count() != si.vecs.chunks {
			t.Errorf("scope %s: chromem holds %d documents, bookkeeping says %d", sc, si.coll.Count(), si.vecs.chunks)
		}
		got += si.coll.Count()
		for id, vecs := range si.vecs.articles {
			if want[sc][id] != len(vecs) {
				t.Errorf("%s/%s: index has %d vectors, database %d", sc, id, len(vecs), want[sc][id])
			}
		}
		for id := range want[sc] {
			if _, ok := si.vecs.articles[id]; !ok {
				t.Errorf("%s/%s stored but not indexed", sc, id)
			}
		}
	}
	if got != total {
		t.Errorf("index holds %d vectors, database %d", got, total)
	}
}

func TestRoundTripAndReopen(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		dir := fresh()
		ctx := context.Background()
		s := open(t, dir, testEmbedder)
		a := article("guild:1", "a1", "Tariffs rose sharply. Talks stalled in Geneva. Farmers protested.", 0)
		a.Published = time.Time{} // unknown stays unknown
		if err := s.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		b := article("guild:1", "b2", "The council approved the harbor. Dredging starts in March.", 1)
		b.AddedAt = a.AddedAt.Add(time.Hour)
		if err := s.PutArticle(ctx, b); err != nil {
			t.Fatal(err)
		}
		got, err := s.Article(ctx, "guild:1", "a1")
		if err != nil {
			t.Fatal(err)
		}
		sameArticle(t, got, a)
		for name, url := range map[string]string{"canonical": a.URL, "submitted": a.SourceURL} {
			if byURL, err := s.ArticleByURL(ctx, "guild:1", url); err != nil || byURL.ID != "a1" {
				t.Errorf("by %s URL: %v", name, err)
			}
		}
		if _, err := s.ArticleByURL(ctx, "guild:1", "https://news.test/none"); !errors.Is(err, ErrNotFound) {
			t.Errorf("unknown URL: %v", err)
		}
		if _, err := s.Article(ctx, "guild:1", "none"); !errors.Is(err, ErrNotFound) {
			t.Errorf("unknown ID: %v", err)
		}
		q := []float32{1, 0.3, 0, 0}
		hits1, err := s.SearchChunks(ctx, "guild:1", nil, q, 10)
		if err != nil || len(hits1) != 5 || hits1[0].ArticleID != "a1" {
			t.Fatalf("search = %+v, %v", hits1, err)
		}
		sent1, _ := s.SearchSentences(ctx, "guild:1", nil, []string{"harbor", "talks"}, 10)
		st1 := s.Stats()
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}

		s = open(t, dir, testEmbedder)
		defer s.Close()
		again, err := s.Article(ctx, "guild:1", "a1")
		if err != nil {
			t.Fatal(err)
		}
		sameArticle(t, again, a)
		hits2, _ := s.SearchChunks(ctx, "guild:1", nil, q, 10)
		if !reflect.DeepEqual(hits1, hits2) {
			t.Errorf("vector search after reopen differs:\n%+v\n%+v", hits1, hits2)
		}
		sent2, _ := s.SearchSentences(ctx, "guild:1", nil, []string{"harbor", "talks"}, 10)
		if len(sent1) != 2 || !reflect.DeepEqual(sent1, sent2) {
			t.Errorf("full-text search after reopen differs:\n%+v\n%+v", sent1, sent2)
		}
		if st2 := s.Stats(); st2 != st1 || st2.Scopes != 1 || st2.Articles != 2 || st2.Chunks != 5 {
			t.Errorf("stats %+v before, %+v after reopen", st1, st2)
		}
	})
}

// TestArticlesForRanking checks several articles read at once are the
// articles one at a time, in the order asked, without vectors; a missing
// one is ErrNotFound; OnlyArticle names a scope's article only when it is
// the only one.
func TestArticlesForRanking(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		if _, ok, err := s.OnlyArticle(ctx, "guild:1"); ok || err != nil {
			t.Errorf("empty scope: ok %v, %v", ok, err)
		}
		a := article("guild:1", "a1", "Tariffs rose sharply. Talks stalled in Geneva. Farmers protested.", 0)
		a.Pages = []PageStart{{Start: 0, Page: 1}, {Start: 22, Page: 2}}
		b := article("guild:1", "b2", "The council approved the harbor. Dredging starts in March.", 1)
		b.Quotations = nil
		other := article("guild:2", "c3", "Elsewhere. Another server.", 2)
		for _, x := range []*Article{a, other} {
			if err := s.PutArticle(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
		if id, ok, err := s.OnlyArticle(ctx, "guild:1"); !ok || id != "a1" || err != nil {
			t.Errorf("one article: %q, ok %v, %v", id, ok, err)
		}
		if err := s.PutArticle(ctx, b); err != nil {
			t.Fatal(err)
		}
		if id, ok, err := s.OnlyArticle(ctx, "guild:1"); ok || err != nil {
			t.Errorf("two articles: %q, ok %v, %v", id, ok, err)
		}
		got, err := s.ArticlesForRanking(ctx, "guild:1", []string{"b2", "a1"})
		if err != nil || len(got) != 2 {
			t.Fatalf("ArticlesForRanking = %d articles, %v", len(got), err)
		}
		for i, want := range []*Article{b, a} {
			w := *want
			w.Chunks = nil
			for _, c := range want.Chunks {
				c.Vector = nil
				w.Chunks = append(w.Chunks, c)
			}
			sameArticle(t, got[i], &w)
		}
		if _, err := s.ArticlesForRanking(ctx, "guild:1", []string{"a1", "c3"}); !errors.Is(err, ErrNotFound) {
			t.Errorf("another server's article: %v, want ErrNotFound", err)
		}
	})
}

func TestList(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		// c and d tie on AddedAt: the ID breaks the tie.
		for id, added := range map[string]time.Time{"a": base, "b": base.Add(time.Minute), "d": base.Add(time.Hour), "c": base.Add(time.Hour)} {
			x := article("local", id, "Words here. More words.", 0)
			x.AddedAt = added
			if err := s.PutArticle(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
		s.PutArticle(ctx, article("other", "z", "Not listed. Ever.", 0))
		ids := func(infos []ArticleInfo) []string {
			var out []string
			for _, i := range infos {
				out = append(out, i.ID)
			}
			return out
		}
		for _, tc := range []struct {
			name          string
			offset, limit int
			want          []string
		}{
			{"all", 0, 10, []string{"c", "d", "b", "a"}},
			{"first page", 0, 2, []string{"c", "d"}},
			{"second page", 2, 2, []string{"b", "a"}},
			{"past the end", 10, 2, nil},
			{"no limit asked", 0, 0, nil},
			{"negative offset", -3, 1, []string{"c"}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				infos, total, err := s.List(ctx, "local", tc.offset, tc.limit)
				if err != nil || total != 4 || !slices.Equal(ids(infos), tc.want) {
					t.Errorf("List(%d, %d) = %v total %d err %v; want %v total 4", tc.offset, tc.limit, ids(infos), total, err, tc.want)
				}
			})
		}
		infos, _, _ := s.List(ctx, "local", 0, 1)
		want := ArticleInfo{ID: "c", Scope: "local", URL: "https://news.test/c", Title: "Title c", Site: "News", Byline: "By Ana",
			Published: time.Date(2025, 8, 9, 11, 24, 0, 0, time.UTC), WordCount: 4, AddedBy: "u1", AddedAt: base.Add(time.Hour)}
		if !reflect.DeepEqual(infos[0], want) {
			t.Errorf("info = %+v, want %+v", infos[0], want)
		}
		scopes, err := s.Scopes(ctx)
		if err != nil || !slices.Equal(scopes, []Scope{"local", "other"}) {
			t.Errorf("scopes = %v, %v", scopes, err)
		}
	})
}

func TestReplace(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		old := article("local", "a1", "Oysters died. Fishermen were angry. The bay closed. Nobody came.", 0)
		if err := s.PutArticle(ctx, old); err != nil {
			t.Fatal(err)
		}
		if err := s.PutSummary(ctx, "local", "a1", "extractive", []byte("old summary")); err != nil {
			t.Fatal(err)
		}
		repl := article("local", "a1", "Tourists returned. Hotels filled.", 2)
		repl.Quotations = nil
		if err := s.PutArticle(ctx, repl); err != nil {
			t.Fatal(err)
		}
		got, err := s.Article(ctx, "local", "a1")
		if err != nil {
			t.Fatal(err)
		}
		sameArticle(t, got, repl)
		if _, err := s.Summary(ctx, "local", "a1", "extractive"); !errors.Is(err, ErrNotFound) {
			t.Errorf("summary of the replaced article survived: %v", err)
		}
		if hits, _ := s.SearchSentences(ctx, "local", nil, []string{"oysters", "bay"}, 10); len(hits) != 0 {
			t.Errorf("old sentences still searchable: %+v", hits)
		}
		if hits, _ := s.SearchSentences(ctx, "local", nil, []string{"hotels"}, 10); len(hits) != 1 || hits[0].Sentence != 1 {
			t.Errorf("new sentences not searchable: %+v", hits)
		}
		hits, _ := s.SearchChunks(ctx, "local", nil, []float32{0, 0, 1, 0}, 10)
		if len(hits) != 2 || indexDocs(s, "local", "a1", 10) != 2 {
			t.Errorf("index after replace: %+v, %d docs", hits, indexDocs(s, "local", "a1", 10))
		}
		if n := countRows(t, s, "local", "a1"); n["chunks"] != 2 || n["article_vectors"] != 1 || n["sentences"] != 2 || n["sentences_fts"] != 2 || n["quotations"] != 0 {
			t.Errorf("rows after replace: %v", n)
		}
		checkIndexMatchesDB(t, s)
	})
}

// TestScopeRows: each backend's count of a scope's sentences (SQLite reads
// it from the full-text vocabulary) follows puts, replacements and deletes,
// and counts no other scope's.
func TestScopeRows(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		rows := func(scope Scope) int {
			t.Helper()
			n, err := s.d.scopeRows(ctx, s.db, scope)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		if n := rows("guild:1"); n != 0 {
			t.Errorf("empty scope: %d rows", n)
		}
		must(t, s.PutArticle(ctx, article("guild:1", "a1", "Oysters died. Fishermen were angry. The bay closed.", 0)))
		must(t, s.PutArticle(ctx, article("guild:1", "a2", "Tourists returned. Hotels filled.", 1)))
		must(t, s.PutArticle(ctx, article("guild:2", "a1", "One sentence elsewhere.", 2)))
		if n := rows("guild:1"); n != 5 {
			t.Errorf("after two articles: %d rows, want 5", n)
		}
		must(t, s.PutArticle(ctx, article("guild:1", "a1", "Replaced by one.", 3)))
		if n := rows("guild:1"); n != 3 {
			t.Errorf("after a replacement: %d rows, want 3", n)
		}
		must(t, s.Delete(ctx, "guild:1", "a2"))
		if n, m := rows("guild:1"), rows("guild:2"); n != 1 || m != 1 {
			t.Errorf("after a delete: %d and %d rows, want 1 and 1", n, m)
		}
		must(t, s.DeleteScope(ctx, "guild:2"))
		if n, m := rows("guild:1"), rows("guild:2"); n != 1 || m != 0 {
			t.Errorf("after deleting a scope: %d and %d rows, want 1 and 0", n, m)
		}
	})
}

func TestSummaries(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		s.PutArticle(ctx, article("local", "a1", "One. Two.", 0))
		if err := s.PutSummary(ctx, "local", "a1", "extractive", []byte("v1")); err != nil {
			t.Fatal(err)
		}
		if err := s.PutSummary(ctx, "local", "a1", "extractive", []byte("v2")); err != nil {
			t.Fatal(err)
		}
		if data, err := s.Summary(ctx, "local", "a1", "extractive"); err != nil || string(data) != "v2" {
			t.Errorf("summary = %q, %v", data, err)
		}
		if _, err := s.Summary(ctx, "local", "a1", "other-kind"); !errors.Is(err, ErrNotFound) {
			t.Errorf("unknown kind: %v", err)
		}
		if _, err := s.Summary(ctx, "elsewhere", "a1", "extractive"); !errors.Is(err, ErrNotFound) {
			t.Errorf("summary leaked across scopes: %v", err)
		}
		if err := s.PutSummary(ctx, "local", "gone", "extractive", []byte("x")); !errors.Is(err, ErrNotFound) {
			t.Errorf("summary of a missing article: %v", err)
		}
		// One kind for a whole scope: no other kind, no other scope.
		must(t, s.PutArticle(ctx, article("local", "a2", "Three.", 0)))
		must(t, s.PutArticle(ctx, article("elsewhere", "a3", "Four.", 0)))
		must(t, s.PutSummary(ctx, "local", "a2", "story", []byte("s2")))
		must(t, s.PutSummary(ctx, "elsewhere", "a3", "extractive", []byte("x3")))
		all, err := s.SummariesOfKind(ctx, "local", "extractive")
		if err != nil || len(all) != 1 || string(all["a1"]) != "v2" {
			t.Errorf("SummariesOfKind = %q, %v", all, err)
		}
	})
}

func TestFailedTransactionKeepsOldState(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		old := article("local", "a1", "Old text here. Second.", 0)
		if err := s.PutArticle(ctx, old); err != nil {
			t.Fatal(err)
		}
		s.failAfterSentences = errors.New("simulated crash")
		if err := s.PutArticle(ctx, article("local", "a1", "New text that must not land. Really.", 2)); err == nil {
			t.Fatal("want the injected failure")
		}
		if err := s.PutArticle(ctx, article("local", "a2", "Brand new. Also lost.", 2)); err == nil {
			t.Fatal("want the injected failure")
		}
		s.failAfterSentences = nil
		got, err := s.Article(ctx, "local", "a1")
		if err != nil {
			t.Fatal(err)
		}
		sameArticle(t, got, old)
		if _, err := s.Article(ctx, "local", "a2"); !errors.Is(err, ErrNotFound) {
			t.Errorf("half-written new article exists: %v", err)
		}
		if hits, _ := s.SearchSentences(ctx, "local", nil, []string{"land", "lost"}, 5); len(hits) != 0 {
			t.Errorf("half-written sentences are searchable: %+v", hits)
		}
		if hits, _ := s.SearchChunks(ctx, "local", nil, []float32{0, 0, 1, 0}, 5); len(hits) != 2 || hits[0].ArticleID != "a1" {
			t.Errorf("index after failed puts: %+v", hits)
		}
		checkIndexMatchesDB(t, s)
	})
}

// crashChildEnv tells a re-executed test binary to be the writer that
// TestCrashLosesNoAcknowledgedArticle kills.
const crashChildEnv = "ARTICLEBOT_STORE_CRASH_CHILD"

func crashArticle(i int) *Article {
	return article("local", fmt.Sprintf("art%05d", i), strings.Repeat("Some words in a sentence. ", 20)+fmt.Sprint("Number ", i, "."), i)
}

// TestCrashLosesNoAcknowledgedArticle kills a writer process mid-stream and
// checks that the store opens and every article it acknowledged survives
// whole.
func TestCrashLosesNoAcknowledgedArticle(t *testing.T) {
	if dir := os.Getenv(crashChildEnv); dir != "" {
		s := open(t, dir, testEmbedder)
		for i := 0; ; i++ {
			a := crashArticle(i)
			if err := s.PutArticle(context.Background(), a); err != nil {
				fmt.Println("ERR", err)
				os.Exit(1)
			}
			fmt.Println(a.ID)
		}
	}
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		const acks = 60 // enough commits that the kill lands mid-stream
		dir := fresh()
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashLosesNoAcknowledgedArticle$")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+dir)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var acked []string
		sc := bufio.NewScanner(out)
		for sc.Scan() && len(acked) < acks {
			if line := sc.Text(); strings.HasPrefix(line, "art") {
				acked = append(acked, line)
			} else if strings.HasPrefix(line, "ERR") {
				t.Errorf("child: %s", line)
			}
		}
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if len(acked) < acks {
			t.Fatalf("child acknowledged only %d articles", len(acked))
		}
		s := open(t, dir, testEmbedder)
		defer s.Close()
		ctx := context.Background()
		for i, id := range acked {
			a, err := s.Article(ctx, "local", id)
			if err != nil {
				t.Fatalf("acknowledged %s lost after crash: %v", id, err)
			}
			sameArticle(t, a, crashArticle(i))
		}
		// Whatever else landed is whole too: no article without its parts.
		var partial int
		s.db.QueryRowContext(context.Background(), "SELECT COUNT(*) FROM articles a WHERE (SELECT COUNT(*) FROM chunks c WHERE c.scope = a.scope AND c.article_id = a.id) != 21").Scan(&partial)
		if partial != 0 {
			t.Errorf("%d partial articles after crash", partial)
		}
		checkIndexMatchesDB(t, s)
	})
}

func TestScopesNeverLeak(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		// The same ID and nearly the same text in both scopes.
		mustPut(t, s, article("guild:1", "a1", "Secret plans for the harbor. More words.", 0))
		mustPut(t, s, article("guild:2", "b1", "Public plans for the harbor. Other words.", 0))
		mustPut(t, s, article("guild:2", "a1", "Shared ID here. Public only.", 1))
		if a, err := s.Article(ctx, "guild:2", "a1"); err != nil || !strings.HasPrefix(a.Text, "Shared") {
			t.Errorf("same ID in another scope: %v", err)
		}
		if _, err := s.Article(ctx, "guild:2", "x"); !errors.Is(err, ErrNotFound) {
			t.Errorf("missing article: %v", err)
		}
		mustPut(t, s, article("guild:1", "only1", "Secret elsewhere. Yes.", 0))
		if _, err := s.Article(ctx, "guild:2", "only1"); !errors.Is(err, ErrNotFound) {
			t.Errorf("cross-scope article: %v", err)
		}
		if _, err := s.ArticleByURL(ctx, "guild:2", "https://news.test/only1"); !errors.Is(err, ErrNotFound) {
			t.Errorf("cross-scope URL: %v", err)
		}
		hits, err := s.SearchChunks(ctx, "guild:2", nil, []float32{1, 0, 0, 0}, 100)
		if err != nil || len(hits) != 4 {
			t.Errorf("scope 2 vector hits = %d, want 4", len(hits))
		}
		for _, h := range hits {
			if h.ArticleID != "b1" && h.ArticleID != "a1" {
				t.Errorf("vector search leaked %s", h.ArticleID)
			}
		}
		if hits, err := s.SearchChunks(ctx, "guild:2", []string{"only1"}, []float32{1, 0, 0, 0}, 10); err != nil || len(hits) != 0 {
			t.Errorf("article filter leaked another scope: %+v", hits)
		}
		sh, err := s.SearchSentences(ctx, "guild:2", nil, []string{"secret", "plans"}, 10)
		if err != nil || len(sh) != 1 || sh[0].ArticleID != "b1" {
			t.Errorf("full-text search = %+v, want only b1's sentence", sh)
		}
		if sh, err := s.SearchSentences(ctx, "guild:2", []string{"a1"}, []string{"secret", "plans"}, 10); err != nil || len(sh) != 0 {
			t.Errorf("full-text search of an ID both scopes use leaked: %+v", sh)
		}
		if sh, err := s.SearchSentences(ctx, "guild:2", []string{"only1"}, []string{"secret"}, 10); err != nil || len(sh) != 0 {
			t.Errorf("full-text article filter leaked another scope: %+v", sh)
		}
		infos, total, err := s.List(ctx, "guild:2", 0, 10)
		if err != nil || total != 2 || len(infos) != 2 {
			t.Errorf("list leaked: %+v", infos)
		}
	})
}

func TestDeleteRemovesEveryTrace(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		a := article("guild:1", "a1", "Harbor dredging begins. Oysters at risk.", 0)
		s.PutArticle(ctx, a)
		s.PutArticle(ctx, article("guild:1", "keep", "Another article stays. Oysters too.", 1))
		s.PutSummary(ctx, "guild:1", "a1", "extractive", []byte(`{}`))
		must(t, s.LinkThread(ctx, "guild:1", "t1", "a1"))
		must(t, s.AddArticleChannel(ctx, "guild:1", "a1", "c1", time.Time{}))
		// Load the scope, so the delete must take it out of the index.
		if hits, err := s.SearchChunks(ctx, "guild:1", nil, []float32{1, 0, 0, 0}, 10); err != nil || len(hits) != 4 || indexDocs(s, "guild:1", "a1", 10) != 2 {
			t.Fatalf("before delete: %+v %v", hits, err)
		}
		before := countRows(t, s, "guild:1", "a1")
		for table, n := range before {
			if n == 0 {
				t.Fatalf("fixture has no %s rows, so the check below proves nothing", table)
			}
		}
		if err := s.Delete(ctx, "guild:1", "a1"); err != nil {
			t.Fatal(err)
		}
		for table, n := range countRows(t, s, "guild:1", "a1") {
			if n != 0 {
				t.Errorf("%s: %d rows left", table, n)
			}
		}
		if n := indexDocs(s, "guild:1", "a1", 10); n != 0 {
			t.Errorf("%d documents left in the vector index", n)
		}
		hits, _ := s.SearchChunks(ctx, "guild:1", nil, []float32{1, 0, 0, 0}, 10)
		if len(hits) != 2 {
			t.Errorf("hits after delete = %+v, want keep's 2", hits)
		}
		for _, h := range hits {
			if h.ArticleID == "a1" {
				t.Error("deleted article still in the vector index")
			}
		}
		if hits, _ := s.SearchChunks(ctx, "guild:1", []string{"a1"}, []float32{1, 0, 0, 0}, 10); len(hits) != 0 {
			t.Errorf("deleted article still searchable by filter: %+v", hits)
		}
		if sh, _ := s.SearchSentences(ctx, "guild:1", nil, []string{"oysters"}, 10); len(sh) != 1 || sh[0].ArticleID != "keep" {
			t.Errorf("full-text after delete = %+v", sh)
		}
		if err := s.Delete(ctx, "guild:1", "a1"); !errors.Is(err, ErrNotFound) {
			t.Errorf("second delete: %v", err)
		}
		checkIndexMatchesDB(t, s)

		s.SetSetting(ctx, "guild:1", "lang", "en")
		s.AddUsage(ctx, "guild:1", "2026-11-24", 10)
		s.PutArticle(ctx, article("guild:2", "other", "Stays put. Yes.", 0))
		if _, err := s.SearchChunks(ctx, "guild:2", nil, []float32{1, 0, 0, 0}, 10); err != nil {
			t.Fatal(err)
		}
		if err := s.DeleteScope(ctx, "guild:1"); err != nil {
			t.Fatal(err)
		}
		for _, table := range []string{"articles", "sentences", "chunks", "article_vectors", "quotations", "summaries", "settings", "usage", "threads", "article_channels"} {
			var n int
			s.db.QueryRowContext(context.Background(), "SELECT COUNT(*) FROM "+table+" WHERE scope = 'guild:1'").Scan(&n)
			if n != 0 {
				t.Errorf("scope purge left %d %s rows", n, table)
			}
		}
		var fts int
		s.db.QueryRowContext(context.Background(), "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'scope:' || ?", scopeToken("guild:1")).Scan(&fts)
		if fts != 0 {
			t.Errorf("scope purge left %d full-text rows", fts)
		}
		if st := s.Stats(); st.Scopes != 1 || st.Articles != 1 || st.Chunks != 2 {
			t.Errorf("stats after purge = %+v", st)
		}
		if _, total, _ := s.List(ctx, "guild:2", 0, 1); total != 1 {
			t.Error("scope purge touched another scope")
		}
	})
}

func TestEmbedderChange(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		dir := fresh()
		hash := EmbedderInfo{Name: "hash", Dim: 256}
		s := open(t, dir, hash)
		for i := range 3 {
			// 3 articles of 3 chunks: 9 chunks in all.
			if err := s.PutArticle(ctx, articleDim("local", fmt.Sprint("a", i), "One sentence. Two sentence. Three.", i, 256)); err != nil {
				t.Fatal(err)
			}
		}
		s.PutArticle(ctx, articleDim("guild:9", "g", "Other scope. Counts too.", 0, 256))
		s.Close()

		other := EmbedderInfo{Name: "other", Dim: 8}
		s = open(t, dir, other)
		if stored, stale := s.Embedder(); !stale || stored != hash {
			t.Fatalf("stored %+v stale %v", stored, stale)
		}
		if _, err := s.SearchChunks(ctx, "local", nil, make([]float32, 8), 3); !errors.Is(err, ErrEmbedderChanged) {
			t.Errorf("search on a stale store: %v", err)
		}
		if err := s.PutArticle(ctx, articleDim("local", "new", "New one. Here.", 0, 8)); !errors.Is(err, ErrEmbedderChanged) {
			t.Errorf("put on a stale store: %v", err)
		}
		seen := map[string]int{}
		calls := 0
		embed := func(failOnCall int) func(context.Context, []string) ([][]float32, error) {
			return func(_ context.Context, texts []string) ([][]float32, error) {
				calls++
				if calls == failOnCall {
					return nil, errors.New("embedder went away")
				}
				out := make([][]float32, len(texts))
				for i, tx := range texts {
					seen[tx]++
					if !strings.HasPrefix(tx, "Title ") {
						return nil, fmt.Errorf("format not applied: %q", tx)
					}
					out[i] = make([]float32, 8)
					out[i][0], out[i][1] = 3, float32(len(tx)) // not normalized
				}
				return out, nil
			}
		}
		format := func(title, chunk string) string { return title + "|" + chunk }
		// The first run dies on its second batch (the articles are
		// re-embedded whole, guild:9's 2 chunks first): 2 of 11 chunks
		// are done.
		var progress [][2]int
		err := s.Reembed(ctx, embed(2), format, 2, func(done, total int) { progress = append(progress, [2]int{done, total}) })
		if err == nil {
			t.Fatal("want the embedder's failure")
		}
		if want := [][2]int{{0, 11}, {2, 11}}; !reflect.DeepEqual(progress, want) {
			t.Errorf("progress = %v, want %v", progress, want)
		}
		s.Close()

		// Reopened with the old embedder, the half-converted store is stale too.
		s = open(t, dir, hash)
		if _, stale := s.Embedder(); !stale {
			t.Error("a half re-embedded store is not stale for the old embedder")
		}
		if _, err := s.SearchChunks(ctx, "local", nil, make([]float32, 256), 3); !errors.Is(err, ErrEmbedderChanged) {
			t.Errorf("search on a half re-embedded store: %v", err)
		}
		s.Close()

		// The second run resumes: only the 9 chunks left, none done twice;
		// each article's 3 chunks go to the embedder 2 and 1.
		s = open(t, dir, other)
		defer s.Close()
		progress = nil
		if err := s.Reembed(ctx, embed(0), format, 2, func(done, total int) { progress = append(progress, [2]int{done, total}) }); err != nil {
			t.Fatal(err)
		}
		if want := [][2]int{{0, 9}, {3, 9}, {6, 9}, {9, 9}}; !reflect.DeepEqual(progress, want) {
			t.Errorf("resumed progress = %v, want %v", progress, want)
		}
		if len(seen) != 11 {
			t.Errorf("embedded %d distinct chunks, want 11", len(seen))
		}
		for tx, n := range seen {
			if n != 1 && !strings.Contains(tx, "One sentence") { // identical chunk texts repeat across articles
				t.Errorf("%q embedded %d times", tx, n)
			}
		}
		if stored, stale := s.Embedder(); stale || stored != other {
			t.Errorf("after re-embed: stored %+v stale %v", stored, stale)
		}
		hits, err := s.SearchChunks(ctx, "local", nil, []float32{1, 0, 0, 0, 0, 0, 0, 0}, 100)
		if err != nil || len(hits) != 9 {
			t.Errorf("search after re-embed: %+v %v", hits, err)
		}
		for _, h := range hits {
			if h.Score < -1.0001 || h.Score > 1.0001 {
				t.Errorf("score %v is not a cosine", h.Score)
			}
		}
		if err := s.PutArticle(ctx, articleDim("local", "new", "New one. Here.", 0, 8)); err != nil {
			t.Errorf("put after re-embed: %v", err)
		}
		if a, _ := s.Article(ctx, "local", "a0"); len(a.Chunks[0].Vector) != 8 {
			t.Errorf("stored vector has %d dimensions", len(a.Chunks[0].Vector))
		}
		checkIndexMatchesDB(t, s)

		// A new dimension under the same name is a change too.
		s.Close()
		s = open(t, dir, EmbedderInfo{Name: "other", Dim: 16})
		if _, stale := s.Embedder(); !stale {
			t.Error("a new dimension under the same name is not stale")
		}
		if err := s.Reembed(ctx, func(_ context.Context, texts []string) ([][]float32, error) {
			out := make([][]float32, len(texts))
			for i := range out {
				out[i] = make([]float32, 16)
				out[i][i%16] = 1
			}
			return out, nil
		}, nil, 0, nil); err != nil {
			t.Fatal(err)
		}
		if _, stale := s.Embedder(); stale {
			t.Error("still stale after re-embedding to the new dimension")
		}
	})
}

func TestEmptyStoreAdoptsEmbedder(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		dir := fresh()
		s := open(t, dir, testEmbedder)
		s.Close()
		other := EmbedderInfo{Name: "other", Dim: 8}
		s = open(t, dir, other)
		defer s.Close()
		if stored, stale := s.Embedder(); stale || stored != other {
			t.Errorf("an empty store should adopt the new embedder: %+v %v", stored, stale)
		}
		if _, err := Open(context.Background(), fresh(), Options{}); err == nil {
			t.Error("open without an embedder succeeded")
		}
	})
}

func TestSearchChunks(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		if hits, err := s.SearchChunks(ctx, "empty", nil, []float32{1, 0, 0, 0}, 5); err != nil || hits != nil {
			t.Errorf("empty scope: %v %v", hits, err)
		}
		// Magnitudes differ wildly: a dot product would rank "big" first, the
		// cosine ranks "exact" first.
		a := article("local", "a1", "Exact. Big. Opposite. Zero.", 0)
		a.Chunks[0].Vector = []float32{0.001, 0, 0, 0}
		a.Chunks[1].Vector = []float32{100, 100, 0, 0}
		a.Chunks[2].Vector = []float32{-5, 0, 0, 0}
		a.Chunks[3].Vector = []float32{0, 0, 0, 0}
		if err := s.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		s.PutArticle(ctx, article("local", "a2", "Elsewhere. Far away.", 2))
		q := []float32{7, 0, 0, 0}
		type hit struct {
			id    string
			chunk int
			score float32
		}
		want := []hit{{"a1", 0, 1}, {"a1", 1, 0.7071}, {"a2", 1, 0}, {"a2", 0, 0}, {"a1", 2, -1}}
		check := func(t *testing.T, hits []ChunkHit, want []hit) {
			t.Helper()
			if len(hits) != len(want) {
				t.Fatalf("hits = %+v, want %d", hits, len(want))
			}
			for i, h := range hits {
				if d := h.Score - want[i].score; d > 1e-4 || d < -1e-4 || h.ArticleID != want[i].id || (want[i].score != 0 && h.Chunk != want[i].chunk) {
					t.Errorf("hit %d = %+v, want %+v", i, h, want[i])
				}
			}
		}
		for _, tc := range []struct {
			name     string
			articles []string
			n        int
			want     []hit
		}{
			{"whole scope, n clamped", nil, 100, want},
			{"whole scope, top 2", nil, 2, want[:2]},
			{"one article, n clamped", []string{"a1"}, 100, []hit{want[0], want[1], want[4]}},
			{"one article listed twice", []string{"a1", "a1"}, 100, []hit{want[0], want[1], want[4]}},
			{"unknown article", []string{"nope"}, 5, nil},
			{"n zero", nil, 0, nil},
		} {
			t.Run(tc.name, func(t *testing.T) {
				hits, err := s.SearchChunks(ctx, "local", tc.articles, q, tc.n)
				if err != nil {
					t.Fatal(err)
				}
				check(t, hits, tc.want)
			})
		}
		if hits, err := s.SearchChunks(ctx, "local", nil, []float32{0, 0, 0, 0}, 3); err != nil || hits != nil {
			t.Errorf("zero query: %v %v", hits, err)
		}
		if _, err := s.SearchChunks(ctx, "local", nil, []float32{1}, 1); !errors.Is(err, ErrDimension) {
			t.Errorf("wrong query dimension: %v", err)
		}
		// The zero chunk is stored but not indexed.
		if st := s.Stats(); st.Chunks != 5 {
			t.Errorf("indexed chunks = %d, want 5", st.Chunks)
		}
		// Stored as its direction.
		if got, _ := s.Article(ctx, "local", "a1"); !reflect.DeepEqual(got.Chunks[1].Vector, []float32{math.Sqrt2 / 2, math.Sqrt2 / 2, 0, 0}) {
			t.Errorf("stored vector: %v, want its direction", got.Chunks[1].Vector)
		}
	})
}

func TestPutArticleValidates(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		nan := float32(0)
		nan /= nan
		for _, tc := range []struct {
			name   string
			change func(a *Article)
			is     error
		}{
			{"sentence past the end", func(a *Article) { a.Sentences[0].End = 99 }, nil},
			{"sentence backwards", func(a *Article) { a.Sentences[0].Start, a.Sentences[0].End = 3, 2 }, nil},
			{"negative chunk start", func(a *Article) { a.Chunks[0].Start = -1 }, nil},
			{"quotation past the end", func(a *Article) { a.Quotations[0].End = 1000 }, nil},
			{"short vector", func(a *Article) { a.Chunks[0].Vector = []float32{1} }, ErrDimension},
			{"NaN in vector", func(a *Article) { a.Chunks[0].Vector[1] = nan }, nil},
			{"no ID", func(a *Article) { a.ID = "" }, nil},
			{"no scope", func(a *Article) { a.Scope = "" }, nil},
			{"NUL in text", func(a *Article) { a.Text = "Short\x00 Text." }, nil},
			{"NUL in ID", func(a *Article) { a.ID = "bad\x00" }, nil},
			{"invalid UTF-8 in title", func(a *Article) { a.Title = "caf\xe9" }, nil},
		} {
			t.Run(tc.name, func(t *testing.T) {
				a := article("local", "bad", "Short. Text.", 0)
				tc.change(a)
				err := s.PutArticle(ctx, a)
				if err == nil || (tc.is != nil && !errors.Is(err, tc.is)) {
					t.Errorf("PutArticle = %v, want an error (%v)", err, tc.is)
				}
			})
		}
		if _, total, _ := s.List(ctx, "local", 0, 1); total != 0 {
			t.Error("an invalid article was stored")
		}
		ok := article("local", "edge", "Short. Text.", 0)
		ok.Sentences = append(ok.Sentences, Sentence{Start: len(ok.Text), End: len(ok.Text)}) // empty at the end is fine
		if err := s.PutArticle(ctx, ok); err != nil {
			t.Errorf("valid edge offsets refused: %v", err)
		}
	})
}

func TestSearchSentences(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		s.PutArticle(ctx, article("local", "a1", "Alpha beta. Gamma delta epsilon zeta eta. Café crème.", 0))
		s.PutArticle(ctx, article("local", "a2", "Gamma rays. Gamma gamma gamma.", 0))
		// Filler, so "gamma" is rare enough for BM25 to weigh it.
		s.PutArticle(ctx, article("local", "a3", "Unrelated words. More filler. Even more filler. Still nothing. Quiet day.", 0))
		for _, tc := range []struct {
			name     string
			articles []string
			terms    []string
			want     []SentenceHit // scores not compared
		}{
			{"stemmed and ranked", nil, []string{"gammas"}, []SentenceHit{{ArticleID: "a2", Sentence: 1}, {ArticleID: "a2", Sentence: 0}, {ArticleID: "a1", Sentence: 1}}},
			{"article filter", []string{"a1"}, []string{"gamma"}, []SentenceHit{{ArticleID: "a1", Sentence: 1}}},
			{"any term", []string{"a1"}, []string{"alpha", "delta"}, []SentenceHit{{ArticleID: "a1", Sentence: 0}, {ArticleID: "a1", Sentence: 1}}},
			{"diacritics folded", nil, []string{"cafe"}, []SentenceHit{{ArticleID: "a1", Sentence: 2}}},
			{"case folded", nil, []string{"CRÈME"}, []SentenceHit{{ArticleID: "a1", Sentence: 2}}},
			{"no terms", nil, nil, nil},
			{"only empty terms", nil, []string{"", "  "}, nil},
			{"quote", nil, []string{`"`}, nil},
			{"operator words", nil, []string{"AND", "OR", "NOT"}, nil},
			{"star", nil, []string{"*"}, nil},
			{"near", nil, []string{"NEAR(", "NEAR(gamma"}, nil},
			{"column filter syntax", nil, []string{"scope:x", "text:alpha", "{text}", "^alpha", "-x", "+"}, nil},
			{"quote inside a word", []string{"a1"}, []string{`gam"ma`, "beta"}, []SentenceHit{{ArticleID: "a1", Sentence: 0}}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				hits, err := s.SearchSentences(ctx, "local", tc.articles, tc.terms, 10)
				if err != nil {
					t.Fatal(err)
				}
				if tc.want == nil && strings.Contains(tc.name, "column") {
					return // may or may not match words; must not error
				}
				for i := range hits {
					if i > 0 && hits[i].Score > hits[i-1].Score {
						t.Errorf("not ranked best first: %+v", hits)
					}
					if hits[i].Score <= 0 {
						t.Errorf("score %v: want -bm25 > 0", hits[i].Score)
					}
				}
				for i := range hits {
					hits[i].Score = 0
				}
				if tc.name == "any term" {
					slices.SortFunc(hits, func(a, b SentenceHit) int { return a.Sentence - b.Sentence })
				}
				if !reflect.DeepEqual(hits, tc.want) {
					t.Errorf("hits = %+v, want %+v", hits, tc.want)
				}
			})
		}
		if hits, _ := s.SearchSentences(ctx, "local", nil, []string{"gamma"}, 1); len(hits) != 1 {
			t.Errorf("n not applied: %+v", hits)
		}
	})
}

// FuzzSearchSentencesTerms checks that no user word breaks the full-text
// query syntax.
func FuzzSearchSentencesTerms(f *testing.F) {
	// Every backend at hand; each must accept any input and agree.
	stores := []*Store{open(f, f.TempDir(), testEmbedder)}
	if os.Getenv(pgEnv) != "" {
		stores = append(stores, open(f, freshPostgres(f), testEmbedder))
	}
	for _, s := range stores {
		defer s.Close()
		s.PutArticle(context.Background(), article("local", "a1", `Alpha "beta" gamma. Delta AND epsilon*. NEAR(zeta). O'Brien's \\ back-slash.`, 0))
	}
	for _, seed := range []string{`"`, `""`, "AND", "*", "NEAR(", `a"b OR -x`, "col:term", "^x", "{a b}", "a\x00b", "\xff\xfe", "(", ")", "'", "NOT alpha", `o'brien`, `back\slash`, "gamma & !beta", "<->", ":*"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, input string) {
		var first [2][]SentenceHit
		for i, s := range stores {
			a, err := s.SearchSentences(context.Background(), "local", nil, strings.Fields(input), 5)
			if err != nil {
				t.Errorf("%s: terms %q: %v", s.Backend(), strings.Fields(input), err)
			}
			b, err := s.SearchSentences(context.Background(), "local", []string{input}, []string{input}, 5)
			if err != nil {
				t.Errorf("%s: term %q: %v", s.Backend(), input, err)
			}
			if i == 0 {
				first = [2][]SentenceHit{a, b}
			} else if !sameHits(first[0], a) || !sameHits(first[1], b) {
				t.Errorf("%q: backends disagree: %+v %+v / %+v %+v", input, first[0], a, first[1], b)
			}
		}
	})
}

func TestConcurrentUse(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		var wg sync.WaitGroup
		errs := make(chan error, 100)
		for w := range 4 {
			wg.Go(func() {
				for i := range 30 {
					id := fmt.Sprint("a", (w+i)%6) // writers collide on IDs
					text := strings.Repeat(fmt.Sprintf("Writer %d pass %d. ", w, i), 1+(i%4))
					if err := s.PutArticle(ctx, article("local", id, strings.TrimSpace(text), w+i)); err != nil {
						errs <- err
					}
					if i%7 == 0 {
						if err := s.Delete(ctx, "local", id); err != nil && !errors.Is(err, ErrNotFound) {
							errs <- err
						}
					}
				}
			})
		}
		for range 2 {
			wg.Go(func() {
				for i := range 60 {
					if _, err := s.SearchChunks(ctx, "local", nil, []float32{1, 1, 0, 0}, 5); err != nil {
						errs <- err
					}
					if _, err := s.SearchChunks(ctx, "local", []string{"a1", "a2"}, []float32{1, 1, 0, 0}, 5); err != nil {
						errs <- err
					}
					if _, err := s.SearchSentences(ctx, "local", nil, []string{"writer"}, 5); err != nil {
						errs <- err
					}
					if a, err := s.Article(ctx, "local", fmt.Sprint("a", i%6)); err == nil && len(a.Chunks) != len(a.Sentences) {
						errs <- fmt.Errorf("article read mixes versions: %d chunks, %d sentences", len(a.Chunks), len(a.Sentences))
					}
					s.Stats()
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		checkIndexMatchesDB(t, s)
	})
}

func TestSettingsAndUsage(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		s.SetSetting(ctx, "guild:1", "left_at", "2026-01-01")
		s.SetSetting(ctx, "guild:1", "left_at", "2026-02-02")
		s.SetSetting(ctx, "guild:2", "lang", "fr")
		if v, ok, _ := s.Setting(ctx, "guild:1", "left_at"); !ok || v != "2026-02-02" {
			t.Errorf("setting = %q %v", v, ok)
		}
		if _, ok, _ := s.Setting(ctx, "guild:2", "left_at"); ok {
			t.Error("setting leaked across scopes")
		}
		if m, _ := s.ScopesWithSetting(ctx, "left_at"); !reflect.DeepEqual(m, map[Scope]string{"guild:1": "2026-02-02"}) {
			t.Errorf("scopes with setting = %v", m)
		}
		if sc, _ := s.Scopes(ctx); !slices.Equal(sc, []Scope{"guild:1", "guild:2"}) {
			t.Errorf("scopes with only settings = %v", sc)
		}
		s.SetSetting(ctx, "guild:1", "left_at", "")
		if _, ok, _ := s.Setting(ctx, "guild:1", "left_at"); ok {
			t.Error("empty value did not delete")
		}
		if n, _ := s.AddUsage(ctx, "guild:1", "2026-11-24", 100); n != 100 {
			t.Errorf("usage = %d", n)
		}
		var wg sync.WaitGroup
		for range 10 {
			wg.Go(func() { s.AddUsage(ctx, "guild:1", "2026-11-24", 5) })
		}
		wg.Wait()
		if n, _ := s.Usage(ctx, "guild:1", "2026-11-24"); n != 150 {
			t.Errorf("usage after concurrent adds = %d, want 150", n)
		}
		if n, _ := s.Usage(ctx, "guild:2", "2026-11-24"); n != 0 {
			t.Errorf("usage leaked: %d", n)
		}
		if n, _ := s.Usage(ctx, "guild:1", "2026-11-25"); n != 0 {
			t.Errorf("usage leaked across days: %d", n)
		}
	})
}

// TestSearchSentencesLargeStore runs the full-text search on a store big
// enough to prune common words, and checks it gives the scope's hits,
// never another scope's.
func TestSearchSentencesLargeStore(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), benchEmbedder)
		defer s.Close()
		big := benchArticles(minRowsToPrune, 1) // enough sentences to prune, in scope "bench"
		small := benchArticles(500, 2)
		for _, a := range small {
			a.Scope = "small"
		}
		if err := s.putArticles(ctx, append(big, small...)); err != nil {
			t.Fatal(err)
		}
		words := benchWords(5000)
		for _, tc := range []struct {
			name  string
			scope Scope
			ids   []string
			terms []string
		}{
			{"common and rare, big scope", "bench", nil, []string{words[0], words[1], words[800]}},
			{"only common, big scope", "bench", nil, []string{words[0], words[1]}},
			{"rare, small scope", "small", nil, []string{words[300], words[900]}},
			{"common, small scope", "small", nil, []string{words[0], words[5]}},
			{"articles, shared IDs", "small", []string{"a1", "a2", "a3"}, []string{words[0], words[20]}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				hits, err := s.SearchSentences(ctx, tc.scope, tc.ids, tc.terms, 30)
				if err != nil {
					t.Fatal(err)
				}
				if len(hits) == 0 {
					t.Fatal("no hits: the case tests nothing")
				}
				for _, h := range hits {
					a, err := s.Article(ctx, tc.scope, h.ArticleID)
					if err != nil {
						t.Fatalf("hit %+v is not an article of %s: %v", h, tc.scope, err)
					}
					if tc.ids != nil && !slices.Contains(tc.ids, h.ArticleID) {
						t.Errorf("hit %+v outside the article filter", h)
					}
					sent := strings.ToLower(a.Text[a.Sentences[h.Sentence].Start:a.Sentences[h.Sentence].End])
					if !slices.ContainsFunc(tc.terms, func(w string) bool { return strings.Contains(sent, w) }) {
						t.Errorf("hit %q holds none of %v", sent, tc.terms)
					}
				}
			})
		}
	})
}
