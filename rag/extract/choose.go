package extract

import (
	"regexp"
	"slices"
	"strings"
)

// ownMargin is the lead in agreement a witness's text needs over
// trafilatura's to be taken instead: when readability and dom-distiller
// return the same text, each agrees fully with the other, and a near tie
// with trafilatura's text is no evidence against it (trafilatura drops the
// "Advertisement" labels both keep). On the dev sets a margin of 0.05 cost
// 0.1 point of F1 at most; 0.15 cost 0.2.
const ownMargin = 0.05

// A witness's text is not taken over trafilatura's when it is shorter than
// a quarter of it (shortWitness) and less than 80% of its words are in
// trafilatura's text (strayShare): readability and dom-distiller then
// agree on another part of the page — a newsletter box, a footer, a sale
// banner — and agree fully with each other, so the medoid would take 24
// words of footer over a 1,900-word blog post (WCXB's modern pages). A
// short witness text inside trafilatura's is the article trafilatura found
// with its menus, and is still taken. On the dev sets it changed 8 of
// 4,364 pages, none of the older sets': 6 for the better (WCXB articles
// F1 0.938 -> 0.942), a product listing for the worse, and a page whose
// truth is empty (internal/eval/extract).
//
// Nor is it taken when trafilatura's text goes on in prose right after
// it (goesOn): the witnesses then stopped at the first break in the
// article's body, an advert or a related-story box, and agree on its
// first paragraph only (ABC's match report of 2026 lost all but 110 of
// its 880 words). Comments after a short post are prose too, but a line
// ("53 Responses", "Posted by: …") stands between. On every dev set
// (5,922 pages) it changed two: ABC's page 0.21 -> 0.98 and a WCXB
// article 0.32 -> 0.95. Wider rules also took trafilatura's comment
// threads and run-together menus over the article: any prose of
// trafilatura's beyond the witness's text changed 8 pages for the better
// and 18 for the worse, one long paragraph right after it 2 and 2.
const (
	shortWitness = 4
	strayShare   = 0.8
)

