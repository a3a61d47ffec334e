package fetch

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// ReadFile reads a local page for the CLI: a path or a file:// URL. A .txt
// file is plain text, .html/.htm a web page, anything else is sniffed; the
// size cap (maxBytes, or DefaultMaxBytes when not positive), type and
// encoding rules are those of Fetch. Page.URL is the file:// URL of the
// absolute path, so the same file always gets the same identity.
func ReadFile(path string, maxBytes int64) (*Page, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	name, err := localPath(path)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	fh, err := os.Open(abs)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	// Devices and pipes could block or never end; directories have no page.
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("read %s: not a regular file", name)
	}
	if st.Size() > maxBytes {
		return nil, fmt.Errorf("read %s: %w", name, &TooLargeError{Limit: maxBytes})
	}
	// The file may grow between Stat and read, so the read is capped too.
	body, err := io.ReadAll(io.LimitReader(fh, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(body)) > maxBytes {
		return nil, fmt.Errorf("read %s: %w", name, &TooLargeError{Limit: maxBytes})
	}
	declared := ""
	switch strings.ToLower(filepath.Ext(abs)) {
	case ".txt", ".text", ".md":
		declared = typeText
	case ".html", ".htm":
		declared = typeHTML
	case ".xhtml":
		declared = typeXHTML
	}
	page, err := decode(body, declared)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	page.URL = (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
	page.RequestedURL = path
	page.LastModified = st.ModTime()
	return page, nil
}

// localPath turns a file:// URL into a path; anything else is a path
// already. Only absolute file URLs on this machine make sense.
func localPath(src string) (string, error) {
	if !strings.HasPrefix(strings.ToLower(src), "file:") {
		return src, nil
	}
	u, err := url.Parse(src)
	if err != nil {
		return "", fmt.Errorf("read %s: %w: %v", src, ErrBadURL, err)
	}
	switch {
	case u.Opaque != "" || u.Path == "":
		return "", fmt.Errorf("read %s: %w: a file link needs an absolute path (file:///path)", src, ErrBadURL)
	case u.Host != "" && u.Host != "localhost":
		return "", fmt.Errorf("read %s: %w: file links on other machines (%s) are not supported", src, ErrBadURL, u.Host)
	}
	return filepath.FromSlash(u.Path), nil
}
