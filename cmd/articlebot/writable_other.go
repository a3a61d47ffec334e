//go:build !unix

package main

// canWrite assumes a writable library where access(2) is not available;
// opening it then fails with the system's own error.
func canWrite(string) bool { return true }
