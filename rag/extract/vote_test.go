package extract

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestVote(t *testing.T) {
	body := []string{
		"The council voted on Tuesday to close the bridge for repairs until the end of March.",
		"Share this story",
		"Engineers found a crack in a steel support beneath the northern approach span.",
	}
	both := witnesses{keys: []string{
		WordsKey(body[0] + " " + body[2]),
		WordsKey(body[2]),
	}}
	tests := []struct {
		name  string
		w     witnesses
		paras []string
		want  []string
	}{
		{"unsupported paragraph dropped", both, body, []string{body[0], body[2]}},
		{"one witness is no vote", witnesses{keys: both.keys[:1]}, body, body},
		{"standfirst kept without a vote",
			witnesses{keys: []string{WordsKey(body[2]), WordsKey(body[2])}},
			[]string{"Traffic was diverted across the city after engineers found a crack.", body[2]},
			[]string{"Traffic was diverted across the city after engineers found a crack.", body[2]}},
		{"no majority keeps the text",
			witnesses{keys: []string{WordsKey("Most read"), WordsKey("Most read")}},
			[]string{body[1], body[2], body[0]}, []string{body[1], body[2], body[0]}},
		{"whole words only", witnesses{keys: []string{WordsKey(body[0] + " Shared thistle story"), WordsKey("x")}},
			[]string{body[0], body[0], "Share this story"}, []string{body[0], body[0]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.w.vote(tt.paras); !slices.Equal(got, tt.want) {
				t.Errorf("vote = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestVoteLostParagraphs: prose neither witness has, in a short run
// between two paragraphs they share, stays; a longer run (comments), a
// short line, the text's end, a caption or an author's box goes.
func TestVoteLostParagraphs(t *testing.T) {
	first := "The council voted on Tuesday to close the bridge for repairs until the end of March."
	last := "Engineers found a crack in a steel support beneath the northern approach span."
	lost := []string{
		"Once the repairs begin, crews will work through the night on weekdays and the river path below the bridge will be closed to walkers and cyclists for weeks.",
		"When the work is done, the council will ask an independent firm to inspect every other bridge in the city that was built from the same design in the 1960s.",
		"Residents who live near the approach roads said they had been told little about the plan and feared the diversions would bring lorries past the school.",
	}
	caption := "Crews inspected the northern approach span on Monday night after a cyclist reported that the deck had moved under her wheels as a lorry went past. (City Council)"
	bio := "Jane Doe covers transport and infrastructure for the Gazette. She has reported on the city's roads, rail and bridges since 2015 and lives in the old town."
	// More of the article, so that three lost paragraphs are not half
	// of it (then the vote has no majority and keeps everything).
	more := []string{
		"The bridge carries about forty thousand vehicles a day between the old town and the port.",
		"It was last closed for a week in 2019, when its expansion joints were replaced.",
		"Buses will be diverted over the Mill Street crossing, adding ten minutes to most journeys.",
		"The council said the cost of the repairs would be met from its reserves this year.",
	}
	shared := first + " " + strings.Join(more, " ") + " " + last
	w := witnesses{
		keys:     []string{WordsKey(shared), WordsKey(shared)},
		captions: []string{WordsKey(caption)},
		bios:     []string{WordsKey(bio)},
	}
	tests := []struct {
		name        string
		paras, want []string
	}{
		{"one lost paragraph kept", []string{first, lost[0], last}, []string{first, lost[0], last}},
		{"two kept", []string{first, lost[0], lost[1], last}, []string{first, lost[0], lost[1], last}},
		{"three are a thread of their own",
			slices.Concat([]string{first}, more, lost, []string{last}),
			slices.Concat([]string{first}, more, []string{last})},
		{"a short line goes", []string{first, "Read more: the city's other bridges.", last}, []string{first, last}},
		{"no sentence end goes", []string{first, strings.TrimSuffix(lost[0], "."), last}, []string{first, last}},
		{"after the last shared paragraph goes", []string{first, last, lost[0]}, []string{first, last}},
		{"a caption goes", []string{first, caption, last}, []string{first, last}},
		{"an author's box goes", []string{first, bio, last}, []string{first, last}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := w.vote(tt.paras); !slices.Equal(got, tt.want) {
				t.Errorf("vote = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWordsKey(t *testing.T) {
	if got, want := WordsKey("“Don’t” — Wait, 2 MORE!"), " don t wait 2 more "; got != want {
		t.Errorf("WordsKey = %q, want %q", got, want)
	}
	// One key inside another is the same words, whole: "art" is not in
	// "the party".
	if strings.Contains(WordsKey("the party said"), WordsKey("art")) {
		t.Error("a part of a word matched")
	}
}

func TestDropLeadingTitle(t *testing.T) {
	tests := []struct {
		name, title string
		paras, want []string
	}{
		{"repeated headline dropped", "Bridge closed", []string{"Bridge closed.", "Engineers found a crack."}, []string{"Engineers found a crack."}},
		{"other first paragraph kept", "Bridge closed", []string{"Traffic diverted.", "Engineers found a crack."}, []string{"Traffic diverted.", "Engineers found a crack."}},
		{"lone paragraph kept even when it is the title", "Bridge closed and engineers found a crack", []string{"Bridge closed and engineers found a crack"}, []string{"Bridge closed and engineers found a crack"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropLeadingTitle(tt.paras, tt.title); !slices.Equal(got, tt.want) {
				t.Errorf("dropLeadingTitle = %q, want %q", got, tt.want)
			}
		})
	}
}

// BenchmarkVote measures the vote on a long article of 2,500 paragraphs
// that both witnesses hold whole, next to reducing its text to words
// once (WordsKey of all of it, the physical reference: the vote must read
// every paragraph's words). Its cost must grow with the text, not with
// paragraphs × text: searching the whole text for each paragraph took
// 3.9 s against 0.27 s since (WordsKey 21 ms).
func BenchmarkVote(b *testing.B) {
	sentence := "The council met on Tuesday and agreed on a plan for the harbour and the new sea wall. "
	paras := make([]string, 2500)
	for i := range paras {
		paras[i] = "Paragraph " + strconv.Itoa(i) + ". " + strings.Repeat(sentence, 7)
	}
	all := strings.Join(paras, " ")
	b.Run("WordsKey", func(b *testing.B) {
		for b.Loop() {
			WordsKey(all)
		}
	})
	b.Run("vote", func(b *testing.B) {
		for b.Loop() {
			w := witnesses{keys: []string{WordsKey(all), WordsKey(all)}}
			if got := w.vote(paras); len(got) != len(paras) {
				b.Fatalf("vote kept %d of %d paragraphs", len(got), len(paras))
			}
		}
	})
}
