package config

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestParseShardSet(t *testing.T) {
	tests := []struct {
		in   string
		want ShardSet
		text string // String of the result
		bad  bool
	}{
		{in: "", want: nil, text: ""},
		{in: "0-3", want: ShardSet{0, 1, 2, 3}, text: "0-3"},
		{in: "0,2", want: ShardSet{0, 2}, text: "0,2"},
		{in: " 6, 0-1 ,1", want: ShardSet{0, 1, 6}, text: "0-1,6"},
		{in: "3", want: ShardSet{3}, text: "3"},
		{in: "2-2", want: ShardSet{2}, text: "2"},
		{in: "3-1", bad: true},
		{in: "-1", bad: true},
		{in: "0,", bad: true},
		{in: "a-b", bad: true},
		{in: "0-65536", bad: true},
		{in: "1.5", bad: true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseShardSet(tc.in)
			if tc.bad {
				if err == nil {
					t.Fatalf("ParseShardSet(%q) = %v, want an error", tc.in, got)
				}
				return
			}
			if err != nil || !slices.Equal(got, tc.want) || got.String() != tc.text {
				t.Errorf("ParseShardSet(%q) = %v (%q), %v; want %v (%q)", tc.in, got, got.String(), err, tc.want, tc.text)
			}
		})
	}
}

func FuzzParseShardSet(f *testing.F) {
	for _, s := range []string{"", "0-3", "0,2", "0-1,6", "9-2", "65535"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		set, err := ParseShardSet(s)
		if err != nil {
			return
		}
		if !slices.IsSorted(set) || len(slices.Compact(slices.Clone(set))) != len(set) {
			t.Fatalf("%q → %v: not sorted and distinct", s, set)
		}
		again, err := ParseShardSet(set.String())
		if err != nil || !slices.Equal(again, set) {
			t.Fatalf("%q → %v → %q → %v, %v", s, set, set.String(), again, err)
		}
	})
}

func TestShardSettings(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		problem string // "" = valid
	}{
		{"defaults", nil, ""},
		{"all four of four", map[string]string{"ARTICLEBOT_DISCORD_SHARD_COUNT": "4", "ARTICLEBOT_DISCORD_SHARDS": "0-3"}, ""},
		{"half of four", map[string]string{"ARTICLEBOT_DISCORD_SHARD_COUNT": "4", "ARTICLEBOT_DISCORD_SHARDS": "2,3"}, ""},
		{"count alone", map[string]string{"ARTICLEBOT_DISCORD_SHARD_COUNT": "16"}, ""},
		{"shards without a count", map[string]string{"ARTICLEBOT_DISCORD_SHARDS": "0-1"}, "discord.shards: needs discord.shard_count"},
		{"shard beyond the count", map[string]string{"ARTICLEBOT_DISCORD_SHARD_COUNT": "4", "ARTICLEBOT_DISCORD_SHARDS": "2-4"}, "discord.shards: shard 4 does not exist"},
		{"negative count", map[string]string{"ARTICLEBOT_DISCORD_SHARD_COUNT": "-1"}, "discord.shard_count: must be between 0"},
		{"not a list", map[string]string{"ARTICLEBOT_DISCORD_SHARD_COUNT": "4", "ARTICLEBOT_DISCORD_SHARDS": "first"}, "discord.shards: ARTICLEBOT_DISCORD_SHARDS: not a list of shard IDs"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load("", envMap(tc.env))
			switch {
			case tc.problem == "" && err != nil:
				t.Errorf("Load: %v", err)
			case tc.problem != "" && (err == nil || !strings.Contains(err.Error(), tc.problem)):
				t.Errorf("Load = %v, want it to say %q", err, tc.problem)
			}
		})
	}
	p := writeFile(t, "c.yaml", "discord:\n  shard_count: 4\n  shards: 0,2\n", 0o644)
	c, err := Load(p, envMap(nil))
	if err != nil || c.Discord.ShardCount != 4 || !slices.Equal(c.Discord.Shards, ShardSet{0, 2}) {
		t.Errorf("from a file: %v, %v", c.Discord, err)
	}
}

// TestREADMEShowsTheExample: the README's configuration reference is
// what `config example` prints, so a new setting cannot be left out of it.
func TestREADMEShowsTheExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "```yaml\n"+Example()+"```\n") {
		t.Error("README.md's configuration reference differs from Example(): paste `articlebot config example` into it")
	}
}
