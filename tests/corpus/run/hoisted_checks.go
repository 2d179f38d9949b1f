// Bounds checks of values a loop never changes, which wexlab makes once in
// front of the loop (src/ir/proven/hoist.rs), beside the cases where that
// would change what the program does: an index out of range only after
// another check of the first iteration failed, a loop that never runs, a
// named result set before the check and read after a recovered panic, a
// print before the check, an index read from a package variable the loop
// changes, an index the loop changes, a condition that calls. This program
// calls recover, so no check is hoisted past a local set here (a recovered
// panic returns the named results as they were): hoisted_checks_order.go
// and hoisted_checks_panic.go have none.
//
// run: c-shared
// call: dot 5 1 2
// call: dot 0 1 2
// call: dot 7 9 3
// call: emptyLoop 0 200
// call: emptyLoop -3 200
// call: otherFirst 300 9
// call: otherFirst 3 200
// call: namedResult 4 2
// call: namedResult 4 100
// call: printFirst 3 100
// call: global 3 2
// call: changed 5 1
// call: sliceLocal 6 2
// call: sliceLocal 6 7
// call: calledCond 3 2
package main

var a, b [16][16]int32

var filled bool

func fill() {
	if filled {
		return
	}
	filled = true
	for i := range a {
		for j := range a[i] {
			a[i][j] = int32(i*16 + j)
			b[i][j] = int32(j*16 - i)
		}
	}
}

//go:wasmexport dot
func dot(n, i, j int32) int32 {
	fill()
	s := int32(0)
	for k := int32(0); k < n; k++ {
		s += a[i][k] * b[k][j]
	}
	return s
}

// With n <= 0 the loop never runs: an index out of range is never checked.
//
//go:wasmexport emptyLoop
func emptyLoop(n, j int32) int32 {
	fill()
	s := int32(0)
	for k := int32(0); k < n; k++ {
		s += a[0][j]
	}
	return s
}

// k is checked before j: with both out of range, Go reports k.
//
//go:wasmexport otherFirst
func otherFirst(start, j int32) (r int32) {
	fill()
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	for k := start; k < start+3; k++ {
		r += a[k%400][j]
	}
	return r
}

// r is set before the check; a recovered panic returns what r held.
//
//go:wasmexport namedResult
func namedResult(n, j int32) (r int32) {
	fill()
	defer func() {
		recover()
	}()
	for k := int32(0); k < n; k++ {
		r = 7 + k
		r += a[2][j]
	}
	return r
}

//go:wasmexport printFirst
func printFirst(n, j int32) (s int32) {
	fill()
	defer func() {
		recover()
	}()
	for k := int32(0); k < n; k++ {
		println("step", k)
		s += a[1][j]
	}
	return s
}

var g int32

// The loop changes the package variable the index is read from.
//
//go:wasmexport global
func global(n, j int32) int32 {
	fill()
	g = j
	s := int32(0)
	for k := int32(0); k < n; k++ {
		s += a[3][g]
		g += 5
	}
	return s
}

//go:wasmexport changed
func changed(n, j int32) int32 {
	fill()
	s := int32(0)
	for k := int32(0); k < n; k++ {
		s += a[4][j]
		j += 3
	}
	return s
}

//go:wasmexport sliceLocal
func sliceLocal(n, j int32) int32 {
	fill()
	row := a[5][:8]
	s := int32(0)
	for k := int32(0); k < n; k++ {
		s += row[j] + row[k]
	}
	return s
}

var limitCalls int32

func limit(n int32) int32 {
	limitCalls++
	return n
}

//go:wasmexport calledCond
func calledCond(n, j int32) int32 {
	fill()
	s := int32(0)
	for k := int32(0); k < limit(n); k++ {
		s += a[6][j]
	}
	return s*100 + limitCalls
}

func main() {}
