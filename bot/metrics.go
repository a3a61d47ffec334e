package bot

import (
	"maps"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the bot's Prometheus metrics.
type Metrics struct {
	events   *prometheus.CounterVec
	ingests  *prometheus.CounterVec
	asks     *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	ackDelay prometheus.Histogram
	shardUp  *shardGauge
}

// NewMetrics registers the bot's metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		events:  prometheus.NewCounterVec(prometheus.CounterOpts{Name: "articlebot_discord_events_total", Help: "Discord gateway events handled."}, []string{"type"}),
		ingests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "articlebot_ingests_total", Help: "Article ingests by result."}, []string{"result"}),
		asks:    prometheus.NewCounterVec(prometheus.CounterOpts{Name: "articlebot_asks_total", Help: "Questions answered by result."}, []string{"result"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "articlebot_work_seconds", Help: "Time to ingest or answer.",
			Buckets: prometheus.ExponentialBuckets(0.01, 2, 14)}, []string{"kind"}),
		ackDelay: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "articlebot_interaction_ack_seconds", Help: "Time from an interaction's arrival to its acknowledgement.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 13)}),
		shardUp: &shardGauge{
			desc: prometheus.NewDesc("articlebot_discord_shard_up", "1 while a gateway shard this process runs is connected, else 0.", []string{"shard"}, nil),
			up:   map[int]func() bool{},
		},
	}
	reg.MustRegister(m.events, m.ingests, m.asks, m.latency, m.ackDelay, m.shardUp)
	return m
}

func (m *Metrics) event(t string) {
	if m != nil {
		m.events.WithLabelValues(t).Inc()
	}
}

func (m *Metrics) done(kind string, start time.Time, err error) {
	if m == nil {
		return
	}
	result := "ok"
	if err != nil {
		result = "error"
	}
	switch kind {
	case "ingest":
		m.ingests.WithLabelValues(result).Inc()
	case "ask":
		m.asks.WithLabelValues(result).Inc()
	}
	m.latency.WithLabelValues(kind).Observe(time.Since(start).Seconds())
}

func (m *Metrics) ack(start time.Time) {
	if m != nil {
		m.ackDelay.Observe(time.Since(start).Seconds())
	}
}

// shard reports shard id's gateway connection as up says at each scrape.
func (m *Metrics) shard(id int, up func() bool) {
	if m == nil {
		return
	}
	m.shardUp.mu.Lock()
	defer m.shardUp.mu.Unlock()
	m.shardUp.up[id] = up
}

// shardGauge is articlebot_discord_shard_up, read from each shard's
// session when scraped. Set from Connect and Disconnect events instead,
// it could end on the older of the two: discordgo runs each handler in a
// goroutine of its own, and on a loaded machine a Disconnect's ran after
// the resumed session's Connect and left a connected shard at 0.
type shardGauge struct {
	desc *prometheus.Desc
	mu   sync.Mutex
	up   map[int]func() bool // by shard
}

// Describe implements prometheus.Collector.
func (g *shardGauge) Describe(ch chan<- *prometheus.Desc) { ch <- g.desc }

// Collect implements prometheus.Collector.
func (g *shardGauge) Collect(ch chan<- prometheus.Metric) {
	g.mu.Lock()
	up := maps.Clone(g.up)
	g.mu.Unlock()
	for _, id := range slices.Sorted(maps.Keys(up)) {
		v := 0.0
		if up[id]() {
			v = 1
		}
		ch <- prometheus.MustNewConstMetric(g.desc, prometheus.GaugeValue, v, strconv.Itoa(id))
	}
}
