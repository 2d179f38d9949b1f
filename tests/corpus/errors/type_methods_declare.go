// Method declarations that Go rejects: a method declared twice, a field
// and a method with the same name, receivers of a predeclared type, of an
// unnamed array type, of a pointer-to-pointer, of a named pointer type, and
// of a type that does not exist.
package main

type box struct {
	size int32
}

type ptr *box

type list [4]int32

func (b box) area() int32  { return 1 }
func (b *box) area() int32 { return 0 }     // ERROR "^method box\.area already declared at (\./)?type_methods_declare\.go:15:14$"
func (b box) size() int32  { return 1 }     // ERROR "^field and method with the same name size"
func (i int) double() int  { return i * 2 } // ERROR "^cannot define new methods on non-local type int$"
func (a [4]int32) sum() int32 { // ERROR "^invalid receiver type \[4\]int32$"
	return a[0]
}
func (p **box) twice()     {} // ERROR "^invalid receiver type \*\*box$"
func (p ptr) grow()        {} // ERROR "^invalid receiver type ptr \(pointer or interface type\)$"
func (m missing) nothing() {} // ERROR "^undefined: missing$"
func (l list) len() int    { return len(l) }
func (l *list) len2() int  { return len(l) }

func main() {}
