package cite

import (
	"strconv"
	"strings"
)

// PageLink returns articleURL, any fragment replaced, opening the PDF at
// page (#page=N, RFC 8118, which browsers' PDF viewers follow): text
// fragments do not work inside PDFs. A page below 1 leaves the URL as is.
func PageLink(articleURL string, page int) string {
	if page < 1 {
		return articleURL
	}
	base, _, _ := strings.Cut(articleURL, "#")
	return base + "#page=" + strconv.Itoa(page)
}
