// Struct fields and struct literals: unknown fields in selectors and keyed
// literals, duplicate and mixed keys, positional literals with too few or
// too many values, a field of the wrong type, and assignment to a field of
// a struct value that is not addressable.
package main

type point struct {
	x, y int32
}

type line struct {
	a, b point
	name string
}

func origin() point { return point{} }

func main() {
	p := point{1, 2}
	_ = p.z                       // ERROR "^p\.z undefined \(type point has no field or method z\)$"
	_ = point{x: 1, z: 2}         // ERROR "^unknown field z in struct literal of type point$"
	_ = point{x: 1, x: 2}         // ERROR "^duplicate field name x in struct literal$"
	_ = point{x: 1, 2}            // ERROR "^mixture of field:value and value elements in struct literal$"
	_ = point{1}                  // ERROR "^too few values in struct literal of type point$"
	_ = point{1, 2, 3}            // ERROR "^too many values in struct literal of type point$"
	_ = line{a: point{}, name: 5} // ERROR "^cannot use 5 \(untyped int constant\) as string value in struct literal$"
	origin().x = 3                // ERROR "^cannot assign to origin\(\)\.x \(neither addressable nor a map index expression\)$"
	l := line{}
	_ = l.a.w // ERROR "^l\.a\.w undefined \(type point has no field or method w\)$"
	_ = p
}
