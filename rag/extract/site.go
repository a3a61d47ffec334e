package extract

import (
	"net/url"
	"regexp"
	"strings"
)

// urlSiteName is how trafilatura names a site that names none: everything
// between the scheme and the next slash, so userinfo, port, query and
// fragment ("8.8.8.8#@127.0.0.1") end up in the label.
var urlSiteName = regexp.MustCompile(`(?i)https?://(?:www\.|w[0-9]+\.)?([^/]+)`)

// siteLabel is the site's name as the page gives it, or else the host of
// pageURL as a URL parser reads it (without "www."), never a piece of the
// URL's text that only looks like a host.
func siteLabel(site, pageURL string) string {
	m := urlSiteName.FindStringSubmatch(pageURL)
	if m == nil || collapseSpace(m[1]) != site {
		return oneSiteName(site, pageURL) // the page named itself
	}
	return hostLabel(pageURL)
}

// hostLabel is pageURL's host without "www.", "" when it is no URL.
func hostLabel(pageURL string) string {
	u, err := url.Parse(pageURL)
	if err != nil {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	if rest, ok := strings.CutPrefix(host, "www."); ok && rest != "" {
		host = rest
	}
	return host
}

// oneSiteName picks one name from the "; "-joined list trafilatura gives
// when the page's structured data names several organisations ("The
// Gateway Pundit; The Gateway Pundit", "Where Hope Finally Made a
// Comeback; The Gateway Pundit"): the one its host is named for, else the
// first. A citation names one site.
func oneSiteName(names, pageURL string) string {
	parts := strings.Split(names, "; ")
	if len(parts) == 1 {
		return names
	}
	if host := nameKey(hostLabel(pageURL)); host != "" {
		for _, p := range parts {
			if k := nameKey(p); k != "" && strings.HasPrefix(host, k) {
				return strings.TrimSpace(p)
			}
		}
	}
	return strings.TrimSpace(parts[0])
}

// titleSeparators set a site's name off a page's title.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " * "}

// minTitleWords is what a title must keep once the site's name is off it.
const minTitleWords = 3

// trimSiteName drops the site's name from the end of a page's title
// ("… | CBC News", "… | TechCrunch", "… - National | Globalnews.ca" to
// "… - National"): the answer names the site beside the title already,
// and the title is the article's. The name is the site's when, letters
// and digits alone, it is the site label's (a domain's without its last
// part), or begins with it ("CBC" for "CBC News").
func trimSiteName(title, site string) string {
	s := nameKey(site)
	if len(s) < 3 {
		return title
	}
	cut, at := "", -1
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > at {
			cut, at = title[i+len(sep):], i
		}
	}
	if at < 0 || len(strings.Fields(title[:at])) < minTitleWords {
		return title
	}
	if k := nameKey(cut); k == "" || !strings.HasPrefix(k, s) {
		return title
	}
	return strings.TrimSpace(title[:at])
}

// nameKey is a site's name reduced to its lower-cased letters and digits,
// a domain ("Globalnews.ca") without its last part.
func nameKey(name string) string {
	name = strings.TrimSpace(name)
	if i := strings.LastIndexByte(name, '.'); i > 0 && !strings.Contains(name, " ") {
		name = name[:i]
	}
	return strings.ReplaceAll(WordsKey(name), " ", "")
}

// maxHeadlineTitle bounds the titles headlineTitle reads: every
// separator in a title is tried against the headlines, which costs its
// length squared, and no headline is a kilobyte long.
const maxHeadlineTitle = 1000

// headlineTitle drops from a page's title what the page's own headline
// (an <h1>) leaves out: the title is the headline and, set off by a
// separator, the site's name, a slogan or a section ("… | Scratch
// Culinary Meal Prep", "… - Urge Fitness | Affordable 24/7 Gyms",
// "Tastify | …"), which trimSiteName keeps when the site names itself
// otherwise. A title worded apart from the headline is left as it is:
// both are the article's, and news sites' metadata keeps the former.
// A site's logo is often an <h1> too, and its name a part of the title:
// the part taken must be longer than any part it drops (on Dragnet's
// pages a blog's name took the place of its post's title), and of two
// parts that are headlines the longer is the article's.
func headlineTitle(title string, headlines []string) string {
	if len(title) > maxHeadlineTitle {
		return title
	}
	keys := map[string]bool{}
	for _, h := range headlines {
		if k := WordsKey(h); keyWords(k) >= minTitleWords {
			keys[k] = true
		}
	}
	if len(keys) == 0 || keys[WordsKey(title)] {
		return title
	}
	best := title
	take := func(part, dropped string) {
		part = strings.TrimSpace(part)
		if !keys[WordsKey(part)] || (best != title && len(part) <= len(best)) {
			return
		}
		for _, d := range splitTitle(dropped) {
			if len(d) >= len(part) {
				return
			}
		}
		best = part
	}
	for i := range len(title) {
		for _, sep := range titleSeparators {
			if strings.HasPrefix(title[i:], sep) {
				take(title[:i], title[i+len(sep):])
				take(title[i+len(sep):], title[:i])
			}
		}
	}
	return best
}

// splitTitle splits a title at its separators.
func splitTitle(title string) []string {
	parts := []string{title}
	for _, sep := range titleSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	return parts
}

// uniqueNames drops the repeats from trafilatura's "; "-joined authors: a
// name given once as text and once as a profile's slug ("Emma Mackenzie;
// Emma-Mackenzie") is one author.
func uniqueNames(names string) string {
	parts := strings.Split(names, "; ")
	if len(parts) == 1 {
		return names
	}
	seen := map[string]bool{}
	var out []string
	for _, p := range parts {
		k := WordsKey(p)
		if strings.TrimSpace(k) == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, strings.TrimSpace(p))
	}
	return strings.Join(out, "; ")
}
