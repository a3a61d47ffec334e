package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bodies named with "of", "for" or "to" inside their names: "the Center
// for American Progress", "the Department of Health and Human Services",
// "the Committee to Protect Journalists", "Americans for Prosperity". A
// name run stops at the lower-case word, so the subject found next to a
// speech verb is only one side of it ("according to the Center", "Human
// Services said"); orgNameAt puts the name back together.

// bodyHeads are the nouns that head a body's name before "of", "for" or
// "to" and a capitalized word: the words of a title ("Secretary of
// State") are not among them, as a title and its office name a person.
var bodyHeads = map[string]bool{
	"department": true, "bureau": true, "office": true, "center": true, "centre": true, "centers": true, "centres": true,
	"institute": true, "council": true, "committee": true, "commission": true, "agency": true, "administration": true,
	"association": true, "society": true, "foundation": true, "federation": true, "conference": true, "chamber": true,
	"academy": true, "alliance": true, "league": true, "coalition": true, "union": true, "board": true, "observatory": true,
	"ministry": true, "university": true, "college": true, "museum": true, "fund": true, "network": true, "project": true,
	"campaign": true, "club": true, "organization": true, "organisation": true, "authority": true, "corps": true,
	"court": true, "house": true, "institutes": true, "coalitions": true,
}

// orgNameAt returns a body's whole name when subj, the subject found in
// sentence si, is one side of it, or the member of the body its name
// runs on to ("said Club for Growth President David McIntosh"), and ""
// otherwise. Where subj stands twice in the sentence and the two read
// differently, it is left alone. part reports a subject that is one side
// of what only looks like a body's name, and so names no one:
// "Prosecutors for Apple argued" is not Apple's.
func (a *analyzer) orgNameAt(subj string, si int) (name string, part bool) {
	subj = strings.TrimSpace(subj)
	if subj == "" || strings.ContainsAny(subj, ",;:") {
		return "", false
	}
	s := a.sents[si]
	text := a.text[s.Start:s.End]
	found := ""
	for from := 0; ; {
		k := strings.Index(text[from:], subj)
		if k < 0 {
			break
		}
		at := from + k
		from = at + len(subj)
		if at > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:at]); unicode.IsLetter(r) {
				continue
			}
		}
		if r, _ := utf8.DecodeRuneInString(text[from:]); unicode.IsLetter(r) {
			continue
		}
		rest, member := bodyAfter(subj, text[from:min(len(text), from+maxBodyAfter)])
		whole := bodyBefore(text[max(0, at-maxBodyBefore):at]) + subj + rest
		switch {
		case member != "":
			whole = a.resolve(member, si)
		case whole == subj:
			whole = ""
		case !a.namesBody(whole):
			part, whole = true, ""
		}
		if found != "" && whole != found {
			return "", false
		}
		found = whole
	}
	if found == "" && !part {
		return "", false
	}
	if n, _ := cleanName(subj); n != subj && strings.Contains(subj, " ") || personNamed(subj) {
		// A title and a name, or a given name: someone, not a body. A
		// title alone may close one: "the Department of Justice".
		return "", false
	}
	return found, part && found == ""
}

// namesBody reports whether whole, a capitalized run joined by "of",
// "for" or "to", is a body's name: its head is a body's noun, or the
// article writes it in mid-sentence, where only a name is capitalized
// ("Americans for Prosperity", not "Prosecutors for Apple argued").
func (a *analyzer) namesBody(whole string) bool {
	if headed(whole) {
		return true
	}
	for from := 0; ; {
		k := strings.Index(a.text[from:], whole)
		if k < 0 {
			return false
		}
		at := from + k
		from = at + len(whole)
		before := strings.TrimRightFunc(a.text[:at], unicode.IsSpace)
		if r, n := utf8.DecodeLastRuneInString(before); unicode.IsLetter(r) || r == ',' || (r == '”' || r == '"') && strings.HasSuffix(before[:len(before)-n], ",") {
			return true
		}
	}
}

// headed reports whether the word before the first "of", "for" or "to"
// in a body's name is a body's noun ("Center for …").
func headed(name string) bool {
	ws := strings.Fields(name)
	for i, w := range ws {
		if joinsBody(w) {
			return i > 0 && bodyHeads[strings.ToLower(ws[i-1])]
		}
	}
	return false
}

