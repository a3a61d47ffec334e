// Package quotes finds who said what in English news prose: the direct
// quotations of an article with their speakers, and the sentences that
// report someone's words without quoting them. It is rule-based: speech
// verbs ("said", "told reporters", "according to"), the names next to them,
// and the journalistic conventions for continued quotes; short names and
// pronouns are resolved to the full name mentioned earlier when that is
// unambiguous.
//
// Choices: only double quote marks (straight, curly, guillemets) open a
// quotation, because single ones are mostly apostrophes; single quotes
// inside a quotation are part of it. A quotation with no speech verb next
// to it and no attributed quotation before it in the paragraph is kept with
// an empty Speaker (scare quotes and titles included), so callers can still
// quote it, but never as someone's words. A paragraph that is only a
// quotation, right after a paragraph whose last quotation was attributed,
// continues that speaker (the usual way news runs a quote on).
package quotes
