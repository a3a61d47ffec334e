package bot

import (
	"testing"

	"github.com/articlebot/articlebot/rag"
)

// TestEveryKindWorded: only a truly unclassified error may reach a user as
// "something went wrong".
func TestEveryKindWorded(t *testing.T) {
	for _, k := range rag.Kinds() {
		msg := kindMessage(rag.Problem{Kind: k, Detail: "detail", Status: 404, Limit: 10 << 20})
		if (msg == "") != (k == rag.KindInternal) {
			t.Errorf("kind %d worded %q", k, msg)
		}
	}
}
