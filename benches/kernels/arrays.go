// Kernels over arrays, for `cargo bench --bench kernels`: a sieve, a matrix
// multiply, insertion sorts, a table-driven CRC-32 and sliding-window sums,
// all over package arrays (a sort and the windows through a slice of one). Their input comes from an LCG inside the module, so wexlab's
// build, Go's build and benches/kernels/arrays.c (the same kernels in C)
// work on the same data; each export returns a scalar that depends on all
// of it, which compare.py checks equal across the modules before timing.
//
//	wexlab run benches/kernels/arrays.go --invoke sieve 100000
package main

const (
	sieveMax = 1 << 22
	matMax   = 160
	sortMax  = 1 << 20
	recMax   = 1 << 14
	dataMax  = 1 << 22
)

// next is the LCG of Numerical Recipes; its high bits are the random ones.
func next(x uint32) uint32 { return x*1664525 + 1013904223 }

var composite [sieveMax]bool

// sieve counts the primes below n. n is a parameter, so no compiler can
// prove composite[j] in range: every store keeps its bounds check.
//
//go:wasmexport sieve
func sieve(n int32) int32 {
	for i := int32(0); i < n; i++ {
		composite[i] = false
	}
	for i := int32(2); i*i < n; i++ {
		if !composite[i] {
			for j := i * i; j < n; j += i {
				composite[j] = true
			}
		}
	}
	count := int32(0)
	for i := int32(2); i < n; i++ {
		if !composite[i] {
			count++
		}
	}
	return count
}

var ma, mb, mc [matMax][matMax]float64

// matmul multiplies two n×n matrices of random multiples of 1/64 below 16
// (so that every sum is exact) and returns the sum of the product's
// elements. The rows are matMax long whatever n is.
//
//go:wasmexport matmul
func matmul(n, seed int32) float64 {
	x := uint32(seed)
	for i := int32(0); i < n; i++ {
		for j := int32(0); j < n; j++ {
			x = next(x)
			ma[i][j] = float64(x>>22) / 64
			x = next(x)
			mb[i][j] = float64(x>>22) / 64
		}
	}
	for i := int32(0); i < n; i++ {
		for j := int32(0); j < n; j++ {
			s := 0.0
			for k := int32(0); k < n; k++ {
				s += ma[i][k] * mb[k][j]
			}
			mc[i][j] = s
		}
	}
	sum := 0.0
	for i := int32(0); i < n; i++ {
		for j := int32(0); j < n; j++ {
			sum += mc[i][j]
		}
	}
	return sum
}

var keys [sortMax]int32

// Input shapes for sortkeys.
const (
	shapeRandom   = 0
	shapeSorted   = 1
	shapeReversed = 2
)

// sortkeys fills keys[:n] with random keys, or random steps up or down
// (sorted or reversed input, with repeats), sorts them by insertion and
// returns a hash of the result in order.
//
//go:wasmexport sortkeys
func sortkeys(n, shape, seed int32) int32 {
	x := uint32(seed)
	k := int32(0)
	for i := int32(0); i < n; i++ {
		x = next(x)
		switch shape {
		case shapeRandom:
			k = int32(x)
		case shapeSorted:
			k += int32(x >> 28)
		default:
			k -= int32(x >> 28)
		}
		keys[i] = k
	}
	for i := int32(1); i < n; i++ {
		v := keys[i]
		j := i - 1
		for j >= 0 && keys[j] > v {
			keys[j+1] = keys[j]
			j--
		}
		keys[j+1] = v
	}
	h := uint32(0)
	for i := int32(0); i < n; i++ {
		h = h*31 + uint32(keys[i])
	}
	return int32(h)
}

// sortslice is sortkeys over the slice keys[:n], filled and sorted by
// functions that take it: their loops run to len(s), the shape in which
// Go's compiler proves indexes in range and drops their checks. Its
// results are sortkeys's.
//
//go:wasmexport sortslice
func sortslice(n, shape, seed int32) int32 {
	s := keys[:n]
	fillKeys(s, shape, seed)
	insertionSort(s)
	h := uint32(0)
	for _, k := range s {
		h = h*31 + uint32(k)
	}
	return int32(h)
}

func fillKeys(s []int32, shape, seed int32) {
	x := uint32(seed)
	k := int32(0)
	for i := range s {
		x = next(x)
		switch shape {
		case shapeRandom:
			k = int32(x)
		case shapeSorted:
			k += int32(x >> 28)
		default:
			k -= int32(x >> 28)
		}
		s[i] = k
	}
}

func insertionSort(s []int32) {
	for i := 1; i < len(s); i++ {
		v := s[i]
		j := i - 1
		for j >= 0 && s[j] > v {
			s[j+1] = s[j]
			j--
		}
		s[j+1] = v
	}
}

// A record is a key and its payload; records move as whole array values.
type record [4]int32

var recs [recMax]record

// sortrecords is sortkeys over records: each move copies a 16-byte array
// value, in the innermost loop.
//
//go:wasmexport sortrecords
func sortrecords(n, seed int32) int32 {
	x := uint32(seed)
	for i := int32(0); i < n; i++ {
		x = next(x)
		recs[i] = record{int32(x), i, int32(x >> 16), -i}
	}
	for i := int32(1); i < n; i++ {
		r := recs[i]
		j := i - 1
		for j >= 0 && recs[j][0] > r[0] {
			recs[j+1] = recs[j]
			j--
		}
		recs[j+1] = r
	}
	h := uint32(0)
	for i := int32(0); i < n; i++ {
		for f := 0; f < len(recs[i]); f++ {
			h = h*31 + uint32(recs[i][f])
		}
	}
	return int32(h)
}

// The CRC-32 (IEEE) table, built when the module is initialized.
var crcTable = makeTable()

func makeTable() [256]uint32 {
	var t [256]uint32
	for i := range t {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 != 0 {
				c = 0xedb88320 ^ c>>1
			} else {
				c >>= 1
			}
		}
		t[i] = c
	}
	return t
}

var data [dataMax]byte

// crcfill puts n random bytes in data, for crc32.
//
//go:wasmexport crcfill
func crcfill(n, seed int32) {
	x := uint32(seed)
	for i := int32(0); i < n; i++ {
		x = next(x)
		data[i] = byte(x >> 24)
	}
}

// crc32 is the CRC-32 of data[:n]. The table index is a byte, which a
// compiler may see is below 256; data[i] keeps its bounds check.
//
//go:wasmexport crc32
func crc32(n int32) uint32 {
	c := ^uint32(0)
	for i := int32(0); i < n; i++ {
		c = crcTable[byte(c)^data[i]] ^ c>>8
	}
	return ^c
}

// window is the largest sum of w consecutive bytes of data[:n], each
// window summed afresh through a slice. s[j] for i <= j < i+w is a shape
// wexlab's bounds-check pass does not prove (nor is it tuned for): the
// inner loop keeps its check, as it does in Go's build.
//
//go:wasmexport window
func window(n, w int32) int32 {
	s := data[:n]
	best := int32(-1)
	for i := int32(0); i+w <= n; i++ {
		sum := int32(0)
		for j := i; j < i+w; j++ {
			sum += int32(s[j])
		}
		if sum > best {
			best = sum
		}
	}
	return best
}

func main() {}
