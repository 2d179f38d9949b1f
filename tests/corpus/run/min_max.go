// min and max of integers, floats (NaN wins, -0 below +0) and strings, with
// constants folded and untyped constants taking the other operands' type.
//
// run: exe
package main



func main() {
	var i, j int32 = 3, -7
	var u uint8 = 200
	f, g := 1.5, -0.0
	zero := 0.0
	nan := zero / zero
	s, t := "apple", "apricot"
	println(min(i, j), max(i, j), min(i, 2, j), max(u, 7, 250), min(u))
	println(min(f, g), max(f, g), min(g, 0.0), max(0.0, g), min(nan, f), max(f, nan), min(f, 1))
	println(min(s, t), max(s, t), min(s, "a", t), max("", s))
	const c = min(3, 1, 2.5)
	const d = max("b", "a")
	println(c, d, min(1, 2.5, 'a'))
	var f32 float32 = 2.5
	println(min(f32, 1), max(f32, -1))
	nz := -zero
	println(min(nz, zero), max(nz, zero), min(zero, nz), max(zero, nz), min(nz, nan))
}
