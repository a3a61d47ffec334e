package cite

import "testing"

func TestPageLink(t *testing.T) {
	for _, tc := range []struct {
		url  string
		page int
		want string
	}{
		{"https://gov.test/r.pdf", 3, "https://gov.test/r.pdf#page=3"},
		{"https://gov.test/r.pdf#page=9", 12, "https://gov.test/r.pdf#page=12"},
		{"https://gov.test/get?id=7&x=1", 1, "https://gov.test/get?id=7&x=1#page=1"},
		{"file:///home/u/r.pdf", 2, "file:///home/u/r.pdf#page=2"},
		{"https://news.test/a", 0, "https://news.test/a"},
	} {
		if got := PageLink(tc.url, tc.page); got != tc.want {
			t.Errorf("PageLink(%q, %d) = %q, want %q", tc.url, tc.page, got, tc.want)
		}
	}
}
