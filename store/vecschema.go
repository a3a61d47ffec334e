package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"math"
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

// migrateToByteVectors (SQLite 9, PostgreSQL 5) rewrites every article's
// vectors from 4-byte floats to the byte per component vectors.go
// describes, a batch of articles at a time (a driver may not run a
// statement while a query is open). A value that is not whole vectors is
// cleared like a mixed one, to be re-embedded.
func migrateToByteVectors(ctx context.Context, t tx) error {
	type row struct {
		scope, id, emb string
		dim            int
		data           []byte
	}
	up, err := t.PrepareContext(ctx, "UPDATE article_vectors SET embedder = ?, dim = ?, data = ? WHERE scope = ? AND article_id = ?")
	if err != nil {
		return err
	}
	defer up.Close()
	q := "SELECT scope, article_id, embedder, dim, data FROM article_vectors"
	var args []any
	for {
		batch, err := queryAll(ctx, t, q+" ORDER BY scope, article_id LIMIT 256", args, func(r *sql.Rows) (v row, err error) {
			return v, r.Scan(&v.scope, &v.id, &v.emb, &v.dim, &v.data)
		})
		if err != nil || len(batch) == 0 {
			return err
		}
		for _, r := range batch {
			if len(r.data) == 0 {
				continue // no chunks, or mixed embedders: nothing to convert
			}
			emb, dim, data := r.emb, r.dim, []byte{}
			if vs, err := decodeFloat32Vectors(r.data, r.dim); err != nil {
				emb, dim = "", 0
			} else {
				data = encodeVectors(vs)
			}
			if _, err := up.ExecContext(ctx, emb, dim, data, r.scope, r.id); err != nil {
				return err
			}
		}
		last := batch[len(batch)-1]
		q = "SELECT scope, article_id, embedder, dim, data FROM article_vectors WHERE scope > ? OR (scope = ? AND article_id > ?)"
		args = []any{last.scope, last.scope, last.id}
	}
}

// decodeFloat32Vectors decodes vectors as stored before
// migrateToByteVectors: little-endian 4-byte floats.
func decodeFloat32Vectors(data []byte, dim int) ([][]float32, error) {
	if dim <= 0 || dim > maxDim || len(data)%(4*dim) != 0 {
		return nil, fmt.Errorf("%w: %d bytes of dimension %d", errDamagedVectors, len(data), dim)
	}
	vs := make([][]float32, len(data)/(4*dim))
	for i := range vs {
		vs[i] = make([]float32, dim)
		for j := range vs[i] {
			vs[i][j] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*(i*dim+j):]))
		}
	}
	return vs, nil
}
