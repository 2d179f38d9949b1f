// Forms of Go's grammar that its standard library may lack, in a program Go builds: wexlab parses them all, and rejects each feature outside its subset as not supported, never with a syntax or type error (type parameters led by a name and `[`, `[N * M]` array lengths, trailing commas in type parameters, generic aliases, channel types of every direction, labels, select…).
package main

import (
	"fmt" // ERROR "^package .fmt. is not supported by wexlab: it compiles programs that import only .unsafe., .structs. and .runtime.$"
	"io" // ERROR "^package .io. is not supported by wexlab: it compiles programs that import only .unsafe., .structs. and .runtime.$"
	"unsafe"
)

type C interface{ ~int | ~string }

type T1[P *int,] struct{ p P } // ERROR "^generic types are not supported by wexlab$"
type T2[P []int] struct{} // ERROR "^generic types are not supported by wexlab$"
type T3[P [2]int] struct{} // ERROR "^generic types are not supported by wexlab$"
type T4[P *int | *string, Q any] struct{} // ERROR "^generic types are not supported by wexlab$"
type T5[P interface{ M() }] struct{} // ERROR "^generic types are not supported by wexlab$"
type T6[P ~[]E, E any] struct{} // ERROR "^generic types are not supported by wexlab$"
type T8[P func(int) int] struct{} // ERROR "^generic types are not supported by wexlab$"
type T9[P map[int]int] struct{} // ERROR "^generic types are not supported by wexlab$"
type T10[P chan int] struct{} // ERROR "^generic types are not supported by wexlab$"
type T11[P struct{ x int }] struct{} // ERROR "^generic types are not supported by wexlab$"
type T12[P *[]int] struct{ p P } // ERROR "^generic types are not supported by wexlab$"
type T13[P *int | ~int8, Q any] struct{} // ERROR "^generic types are not supported by wexlab$"
type A3 [3 * 2]int
type A4 [len("abc")]int
type Al[T any] = T1[*int] // ERROR "^generic types are not supported by wexlab$"

const N, M = 2, 3

type A5 [N * M]int
type A6 [N]int

type I interface {
	io.Reader
	~int | string
	M(int) (x, y int)
	fmt.Stringer
}

type S struct {
	a, b int `json:"a"`
	io.Reader
	*S2
	c    func() *int
	d    []func() []int
	e    chan<- chan int
	f    <-chan <-chan int
	g    chan (<-chan int)
	h    func(...int)
	i    [N]int "tag"
}

func (s *S) M() {}
func (S) N()    {} // ERROR "^channels are not supported by wexlab$"

func variadic(a int, b ...string) {}
func named(a, b [2]int, c func(int) int) (x, y int) { return }
func unnamed(int, [2]int, ...string)         {}
func tparams[T any, U ~int | ~string](t T, u U) {} // ERROR "^generic functions are not supported by wexlab$"

func f() {
	var c chan int // ERROR "^channels are not supported by wexlab$"
	x := struct{ a int }{1}.a
	_ = x
	if (S{}).a == (S{}).b {
	}
	for range c {
	}
	for i := range 10 {
		_ = i
	}
	var v any // ERROR "^interfaces are not supported by wexlab$"
	switch y := v.(type) { // ERROR "^type switches are not supported by wexlab$"
	case int, string:
		_ = y
	case func() int:
	case interface{ M() }:
	case nil:
	}
	select { // ERROR "^select statements are not supported by wexlab$"
	case v, ok := <-c:
		_, _ = v, ok
	case c <- 1:
	case <-c:
	default:
	}
	go func() {}() // ERROR "^go statements are not supported by wexlab$"
	defer f()
L: // ERROR "^labeled statements are not supported by wexlab$"
	for {
		break L
	}
	goto L2 // ERROR "^goto statements are not supported by wexlab$"
L2: // ERROR "^labeled statements are not supported by wexlab$"
	_ = [...]int{1, 2}
	_ = (<-chan int)(c) // ERROR "^channels are not supported by wexlab$"
	_ = (*S).M
	_ = S.N // ERROR "^channels are not supported by wexlab$"
	variadic(1, []string{}...)
	var p = unsafe.Pointer(nil)
	_ = (*int)(p)
	_ = func() *int { return nil }
	_ = []func() *int{}
	_ = map[string]func(){}
	_ = [][]int{{1}, {2}}
	_ = map[[2]int]string{{1, 2}: "a"}
	_ = &[]int{1}[0]
	_ = tparams[int, int]
	tparams[string]("a", 2)
	var arr [3]int
	_ = arr[1:2:3]
	_ = arr[:]
	for x := range []struct{ a int }{{1}} {
		_ = x
	}
	switch {
	case 1 > 0:
		fallthrough // ERROR "^fallthrough statements are not supported by wexlab$"
	default:
	}
	if x := (S{}); x.a == 0 { // ERROR "^channels are not supported by wexlab$"
	}
	switch s := (S{}); s.a { // ERROR "^channels are not supported by wexlab$"
	}
	for i := 0; i < 3; i++ {
		continue
	}
	var fn func() = nil
	_ = fn
	var ch = make(chan func()) // ERROR "^channels are not supported by wexlab$"
	_ = ch
	_ = <-c // ERROR "^channel receives are not supported by wexlab$"
	c <- <-c // ERROR "^channel sends are not supported by wexlab$"
	_ = 1 + 2i // ERROR "^complex numbers are not supported by wexlab$"
	_ = 'a'
	_ = `raw`
	_ = 0x1p-2
	_ = 1_000
	{
	}
	;
	var _ = T1[*int]{}
	var _ T6[[]int, int]
	_ = interface{}(nil) // ERROR "^interfaces are not supported by wexlab$"
	_ = struct{}{}
	_ = func(int) {}
	_ = [](chan string){nil} // ERROR "^channels are not supported by wexlab$"
}

func main() {}
type S2 struct{}
