package lexical

import (
	"bytes"
	_ "embed"
	"sort"
	"strings"
	"sync"
)

// Relation kinds between two terms, from WordNet.
const (
	Synonym    = 's' // same sense: "killed" ~ "slain"
	Derivation = 'd' // same root: "invasion" ~ "invade", "death" ~ "die"
	Cause      = 'c' // one causes or entails the other: "kill" ~ "die"
)

// wordnetTable is WordNet 3.0's synonym, derivation and cause relations
// among the most frequent senses of common words and phrases ("fed up"),
// in stem space, built by internal/wordnetgen: about 830 KB, plain text,
// one sorted line per term, searched in place (gzipped, it was a third of
// that, and decompressing it took 8 ms of the first question after a
// start). WordNet 3.0 Copyright 2006 by
// Princeton University, under the WordNet licence in WORDNET-LICENSE.
//
//go:embed wordnet.txt
var wordnetTable []byte

// Relation is a term related to another, and how.
type Relation struct {
	Term string
	Kind byte // Synonym, Derivation or Cause
}

// table is the WordNet table and where each of its lines starts. A term's
// line is found by binary search (the lines are sorted by term)
// and parsed when asked for: building a map of every line's relations
// took about 25 ms on the first question after a start, this under 1.
type table struct {
	data  []byte
	lines []int32
}

var wordnet = sync.OnceValue(loadWordnet)

func loadWordnet() *table {
	data := wordnetTable
	t := &table{data: data, lines: make([]int32, 0, bytes.Count(data, []byte{'\n'}))}
	for i := 0; i < len(data); {
		t.lines = append(t.lines, int32(i))
		n := bytes.IndexByte(data[i:], '\n')
		if n < 0 {
			break
		}
		i += n + 1
	}
	return t
}

// line returns line i without its newline.
func (t *table) line(i int) []byte {
	l := t.data[t.lines[i]:]
	if n := bytes.IndexByte(l, '\n'); n >= 0 {
		l = l[:n]
	}
	return l
}

// key returns line i's term.
func (t *table) key(i int) []byte {
	l := t.line(i)
	if n := bytes.IndexByte(l, '\t'); n >= 0 {
		l = l[:n]
	}
	return l
}

// relations parses the relations of a line: "term\tk:a,b\tk:c".
func relations(line []byte) []Relation {
	fields := strings.Split(string(line), "\t")
	var rs []Relation
	for _, f := range fields[1:] {
		if len(f) < 3 || f[1] != ':' {
			continue
		}
		for _, t := range strings.Split(f[2:], ",") {
			rs = append(rs, Relation{t, f[0]})
		}
	}
	return rs
}

// Related returns the terms WordNet relates to term (a stem, as Terms
// gives, or a phrase: its words as Words gives them joined by "_",
// "fed_up"), closest kinds first; a related phrase is written the same
// way. The table loads on first use.
func Related(term string) []Relation {
	t := wordnet()
	i := sort.Search(len(t.lines), func(i int) bool { return string(t.key(i)) >= term })
	if i == len(t.lines) || string(t.key(i)) != term {
		return nil
	}
	return relations(t.line(i))
}
