// wexlab gives up on this valid program (Go builds it): the package
// initializer holds about 30 unsigned shifts, and their checks' temporaries
// are too many locals for the rules (the limit of locals64.go). The message
// has no position, since the initializer is no function of the source:
//
//	wexlab: rule set go: main.init$direct: rule set go: the rules did not
//	finish: after 64 rounds they still rewrite (most active: valtypes-cons
//	(rules/lower/types.rules:14) ×63, shl-64[uint64]
//	(rules/lower/arith.rules:113) ×44, shift-check-unsigned[uint64]
//	(rules/lower/arith.rules:97) ×31)
//
// Found by build_valid (a crash after about 3000 runs); reduced by deleting
// lines. Without g5, or with g2 not initialized, it builds.
package main

const (
	c1 = iota
)

var g2 int = c1
var g3 uint8 = ((((uint8(g2) << uint64(g2)) << (uint64(g2) << uint64(g2))) << ((uint64(g2) << uint64(g2)) << (uint64(g2) << uint64(g2)))) << (((uint64(g2) << uint64(g2)) << (uint64(g2) << uint64(g2))) << ((uint64(g2) << uint64(g2)) << (uint64(g2) << uint64(g2)))))
var g4 uint8 = ((((g3 << uint64(g2)) << (uint64(g2) << uint64(g2))) << ((uint64(g2) << uint64(g2)) << (uint64(g2) << uint64(g2)))) << (((uint64(g2) << uint64(g2)) << (uint64(g2) << uint64(g2))) << ((uint64(g2) << uint64(g2)) << (uint64(g2) << uint64(g2)))))
var g5 uint8 = ((((g3 << uint64(g2)) << 10) << 10) << 4)

func main() {
}
