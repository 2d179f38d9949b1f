// Exports using if, for and switch statements with allowed types compile cleanly.
package main

//go:wasmexport collatz
func collatz(n uint64) int32 {
	var steps int32
	for n != 1 {
		if n%2 == 0 {
			n = n / 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

//go:wasmexport classify
func classify(x float64) int32 {
	switch {
	case x < 0:
		return -1
	case x == 0:
		return 0
	}
	return 1
}

//go:wasmexport pick
func pick(k int32, a, b float32) float32 {
	switch k {
	case 0:
		return a
	case 1:
		return b
	default:
		return a + b
	}
}

func main() {
	println("ready", collatz(6))
}
