// Loops whose condition computes what the body computes again: wexlab keeps
// the condition's value in a local and the body's first assignments read it
// (src/ir/reuse.rs), until one of them assigns a local the value reads.
// Beside them, shapes where the value must be computed afresh: after such
// an assignment, under ||, under a negated &&, a value that wraps (int8),
// one converted, and a condition whose second operand calls and prints.
//
// run: c-shared
// call: mandel 0 0 50
// call: mandel -1 0 50
// call: mandel 0 1 50
// call: reassigned 5 20
// call: reassigned -3 7
// call: either 3 40
// call: either 0 40
// call: negated 4 30
// call: wraps 100 9
// call: wraps -128 3
// call: converted 7 11
// call: converted -7 3
// call: noisy 4
// call: floats32 0.25 12
package main

//go:wasmexport mandel
func mandel(cr, ci float64, iters int32) int32 {
	zr, zi := 0.0, 0.0
	k := int32(0)
	for ; k < iters && zr*zr+zi*zi <= 4; k++ {
		zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
	}
	return k
}

// x*x is in the condition; the body assigns x before its second use.
//
//go:wasmexport reassigned
func reassigned(x, n int32) int32 {
	steps := int32(0)
	for x*x < n*n && steps < 50 {
		a := x*x + 1
		x = x + 1
		b := x*x + a
		steps += b % 7
		if steps < 0 {
			steps = -steps
		}
		steps++
	}
	return steps*1000 + x
}

// Under ||, the second operand need not have run.
//
//go:wasmexport either
func either(x, n int32) int32 {
	total := int32(0)
	for i := int32(0); i < n && (x == 0 || i*x < 100); i++ {
		total += i*x + 1
	}
	return total
}

// !(a && b) being true says nothing of b.
//
//go:wasmexport negated
func negated(x, n int32) int32 {
	total := int32(0)
	for i := int32(0); i < n && !(i > 10 && i*x > 50); i++ {
		total += i*x - 3
	}
	return total
}

// int8 products wrap; the kept value is the wrapped one.
//
//go:wasmexport wraps
func wraps(a, n int32) int32 {
	x := int8(a)
	total := int32(0)
	for i := int32(0); i < n && x*3 != 0; i++ {
		total += int32(x*3) + int32(x*3+1)
		x++
	}
	return total
}

//go:wasmexport converted
func converted(a, n int32) float64 {
	sum := 0.0
	for i := a; float64(i)*0.5 < float64(n); i++ {
		sum += float64(i)*0.5 + float64(i*i)
	}
	return sum
}

var calls int32

func probe(v int32) bool {
	calls++
	println("probe", v)
	return v%3 != 0
}

// The second operand calls: it runs only when the first is true, once
// a test, as written.
//
//go:wasmexport noisy
func noisy(n int32) int32 {
	calls = 0
	i := int32(0)
	for i < n && probe(i*2+1) {
		i++
	}
	return calls*100 + i
}

//go:wasmexport floats32
func floats32(c float32, n int32) int32 {
	z := float32(0)
	k := int32(0)
	for k < n && z*z < 2 {
		z = z*z + c
		k++
	}
	return k*1000 + int32(z*100)
}

func main() {}
