// Kernels of kinds the other two suites lack, for `cargo bench --bench
// kernels`: recursions that are not tail calls (N-queens with bit masks,
// lattice paths counted by a two-way recursion), floats with no memory
// (Mandelbrot in float64, a damped spring in float32), and strings (naive
// search with string ==, and a range loop that decodes UTF-8). They were
// written for the suite, not taken from a shape wexlab was tuned on.
// benches/kernels/mixed.c holds the same kernels in C; compare.py checks
// that the three modules return the same results before timing.
//
//	wexlab run benches/kernels/mixed.go --invoke queens 8
package main

// queens counts the ways to place n queens on an n×n board, row by row.
//
//go:wasmexport queens
func queens(n int32) int32 {
	all := uint32(1)<<uint32(n) - 1
	return place(all, 0, 0, 0)
}

// place counts the completions of a board whose rows so far leave cols,
// left and right (the diagonals, shifted to the next row) attacked.
func place(all, cols, left, right uint32) int32 {
	if cols == all {
		return 1
	}
	count := int32(0)
	free := all &^ (cols | left | right)
	for free != 0 {
		bit := free & -free
		free ^= bit
		count += place(all, cols|bit, (left|bit)<<1, (right|bit)>>1)
	}
	return count
}

// paths counts the monotone lattice paths from (m, n) to an axis, with
// the sum taken modulo 1e9+7 so that large boards do not overflow.
//
//go:wasmexport paths
func paths(m, n int32) int64 {
	if m == 0 || n == 0 {
		return 1
	}
	return (paths(m-1, n) + paths(m, n-1)) % 1000000007
}

// mandel counts the points of a size×size grid over [-2, 0.5]×[-1.25, 1.25]
// whose orbit stays within radius 2 for iters steps.
//
//go:wasmexport mandel
func mandel(size, iters int32) int32 {
	inside := int32(0)
	for py := int32(0); py < size; py++ {
		ci := float64(py)*2.5/float64(size) - 1.25
		for px := int32(0); px < size; px++ {
			cr := float64(px)*2.5/float64(size) - 2
			zr, zi := 0.0, 0.0
			k := int32(0)
			for ; k < iters && zr*zr+zi*zi <= 4; k++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
			}
			if k == iters {
				inside++
			}
		}
	}
	return inside
}

// spring steps a damped spring steps times in float32 and returns the
// position scaled to an integer.
//
//go:wasmexport spring
func spring(steps int32) int32 {
	x, v := float32(1), float32(0)
	const dt, k, damping = float32(0.001), float32(40), float32(0.001)
	for i := int32(0); i < steps; i++ {
		a := -k*x - damping*v
		v += a * dt
		x += v * dt
		if x > 0.5 {
			x = 0.5 - (x - 0.5)
			v = -v
		}
	}
	return int32(x * 1e6)
}

const textMax = 1 << 20

var textBytes [textMax]byte

// filltext writes n pseudo-random bytes over a small alphabet (so that
// matches are frequent and compares run long), keyed by seed.
//
//go:wasmexport filltext
func filltext(n, seed int32) {
	x := uint32(seed)
	for i := int32(0); i < n; i++ {
		x = x*1664525 + 1013904223
		textBytes[i] = "aab"[x>>30%3]
	}
}

// search counts the occurrences of text[at:at+m] in text[:n], comparing
// strings with ==.
//
//go:wasmexport search
func search(n, at, m int32) int32 {
	text := string(textBytes[:n])
	pattern := text[at : at+m]
	count := int32(0)
	for i := int32(0); i+m <= n; i++ {
		if text[i:i+m] == pattern {
			count++
		}
	}
	return count
}

// runes decodes text[:n], with every byte above 'a' replaced by a
// two- or three-byte character, by ranging over it, and sums the runes
// weighted by their byte offsets.
//
//go:wasmexport runes
func runes(n int32) int64 {
	buf := make([]byte, 0, 3*n)
	for i := int32(0); i < n; i++ {
		switch textBytes[i] {
		case 'a':
			buf = append(buf, 'a')
		case 'b':
			buf = append(buf, 0xc3, 0xa9) // é
		default:
			buf = append(buf, 0xe2, 0x82, 0xac) // €
		}
	}
	sum := int64(0)
	for i, r := range string(buf) {
		sum += int64(i%7+1) * int64(r)
	}
	return sum
}

func main() {}
