package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// articleIDs are hashes of the articles' file URLs, which hold the
// checkout's path: the golden files name them by position instead.
var articleIDs = regexp.MustCompile(`\b[0-9a-f]{12,}\b`)

// golden compares got, with the checkout's path and the article IDs made
// stable, to testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	got = strings.ReplaceAll(got, repoRoot, "$REPO")
	ids := map[string]string{}
	got = articleIDs.ReplaceAllStringFunc(got, func(id string) string {
		if _, ok := ids[id]; !ok {
			ids[id] = "ID" + string(rune('A'+len(ids)))
		}
		return ids[id]
	})
	path := filepath.Join(repoRoot, "cmd", "articlebot", "testdata", name) // cli changed the directory
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test -run %s -update to accept):\n%s", name, t.Name(), got)
	}
}

func TestDigest(t *testing.T) {
	data := "--data-dir=" + t.TempDir()
	if out, _, code := cli(t, nil, "digest", data); code != 0 || out != "Nothing was shared in the last 7 days.\n" {
		t.Errorf("empty digest: exit %d\n%s", code, out)
	}
	if out, _, code := cli(t, nil, "digest", data, "--json"); code != 0 || strings.TrimSpace(out) != `{
  "stories": []
}` {
		t.Errorf("empty digest --json: exit %d\n%s", code, out)
	}
	for _, p := range []string{"testdata/pages/sheinbaum.html", "testdata/pages/blog.html", "testdata/pages/liveblog.html"} {
		if _, errOut, code := cli(t, nil, "ingest", data, p); code != 0 {
			t.Fatalf("ingest %s: %s", p, errOut)
		}
	}
	out, errOut, code := cli(t, nil, "digest", data, "--days", "3")
	if code != 0 {
		t.Fatalf("digest: exit %d: %s", code, errOut)
	}
	golden(t, "digest.golden", out)

	out, errOut, code = cli(t, nil, "digest", data, "--json")
	if code != 0 {
		t.Fatalf("digest --json: exit %d: %s", code, errOut)
	}
	var d struct {
		Stories []struct {
			Title    string              `json:"title"`
			Articles []map[string]string `json:"articles"`
			Quotes   []quoteJSON         `json:"quotes"`
		} `json:"stories"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		t.Fatalf("digest --json is not the documented shape: %v\n%s", err, out)
	}
	if len(d.Stories) != 3 || len(d.Stories[0].Articles) != 1 || len(d.Stories[0].Quotes) == 0 {
		t.Fatalf("digest --json: %+v", d)
	}
	for _, s := range d.Stories {
		for k := range s.Articles[0] {
			if k != "id" && k != "title" && k != "site" && k != "url" {
				t.Errorf("article field %q is not documented", k)
			}
		}
	}
	golden(t, "digest.json.golden", out)
}

func TestDigestDaysChecked(t *testing.T) {
	for _, days := range []string{"0", "-1", "367", "week"} {
		_, errOut, code := cli(t, nil, "digest", "--data-dir="+t.TempDir(), "--days", days)
		if code != 2 || !strings.Contains(errOut, "--days") {
			t.Errorf("--days %s: exit %d, stderr %q", days, code, errOut)
		}
	}
}
