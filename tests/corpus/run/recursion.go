// Recursive functions: Fibonacci, Ackermann with small arguments, Euclid's gcd, mutual recursion and recursion on narrow types.
//
// run: c-shared
// call: fib 0
// call: fib 1
// call: fib 20
// call: ack 2 3
// call: ack 3 3
// call: gcd 1071 462
// call: gcd 17 0
// call: gcd 0 0
// call: gcd -12 18
// call: parity 77
// call: parity 200
// call: sum8 20
// call: hanoi 10
package main

//go:wasmexport fib
func fib(n int32) int64 {
	if n < 2 {
		return int64(n)
	}
	return fib(n-1) + fib(n-2)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

//go:wasmexport ack
func ack(m, n int32) int32 { return int32(ackermann(int(m), int(n))) }

//go:wasmexport gcd
func gcd(a, b int64) int64 {
	if b == 0 {
		if a < 0 {
			return -a
		}
		return a
	}
	return gcd(b, a%b)
}

func isEven(n uint32) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n uint32) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

//go:wasmexport parity
func parity(n uint32) int32 {
	if isEven(n) {
		return 2
	}
	return 1
}

// The int8 sum wraps as the recursion unwinds.
func rsum(n int8) int8 {
	if n == 0 {
		return 0
	}
	return n + rsum(n-1)
}

//go:wasmexport sum8
func sum8(n int32) int32 { return int32(rsum(int8(n))) }

func moves(n int32, from, to, via int32) int32 {
	if n == 0 {
		return 0
	}
	return moves(n-1, from, via, to) + 1 + moves(n-1, via, to, from)
}

//go:wasmexport hanoi
func hanoi(n int32) int32 { return moves(n, 1, 3, 2) }

func main() {}
