// Loop counters and accumulators of narrow types wrap around inside loops, and comparisons use the wrapped values.
//
// run: c-shared
// call: wraps 0
// call: count8 -10
// call: sum16 1000
// call: down 3
// call: crc 12345
package main

// A uint8 counter starting at 250 wraps to 0 and is compared after wrapping.
//
//go:wasmexport wraps
func wraps(z int32) int32 {
	n := int32(0)
	for b := uint8(250) + uint8(z); b != 4; b++ {
		n++
	}
	return n
}

// An int8 counter going up from x wraps from 127 to -128 before reaching the limit.
//
//go:wasmexport count8
func count8(x int32) int32 {
	n := int32(0)
	i := int8(x)
	for i != -20 {
		i += 3
		n++
		if n > 1000 {
			return -1
		}
	}
	return n
}

//go:wasmexport sum16
func sum16(n int32) int32 {
	var s int16
	var u uint16
	for i := int32(0); i < n; i++ {
		s += int16(i)
		u -= uint16(i)
	}
	return int32(s)*100000 + int32(u)
}

// A uint16 counting down past zero wraps to 65535 and ends the loop.
//
//go:wasmexport down
func down(x uint32) uint32 {
	n := uint32(0)
	for i := uint16(x); i < 100; i-- {
		n++
	}
	return n
}

// A CRC-8 over the bytes of a value.
//
//go:wasmexport crc
func crc(x uint64) uint32 {
	var c uint8
	for k := 0; k < 8; k++ {
		c ^= uint8(x >> (8 * k))
		for j := 0; j < 8; j++ {
			if c&0x80 != 0 {
				c = c<<1 ^ 0x07
			} else {
				c <<= 1
			}
		}
	}
	return uint32(c)
}

func main() {}
