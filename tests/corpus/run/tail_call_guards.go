// Recursions whose tail-call loop starts with a guard that returns (the base
// case), which wexlab tests as the loop's condition (src/ir/tailcall.rs,
// rotate): a guard with an else, a guard in a block of its own, a condition
// that calls (it must run once a step, not twice), one that divides (its
// panic comes first, once), one that reads a package variable the step
// changes, several returns, continues from inside an if, a guard that is
// true at once, and guards that are not the first statement.
//
// run: c-shared
// call: fib 0
// call: fib 1
// call: fib 25
// call: fibElse 20
// call: fibBlock 19
// call: counted 6
// call: counted 0
// call: divided 12 4
// call: byGlobal 7
// call: twoReturns 40
// call: twoReturns 41
// call: skipping 30
// call: late 9
// call: power 3 13
// call: divided 12 0
package main

func fibRec(n int32) int32 {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

//go:wasmexport fib
func fib(n int32) int32 { return fibRec(n) }

func fibElseRec(n int64) int64 {
	if n <= 1 {
		return n
	} else {
		n--
	}
	return fibElseRec(n) + fibElseRec(n-1)
}

//go:wasmexport fibElse
func fibElse(n int64) int64 { return fibElseRec(n) }

func fibBlockRec(n uint32) uint32 {
	{
		if n < 2 {
			return 1
		}
	}
	return fibBlockRec(n-1) + fibBlockRec(n-2)
}

//go:wasmexport fibBlock
func fibBlock(n uint32) uint32 { return fibBlockRec(n) }

var tests int32

func atMost(n, limit int32) bool {
	tests++
	println("test", n)
	return n <= limit
}

func countedRec(n int32) int32 {
	if atMost(n, 0) {
		return 100
	}
	return n*10 + countedRec(n-2)
}

//go:wasmexport counted
func counted(n int32) int32 {
	tests = 0
	r := countedRec(n)
	return r*1000 + tests
}

func dividedRec(a, b int32) int32 {
	if a/b < 1 {
		return a
	}
	return 1 + dividedRec(a-b, b)
}

//go:wasmexport divided
func divided(a, b int32) int32 { return dividedRec(a, b) }

var budget int32

func byGlobalRec(n int32) int32 {
	if budget <= 0 {
		return n
	}
	budget -= 2
	return n ^ byGlobalRec(n+budget)
}

//go:wasmexport byGlobal
func byGlobal(b int32) int32 {
	budget = b
	return byGlobalRec(1)
}

func twoReturnsRec(n int32) int32 {
	if n == 0 {
		return 7
	}
	if n%13 == 0 {
		return n
	}
	return 3 + twoReturnsRec(n-1)
}

//go:wasmexport twoReturns
func twoReturns(n int32) int32 { return twoReturnsRec(n) }

func skippingRec(n, acc int32) int32 {
	if n <= 0 {
		return acc
	}
	if n%3 == 0 {
		return skippingRec(n-2, acc+1)
	}
	return skippingRec(n-1, acc*2)
}

//go:wasmexport skipping
func skipping(n int32) int32 { return skippingRec(n, 1) }

func lateRec(n int32) int32 {
	n = n * 2
	if n > 100 {
		return n
	}
	return lateRec(n + 1)
}

//go:wasmexport late
func late(n int32) int32 { return lateRec(n) }

func powerRec(b, e int64) int64 {
	if e == 0 {
		return 1
	}
	if e%2 == 1 {
		return b * powerRec(b, e-1)
	}
	return powerRec(b*b, e/2)
}

//go:wasmexport power
func power(b, e int64) int64 { return powerRec(b, e) }

func main() {}
