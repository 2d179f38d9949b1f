// Deferred calls run last first when their function returns, with the
// callee and arguments evaluated at the defer statement: direct calls,
// method calls (value and pointer receivers), func values, function
// literals, println, each defer of a loop, and builtins Go allows.
//
// run: exe
package main

type counter struct{ n int }

func (c counter) show(tag string) { println(tag, c.n) }
func (c *counter) bump()          { c.n++; println("bump", c.n) }

func say(s string, i int) { println(s, i) }

func twice(x int) int {
	println("twice", x)
	return 2 * x
}

func order() {
	defer say("first deferred, last run", 1)
	defer say("second", 2)
	println("body")
}

func args() {
	x := 1
	defer say("x at defer", x)
	defer println("println x at defer", x, "and", twice(x))
	x = 10
	println("x now", x)
}

func loops() {
	for i := 0; i < 4; i++ {
		defer say("loop", i)
	}
	for _, s := range []string{"a", "b", "c"} {
		defer func() { println("literal", s) }()
	}
	println("loops done")
}

func methods() {
	c := counter{n: 1}
	defer c.show("value receiver copied")
	defer c.bump()
	c.n = 5
	println("c.n", c.n)
}

func values() {
	f := func(s string) { println("first f", s) }
	defer f("evaluated f")
	f = func(s string) { println("second f", s) }
	f("now")
	var g func()
	if g == nil {
		g = func() { println("g") }
	}
	defer g()
}

func builtins() {
	m := map[string]int{"a": 1, "b": 2}
	s := []int{1, 2, 3}
	t := []int{7, 8}
	defer println("len after", len(m), s[0], s[1])
	defer delete(m, "a")
	defer copy(s, t)
	defer clear(t)
	println("builtins", len(m), s[0], t[0])
}

func early(n int) int {
	defer say("early's defer", n)
	if n > 2 {
		return n * 10
	}
	for i := 0; ; i++ {
		if i == n {
			return i
		}
	}
}

func nested() {
	defer say("outer", 1)
	func() {
		defer say("inner literal", 2)
		println("inner body")
	}()
	order()
}

func main() {
	order()
	args()
	loops()
	methods()
	values()
	builtins()
	println(early(5), early(2))
	nested()
	defer println("main's defer runs before exit")
	println("main done")
}
