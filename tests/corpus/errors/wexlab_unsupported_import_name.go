// A package's name is its package clause, not the last element of its import path ("math/rand/v2" is rand): the import is rejected, and its uses under the package's real name say nothing more.
package main

import "math/rand/v2" // ERROR "^package .math/rand/v2. is not supported by wexlab: it compiles programs that import only .unsafe., .structs. and .runtime.$"

var seed rand.PCG

func main() {
	println(rand.IntN(10), seed.Uint64())
}
