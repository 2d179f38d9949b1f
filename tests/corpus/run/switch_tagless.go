// Tagless switches: first true case wins, default in the middle, break inside a switch inside a loop, and switch with an init statement.
//
// run: c-shared
// call: sign -5
// call: sign 0
// call: sign 8
// call: grade 95
// call: grade 85
// call: grade 70
// call: grade 10
// call: grade 101
// call: fizz 15
// call: fizz 30
// call: scan 20
package main

//go:wasmexport sign
func sign(x int64) int32 {
	switch {
	case x < 0:
		return -1
	case x == 0:
		return 0
	}
	return 1
}

//go:wasmexport grade
func grade(x int32) int32 {
	switch {
	case x > 100:
		return -1
	case x >= 90:
		return 4
	default:
		return 0
	case x >= 80:
		return 3
	case x >= 60, x == 59:
		return 2
	}
}

// FizzBuzz checksum: counts of fizz, buzz and fizzbuzz packed in one value.
//
//go:wasmexport fizz
func fizz(n int32) int32 {
	f, b, fb, other := int32(0), int32(0), int32(0), int32(0)
	for i := int32(1); i <= n; i++ {
		switch {
		case i%15 == 0:
			fb++
		case i%3 == 0:
			f++
		case i%5 == 0:
			b++
		default:
			other += i
		}
	}
	return f*1000000 + b*10000 + fb*100 + other
}

// break inside the switch leaves the switch; the loop ends by its condition.
//
//go:wasmexport scan
func scan(n int32) int32 {
	acc := int32(0)
	for i := int32(0); i < n; i++ {
		switch r := i % 4; {
		case r == 0:
			acc += 1
			if i > 8 {
				break
			}
			acc += 10
		case r == 1 && i > 10:
			break
		case r == 2:
			acc += 100
		default:
			acc += 1000
		}
	}
	return acc
}

func main() {}
