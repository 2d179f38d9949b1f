// Generic functions and types are rejected at their type parameters; their instantiations and calls say nothing more.
package main

func max2[T int32 | int64](a, b T) T { // ERROR "^generic functions are not supported by wexlab$"
	if a > b {
		return a
	}
	return b
}

type box[T any] struct{ v T } // ERROR "^generic types are not supported by wexlab$"

type pair[K comparable, V ~int32 | ~int64] struct { // ERROR "^generic types are not supported by wexlab$"
	k K
	v V
}

type number interface {
	int32 | int64
}

func sum[N number](xs ...N) (s N) { // ERROR "^generic functions are not supported by wexlab$"
	return s
}

func main() {
	println(max2[int32](1, 2), max2(int64(3), 4), sum[int32]())
	var b box[int32]
	var p pair[string, int32]
	_, _ = b, p
}
