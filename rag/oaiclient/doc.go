// Package oaiclient builds go-openai clients for any OpenAI-compatible
// endpoint (OpenAI, Azure, Ollama, llama.cpp, vLLM, LM Studio) with the
// retry behaviour go-openai lacks: bounded retries with backoff and jitter on
// 429 and 5xx, honouring Retry-After, and never retrying insufficient_quota.
package oaiclient
