package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/articlebot/articlebot/bot"
)

// shutdownGrace bounds how long the ops server drains on exit.
const shutdownGrace = 5 * time.Second

// cmdRun runs the Discord bot until SIGINT/SIGTERM, with /healthz and
// /metrics on the configured local address: the shards discord.shards
// names (all by default), so that several processes over one PostgreSQL
// record can share a bot.
func cmdRun(ctx context.Context, a *app, _ []string) error {
	a.daemon = true
	if err := a.open(ctx); err != nil {
		return err
	}
	defer a.close()
	d := a.cfg.Discord
	l := a.cfg.Limits
	reg := prometheus.NewRegistry()
	b, err := bot.New(bot.Options{
		Token: d.Token.Reveal(), GuildID: d.GuildID, APIBaseURL: d.APIBaseURL, Autoingest: d.Autoingest,
		NoMessageContent: !d.MessageContent, Metrics: bot.NewMetrics(reg),
		IngestWorkers: l.IngestWorkers, IngestQueue: l.IngestQueue,
		ThreadAutoArchive: d.ThreadAutoArchive, PurgeGrace: d.PurgeGrace.Duration(),
		ShardCount: d.ShardCount, Shards: d.Shards,
		UserAsksPerMinute: l.UserAsksPerMinute, ServerAsksPerMinute: l.ServerAsksPerMinute,
		UserIngestsPerMinute: l.UserIngestsPerMinute, ServerIngestsPerMinute: l.ServerIngestsPerMinute,
		Logger: a.log,
	}, bot.Deps{Engine: a.engine, Asker: a.asker, Links: a.engine, Settings: a.store})
	if err != nil {
		return err
	}
	if a.cfg.HTTP.Listen != "" {
		_, stop, err := a.serveOps(a.cfg.HTTP.Listen, reg)
		if err != nil {
			return err
		}
		defer stop()
	}
	return b.Run(ctx)
}

// serveOps serves /healthz and Prometheus /metrics.
func (a *app) serveOps(addr string, reg *prometheus.Registry) (bound string, stop func(), err error) {
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	st := a.store
	reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "articlebot_indexed_chunks", Help: "Chunks of the servers loaded in the vector index."},
		func() float64 { return float64(st.Stats().Chunks) }))
	reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "articlebot_index_bytes", Help: "Estimated memory of the servers loaded in the vector index (bounded by index.max_memory)."},
		func() float64 { return float64(st.Stats().Bytes) }))
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "ok") })
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, fmt.Errorf("http.listen %s: %w", addr, err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			a.log.Error("ops server", "err", err)
		}
	}()
	a.log.Info("serving /healthz and /metrics", "addr", ln.Addr().String())
	return ln.Addr().String(), func() {
		ctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
		defer cancel()
		srv.Shutdown(ctx)
		<-done
	}, nil
}
