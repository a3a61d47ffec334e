package fetch

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// ReadFile reads a local page for the CLI: a path or a file:// URL. A .txt
// file is plain text, .html/.htm a web page, anything else (a PDF too) is
// sniffed; the
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
		return nil, fileError(name, err)
	}
	// Opening a named pipe blocks until a writer comes, and devices may
	// never end: the type is checked before opening, and the open itself
	// does not block, in case the path was swapped in between.
	if st, err := os.Stat(abs); err != nil {
		return nil, fileError(name, err)
	} else if !st.Mode().IsRegular() {
		return nil, &FileError{Path: name, Err: ErrNotRegularFile}
	}
	fh, err := os.OpenFile(abs, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, fileError(name, err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, fileError(name, err)
	}
	if !st.Mode().IsRegular() {
		return nil, &FileError{Path: name, Err: ErrNotRegularFile}
	}
	if st.Size() > maxBytes {
		return nil, fmt.Errorf("read %s: %w", name, &TooLargeError{Limit: maxBytes})
	}
	// The file may grow between Stat and read, so the read is capped too.
	body, err := io.ReadAll(io.LimitReader(fh, maxBytes+1))
	if err != nil {
		return nil, fileError(name, err)
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
		return "", fmt.Errorf("read %s: %w", src, badURL("%v", err))
	}
	switch {
	case u.Opaque != "" || u.Path == "":
		return "", fmt.Errorf("read %s: %w", src, badURL("a file link needs an absolute path (file:///path)"))
	case u.Host != "" && u.Host != "localhost":
		return "", fmt.Errorf("read %s: %w", src, badURL("file links on other machines (%s) are not supported", u.Host))
	}
	return filepath.FromSlash(u.Path), nil
}

// Local file errors, matched by errors.Is on a *FileError.
var (
	// ErrNoSuchFile means the path does not exist.
	ErrNoSuchFile = errors.New("no such file")
	// ErrNotRegularFile means a directory, named pipe, socket or device.
	ErrNotRegularFile = errors.New("not a regular file")
	// ErrFileAccess means the file exists but may not be read.
	ErrFileAccess = errors.New("permission denied")
)

// FileError reports a local file that could not be read; Path is the path
// as given, Err one of the sentinels above (wrapping the system error).
type FileError struct {
	Path string
	Err  error
}

// Error reads "read PATH: reason".
func (e *FileError) Error() string { return "read " + e.Path + ": " + e.Err.Error() }

// Unwrap gives the reason.
func (e *FileError) Unwrap() error { return e.Err }

func fileError(name string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		err = fmt.Errorf("%w (%w)", ErrNoSuchFile, err)
	case errors.Is(err, fs.ErrPermission):
		err = fmt.Errorf("%w (%w)", ErrFileAccess, err)
	}
	return &FileError{Path: name, Err: err}
}
