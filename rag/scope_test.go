package rag

import (
	"errors"
	"testing"
)

// TestServerScope: only an ID as Discord writes it names a server's scope.
func TestServerScope(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want Scope
	}{
		{"1234567890123456789", "guild:1234567890123456789"},
		{"18446744073709551615", "guild:18446744073709551615"},
		{"7", "guild:7"},
		{"", ""}, {"0", ""}, {"007", ""}, {"-7", ""}, {"+7", ""}, {"7 ", ""}, {"1e5", ""}, {"0x1f", ""},
		{"18446744073709551616", ""}, {"١٢٣", ""},
	} {
		got, err := ServerScope(tc.id)
		if got != tc.want || (err == nil) != (tc.want != "") || err != nil && !errors.Is(err, ErrBadServerID) {
			t.Errorf("ServerScope(%q) = %q, %v; want %q", tc.id, got, err, tc.want)
		}
	}
}
