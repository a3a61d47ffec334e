package main

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/articlebot/articlebot/bot"
)

func TestOpsEndpoints(t *testing.T) {
	a := &app{stdout: io.Discard, stderr: io.Discard, env: func(k string) (string, bool) {
		if k == "ARTICLEBOT_DATA_DIR" {
			return t.TempDir(), true
		}
		return "", false
	}}
	if err := a.open(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer a.close()
	reg := prometheus.NewRegistry()
	bot.NewMetrics(reg)
	addr, stop, err := a.serveOps("127.0.0.1:0", reg)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	for path, want := range map[string]string{"/healthz": "ok", "/metrics": "articlebot_indexed_chunks"} {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("%s: %d %q", path, resp.StatusCode, body)
		}
	}
}
