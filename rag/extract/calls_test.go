package extract

import (
	"slices"
	"testing"
)

func TestDropTrailingCalls(t *testing.T) {
	article := []string{
		"The council voted on Tuesday to close the bridge for repairs until the end of March.",
		"Engineers found a crack in a steel support beneath the northern approach span.",
	}
	tests := []struct {
		name     string
		in, want []string
	}{
		{"the site's sign-off goes",
			append(slices.Clone(article), "Got a story? Get in touch with our news team by emailing us at webnews@metro.co.uk.", "Follow Metro.co.uk on Twitter and Facebook for the latest news updates.", "MORE : The Metro daily cartoon by Guy Venables"),
			article},
		{"a writer's handle goes", append(slices.Clone(article), "Follow Dave Lee on Twitter @DaveLeeBBC."), article},
		{"a call inside the article stays",
			[]string{"Follow us on Facebook, the mayor told residents, for news of the closure.", article[0]},
			[]string{"Follow us on Facebook, the mayor told residents, for news of the closure.", article[0]}},
		{"the article's own last line stays", article, article},
		{"a text that is only calls stays", []string{"Follow us on Twitter.", "Sign up for our daily newsletter."}, []string{"Follow us on Twitter.", "Sign up for our daily newsletter."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropTrailingCalls(slices.Clone(tt.in)); !slices.Equal(got, tt.want) {
				t.Errorf("dropTrailingCalls = %q, want %q", got, tt.want)
			}
		})
	}
}
