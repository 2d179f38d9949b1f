// recover in a deferred call stops a panic: the function whose deferred
// call recovered returns normally with its results' current values (named
// ones the closure set), its other deferred calls still run, and the
// frames between the panic and it are left without running any more of
// their code. Runtime errors (division by zero, an index out of range, a
// nil dereference, a nil map assignment, make with a negative length) and
// panic(v) through several frames are recovered; recover() == nil when
// nothing panics, and the comparison may be kept in a variable. The last panic is not recovered:
// main's deferred call runs, then Go's message and exit status 2.
//
// run: exe
package main

func divide(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			println("recovered in divide")
			q, ok = -1, false
		}
	}()
	return a / b, true
}

func index(xs []int, i int) (v int) {
	defer func() {
		stopped := recover() != nil
		if stopped {
			v = -100
		}
	}()
	v = 5
	return xs[i]
}

func deep(n int) int {
	defer println("deep's defer", n)
	if n == 0 {
		panic("bottom")
	}
	r := deep(n-1) + 1
	println("never printed", r)
	return r
}

func catcher() (res int) {
	defer println("catcher's first defer runs after the recovery")
	defer func() {
		if nil == recover() {
			println("nothing?")
		} else {
			println("caught")
		}
		res = 42
	}()
	defer println("catcher's last defer runs first")
	res = 7
	println("deep", deep(3))
	return res
}

type node struct{ v int }

func nilread(p *node) (v int) {
	defer func() {
		recover()
		println("nilread's defer")
	}()
	return p.v
}

func unnamed(xs []int) int {
	defer func() { recover() }()
	x := xs[3]
	return x + 1
}

func loop() (n int) {
	defer func() {
		if recover() != nil {
			println("loop stopped at", n)
		}
	}()
	for i := 0; ; i++ {
		n = i
		if i == 5 {
			var p *int
			*p = 1
		}
	}
}

func made(n int) (l int) {
	defer func() {
		if recover() != nil {
			l = -1
		}
	}()
	s := make([]int, n)
	println("made", len(s))
	return len(s)
}

// A recursive call in tail position becomes a loop; here too.
func sumTo(n, acc int) int {
	if n == 0 {
		return acc
	}
	return sumTo(n-1, acc+n)
}

// A deferred named function that calls recover itself stops the panic.
func stop() {
	if recover() != nil {
		println("stop recovered")
	}
}

func viaNamed() (r int) {
	defer stop()
	r = 1
	panic("stopped by stop")
}

func main() {
	println(viaNamed())
	println(sumTo(100, 0))
	println(made(3), made(-3))
	q, ok := divide(7, 2)
	println(q, ok)
	q, ok = divide(7, 0)
	println(q, ok)
	println(index([]int{1, 2}, 1), index([]int{1, 2}, 5))
	println(catcher())
	println(nilread(nil), nilread(&node{3}))
	println(unnamed([]int{1}))
	println(loop())
	defer println("main's defer")
	if recover() != nil {
		println("not panicking: no")
	}
	var m map[string]int
	func() {
		defer func() { println("map", recover() != nil) }()
		m["a"] = 1
		println("never printed")
	}()
	panic("final")
}
