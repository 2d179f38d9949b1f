// Strings: what the rules call to compare them, and the panic of an index
// out of range (rules/lower/compare.rules, rules/lower/memory.rules).

package runtime

// eqstring reports whether a and b hold the same bytes.
func eqstring(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// cmpstring is -1, 0 or +1 as a sorts before, with or after b, byte by byte.
func cmpstring(a, b string) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

// panicIndex reports s[i] with i out of range, i of a signed type: Go
// leaves out the length when i is negative.
func panicIndex(i int, n int) {
	if i < 0 {
		print("panic: runtime error: index out of range [", i, "]\n")
	} else {
		print("panic: runtime error: index out of range [", i, "] with length ", n, "\n")
	}
	fatalpanic()
}

// panicIndexU is panicIndex for an index of an unsigned type.
func panicIndexU(i uint64, n int) {
	print("panic: runtime error: index out of range [", i, "] with length ", n, "\n")
	fatalpanic()
}
