// wexlab gives up on this valid program (Go builds it): int8 products in a
// package variable's initializer make the cleanup rules grow the e-graph
// without end.
//
//	wexlab: rule set go: main.init$direct: rule set go: the e-graph grew past
//	200000 nodes (most active rule: narrow8-inner-left[i32.mul]
//	(rules/cleanup/algebra.rules:29) ×124798, narrow8-inner-right[i32.mul]
//	(rules/cleanup/algebra.rules:32) ×17018, narrow-signed[int8]
//	(rules/lower/arith.rules:23) ×12)
//
// Found by build_valid (a crash after about 13700 runs of its last session);
// reduced by deleting lines.
package main

var (
	g3 int = (-0x3)
	g4     = (((((int8(g3) * (-0x3)) * (int8(g3) * (-0x3))) * ((int8(g3) * 0x7F) * (int8(g3) * int8(g3)))) * (((int8(g3) * int8(g3)) * (int8(g3) * int8(g3))) * 0)) * 0)
)

func x9() float64 {
	var v11 int8
	_ = v11
	return ((0.0 + float64(g3)) - 0.0)
}
func main() {
}
