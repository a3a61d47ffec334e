package bot

import (
	"maps"
	"sync/atomic"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// TestShardUpReadAtScrape: articlebot_discord_shard_up says what each
// shard's state is when scraped, whatever order its changes were seen in.
func TestShardUpReadAtScrape(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	var zero, one atomic.Bool
	m.shard(0, zero.Load)
	m.shard(1, one.Load)
	steps := []struct {
		zero, one bool
		want      map[string]float64
	}{
		{false, false, map[string]float64{"0": 0, "1": 0}},
		{true, false, map[string]float64{"0": 1, "1": 0}},
		{true, true, map[string]float64{"0": 1, "1": 1}},
		{false, true, map[string]float64{"0": 0, "1": 1}},
	}
	for _, s := range steps {
		zero.Store(s.zero)
		one.Store(s.one)
		if got := shardGauges(t, reg); !maps.Equal(got, s.want) {
			t.Errorf("with shard 0 up %v and 1 up %v: %v, want %v", s.zero, s.one, got, s.want)
		}
	}
	// A shard's session replaced reports the new one's state.
	m.shard(1, func() bool { return false })
	if got := shardGauges(t, reg)["1"]; got != 0 {
		t.Errorf("shard 1 after its session was replaced = %v, want 0", got)
	}
}

// shardGauges gathers articlebot_discord_shard_up by shard.
func shardGauges(t *testing.T, reg *prometheus.Registry) map[string]float64 {
	t.Helper()
	fams, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, f := range fams {
		if f.GetName() != "articlebot_discord_shard_up" {
			continue
		}
		for _, m := range f.GetMetric() {
			got[m.GetLabel()[0].GetValue()] = m.GetGauge().GetValue()
		}
	}
	return got
}
