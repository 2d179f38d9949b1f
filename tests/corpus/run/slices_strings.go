// Conversions between strings and slices: []byte(s) is a copy (writing it
// leaves s alone), string(b) is a copy (writing b afterwards leaves the
// string alone), []rune(s) decodes UTF-8 (an invalid byte becomes U+FFFD),
// string(runes) encodes, and the empty and nil cases.
//
// run: c-shared
// call: upper str:hello,\sWorld
// call: upper str:
// call: runes str:héllo 0
// call: runes str:a 1
// call: runes str:日本語 0
// call: runes str:é 2
// call: roundtrip str:abc
// call: reverse str:añb
package main

var keep string

//go:wasmexport upper
func upper(s string) int32 {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	keep = string(b)
	b = append(b, '!')
	println(s, keep, string(b), len(b))
	return int32(len(keep))
}

//go:wasmexport runes
func runes(s string, bad int32) int32 {
	switch bad {
	case 1:
		s += "\xffb"
	case 2:
		s = s[:1] + "x" + s[1:]
	}
	r := []rune(s)
	t := int32(0)
	for _, c := range r {
		t += c
	}
	println(len(s), len(r), string(r))
	return t
}

//go:wasmexport roundtrip
func roundtrip(s string) bool {
	b := []byte(s)
	t := string(b)
	b[0] = 'X'
	u := string(b)
	var nb []byte
	var nr []rune
	e := string(nb) + string(nr)
	println(t, u, len(e), len([]byte("")), []byte("") == nil)
	return t == s && u != s && e == ""
}

//go:wasmexport reverse
func reverse(s string) int32 {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	out := string(r)
	bs := []byte(out)
	println(out, len(out), bs[0], bs[1])
	return int32(len(r))*100 + int32(len(bs))
}

func main() {}
