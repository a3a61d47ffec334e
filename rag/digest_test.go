package rag

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/articlebot/articlebot/store"
)

// digestFixture is a scope of four articles with their shares and thread
// questions, at times relative to now.
type digestFixture struct {
	e          *Engine
	now        time.Time
	seed, blog *store.Article
	live, para *store.Article
}

func newDigestFixture(t *testing.T) *digestFixture {
	t.Helper()
	ctx := context.Background()
	e := newTestEngine(t, t.TempDir())
	f := &digestFixture{e: e, now: time.Now()}
	f.seed = ingest(t, e, "g", seedPage)
	f.blog = ingest(t, e, "g", "../testdata/pages/blog.html")
	f.live = ingest(t, e, "g", "../testdata/pages/liveblog.html")
	f.para = ingest(t, e, "g", "../testdata/pages/paywall.html")
	ago := func(d time.Duration) time.Time { return f.now.Add(-d) }
	st := e.opts.Store
	for _, sh := range []struct {
		a       *store.Article
		channel string
		at      time.Time
	}{
		{f.seed, "c1", ago(48 * time.Hour)},
		{f.blog, "c1", ago(30 * time.Hour)}, {f.blog, "c2", ago(20 * time.Hour)},
		{f.live, "c2", ago(10 * 24 * time.Hour)}, // before the week
		{f.para, "c1", ago(2 * time.Hour)},
	} {
		if err := st.AddArticleChannel(ctx, "g", sh.a.ID, sh.channel, sh.at); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.LinkThread(ctx, "g", "t-seed", f.seed.ID); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if err := st.AddThreadMessage(ctx, "g", "t-seed", ago(time.Duration(40-i)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

func (f *digestFixture) digest(t *testing.T, req DigestRequest) *Digest {
	t.Helper()
	d, err := f.e.Digest(context.Background(), "g", req)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func storyIDs(d *Digest) []string {
	var ids []string
	for _, s := range d.Stories {
		ids = append(ids, s.ID)
	}
	return ids
}

func TestDigestOrdersByDiscussion(t *testing.T) {
	f := newDigestFixture(t)
	week := f.now.AddDate(0, 0, -7)
	tests := []struct {
		name string
		req  DigestRequest
		want []*store.Article
	}{
		// seed: 1 share + 3 questions; blog: 2 shares; live: shared before
		// the week but added in it (now), later than para's share.
		{"whole scope", DigestRequest{Since: week}, []*store.Article{f.seed, f.blog, f.live, f.para}},
		{"channel c1", DigestRequest{Channel: "c1", Since: week}, []*store.Article{f.seed, f.blog, f.para}},
		{"channel c2", DigestRequest{Channel: "c2", Since: week}, []*store.Article{f.blog}},
		{"last day", DigestRequest{Channel: "c1", Since: f.now.Add(-24 * time.Hour)}, []*store.Article{f.para}},
		{"the week before", DigestRequest{Since: f.now.AddDate(0, 0, -14), Until: week}, []*store.Article{f.live}},
		{"no channel activity", DigestRequest{Channel: "c9", Since: week}, nil},
		{"capped", DigestRequest{Since: week, MaxStories: 2}, []*store.Article{f.seed, f.blog}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := f.digest(t, tc.req)
			var want []string
			for _, a := range tc.want {
				want = append(want, a.ID)
			}
			if got := storyIDs(d); strings.Join(got, ",") != strings.Join(want, ",") {
				t.Fatalf("stories %v, want %v", got, want)
			}
			for _, s := range d.Stories {
				if len(s.Quotes) == 0 || len(s.Quotes) > digestQuotes {
					t.Errorf("%s: %d quotes", s.Title, len(s.Quotes))
				}
				for _, q := range s.Quotes {
					if q.Link == "" || q.ArticleID != s.Articles[0].ID {
						t.Errorf("%s: quote %q not cited to its article: %+v", s.Title, q.Text, q)
					}
				}
				checkQuotes(t, f.e, "g", s.Quotes)
			}
		})
	}
	d := f.digest(t, DigestRequest{Since: week})
	if s := d.Stories[0]; s.Shares != 1 || s.Messages != 3 {
		t.Errorf("seed counted %d shares, %d questions; want 1, 3", s.Shares, s.Messages)
	}
	if s := d.Stories[2]; s.ID != f.live.ID || s.Shares != 1 || s.Messages != 0 {
		t.Errorf("an article added in the week without a share there counted %d shares, want 1", s.Shares)
	}
	if d := f.digest(t, DigestRequest{Since: week, MaxStories: 2}); d.More != 2 {
		t.Errorf("capped digest: More = %d, want 2", d.More)
	}
}

func TestDigestRefusesAnEmptyPeriod(t *testing.T) {
	e := newTestEngine(t, t.TempDir())
	now := time.Now()
	if _, err := e.Digest(context.Background(), "g", DigestRequest{Since: now, Until: now.Add(-time.Hour)}); err == nil {
		t.Error("a period ending before it starts was accepted")
	}
	d, err := e.Digest(context.Background(), "g", DigestRequest{Since: now.AddDate(0, 0, -7)})
	if err != nil || len(d.Stories) != 0 || d.More != 0 {
		t.Errorf("empty scope: %+v %v", d, err)
	}
}

// TestStoryQuotesDropRepeatedWords: two outlets running one report give
// two different quotes, not the same words twice.
func TestStoryQuotesDropRepeatedWords(t *testing.T) {
	ctx := context.Background()
	e := newTestEngine(t, t.TempDir())
	a := ingest(t, e, "g", seedPage)
	qs, err := e.storyQuotes(ctx, "g", []store.ArticleInfo{{ID: a.ID}, {ID: a.ID}, {ID: "gone"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 2 || qs[0].Text == qs[1].Text {
		t.Fatalf("quotes %+v", qs)
	}
	sum, err := e.Summarize(ctx, "g", a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if qs[0].Text != sum.KeyQuotes[0].Text || qs[1].Text != sum.KeyQuotes[1].Text {
		t.Errorf("quotes are not the summary's first two key quotes: %q / %q", qs[0].Text, qs[1].Text)
	}
}

// TestDigestGroupsOutlets: three outlets' reports of one event shared in a
// channel are one line of the digest, their shares added up, its quotes
// from different articles and never the same words twice.
func TestDigestGroupsOutlets(t *testing.T) {
	ctx := context.Background()
	e := newTestEngine(t, t.TempDir())
	arts := ingestStories(t, e, "g")
	now := time.Now()
	for i, name := range []string{"presstv", "reuters", "globalsecurity", "water"} {
		if err := e.opts.Store.AddArticleChannel(ctx, "g", arts[name].ID, "c1", now.Add(-time.Duration(i+1)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	d, err := e.Digest(ctx, "g", DigestRequest{Channel: "c1", Since: now.AddDate(0, 0, -7)})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Stories) != 2 {
		t.Fatalf("digest has %d stories (%q), want the Sheinbaum story and the water story", len(d.Stories), storyIDs(d))
	}
	s := d.Stories[0]
	if s.ID != arts["presstv"].ID || len(s.Articles) != 3 || s.Shares != 3 {
		t.Errorf("first story %s: %d articles, %d shares; want the seed's story with its 3 outlets and 3 shares", s.ID, len(s.Articles), s.Shares)
	}
	byID := map[string]*store.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	seen := map[string]bool{}
	for _, q := range s.Quotes {
		if seen[q.Text] {
			t.Errorf("quote repeated: %q", q.Text)
		}
		seen[q.Text] = true
		if a := byID[q.ArticleID]; a == nil || a.Text[q.Start:q.End] != q.Text {
			t.Errorf("quote %q is not its article's own words at %d..%d", q.Text, q.Start, q.End)
		}
	}
	if len(s.Quotes) == 0 {
		t.Error("the story has no key quote")
	}
}
