package eval

import (
	"fmt"
	"io"
	"sort"
	"time"
)

// Markdown writes the report as the tables docs/benchmarks.md shows.
func (r *Report) Markdown(w io.Writer) {
	fmt.Fprintf(w, "%d stories, %d words; ingest %.1f ms per 1,000 words\n", r.Stories, r.Words, perKWords(r.Ingest, r.Words))
	if r.Refused > 0 {
		fmt.Fprintf(w, "%d stories refused as too short to be an article; their questions are not counted\n", r.Refused)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| questions | n | answered | R@1 | R@3 | BM25 R@1 | BM25 R@3 | ask ms |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|")
	row := func(name string, s Scores) {
		if s.N == 0 {
			return
		}
		fmt.Fprintf(w, "| %s | %d | %.0f%% | %.1f | %.1f | %.1f | %.1f | %.2f |\n", name, s.N, pct(s.Answered, s.N),
			pct(s.Hit1, s.N), pct(s.Hit3, s.N), pct(s.BM25Hit1, s.N), pct(s.BM25Hit3, s.N),
			float64(s.Elapsed)/float64(time.Millisecond)/float64(s.N))
	}
	row("alone", r.Alone)
	names := make([]string, 0, len(r.ByType))
	for n := range r.ByType {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		row("· "+n, r.ByType[n])
	}
	row("dialog openers", r.Opener)
	row("follow-ups, with conversation", r.FollowUp)
	if s := r.Library; s.N > 0 {
		fmt.Fprintf(w, "\nAcross one library of all %d stories: %.0f%% answered (%.0f%% confident), R@1 %.1f and R@3 %.1f with the threshold, R@3 %.1f for the top three passages without it; plain BM25 over all the library's sentences R@1 %.1f, R@3 %.1f; %.2f ms per ask.\n",
			r.Stories, pct(s.Answered, s.N), pct(s.Found, s.N), pct(s.Hit1, s.N), pct(s.Hit3, s.N), pct(s.NoThresholdHit3, s.N), pct(s.BM25Hit1, s.N), pct(s.BM25Hit3, s.N), float64(s.Elapsed)/float64(time.Millisecond)/float64(s.N))
	}
}

func pct(a, n int) float64 {
	if n == 0 {
		return 0
	}
	return 100 * float64(a) / float64(n)
}

func perKWords(d time.Duration, words int) float64 {
	if words == 0 {
		return 0
	}
	return float64(d) / float64(time.Millisecond) * 1000 / float64(words)
}
