// Methods of generic types, generic types embedded or instantiated in signatures, and generic methods are rejected at their type parameters, never with a type error.
package main

type List[T any] struct { // ERROR "^generic types are not supported by wexlab$"
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) { l.val = v } // ERROR "^methods of generic types are not supported by wexlab$"

func (List[T]) Len() int { return 0 } // ERROR "^methods of generic types are not supported by wexlab$"

type Pair[K comparable, V any] struct { // ERROR "^generic types are not supported by wexlab$"
	k K
	v V
}

type tree struct {
	List[int32]
	*Pair[string, int32]
}

func first(l List[int32], ps []Pair[string, int32]) int32 {
	return l.val + int32(len(ps))
}

type curve[P point[P]] struct{ p P } // ERROR "^generic types are not supported by wexlab$"

type point[P any] interface{ Add(P) P } // ERROR "^generic types are not supported by wexlab$"

type set[T *int | *int32, U any] struct{ u U } // ERROR "^generic types are not supported by wexlab$"

func main() {
	var t tree
	println(first(List[int32]{}, nil), t.val) // ERROR "^selectors \(fields and methods\) are not supported by wexlab$"
}