// bodySubject reports whether before, the text before a subject found
// next to a speech verb, ends in the part of a body's name before "of",
// "for" or "to", with the body opening its clause: "“…,” the Center for
// " before "American Progress said". Not "director of the CDC's National
// Center for " nor "a spokesman for the Center for ": the body is a
// preposition's, and its member or officer speaks.
func bodySubject(before, subj string) bool {
	// A body's name before its subject is a few words long: the tail
	// spares splitting the whole sentence for every name in it.
	b := bodyBefore(before[max(0, len(before)-maxBodyBefore):])
	if b == "" || personNamed(subj) {
		return false
	}
	rest := strings.TrimRightFunc(strings.TrimSuffix(before, b), unicode.IsSpace)
	rest = strings.TrimRightFunc(strings.TrimSuffix(strings.TrimSuffix(rest, "the"), "The"), unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(rest)
	return rest == "" || strings.ContainsRune(`,;:"”—–`, r)
}

// maxBodyBefore and maxBodyAfter bound the text before and after a
// subject that a body's name is looked for in: a few words each way.
const (
	maxBodyBefore = 120
	maxBodyAfter  = 160
)

// bodyBefore is the part of a body's name before a subject that ends
// before, the text before it: "Center for " before "American Progress",
// "Department of Health and " before "Human Services", with the
// capitalized words before the head ("Brennan Center for "), or "".
func bodyBefore(before string) string {
	ws := strings.Fields(before)
	if len(ws) < 2 || !strings.HasSuffix(before, " ") {
		return ""
	}
	k := len(ws) - 1
	for k > 0 && len(ws)-k < 6 && !joinsBody(ws[k]) {
		if w := ws[k]; w != "the" && w != "a" && w != "and" && w != "&" && !(capitalized(w) && !strings.ContainsAny(w, ",;:.!?") && !titleWord(w) && !IsGivenName(w)) {
			return ""
		}
		k--
	}
	if k < 1 || !joinsBody(ws[k]) {
		return ""
	}
	head := ws[k-1]
	if !capitalized(head) || titleWord(head) || !(bodyHeads[strings.ToLower(head)] || ws[k] == "for" && !IsGivenName(head)) {
		return ""
	}
	start := k - 1
	for start > 0 && capitalized(ws[start-1]) && ws[start-1] != "The" && !titleWord(ws[start-1]) && !strings.ContainsAny(ws[start-1], ",;:.") && len(ws)-start < 8 {
		start--
	}
	return strings.Join(ws[start:], " ") + " "
}

// bodyAfter is the part of a body's name after subj that opens after:
// " for American Progress" after "Center", or "". Where a title and a
// name follow the body's name, they are its member's, who is the one
// named: "Department of Homeland Security Secretary Kirstjen Nielsen".
func bodyAfter(subj, after string) (rest, member string) {
	if !strings.HasPrefix(after, " of ") && !strings.HasPrefix(after, " for ") && !strings.HasPrefix(after, " to ") {
		return "", "" // most subjects: no body's name goes on after them
	}
	head := lastWord(subj)
	ws := strings.Fields(after)
	if len(ws) < 2 || !strings.HasPrefix(after, " ") || !joinsBody(ws[0]) || titleWord(head) && !bodyHeads[strings.ToLower(head)] ||
		!bodyHeads[strings.ToLower(head)] && (ws[0] != "for" || IsGivenName(head)) {
		return "", ""
	}
	k := 1
	if ws[k] == "the" || ws[k] == "a" {
		k++
	}
	end := k
	for end < len(ws) && end-k < 6 {
		w := ws[end]
		switch {
		case (w == "and" || w == "&" || w == "of" || w == "for" || w == "on") && end+1 < len(ws) && capitalized(ws[end+1]):
			end++
			continue
		case end > k && end+1 < len(ws) && capitalized(ws[end+1]) && titleWord(w) && !titleWord(ws[end+1]):
			if m := nameRun.FindString(strings.Join(ws[end:], " ")); m != "" {
				member = m
			}
		case !capitalized(w) || end > k && end+1 < len(ws) && capitalized(ws[end+1]) && IsGivenName(w):
		default:
			end++
			if !strings.ContainsAny(w, ",;:.!?\"“”'’") {
				continue
			}
		}
		break
	}
	if end == k || !capitalized(ws[end-1]) {
		return "", ""
	}
	return " " + strings.TrimRight(strings.Join(ws[:end], " "), ".,;:!?\"“”'’"), member
}

// titleWord reports whether w, punctuation aside, is a title.
func titleWord(w string) bool {
	return isTitle(strings.ToLower(strings.TrimRight(w, ".,;:")))
}

// joinsBody reports whether w joins a body's head to the rest of its name.
func joinsBody(w string) bool {
	return w == "of" || w == "for" || w == "to"
}
