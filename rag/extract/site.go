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
		return site // the page named itself
	}
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

// titleSeparators set a site's name off a page's title.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · "}

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
	return strings.ReplaceAll(textKey(name), " ", "")
}
