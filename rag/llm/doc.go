// Package llm answers and summarizes with an OpenAI-compatible chat model
// (through github.com/sashabaranov/go-openai), grounded in passages the rag
// engine retrieved, while every quote shown stays verbatim and faithful:
// each quote the model returns goes through rag.CiteQuoteIn inside the
// passage it cites, is widened to the whole sentence or quoted words it
// lies in (cite.Faithful), and anything that fails is dropped or replaced
// by the article's own sentence, with a note.
//
// Output format: a JSON object {"answer": "...", "quotes": [{"passage":
// "P2", "text": "..."}]}, requested with response_format json_object where
// the provider supports it and parsed tolerantly (code fences and prose
// around the object are ignored). JSON was chosen over inline markers
// because every OpenAI-compatible server (OpenAI, Ollama, llama.cpp, vLLM,
// LM Studio) can constrain or at least reliably produce it, it separates the
// paraphrase from the quotes without fragile parsing, and a malformed
// answer is detected rather than half-shown. While streaming, the "answer"
// field's text is decoded incrementally so front ends can show it as it
// comes; quotes are emitted only after verification, and streamed prose
// that the final answer does not keep word for word is retracted.
//
// Article and model text is data: only our rules are in the system
// message; sources, earlier turns, a rewritten follow-up and partial
// summaries go in the user message as blocks between lines holding a
// per-request random boundary that is removed from the content, and only
// the reader's own words are the question. The model has no tools, and
// nothing it says triggers a fetch. Its own words are shown neutralized:
// one paragraph without quotation marks, block-quote or citation lines.
package llm
