// Package scanref is the physical reference vector-search benchmarks are
// measured against: the simplest brute-force scan of the same vectors laid
// out in one contiguous slice. It lives in one place so that every
// benchmark compares with the same limit.
package scanref

import (
	"slices"
	"sort"
	"sync"
)

// Scan returns the k best dot products of q with the vectors in flat
// (len(q) floats each, back to back), ascending. It splits the vectors
// across two goroutines (the machine's cores) and uses a plain
// single-accumulator dot product per vector.
func Scan(flat, q []float32, k int) []float32 {
	dim := len(q)
	n := len(flat) / dim
	best := make([][]float32, 2)
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Go(func() {
			top := make([]float32, 0, k+1) // ascending
			for i := w * n / 2; i < (w+1)*n/2; i++ {
				v := flat[i*dim : (i+1)*dim]
				var s float32
				for j := range q {
					s += q[j] * v[j]
				}
				if len(top) == k && s <= top[0] {
					continue
				}
				j := sort.Search(len(top), func(j int) bool { return top[j] > s })
				top = slices.Insert(top, j, s)
				if len(top) > k {
					top = top[1:]
				}
			}
			best[w] = top
		})
	}
	wg.Wait()
	all := append(best[0], best[1]...)
	slices.Sort(all)
	return all[max(0, len(all)-k):]
}
