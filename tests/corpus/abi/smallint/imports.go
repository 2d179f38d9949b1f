// wasmimports with small integers under --rules smallint: an argument
// reaches the host extended by its Go type, a result the host returns as
// an i32 is narrowed to the Go result type. The host functions (env.echo32,
// env.add1000, env.mix, env.neg64) are the test's, on wasm values; Go
// runs the same functions on the same values (tests/abi_sets.rs).
package main

//go:wasmimport env echo32
func echoInt8(x int8) int8

//go:wasmimport env echo32
func echoUint8ToInt8(x uint8) int8

//go:wasmimport env echo32
func echoInt16ToUint8(x int16) uint8

//go:wasmimport env add1000
func add1000Uint16(x uint16) uint16

//go:wasmimport env add1000
func add1000Int8(x int8) int16

//go:wasmimport env mix
func mixSmall(a uint8, b int16) int8

//go:wasmimport env neg64
func negInt(x int) int

//go:wasmimport env neg64
func negUint(x uint) uint

//go:wasmexport echo_int8
func echoI8(x int8) int32 { return int32(echoInt8(x)) }

//go:wasmexport echo_uint8_to_int8
func echoU8(x uint8) int32 { return int32(echoUint8ToInt8(x)) }

//go:wasmexport echo_int16_to_uint8
func echoI16(x int16) uint8 { return echoInt16ToUint8(x) }

//go:wasmexport add1000_uint16
func add1000U16(x uint16) int64 { return int64(add1000Uint16(x)) }

//go:wasmexport add1000_int8
func add1000I8(x int32) int16 { return add1000Int8(int8(x)) }

//go:wasmexport mix_small
func mixS(a uint8, b int16) int8 { return mixSmall(a, b) }

//go:wasmexport neg_int
func negI(x int) int { return negInt(x) + 1 }

//go:wasmexport neg_uint
func negU(x uint) uint { return negUint(x) / 2 }

func main() {}
