// Binary trees (the benchmarks game's allocation kernel): a long-lived
// tree, and many short-lived trees of each depth built and walked. Its
// main allocates about 400 MB in total.
package main

type node struct {
	left, right *node
}

func bottomUp(depth int) *node {
	if depth <= 0 {
		return &node{}
	}
	return &node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const maxDepth = 16
	long := bottomUp(maxDepth)
	for d := 4; d <= maxDepth; d += 2 {
		iterations := 1 << (maxDepth - d + 4)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUp(d).check()
		}
		println(iterations, "trees of depth", d, "check:", check)
	}
	println("long lived tree of depth", maxDepth, "check:", long.check())
}
