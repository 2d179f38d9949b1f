// wasmexport and wasmimport accept pointers to structs.HostLayout structs
// (the HostLayout field blank, named or embedded, anywhere among the
// fields, also through an alias), to arrays of them, to empty structs, and
// to structs nesting such structs; the functions read and write through them.
package main

import (
	"structs"
	"unsafe"
)

type Layout = structs.HostLayout

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

type Nested struct {
	layout structs.HostLayout
	e      Empty
	inner  First
	rows   [2]Last
}

var pool [4]First
var nested Nested

//go:wasmexport sumFirst
func sumFirst(p *[4]First, n int32) float64 {
	t := 0.0
	for i := int32(0); i < n && i < int32(len(p)); i++ {
		t += float64(p[i].a) + p[i].b
	}
	return t
}

//go:wasmexport setLast
func setLast(l *Last, i int32, v int32) bool {
	if l == nil || i < 0 || i >= 3 {
		return false
	}
	l.a[i] = int16(v)
	l.b = true
	return true
}

//go:wasmexport grid
func grid(g *[2][3]Last, e *Empty, m *Embedded) *Nested {
	if m != nil {
		m.u++
	}
	return &nested
}

//go:wasmexport firstOf
func firstOf(i int32) *First {
	return &pool[i&3]
}

//go:wasmexport sizes
func sizes() int64 {
	return int64(unsafe.Sizeof(nested))<<32 | int64(unsafe.Offsetof(nested.rows))<<16 | int64(unsafe.Offsetof(nested.inner.b))
}

//go:wasmexport anon
func anon(p *struct {
	structs.HostLayout
	x [2]uint32
}) uint32 {
	return p.x[0] + p.x[1]
}

//go:wasmimport env fill
func fill(f *First, rows *[2]Last) *Embedded

//go:wasmexport callFill
func callFill() int32 {
	return int32(fill(&nested.inner, &nested.rows).u)
}

func main() {}
