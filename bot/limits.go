package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter holds per-user and per-server token buckets for asks and ingests.
type limiter struct {
	mu      sync.Mutex
	opts    Options
	buckets map[string]*rate.Limiter
}

// maxBuckets bounds memory: when exceeded, idle buckets are dropped (a
// dropped bucket is simply full again, which only errs on the lenient side).
const maxBuckets = 10000

func newLimiter(opts Options) *limiter {
	return &limiter{opts: opts, buckets: map[string]*rate.Limiter{}}
}

func perMinute(n int) (rate.Limit, int) {
	if n <= 0 {
		return rate.Inf, 1
	}
	return rate.Limit(float64(n) / 60), n
}

func (l *limiter) bucket(key string, n int) *rate.Limiter {
	if b, ok := l.buckets[key]; ok {
		return b
	}
	if len(l.buckets) >= maxBuckets {
		clear(l.buckets)
	}
	r, burst := perMinute(n)
	b := rate.NewLimiter(r, burst)
	l.buckets[key] = b
	return b
}

// allow takes a token from the user's and the server's bucket for kind
// ("ask" or "ingest"); when refused it says how long to wait.
func (l *limiter) allow(kind, guildID, userID string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	userN, serverN := l.opts.UserAsksPerMinute, l.opts.ServerAsksPerMinute
	if kind == "ingest" {
		userN, serverN = l.opts.UserIngestsPerMinute, l.opts.ServerIngestsPerMinute
	}
	now := time.Now()
	u := l.bucket(kind+":u:"+userID, userN).ReserveN(now, 1)
	if d := u.DelayFrom(now); d > 0 {
		u.CancelAt(now)
		return false, d
	}
	if guildID != "" {
		g := l.bucket(kind+":g:"+guildID, serverN).ReserveN(now, 1)
		if d := g.DelayFrom(now); d > 0 {
			g.CancelAt(now)
			u.CancelAt(now)
			return false, d
		}
	}
	return true, 0
}
