// Package embed provides the two embedders articlebot ships: a built-in,
// deterministic feature-hashing embedder that needs no model or network, and
// a client for any OpenAI-compatible embeddings endpoint.
package embed
