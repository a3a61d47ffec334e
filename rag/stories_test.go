package rag

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/articlebot/articlebot/rag/segment"
	"github.com/articlebot/articlebot/store"
)

// storyPages are the multi-outlet fixtures (testdata/stories/README.md).
var storyPages = struct{ presstv, globalsecurity, reuters, tariffs, water string }{
	seedPage,
	"../testdata/stories/globalsecurity.html",
	"../testdata/stories/reuters.html",
	"../testdata/stories/tariffs.html",
	"../testdata/stories/water.html",
}

// ingestStories ingests the multi-outlet fixtures, unrelated stories
// first, and returns the articles by name.
func ingestStories(t testing.TB, e *Engine, scope store.Scope) map[string]*store.Article {
	t.Helper()
	out := map[string]*store.Article{}
	for _, p := range []struct{ name, path string }{
		{"water", storyPages.water}, {"presstv", storyPages.presstv}, {"tariffs", storyPages.tariffs},
		{"reuters", storyPages.reuters}, {"globalsecurity", storyPages.globalsecurity},
	} {
		out[p.name] = ingest(t, e, scope, p.path)
	}
	return out
}

func TestStoriesGroupOutlets(t *testing.T) {
	e := newTestEngine(t, t.TempDir())
	arts := ingestStories(t, e, store.LocalScope)
	stories, err := e.Stories(context.Background(), store.LocalScope, StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got := storyNames(stories, arts)
	// The Sheinbaum story holds the seed, its syndicated copy and Reuters'
	// own report; its ID is its first-added article's. The tariffs story
	// shares one name with it, the water story three, months later.
	want := []string{"presstv reuters globalsecurity", "tariffs", "water"}
	if !slices.Equal(got, want) {
		t.Fatalf("stories = %q, want %q", got, want)
	}
	if stories[0].ID != arts["presstv"].ID || stories[0].Title != arts["presstv"].Title {
		t.Errorf("story ID/title = %s %q, want the first-added article's", stories[0].ID, stories[0].Title)
	}

	t.Run("a filter keeps IDs and groups", func(t *testing.T) {
		f := StoryFilter{IDs: []string{arts["reuters"].ID, arts["globalsecurity"].ID, arts["water"].ID}}
		got, err := e.Stories(context.Background(), store.LocalScope, f)
		if err != nil {
			t.Fatal(err)
		}
		if names := storyNames(got, arts); !slices.Equal(names, []string{"reuters globalsecurity", "water"}) {
			t.Errorf("filtered stories = %q", names)
		}
		if got[0].ID != arts["presstv"].ID || got[0].Title != arts["reuters"].Title {
			t.Errorf("filtered story = %s %q: want the story's ID, the first kept article's title", got[0].ID, got[0].Title)
		}
	})

	t.Run("since keeps the later articles of a story", func(t *testing.T) {
		got, err := e.Stories(context.Background(), store.LocalScope, StoryFilter{Since: arts["reuters"].AddedAt})
		if err != nil {
			t.Fatal(err)
		}
		if names := storyNames(got, arts); !slices.Equal(names, []string{"reuters globalsecurity"}) || got[0].ID != arts["presstv"].ID {
			t.Errorf("stories since Reuters = %q (%s)", names, got[0].ID)
		}
	})

	t.Run("a replaced signature is recomputed", func(t *testing.T) {
		if err := e.opts.Store.PutSummary(context.Background(), store.LocalScope, arts["reuters"].ID, signatureKind, []byte("garbage")); err != nil {
			t.Fatal(err)
		}
		again, err := e.Stories(context.Background(), store.LocalScope, StoryFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if names := storyNames(again, arts); !slices.Equal(names, want) {
			t.Errorf("after a damaged signature: %q", names)
		}
	})

	t.Run("no story crosses servers", func(t *testing.T) {
		other := ingest(t, e, "guild:2", storyPages.globalsecurity)
		got, err := e.Stories(context.Background(), "guild:2", StoryFilter{})
		if err != nil || len(got) != 1 || len(got[0].Articles) != 1 || got[0].ID != other.ID {
			t.Fatalf("guild:2 stories = %+v, %v", got, err)
		}
		mine, err := e.Stories(context.Background(), store.LocalScope, StoryFilter{})
		if err != nil || !slices.Equal(storyNames(mine, arts), want) {
			t.Errorf("local stories changed by another server's article: %q, %v", storyNames(mine, arts), err)
		}
	})

	t.Run("signatures are kept with the articles", func(t *testing.T) {
		sigs, err := e.opts.Store.SummariesOfKind(context.Background(), store.LocalScope, signatureKind)
		if err != nil || len(sigs) != len(arts) {
			t.Fatalf("stored signatures: %d, %v", len(sigs), err)
		}
		for id, data := range sigs {
			if _, err := decodeSignature(data); err != nil {
				t.Errorf("signature of %s: %v", id, err)
			}
		}
	})
}

// storyNames names each story by its articles' fixture names.
func storyNames(stories []Story, arts map[string]*store.Article) []string {
	byID := map[string]string{}
	for name, a := range arts {
		byID[a.ID] = name
	}
	var out []string
	for _, s := range stories {
		var names []string
		for _, a := range s.Articles {
			names = append(names, byID[a.ID])
		}
		out = append(out, strings.Join(names, " "))
	}
	return out
}

// groupingArticle is an article for grouping tests, segmented like an
// ingested one.
func groupingArticle(id, text string, published time.Time, added int) *store.Article {
	a := &store.Article{ID: id, Scope: store.LocalScope, Title: id, Text: text, Published: published,
		AddedAt: time.Date(2026, 1, 1, 0, added, 0, 0, time.UTC)}
	for _, s := range segment.Sentences(text) {
		a.Sentences = append(a.Sentences, store.Sentence{Start: s.Start, End: s.End, Paragraph: s.Paragraph})
	}
	return a
}

// prose is a deterministic text of n words that shares no four-word run
// with another seed's.
func prose(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, seed))
	words := strings.Fields("the a of to in and on for with that by from it was is as at an said would could new year city state report group plan water power court money school road market price police union council vote law tax health rain storm fire bridge")
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[r.IntN(len(words))])
	}
	return b.String() + "."
}

