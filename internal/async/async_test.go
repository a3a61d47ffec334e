package async

import (
	"fmt"
	"strings"
	"testing"
)

func TestGoResult(t *testing.T) {
	wait := Go(func() int { return 42 })
	if got := wait(); got != 42 {
		t.Errorf("wait() = %d, want 42", got)
	}
}

// TestGoFault: a panic in the goroutine reaches the caller's wait, with
// the goroutine's stack, instead of ending the process.
func TestGoFault(t *testing.T) {
	wait := Go(func() int { panic("a fault in the rules") })
	defer func() {
		msg := fmt.Sprint(recover())
		if !strings.Contains(msg, "a fault in the rules") || !strings.Contains(msg, "async.TestGoFault") {
			t.Errorf("the fault or the goroutine's stack was lost: %s", msg)
		}
	}()
	wait()
	t.Fatal("wait returned after a fault")
}
