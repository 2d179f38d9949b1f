// wasmexport accepts named types whose underlying type is allowed, and pointers to them.
package main

import "unsafe"

type Handle int32
type Flags uint64
type Ratio float64
type Ok bool
type Addr uintptr
type Raw unsafe.Pointer
type Tiny int8

//go:wasmexport named
func named(h Handle, f Flags, r Ratio, ok Ok, a Addr, p Raw) Handle {
	if ok {
		return h
	}
	return Handle(f)
}

//go:wasmexport namedptr
func namedptr(t *Tiny, h *Handle) *Ratio { return nil }

//go:wasmexport rflags
func rflags() Flags { return 7 }

//go:wasmexport rraw
func rraw(p Raw) Raw { return p }

func main() {}
