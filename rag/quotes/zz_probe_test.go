package quotes

import (
	"fmt"
	"os"
	"testing"
)

func TestZZProbe(t *testing.T) {
	text := os.Getenv("TEXT")
	if f := os.Getenv("PROBE"); f != "" && f != "-" {
		b, _ := os.ReadFile(f)
		text = string(b)
	}
	if text == "" {
		t.Skip()
	}
	an := Analyze(text, split(text))
	for _, q := range an.Quotations {
		fmt.Printf("Q %q -> %q (%s)\n", text[q.Start:q.End], q.Speaker, q.Cue)
	}
	for _, p := range an.Paraphrases {
		fmt.Printf("P s%d -> %q (%s)\n", p.Sentence, p.Speaker, p.Cue)
	}
	for _, p := range an.People {
		fmt.Printf("person %+v\n", p)
	}
}
