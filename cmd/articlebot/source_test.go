package main

import "testing"

func TestArgSource(t *testing.T) {
	tests := []struct {
		arg  string
		file bool
	}{
		{"https://example.com/a", false},
		{"HTTP://example.com/a", false},
		{"ftp://example.com/a", false}, // a web link the engine then refuses
		{"file:///tmp/a.html", true},
		{"FILE:///tmp/a.html", true},
		{"/tmp/a.html", true},
		{"notes/a.txt", true},
		{"a.txt", true},
	}
	for _, tc := range tests {
		if got := argSource(tc.arg); got.IsFile() != tc.file || got.String() != tc.arg {
			t.Errorf("argSource(%q) = file %v %q, want file %v", tc.arg, got.IsFile(), got.String(), tc.file)
		}
	}
}

func TestLooksLikeID(t *testing.T) {
	for s, want := range map[string]bool{"3f9c2a1b7d0e": true, "3f9c": true, "3f9": false, "3f9c2a1b7d0e0": false, "notes.txt": false, "ABCD": false} {
		if got := looksLikeID(s); got != want {
			t.Errorf("looksLikeID(%q) = %v, want %v", s, got, want)
		}
	}
}
