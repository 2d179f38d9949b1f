// runtime.Pinner's methods called wrongly, with Go's messages: Pin takes
// one argument (Go's any), Unpin none and gives no value, and both have
// pointer receivers, so a composite literal cannot call them. Its field is
// unexported: neither a selector nor a literal can name or set it.
package main

import (
	"runtime"
	"unsafe"
)

type box struct{ pins runtime.Pinner }

func main() {
	var p runtime.Pinner
	x := 1
	p.Pin() // ERROR "^not enough arguments in call to p.Pin\n\thave \(\)\n\twant \(any\)$"
	p.Pin(&x, &x) // ERROR "^too many arguments in call to p.Pin\n\thave \(\*int, \*int\)\n\twant \(any\)$"
	p.Unpin(&x) // ERROR "^too many arguments in call to p.Unpin\n\thave \(\*int\)\n\twant \(\)$"
	v := p.Unpin() // ERROR "^p.Unpin\(\) \(no value\) used as value$"
	_ = v
	runtime.Pinner{}.Pin(&x) // ERROR "^cannot call pointer method Pin on runtime.Pinner$"
	var n int = p // ERROR "^cannot use p \(variable of struct type runtime.Pinner\) as int value in variable declaration$"
	_ = n
	b := box{}
	b.pins.Pin(&x)
	b.pins.Unpin()
	_ = p.pinner // ERROR "^p.pinner undefined \(cannot refer to unexported field pinner\)$"
	_ = p.pins // ERROR "^p.pins undefined \(type runtime.Pinner has no field or method pins\)$"
	_ = runtime.Pinner{nil} // ERROR "^implicit assignment to unexported field pinner in struct literal of type runtime.Pinner$"
	_ = runtime.Pinner{pinner: nil} // ERROR "^cannot refer to unexported field pinner in struct literal of type runtime.Pinner$"
	_ = unsafe.Offsetof(p.pinner) // ERROR "^invalid argument: runtime.Pinner has no single field pinner$"
	p.Pin(1, 2) // ERROR "^too many arguments in call to p.Pin\n\thave \(number, number\)\n\twant \(any\)$"
}
