package rag

import (
	"context"
	"time"

	"github.com/articlebot/articlebot/rag/fetch"
	"github.com/articlebot/articlebot/store"
)

// Embedder turns texts into vectors. Name identifies the vector space: the
// store never mixes two.
type Embedder interface {
	Name() string
	Dim() int
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// Fetcher downloads a page; *fetch.Fetcher is the production one.
type Fetcher interface {
	Fetch(ctx context.Context, rawURL string) (*fetch.Page, error)
}

// Engine names, as reported in answers.
const (
	EngineExtractive = "extractive"
	EngineLLM        = "llm"
)

// Stage is a step of an ingest, reported to progress callbacks.
type Stage string

// Ingest stages, in order.
const (
	StageFetching   Stage = "fetching"
	StageExtracting Stage = "extracting"
	StageIndexing   Stage = "indexing"
	StageDone       Stage = "done"
)

// IngestRequest asks for one article to be added to a scope.
type IngestRequest struct {
	Scope store.Scope
	// Source is a [WebLink] or, from an operator's own argument only, a
	// [LocalFile].
	Source  Source
	AddedBy string
	// Progress, when set, is called as each stage starts. It must not block.
	Progress func(Stage)
}

// IngestResult is an ingested (or already known) article.
type IngestResult struct {
	Article *store.Article
	// Existing is true when the article was already in the scope and nothing
	// was fetched or written.
	Existing bool
}

// Turn is one exchange of a conversation.
type Turn struct {
	Question string
	Answer   string
}

// Conversation is what came before a question: a thread's earlier
// exchanges and the articles it is about.
type Conversation struct {
	Turns []Turn
	// ArticleIDs focuses follow-ups: when set (a thread about one article, or
	// the articles the last answer drew on), questions stay on them.
	ArticleIDs []string
}

// Question is one question to answer within a scope.
type Question struct {
	Scope store.Scope
	Text  string
	// ArticleIDs restricts the answer to these articles; empty means the
	// conversation's focus, else the whole scope.
	ArticleIDs   []string
	Conversation *Conversation
}

// Quote is a verified, cited piece of an article: Text is exactly
// the stored article text between Start and End.
type Quote struct {
	Text      string
	Speaker   string // who is quoted, when the article says so
	ArticleID string
	Title     string
	Site      string
	URL       string // the article's URL
	Link      string // URL with a text fragment that scrolls to the quote
	Start     int    // byte offsets in the stored article text
	End       int
	Paragraph int // 1-based, for "¶ 3" citations
	// Page is the 1-based page of a PDF the quote starts on, for "p. 3"
	// citations (and Link then ends in #page=3); 0 for web articles.
	Page int
	// EmphasisStart and EmphasisEnd (byte offsets in the article, inside
	// Start..End) mark the words an answer rests on when they are only part
	// of the quote: a quote is always a whole sentence or a speaker's whole
	// quoted words (see cite.Faithful), so a shorter span is shown inside
	// it, emphasized. Both are 0 when the whole quote is meant.
	EmphasisStart int
	EmphasisEnd   int
	// Also cites the same words in other articles of the quote's story
	// (a syndicated copy, another outlet quoting the same words), each
	// verified against and deep-linked into its own article: one quote
	// "reported by" several outlets. See [Engine.GroupQuotes].
	Also []Citation
	// Versions are how other articles of the story quote the same speaker
	// differently (fewer or more words, other words, or a paraphrase), each
	// a quote verified against its own article; the answer's notes say how
	// they differ.
	Versions []Quote
	// indirect marks a version that is reported speech, not quoted words.
	indirect bool
}

// Parts splits Text around its emphasis: before + emphasized + after ==
// Text; emphasized is "" when the whole quote is meant.
func (q Quote) Parts() (before, emphasized, after string) {
	s, e := q.EmphasisStart-q.Start, q.EmphasisEnd-q.Start
	if q.EmphasisEnd <= q.EmphasisStart || s < 0 || e > len(q.Text) {
		return q.Text, "", ""
	}
	return q.Text[:s], q.Text[s:e], q.Text[e:]
}

// Answer is an engine's reply to a question.
type Answer struct {
	// Text is the engine's own words (for the extractive engine a one-line
	// lead-in); everything in quotation marks lives in Quotes.
	Text   string
	Quotes []Quote
	Engine string
	// Notes are short remarks to show with the answer ("The article only
	// paraphrases Rubio.", "One quote could not be verified and was dropped.").
	Notes []string
	// Found is false when nothing relevant was found; Text then says so.
	// Within one article the closest passages are still quoted, with Found
	// false and Text saying they do not answer directly, and so is what an
	// article reports about someone asked about who isn't quoted in it (or
	// whose quotations the engine can't tell from others'): the quotes are
	// then not that person's words.
	Found bool
	// ArticleIDs are the articles the answer draws on, for the next turn's focus.
	ArticleIDs []string
}

// Passage is a retrieved sentence with its article and scores.
type Passage struct {
	ArticleID string
	Title     string
	Site      string
	URL       string
	Published time.Time
	Sentence  int // index in the article's sentences
	Start     int
	End       int
	Paragraph int // 1-based
	Text      string
	Speaker   string // speaker of a quotation in this sentence, if any
	Score     float64
}

// Summary is an article's summary: a TL;DR and key quotes, with the
// extraction's coverage.
type Summary struct {
	ArticleID  string
	Title      string
	Site       string
	Byline     string
	URL        string
	Published  time.Time
	TLDR       string  // prose: for the extractive engine, the chosen sentences joined
	TLDRQuotes []Quote // the verbatim sentences behind TLDR (extractive), cited
	KeyQuotes  []Quote
	// KeyPoints, when set (LLM summaries), holds one point per key quote,
	// in the engine's own words; KeyQuotes[i] backs KeyPoints[i].
	KeyPoints      []string
	WordCount      int
	ReadingMinutes int
	Warnings       []string
	Engine         string
	Notes          []string
}

// Delta is one step of a streamed answer: new paraphrase text to append,
// or one quote, emitted only after it was verified, or a retraction.
type Delta struct {
	Text  string
	Quote *Quote
	// Retract withdraws all Text streamed so far: it could not be checked,
	// or it was cut off and answered again. Front ends say so where the
	// withdrawn text was shown; the returned Answer replaces it whole.
	Retract bool
}

// Asker is what a front end needs from an answer engine; the extractive
// [Engine] and rag/llm's engine both implement it.
type Asker interface {
	Ask(ctx context.Context, q Question) (*Answer, error)
	// AskStream is Ask with progress: emit is called from the calling
	// goroutine as the answer grows; the returned Answer is final.
	AskStream(ctx context.Context, q Question, emit func(Delta)) (*Answer, error)
	Summarize(ctx context.Context, scope store.Scope, articleID string) (*Summary, error)
}
