// Package rag is articlebot's article engine: it ingests articles (fetch,
// extract, segment, find who said what, embed, store), retrieves the
// sentences that bear on a question, and answers and summarizes with
// verbatim quotes that are verified against the stored text and cited.
//
// The extractive engine here needs no network or model; package rag/llm
// layers an OpenAI-compatible model on top of the same retrieval and the
// same quote verification.
package rag
