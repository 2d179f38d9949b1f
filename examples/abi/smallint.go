// Small integers at the boundary, which Go refuses (go:wasmexport:
// unsupported parameter type uint8) and --rules smallint accepts: a uint8
// parameter arrives as an i32 narrowed as uint8(x) would narrow it, an int8
// result leaves sign-extended to an i32, an int as an i64.
//
//	wexlab run examples/abi/smallint.go --rules smallint --invoke brighten 300 20
//	wexlab run examples/abi/smallint.go --rules smallint --invoke delta 10 200
package main

// brighten adds to a channel value and saturates at 255. The host's 300
// becomes 44 on the way in, as in Go's uint8(300).
//
//go:wasmexport brighten
func brighten(channel, amount uint8) uint8 {
	if int(channel)+int(amount) > 255 {
		return 255
	}
	return channel + amount
}

// delta is b - a as an int8: it wraps, and the host sees the signed value.
//
//go:wasmexport delta
func delta(a, b uint8) int8 { return int8(b - a) }

// sum adds an int16 to an int: the i64 carries all 64 bits.
//
//go:wasmexport sum
func sum(a int, b int16) int { return a + int(b) }

func main() {}
