package quotes

import (
	"fmt"
	"runtime/debug"
	"sync/atomic"

	"github.com/articlebot/articlebot/internal/async"
)

// Sharing the analysis: the parts of it that read the text, the people
// found and the quotation marks, and nothing attribution finds, are
// shared between the analysis and a goroutine beside it. They are more
// than half of its cost on news, and the second core was idle while it
// ran.

// shared holds read(i) for i from 0 to n-1, each computed once, by
// whichever of two goroutines claims it first: the analysis, which asks
// for them in order, or the helper, which drains them from the last back.
// The two meet in the middle; had the helper gone in order too, the
// analysis would have waited on it for nearly every index.
type shared[T any] struct {
	read    func(i int) T
	results []sharedResult[T]
	claimed []atomic.Bool
	ready   []chan struct{} // ready[i] is closed once results[i] is set
}

// sharedResult is one result, or the fault (a panic with its stack) that
// kept the helper from reading it.
type sharedResult[T any] struct {
	value T
	fault string
}

// newShared returns read(0) … read(n-1), none read yet. read must use
// only what no one writes until every index is read.
func newShared[T any](n int, read func(i int) T) *shared[T] {
	s := &shared[T]{read: read, results: make([]sharedResult[T], n), claimed: make([]atomic.Bool, n), ready: make([]chan struct{}, n)}
	for i := range s.ready {
		s.ready[i] = make(chan struct{})
	}
	return s
}

// get returns read(i): read here if no one has claimed it, else once the
// helper has. A fault in the helper's reading is raised again here, with
// the helper's stack, so that Analyze's callers recover it as any other
// fault in the rules.
func (s *shared[T]) get(i int) T {
	if s.claimed[i].CompareAndSwap(false, true) {
		v := s.read(i)
		s.results[i].value = v
		close(s.ready[i])
		return v
	}
	<-s.ready[i]
	if f := s.results[i].fault; f != "" {
		panic(f)
	}
	return s.results[i].value
}

// drain reads every index no one has claimed, from the last back (the
// analysis asks from the first), and returns the first fault it met, ""
// if none. A fault costs only the index it happened on.
func (s *shared[T]) drain() (fault string) {
	for i := len(s.results) - 1; i >= 0; i-- {
		if s.claimed[i].CompareAndSwap(false, true) {
			s.readFor(i, &fault)
		}
	}
	return fault
}

// readFor reads index i for the helper, recovering a fault into the
// result and into *first if it is the first.
func (s *shared[T]) readFor(i int, first *string) {
	defer close(s.ready[i])
	defer func() {
		if p := recover(); p != nil {
			f := fmt.Sprintf("%v\n%s", p, debug.Stack())
			s.results[i].fault = f
			if *first == "" {
				*first = f
			}
		}
	}()
	s.results[i].value = s.read(i)
}

// help drains each of drains in turn in a goroutine of its own, and
// returns the wait for it (async.Go): the analysis then leaves nothing
// running behind it, and learns of a fault in reads it did not ask for.
func help(drains ...func() string) (wait func()) {
	done := async.Go(func() string {
		first := ""
		for _, drain := range drains {
			if f := drain(); f != "" && first == "" {
				first = f
			}
		}
		return first
	})
	return func() {
		if f := done(); f != "" {
			panic(f)
		}
	}
}

// sentenceReport is what sentenceReporter finds in a sentence's plain
// text (analyzer.plain): verbs inside quotations don't count.
type sentenceReport struct {
	plain string
	r     reporter
	ok    bool
}

// reporters reads every sentence's reporter, the speaker of its reported
// speech as its words name them. sentenceReporter reads the text, the
// quotation marks and the people, not whom the quotations are given to.
func (a *analyzer) reporters() *shared[sentenceReport] {
	return newShared(min(len(a.sents), maxReadSentences), func(si int) sentenceReport {
		s := a.sents[si]
		rep := sentenceReport{plain: a.plain(si)}
		rep.r, rep.ok = sentenceReporter(rep.plain, s.Start, s.End)
		return rep
	})
}

// cues reads every quotation's cue (readCue): it reads the text, the
// people and the quotation marks, none of what attribution finds or notes
// (the speakers, the cues kept, the unnamed, the speakers named
// together).
func (a *analyzer) cues() *shared[cueRead] {
	return newShared(len(a.quotes), func(i int) cueRead {
		if a.unread(i) {
			return cueRead{} // attribute reads none
		}
		return a.readCue(i, a.marks[i][0], a.marks[i][1])
	})
}
