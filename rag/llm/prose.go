package llm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxProseRunes caps the model's own words in an answer. The prompt asks
// for 1-3 short sentences (a few hundred characters); past this a reply is
// not following the prompt, and would bury the quotes or overflow a
// Discord message (2,000 characters with the quotes and citations).
const maxProseRunes = 1000

// prose neutralizes the model's own words so nothing in them looks like a
// quote or a citation: only verified quotes may. It folds every line break
// into a space (so no line of prose can pose as a "> " block quote or a
// "— Speaker, “Title”, ¶2" citation line), drops quotation marks of every
// kind, '>' and '¶', keeps an apostrophe only between two letters
// ("Mexico's"), and drops dashes before the first word. It also caps the
// prose at maxProseRunes, at a word boundary, ending it with "…".
//
// It works on a stream: feed returns the text that became final, holding
// back the current word; end flushes. The output does not depend on how
// the input is cut into chunks, so the streamed prose and the prose of the
// parsed answer are the same string.
type prose struct {
	partial []byte // an incomplete UTF-8 sequence from the last chunk
	word    []rune // the word being read, released when it ends
	runes   int    // runes released
	space   bool   // a space is owed before the next word
	prev    rune   // the previous input rune, for apostrophes
	single  rune   // an apostrophe-or-quote waiting for the next rune, or 0
	before  rune   // the rune before single
	full    bool   // the cap was reached; everything after is dropped
	ended   bool
}

// neutralize runs s through a fresh filter.
func neutralize(s string) (text string, capped bool) {
	var p prose
	text = p.feed(s) + p.end()
	return text, p.full
}

// feed consumes a chunk of prose and returns the text now final.
func (p *prose) feed(s string) string {
	if p.full || p.ended {
		return ""
	}
	if len(p.partial) > 0 {
		s = string(p.partial) + s
		p.partial = p.partial[:0]
	}
	var out strings.Builder
	for i := 0; i < len(s); {
		if !utf8.FullRuneInString(s[i:]) {
			p.partial = append(p.partial, s[i:]...)
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		p.rune(r, &out)
		if p.full {
			break
		}
	}
	return out.String()
}

// end flushes what is held back.
func (p *prose) end() string {
	if p.ended {
		return ""
	}
	var out strings.Builder
	if !p.full {
		if len(p.partial) > 0 {
			p.word = append(p.word, utf8.RuneError)
		}
		p.single = 0 // a trailing quote mark
		p.release(&out)
	}
	if p.full {
		out.WriteString("…")
	}
	p.ended = true
	return out.String()
}

func (p *prose) rune(r rune, out *strings.Builder) {
	if p.single != 0 {
		if unicode.IsLetter(p.before) && unicode.IsLetter(r) {
			p.word = append(p.word, p.single) // an apostrophe: Mexico's
		}
		p.single = 0
	}
	prev := p.prev
	p.prev = r
	switch {
	case unicode.IsSpace(r):
		p.release(out)
		p.space = p.runes > 0
	case r == '\'' || r == '’':
		p.single, p.before = r, prev
	case quoteMark(r) || r == '>' || r == '¶':
		// dropped; it still separates words for the apostrophe rule
	case p.runes == 0 && len(p.word) == 0 && (unicode.Is(unicode.Pd, r) || r == '-'):
		// a leading dash would read as a citation line
	default:
		p.word = append(p.word, r)
	}
}

// release appends the finished word, or marks the prose full when it
// would pass the cap.
func (p *prose) release(out *strings.Builder) {
	if len(p.word) == 0 {
		return
	}
	n := len(p.word)
	if p.space {
		n++
	}
	if p.runes+n > maxProseRunes-1 { // room for "…"
		p.full, p.word = true, nil
		return
	}
	if p.space {
		out.WriteByte(' ')
	}
	out.WriteString(string(p.word))
	p.runes += n
	p.space, p.word = false, p.word[:0]
}

// quoteMark reports quotation marks of every script, straight and curly,
// double and single (except the apostrophes ' and ’, decided by context).
func quoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‟', '″', '‶', '«', '»', '‹', '›', '≪', '≫', '＂', '〝', '〞', '〟',
		'「', '」', '『', '』', '﹁', '﹂', '﹃', '﹄', '｢', '｣',
		'‘', '‚', '‛', '′', '‵', '`', '´', '＇':
		return true
	}
	return unicode.In(r, unicode.Pi, unicode.Pf)
}
