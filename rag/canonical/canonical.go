package canonical

import (
	"errors"
	"fmt"
	"net/netip"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// maxURLLen bounds accepted URLs: common servers refuse request lines past
// about 8 KB, and the result is used as a storage key.
const maxURLLen = 8192

// maxPort is the largest TCP port number.
const maxPort = 65535

// ErrInvalid is wrapped by every error URL returns: the input is not an
// absolute http or https URL.
var ErrInvalid = errors.New("invalid url")

// URL returns the normal form of an absolute http(s) URL: scheme and host
// lower-cased, international hosts in punycode, default port, fragment and
// user info dropped, dot segments removed, an empty path made "/", percent
// escapes normalized, tracking parameters removed and the remaining query
// parameters sorted by name (stably, so repeated names keep their order).
// Two links to the same page give the same string.
func URL(raw string) (string, error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return "", fmt.Errorf("%w: empty", ErrInvalid)
	}
	if len(s) > maxURLLen {
		return "", fmt.Errorf("%w: longer than %d bytes", ErrInvalid, maxURLLen)
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return "", fmt.Errorf("%w: %q is not an http or https URL", ErrInvalid, s)
	}
	if u.Opaque != "" || u.Host == "" {
		return "", fmt.Errorf("%w: %q has no host", ErrInvalid, s)
	}
	host, err := normalHost(u.Hostname())
	if err != nil {
		return "", fmt.Errorf("%w: host of %q: %v", ErrInvalid, s, err)
	}
	if port := u.Port(); port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || n > maxPort {
			return "", fmt.Errorf("%w: port of %q out of range", ErrInvalid, s)
		}
		if !(scheme == "http" && n == 80) && !(scheme == "https" && n == 443) {
			host += ":" + strconv.Itoa(n)
		}
	}

	var b strings.Builder
	b.WriteString(scheme)
	b.WriteString("://")
	b.WriteString(host)
	b.WriteString(removeDotSegments(normalEscapes(u.EscapedPath())))
	if q := normalQuery(u.RawQuery); q != "" {
		b.WriteByte('?')
		b.WriteString(q)
	}
	// Escaping can lengthen a URL past the limit the input was held to.
	if b.Len() > maxURLLen {
		return "", fmt.Errorf("%w: longer than %d bytes once escaped", ErrInvalid, maxURLLen)
	}
	return b.String(), nil
}

// Prefer picks the URL an article is stored under: the page's canonical
// link when it is a valid http(s) URL on the same site (same registrable
// domain) as the page, else the page URL, both normalized. A canonical link
// to the site's front page from a deeper page is a common template mistake
// and is ignored. If pageURL itself is invalid it is returned trimmed.
func Prefer(pageURL, canonicalLink string) string {
	page, err := URL(pageURL)
	if err != nil {
		return strings.TrimSpace(pageURL)
	}
	if strings.TrimSpace(canonicalLink) == "" {
		return page
	}
	canon, err := URL(canonicalLink)
	if err != nil {
		return page
	}
	pu, err1 := url.Parse(page)
	cu, err2 := url.Parse(canon)
	if err1 != nil || err2 != nil || !sameSite(pu.Hostname(), cu.Hostname()) {
		return page
	}
	if cu.Path == "/" && cu.RawQuery == "" && (pu.Path != "/" || pu.RawQuery != "") {
		return page
	}
	return canon
}

// sameSite reports whether two normalized hosts share a registrable domain;
// IP addresses and hosts without a public suffix must match exactly.
func sameSite(a, b string) bool {
	if a == b {
		return true
	}
	if _, err := netip.ParseAddr(a); err == nil {
		return false
	}
	if _, err := netip.ParseAddr(b); err == nil {
		return false
	}
	ra, err := publicsuffix.EffectiveTLDPlusOne(a)
	if err != nil {
		return false
	}
	rb, err := publicsuffix.EffectiveTLDPlusOne(b)
	if err != nil {
		return false
	}
	return ra == rb
}

// hostProfile maps hosts as browsers look them up (case folding, width
// folding, punycode), but allows the underscores some real hosts use.
func hostProfile() *idna.Profile {
	return idna.New(idna.MapForLookup(), idna.StrictDomainName(false), idna.BidiRule())
}

// hostChars are the characters of a host name in ASCII form; the
// underscore is not standard but occurs in real hosts.
const hostChars = "abcdefghijklmnopqrstuvwxyz0123456789-_."

