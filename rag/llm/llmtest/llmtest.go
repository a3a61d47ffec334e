// Package llmtest is a scriptable OpenAI-compatible server for tests: the
// real go-openai client talks to it over loopback. Each chat request takes
// the next queued Reply (or the default), plain or streamed as the request
// asks; /v1/embeddings answers with deterministic vectors and /v1/models
// lists "test-model" and "fake-embed".
package llmtest

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	openai "github.com/sashabaranov/go-openai"
)

// Reply answers one chat request.
type Reply func(w http.ResponseWriter, r *http.Request, req openai.ChatCompletionRequest)

// Server is the fake endpoint. URL + "/v1" is its base URL.
type Server struct {
	*httptest.Server
	mu       sync.Mutex
	queue    []Reply
	fallback Reply
	requests []openai.ChatCompletionRequest
	embeds   int  // embeddings requests received
	hangEmb  bool // embeddings requests never answer
}

// HangEmbeddings makes /v1/embeddings hang (until the client gives up or a
// minute passes) from now on, or answer again.
func (s *Server) HangEmbeddings(hang bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hangEmb = hang
}

// EmbeddingRequests counts the /v1/embeddings requests received so far.
func (s *Server) EmbeddingRequests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.embeds
}

// New starts a server, closed when the test ends. Unscripted chat requests
// get a 500.
func New(t testing.TB) *Server {
	s := &Server{fallback: Status(http.StatusInternalServerError, `{"error":{"message":"unscripted request"}}`, nil)}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", s.chat)
	mux.HandleFunc("POST /v1/embeddings", s.embeddings)
	mux.HandleFunc("GET /v1/models", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": []map[string]any{
			{"id": "test-model", "object": "model"}, {"id": "fake-embed", "object": "model"}}})
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// BaseURL is the OpenAI-style base URL.
func (s *Server) BaseURL() string { return s.URL + "/v1" }

// Enqueue scripts the next chat replies, in order.
func (s *Server) Enqueue(r ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queue = append(s.queue, r...)
}

// SetDefault sets the reply used once the queue is empty.
func (s *Server) SetDefault(r Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fallback = r
}

// Requests returns the chat requests received so far.
func (s *Server) Requests() []openai.ChatCompletionRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]openai.ChatCompletionRequest(nil), s.requests...)
}

func (s *Server) chat(w http.ResponseWriter, r *http.Request) {
	var req openai.ChatCompletionRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.requests = append(s.requests, req)
	reply := s.fallback
	if len(s.queue) > 0 {
		reply, s.queue = s.queue[0], s.queue[1:]
	}
	s.mu.Unlock()
	reply(w, r, req)
}

func (s *Server) embeddings(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.embeds++
	hang := s.hangEmb
	s.mu.Unlock()
	if hang {
		select {
		case <-r.Context().Done():
		case <-time.After(time.Minute):
		}
		return
	}
	var req struct {
		Input []string `json:"input"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	type item struct {
		Object    string    `json:"object"`
		Index     int       `json:"index"`
		Embedding []float32 `json:"embedding"`
	}
	data := make([]item, len(req.Input))
	for i, in := range req.Input {
		v := make([]float32, 8)
		for _, w := range strings.Fields(strings.ToLower(in)) {
			h := fnv.New32a()
			h.Write([]byte(w))
			v[h.Sum32()%8]++
		}
		data[i] = item{"embedding", i, v}
	}
	json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data, "model": "fake-embed"})
}

// Answer replies with content, plain or streamed in small pieces with a
// "stop" finish reason and usage.
func Answer(content string) Reply {
	return func(w http.ResponseWriter, r *http.Request, req openai.ChatCompletionRequest) {
		if req.Stream {
			stream(w, content, "stop")
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{
			"id": "chatcmpl-test", "object": "chat.completion", "model": req.Model,
			"choices": []map[string]any{{"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": content}}},
			"usage":   map[string]int{"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
		})
	}
}

// Truncated streams content and ends without a finish reason, as a
// dropped connection looks to go-openai.
func Truncated(content string) Reply {
	return func(w http.ResponseWriter, r *http.Request, req openai.ChatCompletionRequest) {
		if !req.Stream {
			Answer(content)(w, r, req)
			return
		}
		stream(w, content, "")
	}
}

// Stall streams content, then sends nothing more until the client gives up
// (or a minute passes), as a server that hangs mid-answer.
func Stall(content string) Reply {
	return func(w http.ResponseWriter, r *http.Request, req openai.ChatCompletionRequest) {
		if !req.Stream {
			Hang()(w, r, req)
			return
		}
		stream(w, content, "")
		select {
		case <-r.Context().Done():
		case <-time.After(time.Minute):
		}
	}
}

// Paced streams content in small pieces with pause between them, ending
// with a "stop" finish reason when complete is true and cut off otherwise:
// a slow model, for front ends that show an answer as it streams.
func Paced(content string, pause time.Duration, complete bool) Reply {
	return func(w http.ResponseWriter, r *http.Request, req openai.ChatCompletionRequest) {
		finish := ""
		if complete {
			finish = "stop"
		}
		if !req.Stream {
			Answer(content)(w, r, req)
			return
		}
		streamPaced(w, content, finish, pause)
	}
}

func stream(w http.ResponseWriter, content, finish string) { streamPaced(w, content, finish, 0) }

func streamPaced(w http.ResponseWriter, content, finish string, pause time.Duration) {
	w.Header().Set("Content-Type", "text/event-stream")
	flusher, _ := w.(http.Flusher)
	// Small pieces, as models stream tokens; at most about a thousand
	// events, so a megabyte reply does not take the test's time.
	piece := max(7, len(content)/1000)
	for i := 0; i < len(content); {
		end := min(i+piece, len(content))
		for end < len(content) && !utf8.RuneStart(content[end]) {
			end++ // whole runes, as a server's JSON encoder sends them
		}
		chunk := content[i:end]
		i = end
		b, _ := json.Marshal(map[string]any{"id": "c", "object": "chat.completion.chunk",
			"choices": []map[string]any{{"index": 0, "delta": map[string]any{"content": chunk}}}})
		fmt.Fprintf(w, "data: %s\n\n", b)
		if flusher != nil {
			flusher.Flush()
		}
		time.Sleep(pause)
	}
	if finish != "" {
		b, _ := json.Marshal(map[string]any{"id": "c", "object": "chat.completion.chunk",
			"choices": []map[string]any{{"index": 0, "delta": map[string]any{}, "finish_reason": finish}}})
		fmt.Fprintf(w, "data: %s\n\n", b)
		b, _ = json.Marshal(map[string]any{"id": "c", "object": "chat.completion.chunk", "choices": []any{},
			"usage": map[string]int{"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}})
		fmt.Fprintf(w, "data: %s\n\ndata: [DONE]\n\n", b)
	}
}

// Status replies with a status code, body and headers.
func Status(code int, body string, header http.Header) Reply {
	return func(w http.ResponseWriter, r *http.Request, req openai.ChatCompletionRequest) {
		for k, v := range header {
			w.Header()[k] = v
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		fmt.Fprint(w, body)
	}
}

// Hang never answers; it returns when the client gives up or after a
// minute, so a test cannot leak it.
func Hang() Reply {
	return func(w http.ResponseWriter, r *http.Request, req openai.ChatCompletionRequest) {
		select {
		case <-r.Context().Done():
		case <-time.After(time.Minute):
		}
	}
}
