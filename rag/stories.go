package rag

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/articlebot/articlebot/store"
)

// Story is a group of a scope's articles about one event: the same report
// syndicated by several outlets, or several outlets' reports of it.
type Story struct {
	// ID is stable while the story's first article stays: that article's
	// ID, whichever articles the filter kept.
	ID string
	// Title is the title of the first of Articles.
	Title string
	// Articles are the story's articles the filter kept, first added first.
	Articles []store.ArticleInfo
}

// StoryFilter selects the articles [Engine.Stories] returns. Grouping
// always looks at the whole scope, so a story keeps its ID and its
// articles stay together whatever the filter.
type StoryFilter struct {
	// IDs, when not nil, limits the stories to these articles.
	IDs []string
	// Since, when not zero, keeps articles added at or after it.
	Since time.Time
}

// Grouping rules.
const (
	// nearDuplicate is the estimated Jaccard similarity of two articles'
	// four-word shingles above which one is a copy of the other (a
	// syndicated report, an agency text with a new headline or a dropped
	// paragraph); independent reports of one event share almost no
	// four-word runs (≈ 0.0–0.1).
	nearDuplicate = 0.5
	// eventWindow: outlets report an event within a day or two of each
	// other; articles naming the same people further apart than this are
	// about different events (the same president, another week).
	eventWindow = 48 * time.Hour
	// minSharedEntities and minEntityShare make two articles one event:
	// at least two people or organisations in common, and at least a third
	// of the shorter list, so one famous name in common is not enough.
	minSharedEntities = 2
	minEntityShare    = 1.0 / 3
	// commonEntityShare: a name in more than this share of a scope's
	// articles (and more than minCommonEntity of them) says nothing about
	// which event an article reports, like a stop word.
	commonEntityShare = 0.1
	minCommonEntity   = 10
	// bands × rows = minHashes: the locality-sensitive hashing that finds
	// near-duplicate candidates without comparing every pair. With two rows
	// a pair at the threshold (0.5) collides in some band with probability
	// 1-(1-0.5²)^32 > 0.9999, a pair of unrelated texts (≈ 0.02) in about
	// one case in a hundred, which the full comparison then rejects.
	lshBands = 32
	lshRows  = minHashes / lshBands
)

