// Package lexical turns text into the normalized terms that both the built-in
// embedder and the lexical ranker score: lower-cased, diacritics folded,
// English stop words dropped and Snowball-stemmed, with byte offsets kept.
package lexical