func TestGroupArticles(t *testing.T) {
	day := time.Date(2025, 8, 9, 12, 0, 0, 0, time.UTC)
	base := prose(1, 300)
	edited := strings.Replace(base, base[:200], "An edited opening paragraph of the syndicated copy, with words of its own.", 1) + " " + prose(9, 40)
	names := "Mexican President Claudia Sheinbaum met Marco Rubio and officials of the North American Observatory. "
	tests := []struct {
		name string
		arts []*store.Article
		want [][]string // article IDs by story, first added first
	}{
		{"near-duplicate copies group whatever their dates",
			[]*store.Article{groupingArticle("orig", base, day, 1), groupingArticle("copy", edited, day.AddDate(0, 3, 0), 2), groupingArticle("other", prose(2, 300), day, 3)},
			[][]string{{"orig", "copy"}, {"other"}}},
		{"same event: shared names within the window",
			[]*store.Article{groupingArticle("a", names+prose(3, 200), day, 1), groupingArticle("b", prose(4, 150)+" "+names, day.Add(30*time.Hour), 2)},
			[][]string{{"a", "b"}}},
		{"shared names far apart in time are different events",
			[]*store.Article{groupingArticle("a", names+prose(3, 200), day, 1), groupingArticle("b", prose(4, 150)+" "+names, day.AddDate(0, 0, 5), 2)},
			[][]string{{"a"}, {"b"}}},
		{"one shared famous name is not one event",
			[]*store.Article{groupingArticle("a", "President Donald Trump met Claudia Sheinbaum. "+prose(3, 200), day, 1), groupingArticle("b", "President Donald Trump met Mark Carney. "+prose(4, 200), day, 2)},
			[][]string{{"a"}, {"b"}}},
		{"the unpublished use their time of adding",
			[]*store.Article{groupingArticle("a", names+prose(3, 200), time.Time{}, 1), groupingArticle("b", prose(4, 150)+" "+names, time.Time{}, 20)},
			[][]string{{"a", "b"}}},
		{"a stub is too short to be anyone's copy",
			[]*store.Article{groupingArticle("a", "Subscribe to read on.", day, 1), groupingArticle("b", "Subscribe to read on.", day, 2)},
			[][]string{{"a"}, {"b"}}},
		{"groups join through a middle article; the first added names the story",
			[]*store.Article{groupingArticle("copy", edited, day, 2), groupingArticle("event", prose(5, 100)+" "+names, day, 3), groupingArticle("orig", base+" "+names, day, 1)},
			[][]string{{"orig", "copy", "event"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sigs := map[string]*signature{}
			var infos []store.ArticleInfo
			for _, a := range tc.arts {
				sig := signatureOf(a)
				sigs[a.ID] = &sig
				infos = append(infos, store.ArticleInfo{ID: a.ID, Title: a.Title, Published: a.Published, AddedAt: a.AddedAt})
			}
			for range 3 { // any input order: the same groups
				rand.Shuffle(len(infos), func(i, j int) { infos[i], infos[j] = infos[j], infos[i] })
				if got := groupIDs(groupArticles(infos, sigs)); !slices.EqualFunc(got, tc.want, slices.Equal) {
					t.Fatalf("groups = %q, want %q", got, tc.want)
				}
			}
		})
	}
}

func groupIDs(groups [][]store.ArticleInfo) [][]string {
	var out [][]string
	for _, g := range groups {
		var ids []string
		for _, a := range g {
			ids = append(ids, a.ID)
		}
		out = append(out, ids)
	}
	return out
}

func TestSignatureEncoding(t *testing.T) {
	a := groupingArticle("a", "Claudia Sheinbaum met Marco Rubio at NATO. "+prose(7, 100), time.Time{}, 1)
	sig := signatureOf(a)
	if len(sig.entities) < 3 || sig.shingles < minShingles {
		t.Fatalf("signature = %+v", sig)
	}
	back, err := decodeSignature(sig.encode())
	if err != nil || fmt.Sprint(back) != fmt.Sprint(sig) {
		t.Fatalf("round trip: %v, %+v", err, back)
	}
	for _, bad := range [][]byte{nil, {9}, sig.encode()[:100], append(sig.encode(), 0)} {
		if _, err := decodeSignature(bad); err == nil {
			t.Errorf("decoded %d bad bytes", len(bad))
		}
	}
}

// FuzzDecodeSignature: stored bytes of any shape decode to a signature
// that survives re-encoding, or to an error; never a panic.
func FuzzDecodeSignature(f *testing.F) {
	sig := signatureOf(groupingArticle("a", "Claudia Sheinbaum met Marco Rubio at NATO. "+prose(7, 60), time.Time{}, 1))
	f.Add(sig.encode())
	f.Add([]byte{1})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := decodeSignature(data)
		if err != nil {
			return
		}
		back, err := decodeSignature(s.encode())
		if err != nil || fmt.Sprint(back) != fmt.Sprint(s) {
			t.Errorf("re-encoding changed %+v to %+v (%v)", s, back, err)
		}
	})
}

