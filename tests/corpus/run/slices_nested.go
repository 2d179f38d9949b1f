// Slices of slices: a jagged triangle built row by row with make and
// append, rows sharing one backing array, a row replaced without touching
// the others, slices of arrays and arrays of slices.
//
// run: c-shared
// call: pascal 5
// call: pascal 12
// call: row 3
// call: row 7
// call: shared 4
// call: mixed 2
package main

var tri [][]int64

//go:wasmexport pascal
func pascal(n int32) int64 {
	tri = nil
	for i := int32(0); i < n; i++ {
		row := make([]int64, i+1)
		row[0], row[i] = 1, 1
		for j := int32(1); j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	last := tri[len(tri)-1]
	return last[len(last)/2]
}

//go:wasmexport row
func row(i int32) int64 {
	t := int64(0)
	for _, v := range tri[i] {
		t += v
	}
	return t*100 + int64(len(tri[i]))
}

//go:wasmexport shared
func shared(n int32) int32 {
	flat := make([]int32, n*n)
	grid := make([][]int32, n)
	for i := range grid {
		grid[i] = flat[int32(i)*n : int32(i+1)*n]
	}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = int32(i*10 + j)
		}
	}
	grid[1] = []int32{-1, -1, -1, -1, -1}
	grid[1][0] = -2
	println(flat[n], len(grid[1]), cap(grid[2]))
	return flat[n+1] + flat[len(flat)-1] + grid[1][0]
}

//go:wasmexport mixed
func mixed(k int32) int32 {
	rows := make([][3]int16, 2, 4)
	rows[1][2] = 5
	rows = append(rows, [3]int16{7, 8, 9})
	r := rows[2]
	r[0] = 70
	var cols [2][]int16
	cols[0] = []int16{1, 2}
	cols[1] = append(cols[0], int16(k))
	cols[0][1] = 20
	println(rows[2][0], len(rows), cap(rows), len(cols[1]), cols[1][1])
	return int32(rows[1][2]) + int32(cols[1][2]) + int32(rows[2][0])
}

func main() {}
