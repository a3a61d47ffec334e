package store

import (
	"context"
	"strings"
)

// articleVectorsTableSQL holds each article's chunk vectors in one row
// (see vectors.go): embedder and dim say what made them, data is the
// vectors, chunk 0 first. An article with chunks always has a row; one
// whose chunks an old version stored by different embedders has an empty
// embedder and no data, so it is re-embedded like any other.
const articleVectorsTableSQL = `
CREATE TABLE article_vectors (
	scope CTEXT NOT NULL, article_id CTEXT NOT NULL,
	embedder TEXT NOT NULL, dim INTEGER NOT NULL, data BLOBTYPE NOT NULL,
	PRIMARY KEY (scope, article_id),
	FOREIGN KEY (scope, article_id) REFERENCES articles (scope, id) ON DELETE CASCADE
);
`

func articleVectorsSQL(keyText, blob string) string {
	return strings.NewReplacer("CTEXT", keyText, "BLOBTYPE", blob).Replace(articleVectorsTableSQL)
}

// pgMoveVectorsSQL (PostgreSQL v4) moves the chunks' vectors into
// article_vectors, one row per article, and drops them from chunks.
var pgMoveVectorsSQL = articleVectorsSQL(`TEXT COLLATE "C"`, "BYTEA") + `
INSERT INTO article_vectors (scope, article_id, embedder, dim, data)
SELECT scope, article_id,
	CASE WHEN COUNT(DISTINCT embedder) = 1 AND COUNT(DISTINCT length(vector)) = 1 THEN MIN(embedder) ELSE '' END,
	CASE WHEN COUNT(DISTINCT embedder) = 1 AND COUNT(DISTINCT length(vector)) = 1 THEN MIN(length(vector)) / 4 ELSE 0 END,
	CASE WHEN COUNT(DISTINCT embedder) = 1 AND COUNT(DISTINCT length(vector)) = 1 THEN string_agg(vector, ''::bytea ORDER BY idx) ELSE ''::bytea END
FROM chunks GROUP BY scope, article_id;
ALTER TABLE chunks DROP COLUMN vector, DROP COLUMN embedder;
`

// migrateToArticleVectors (SQLite v7) moves the chunks' vectors into
// article_vectors, one row per article, and drops them from chunks.
// SQLite has no aggregate that joins blobs, so the rows are joined here,
// one article at a time as the chunks stream past.
func migrateToArticleVectors(ctx context.Context, t tx) error {
	if _, err := t.ExecContext(ctx, articleVectorsSQL("TEXT", "BLOB")); err != nil {
		return err
	}
	rows, err := t.QueryContext(ctx, "SELECT scope, article_id, vector, embedder FROM chunks ORDER BY scope, article_id, idx")
	if err != nil {
		return err
	}
	defer rows.Close()
	ins, err := t.PrepareContext(ctx, "INSERT INTO article_vectors (scope, article_id, embedder, dim, data) VALUES (?, ?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer ins.Close()
	type article struct {
		scope, id, embedder string
		size                int // bytes per vector
		data                []byte
		mixed               bool
	}
	var cur *article
	flush := func() error {
		if cur == nil {
			return nil
		}
		if cur.mixed || cur.size == 0 || cur.size%4 != 0 {
			cur.embedder, cur.size, cur.data = "", 0, []byte{}
		}
		_, err := ins.ExecContext(ctx, cur.scope, cur.id, cur.embedder, cur.size/4, cur.data)
		return err
	}
	for rows.Next() {
		var scope, id, emb string
		var blob []byte
		if err := rows.Scan(&scope, &id, &blob, &emb); err != nil {
			return err
		}
		if cur == nil || scope != cur.scope || id != cur.id {
			if err := flush(); err != nil {
				return err
			}
			cur = &article{scope: scope, id: id, embedder: emb, size: len(blob)}
		}
		if emb != cur.embedder || len(blob) != cur.size {
			cur.mixed = true
		}
		cur.data = append(cur.data, blob...)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	rows.Close()
	for _, q := range []string{"ALTER TABLE chunks DROP COLUMN vector", "ALTER TABLE chunks DROP COLUMN embedder"} {
		if _, err := t.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
