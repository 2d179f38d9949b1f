// Recursive calls in tail position, which wexlab turns into loops: plain
// tail calls, accumulators with + * | ^ in every int width (wrapping), the
// call on either side, several recursive returns, a global the recursion
// changes (so that the other operand must be read after the call), and
// calls whose arguments print.
//
// run: c-shared
// call: sum 100
// call: sum 20000
// call: sumLeft 1000
// call: fact 20
// call: fact 25
// call: fact8 10
// call: ors 62
// call: xors 1000
// call: gcd 1071 462
// call: gcd -12 18
// call: collatzSteps 27
// call: twoWays 10
// call: twoWays 11
// call: afterGlobal 5
// call: fibw 40
// call: ackLoop 2 3
// call: countdown 3
// call: narrow 200
package main

func sumTo(n int64) int64 {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

//go:wasmexport sum
func sum(n int64) int64 { return sumTo(n) }

func sumLeftTo(n int32) int32 {
	if n <= 0 {
		return 0
	}
	return sumLeftTo(n-1) + n*n
}

//go:wasmexport sumLeft
func sumLeft(n int32) int32 { return sumLeftTo(n) }

func factorial(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

//go:wasmexport fact
func fact(n int64) int64 { return int64(factorial(uint64(n))) }

func fact8w(n int8) int8 {
	if n <= 1 {
		return 1
	}
	return n * fact8w(n-1)
}

//go:wasmexport fact8
func fact8(n int32) int32 { return int32(fact8w(int8(n))) }

func orBits(n uint32) uint32 {
	if n == 0 {
		return 1
	}
	return uint32(1)<<(n%32) | orBits(n-1)
}

//go:wasmexport ors
func ors(n uint32) uint32 { return orBits(n) }

func xorTo(n int64) int64 {
	if n < 0 {
		return 0
	}
	return xorTo(n-1) ^ (n * 2654435761)
}

//go:wasmexport xors
func xors(n int64) int64 { return xorTo(n) }

func euclid(a, b int64) int64 {
	if b == 0 {
		if a < 0 {
			return -a
		}
		return a
	}
	return euclid(b, a%b)
}

//go:wasmexport gcd
func gcd(a, b int64) int64 { return euclid(a, b) }

func steps(n uint64, acc uint32) uint32 {
	if n == 1 {
		return acc
	}
	if n%2 == 0 {
		return steps(n/2, acc+1)
	}
	return steps(3*n+1, acc+1)
}

//go:wasmexport collatzSteps
func collatzSteps(n int64) int32 { return int32(steps(uint64(n), 0)) }

// Two recursive returns with the same operator, the call on each side.
func both(n int32) int32 {
	if n <= 0 {
		return 7
	}
	if n%2 == 0 {
		return n + both(n-1)
	}
	return both(n-2) + 3*n
}

//go:wasmexport twoWays
func twoWays(n int32) int32 { return both(n) }

var counter int64

// The global is read after the call in Go's order: the call changes it.
func bump(n int64) int64 {
	if n == 0 {
		return counter
	}
	counter += 10
	return bump(n-1) + counter
}

//go:wasmexport afterGlobal
func afterGlobal(n int64) int64 {
	counter = 0
	return bump(n)
}

func fibWrap(n uint32) uint32 {
	if n < 2 {
		return n
	}
	return fibWrap(n-1) + fibWrap(n-2)
}

//go:wasmexport fibw
func fibw(n int32) int32 { return int32(fibWrap(uint32(n % 30))) }

func ack(m, n int64) int64 {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

//go:wasmexport ackLoop
func ackLoop(m, n int32) int64 { return ack(int64(m), int64(n)) }

func show(n int32) int32 {
	println("show", n)
	return n
}

func down(n int32) int32 {
	if n == 0 {
		return 100
	}
	return show(n) + down(show(n-1))
}

//go:wasmexport countdown
func countdown(n int32) int32 { return down(n) }

func narrowSum(n uint8) uint8 {
	if n == 0 {
		return 0
	}
	return n + narrowSum(n-1)
}

//go:wasmexport narrow
func narrow(n int32) int32 { return int32(narrowSum(uint8(n))) }

func main() {}
