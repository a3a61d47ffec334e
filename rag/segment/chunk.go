package segment

import "strings"

// Chunk is a run of whole sentences, text[Start:End].
type Chunk struct {
	Start, End                  int
	FirstSentence, LastSentence int // inclusive indexes into the sentences
}

// ChunkOptions sizes chunks; the zero value gives the defaults.
type ChunkOptions struct {
	// TargetTokens is where a chunk is closed (default 250): embedding
	// models do best on a focused passage of a few sentences.
	TargetTokens int
	// MaxTokens is never exceeded unless one sentence alone is longer
	// (default 400, well inside small embedding models' 512-token window).
	MaxTokens int
	// OverlapSentences repeat at the start of the next chunk (0 means the
	// default, 1; negative means none), so a sentence that needs its
	// neighbour for context is found either way.
	OverlapSentences int
}

// Chunking defaults; see ChunkOptions.
const (
	defaultTarget  = 250
	defaultMax     = 400
	defaultOverlap = 1
	// paragraphSlack: within this share of the target, a chunk ends at a
	// paragraph break rather than running into the next paragraph.
	paragraphSlack = 0.7
)

// EstimateTokens estimates embedding-model tokens as 4/3 per word: BPE
// vocabularies split about one English word in three.
func EstimateTokens(s string) int {
	return (len(strings.Fields(s))*4 + 2) / 3
}

// Chunks groups sentences into overlapping chunks.
func Chunks(text string, sentences []Span, opts ChunkOptions) []Chunk {
	if opts.TargetTokens <= 0 {
		opts.TargetTokens = defaultTarget
	}
	if opts.MaxTokens <= 0 {
		opts.MaxTokens = defaultMax
	}
	if opts.MaxTokens < opts.TargetTokens {
		opts.MaxTokens = opts.TargetTokens
	}
	switch {
	case opts.OverlapSentences == 0:
		opts.OverlapSentences = defaultOverlap
	case opts.OverlapSentences < 0:
		opts.OverlapSentences = 0
	}
	tokens := make([]int, len(sentences))
	for i, s := range sentences {
		tokens[i] = EstimateTokens(text[s.Start:s.End])
	}
	var out []Chunk
	fresh := 0 // the first sentence no earlier chunk holds
	for first := 0; first < len(sentences); {
		last, size := first, tokens[first]
		for last+1 < len(sentences) {
			next := tokens[last+1]
			// A chunk holds at least one sentence beyond the overlap, or it
			// would only repeat its predecessor.
			mustGrow := last < fresh
			if !mustGrow && (size+next > opts.MaxTokens || size >= opts.TargetTokens) {
				break
			}
			if !mustGrow && sentences[last+1].Paragraph != sentences[last].Paragraph && float64(size) >= paragraphSlack*float64(opts.TargetTokens) {
				break
			}
			last++
			size += next
		}
		out = append(out, Chunk{Start: sentences[first].Start, End: sentences[last].End, FirstSentence: first, LastSentence: last})
		if last == len(sentences)-1 {
			break
		}
		fresh = last + 1
		// Step back for overlap, but always move forward.
		first = max(last+1-opts.OverlapSentences, first+1)
	}
	return out
}
