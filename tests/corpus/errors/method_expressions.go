// Type errors of method expressions: a pointer method through the value
// type, a method the type lacks, a field selected from a type.
package main

type T struct{ a int32 }

func (t T) Get() int32 { return t.a }
func (t *T) Set(v int32) { t.a = v }

func main() {
	_ = T.Get
	_ = (*T).Set
	_ = T.Set    // ERROR "^invalid method expression T.Set \(needs pointer receiver \(\*T\).Set\)$"
	_ = T.Nope   // ERROR "^T.Nope undefined \(type T has no field or method Nope\)$"
	_ = (*T).a   // ERROR "^operand for field selector a must be value of type \*T$"
}

type C float64

func (c C) F() float64 { return float64(c) }

func other() {
	_ = (*C).Nope // ERROR "^\(\*C\).Nope undefined \(type \*C has no field or method Nope\)$"
	_ = C.F
}
