// runtime.Pinner (src/check/runtimepkg.rs). Pinned objects are held by the
// table pins, a package variable, so the collector marks them from the
// roots like any other: a pinned object stays allocated (and, as nothing
// moves, in place) until its Pinner's Unpin, even when nothing else
// refers to it, the Pinner included. As in Go, a Pinner that becomes
// unreachable with pins left is a leak: the collection that finds it
// notes it, and the next runtime.GC() panics with Go's message (Go's
// finalizer of the Pinner panics once its goroutine runs, which
// runtime.GC lets it do). The calls named pin* in gc.go and api.go are
// removed from programs that do not use runtime.Pinner.

package runtime

import "unsafe"

// Pinner is runtime.Pinner. Copies share their pins, as Go's do: the pin
// set, made by the first Pin, is a block of its own so that the collector
// tells whether any copy is still reachable.
type Pinner struct {
	pinner *pinSet
}

type pinSet struct {
	pins int
}

// pins holds the pinned pointers; pinOwners holds the address of each
// one's set as an integer, in a block the collector does not scan, so that
// the table does not keep the sets reachable (0 once the set leaked).
// Slots past len(pins) are kept nil: the collector scans whole blocks.
var pins []unsafe.Pointer
var pinOwners []uintptr

// A collection found a pin set unreachable with pins left.
var pinLeaked bool

// Pin pins the object p points into (p is any pointer; the checker
// converts it). As in Go, a pointer outside the heap (nil, a package
// variable) pins nothing.
func (p *Pinner) Pin(ptr unsafe.Pointer) {
	if p.pinner == nil {
		p.pinner = new(pinSet)
	}
	a := uintptr(ptr)
	if a < heapStart() || a >= heapNext {
		return
	}
	p.pinner.pins++
	pins = append(pins, ptr)
	pinOwners = append(pinOwners, uintptr(unsafe.Pointer(p.pinner)))
}

// Unpin unpins every object pinned through p (or a copy of it).
func (p *Pinner) Unpin() {
	if p.pinner == nil {
		return
	}
	owner := uintptr(unsafe.Pointer(p.pinner))
	n := 0
	for i := range pins {
		if pinOwners[i] != owner {
			pins[n] = pins[i]
			pinOwners[n] = pinOwners[i]
			n++
		}
	}
	for i := n; i < len(pins); i++ {
		pins[i] = nil
	}
	pins = pins[:n]
	pinOwners = pinOwners[:n]
	p.pinner.pins = 0
}

// pinscan runs in a collection once marking is done: a pin set left
// unmarked is no longer reachable, and its pins leaked. They stay pinned,
// owned by no set.
func pinscan() {
	for i := range pinOwners {
		o := pinOwners[i]
		if o == 0 {
			continue
		}
		h := blockOf(o)
		if h == 0 || header(h)&flagMark == 0 {
			pinOwners[i] = 0
			pinLeaked = true
		}
	}
}

// pinScrubbed keeps pinscrub's stores.
var pinScrubbed uintptr

// pinscrub starts runtime.GC(): it overwrites the stack below the caller
// with a frame of zeros, where the collector's frames go next, so that
// words left there by returned calls (a Pin's, say) do not keep a leaked
// pin set reachable, as Go's precise collector would not.
func pinscrub() {
	var frame [256]uintptr
	for i := range frame {
		frame[i] = 0
	}
	pinScrubbed = frame[pinScrubbed&255]
}

// pinleak ends runtime.GC(): Go's panic for a leaked pin.
func pinleak() {
	if pinLeaked {
		print("panic: runtime error: runtime.Pinner: found leaking pinned pointer; forgot to call Unpin()?\n")
		fatalpanic()
	}
}

// pinnerNil is p.Pin(nil): Go's panic.
func pinnerNil(p *Pinner) {
	if deferpanic("runtime.errorString", boxStatic, 0, "pinner nil") {
		return
	}
	print("panic: runtime error: runtime.Pinner: argument is nil\n")
	fatalpanic()
}
