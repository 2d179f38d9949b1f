// uint8 (byte) arithmetic wraps at every step: add, sub, mul, div, mod, negation and bitwise not, from uint32 arguments.
//
// run: c-shared
// call: add 255 1
// call: add 200 100
// call: sub 0 1
// call: sub 5 10
// call: mul 16 16
// call: mul 200 3
// call: div 255 2
// call: div 300 7
// call: mod 255 16
// call: neg 1
// call: neg 0
// call: not 0
// call: not 170
// call: cmp 200 100
// call: bytes 250
package main

//go:wasmexport add
func add(a, b uint32) uint32 { return uint32(uint8(a) + uint8(b)) }

//go:wasmexport sub
func sub(a, b uint32) uint32 { return uint32(uint8(a) - uint8(b)) }

//go:wasmexport mul
func mul(a, b uint32) uint32 { return uint32(uint8(a) * uint8(b)) }

//go:wasmexport div
func div(a, b uint32) uint32 { return uint32(uint8(a) / uint8(b)) }

//go:wasmexport mod
func mod(a, b uint32) uint32 { return uint32(uint8(a) % uint8(b)) }

//go:wasmexport neg
func neg(a uint32) uint32 { return uint32(-uint8(a)) }

//go:wasmexport not
func not(a uint32) uint32 { return uint32(^uint8(a)) }

// The wrapped sum is compared: 200+100 is 44 as a uint8.
//
//go:wasmexport cmp
func cmp(a, b uint32) uint32 {
	if uint8(a)+uint8(b) > uint8(a) {
		return 1
	}
	return 0
}

// byte is uint8: a loop counter of type byte wraps around past 255.
//
//go:wasmexport bytes
func bytes(a uint32) uint32 {
	var n uint32
	var b byte = byte(a)
	for i := 0; i < 10; i++ {
		b++
		n = n*2 + uint32(b&1)
		n += uint32(b)
	}
	return n
}

func main() {}