// Stories groups a scope's articles into stories, the story with the
// latest article first. Two articles are one story when one is a
// near-duplicate of the other (word-shingle MinHash), or when they name
// the same people and organisations within eventWindow of each other
// (by publication date, else when they were added); stories are the
// groups these links join. Signatures are computed once per article, at
// ingest or on first use, and kept in the store.
func (e *Engine) Stories(ctx context.Context, scope store.Scope, f StoryFilter) ([]Story, error) {
	infos, _, err := e.opts.Store.List(ctx, scope, 0, math.MaxInt32)
	if err != nil {
		return nil, err
	}
	sigs, err := e.signatures(ctx, scope, infos)
	if err != nil {
		return nil, err
	}
	var keep map[string]bool
	if f.IDs != nil {
		keep = make(map[string]bool, len(f.IDs))
		for _, id := range f.IDs {
			keep[id] = true
		}
	}
	var out []Story
	for _, g := range groupArticles(infos, sigs) {
		st := Story{ID: g[0].ID}
		for _, a := range g {
			if keep != nil && !keep[a.ID] || !f.Since.IsZero() && a.AddedAt.Before(f.Since) {
				continue
			}
			st.Articles = append(st.Articles, a)
		}
		if len(st.Articles) > 0 {
			st.Title = st.Articles[0].Title
			out = append(out, st)
		}
	}
	slices.SortStableFunc(out, func(a, b Story) int {
		la, lb := a.Articles[len(a.Articles)-1], b.Articles[len(b.Articles)-1]
		if c := lb.AddedAt.Compare(la.AddedAt); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out, nil
}

// signatures returns the articles' story signatures, reading them in one
// query and computing (and storing) those missing: articles ingested
// before grouping existed, or replaced since.
func (e *Engine) signatures(ctx context.Context, scope store.Scope, infos []store.ArticleInfo) (map[string]*signature, error) {
	stored, err := e.opts.Store.SummariesOfKind(ctx, scope, signatureKind)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*signature, len(infos))
	for _, info := range infos {
		if data, ok := stored[info.ID]; ok {
			if sig, err := decodeSignature(data); err == nil {
				out[info.ID] = &sig
				continue
			}
		}
		a, err := e.opts.Store.Article(ctx, scope, info.ID)
		if errors.Is(err, store.ErrNotFound) {
			continue // forgotten meanwhile: it groups with nothing
		}
		if err != nil {
			return nil, fmt.Errorf("signature of %s: %w", info.ID, err)
		}
		out[info.ID] = e.storeSignature(ctx, a)
	}
	return out, nil
}

// storeSignature computes an article's signature and keeps it in the
// store; failing to keep it (a read-only library) only costs computing it
// again next time.
func (e *Engine) storeSignature(ctx context.Context, a *store.Article) *signature {
	sig := signatureOf(a)
	e.keepSignature(ctx, a, &sig)
	return &sig
}

// keepSignature keeps sig, a's signature, in the store.
func (e *Engine) keepSignature(ctx context.Context, a *store.Article, sig *signature) {
	if err := e.opts.Store.PutSummary(ctx, a.Scope, a.ID, signatureKind, sig.encode()); err != nil {
		e.log.Debug("keep story signature", "article", a.ID, "err", err)
	}
}

// loadedSignature is the signature of an article already in memory: read
// from the store, else computed from it.
func (e *Engine) loadedSignature(ctx context.Context, a *store.Article) *signature {
	if data, err := e.opts.Store.Summary(ctx, a.Scope, a.ID, signatureKind); err == nil {
		if sig, err := decodeSignature(data); err == nil {
			return &sig
		}
	}
	return e.storeSignature(ctx, a)
}

// groupArticles joins articles into stories: each group first added first,
// groups in the order of their first articles. Articles without a
// signature are stories of their own. The result depends only on the
// articles and their signatures, not on the order they are given in.
func groupArticles(infos []store.ArticleInfo, sigs map[string]*signature) [][]store.ArticleInfo {
	infos = slices.Clone(infos)
	slices.SortFunc(infos, func(a, b store.ArticleInfo) int {
		if c := a.AddedAt.Compare(b.AddedAt); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	items := make([]groupItem, len(infos))
	for i, a := range infos {
		items[i] = groupItem{sig: sigs[a.ID], when: a.Published}
		if a.Published.IsZero() {
			items[i].when = a.AddedAt
		}
	}
	root := link(items)
	var groups [][]store.ArticleInfo
	at := map[int]int{} // root → index in groups
	for i, a := range infos {
		r := root[i]
		k, ok := at[r]
		if !ok {
			k = len(groups)
			at[r] = k
			groups = append(groups, nil)
		}
		groups[k] = append(groups[k], a)
	}
	return groups
}

// groupItem is one article as grouping sees it.
type groupItem struct {
	sig  *signature // nil: groups with nothing
	when time.Time  // publication, else addition
}

// link returns each item's root: the first item (by index) of the group
// the near-duplicate and same-event links join it to.
func link(items []groupItem) []int {
	parent := make([]int, len(items))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) {
		ri, rj := find(i), find(j)
		if ri > rj {
			ri, rj = rj, ri
		}
		parent[rj] = ri
	}
	linkCopies(items, find, union)
	linkEvents(items, find, union)
	for i := range parent {
		parent[i] = find(i)
	}
	return parent
}

// linkCopies joins near-duplicates: candidates share a band of their
// MinHash (locality-sensitive hashing), and are joined when their
// estimated similarity reaches nearDuplicate. Each band key heads a list
// of the items holding it, so the rare collisions are compared and the
// common case is one map insert.
func linkCopies(items []groupItem, find func(int) int, union func(int, int)) {
	type entry struct{ item, next int32 }
	heads := make(map[uint64]int32, len(items)*lshBands)
	entries := make([]entry, 0, len(items)*lshBands)
	for i, it := range items {
		if it.sig == nil || it.sig.shingles < minShingles {
			continue
		}
		for b := range lshBands {
			key := uint64(b) * 0x9e3779b97f4a7c15
			for _, h := range it.sig.minHash[b*lshRows : (b+1)*lshRows] {
				key = key*0x100000001b3 ^ uint64(h)
			}
			head, ok := heads[key]
			if !ok {
				head = -1
			}
			for p := head; p >= 0; p = entries[p].next {
				j := int(entries[p].item)
				if find(i) != find(j) && it.sig.similarity(items[j].sig) >= nearDuplicate {
					union(i, j)
				}
			}
			entries = append(entries, entry{int32(i), head})
			heads[key] = int32(len(entries) - 1)
		}
	}
}

// linkEvents joins articles that name the same people and organisations
// within eventWindow of each other. Each article is compared only with
// the later ones in the window that share a name with it, through an
// index from name to articles in time order.
func linkEvents(items []groupItem, find func(int) int, union func(int, int)) {
	order := make([]int, 0, len(items))
	for i, it := range items {
		if it.sig != nil && len(it.sig.entities) > 0 {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return items[a].when.Compare(items[b].when) })
	postings := map[uint64][]int{} // entity → positions in order
	for p, i := range order {
		for _, h := range items[i].sig.entities {
			postings[h] = append(postings[h], p)
		}
	}
	common := max(minCommonEntity, int(commonEntityShare*float64(len(items))))
	shared := make([]int, len(order))
	var touched []int
	for p, i := range order {
		it := items[i]
		for _, h := range it.sig.entities {
			ps := postings[h]
			if len(ps) > common {
				continue
			}
			k, _ := slices.BinarySearch(ps, p+1)
			for _, q := range ps[k:] {
				if items[order[q]].when.Sub(it.when) > eventWindow {
					break
				}
				if shared[q] == 0 {
					touched = append(touched, q)
				}
				shared[q]++
			}
		}
		for _, q := range touched {
			j := order[q]
			fewer := min(len(it.sig.entities), len(items[j].sig.entities))
			if n := shared[q]; n >= minSharedEntities && float64(n) >= minEntityShare*float64(fewer) && find(i) != find(j) {
				union(i, j)
			}
			shared[q] = 0
		}
		touched = touched[:0]
	}
}
