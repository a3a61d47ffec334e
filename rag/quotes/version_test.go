package quotes

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "record the analysis digest of the current Version in testdata/version.golden")

// versionGolden records the Version and a digest of what Analyze answers,
// for what a library keeps (quotations and reported speech), on the seed
// article and every rule and paraphrase test.
var versionGolden = filepath.Join("testdata", "version.golden")

// analysisDigest is the SHA-256 of Analyze's quotations and reported
// speech on the seed article and the rule and paraphrase tests' texts.
func analysisDigest(t *testing.T) string {
	texts := []string{seed(t)}
	for _, tc := range ruleTests {
		texts = append(texts, tc.text)
	}
	for _, tc := range paraphraseTests {
		texts = append(texts, tc.text)
	}
	h := sha256.New()
	for _, text := range texts {
		an := analyze(text)
		fmt.Fprintf(h, "%q\n", text)
		for _, q := range an.Quotations {
			fmt.Fprintf(h, "q %d %d %d %q %q\n", q.Start, q.End, q.Sentence, q.Speaker, q.Cue)
		}
		for _, p := range an.Paraphrases {
			fmt.Fprintf(h, "p %d %q %q\n", p.Sentence, p.Speaker, p.Cue)
		}
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// TestVersion fails when Analyze answers differently on this package's
// tests while Version stays the same: a library would then keep the old
// answers for the articles it holds. A rule's change comes with a new
// Version and `go test -run TestVersion -update`.
func TestVersion(t *testing.T) {
	got := fmt.Sprintf("version %d\nanalysis %s\n", Version, analysisDigest(t))
	if *update {
		if err := os.WriteFile(versionGolden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(versionGolden)
	if err != nil {
		t.Fatal(err)
	}
	want := string(b)
	if got == want {
		return
	}
	if strings.HasPrefix(want, fmt.Sprintf("version %d\n", Version)) {
		t.Fatalf("Analyze answers differently on the tests, but Version is still %d: libraries would keep the old answers. Raise Version, then run go test -run TestVersion -update.\ngot  %swant %s", Version, got, want)
	}
	t.Fatalf("Version is %d, and %s records another: run go test -run TestVersion -update.\ngot  %swant %s", Version, versionGolden, got, want)
}
