// Pointers across the wasm boundary by their element type, as Go 1.27.3
// decides: a struct qualifies when a field of type structs.HostLayout
// (blank, named or embedded, first or not, also through an alias) is among
// its fields and every other field qualifies; an empty struct qualifies; so
// do sized numbers, bool and arrays of qualifying types. HostLayout itself
// is `struct{ _ hostLayout }`, whose field is no HostLayout: a pointer to a
// bare HostLayout, or to a type defined from it, is rejected.
package main

import "structs"

type Layout = structs.HostLayout

type Defined structs.HostLayout

type Empty struct{}

type First struct {
	_ structs.HostLayout
	a int32
	b float64
}

type Last struct {
	a [3]int16
	b bool
	_ Layout
}

type Embedded struct {
	structs.HostLayout
	u uint8
}

type Named struct {
	layout structs.HostLayout
	e      Empty
	inner  struct {
		_ structs.HostLayout
		v [2]uint64
	}
}

type ViaDefined struct {
	_ Defined
	x int32
}

type InnerPlain struct {
	_ structs.HostLayout
	n struct{ y [2]uint16 }
}

type WithString struct {
	_ structs.HostLayout
	s string
}

type WithUintptr struct {
	_ structs.HostLayout
	u uintptr
}

type WithInt struct {
	_ structs.HostLayout
	i [2]int
}

type WithPointer struct {
	_ structs.HostLayout
	p *int32
}

//go:wasmexport good1
func good1(*First, *Last, *Embedded, *Named) {}

//go:wasmexport good2
func good2(*[4]First, *[2][3]Last, *Empty, *[0]Embedded) *[2]Named { return nil }

//go:wasmexport good3
func good3(*struct {
	structs.HostLayout
	x int32
}) *Empty {
	return nil
}

//go:wasmexport bad1
func bad1(*structs.HostLayout) {} // ERROR "^go:wasmexport: unsupported parameter type \*structs.HostLayout$"

//go:wasmexport bad2
func bad2(*[2]Layout) {} // ERROR "^go:wasmexport: unsupported parameter type \*\[2\]structs.HostLayout$"

//go:wasmexport bad3
func bad3(*Defined) {} // ERROR "^go:wasmexport: unsupported parameter type \*Defined$"

//go:wasmexport bad4
func bad4(*ViaDefined) {} // ERROR "^go:wasmexport: unsupported parameter type \*ViaDefined$"

//go:wasmexport bad5
func bad5(*InnerPlain) {} // ERROR "^go:wasmexport: unsupported parameter type \*InnerPlain$"

//go:wasmexport bad6
func bad6() *WithString { return nil } // ERROR "^go:wasmexport: unsupported result type \*WithString$"

//go:wasmexport bad7
func bad7(*WithUintptr) {} // ERROR "^go:wasmexport: unsupported parameter type \*WithUintptr$"

//go:wasmexport bad8
func bad8(*WithInt) {} // ERROR "^go:wasmexport: unsupported parameter type \*WithInt$"

//go:wasmexport bad9
func bad9(*[1]WithPointer) {} // ERROR "^go:wasmexport: unsupported parameter type \*\[1\]WithPointer$"

//go:wasmexport bad10
func bad10(First) {} // ERROR "^go:wasmexport: unsupported parameter type First$"

//go:wasmexport bad11
func bad11() *struct { // ERROR "^go:wasmexport: unsupported result type \*struct \{ structs.HostLayout; s string \}$"
	structs.HostLayout
	s string
} {
	return nil
}

//go:wasmimport env imp1
func imp1(*First, *[2]Embedded) *Last

//go:wasmimport env imp2
func imp2(*structs.HostLayout) // ERROR "^go:wasmimport: unsupported parameter type \*structs.HostLayout$"

func main() {
	imp1(nil, nil)
	imp2(nil)
}
