// Package segment splits article text into paragraphs, sentences and
// chunks, keeping exact byte offsets: text[s.Start:s.End] is always the
// sentence, so every quote can point back into the stored text.
//
// Sentences come from Punkt (github.com/neurosnap/sentences, trained on
// English news), which handles abbreviations (Mr., U.S., Jan.), initials,
// numbers and closing quote marks; "ca." or "approx." before a figure,
// which it does not know, are kept in their sentence. It runs on one
// paragraph at a time, so a sentence never spans paragraphs. A quotation
// of several sentences is split into its sentences: the first keeps the
// opening quote mark, the last the closing one. Where Punkt runs two
// sentences together, a few cuts follow it: after "on X.", between two
// quotations that meet, after a sentence closing two quotations at once,
// before a quotation opening right against a full stop ("… on MSNBC
// Wednesday.“I really …"), and after a US state's abbreviation ending a
// sentence ("… of Marion County, Fla. “These …,” he says").
//
// Punkt never ends a sentence after a number ("… in 2004. Richard Jeffrey
// said …" is one sentence to it). Sentences keeps those run-ons, the units
// retrieval scores; Statements cuts them for reading who said what.
package segment
