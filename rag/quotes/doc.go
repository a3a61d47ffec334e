// Package quotes finds who said what in English news prose: the direct
// quotations of an article with their speakers, the sentences that report
// someone's words without quoting them, and the people named. It is
// rule-based, run once at ingest: speech verbs ("said", "told reporters",
// "according to"), the names next to them, and the journalistic
// conventions for continued quotes. Short names and pronouns are resolved
// to a full name mentioned earlier only when that is unambiguous.
//
// Choices:
//   - Only double quote marks (straight, curly, guillemets) open a
//     quotation; single ones are mostly apostrophes (Trump's, '90s), and
//     inside a quotation they quote someone else ("we have always said
//     'No'"), so they stay part of it.
//   - Quotation spans exclude the marks and surrounding spaces but keep
//     the punctuation inside them ("…military,"), as printed.
//   - Scare quotes and titles (a quotation with no speech verb next to it
//     and no attributed quotation before it in the paragraph) are kept with
//     an empty Speaker, so callers can still quote them, but never as
//     someone's words.
//   - A quotation in the same paragraph as an attributed one, after it,
//     continues that speaker; so does a paragraph that opens with a quote
//     mark right after a paragraph whose quotation was attributed or left
//     open (the usual way news runs a quote on). A quotation left open at
//     its paragraph's end with no speaker takes the speaker named in the
//     next paragraph.
//   - "He" and "she" go to a person named earlier in the sentence, else the
//     previous sentence's subject or speaker, else the last speaker, else
//     the last person named, skipping anyone whose title ("Mr.", "Ms.")
//     says otherwise. "They" is never resolved to a person.
//   - Organisations may be speakers ("The New York Times reported") but are
//     not People.
package quotes
