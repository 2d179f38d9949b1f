// Recursive functions that are not tail calls and open with a guard that
// returns: where the guard only computes, wexlab tests it before the
// function takes its Go-stack frame (rules/lower/func.rules,
// go-dfunc-guard). Beside them, guards that must wait for the frame: one
// whose return calls, one that reads a package variable, one that divides,
// and a guard with an else.
//
// run: c-shared
// call: walk 0
// call: walk 10
// call: tree 0 7
// call: tree 0 100
// call: tree 3 50
// call: viaCall 6
// call: viaGlobal 9
// call: withElse 8
// call: divides 40 3
// call: divides 40 0
package main

func walkRec(d int32) int32 {
	if d == 0 {
		return 1
	}
	a := walkRec(d - 1)
	b := walkRec(d - 1)
	return a + b + d
}

//go:wasmexport walk
func walk(d int32) int32 { return walkRec(d) }

func treeRec(i, n int32) int64 {
	if i >= n {
		return 0
	}
	l := treeRec(2*i+1, n)
	r := treeRec(2*i+2, n)
	return l*3 + r + int64(i)
}

//go:wasmexport tree
func tree(i, n int32) int64 { return treeRec(i, n) }

func leaf(d int32) int32 {
	println("leaf", d)
	return d * 100
}

func viaCallRec(d int32) int32 {
	if d < 2 {
		return leaf(d)
	}
	x := viaCallRec(d - 1)
	return x - viaCallRec(d-2)
}

//go:wasmexport viaCall
func viaCall(d int32) int32 { return viaCallRec(d) }

var floor int32 = 3

func viaGlobalRec(d int32) int32 {
	if d <= floor {
		return d
	}
	floor++
	x := viaGlobalRec(d - 1)
	floor--
	return x*2 + d
}

//go:wasmexport viaGlobal
func viaGlobal(d int32) int32 { return viaGlobalRec(d) }

func withElseRec(d int32) int32 {
	if d <= 1 {
		return 1
	} else {
		d--
	}
	x := withElseRec(d)
	return x + withElseRec(d-1)*2
}

//go:wasmexport withElse
func withElse(d int32) int32 { return withElseRec(d) }

func dividesRec(a, b int32) int32 {
	if a/b == 0 {
		return a
	}
	x := dividesRec(a-b, b)
	return x + 1
}

//go:wasmexport divides
func divides(a, b int32) int32 { return dividesRec(a, b) }

func main() {}
