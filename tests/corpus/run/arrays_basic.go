// Arrays as locals and package variables: element reads and writes with
// variable indices, len, zero values, arrays of several element types, and
// running totals kept in a package array between calls.
//
// run: c-shared
// call: run
// call: put 0 10
// call: put 3 -7
// call: put 7 100
// call: get 3
// call: get 7
// call: total
// call: hist 0
// call: hist 5
// call: fsum 4
package main

var counts [8]int64
var names = [4]string{"zero", "one", "two", "three"}
var bits [16]bool
var weights [5]float64

func fill(n int) [10]int32 {
	var a [10]int32
	for i := 0; i < n && i < len(a); i++ {
		a[i] = int32(i * i)
	}
	return a
}

//go:wasmexport run
func run() int32 {
	var a [6]int32
	println(len(a), a[0], a[5])
	for i := 0; i < len(a); i++ {
		a[i] = int32(10 * (i + 1))
	}
	j := 2
	a[j] += a[j+1]
	a[len(a)-1] = -1
	println(a[0], a[1], a[2], a[3], a[4], a[5])
	sq := fill(7)
	s := int32(0)
	for i := range len(sq) {
		s += sq[i]
	}
	println("squares", s, sq[6], sq[9])
	for i := 0; i < len(names); i++ {
		println(i, names[i], len(names[i]))
	}
	var b [3]uint8
	b[0] = 250
	b[1] = b[0] + 10
	b[2] = b[1] - 5
	println(b[0], b[1], b[2])
	return a[2] + int32(len(names))
}

//go:wasmexport put
func put(i int32, v int64) {
	counts[i] = v
	bits[i*2] = v > 0
}

//go:wasmexport get
func get(i int32) int64 {
	return counts[i]
}

//go:wasmexport total
func total() int64 {
	t := int64(0)
	n := 0
	for i := 0; i < len(counts); i++ {
		t += counts[i]
		if bits[i] {
			n++
		}
	}
	println("positive", n)
	return t
}

//go:wasmexport hist
func hist(seed int32) int32 {
	var h [4]int32
	x := uint32(seed)
	for i := 0; i < 100; i++ {
		x = x*1664525 + 1013904223
		h[x>>30]++
	}
	println(h[0], h[1], h[2], h[3])
	return h[0] - h[3]
}

//go:wasmexport fsum
func fsum(n int32) float64 {
	for i := int32(0); i < n; i++ {
		weights[i] = float64(i) / 4
	}
	s := 0.0
	for i := 0; i < len(weights); i++ {
		s += weights[i]
	}
	return s
}

func main() {}
