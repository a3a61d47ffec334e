// Package llm answers and summarizes with an OpenAI-compatible chat model
// (through github.com/sashabaranov/go-openai), grounded in passages the rag
// engine retrieved, while every quote shown stays verbatim: each quote the
// model returns goes through rag.CiteQuote against its cited passage's
// article, and anything that fails is dropped or replaced by the article's
// own sentence, with a note.
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
// comes; quotes are emitted only after verification.
//
// Article text is data: only our rules are in the system message; the
// sources go in a user message, each between lines holding a per-request
// random boundary that is removed from the content if it appears there;
// the model has no tools, and nothing it says triggers a fetch.
package llm
