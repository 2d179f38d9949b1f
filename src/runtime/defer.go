// Deferred calls (src/check/defer.rs): one stack for the whole program,
// innermost frame's calls last. A function with defer statements
// remembers the depth on entry and runs the calls above it when it
// returns; a panic runs them, innermost first, before its message, unless
// one of them recovers. A panic in a deferred call that a panic runs
// starts a panic of its own, which runs the calls left: the panics run
// nested, each in the deferred call of the one before.

package runtime

import "unsafe"

var defers []func()

// A panic is running the deferred calls.
var panicking bool

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
		deferByPanic = false
		f()
	}
}

// The panics being run, oldest first: each one's message (what its panic
// function printed between deferpanic and fatalpanic, captured so that the
// chain prints in Go's order once the last one is fatal), what Go compares
// to see that a panic repanics the value of the one before (Go's interface
// words, see panicvalue), whether a deferred call recovered it, whether
// it was a memory fault, and the depth of the deferred call it runs.
var panicMsgs [][]byte
var panicTypes []string
var panicModes []int
var panicWords []uint64
var panicStrs []string
var panicRecovered []bool
var panicSignals []bool
var panicAt []int

// capturing: a panic's message is being printed; write appends it to the
// last of panicMsgs.
var capturing bool

// Set by panicvalue for the program's panic(v) that follows.
var valueType string
var valueMode int

// How Go boxes a panic value, which decides whether two panics hold the
// same interface value (src/check/panics.rs picks one).
const (
	// A new box each time (panic(nil), a runtime error built at run time).
	boxNew = 0
	// A constant or a global error: the same when type and value are.
	boxStatic = 1
	// A pointer, or a byte-sized value in Go's table of small values.
	boxDirect = 2
	// A wider integer or float: Go's table holds values below 256 only.
	boxSmall = 3
	// A string that is not constant: only "" shares a box.
	boxString = 4
)

// panicvalue gives the type and boxing of the program's panic(v) about to
// run (called only in programs with deferred calls).
func panicvalue(typ string, mode int) {
	valueType = typ
	valueMode = mode
}

// The value of the program's panic(v) of a number or a bool, given
// before deferpanic by the panic function: Go's data word for it.
var valueWord uint64

func deferword(v uint64) {
	valueWord = v
}

func deferfloat64(v float64) {
	floatBits = v
	valueWord = *(*uint64)(unsafe.Pointer(&floatBits))
}

func deferfloat32(v float32) {
	float32Bits = v
	valueWord = uint64(*(*uint32)(unsafe.Pointer(&float32Bits)))
}

func deferbool(v bool) {
	valueWord = 0
	if v {
		valueWord = 1
	}
}

// deferpanic starts a panic whose value is word or s (of type typ, boxed
// as mode; typ "" for the program's panic(v), described by panicvalue):
// its message is captured, and the deferred calls run in fatalpanic. It
// returns false, so that the panic function prints the message.
func deferpanic(typ string, mode int, word uint64, s string) bool {
	if typ == "" {
		typ = valueType
		mode = valueMode
		word |= valueWord
		valueType = ""
		valueMode = boxNew
		valueWord = 0
	}
	panicMsgs = append(panicMsgs, nil)
	panicTypes = append(panicTypes, typ)
	panicModes = append(panicModes, mode)
	panicWords = append(panicWords, word)
	panicStrs = append(panicStrs, s)
	panicRecovered = append(panicRecovered, false)
	panicSignals = append(panicSignals, typ == "runtime.memoryError")
	panicAt = append(panicAt, 0)
	capturing = true
	return false
}

// capture appends what write would write to the message of the panic
// being started; it reports whether it did.
func capture(p uintptr, n int) bool {
	if !capturing {
		return false
	}
	k := len(panicMsgs) - 1
	for i := 0; i < n; i++ {
		panicMsgs[k] = append(panicMsgs[k], *(*byte)(unsafe.Pointer(p + uintptr(i))))
	}
	return true
}

