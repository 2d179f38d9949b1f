// Strings: what the rules call to compare them (rules/lower/compare.rules)
// and to range over them.

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
