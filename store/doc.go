// Package store is articlebot's system of record: articles, sentences,
// quotations, chunks, vectors, summaries, threads and channels kept with
// transactions in SQLite (the default, one file in the data directory) or
// PostgreSQL (shared by several processes), with an in-process vector
// index per scope (chromem-go documents over contiguous blocks of vectors)
// loaded from it on the scope's first search, bounded by a memory budget,
// and kept up to date with other processes' writes.
//
// chromem-go's own persistence is not used: it names files by a 32-bit hash
// of the document ID (collisions silently lose documents), writes in place
// without rename, and refuses to open when one file is truncated. The
// database gives atomic, durable commits; the index is derived data.
//
// Files by concern: db.go (opening, the embedder), dialect.go (what the
// backends differ in), sqlite.go and postgres.go (each backend's schema,
// migrations and full-text search), articles.go (writes), delete.go,
// read.go (reads and listings), fulltext.go (terms, pruning, BM25),
// summaries.go, threads.go, activity.go (shares and thread questions,
// counted for digests), kv.go (settings and usage), vectors.go (their
// encoding) and vecschema.go (their table, one row per article, and its
// migrations), index.go (the vector index: loading, eviction, search), scan.go (the
// contiguous blocks and their scan), warm.go (loading recently active
// scopes at start), watch.go, watch_sqlite.go and
// watch_postgres.go (other processes' writes) and reembed.go.
package store