// normalHost lower-cases a host, encodes an international name as punycode,
// drops a trailing root dot and writes IP addresses in their standard form.
func normalHost(h string) (string, error) {
	if h == "" {
		return "", errors.New("empty")
	}
	if a, err := netip.ParseAddr(h); err == nil {
		if a.Zone() != "" {
			return "", fmt.Errorf("%q has a zone, which is local to one machine", h)
		}
		if a.Is6() {
			return "[" + a.String() + "]", nil
		}
		return a.String(), nil
	}
	if strings.ContainsAny(h, ":%[]") {
		return "", fmt.Errorf("%q is not a host name", h)
	}
	if !utf8.ValidString(h) {
		return "", fmt.Errorf("%q is not valid UTF-8", h)
	}
	h = strings.TrimSuffix(h, ".")
	profile := hostProfile()
	ascii, err := profile.ToASCII(h)
	if err != nil {
		return "", err
	}
	if ascii == "" || strings.HasSuffix(ascii, ".") || strings.Trim(ascii, hostChars) != "" {
		return "", fmt.Errorf("%q is not a host name", h)
	}
	// A name the lookup profile would change again (some mappings are not
	// idempotent) has no stable spelling to store.
	if again, err := profile.ToASCII(ascii); err != nil || again != ascii {
		return "", fmt.Errorf("%q has no stable ASCII form", h)
	}
	return ascii, nil
}

// removeDotSegments applies RFC 3986 section 5.2.4 to an escaped path and
// makes an empty path "/". Unlike path.Clean it keeps empty segments and a
// trailing slash, which servers may treat as different pages.
func removeDotSegments(p string) string {
	if p == "" {
		return "/"
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	segs := strings.Split(p[1:], "/")
	out := make([]string, 0, len(segs))
	for i, s := range segs {
		last := i == len(segs)-1
		switch s {
		case ".":
			if last {
				out = append(out, "")
			}
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
			if last {
				out = append(out, "")
			}
		default:
			out = append(out, s)
		}
	}
	return "/" + strings.Join(out, "/")
}

// normalEscapes upper-cases the hex digits of percent escapes and decodes
// escaped unreserved characters, which RFC 3986 section 6.2.2 says never
// change a URL's meaning. Escapes of reserved characters are kept.
func normalEscapes(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '%' || i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
			b.WriteByte(c)
			continue
		}
		v := unhex(s[i+1])<<4 | unhex(s[i+2])
		if isUnreserved(v) {
			b.WriteByte(v)
		} else {
			b.WriteByte('%')
			b.WriteString(strings.ToUpper(s[i+1 : i+3]))
		}
		i += 2
	}
	return b.String()
}

// normalQuery drops tracking parameters and empty pairs, normalizes
// escapes, and sorts the rest by name, stably.
func normalQuery(raw string) string {
	if raw == "" {
		return ""
	}
	type pair struct{ key, full string }
	var pairs []pair
	for _, p := range strings.Split(raw, "&") {
		if p == "" {
			continue
		}
		p = escapeQuery(normalEscapes(p))
		key, _, _ := strings.Cut(p, "=")
		name, err := url.QueryUnescape(key)
		if err != nil {
			name = key
		}
		if isTracking(strings.ToLower(name)) {
			continue
		}
		pairs = append(pairs, pair{key, p})
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return strings.Compare(a.key, b.key) })
	out := make([]string, len(pairs))
	for i, p := range pairs {
		out[i] = p.full
	}
	return strings.Join(out, "&")
}

// isTracking reports whether a lower-case query parameter name only tracks
// campaigns, clicks or shares and never selects content.
func isTracking(name string) bool {
	if strings.HasPrefix(name, "utm_") {
		return true
	}
	switch name {
	case
		// ad click identifiers: Facebook, Google, Microsoft, Yandex, TikTok, X, LinkedIn
		"fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
		"ttclid", "twclid", "li_fat_id", "epik", "srsltid",
		// analytics and mail campaigns: Google, Mailchimp, HubSpot, Marketo, Vero
		"_ga", "_gl", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp",
		"hsctatracking", "mkt_tok", "vero_id", "vero_conv", "oly_anon_id", "oly_enc_id",
		"s_cid", "at_medium", "at_campaign", "ocid", "ncid", "spm",
		// share and referral markers: Instagram, X, Reddit, NYT, Yahoo
		"igshid", "igsh", "ref_src", "ref_url", "sr_share", "smid", "smtyp",
		"guccounter", "guce_referrer", "guce_referrer_sig":
		return true
	}
	return false
}

// escapeQuery percent-encodes the bytes that may not appear raw in a query
// (spaces, controls, non-ASCII and a few delimiters), so that the result
// survives being trimmed, pasted and parsed again unchanged.
func escapeQuery(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"<>\\^`{|}", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

func isUnreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}
