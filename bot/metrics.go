package bot

import (
	"strconv"
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
	shardUp  *prometheus.GaugeVec
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
		shardUp: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "articlebot_discord_shard_up", Help: "1 while a gateway shard this process runs is connected, else 0."}, []string{"shard"}),
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

// shard records whether a shard's gateway connection is up.
func (m *Metrics) shard(id int, up bool) {
	if m == nil {
		return
	}
	v := 0.0
	if up {
		v = 1
	}
	m.shardUp.WithLabelValues(strconv.Itoa(id)).Set(v)
}
