package quotes

import (
	"fmt"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
)

// TestSharedEachOnce: whichever of the analysis and the helper claims an
// index reads it, once, and both see the same result.
func TestSharedEachOnce(t *testing.T) {
	const n = 200
	var reads [n]atomic.Int32
	s := newShared(n, func(i int) int {
		reads[i].Add(1)
		return i * i
	})
	helped := help(s.drain)
	for i := range n {
		if got := s.get(i); got != i*i {
			t.Fatalf("get(%d) = %d, want %d", i, got, i*i)
		}
	}
	helped()
	for i := range reads {
		if c := reads[i].Load(); c != 1 {
			t.Errorf("index %d read %d times", i, c)
		}
	}
}

// TestSharedFault: a fault while the helper reads must reach the
// analysis, with the helper's stack, as a fault anywhere else in the
// rules does (rag recovers it and fails one article), and not end the
// process; it costs only the index it happened on.
func TestSharedFault(t *testing.T) {
	s := newShared(4, func(i int) int {
		if i == 2 {
			panic("a fault in the rules")
		}
		return i * 10
	})
	helped := help(s.drain)
	// Waiting first lets the helper read every index, so the fault is its
	// own.
	for _, tc := range []struct {
		name string
		call func()
	}{
		{"wait", helped},
		{"get", func() { s.get(2) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				msg := fmt.Sprint(recover())
				if !strings.Contains(msg, "a fault in the rules") || !strings.Contains(msg, "readFor") {
					t.Errorf("the fault or the helper's stack was lost: %s", msg)
				}
			}()
			tc.call()
		})
	}
	if got := s.get(3); got != 30 {
		t.Errorf("get(3) = %d, want 30", got)
	}
}

// TestSharedNothing: with nothing to read, the helper ends at once.
func TestSharedNothing(t *testing.T) {
	help(newShared(0, func(int) int { panic("read with nothing to read") }).drain)()
}

// TestSharedMatchesDirect: what the analysis and its helper read is what
// the analysis read in line: each sentence's reporter, each quotation's
// cue.
func TestSharedMatchesDirect(t *testing.T) {
	var text string
	var sents []Sentence
	for _, s := range []string{"“We will win,” she said.", "Mayor Ana Ruiz said the city would appeal.", "“Not today,” said Tom Hale, a spokesman.", "Rain fell all day."} {
		if text != "" {
			text += " "
		}
		sents = append(sents, Sentence{Start: len(text), End: len(text) + len(s)})
		text += s
	}
	a := newAnalyzer(text, sents)
	a.findPeople()
	a.findQuotations()
	a.learnGenders()
	if len(a.quotes) != 2 {
		t.Fatalf("%d quotations, want 2", len(a.quotes))
	}
	cues, reports := a.cues(), a.reporters()
	helped := help(cues.drain, reports.drain)
	for i := range a.quotes {
		want := a.readCue(i, a.marks[i][0], a.marks[i][1])
		if got := cues.get(i); !reflect.DeepEqual(got, want) {
			t.Errorf("quotation %d: cue %+v, want %+v", i, got, want)
		}
	}
	for si, s := range sents {
		want := sentenceReport{plain: a.plain(si)}
		want.r, want.ok = sentenceReporter(want.plain, s.Start, s.End)
		if got := reports.get(si); !reflect.DeepEqual(got, want) {
			t.Errorf("sentence %d: report %+v, want %+v", si, got, want)
		}
	}
	helped()
	if c := cues.get(1); c.subj != "Tom Hale" {
		t.Errorf("the spokesman's cue was not read: %+v", c)
	}
	if r := reports.get(1); !r.ok || r.r.subj != "Mayor Ana Ruiz" {
		t.Errorf("the mayor's report was not read: %+v", r)
	}
}

// TestSharedReadsNoSpeakers: a cue read beside the analysis asks whether
// a neighbouring quotation names a work (isTitle), and must read only its
// offsets, not the speaker attribution is writing into it. Run with
// -race; the paragraph of quotations one after another, each asked about
// by its neighbours' cues, made the race detector see a copy of a whole
// quotation in about one run in fifteen.
func TestSharedReadsNoSpeakers(t *testing.T) {
	paras := []string{
		`Prime Minister Ana Ruiz said on Monday that "all members of parliament get gifts" and that "the important thing is that they are declared in accordance with the rules."`,
		`"All members of parliament get gifts. The rules then say that over a certain value you have to declare them," Ruiz told reporters in Leeds.`,
		`"Look, there are gifts to all members of different sizes and shapes," she said.`,
		`Opposition leader Tom Hale said the office had "lost its sense of what the public will tolerate from a government."`,
		`"We will publish every gift the cabinet has received since the election," Ruiz said.`,
		`"We will publish every gift the cabinet has received since the election"`,
	}
	var text string
	var sents []Sentence
	for p, s := range paras {
		if text != "" {
			text += "\n\n"
		}
		sents = append(sents, Sentence{Start: len(text), End: len(text) + len(s), Paragraph: p})
		text += s
	}
	for range 40 {
		if got := Analyze(text, sents); len(got.Quotations) == 0 {
			t.Fatal("no quotations found")
		}
	}
}
