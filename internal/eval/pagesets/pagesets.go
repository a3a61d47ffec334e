// Package pagesets reads the file formats of the hand-cleaned web page
// sets the dev harnesses share (fetched by internal/eval/prepare.sh):
// Dragnet's annotations and WCXB's ground-truth files. The extraction
// harness scores pages against them; the speaker harness labels who said
// what in their texts.
package pagesets

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// DragnetComments opens the reader comments Dragnet also annotated after
// an article: they are not the article.
const DragnetComments = "!@#$%^&*()"

// DragnetArticle is a Dragnet annotation without its reader comments.
func DragnetArticle(annotation string) string {
	article, _, _ := strings.Cut(annotation, DragnetComments)
	return article
}

// WCXBTruth is the part of a WCXB ground-truth file the harnesses read.
type WCXBTruth struct {
	Internal struct {
		PageType struct {
			Primary string `json:"primary"`
		} `json:"page_type"`
	} `json:"_internal"`
	GroundTruth struct {
		MainContent string `json:"main_content"`
	} `json:"ground_truth"`
}

// IsArticle reports whether the page is an article (news, blog post,
// guide, review) rather than another of WCXB's page types.
func (t WCXBTruth) IsArticle() bool { return t.Internal.PageType.Primary == "article" }

// ReadWCXBTruth reads a WCXB ground-truth file.
func ReadWCXBTruth(path string) (WCXBTruth, error) {
	var t WCXBTruth
	b, err := os.ReadFile(path)
	if err != nil {
		return t, err
	}
	if err := json.Unmarshal(b, &t); err != nil {
		return t, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}
