// for ... range over arrays: index and value forms, the value form ranges
// over a copy (writes to the array in the body are not seen by v), ranging
// through a pointer to an array sees them, and an index-only range over a
// nil *[N]T does not dereference it.
//
// run: c-shared
// call: run
// call: through 0
// call: through 1
// call: nilrange
// call: find 30
// call: find 31
// call: strs
package main

var data = [5]int32{10, 20, 30, 40, 50}

//go:wasmexport run
func run() int32 {
	a := [4]int32{1, 2, 3, 4}
	sum := int32(0)
	for i, v := range a {
		if i+1 < len(a) {
			a[i+1] += 10
		}
		sum += v
	}
	println("copy", sum, a[0], a[1], a[2], a[3])
	sum = 0
	b := [4]int32{1, 2, 3, 4}
	for i, v := range &b {
		if i+1 < len(b) {
			b[i+1] += 10
		}
		sum += v
	}
	println("ptr", sum, b[3])
	n := 0
	for range a {
		n++
	}
	for i := range a {
		a[i] = int32(i)
	}
	var empty [0]int64
	for range empty {
		n += 100
	}
	println(n, a[3], len(empty))
	return sum
}

//go:wasmexport through
func through(swap int32) int32 {
	p := &data
	total := int32(0)
	for i, v := range p {
		if swap != 0 && i == 1 {
			p[4] = 0
		}
		total += v
	}
	return total
}

//go:wasmexport nilrange
func nilrange() int32 {
	var p *[7]int8
	n := int32(0)
	for i := range p {
		n += int32(i)
	}
	println(len(p), n)
	return n
}

//go:wasmexport find
func find(x int32) int32 {
	for i, v := range data {
		if v == x {
			return int32(i)
		}
	}
	return -1
}

//go:wasmexport strs
func strs() int32 {
	words := [...]string{"alpha", "", "gamma", "δ"}
	total := 0
	for i, w := range words {
		words[3] = "changed"
		total += len(w) * (i + 1)
		for j, r := range w {
			if j == 0 {
				println(i, w, r)
			}
		}
	}
	println(words[3])
	return int32(total)
}

func main() {}
