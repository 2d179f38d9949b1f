// Struct type declarations that Go rejects: a duplicate field, a field
// that clashes with an embedded type's name, an embedded pointer to a
// pointer type, a struct containing itself through an array, fields of
// undefined types, and a type embedded both as T and *T.
package main

type inner struct {
	a int32
}

type pinner *inner

type dup struct {
	x int32
	y string
	x float64 // ERROR "^x redeclared"
}

type clash struct {
	inner
	inner int32 // ERROR "^inner redeclared"
}

type embedPtr struct {
	*pinner // ERROR "^embedded field type cannot be a pointer$"
}

type self struct { // ERROR "^invalid recursive type: self refers to itself$"
	arr [2]self
}

type unknown struct {
	u undefinedType    // ERROR "^undefined: undefinedType$"
	v [3]alsoUndefined // ERROR "^undefined: alsoUndefined$"
}

type twice struct {
	inner
	*inner // ERROR "^inner redeclared"
}

func main() {}
