package rag

import (
	"strings"
	"testing"

	"github.com/articlebot/articlebot/rag/segment"
	"github.com/articlebot/articlebot/store"
)

// TestQuotesPointIntoStoredSentences: the attribution reads sentences cut
// where Punkt runs two together after a number, and what it finds points
// back into the stored sentences: a quotation to the one it lies in, and
// reported speech shows the cut statement alone, not the sentence it was
// run into.
func TestQuotesPointIntoStoredSentences(t *testing.T) {
	text := "Rates on hold\n\n" +
		"Bank of England governor Mervyn King said the economy had hit a softer patch in 2004. " +
		"Richard Jeffrey, chief economist at Bridgewell Securities, said a rise was very unlikely. " +
		"\"There have been sufficient signs of a slowdown,\" he told BBC Radio 4."
	var spans []store.Sentence
	for _, s := range segment.Sentences(text) {
		spans = append(spans, store.Sentence{Start: s.Start, End: s.End, Paragraph: s.Paragraph})
	}
	// The case needs Punkt's run-on: if it ever ends the sentence at the
	// year itself, the test no longer covers the cut.
	if len(spans) != 3 || !strings.HasSuffix(text[spans[1].Start:spans[1].End], "very unlikely.") {
		t.Fatalf("stored sentences %d; the run-on this test needs is gone", len(spans))
	}
	qs, err := analyzeQuotes(text, spans)
	if err != nil {
		t.Fatal(err)
	}
	var direct, jeffrey *store.Quotation
	for i, q := range qs {
		switch {
		case !q.Indirect:
			direct = &qs[i]
		case q.Speaker == "Richard Jeffrey":
			jeffrey = &qs[i]
		}
	}
	if direct == nil || direct.Speaker != "Richard Jeffrey" || direct.Sentence != 2 {
		t.Errorf("quotation = %+v; want Richard Jeffrey's, in stored sentence 2", direct)
	}
	if jeffrey == nil || jeffrey.Sentence != 1 || !strings.HasPrefix(text[jeffrey.Start:jeffrey.End], "Richard Jeffrey,") {
		t.Errorf("reported speech = %+v; want the statement opening \"Richard Jeffrey,\", in stored sentence 1", jeffrey)
	}
}
