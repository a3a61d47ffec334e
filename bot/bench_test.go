package bot

import (
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/articlebot/articlebot/bot/discordtest"
)

// BenchmarkInteractionAck measures the time from the gateway delivering an
// /ask interaction to the fake receiving its deferred acknowledgement, and
// reports p50/p99 (Discord's hard limit is 3 s; the target is 100 ms p99).
func BenchmarkInteractionAck(b *testing.B) {
	h := start(b, "")
	var lat []time.Duration
	for b.Loop() {
		sent := time.Now()
		id := h.fake.Interaction(discordtest.GuildA, discordtest.ChanA, discordtest.UserID, "0", "ask", []map[string]any{{"name": "question", "type": 3, "value": "What did Rubio say?"}})
		h.fake.Wait(func(c discordtest.Call) bool { return strings.HasPrefix(c.Path, "/interactions/"+id+"/") }, wait)
		lat = append(lat, time.Since(sent))
		h.fake.Wait(func(c discordtest.Call) bool { return c.Method == "PATCH" && strings.Contains(c.Path, "token-"+id) }, wait)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MiB")
}
