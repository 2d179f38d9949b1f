// In c-shared mode main never runs, yet Go keeps the wasmimports main reaches (directly, through a helper, or also from an export) in the import section, in declaration order; one that nothing calls is left out.
//
// run: c-shared
// import: env fromboth (i32) (i32) echo
// import: env frommain (i64) (i64) echo
// import: env fromexport (i32) (i32) const:7
// import: env viahelper () (f64) const:1.5
// import: env inmainfirst () () echo
// call: get 5
package main

//go:wasmimport env fromboth
func fromBoth(x int32) int32

//go:wasmimport env nowhere
func nowhere(x float32) float32

//go:wasmimport env frommain
func fromMain(x int64) int64

//go:wasmimport env fromexport
func fromExport(x int32) int32

//go:wasmimport env viahelper
func viaHelper() float64

//go:wasmimport env inmainfirst
func inMainFirst()

func helper() float64 { return viaHelper() * 2 }

//go:wasmexport get
func get(x int32) int32 { return fromExport(x) + fromBoth(x) }

func main() {
	inMainFirst()
	println(fromMain(3), fromBoth(4), helper())
}
