// Package store is articlebot's system of record: articles, sentences,
// quotations, chunks, vectors and summaries kept in SQLite with transactions,
// with an in-process chromem-go index per scope rebuilt from it.
//
// chromem-go's own persistence is not used: it names files by a 32-bit hash
// of the document ID (collisions silently lose documents), writes in place
// without rename, and refuses to open when one file is truncated. SQLite in
// WAL mode gives atomic, durable commits; the index is derived data.
package store
