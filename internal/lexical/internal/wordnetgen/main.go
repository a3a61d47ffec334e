// Command wordnetgen compiles WordNet's synonym, derivation and cause
// relations into the compact table internal/lexical embeds (wordnet.txt): one
// line per stem, "stem<TAB>kind:stem,stem<TAB>…", kinds s (synonym),
// d (derivation) and c (cause or entailment), in stem space so the engine
// looks terms up as it indexes them. A phrase of two or three words ("fed
// up", "tired of", "pass away") is one entry too, its words as
// lexical.Words gives them joined by "_" ("fed_up", "tire_of"): verbs,
// adjectives and adverbs only (WordNet's multi-word nouns are mostly
// compounds and names).
//
// It reads the WordNet 3.0 database as Debian's wordnet-base installs it:
//
//	apt-get install wordnet-base
//	go run ./internal/lexical/internal/wordnetgen -o internal/lexical/wordnet.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/articlebot/articlebot/internal/lexical"
)

// Limits that keep the table small and its relations precise: only a
// word's most frequent senses, only words people use (seen in WordNet's
// tagged corpus), and a bounded fan-out per stem.
const (
	maxSenses  = 2
	maxRelated = 24
	maxPhrases = 8
)

type pointer struct {
	sym      string
	pos      byte
	offset   string
	src, dst int // 1-based word numbers; 0 means the whole synset
}

type synset struct {
	words    []string
	pointers []pointer
}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet database `dir`")
	out := flag.String("o", "internal/lexical/wordnet.txt", "output `file`")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "wordnetgen:", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	synsets := map[string]*synset{} // "n00001740"
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		if err := readData(filepath.Join(dir, "data."+pos), synsets); err != nil {
			return err
		}
	}
	rel := map[string]map[byte][]string{}
	add := func(kind byte, a, b string) {
		sa, sb := key(a), key(b)
		if sa == "" || sb == "" || sa == sb {
			return
		}
		for _, p := range [][2]string{{sa, sb}, {sb, sa}} {
			m := rel[p[0]]
			if m == nil {
				m = map[byte][]string{}
				rel[p[0]] = m
			}
			if !slices.Contains(m[kind], p[1]) {
				m[kind] = append(m[kind], p[1])
			}
		}
	}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		f, err := os.Open(filepath.Join(dir, "index."+pos))
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, " ") {
				continue // licence header
			}
			fs := strings.Fields(line)
			lemma := fs[0]
			phrase := pos != "noun" && isPhrase(lemma)
			if !singleWord(lemma) && !phrase {
				continue
			}
			senses, _ := strconv.Atoi(fs[2])
			ptrs, _ := strconv.Atoi(fs[3])
			tagged, _ := strconv.Atoi(fs[5+ptrs])
			if tagged == 0 && !phrase {
				// Never seen in running text: rare or archaic. Phrases are
				// kept: the tagged corpus counts few of them ("fed up" is
				// not among them).
				continue
			}
			offsets := fs[6+ptrs:]
			for i := 0; i < min(maxSenses, senses, len(offsets)); i++ {
				ss := synsets[string(fs[1][0])+offsets[i]]
				if ss == nil {
					continue
				}
				me := slices.Index(ss.words, lemma) + 1
				for _, w := range ss.words {
					if w != lemma && (singleWord(w) || pos != "noun" && isPhrase(w)) {
						add('s', lemma, w)
					}
				}
				for _, p := range ss.pointers {
					kind := byte(0)
					switch p.sym {
					case "+":
						kind = 'd'
					case ">", "*":
						kind = 'c'
					default:
						continue
					}
					if p.src != 0 && p.src != me {
						continue
					}
					t := synsets[string(p.pos)+p.offset]
					if t == nil {
						continue
					}
					for j, w := range t.words {
						if (p.dst == 0 || p.dst == j+1) && (singleWord(w) || p.pos != 'n' && isPhrase(w)) {
							add(kind, lemma, w)
						}
					}
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	keys := make([]string, 0, len(rel))
	for k := range rel {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, k := range keys {
		w.WriteString(k)
		// Words first, phrases after and fewer: a phrase never takes a
		// word's place under the bounds.
		n, np := 0, 0
		for _, kind := range []byte{'s', 'd', 'c'} {
			var words, phrases []string
			for _, v := range rel[k][kind] {
				if strings.Contains(v, "_") {
					phrases = append(phrases, v)
				} else {
					words = append(words, v)
				}
			}
			words = words[:min(len(words), maxRelated-n)]
			phrases = phrases[:min(len(phrases), maxPhrases-np)]
			n, np = n+len(words), np+len(phrases)
			if vs := append(words, phrases...); len(vs) > 0 {
				fmt.Fprintf(w, "\t%c:%s", kind, strings.Join(vs, ","))
			}
		}
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

func readData(path string, synsets map[string]*synset) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, " ") {
			continue
		}
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		fs := strings.Fields(line)
		pos := fs[2]
		if pos == "s" {
			pos = "a" // adjective satellites share the adjective file
		}
		nw, _ := strconv.ParseInt(fs[3], 16, 0)
		ss := &synset{}
		i := 4
		for range nw {
			w := strings.ToLower(fs[i])
			if j := strings.IndexByte(w, '('); j >= 0 {
				w = w[:j] // adjective markers: "(a)", "(p)"
			}
			ss.words = append(ss.words, w)
			i += 2
		}
		np, _ := strconv.Atoi(fs[i])
		i++
		for range np {
			sd := fs[i+3]
			src, _ := strconv.ParseInt(sd[:2], 16, 0)
			dst, _ := strconv.ParseInt(sd[2:], 16, 0)
			p := fs[i+2][0]
			if p == 's' {
				p = 'a'
			}
			ss.pointers = append(ss.pointers, pointer{sym: fs[i], pos: p, offset: fs[i+1], src: int(src), dst: int(dst)})
			i += 4
		}
		synsets[pos+fs[0]] = ss
	}
	return sc.Err()
}

// key is a lemma's entry: a word's stem, or a phrase's words as
// lexical.Words gives them (stems of content words, stop words as they
// are) joined by "_"; "" when it has no content word.
func key(lemma string) string {
	if !strings.Contains(lemma, "_") {
		return lexical.Stem(lemma)
	}
	words := lexical.Words(strings.ReplaceAll(lemma, "_", " "))
	if slices.IndexFunc(words, func(w string) bool { return !lexical.IsStopWord(w) }) < 0 {
		return ""
	}
	return strings.Join(words, "_")
}

// isPhrase: two or three plain words joined by "_".
func isPhrase(w string) bool {
	parts := strings.Split(w, "_")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || !singleWord(p) && len(p) != 1 {
			return false
		}
		for _, r := range p {
			if r < 'a' || r > 'z' {
				return false
			}
		}
	}
	return true
}

func singleWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return len(w) > 1
}
