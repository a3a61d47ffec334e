// Package async runs a function in a goroutine that its caller owns: the
// caller goes on with other work, then waits for the result, and a panic
// in the goroutine reaches the caller as a panic of its own, with the
// goroutine's stack. Without that, a fault in work moved off the caller's
// path would end the process instead of reaching the recover that guards
// the caller (a fault in the quotation rules fails one article).
package async

import (
	"fmt"
	"runtime/debug"
)

// Go starts f in a goroutine and returns the wait for its result. The
// caller must wait on every path where it returns normally; if the caller
// panics first, the goroutine still ends when f does, since nothing it
// does blocks on the caller. wait may be called once.
func Go[T any](f func() T) (wait func() T) {
	type outcome struct {
		value T
		fault string // a panic in f with its stack, "" if none
	}
	done := make(chan outcome, 1)
	go func() {
		var o outcome
		defer func() {
			if p := recover(); p != nil {
				o.fault = fmt.Sprintf("%v\n%s", p, debug.Stack())
			}
			done <- o
		}()
		o.value = f()
	}()
	return func() T {
		o := <-done
		if o.fault != "" {
			panic(o.fault)
		}
		return o.value
	}
}
