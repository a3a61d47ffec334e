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

// TestQuestionText: Discord's markup is no part of a question, so a
// question that pings a role or everyone still reads as the question it is.
func TestQuestionText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"<@123> What did Sheinbaum say?", "What did Sheinbaum say?"},
		{"<@!123> tl;dr?", "tl;dr?"},
		{"@everyone what did Sheinbaum say?", "what did Sheinbaum say?"},
		{"@here <@&42> what did Rubio say about <#77>?", "what did Rubio say about  ?"},
		{"what did he say <:think:991> <a:spin:992>", "what did he say"},
		{"mail me at someone@hereford.example", "mail me at someone@hereford.example"},
		{"write to x@here.example", "write to x@here.example"},
		{"<@123>", ""},
	} {
		if got := questionText(c.in); got != c.want {
			t.Errorf("questionText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
