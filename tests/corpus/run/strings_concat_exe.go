// Concatenation and conversions in a program: a string built rune by rune,
// then read back by range, and the results of many small allocations.
//
// run: exe
package main

var parts = "αβγ"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	s := ""
	for _, r := range parts {
		s = string(r) + s
	}
	println(s, len(s))
	t := repeat("ab", 500)
	println(len(t), t[990:], t[:3] < t[1:4])
	u := ""
	for i := 0; i < 40; i++ {
		u += string(rune('0' + i%10))
	}
	println(u, u == repeat("0123456789", 4))
	var empty string
	println(empty+empty == "", len(empty+"x"+empty))
}
