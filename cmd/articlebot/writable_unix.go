//go:build unix

package main

import "golang.org/x/sys/unix"

// canWrite reports whether this user may write path, as access(2) says
// (root may write anything on a writable file system).
func canWrite(path string) bool { return unix.Access(path, unix.W_OK) == nil }
