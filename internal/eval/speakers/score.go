package main

import (
	"slices"
	"strings"
	"unicode"

	"github.com/articlebot/articlebot/rag/quotes"
	"github.com/articlebot/articlebot/rag/segment"
)

// span is a labelled stretch of text: a quotation and who said it ("" for
// a title or scare quote, which is no one's speech).
type span struct {
	start, end int
	speaker    string
}

// doc is an annotated text and the speakers to ask about.
type doc struct {
	name string
	text string
	gold []span
	asks []string
	// same reports whether an ask names a gold speaker.
	same func(ask, gold string) bool
}

// tally counts returned items by verdict.
type tally struct {
	asks, silent       int // asks made, asks with nothing returned
	falseNone          int // silent asks answered "X isn't quoted" though X is
	own, wrong, others int // returned items: X's, someone else's, neither (narration)
}

func (t *tally) add(o tally) {
	t.asks += o.asks
	t.silent += o.silent
	t.falseNone += o.falseNone
	t.own += o.own
	t.wrong += o.wrong
	t.others += o.others
}

func (t tally) returned() int { return t.own + t.wrong + t.others }

func (t tally) precision() float64 { return ratio(t.own, t.returned()) }
func (t tally) wrongRate() float64 { return ratio(t.wrong, t.returned()) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// verdict is how one returned item fares against the annotation.
type verdict int

const (
	neither verdict = iota
	own
	wrong
)

func (v verdict) String() string {
	return [...]string{"neither", "own", "WRONG"}[v]
}

// judge checks [start,end) returned for ask: X's when it overlaps a
// quotation of X's, someone else's when it overlaps only others' (or
// titles), neither when it overlaps no quotation.
func judge(d doc, ask string, start, end int) verdict {
	v := neither
	for _, g := range d.gold {
		if g.start >= end || start >= g.end {
			continue
		}
		if g.speaker != "" && d.same(ask, g.speaker) {
			return own
		}
		v = wrong
	}
	return v
}

// item is something returned for an ask, with its verdict, and for the
// attribution's items the cue that gave it ("quoted: said", "reported:
// told").
type item struct {
	start, end int
	verdict    verdict
	cue        string
}

// result is what one method returned for one ask. falseNone marks an
// ask with nothing of X's returned whose answer says (the engine's) or
// would say (rag/quotes') "X isn't quoted" although the annotation holds
// a quotation of X's.
type result struct {
	ask       string
	items     []item
	falseNone bool
	lead      string // the engine's answer text, when it answered
}

// analysis runs the segmenter and rag/quotes over a text, as ingest does:
// over statements, the sentences cut where Punkt runs two together.
type analysis struct {
	text  string
	sents []segment.Span // the sentences, as the keyword baseline reads them
	stmts []segment.Span // the statements an's sentence indexes point into
	an    quotes.Analysis
}

func analyze(text string) analysis {
	sents := segment.Sentences(text)
	stmts, _ := segment.Statements(text, sents)
	in := make([]quotes.Sentence, len(stmts))
	for i, s := range stmts {
		in[i] = quotes.Sentence{Start: s.Start, End: s.End, Paragraph: s.Paragraph}
	}
	return analysis{text: text, sents: sents, stmts: stmts, an: quotes.Analyze(text, in)}
}

// attributed answers "what did X say" the engine's way: X's direct
// quotations, else the sentences reporting X's words.
func attributed(d doc, a analysis) []result {
	var out []result
	var speakers []string
	for _, q := range a.an.Quotations {
		speakers = append(speakers, q.Speaker)
	}
	for _, p := range a.an.Paraphrases {
		speakers = append(speakers, p.Speaker)
	}
	for _, ask := range d.asks {
		r := result{ask: ask}
		asked := quotes.Asks(ask, speakers, a.text)
		for _, q := range a.an.Quotations {
			if asked(q.Speaker) {
				r.items = append(r.items, item{q.Start, q.End, judge(d, ask, q.Start, q.End), "quoted: " + q.Cue})
			}
		}
		if len(r.items) == 0 {
			for _, p := range a.an.Paraphrases {
				if asked(p.Speaker) {
					s := a.stmts[p.Sentence]
					r.items = append(r.items, item{s.Start, s.End, judge(d, ask, s.Start, s.End), "reported: " + p.Cue})
				}
			}
		}
		r.falseNone = len(r.items) == 0 && quotedIn(d, a, ask) && !a.unsure(ask)
		out = append(out, r)
	}
	return out
}

// quotedIn reports whether the annotation gives ask a quotation the
// analysis found (not only reported speech).
func quotedIn(d doc, a analysis, ask string) bool {
	for _, g := range d.gold {
		if g.speaker == "" || !d.same(ask, g.speaker) {
			continue
		}
		for _, q := range a.an.Quotations {
			if q.Start < g.end && g.start < q.End {
				return true
			}
		}
	}
	return false
}

// unsure reports whether the engine would hedge rather than say X isn't
// quoted: a sentence naming X (by family name) holds a quotation the
// attribution gave no one (rag's answerNotQuoted).
func (a analysis) unsure(ask string) bool {
	named := quotes.NewMention(quotes.FamilyName(ask))
	for _, q := range a.an.Quotations {
		if q.Speaker != "" {
			continue
		}
		for si := q.Sentence; si < len(a.stmts) && a.stmts[si].Start < q.End; si++ {
			if named.In(a.text[a.stmts[si].Start:a.stmts[si].End]) {
				return true
			}
		}
	}
	return false
}

// keyword is the plain baseline: every sentence naming X (all the words
// of the name as asked, titles aside, whole words, any case).
func keyword(d doc, a analysis) []result {
	var out []result
	for _, ask := range d.asks {
		r := result{ask: ask}
		want := nameWords(ask)
		for _, s := range a.sents {
			words := nameWords(d.text[s.Start:s.End])
			if len(want) > 0 && !slices.ContainsFunc(want, func(w string) bool { return !slices.Contains(words, w) }) {
				r.items = append(r.items, item{s.Start, s.End, judge(d, ask, s.Start, s.End), ""})
			}
		}
		out = append(out, r)
	}
	return out
}

var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sen": true, "rep": true, "gov": true}

func nameWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if !titles[w] {
			out = append(out, strings.TrimSuffix(w, "'s"))
		}
	}
	return out
}

func count(rs []result) tally {
	var t tally
	for _, r := range rs {
		t.asks++
		if len(r.items) == 0 {
			t.silent++
		}
		if r.falseNone {
			t.falseNone++
		}
		for _, it := range r.items {
			switch it.verdict {
			case own:
				t.own++
			case wrong:
				t.wrong++
			default:
				t.others++
			}
		}
	}
	return t
}

// byCue adds the attribution's returned items to tallies by their cue.
func byCue(rs []result, into map[string]*tally) {
	for _, r := range rs {
		for _, it := range r.items {
			t := into[it.cue]
			if t == nil {
				t = &tally{}
				into[it.cue] = t
			}
			t.add(count([]result{{items: []item{it}}}))
		}
	}
}
