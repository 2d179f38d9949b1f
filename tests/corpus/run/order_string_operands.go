// A call's arguments in gc's order: the calls the program writes run
// first, then the string operations gc's compiler makes runtime calls of
// after ordering (s + t, string(r), string(b)) read their variables, after
// a later argument's call changed them; []byte(s) converts before it.
//
// run: exe
package main

var g int = 8
var s = "a"
var b = []byte("ab")

func f() int { g--; s = "zz"; b[0] = 'q'; return 3 }

func at(s string, i int) int { return len(s)*100 + int(s[0]) }

func at2(s string, t string, i int) int { return len(s)*10000 + int(s[0])*100 + len(t) }

func bs(b []byte, i int) int { return len(b)*100 + int(b[0]) }

func id(s string) string { return s }

func main() {
	g = 8
	println(at(string(rune(g)), f()))
	s = "a"
	println(at(s+"x", f()))
	b[0] = 'a'
	println(at(string(b), f()))
	s = "a"
	println(at2(s+"x", s+"yy", f()))
	s = "a"
	println(at2(id(s)+"x", s+"y", f()))
	s = "a"
	println(bs([]byte(s), f()))
	s = "a"
	println(at(s, f()))
	s = "a"
	x := s + "x" + string(rune(g))
	println(at(x, f()))
}
