// An out-of-range index of an unsigned type: a uint64 index above 2^63
// is printed as the unsigned number it is.
//
// run: c-shared
// call: get 3
// call: get 18446744073709551615
package main

var vals [5]uint16

//go:wasmexport get
func get(i uint64) int32 {
	for k := range vals {
		vals[k] = uint16(k * 11)
	}
	return int32(vals[i])
}

func main() {}
