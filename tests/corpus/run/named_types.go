// Named types over basic types keep their underlying behavior: wraparound of a named uint8, signed division of a named int16, named floats and bools, conversions between them, and pointers to them.
//
// run: c-shared
// call: cel 212
// call: cel -40
// call: step 250 10
// call: halve -7
// call: flag 3
// call: flag 4
// call: ptr 9
package main

import "unsafe"

type Celsius float64
type Fahrenheit float64
type Counter uint8
type Small int16
type Flag bool
type ID int64

var store ID

func toC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

//go:wasmexport cel
func cel(f float64) float64 { return float64(toC(Fahrenheit(f))) }

//go:wasmexport step
func step(start, n uint32) uint32 {
	c := Counter(start)
	for i := uint32(0); i < n; i++ {
		c++
	}
	return uint32(c)
}

//go:wasmexport halve
func halve(x int32) int32 {
	s := Small(x)
	s /= 2
	var t Small = -32768
	t -= 1
	return int32(s)*100000 + int32(t)
}

func odd(x ID) Flag { return x%2 != 0 }

//go:wasmexport flag
func flag(x int64) int32 {
	if odd(ID(x)) {
		return 1
	}
	return 0
}

// A pointer to a named type converts to a pointer to its underlying type through unsafe.Pointer.
//
//go:wasmexport ptr
func ptr(v int64) int64 {
	h := &store
	*h = ID(v)
	p := (*int64)(unsafe.Pointer(h))
	*p *= 2
	return int64(store)
}

func main() {}
