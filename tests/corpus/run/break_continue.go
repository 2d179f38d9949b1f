// break and continue in nested loops affect only the innermost loop, and break inside a switch leaves only the switch.
//
// run: c-shared
// call: pairs 10
// call: skipodd 20
// call: firstdiv 91
// call: firstdiv 97
// call: swbreak 10
// call: inner 5
package main

// Counts pairs (i, j) with j < i, skipping j == 3 and stopping each inner loop at j == 6.
//
//go:wasmexport pairs
func pairs(n int32) int32 {
	c := int32(0)
	for i := int32(0); i < n; i++ {
		for j := int32(0); j < i; j++ {
			if j == 3 {
				continue
			}
			if j == 6 {
				break
			}
			c += j
		}
		if i == 8 {
			continue
		}
		c += 100
	}
	return c
}

//go:wasmexport skipodd
func skipodd(n int32) int32 {
	s := int32(0)
	i := int32(0)
	for i < n {
		i++
		if i%2 == 1 {
			continue
		}
		s += i
	}
	return s
}

// The smallest divisor greater than 1, or 0 for a prime.
//
//go:wasmexport firstdiv
func firstdiv(n int32) int32 {
	d := int32(0)
	for i := int32(2); i < n; i++ {
		if n%i == 0 {
			d = i
			break
		}
	}
	return d
}

// break in a switch case leaves the switch, not the loop.
//
//go:wasmexport swbreak
func swbreak(n int32) int32 {
	s := int32(0)
	for i := int32(0); i < n; i++ {
		switch i % 3 {
		case 0:
			if i > 5 {
				break
			}
			s += 100
		case 1:
			continue
		}
		s++
	}
	return s
}

// continue in the inner for {} loop skips to its next iteration.
//
//go:wasmexport inner
func inner(n int32) int32 {
	total := int32(0)
	for i := int32(1); i <= n; i++ {
		j := int32(0)
		for {
			j++
			if j > 10 {
				break
			}
			if j%i == 0 {
				continue
			}
			total += j
		}
	}
	return total
}

func main() {}
