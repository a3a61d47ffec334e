package extract

import (
	"errors"
	"fmt"

	"golang.org/x/net/html"
)

// MaxParagraphWork caps a page's paragraphs × bytes of paragraph text.
// The content extractor (trafilatura) concatenates the text of every <p>
// once per <p>, so its time and allocations grow with that product, not
// with the page's size: an 8 MiB page of 4,300 paragraphs (35 GB of such
// copying) allocated 2,300× its size and took 31 s, and a 50 MB one ran
// into the ingest timeout. The copying runs at about 1 GB a second on a
// loaded 2-core machine, and its garbage dies at once, so at this cap a
// page costs a few seconds; the longest real articles (~700 paragraphs
// holding ~400 KB) are a fifteenth of it, and a blog post with 4,000
// short comments still fits.
const MaxParagraphWork = 4 << 30

// MaxNodes caps a page's DOM nodes (elements, text, comments). Extraction
// clones the tree and runs fallback extractors over it, holding about
// 1.5–2 KB per node at its peak whatever the page's byte size, so this
// bounds its memory near 400 MB; busy news pages have 5,000–30,000.
const MaxNodes = 200_000

// ErrTooLong means a page is too big to extract in bounded time and
// memory (see MaxNodes and MaxParagraphWork); errors wrapping it say why.
var ErrTooLong = errors.New("page too long to extract")

// checkSize refuses, before any extractor runs, a page past MaxNodes or
// MaxParagraphWork.
func checkSize(root *html.Node) error {
	nodes, paras, text := measure(root)
	switch {
	case nodes > MaxNodes:
		return fmt.Errorf("%w: %d nodes (limit %d)", ErrTooLong, nodes, MaxNodes)
	case int64(paras)*int64(text) > MaxParagraphWork:
		return fmt.Errorf("%w: %d paragraphs holding %d bytes of text", ErrTooLong, paras, text)
	}
	return nil
}

// measure counts root's nodes, its <p> elements and the bytes of text
// inside them (text inside nested paragraphs once per enclosing one, as
// the extractor reads it).
func measure(root *html.Node) (nodes, paragraphs, textBytes int) {
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		nodes++
		switch {
		case n.Type == html.ElementNode && n.Data == "p":
			paragraphs++
			depth++
		case n.Type == html.TextNode:
			textBytes += len(n.Data) * depth
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth)
		}
	}
	walk(root, 0)
	return nodes, paragraphs, textBytes
}
