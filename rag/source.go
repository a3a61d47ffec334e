package rag

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/articlebot/articlebot/rag/canonical"
	"github.com/articlebot/articlebot/rag/fetch"
)

// sourceKind says where an article is read from.
type sourceKind int

const (
	// sourceWeb is the zero value, so a Source nobody set reads only the web.
	sourceWeb sourceKind = iota
	sourceFile
)

// Source is where an article comes from. Its kind is chosen by the caller,
// never guessed from the text: a front end that passes on what other people
// typed builds only [WebLink]s, and only an operator's own command-line
// argument may become a [LocalFile]. The zero Source is an empty web link.
type Source struct {
	kind sourceKind
	ref  string
}

// WebLink is an http or https URL to fetch. Anything else given as a web
// link — a path, a file: URL, another scheme — is refused by Ingest with
// [ErrNotWebLink], whatever it looks like.
func WebLink(rawURL string) Source {
	return Source{kind: sourceWeb, ref: strings.TrimSpace(rawURL)}
}

// LocalFile is a file on this machine (a path or a file:// URL). Only the
// CLI builds these, from its operator's arguments.
func LocalFile(path string) Source {
	return Source{kind: sourceFile, ref: strings.TrimSpace(path)}
}

// IsFile reports whether s names a local file.
func (s Source) IsFile() bool { return s.kind == sourceFile }

// String is the source as given.
func (s Source) String() string { return s.ref }

// key is the identity of a source before anything is read: the canonical
// URL of a web link, or the file:// URL of a local file's absolute path.
func (s Source) key() (string, error) {
	if s.ref == "" {
		return "", fmt.Errorf("%w: empty", fetch.ErrBadURL)
	}
	if s.kind == sourceFile {
		return fileURL(s.ref)
	}
	if err := checkWebLink(s.ref); err != nil {
		return "", err
	}
	key, err := canonical.URL(s.ref)
	if err != nil {
		return "", fmt.Errorf("%w: %v", fetch.ErrBadURL, err)
	}
	return key, nil
}

// checkWebLink refuses anything but an absolute http(s) URL. It runs before
// canonicalisation and again (in the fetcher) before dialing, so no code
// path between the user's text and the network can turn it into a file.
func checkWebLink(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("%w: %q", ErrNotWebLink, raw)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return fmt.Errorf("%w: the link has no host", fetch.ErrBadURL)
		}
		return nil
	}
	return fmt.Errorf("%w: %q", ErrNotWebLink, raw)
}