// deferfatal is fatalpanic's start: after a panic's message, the pending
// deferred calls run, innermost first. It reports whether the panic
// stopped: one of the calls recovered it, or a panic that one of them
// raised was recovered further down, which leaves the call, and this panic
// with it. The panic function then returns instead of ending the program,
// and the frames unwind. Otherwise it prints the panics.
func deferfatal() (stopped bool) {
	if !capturing {
		// A fatal error, not a panic.
		return false
	}
	capturing = false
	k := len(panicMsgs) - 1
	if panicSignals[k] {
		// Go prints the signal line after all the panics.
		m := panicMsgs[k]
		end := len(m) - 1
		for end > 0 && m[end-1] != '\n' {
			end--
		}
		panicMsgs[k] = m[:end]
	}
	panicking = true
	for len(defers) > 0 {
		n := len(defers) - 1
		f := defers[n]
		defers[n] = nil
		defers = defers[:n]
		panicAt[k] = n
		// When f returns with the frames unwinding, the unwinding check
		// after the call leaves this function with stopped set.
		stopped = true
		deferByPanic = true
		f()
		stopped = false
		if panicRecovered[k] {
			unwinding = true
			recoveredAt = n
			endpanics(k, n)
			return true
		}
	}
	printpanics()
	return false
}

// endpanics ends panic k, recovered by the deferred call at depth n, and
// the panics before it whose deferred call the unwinding frames leave
// (those running a call deeper than n).
func endpanics(k int, n int) {
	for k > 0 && n < panicAt[k-1] {
		k--
	}
	panicMsgs = panicMsgs[:k]
	panicTypes = panicTypes[:k]
	panicModes = panicModes[:k]
	panicWords = panicWords[:k]
	panicStrs = panicStrs[:k]
	panicRecovered = panicRecovered[:k]
	panicSignals = panicSignals[:k]
	panicAt = panicAt[:k]
	panicking = k > 0
}

// printpanics prints the panics as Go does: oldest first, each after a
// tab but the first, "[recovered]" after a recovered one's value, and a
// panic that repanics the value of the one before it is left out, that
// one saying "[recovered, repanicked]".
func printpanics() {
	for i := range panicMsgs {
		if i > 0 && samevalue(i-1, i) {
			continue
		}
		if i > 0 {
			print("\t")
		}
		m := panicMsgs[i]
		// The value ends before the message's last newline.
		end := len(m)
		if end > 0 && m[end-1] == '\n' {
			end--
		}
		if end > 0 {
			write(uintptr(unsafe.Pointer(&m[0])), end)
		}
		repanicked := i+1 < len(panicMsgs) && samevalue(i, i+1)
		if panicRecovered[i] && repanicked {
			print(" [recovered, repanicked]")
		} else if panicRecovered[i] {
			print(" [recovered]")
		}
		print("\n")
	}
	for i := range panicSignals {
		if panicSignals[i] {
			print("[signal 0xb code=0x0 addr=0x0 pc=0x0]\n")
			break
		}
	}
}

// samevalue reports whether panics i and j hold the same interface value
// in Go: the same type and the same data word.
func samevalue(i int, j int) bool {
	mode := panicModes[i]
	if mode != panicModes[j] || panicTypes[i] != panicTypes[j] {
		return false
	}
	w := panicWords[i]
	switch mode {
	case boxStatic:
		return w == panicWords[j] && panicStrs[i] == panicStrs[j]
	case boxDirect:
		return w == panicWords[j]
	case boxSmall:
		return w == panicWords[j] && w < 256
	case boxString:
		return panicStrs[i] == "" && panicStrs[j] == ""
	}
	return false
}

// Who runs the deferred call about to start: a panic (deferfatal), whose
// calls may recover, or a function's return (deferreturn), whose calls
// may not, even while a panic runs the call that returns.
var deferByPanic bool

// defercalling is a deferred call's closure noting, just before it calls
// its function, that recover may work there: when the panic runs it.
func defercalling() {
	deferCalling = deferByPanic
	deferByPanic = false
}

// deferenter reports whether a deferred call's closure called the function
// being entered.
func deferenter() bool {
	direct := deferCalling
	deferCalling = false
	return direct
}

// gorecover is recover() != nil in a function, direct when a deferred
// call called it: it stops the innermost panic being run, if any and not
// recovered yet. The panic ends when that call returns.
func gorecover(direct bool) bool {
	if !direct || !panicking {
		return false
	}
	k := len(panicRecovered) - 1
	if panicRecovered[k] {
		return false
	}
	panicRecovered[k] = true
	return true
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
