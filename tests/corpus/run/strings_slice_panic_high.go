// Slicing a string with a high bound beyond the length: Go's panic message.
//
// run: c-shared
// call: t 2
package main

func sl(s string, i, j int) string   { return s[i:j] }
func sl8(s string, i, j int8) string { return s[i:j] }
func slu(s string, i, j uint) string { return s[i:j] }
func from(s string, i int) string    { return s[i:] }
func to(s string, j int) string      { return s[:j] }

//go:wasmexport t
func t(k int32) {
	s := "hello"
	switch k {
	case 0:
		println(sl(s, 1, 3), from(s, 2), to(s, 4), s[:], s[5:], s[:0])
	case 1:
		println(sl(s, 3, 2))
	case 2:
		println(sl(s, 1, 6))
	case 3:
		println(sl(s, -1, 2))
	case 4:
		println(from(s, 6))
	case 5:
		println(to(s, 6))
	case 6:
		println(from(s, -1))
	case 7:
		println(to(s, -1))
	case 8:
		println(sl8(s, -1, 2))
	case 9:
		println(slu(s, 1<<63, 2))
	case 10:
		println(slu(s, 3, 1<<63))
	case 11:
		println(sl(s, -2, -1))
	}
}

func main() {}
