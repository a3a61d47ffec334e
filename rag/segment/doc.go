// Package segment splits article text into paragraphs, sentences and
// chunks, keeping exact byte offsets: text[s.Start:s.End] is always the
// sentence, so every quote can point back into the stored text.
//
// Sentences come from Punkt (github.com/neurosnap/sentences, trained on
// English news), which handles abbreviations (Mr., U.S., Jan.), initials,
// numbers and closing quote marks; it runs on one paragraph at a time, so a
// sentence never spans paragraphs. A quotation of several sentences is split
// into its sentences: the first keeps the opening quote mark, the last the
// closing one.
package segment
