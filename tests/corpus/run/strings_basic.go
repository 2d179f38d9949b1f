// String values: locals, package variables, parameters, results, pointers,
// named string types, len, indexing, comparisons and printing.
//
// run: c-shared
// call: run
// call: index_at 0
// call: index_at 4
// call: compare 0 1
// call: compare 2 2
// call: compare 3 1
// call: pick 2
// call: index_at 5
// call: index_at 6
package main

type name string

var greeting = "hello"
var empty string
var table string = "abcdé"

var gp *string = &greeting

func pair(a, b string) (string, int) {
	if len(a) > len(b) {
		return a, len(a)
	}
	return b, len(b)
}

func first(s string) byte { return s[0] }

func choose(i int32) string {
	switch i {
	case 0:
		return ""
	case 1:
		return "a"
	case 2:
		return "ab"
	case 3:
		return "b"
	}
	return "zz"
}

func sum(s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += int(s[i])
	}
	return t
}

//go:wasmexport run
func run() int32 {
	s := greeting
	t := s
	s = "world"
	println(s, t, len(s)+len(t), empty == "", len(empty))
	var n name = "named"
	m := name("other")
	println(n, m, n < m, string(n) == "named", len(n))
	longer, l := pair("go", "wasm")
	println(longer, l)
	println(first(table), table[4], table[5], sum(table))
	*gp = "changed"
	println(greeting, *gp)
	p := &greeting
	*p = *gp
	switch greeting {
	case "hello":
		println("still hello")
	case "changed":
		println("changed it")
	}
	var u8 uint8 = 2
	var i64 int64 = 3
	println(s[u8], s[i64], "x"[0])
	return int32(sum("héllo"))
}

//go:wasmexport index_at
func index_at(i int32) int32 {
	return int32(table[i])
}

//go:wasmexport compare
func compare(a, b int32) int32 {
	x, y := choose(a), choose(b)
	r := int32(0)
	if x == y {
		r |= 1
	}
	if x != y {
		r |= 2
	}
	if x < y {
		r |= 4
	}
	if x <= y {
		r |= 8
	}
	if x > y {
		r |= 16
	}
	if x >= y {
		r |= 32
	}
	return r
}

//go:wasmexport pick
func pick(i int32) int32 {
	s := choose(i)
	println(s, len(s))
	return int32(len(s))
}

func main() {}
