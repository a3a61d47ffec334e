package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/articlebot/articlebot/rag"
)

// argSource turns an argument the operator typed on the command line into
// a source: a URL with a scheme is a web link (file: URLs excepted), anything
// else a path on this machine. Only direct arguments come here; text the
// program reads from elsewhere (chat lines) always becomes a rag.WebLink.
func argSource(arg string) rag.Source {
	arg = strings.TrimSpace(arg)
	low := strings.ToLower(arg)
	if strings.Contains(low, "://") && !strings.HasPrefix(low, "file:") {
		return rag.WebLink(arg)
	}
	return rag.LocalFile(arg)
}

// notInLibrary explains a summarize argument that is neither an article of
// the library nor something to read: people mistype IDs far more often
// than they mean a file named like one.
func notInLibrary(arg string) error {
	if looksLikeID(arg) {
		return fmt.Errorf("no article with ID %s (see `articlebot list`)", arg)
	}
	return fmt.Errorf("no article, link or file %q (see `articlebot list`)", arg)
}

// missingFile reports whether src is a local path that does not exist.
func missingFile(src rag.Source) bool {
	if !src.IsFile() || strings.HasPrefix(strings.ToLower(src.String()), "file:") {
		return false
	}
	_, err := os.Stat(src.String())
	return errors.Is(err, fs.ErrNotExist)
}

// looksLikeID reports whether s could be (a prefix of) an article ID: 4 to
// 12 lowercase hex digits.
func looksLikeID(s string) bool {
	if len(s) < 4 || len(s) > 12 {
		return false
	}
	return strings.Trim(s, "0123456789abcdef") == ""
}
