// Deferred calls (src/check/defer.rs): one stack for the whole program,
// innermost frame's calls last. A function with defer statements
// remembers the depth on entry and runs the calls above it when it
// returns; a panic runs them, innermost first, before its message, unless
// one of them recovers.

package runtime

var defers []func()

// A panic is running the deferred calls; one of them called recover.
var panicking bool
var recovered bool

// A deferred call panicked while a panic ran the calls; recover no longer
// stops anything.
var nested bool

// After a recovery, the frames below the one whose deferred call recovered
// are being left (every call is followed by a check of unwinding in
// programs that call recover); recoveredAt is the depth of that call.
var unwinding bool
var recoveredAt int

// A deferred call's closure is calling its function: recover works there
// only. Every function of a program that calls recover clears it on entry.
var deferCalling bool

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
// It reports whether one of them recovered: the panic function then
// returns instead of printing, and the frames unwind.
func deferpanic() bool {
	if panicking {
		// A panic in a deferred call of another: wexlab keeps one panic
		// at a time, so this one runs the calls left and ends the program.
		nested = true
		deferreturn(0)
		return false
	}
	panicking = true
	for len(defers) > 0 {
		n := len(defers) - 1
		f := defers[n]
		defers[n] = nil
		defers = defers[:n]
		f()
		if recovered {
			recovered = false
			panicking = false
			unwinding = true
			recoveredAt = n
			return true
		}
	}
	return false
}

func defercalling() {
	deferCalling = true
}

// deferenter reports whether a deferred call's closure called the function
// being entered.
func deferenter() bool {
	direct := deferCalling
	deferCalling = false
	return direct
}

// gorecover is recover() != nil in a function, direct when a deferred
// call called it: it stops the panic being run, if any.
func gorecover(direct bool) bool {
	if direct && panicking && !recovered && !nested {
		recovered = true
		return true
	}
	return false
}

// deferunwind is called by a function with defer statements, whose depth
// on entry was base, when a recovered panic leaves it: if the call that
// recovered was its own, it runs its remaining deferred calls and the
// function returns normally from there.
func deferunwind(base int) {
	if unwinding && recoveredAt >= base {
		unwinding = false
		deferreturn(base)
	}
}
