package store

import (
	"runtime"
	"slices"
	"strings"
	"sync"
)

// A scope's vectors live in contiguous blocks, and a whole-scope search
// scans those blocks directly. chromem-go holds slices of the same blocks
// (no second copy) and stays the index of record for documents, but its
// query costs 5× a plain scan: it walks a map of documents, sends each
// through a channel to filter it, then computes a single-accumulator dot
// product per document wherever that document's vector was allocated, and
// takes a lock for every result. Profiled at 100k chunks, the dot products
// over scattered vectors were three quarters of its time and the channel a
// tenth (docs/benchmarks.md).

// blockCap is how many vectors the largest block holds: 1,024 of dimension
// 256 is 1 MiB, long enough runs that a scan streams memory. A scope's
// first blocks are smaller (16, 32, … vectors) so a scope of a few
// articles wastes little.
const blockCap = 1024

// firstBlockCap is the size of a scope's first block.
const firstBlockCap = 16

// minScanPerWorker: a scan is split across cores only when each gets at
// least this many vectors; below it a goroutine costs more than it saves.
const minScanPerWorker = 4096

// block is a run of vectors. Its array is allocated once, at full
// capacity, so the slices chromem holds stay valid as the block fills.
type block struct {
	vecs  []float32  // cap(vecs) = capacity × dim
	owner []chunkRef // one per used slot; article "" marks a free slot
}

// chunkRef names the chunk a slot holds.
type chunkRef struct {
	article string
	chunk   int32
}

// slotRef locates a vector: block b, slot i. A chunk with a zero vector
// (not indexed) has b = -1.
type slotRef struct{ b, i int32 }

var noSlot = slotRef{-1, -1}

// vectors is a scope's vector storage: blocks, a free list of slots left by
// removed chunks, and where each article's chunks are.
type vectors struct {
	dim      int
	blocks   []*block
	free     []slotRef
	articles map[string][]slotRef // by article ID, by chunk index
	chunks   int                  // used slots
}

func newVectors(dim int) *vectors {
	return &vectors{dim: dim, articles: map[string][]slotRef{}}
}

// alloc takes a slot for the article's chunk and returns the slot's vector
// for the caller to fill, which stays valid until the slot is freed.
func (vs *vectors) alloc(article string, chunk int) ([]float32, slotRef) {
	var r slotRef
	if n := len(vs.free); n > 0 {
		r = vs.free[n-1]
		vs.free = vs.free[:n-1]
	} else {
		last := len(vs.blocks) - 1
		if last < 0 || len(vs.blocks[last].owner) == cap(vs.blocks[last].vecs)/vs.dim {
			size := firstBlockCap
			if last >= 0 {
				size = min(2*cap(vs.blocks[last].vecs)/vs.dim, blockCap)
			}
			vs.blocks = append(vs.blocks, &block{vecs: make([]float32, 0, size*vs.dim), owner: make([]chunkRef, 0, size)})
			last++
		}
		b := vs.blocks[last]
		r = slotRef{int32(last), int32(len(b.owner))}
		b.owner = append(b.owner, chunkRef{})
		b.vecs = b.vecs[:len(b.owner)*vs.dim]
	}
	b := vs.blocks[r.b]
	dst := b.vecs[int(r.i)*vs.dim : int(r.i+1)*vs.dim : int(r.i+1)*vs.dim]
	b.owner[r.i] = chunkRef{article: article, chunk: int32(chunk)}
	vs.chunks++
	return dst, r
}

// release frees a slot; its vector reads as zero until reused.
func (vs *vectors) release(r slotRef) {
	b := vs.blocks[r.b]
	clear(b.vecs[int(r.i)*vs.dim : int(r.i+1)*vs.dim])
	b.owner[r.i] = chunkRef{}
	vs.free = append(vs.free, r)
	vs.chunks--
}

// vector returns a used slot's vector.
func (vs *vectors) vector(r slotRef) []float32 {
	return vs.blocks[r.b].vecs[int(r.i)*vs.dim : int(r.i+1)*vs.dim]
}

// bytes estimates the memory the vectors and their bookkeeping (here and in
// chromem) hold.
func (vs *vectors) bytes() int64 {
	var n int64
	for _, b := range vs.blocks {
		n += int64(cap(b.vecs))*4 + int64(cap(b.owner))*24
	}
	return n + int64(vs.chunks)*chunkOverhead
}