func TestDecodeSignatureRefusesWrappingCounts(t *testing.T) {
	sig := signatureOf(groupingArticle("a", "Claudia Sheinbaum met Marco Rubio at NATO. "+prose(7, 60), time.Time{}, 1))
	b := sig.encode()
	// The entity count says 2^61 + 1: times eight it wraps to 8.
	head := b[:len(b)-8*len(sig.entities)-1]
	bad := binary.AppendUvarint(append([]byte(nil), head...), 1<<61+1)
	bad = binary.LittleEndian.AppendUint64(bad, 42)
	if _, err := decodeSignature(bad); err == nil {
		t.Fatal("decoded an entity count that wraps around")
	}
}

// TestIngestSignature: the signature kept at ingest, whose entities come
// from the quotation analysis, is the one computed again from the stored
// article, so grouping does not depend on which path made it.
func TestIngestSignature(t *testing.T) {
	e := newTestEngine(t, t.TempDir())
	ctx := context.Background()
	for _, page := range []string{seedPage, "../testdata/stories/reuters.html", "../testdata/stories/tariffs.html", "../testdata/qa/senate.txt"} {
		a := ingest(t, e, store.LocalScope, page)
		data, err := e.opts.Store.Summary(ctx, a.Scope, a.ID, signatureKind)
		if err != nil {
			t.Fatalf("%s: no signature kept: %v", page, err)
		}
		kept, err := decodeSignature(data)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := e.opts.Store.Article(ctx, a.Scope, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if again := signatureOf(stored); fmt.Sprint(again) != fmt.Sprint(kept) {
			t.Errorf("%s: signature at ingest %+v, from the stored article %+v", page, kept, again)
		}
		if len(kept.entities) == 0 {
			t.Errorf("%s: no entities", page)
		}
	}
}
