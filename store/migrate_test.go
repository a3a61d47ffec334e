package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
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
	// The scope's sentence count is taken when the count table is made.
	if n, err := s.d.scopeRows(ctx, s.db, "local"); err != nil || n != 2 {
		t.Errorf("scope rows after migrating: %d %v, want 2", n, err)
	}
	var v int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil || v != len(sqliteMigrations) {
		t.Errorf("schema version %d %v, want %d", v, err, len(sqliteMigrations))
	}
}

// downgradeVectors turns s's record back into the layout before each
// article's vectors were one row (SQLite 6, PostgreSQL 3): a vector and an
// embedder on every chunk. Tests that go back to an older version call it.
func downgradeVectors(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	blob := "BLOB NOT NULL DEFAULT x''"
	if s.Backend() == "postgres" {
		blob = "BYTEA NOT NULL DEFAULT ''::bytea"
	}
	for _, q := range []string{
		"ALTER TABLE chunks ADD COLUMN vector " + blob,
		"ALTER TABLE chunks ADD COLUMN embedder TEXT NOT NULL DEFAULT ''",
	} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	for _, r := range storedVectors(t, s) {
		for i, v := range r.vecs {
			if _, err := s.db.ExecContext(ctx, "UPDATE chunks SET vector = ?, embedder = ? WHERE scope = ? AND article_id = ? AND idx = ?",
				encodeFloat32Vectors([][]float32{v}), r.emb, r.scope, r.id, i); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := s.db.ExecContext(ctx, "DROP TABLE article_vectors"); err != nil {
		t.Fatal(err)
	}
}

// TestMigrateToArticleVectors opens a library whose chunks each hold their
// vector (SQLite 6, PostgreSQL 3) and checks the vectors moved into one
// row per article unchanged: the same article, the same vector search.
// An article an interrupted re-embedding left half converted keeps no
// vectors, and is re-embedded.
func TestMigrateToArticleVectors(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		loc := fresh()
		s := open(t, loc, testEmbedder)
		q, wantHits, want := fillForMigration(t, s, article("g", "b", "Other scope. Here.", 1), article("g", "mixed", "Half done. Half not.", 2))
		downgradeVectors(t, s)
		rollBack(t, s, 6, 3,
			// An interrupted re-embedding of g/mixed: its second chunk by another embedder.
			"UPDATE chunks SET embedder = 'old', vector = "+map[bool]string{true: "'\\x0000803f'::bytea", false: "x'0000803f'"}[s.Backend() == "postgres"]+" WHERE scope = 'g' AND article_id = 'mixed' AND idx = 1",
		)
		s.Close()

		s = open(t, loc, testEmbedder)
		defer s.Close()
		got, err := s.Article(ctx, "local", "a1")
		if err != nil {
			t.Fatal(err)
		}
		sameArticle(t, got, want)
		hits, err := s.SearchChunks(ctx, "local", nil, q, 20)
		if err != nil || !reflect.DeepEqual(hits, wantHits) {
			t.Errorf("after migration: %+v %v\nwant %+v", hits, err, wantHits)
		}
		checkClearedForReembedding(t, s, "mixed", q, 4)
		var v int
		if s.Backend() == "postgres" {
			err = s.db.QueryRowContext(ctx, "SELECT version FROM articlebot_schema").Scan(&v)
		} else {
			err = s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
		}
		if want := map[bool]int{true: len(pgMigrations), false: len(sqliteMigrations)}[s.Backend() == "postgres"]; err != nil || v != want {
			t.Errorf("schema version %d %v, want %d", v, err, want)
		}
	})
}

// storedArticleVectors is an article_vectors row, decoded.
type storedArticleVectors struct {
	scope, id, emb string
	dim            int
	vecs           [][]float32
}

