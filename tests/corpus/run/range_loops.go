// Range loops over integers and strings: the counter the body may change,
// runes decoded as Go decodes them (invalid bytes are U+FFFD, one byte each),
// break and continue, assignment to existing variables, an empty range.
//
// run: c-shared
// call: run
// call: runes str:héllo
// call: runes str:\xff
// call: count 0
// call: count 7
// call: count -3
package main

var total int64

func sum(n int64) int64 {
	t := int64(0)
	for i := range n {
		t += i
	}
	return t
}

//go:wasmexport run
func run() int64 {
	for i := range 3 {
		println("i", i)
	}
	var n int8 = 4
	for i := range n {
		i += 10
		println(i)
	}
	s := "aé€😀\xff\xe0\x80z\xed\xa0\x80\xf4\x90\x80\x80\xf0\x9f\x98"
	for i, r := range s {
		println(i, r)
	}
	count := 0
	for range s {
		count++
	}
	for i := range s {
		if i > 3 {
			break
		}
		if i == 1 {
			continue
		}
		println("at", i)
	}
	var k int
	var r rune
	for k, r = range "xyz" {
	}
	var u uint16
	for u = range 5 {
	}
	for range 0 {
		println("never")
	}
	for _, r := range "" {
		println("never", r)
	}
	println(count, k, r, u)
	return sum(10) + int64(count)
}

//go:wasmexport runes
func runes(s string) int32 {
	t := int32(0)
	for i, r := range s {
		t = t*31 + r + int32(i)
	}
	return t
}

//go:wasmexport count
func count(n int32) int32 {
	c := int32(0)
	for range n {
		c++
	}
	return c
}

func main() {}
