//go:build unix

package fetch

import (
	"errors"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestReadFileRefusesPipesAndDirectories: opening a named pipe would block
// until a writer comes, forever in practice.
func TestReadFileRefusesPipesAndDirectories(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.html")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{fifo, dir, "/dev/zero"} {
		done := make(chan error, 1)
		go func() { _, err := ReadFile(p, 0); done <- err }()
		select {
		case err := <-done:
			var fe *FileError
			if !errors.Is(err, ErrNotRegularFile) || !errors.As(err, &fe) || fe.Path != p {
				t.Errorf("ReadFile(%s) err = %v, want a *FileError with ErrNotRegularFile", p, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("ReadFile(%s) blocked", p)
		}
	}
	if _, err := ReadFile(filepath.Join(dir, "missing.html"), 0); !errors.Is(err, ErrNoSuchFile) {
		t.Errorf("missing file: err = %v, want ErrNoSuchFile", err)
	}
}
