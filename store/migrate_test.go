package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/articlebot/articlebot/internal/lexical"
)

// TestSearchUsesOneNotionOfATerm checks that the index, its queries and the
// common-word probe stem alike (FTS5's Porter tokenizer and the Snowball
// stemmer disagree on words like "communities").
func TestSearchUsesOneNotionOfATerm(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		s := open(t, fresh(), testEmbedder)
		defer s.Close()
		if err := s.PutArticle(ctx, article("local", "a1", "The community met. Nothing else.", 0)); err != nil {
			t.Fatal(err)
		}
		hits, err := s.SearchSentences(ctx, "local", nil, []string{"communities"}, 5)
		if err != nil || len(hits) != 1 || hits[0].Sentence != 0 {
			t.Errorf("communities → %+v %v, want the community sentence", hits, err)
		}
		if df := s.docFreq(ctx, "local", lexical.Terms("communities")); df != 1 {
			t.Errorf("common-word probe found %d sentences for the index's own term, want 1", df)
		}
	})
}

// TestMigrateFromVersion1 opens a library made by the first schema (FTS5
// with its Porter tokenizer) and checks every sentence is searchable by the
// new terms.
func TestMigrateFromVersion1(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	raw, err := sql.Open("sqlite", "file:"+filepath.Join(dir, dbFile)+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		sqliteSchemaV1,
		`INSERT INTO meta VALUES ('embedder', '{"Name":"test","Dim":4}')`,
		`INSERT INTO articles VALUES ('local', 'a1', 'https://x.test/a', 'https://x.test/a', 'T', '', '', 'en', 0, 'The communities met. Then they left.', 6, 'null', 'u', 1)`,
		`INSERT INTO sentences (rid, scope, article_id, idx, start, end_, paragraph, chunk) VALUES (1, 'local', 'a1', 0, 0, 20, 0, 0), (2, 'local', 'a1', 1, 21, 36, 0, 0)`,
		`INSERT INTO sentences_fts (rowid, text, scope, article, article_id, idx) VALUES (1, 'The communities met.', 's', 'a', 'a1', 0), (2, 'Then they left.', 's', 'a', 'a1', 1)`,
		`INSERT INTO chunks VALUES ('local', 'a1', 0, 0, 36, 0, 1, x'0000803f000000000000000000000000', 'test')`,
		`PRAGMA user_version = 1`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	raw.Close()
	s := open(t, dir, testEmbedder)
	defer s.Close()
	for _, tc := range []struct {
		word string
		want int
	}{{"community", 0}, {"left", 1}} {
		hits, err := s.SearchSentences(ctx, "local", nil, []string{tc.word}, 5)
		if err != nil || len(hits) != 1 || hits[0].ArticleID != "a1" || hits[0].Sentence != tc.want {
			t.Errorf("%s → %+v %v, want sentence %d", tc.word, hits, err, tc.want)
		}
	}
	var v int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil || v != len(sqliteMigrations) {
		t.Errorf("schema version %d %v, want %d", v, err, len(sqliteMigrations))
	}
}
