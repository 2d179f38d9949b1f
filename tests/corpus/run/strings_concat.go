// String concatenation and string(r), which allocate: results share nothing
// with their operands, the heap grows the memory past its first pages, and
// string(r) encodes r as UTF-8 (U+FFFD for what is no code point).
//
// run: c-shared
// call: join str:wasm str:export
// call: join str: str:only
// call: join str:only str:
// call: rune 65
// call: rune 233
// call: rune 8364
// call: rune 128512
// call: rune -1
// call: rune 55296
// call: rune 1114112
// call: grow 3000
// call: grow 9000
// call: named
package main

type label string

var kept string

//go:wasmexport join
func join(a, b string) int32 {
	s := a + "+" + b
	kept = a + b
	t := kept
	t += "!"
	println(s, kept, t, len(s), a+b == kept)
	return int32(len(t))
}

//go:wasmexport rune
func rune_(r int32) int32 {
	s := string(rune(r))
	n := int32(0)
	for i := 0; i < len(s); i++ {
		n = n<<8 | int32(s[i])
	}
	println(s, len(s), string(r) == s)
	return n
}

//go:wasmexport grow
func grow(n int32) int32 {
	s := ""
	for i := int32(0); i < n; i++ {
		s += string(rune('a' + i%26))
	}
	sum := int32(0)
	for i := 0; i < len(s); i += 97 {
		sum += int32(s[i])
	}
	println(len(s), s[len(s)-3:])
	return sum
}

//go:wasmexport named
func named() {
	var a label = "x"
	b := a + "y"
	b += a
	const c = "con" + "st"
	println(b, len(b), c, string(label("z")+b))
}

func main() {}
