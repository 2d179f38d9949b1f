// Comparisons, and `!`, `&&`, `||` of them, are untyped boolean values: they take whichever boolean type they meet, and bool where nothing decides.
package main

type mybool bool

type flag mybool

var g, h int32
var b mybool
var f flag

func both(x, y mybool) mybool { return x && y }

func less(x, y int32) mybool { return x < y }

func pick(x int32) flag {
	switch b {
	case x > 0:
		return x != 1 || f
	case !(x < -5) && x != -1:
		return f == (x == 2)
	}
	return !(x > g)
}

//go:wasmexport mixed
func mixed(x int32) int32 {
	b = (g != 0) && b
	b = b == (g != 0)
	b = !(x < h) || b
	c := x < g
	var d mybool = c == (x > 0)
	d = d != (g == h && x > 3)
	e := mybool(x < 7)
	k := flag(x == 1 || x == 2)
	if both(x > 1, e) && d || !(x >= 0) {
		return 1
	}
	if less(x, g) == e && c {
		return 2
	}
	f = pick(x) && k
	var z = x != 4
	var nilp *int32
	var isNil mybool = nilp == nil
	if z && bool(isNil) && bool(f) {
		return 3
	}
	println(x < 2, c, b && (x > 0))
	return 0
}

func main() {}
