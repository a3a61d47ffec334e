package oaiclient

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

func embeddingsOK(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.5,0.5]}],"model":"m"}`))
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name      string
		fail      func(w http.ResponseWriter)
		failures  int
		wantCalls int32
		wantErr   bool
	}{
		{"429 with Retry-After then success", func(w http.ResponseWriter) {
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(429)
			w.Write([]byte(`{"error":{"message":"slow down","type":"rate_limit"}}`))
		}, 2, 3, false},
		{"503 then success", func(w http.ResponseWriter) { w.WriteHeader(503) }, 1, 2, false},
		{"insufficient_quota is not retried", func(w http.ResponseWriter) {
			w.WriteHeader(429)
			w.Write([]byte(`{"error":{"message":"quota","type":"insufficient_quota","code":"insufficient_quota"}}`))
		}, 5, 1, true},
		{"400 is not retried", func(w http.ResponseWriter) {
			w.WriteHeader(400)
			w.Write([]byte(`{"error":{"message":"bad"}}`))
		}, 5, 1, true},
		{"retries are bounded", func(w http.ResponseWriter) {
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(500)
		}, 99, 3, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if n := calls.Add(1); int(n) <= tc.failures {
					tc.fail(w)
					return
				}
				embeddingsOK(w)
			}))
			defer srv.Close()
			c := New(Options{BaseURL: srv.URL + "/v1", MaxRetries: 2, Timeout: 5 * time.Second})
			_, err := c.CreateEmbeddings(context.Background(), openai.EmbeddingRequest{Input: []string{"x"}, Model: "m"})
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if got := calls.Load(); got != tc.wantCalls {
				t.Errorf("calls = %d, want %d", got, tc.wantCalls)
			}
		})
	}
}

func TestLongRetryAfterIsNotAwaited(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(429)
		w.Write([]byte(`{"error":{"message":"rate limited","type":"rate_limit"}}`))
	}))
	defer srv.Close()
	c := New(Options{BaseURL: srv.URL, MaxRetries: 3})
	_, err := c.CreateEmbeddings(context.Background(), openai.EmbeddingRequest{Input: []string{"x"}, Model: "m"})
	var apiErr *openai.APIError
	if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 429 || calls.Load() != 1 {
		t.Fatalf("err = %v, calls = %d; want one call and the 429 passed on", err, calls.Load())
	}
}

func TestAttemptTimeoutThenDeadline(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	c := New(Options{BaseURL: srv.URL, MaxRetries: 10, Timeout: 50 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	_, err := c.CreateEmbeddings(ctx, openai.EmbeddingRequest{Input: []string{"x"}, Model: "m"})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the caller's deadline to end the retries", err)
	}
}

func TestRetryAfterParsing(t *testing.T) {
	tests := []struct {
		name string
		h    http.Header
		want time.Duration
		ok   bool
	}{
		{"seconds", http.Header{"Retry-After": {"2"}}, 2 * time.Second, true},
		{"milliseconds header", http.Header{"Retry-After-Ms": {"150"}}, 150 * time.Millisecond, true},
		{"garbage", http.Header{"Retry-After": {"soon"}}, 0, false},
		{"absent", http.Header{}, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := retryAfter(tc.h)
			if got != tc.want || ok != tc.ok {
				t.Errorf("retryAfter = %v,%v want %v,%v", got, ok, tc.want, tc.ok)
			}
		})
	}
}
