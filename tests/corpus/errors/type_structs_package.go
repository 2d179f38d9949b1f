// Package structs exports HostLayout only; its unexported hostLayout is
// out of reach, and the package name is no value. HostLayout is a defined
// struct type of its own package: messages qualify it, struct{} does not
// convert to it (its underlying type has a blank field of type
// structs.hostLayout), and its blank field cannot be selected.
package main

import "structs"

type H struct {
	_ structs.HostLayout
	x int32
}

var a structs.Foo        // ERROR "^undefined: structs.Foo$"
var b structs.hostLayout // ERROR "^name hostLayout not exported by package structs$"

var c = structs.HostLayout(struct{}{}) // ERROR "^cannot convert struct.*\{\}.* to type structs.HostLayout$"

var d *structs.HostLayout = &H{} // ERROR "^cannot use &H\{\} \(value of type \*H\) as \*structs.HostLayout value in variable declaration$"

var e = structs.HostLayout{}._ // ERROR "^structs.HostLayout\{\}._ undefined \(type structs.HostLayout has no field or method _\)$"

var ok = H{x: 1}.x + int32(len([2]structs.HostLayout{}))

func f() {
	x := structs            // ERROR "^use of package structs not in selector$"
	y := structs.HostLayout // ERROR "^structs.HostLayout \(type\) is not an expression$"
	_, _ = x, y
}

func g() {
	structs := 3
	_ = structs
	var q structs.HostLayout // ERROR "^declared and not used: q$" "^structs.HostLayout is not a type$"
}

func main() {
	f()
	g()
	_, _, _, _, _ = a, b, c, d, e
}
