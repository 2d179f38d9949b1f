// Division and remainder by powers of two, and remainders compared with zero (how programs test parity), on negative, extreme and narrow values: the forms cleanup rewrites into shifts and masks.
//
// run: c-shared
// call: parity64 -9223372036854775808
// call: parity64 -9223372036854775807
// call: parity64 -4
// call: parity64 -3
// call: parity64 0
// call: parity64 6
// call: parity64 9223372036854775807
// call: parity32 -2147483648
// call: parity32 -2147483647
// call: parity32 -12
// call: parity32 7
// call: unsigned64 18446744073709551615
// call: unsigned64 9223372036854775808
// call: unsigned64 12
// call: unsigned32 4294967295
// call: unsigned32 2147483648
// call: unsigned32 40
// call: narrow -128
// call: narrow -1
// call: narrow 255
// call: narrow 300
// call: collatz 27
// call: collatz 1
package main

//go:wasmexport parity64
func parity64(x int64) int64 {
	var r int64
	if x%2 == 0 {
		r += 1
	}
	if x%4 != 0 {
		r += 10
	}
	if x%(1<<62) == 0 {
		r += 100
	}
	return r + x%8*1000
}

//go:wasmexport parity32
func parity32(x int32) int32 {
	var r int32
	if x%2 == 0 {
		r += 1
	}
	if x%16 == 0 {
		r += 10
	}
	return r + x%4*100
}

//go:wasmexport unsigned64
func unsigned64(x uint64) uint64 {
	return x/2 + x%2 + x/(1<<62) + x%(1<<40) + x/4*3
}

//go:wasmexport unsigned32
func unsigned32(x uint32) uint32 {
	return x/2 + x%2*7 + x/(1<<30) + x%64 + x/8
}

//go:wasmexport narrow
func narrow(x int32) int64 {
	b := int8(x)
	u := uint8(x)
	h := uint16(x)
	var r int64
	if b%2 == 0 {
		r += 1
	}
	return r + int64(u/4)*10 + int64(u%4)*10000 + int64(h/16)*100000 + int64(h%32)*100000000
}

//go:wasmexport collatz
func collatz(n uint64) int32 {
	var steps int32
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {}
