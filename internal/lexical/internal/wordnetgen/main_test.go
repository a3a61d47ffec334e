package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A miniature WordNet in the database's own format: "die" and "decease"
// share a synset, "die" derives "death" and "kill" causes "die"; the
// phrases "fed up" and "tired of" share one.
var miniWordNet = map[string]string{
	"data.verb": "  1 licence header line\n" +
		"00000001 30 v 02 die 0 decease 0 001 + 00000010 n 0101 | stop living\n" +
		"00000002 30 v 01 kill 0 001 > 00000001 v 0000 | cause to die\n",
	"data.noun": "00000010 28 n 01 death 0 001 + 00000001 v 0101 | the end of life\n",
	"data.adj":  "00000020 00 s 02 fed_up(p) 0 tired_of(p) 0 000 | bored\n",
	"data.adv":  "",
	"index.verb": "  1 licence header line\n" +
		"die v 1 2 + > 1 1 00000001\n" +
		"kill v 1 1 > 1 1 00000002\n" +
		"decease v 1 0 1 0 00000001\n",
	"index.noun": "death n 1 1 + 1 1 00000010\n",
	"index.adj": "fed_up a 1 0 1 0 00000020\n" +
		"tired_of a 1 0 1 1 00000020\n",
	"index.adv": "",
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	for name, body := range miniWordNet {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "table.txt")
	if err := run(dir, out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	lines := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		k, v, _ := strings.Cut(l, "\t")
		lines[k] = v
	}
	// decease is never seen in the tagged corpus (its senses are not
	// looked up), but as a member of die's synset it is related both ways;
	// a cause relates every word of the synset it points to.
	want := map[string]string{
		"die":    "s:deceas\td:death\tc:kill",
		"death":  "d:die",
		"kill":   "c:die,deceas",
		"deceas": "s:die\tc:kill",
		// A phrase's entry is its words as lexical.Words gives them; the
		// tagged corpus counts few phrases, so an untagged one is kept.
		"fed_up":  "s:tire_of",
		"tire_of": "s:fed_up",
	}
	for k, v := range want {
		if lines[k] != v {
			t.Errorf("%s: %q, want %q", k, lines[k], v)
		}
	}
}