// loadedBytes is what bytes reports for a scope of n chunks loaded into
// new vectors, without loading it: the blocks alloc would make for them.
func loadedBytes(dim, n int) int64 {
	var total int64
	size := firstBlockCap
	for left := n; left > 0; left -= size {
		if total > 0 {
			size = min(2*size, blockCap)
		}
		total += int64(size)*int64(dim)*4 + int64(size)*24
	}
	return total + int64(n)*chunkOverhead
}

// chunkOverhead is the memory an indexed chunk costs besides its vector:
// chromem's document and map entry, its ID, the article's slot list
// (measured by BenchmarkOpen100k's heap per chunk).
const chunkOverhead = 200

// scan returns the n best chunks of the whole scope for q, best first,
// splitting the blocks across the machine's cores.
func (vs *vectors) scan(q []float32, n int) []ChunkHit {
	if n <= 0 || vs.chunks == 0 {
		return nil
	}
	workers := min(runtime.GOMAXPROCS(0), max(1, vs.chunks/minScanPerWorker))
	if workers == 1 {
		t := topK{n: n}
		for _, b := range vs.blocks {
			t.scanBlock(b, q, vs.dim)
		}
		return t.sorted()
	}
	// Give each worker a contiguous run of blocks holding about the same
	// number of vectors.
	parts := make([]topK, workers)
	var wg sync.WaitGroup
	per := (vs.chunks + len(vs.free) + workers - 1) / workers
	start, w, count := 0, 0, 0
	for i, b := range vs.blocks {
		count += len(b.owner)
		if count >= per*(w+1) || i == len(vs.blocks)-1 {
			blocks := vs.blocks[start : i+1]
			t := &parts[w]
			t.n = n
			wg.Go(func() {
				for _, b := range blocks {
					t.scanBlock(b, q, vs.dim)
				}
			})
			start, w = i+1, w+1
			if w == workers {
				break
			}
		}
	}
	wg.Wait()
	all := topK{n: n}
	for _, p := range parts {
		for _, h := range p.h {
			all.offer(h)
		}
	}
	return all.sorted()
}

// topK keeps the n best hits seen, as a min-heap with the worst on top.
type topK struct {
	n int
	h []ChunkHit
}

func (t *topK) scanBlock(b *block, q []float32, dim int) {
	for i, o := range b.owner {
		if o.article == "" {
			continue
		}
		s := dot(q, b.vecs[i*dim:(i+1)*dim])
		if len(t.h) == t.n && s < t.h[0].Score {
			continue // the common case, decided without building a hit
		}
		t.offer(ChunkHit{ArticleID: o.article, Chunk: int(o.chunk), Score: s})
	}
}

// worse orders hits: a lower score is worse; on a tie the later chunk, so
// results do not depend on how the scan was split.
func worse(a, b ChunkHit) bool {
	if a.Score != b.Score {
		return a.Score < b.Score
	}
	if a.ArticleID != b.ArticleID {
		return a.ArticleID > b.ArticleID
	}
	return a.Chunk > b.Chunk
}

func (t *topK) offer(x ChunkHit) {
	if len(t.h) < t.n {
		t.h = append(t.h, x)
		for i := len(t.h) - 1; i > 0; {
			p := (i - 1) / 2
			if !worse(t.h[i], t.h[p]) {
				break
			}
			t.h[i], t.h[p] = t.h[p], t.h[i]
			i = p
		}
		return
	}
	if !worse(t.h[0], x) {
		return
	}
	t.h[0] = x
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < len(t.h) && worse(t.h[l], t.h[m]) {
			m = l
		}
		if r := l + 1; r < len(t.h) && worse(t.h[r], t.h[m]) {
			m = r
		}
		if m == i {
			return
		}
		t.h[i], t.h[m] = t.h[m], t.h[i]
		i = m
	}
}

// sorted returns the hits best first.
func (t *topK) sorted() []ChunkHit {
	if len(t.h) == 0 {
		return nil
	}
	slices.SortFunc(t.h, func(a, b ChunkHit) int {
		switch {
		case worse(b, a):
			return -1
		case worse(a, b):
			return 1
		}
		return strings.Compare(a.ArticleID, b.ArticleID)
	})
	return t.h
}

// dot is the dot product of two vectors of equal length, with four
// accumulators: one would chain every addition on the last, and the loop
// would wait on the adder instead of on memory.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}
