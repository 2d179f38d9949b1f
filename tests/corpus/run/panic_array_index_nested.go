// In a 2-D array the inner index is checked against the row length: the
// row index is in range, the column index is not.
//
// run: c-shared
// call: cell 1 3
// call: cell 3 4
package main

var board [4][6]int8

//go:wasmexport cell
func cell(r, c int32) int32 {
	board[r][c] = int8(r*10 + c)
	next := c + 2
	return int32(board[r][next])
}

func main() {}
