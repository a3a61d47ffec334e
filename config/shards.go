package config

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// MaxShards bounds discord.shard_count: far above the largest bots' shard
// counts (Discord asks for one shard per 1,000–2,500 servers), and it
// bounds the list a range such as "0-99999999" would expand to.
const MaxShards = 1 << 16

// ShardSet is the gateway shards one process runs, written as IDs and
// ranges: "0-3", "0,2", "0-1,6". Empty means every shard.
type ShardSet []int

// ParseShardSet parses "0-3", "0,2", "0-1,6" ("" = every shard) into
// sorted, distinct IDs.
func ParseShardSet(s string) (ShardSet, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	bad := func() (ShardSet, error) {
		return nil, fmt.Errorf("not a list of shard IDs (use e.g. 0-3, 0,2 or 0-1,6): %q", s)
	}
	id := func(t string) (int, bool) {
		n, err := strconv.Atoi(strings.TrimSpace(t))
		return n, err == nil && n >= 0 && n < MaxShards
	}
	var out ShardSet
	for part := range strings.SplitSeq(s, ",") {
		lo, hi, isRange := strings.Cut(part, "-")
		a, ok := id(lo)
		if !ok {
			return bad()
		}
		b := a
		if isRange {
			if b, ok = id(hi); !ok || b < a {
				return bad()
			}
		}
		for n := a; n <= b; n++ {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// String writes the set compactly, consecutive IDs as ranges: "0-3,6".
func (s ShardSet) String() string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j+1 < len(s) && s[j+1] == s[j]+1 {
			j++
		}
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(s[i]))
		if j > i {
			b.WriteByte('-')
			b.WriteString(strconv.Itoa(s[j]))
		}
		i = j + 1
	}
	return b.String()
}

// MarshalText writes the set as String does.
func (s ShardSet) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText parses the set as ParseShardSet does.
func (s *ShardSet) UnmarshalText(b []byte) error {
	v, err := ParseShardSet(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// validateShards checks discord.shard_count and discord.shards together:
// a process that runs only some shards must know the total, which every
// process has to agree on, so it cannot be left to Discord's
// recommendation (that changes as the bot grows).
func (c Config) validateShards(v *ValidationError) {
	n := c.Discord.ShardCount
	if n < 0 || n > MaxShards {
		v.add("discord.shard_count", "must be between 0 (Discord's recommendation) and %d, not %d", MaxShards, n)
		return
	}
	if len(c.Discord.Shards) == 0 {
		return
	}
	if n == 0 {
		v.add("discord.shards", "needs discord.shard_count: every process must use the same total, so set it (e.g. shard_count: 4)")
		return
	}
	if last := c.Discord.Shards[len(c.Discord.Shards)-1]; last >= n {
		v.add("discord.shards", "shard %d does not exist: shard IDs run from 0 to discord.shard_count-1 (%d)", last, n-1)
	}
}
