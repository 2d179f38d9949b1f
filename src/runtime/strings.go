// Strings: what the rules call to compare them, and the panics of an index
// or slice bounds out of range (rules/lower/compare.rules,
// rules/lower/memory.rules).

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

// panicSliceAlen reports s[:hi] with hi beyond the length, hi of a signed
// type (a negative one is printed without the length).
func panicSliceAlen(hi int, n int) {
	if hi < 0 {
		print("panic: runtime error: slice bounds out of range [:", hi, "]\n")
	} else {
		print("panic: runtime error: slice bounds out of range [:", hi, "] with length ", n, "\n")
	}
	fatalpanic()
}

// panicSliceAlenU is panicSliceAlen for a bound of an unsigned type.
func panicSliceAlenU(hi uint64, n int) {
	print("panic: runtime error: slice bounds out of range [:", hi, "] with length ", n, "\n")
	fatalpanic()
}

// panicSliceB reports s[lo:hi] with lo beyond hi, lo of a signed type.
func panicSliceB(lo int, hi int) {
	if lo < 0 {
		print("panic: runtime error: slice bounds out of range [", lo, ":]\n")
	} else {
		print("panic: runtime error: slice bounds out of range [", lo, ":", hi, "]\n")
	}
	fatalpanic()
}

// panicSliceBU is panicSliceB for a bound of an unsigned type.
func panicSliceBU(lo uint64, hi int) {
	print("panic: runtime error: slice bounds out of range [", lo, ":", hi, "]\n")
	fatalpanic()
}

// decoderune decodes the UTF-8 sequence at s[k] for a range loop: the rune
// and the index after it. A byte that starts no valid sequence (a stray
// continuation byte, an overlong or surrogate encoding, a sequence cut
// short) is U+FFFD, one byte long.
func decoderune(s string, k int) (rune, int) {
	c := s[k]
	if c < 0x80 {
		return rune(c), k + 1
	}
	size := 0
	var lo, hi byte = 0x80, 0xBF
	switch {
	case c >= 0xC2 && c <= 0xDF:
		size = 2
	case c == 0xE0:
		size, lo = 3, 0xA0
	case c == 0xED:
		size, hi = 3, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		size = 3
	case c == 0xF0:
		size, lo = 4, 0x90
	case c == 0xF4:
		size, hi = 4, 0x8F
	case c >= 0xF1 && c <= 0xF3:
		size = 4
	default:
		return 0xFFFD, k + 1
	}
	if k+size > len(s) {
		return 0xFFFD, k + 1
	}
	if s[k+1] < lo || s[k+1] > hi {
		return 0xFFFD, k + 1
	}
	r := rune(c) & (rune(0x7F) >> size)
	for i := 1; i < size; i++ {
		b := s[k+i]
		if i > 1 && (b < 0x80 || b > 0xBF) {
			return 0xFFFD, k + 1
		}
		r = r<<6 | rune(b&0x3F)
	}
	return r, k + size
}
