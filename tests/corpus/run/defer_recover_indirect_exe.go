// recover stops a panic only when the function a deferred call calls
// calls it directly (a method called through a deferred method value
// counts): from a helper that the deferred closure calls it returns nil
// and the panic goes on, running the other deferred calls before Go's
// message and exit status 2.
//
// run: exe
package main

func helper() bool {
	return recover() != nil
}

func f() {
	defer println("f's first defer")
	defer func() {
		println("helper recovered:", helper())
	}()
	panic("not stopped by a helper")
}

type T int

func (t T) M() {
	println("M recovered:", recover() != nil)
}

func viaMethodValue() {
	var t T
	m := t.M
	defer m()
	panic("stopped in M")
}

func main() {
	defer println("main's defer")
	viaMethodValue()
	f()
	println("never printed")
}
