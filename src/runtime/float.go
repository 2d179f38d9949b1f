// Float printing as Go 1.27's print does it (strconv.AppendFloat with 'g'
// and precision -1): the shortest decimal that reads back as the same
// float64 (or float32), written as %e when its decimal exponent is below -4
// or at least 6, else as %f.
//
// The digits are computed exactly with big decimals (at most about 770
// digits for float64): the value, and the midpoints to its neighbours, are
// built from their binary mantissa and exponent by exact doubling and
// halving; the shortest digit string strictly between the midpoints (or
// on one, when the mantissa is even and a round-trip would still land on
// this float) is then read off digit by digit.

package runtime

import "unsafe"

// A decimal lives in decimals at base+0 (digit count, int32), base+4 (the
// decimal point: the number is 0.d1d2d3… × 10^dp, int32) and base+8 on
// (digits 0–9, most significant first, no trailing zeros).
const decimalSize = 848
const decimalDigits = 830

var decimals [2544]byte

var floatBits float64
var float32Bits float32

func decimalAt(i int) uintptr {
	return uintptr(unsafe.Pointer(&decimals)) + uintptr(i*decimalSize)
}

func ndOf(d uintptr) int {
	return int(*(*int32)(unsafe.Pointer(d)))
}

func setNd(d uintptr, n int) {
	*(*int32)(unsafe.Pointer(d)) = int32(n)
}

func dpOf(d uintptr) int {
	return int(*(*int32)(unsafe.Pointer(d + 4)))
}

func setDp(d uintptr, n int) {
	*(*int32)(unsafe.Pointer(d + 4)) = int32(n)
}

func digit(d uintptr, i int) uint64 {
	return uint64(load(d + 8 + uintptr(i)))
}

func setDigit(d uintptr, i int, v uint64) {
	store(d+8+uintptr(i), byte(v))
}

// trim drops trailing zero digits.
func trim(d uintptr) {
	n := ndOf(d)
	for n > 0 && digit(d, n-1) == 0 {
		n--
	}
	setNd(d, n)
	if n == 0 {
		setDp(d, 0)
	}
}

// assign sets the decimal to the integer v.
func assign(d uintptr, v uint64) {
	n := 0
	for t := v; t > 0; t /= 10 {
		n++
	}
	for i := n - 1; i >= 0; i-- {
		setDigit(d, i, v%10)
		v /= 10
	}
	setNd(d, n)
	setDp(d, n)
	trim(d)
}

// double multiplies the decimal by 2^s, for s from 1 to 28.
func double(d uintptr, s uint) {
	n := ndOf(d)
	if n == 0 {
		return
	}
	// Products are written right to left, leaving room for up to ten new
	// leading digits, then moved to the front.
	w := n + 10
	var carry uint64
	for r := n - 1; r >= 0; r-- {
		t := digit(d, r)<<s + carry
		w--
		setDigit(d, w, t%10)
		carry = t / 10
	}
	for carry > 0 {
		w--
		setDigit(d, w, carry%10)
		carry /= 10
	}
	count := n + 10 - w
	for i := 0; i < count; i++ {
		setDigit(d, i, digit(d, w+i))
	}
	setNd(d, count)
	setDp(d, dpOf(d)+count-n)
	trim(d)
}

// halve divides the decimal by 2^s, for s from 1 to 28, exactly.
func halve(d uintptr, s uint) {
	n := ndOf(d)
	if n == 0 {
		return
	}
	mask := uint64(1)<<s - 1
	r := 0
	var acc uint64
	// Read digits until the accumulator holds at least 2^s.
	for acc>>s == 0 {
		if r < n {
			acc = acc*10 + digit(d, r)
		} else {
			acc = acc * 10
		}
		r++
	}
	dp := dpOf(d) - r + 1
	w := 0
	for r < n {
		setDigit(d, w, acc>>s)
		w++
		acc = (acc&mask)*10 + digit(d, r)
		r++
	}
	for acc > 0 {
		setDigit(d, w, acc>>s)
		w++
		acc = (acc & mask) * 10
	}
	setNd(d, w)
	setDp(d, dp)
	trim(d)
}

// scale multiplies the decimal by 2^e.
func scale(d uintptr, e int) {
	for e > 0 {
		s := e
		if s > 28 {
			s = 28
		}
		double(d, uint(s))
		e -= s
	}
	for e < 0 {
		s := -e
		if s > 28 {
			s = 28
		}
		halve(d, uint(s))
		e += s
	}
}

// alignedDigit is the digit of d at position j, where positions count from
// the first digit of a number with `top` integer digits.
func alignedDigit(d uintptr, top int, j int) uint64 {
	k := j - (top - dpOf(d))
	if k < 0 || k >= ndOf(d) {
		return 0
	}
	return digit(d, k)
}

// endsAt reports whether d has no nonzero digit after position j.
func endsAt(d uintptr, top int, j int) bool {
	return j+1 >= top-dpOf(d)+ndOf(d)
}

