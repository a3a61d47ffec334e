package store

import (
	"errors"
	"time"
)

// Sentinel errors callers branch on.
var (
	// ErrNotFound means no article with that ID (or URL) exists in the scope.
	ErrNotFound = errors.New("store: not found")
	// ErrEmbedderChanged means the store's vectors were made by another
	// embedder (name or dimension) than the one it was opened with; call
	// [Store.Reembed] or open with the old embedder.
	ErrEmbedderChanged = errors.New("store: embedder changed")
	// ErrDimension means a vector's length differs from the store's dimension.
	ErrDimension = errors.New("store: vector dimension mismatch")
)

// Scope partitions all data: a Discord server, a DM user, or the local CLI.
// No query ever crosses scopes.
type Scope string

// LocalScope is the scope of the command-line front end.
const LocalScope Scope = "local"

// Article is the durable record of one ingested article in one scope. Text
// holds the main text, paragraphs separated by a blank line; every offset in
// Sentences, Chunks and Quotations is a byte offset into Text.
type Article struct {
	ID        string // stable per (scope, canonical URL); chosen by the caller
	Scope     Scope
	URL       string // canonical URL (or file:// for local files)
	SourceURL string // as submitted
	Title     string
	Byline    string
	Site      string
	Language  string
	Published time.Time // zero when unknown
	Text      string
	WordCount int
	Warnings  []string // extraction coverage warnings (partial text, paywall, ...)
	AddedBy   string
	AddedAt   time.Time

	Sentences  []Sentence
	Chunks     []Chunk
	Quotations []Quotation
	// Pages, for a paginated article (a PDF), says where each page begins
	// in Text, so quotes cite their page; nil for web articles.
	Pages []PageStart
}

// Sentence is Text[Start:End] exactly.
type Sentence struct {
	Start, End int
	Paragraph  int // 0-based paragraph number
	Chunk      int // index of the first chunk that holds it
}

// Chunk is a run of whole sentences, Text[Start:End], with its embedding.
type Chunk struct {
	Start, End                  int
	FirstSentence, LastSentence int // inclusive sentence indexes
	// Vector is the chunk's embedding. Read back from the store, it is its
	// direction as stored: unit length, each component rounded (vectors.go).
	Vector []float32
}

// Quotation is something a person said in the article. For a direct
// quotation Text[Start:End] is the quoted words without the surrounding
// quote marks; for reported speech (Indirect) it is the whole sentence.
type Quotation struct {
	Start, End int
	Sentence   int    // index of the sentence where the quotation starts
	Speaker    string // full name when resolved, "" when unattributed
	Cue        string // the speech verb found ("said", "told reporters"), "" if none
	Indirect   bool   // reported speech without quote marks
}

// ArticleInfo is the light form of an article returned by listings.
type ArticleInfo struct {
	ID        string
	Scope     Scope
	URL       string
	Title     string
	Site      string
	Byline    string
	Published time.Time
	WordCount int
	AddedBy   string
	AddedAt   time.Time
}

// ChunkHit is one vector search result.
type ChunkHit struct {
	ArticleID string
	Chunk     int
	Score     float32 // cosine similarity
}

// SentenceHit is one full-text search result; Score is BM25 as FTS5 computes
// it (on both backends), higher is better.
type SentenceHit struct {
	ArticleID string
	Sentence  int
	Score     float64
}

// EmbedderInfo names the embedder that made a store's vectors.
type EmbedderInfo struct {
	Name string
	Dim  int
}
