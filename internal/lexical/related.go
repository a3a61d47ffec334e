package lexical

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
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
// among the most frequent senses of common words, in stem space, built by
// internal/wordnetgen (about 250 KB). WordNet 3.0 Copyright 2006 by
// Princeton University, under the WordNet licence in WORDNET-LICENSE.
//
//go:embed wordnet.txt.gz
var wordnetTable []byte

// Relation is a term related to another, and how.
type Relation struct {
	Term string
	Kind byte // Synonym, Derivation or Cause
}

var related = sync.OnceValue(func() map[string][]Relation {
	zr, err := gzip.NewReader(bytes.NewReader(wordnetTable))
	if err != nil {
		panic("lexical: embedded WordNet table: " + err.Error())
	}
	m := make(map[string][]Relation, 18000)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		var rs []Relation
		for _, f := range fields[1:] {
			if len(f) < 3 || f[1] != ':' {
				continue
			}
			for _, t := range strings.Split(f[2:], ",") {
				rs = append(rs, Relation{t, f[0]})
			}
		}
		m[fields[0]] = rs
	}
	if err := sc.Err(); err != nil {
		panic("lexical: embedded WordNet table: " + err.Error())
	}
	return m
})

// Related returns the terms WordNet relates to term (a stem, as Terms
// gives), closest kinds first. The table loads on first use.
func Related(term string) []Relation {
	return related()[term]
}
