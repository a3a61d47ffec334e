// Command speakers is the speaker-attribution dev harness. For every
// "What did X say?" it asks, it takes the quotations rag/quotes attributes
// to X (its reported speech when X has no direct quote), as the engine
// does, and checks each against annotations written by someone else than
// the code: speaker precision is the share that are X's own words, the
// wrong-speaker rate the share that are someone else's (or a title, which
// is no one's). A plain keyword baseline — the sentences naming X — is
// scored the same way in the same run.
//
//	go run ./internal/eval/speakers [-cases FILE] [-news FILE] [-dragnet DIR] [-wcxb DIR] [-l3s DIR] [-cpe DIR] [-pdnc DIR] [-engine [-ask FORMAT]...] [-cues] [-update] [-v]
//
// -engine also asks the engine itself about the news articles' speakers,
// as ask --json does, and judges every quote of its answers; each -ask
// phrases the question another way ("%s's comments?"). -cues lists the
// attribution's quotes by the cue that gave them, most wrong first.
//
// Three sets:
//   - testdata/constructions.json: short news passages with one case per
//     construction issue 9 lists (suffixes, party and state, verb-first
//     attributions, speech verbs, pronouns, names inside quotations, email
//     recipients, titles, people never quoted, organisations), each quote
//     labelled with its speaker. testdata/constructions.golden records what
//     the attribution returns; -update rewrites it.
//   - News: articles someone else wrote or marked out (Dragnet's news and
//     blog pages of 2012, WCXB's articles of 2025, L3S-GN1's Google News
//     pages of 2010, CleanPortalEval's portal pages of 2013, US election
//     news of 2016, Reuters news of 2017 and the others newsOrder lists,
//     fetched by internal/eval/prepare.sh; internal/eval/README.md says
//     what each is), whose quotations and
//     reported speech were labelled with their speakers for this harness
//     by readers who never saw what the attribution returns
//     (testdata/news-guide.md). testdata/news.json holds offsets,
//     checksums and speakers only; each source is reported as a set of
//     its own. -candidates DIR [-source NAME] writes more articles to
//     label and -merge DIR adds their labels to news.json.
//   - PDNC, the Project Dialogism Novel Corpus: every quotation of 28
//     public-domain novels labelled with its speaker by its annotators,
//     fetched by internal/eval/prepare.sh. Asks are the major and
//     intermediate characters. Fiction, not news: dialogue runs on without
//     attributions far more often, so it tests precision under pressure.
package main