// choose returns the article's paragraphs: of trafilatura's text (own) and
// the witnesses', the one that agrees most with the others (the medoid by
// token overlap), then put to the vote of the others. trafilatura's own
// rule for taking a fallback's text instead of its own looks at lengths
// only, and takes a fallback's page footer or comment thread over a short
// article; three extractors rarely go wrong the same way, so the text the
// other two share most of is the article. On the dev sets
// (internal/eval/extract, first 150 pages of each news set) F1 rose from
// 0.889 to 0.911 on the even pages it was tuned on and from 0.880 to 0.906
// on the odd ones, most on pages where trafilatura took a fallback's
// boilerplate or kept a site's menus.
//
// A near tie goes to trafilatura's text (see ownMargin), and so does a
// much shorter witness text taken from elsewhere on the page (see
// shortWitness). With fewer than three texts there is no majority: ok is
// false and the caller decides.
func (w witnesses) choose(own []string) (paras []string, ok bool) {
	var cands [][]string
	var keys []string
	for i, ps := range append([][]string{own}, w.paras...) {
		if len(ps) == 0 {
			continue
		}
		cands = append(cands, ps)
		if i == 0 {
			keys = append(keys, WordsKey(strings.Join(ps, " ")))
		} else {
			keys = append(keys, w.keys[i-1])
		}
	}
	if len(cands) < 3 {
		return nil, false
	}
	bags := make([]map[string]int, len(keys))
	sizes := make([]int, len(keys))
	for i, k := range keys {
		bags[i] = map[string]int{}
		for _, t := range strings.Fields(k) {
			bags[i][t]++
			sizes[i]++
		}
	}
	best, bestScore := 0, -1.0
	for i := range cands {
		score := 0.0
		if i > 0 { // with three texts, cands[0] is trafilatura's
			score -= ownMargin
		}
		for j := range cands {
			if j != i {
				score += overlapF1(bags[i], bags[j], sizes[i], sizes[j])
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best != 0 && sizes[best]*shortWitness < sizes[0] &&
		(float64(common(bags[best], bags[0])) < strayShare*float64(sizes[best]) ||
			goesOn(own, bags[best])) {
		best = 0
	}
	// A witness's text is taken whole, its short paragraphs too: requiring
	// them to be in trafilatura's text as well dropped an "Advertisement"
	// label now and then, but far more often the headings and list items
	// trafilatura had missed (F1 -0.1 to -0.45 on every dev set but one).
	others := witnesses{}
	for j := range cands {
		if j != best {
			others.keys = append(others.keys, keys[j])
		}
	}
	paras = others.vote(cands[best])
	if best != 0 {
		paras = dropChrome(paras, keys[0], w.isCaption)
		paras = restoreHidden(paras, own, w.hidden)
	}
	return dropTrailingCalls(w.dropBios(w.oneStory(paras, own))), true
}

// maxDialogWords bounds a paragraph dropChrome takes alone for a
// line of an account dialogue; in a block of them, maxBlockWords bounds a
// line naming an account or standing between two that do, and
// maxDialogWords any other.
const (
	maxCaptionShare = 4 // captions are at most a quarter of the text
	maxDialogWords  = 15
	maxBlockWords   = 30
)

var accountDialog = regexp.MustCompile(`(?i)\b(?:password|username|sign up|sign in|log in|login|log out|create an account|your e-?mail address|registration confirmation|your registration|you are (?:now |already )?(?:a )?registered|registered user|have an account|social (?:media )?account|by signing up|consent to receive|like to be emailed)\b`)

// cookieConsent finds a line of a cookie banner or its settings panel;
// minConsentLines of them in a row of lines trafilatura lacks make one.
var cookieConsent = regexp.MustCompile(`(?i)\bcookies?\b|\bconsent\b|\bopt[- ]out\b|\bpersonal (?:information|data)\b|\b(?:privacy|cookie) (?:policy|settings|preferences)\b`)

const minConsentLines = 3

// subscribePitch finds a line of a subscription pitch; it names an
// account for a block of them (see dropChrome), not alone.
var subscribePitch = regexp.MustCompile(`(?i)\bsubscri(?:be|bers?|ption)\b|\bsigning up\b`)

var photoCaption = regexp.MustCompile(`(?i)^(?:image copyright|image caption)\b|\bphoto: \S[^.!?]*$`)

// dropChrome drops from a witness's chosen text the site's chrome that
// trafilatura's text (ownKey) does not have: readability and dom-distiller
// both keep it on some pages, agree with each other, and outvote
// trafilatura, which leaves it out. That is the sign-up and log-in
// dialogue ("Sign up with a social account:", "Forgot Your Password?") and
// photo credits ("… Photo: Gustavo Caballero/Getty Images", BBC's "Image
// copyright"). A short line naming an account goes alone; a block of short
// lines trafilatura lacks goes whole when two of them name an account, for
// its other lines ("Check Your Inbox", "Want more? Subscribe to our daily
// newsletters.") name none. On the dev sets (internal/eval/extract) the
// lines alone changed 14 of 5,084 pages, all for the better, and none for
// the worse; blocks and credits then changed 18 more, 16 for the better
// (NY Mag's whole dialogue, up to +0.19 of F1 a page) and 2 for the worse
// by 0.002 (see docs/benchmarks.md). A wider list of words (subscribe,
// newsletter, account, registration) dropped an article's "Develop an
// environmental newsletter for your school." The consent lines of a
// sign-up box ("By signing up you consent to receive the above newsletter
// from Postmedia Network Inc.", "I would like to be emailed about offers,
// events and updates from The Independent.") name an account too: three
// pages of Fundus's gained (The Independent's 0.90 -> 0.94), none lost.
//
// Picture captions go too (see captionKey), unless they are a quarter
// of the text or more (a photo essay's captions are its story). Modern
// annotations leave them out: on Fundus's news pages of 2023–2026 F1 rose
// 0.5 (even pages, read) and 0.6 (odd, not read), on Utomo and Leu's
// search results 0.2–0.3, on WCXB's articles 0.03; on the older sets whose
// annotators kept captions (CleanPortalEval, L3S-GN1, Readability's own
// output) it fell 0.1–0.5 (measured before the harness decoded pages as
// the fetcher does; see docs/benchmarks.md for the figures since). A
// caption goes even where its words are the body's (CBC, 2024: "Jamil Al
// Saadouni laments that Palestinian civilians were not consulted on …"
// under a paragraph saying so), which trafilatura's text would otherwise
// seem to hold: unless it holds the caption whole, 21 more pages changed,
// 14 for the better (Fundus, Utomo and Leu, Google-Trends, WCXB) and 7 by
// up to 0.03 for the worse (sets that kept captions).
//
// So does a cookie banner's settings panel: a row of lines trafilatura
// lacks, a third of them or more naming cookies, consent or personal data
// (a Reuters page of 2023 carried 700 words of it after the article,
// which a witness kept: F1 0.42 -> 1.00; one product page of WCXB lost
// its last 0.06).
//
// A subscription pitch ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY",
// "Subscribe now to read …") names an account for a block, though a line
// of it alone stays: three Postmedia pages of Fundus's 2026 gained
// 0.02–0.03, no other page changed.
func dropChrome(paras []string, ownKey string, isCaption func(key string) bool) []string {
	own := witnesses{keys: []string{ownKey}}
	bigrams := make([]map[string]struct{}, 1)
	n := len(paras)
	drop := make([]bool, n)
	caption := make([]bool, n) // a picture's caption, not whole in trafilatura's text
	lacked := make([]bool, n)  // a block's line: not in trafilatura's text, and short or between two named
	inBlock := make([]bool, n) // may be a block's line: maxBlockWords or fewer, not in trafilatura's text
	named := make([]bool, n)   // names an account
	stray := make([]bool, n)   // not in trafilatura's text
	consent := make([]bool, n) // a cookie banner's line
	words := make([]int, n)
	for i, p := range paras {
		k := WordsKey(p)
		words[i] = len(strings.Fields(k))
		if isCaption(k) && !strings.Contains(ownKey, k) {
			// Before the bigrams: a caption shares many with the
			// paragraph it illustrates.
			stray[i], caption[i] = true, true
			continue
		}
		if own.supports(k, bigrams) {
			continue
		}
		stray[i] = true
		consent[i] = cookieConsent.MatchString(p)
		if words[i] > maxBlockWords {
			continue
		}
		account := accountDialog.MatchString(p)
		named[i] = account || subscribePitch.MatchString(p)
		lacked[i] = named[i] || words[i] < maxDialogWords
		inBlock[i] = true
		drop[i] = account && words[i] < maxDialogWords || photoCaption.MatchString(p)
	}
	// A longer line is a block's too between two that name an account:
	// Postmedia's pitch runs 20-word lines ("National Post ePaper, an
	// electronic replica of the print edition …") between the two that
	// name subscribing. Before the first or after the last, it is as
	// likely the article's, which trafilatura missed.
	eachRun(inBlock, func(start, end int) {
		first, last := -1, -1
		for m := start; m < end; m++ {
			if named[m] {
				if first < 0 {
					first = m
				}
				last = m
			}
		}
		for m := first + 1; first >= 0 && m < last; m++ {
			lacked[m] = true
		}
	})
	// A block goes only while at least half the text's words stay: a page
	// of menus ("Sign In", "Log In", forty city names) is not an article
	// with a dialogue under it.
	block := slices.Clone(drop)
	markRuns(lacked, named, block, func(names, _ int) bool { return names >= 2 })
	total, gone, captioned := 0, 0, 0
	for i, w := range words {
		total += w
		if block[i] {
			gone += w
		}
		if caption[i] {
			captioned += w
		}
	}
	if 2*gone <= total {
		drop = block
	}
	// A cookie banner's settings panel goes whole, however long: its
	// headings ("Strictly Necessary Cookies", "Always Active") name no
	// cookie, and a witness that took it has the article too.
	markRuns(stray, consent, drop, func(hits, lines int) bool { return hits >= minConsentLines && 3*hits >= lines })
	// Captions go unless the pictures are the story: a photo essay's
	// captions are its text.
	if maxCaptionShare*captioned <= total {
		for i := range drop {
			drop[i] = drop[i] || caption[i]
		}
	}
	kept := paras[:0:0]
	for i, p := range paras {
		if !drop[i] {
			kept = append(kept, p)
		}
	}
	return kept
}

// eachRun calls f with the bounds [start, end) of every run of lines in
// (each longest stretch of consecutive lines for which in is true).
func eachRun(in []bool, f func(start, end int)) {
	for i := 0; i < len(in); {
		j := i
		for j < len(in) && in[j] {
			j++
		}
		if j > i {
			f(i, j)
		}
		i = max(j, i+1)
	}
}

// markRuns marks every run of lines in whose count of hit lines, against
// its length, is enough.
func markRuns(in, hit, mark []bool, enough func(hits, lines int) bool) {
	eachRun(in, func(start, end int) {
		hits := 0
		for m := start; m < end; m++ {
			if hit[m] {
				hits++
			}
		}
		if enough(hits, end-start) {
			for m := start; m < end; m++ {
				mark[m] = true
			}
		}
	})
}

// overlapF1 is the token F1 of two texts given as word counts: the share
// of words they have in common, as a multiset.
func overlapF1(a, b map[string]int, na, nb int) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	return 2 * float64(common(a, b)) / float64(na+nb)
}

// common counts the words two texts share, as a multiset.
func common(a, b map[string]int) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for t, ca := range a {
		n += min(ca, b[t])
	}
	return n
}

// goesOn's measures: proseAfter paragraphs after the witness's text, each
// of proseWords to maxProseWords words (shorter, a menu's line, a teaser or
// a comment's byline; longer, a page's text run together) and less than
// half of it the witness's words.
const (
	proseWords    = 40
	maxProseWords = 300
	proseAfter    = 2
)

// goesOn reports whether trafilatura's text (own) carries on in prose
// right after the witness's text (bag) within it — the run of own's
// paragraphs that are the witness's holding most words: the witness
// stopped at the first break in the article's body.
func goesOn(own []string, bag map[string]int) bool {
	share := func(p string) (n int, in float64) {
		ts := strings.Fields(WordsKey(p))
		c := 0
		for _, t := range ts {
			if bag[t] > 0 {
				c++
			}
		}
		return len(ts), float64(c) / float64(max(1, len(ts)))
	}
	end, most, run := -1, 0, 0
	for i, p := range own {
		n, in := share(p)
		if n == 0 || in < strayShare {
			run = 0
			continue
		}
		run += n
		if run > most {
			end, most = i, run
		}
	}
	if end < 0 || end+proseAfter >= len(own) {
		return false
	}
	for _, p := range own[end+1 : end+1+proseAfter] {
		if n, in := share(p); n < proseWords || n > maxProseWords || in >= 0.5 {
			return false
		}
	}
	return true
}

// restoreHidden puts back the paragraphs of trafilatura's text (own) that
// the page hides from screen readers (hidden, see pageInfo.hidden) and a
// witness's chosen text lacks, each after the paragraph of own before it
// that the chosen text holds. readability skips such elements, and
// dom-distiller with it, as unseen; but sites hide what a paywall covers
// that way, and the text is there: TechRadar's page of 2026 marks two of
// its paragraphs so (F1 0.89 -> 0.96, every other page of the dev sets
// unchanged).
func restoreHidden(paras, own, hidden []string) []string {
	if len(hidden) == 0 {
		return paras
	}
	// One pass over each text, with sets and an index: a hostile page can
	// hide thousands of paragraphs.
	isHidden := make(map[string]bool, len(hidden))
	for _, k := range hidden {
		isHidden[k] = true
	}
	at := map[string]int{} // a paragraph's WordsKey -> where it first is in paras
	in := newTextIndex("")
	for i, p := range paras {
		k := WordsKey(p)
		if _, ok := at[k]; !ok {
			at[k] = i
		}
		in.add(k)
	}
	back := map[int][]string{} // what goes back after paras[i]
	last := -1                 // where in paras the latest of own's paragraphs so far is
	for _, p := range own {
		k := WordsKey(p)
		if i, ok := at[k]; ok {
			last = i
			continue
		}
		if last >= 0 && isHidden[k] && !in.holds(k) {
			back[last] = append(back[last], p)
			in.add(k)
		}
	}
	if len(back) == 0 {
		return paras
	}
	out := make([]string, 0, len(paras)+len(back))
	for i, p := range paras {
		out = append(out, p)
		out = append(out, back[i]...)
	}
	return out
}
