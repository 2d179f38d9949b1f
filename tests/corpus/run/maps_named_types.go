// Named map types: methods on a map type (which share the map with the
// caller), conversions between named and unnamed map types, a package
// variable of a named map type that keeps its entries across calls.
//
// run: c-shared
// call: run 5
// call: run 2
// call: run 40
package main

type Set map[int]bool

func (s Set) add(k int) { s[k] = true }

func (s Set) has(k int) bool { return s[k] }

type counts map[string]int

var global Set

func build() map[string]int {
	return counts{"x": 1}
}

//go:wasmexport run
func run(n int32) int32 {
	if global == nil {
		global = Set{}
	}
	for i := int32(0); i < n; i++ {
		global.add(int(i))
	}
	c := counts(build())
	c["y"] += 2
	var plain map[string]int = c
	total := int32(0)
	for _, v := range plain {
		total += int32(v)
	}
	if global.has(3) {
		total += 100
	}
	return total + int32(len(global))
}

func main() {}
