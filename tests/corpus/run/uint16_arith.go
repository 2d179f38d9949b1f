// uint16 arithmetic wraps at every step: add, sub, mul, div, mod, negation and bitwise not, from uint32 arguments.
//
// run: c-shared
// call: add 65535 1
// call: sub 0 1
// call: mul 256 256
// call: mul 65535 65535
// call: div 65535 256
// call: div 70000 3
// call: mod 65535 1000
// call: neg 1
// call: not 0
// call: not 4660
// call: horner 12345
package main

//go:wasmexport add
func add(a, b uint32) uint32 { return uint32(uint16(a) + uint16(b)) }

//go:wasmexport sub
func sub(a, b uint32) uint32 { return uint32(uint16(a) - uint16(b)) }

//go:wasmexport mul
func mul(a, b uint32) uint32 { return uint32(uint16(a) * uint16(b)) }

//go:wasmexport div
func div(a, b uint32) uint32 { return uint32(uint16(a) / uint16(b)) }

//go:wasmexport mod
func mod(a, b uint32) uint32 { return uint32(uint16(a) % uint16(b)) }

//go:wasmexport neg
func neg(a uint32) uint32 { return uint32(-uint16(a)) }

//go:wasmexport not
func not(a uint32) uint32 { return uint32(^uint16(a)) }

// A 16-bit hash: every step must wrap before the next multiplication.
//
//go:wasmexport horner
func horner(a uint32) uint32 {
	h := uint16(a)
	for i := uint16(0); i < 20; i++ {
		h = h*31 + i
		h ^= h >> 3
	}
	return uint32(h)
}

func main() {}