// shortest leaves in decimal 0 the shortest digits that read back as the
// float whose value is in decimal 0 and whose neighbour midpoints are in
// decimals 1 (lower) and 2 (upper).
func shortest(inclusive bool) {
	d := decimalAt(0)
	lower := decimalAt(1)
	upper := decimalAt(2)
	top := dpOf(upper)
	if dpOf(d) > top {
		top = dpOf(d)
	}
	if ndOf(lower) > 0 && dpOf(lower) > top {
		top = dpOf(lower)
	}
	last := top - dpOf(d) + ndOf(d)
	for j := 0; j < last; j++ {
		l := alignedDigit(lower, top, j)
		m := alignedDigit(d, top, j)
		u := alignedDigit(upper, top, j)
		okdown := l != m || (inclusive && endsAt(lower, top, j))
		okup := m != u && (inclusive || m+1 < u || !endsAt(upper, top, j))
		if okdown || okup {
			up := okup
			if okdown && okup {
				// Both neighbours are far enough: round to nearest, ties to even.
				next := alignedDigit(d, top, j+1)
				up = next > 5 || (next == 5 && (!endsAt(d, top, j+1) || m%2 == 1))
			}
			cut(d, top, j, up)
			return
		}
	}
}

// cut keeps the digits of d up to position j, adding one there if up.
func cut(d uintptr, top int, j int, up bool) {
	// Copy the aligned digits (with leading zeros) into place.
	count := j + 1
	tmp := decimalAt(1)
	for i := 0; i < count; i++ {
		setDigit(tmp, i, alignedDigit(d, top, i))
	}
	if up {
		i := j
		for i >= 0 && digit(tmp, i) == 9 {
			setDigit(tmp, i, 0)
			i--
		}
		if i < 0 {
			// 99…9 + 1: a new leading digit.
			for k := count; k > 0; k-- {
				setDigit(tmp, k, digit(tmp, k-1))
			}
			setDigit(tmp, 0, 1)
			count++
			top++
		} else {
			setDigit(tmp, i, digit(tmp, i)+1)
		}
	}
	// Drop leading zeros.
	lead := 0
	for lead < count && digit(tmp, lead) == 0 {
		lead++
	}
	for i := lead; i < count; i++ {
		setDigit(d, i-lead, digit(tmp, i))
	}
	setNd(d, count-lead)
	setDp(d, top-lead)
	trim(d)
}

// printfloat prints v, a float64 or (bits 32) a float32 value, as Go's
// print does: strconv.AppendFloat(v, 'g', -1, bits).
func printfloat(v float64, bits int) {
	if v != v {
		print("NaN")
		return
	}
	if v > 1.7976931348623157e308 {
		print("+Inf")
		return
	}
	if v < -1.7976931348623157e308 {
		print("-Inf")
		return
	}
	floatBits = v
	raw := *(*uint64)(unsafe.Pointer(&floatBits))
	neg := raw>>63 != 0
	var mant uint64
	var exp int
	var minNormal bool
	if bits == 32 {
		float32Bits = float32(v)
		b := uint64(*(*uint32)(unsafe.Pointer(&float32Bits)))
		e := int(b >> 23 & 0xff)
		mant = b & (1<<23 - 1)
		if e == 0 {
			exp = -149
		} else {
			mant |= 1 << 23
			exp = e - 150
			minNormal = mant == 1<<23 && e > 1
		}
	} else {
		e := int(raw >> 52 & 0x7ff)
		mant = raw & (1<<52 - 1)
		if e == 0 {
			exp = -1074
		} else {
			mant |= 1 << 52
			exp = e - 1075
			minNormal = mant == 1<<52 && e > 1
		}
	}
	if neg {
		print("-")
	}
	if mant == 0 {
		print("0")
		return
	}
	d := decimalAt(0)
	assign(d, mant)
	scale(d, exp)
	upper := decimalAt(2)
	assign(upper, 2*mant+1)
	scale(upper, exp-1)
	lower := decimalAt(1)
	if minNormal {
		assign(lower, 4*mant-1)
		scale(lower, exp-2)
	} else {
		assign(lower, 2*mant-1)
		scale(lower, exp-1)
	}
	shortest(mant%2 == 0)
	formatG(d)
}

// formatG writes the digits of d in Go's shortest %g form.
func formatG(d uintptr) {
	nd := ndOf(d)
	dp := dpOf(d)
	out := scratchAddr()
	w := out
	exp := dp - 1
	if exp < -4 || exp >= 6 {
		// %e: d.ddde±xx
		store(w, '0'+byte(digit(d, 0)))
		w++
		if nd > 1 {
			store(w, '.')
			w++
			for i := 1; i < nd; i++ {
				store(w, '0'+byte(digit(d, i)))
				w++
			}
		}
		store(w, 'e')
		w++
		if exp < 0 {
			store(w, '-')
			exp = -exp
		} else {
			store(w, '+')
		}
		w++
		if exp >= 100 {
			store(w, '0'+byte(exp/100))
			w++
		}
		store(w, '0'+byte(exp/10%10))
		w++
		store(w, '0'+byte(exp%10))
		w++
	} else {
		// %f
		if dp <= 0 {
			store(w, '0')
			w++
		} else {
			for i := 0; i < dp; i++ {
				if i < nd {
					store(w, '0'+byte(digit(d, i)))
				} else {
					store(w, '0')
				}
				w++
			}
		}
		if nd > dp {
			store(w, '.')
			w++
			for i := dp; i < nd; i++ {
				if i < 0 {
					store(w, '0')
				} else {
					store(w, '0'+byte(digit(d, i)))
				}
				w++
			}
		}
	}
	write(out, int(w-out))
}