// storedVectors reads and decodes every article's vectors.
func storedVectors(t *testing.T, s *Store) []storedArticleVectors {
	t.Helper()
	rows, err := queryAll(context.Background(), s.db, "SELECT scope, article_id, embedder, dim, data FROM article_vectors", nil,
		func(r *sql.Rows) (x storedArticleVectors, err error) {
			var data []byte
			if err := r.Scan(&x.scope, &x.id, &x.emb, &x.dim, &data); err != nil {
				return x, err
			}
			x.vecs, err = decodeVectors(data, x.dim)
			return x, err
		})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// fillForMigration puts three articles in scope "local", the given ones
// and an article without chunks in scope "g", and returns a query, its
// hits in "local" and local/a1 as they are before a migration.
func fillForMigration(t *testing.T, s *Store, g ...*Article) ([]float32, []ChunkHit, *Article) {
	t.Helper()
	ctx := context.Background()
	for i := range 3 {
		mustPut(t, s, article("local", fmt.Sprint("a", i), "One piece. Two pieces. Three.", i))
	}
	for _, a := range g {
		mustPut(t, s, a)
	}
	mustPut(t, s, &Article{ID: "empty", Scope: "g", URL: "https://news.test/empty", Text: "Nothing."})
	q := []float32{1, 0.5, 0, 0}
	hits, err := s.SearchChunks(ctx, "local", nil, q, 20)
	if err != nil || len(hits) != 9 {
		t.Fatalf("before: %+v %v", hits, err)
	}
	a1, err := s.Article(ctx, "local", "a1")
	if err != nil {
		t.Fatal(err)
	}
	return q, hits, a1
}

// checkClearedForReembedding checks that a migration left article g/id
// without vectors, marked for re-embedding, that scope g is not searched
// until it is re-embedded, and that re-embedding its 2 chunks makes g
// searchable with n hits for q.
func checkClearedForReembedding(t *testing.T, s *Store, id string, q []float32, n int) {
	t.Helper()
	ctx := context.Background()
	var rows int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM article_vectors WHERE embedder = '' AND dim = 0 AND length(data) = 0 AND scope = 'g' AND article_id = ?", id).Scan(&rows); err != nil || rows != 1 {
		t.Errorf("%s: %d rows marked for re-embedding (%v)", id, rows, err)
	}
	if _, err := s.SearchChunks(ctx, "g", nil, q, 20); err == nil {
		t.Errorf("a scope with %s searched as if whole", id)
	}
	var total int
	must(t, s.Reembed(ctx, func(_ context.Context, texts []string) ([][]float32, error) {
		out := make([][]float32, len(texts))
		for i := range out {
			out[i] = []float32{0, 0, 1, 0}
		}
		return out, nil
	}, nil, 0, func(_, t int) { total = t }))
	if total != 2 {
		t.Errorf("re-embedded %d chunks, want %s's 2", total, id)
	}
	if hits, err := s.SearchChunks(ctx, "g", nil, q, 20); err != nil || len(hits) != n {
		t.Errorf("scope g after re-embedding: %+v %v", hits, err)
	}
	checkIndexMatchesDB(t, s)
}

// rollBack puts a record back to an earlier schema: the statements, then
// the version, which SQLite and PostgreSQL number apart.
func rollBack(t *testing.T, s *Store, sqliteVersion, postgresVersion int, stmts ...string) {
	t.Helper()
	setVersion := fmt.Sprintf("PRAGMA user_version = %d", sqliteVersion)
	if s.Backend() == "postgres" {
		setVersion = fmt.Sprintf("UPDATE articlebot_schema SET version = %d", postgresVersion)
	}
	for _, q := range append(stmts, setVersion) {
		if _, err := s.db.ExecContext(context.Background(), q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// TestMigrateToByteVectors opens a library whose vectors are 4-byte floats
// (SQLite 8, PostgreSQL 4) and checks they became a byte per component
// with the same search results, and that a damaged value was cleared for
// re-embedding instead of being read as something else.
func TestMigrateToByteVectors(t *testing.T) {
	forEachBackend(t, func(t *testing.T, fresh func() string) {
		ctx := context.Background()
		loc := fresh()
		s := open(t, loc, testEmbedder)
		q, wantHits, want := fillForMigration(t, s, article("g", "damaged", "Cut short. Here.", 1))
		for _, r := range storedVectors(t, s) {
			old := encodeFloat32Vectors(r.vecs)
			if r.id == "damaged" {
				old = old[:len(old)-4*r.dim+r.dim] // as many bytes as a whole vector of the new kind
			}
			if _, err := s.db.ExecContext(ctx, "UPDATE article_vectors SET data = ? WHERE scope = ? AND article_id = ?", old, r.scope, r.id); err != nil {
				t.Fatal(err)
			}
		}
		rollBack(t, s, 8, 4)
		s.Close()

		s = open(t, loc, testEmbedder)
		defer s.Close()
		hits, err := s.SearchChunks(ctx, "local", nil, q, 20)
		if err != nil || !reflect.DeepEqual(hits, wantHits) {
			t.Errorf("after migration: %+v %v\nwant %+v", hits, err, wantHits)
		}
		got, err := s.Article(ctx, "local", "a1")
		if err != nil {
			t.Fatal(err)
		}
		sameArticle(t, got, want)
		var n, size int
		if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*), SUM(length(data)) FROM article_vectors WHERE scope = 'local'").Scan(&n, &size); err != nil || n != 3 || size != 3*3*testEmbedder.Dim {
			t.Errorf("local's vectors: %d rows of %d bytes in all (%v), want 3 of a byte per component", n, size, err)
		}
		checkClearedForReembedding(t, s, "damaged", q, 2)
	})
}
