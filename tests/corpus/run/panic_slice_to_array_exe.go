// An exe program converting slices to arrays and array pointers: the
// conversions that fit copy or share the elements, one from a slice that
// is too short panics with Go's conversion message, exit code 2.
//
// run: exe
package main

func main() {
	s := []int32{1, 2, 3, 4, 5}
	a := [3]int32(s)
	a[0] = 10
	p := (*[2]int32)(s[3:])
	p[1] = 50
	println(a[0], s[0], s[4], len(p))
	var e []int32
	z := [0]int32(e)
	println(len(z), (*[0]int32)(e) == nil)
	n := len(s) - 3
	t := s[:n]
	println("converting", len(t))
	b := [4]int32(t)
	println("not reached", b[0])
}
