// A shift of an untyped constant by a variable count takes the type of the
// other operand of the expression it is in, as the constant alone would.
//
// run: exe
package main

func main() {
	var c byte = 0xC3
	var size int = 2
	var a int32 = 1 << size
	b := rune(c) & (0x7F >> size)
	d := int64(1<<size) + 5
	var e uint8 = 255
	f := e + 1<<size
	g := 1 << size
	var h = int16(1) << size
	k := 1<<size - e
	var big uint = 40
	println(a, b, d, f, g, h, k, e == 1<<size, uint32(1)<<big > 0, (1<<big)+uint64(e))
}
