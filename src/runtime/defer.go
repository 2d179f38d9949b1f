// Deferred calls (src/check/defer.rs): one stack for the whole program,
// innermost frame's calls last. A function with defer statements
// remembers the depth on entry and runs the calls above it when it
// returns; a panic runs them all, innermost first, before its message.

package runtime

var defers []func()

func deferpush(f func()) {
	defers = append(defers, f)
}

func deferdepth() int {
	return len(defers)
}

// deferreturn runs the calls pushed since depth base, last first; each is
// popped before it runs, so that one that panics is not run again.
func deferreturn(base int) {
	for len(defers) > base {
		n := len(defers) - 1
		f := defers[n]
		defers[n] = nil
		defers = defers[:n]
		f()
	}
}

// deferpanic starts a panic: the pending calls run before the message.
func deferpanic() {
	deferreturn(0)
}
