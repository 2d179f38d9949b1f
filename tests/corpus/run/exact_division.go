// Signed divisions by a power of two whose dividend a condition showed a
// multiple of it, which wexlab makes one arithmetic shift (src/ir/proven/),
// beside look-alikes that must round toward zero: the dividend changed
// after the test, a smaller multiple than the divisor, the test's other
// branch, narrow and unsigned types, a test kept in a local.
//
// run: c-shared
// call: collatz 27
// call: collatz 97
// call: halves -6
// call: halves -7
// call: halves 10
// call: quarters -12
// call: quarters -10
// call: quarters -9
// call: changed -6
// call: otherBranch -7
// call: narrow -6
// call: narrow -7
// call: unsigned 6
// call: kept -14
// call: kept -15
// call: byOne -6
package main

//go:wasmexport collatz
func collatz(n int64) int64 {
	steps := int64(0)
	for ; n != 1; steps++ {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
	}
	return steps
}

//go:wasmexport halves
func halves(x int64) int64 {
	if x%2 == 0 {
		return x / 2
	}
	return x/2*1000 + 1
}

// x&3 == 0: x/4 and x/2 need no rounding, x/8 does.
//
//go:wasmexport quarters
func quarters(x32 int32) int64 {
	x := int32(x32)
	if x&3 == 0 {
		return int64(x/4)*1000000 + int64(x/2)*1000 + int64(x/8)
	}
	return int64(x/4)*1000 + int64(x/2)
}

//go:wasmexport changed
func changed(x int64) int64 {
	if x%2 == 0 {
		x++
		return x / 2
	}
	return 0
}

//go:wasmexport otherBranch
func otherBranch(x int64) int64 {
	if x%2 != 0 {
		return x / 2
	}
	return x/2 + 100
}

//go:wasmexport narrow
func narrow(x32 int32) int32 {
	x := int8(x32)
	if x%2 == 0 {
		return int32(x / 2)
	}
	return int32(x/2) * 10
}

//go:wasmexport unsigned
func unsigned(x32 int32) uint32 {
	x := uint32(x32)
	if x%2 == 0 {
		return x / 2
	}
	return x/2 + 1
}

//go:wasmexport kept
func kept(x int64) int64 {
	even := x%2 == 0
	if even {
		return x / 2
	}
	return x/2 - 1000
}

// A division by one under the test needs no shift.
//
//go:wasmexport byOne
func byOne(x int64) int64 {
	if x%2 == 0 {
		return x / 1
	}
	return 0
}

func main() {}
