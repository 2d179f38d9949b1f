// Methods calling methods: a fixed-capacity stack type whose push/pop use
// helper methods, a calculator evaluating reverse Polish input through the
// stack, and methods promoted from an embedded struct (value and pointer
// methods reached through the outer type).
//
// run: c-shared
// call: run
// call: rpn str:34+2*
// call: rpn str:93-4-
// call: rpn str:12+34+*5-
// call: rpn str:9+
// call: depth
// call: logged 5
// call: logged 6
package main

type stack struct {
	items [8]int64
	n     int32
	errs  int32
}

func (s *stack) full() bool  { return s.n == int32(len(s.items)) }
func (s *stack) empty() bool { return s.n == 0 }

func (s *stack) push(v int64) bool {
	if s.full() {
		s.fail()
		return false
	}
	s.items[s.n] = v
	s.n++
	return true
}

func (s *stack) pop() int64 {
	if s.empty() {
		s.fail()
		return 0
	}
	s.n--
	return s.items[s.n]
}

func (s *stack) fail() { s.errs++ }

func (s stack) top() int64 {
	if s.empty() {
		return -1
	}
	return s.items[s.n-1]
}

type calc struct {
	stack
	steps int32
}

func (c *calc) apply(op byte) {
	b, a := c.pop(), c.pop()
	c.steps++
	switch op {
	case '+':
		c.push(a + b)
	case '-':
		c.push(a - b)
	case '*':
		c.push(a * b)
	}
}

var last calc
var log calc

//go:wasmexport rpn
func rpn(src string) int64 {
	var c calc
	for i := 0; i < len(src); i++ {
		ch := src[i]
		if ch >= '0' && ch <= '9' {
			c.push(int64(ch - '0'))
		} else {
			c.apply(ch)
		}
	}
	last = c
	println(src, c.top(), c.n, c.errs, c.steps)
	return c.top()
}

//go:wasmexport depth
func depth() int32 {
	return last.n*100 + last.errs*10 + last.steps
}

//go:wasmexport logged
func logged(v int64) int64 {
	log.push(v)
	log.push(v * 2)
	log.apply('-')
	return log.top()*100 + int64(log.n)
}

//go:wasmexport run
func run() int32 {
	var s stack
	for i := int64(0); i < 10; i++ {
		s.push(i * i)
	}
	println(s.n, s.errs, s.top())
	t := s
	t.pop()
	println(s.top(), t.top(), s.n, t.n)
	for !s.empty() {
		s.pop()
	}
	s.pop()
	return s.errs*100 + s.n
}

func main() {}
