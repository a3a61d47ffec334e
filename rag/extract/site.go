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
