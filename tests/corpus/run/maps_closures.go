// Maps and function values together: a map of funcs called by name, a
// closure that captures a map and counts into it, a map value holding a
// method value, and closures made in a range loop over a map (each
// captures its own iteration's key and value). Only order-free facts are
// printed.
//
// run: exe
package main

type counter struct{ n int }

func (c *counter) add(k int) int { c.n += k; return c.n }

func main() {
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	ops["sub"] = func(a, b int) int { return a - b }
	println(ops["add"](3, 4), ops["mul"](3, 4), ops["sub"](3, 4), len(ops))
	if f, ok := ops["div"]; !ok && f == nil {
		println("no div")
	}

	seen := map[int]int{}
	count := func(k int) { seen[k%7]++ }
	for i := 0; i < 100; i++ {
		count(i)
	}
	total := 0
	for _, v := range seen {
		total += v
	}
	println(len(seen), seen[0], seen[6], total)

	c := &counter{}
	adders := map[bool]func(int) int{true: c.add}
	adders[true](5)
	adders[true](6)
	println(c.n)

	var fs []func() int
	for k, v := range map[int]int{1: 10, 2: 20, 3: 30} {
		fs = append(fs, func() int { return k * v })
	}
	sum := 0
	for _, f := range fs {
		sum += f()
	}
	println(len(fs), sum)
}
