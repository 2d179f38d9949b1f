// Arrays of arrays: a 3x3 matrix type with multiply, transpose and
// determinant, row copies, and a package-level grid updated across calls.
//
// run: c-shared
// call: run
// call: det 1
// call: det 2
// call: mark 1 2
// call: mark 3 0
// call: mark 1 2
// call: rowsum 1
// call: rowsum 3
// call: colsum 2
package main

type mat [3][3]int64

var grid [4][5]int32

func identity() mat {
	var m mat
	for i := 0; i < 3; i++ {
		m[i][i] = 1
	}
	return m
}

func mul(a, b mat) mat {
	var c mat
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func transpose(m mat) mat {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func determinant(m mat) int64 {
	return m[0][0]*(m[1][1]*m[2][2]-m[1][2]*m[2][1]) -
		m[0][1]*(m[1][0]*m[2][2]-m[1][2]*m[2][0]) +
		m[0][2]*(m[1][0]*m[2][1]-m[1][1]*m[2][0])
}

func sample(k int64) mat {
	var m mat
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			m[i][j] = 3*k*int64(i) + int64(j*j) - 1
		}
	}
	return m
}

//go:wasmexport run
func run() int64 {
	a := sample(2)
	id := identity()
	p := mul(a, id)
	println(p[0][0], p[1][2], p[2][1], p == a)
	t := transpose(a)
	println(a[0][2], t[0][2], t[2][0])
	row := a[1]
	row[0] = 1000
	println(a[1][0], row[0], len(a), len(a[0]))
	sq := mul(a, t)
	return sq[0][0] + sq[1][1] + sq[2][2]
}

//go:wasmexport det
func det(k int64) int64 {
	m := sample(k)
	m[0][0] += 5
	return determinant(m) + determinant(mul(m, m))
}

//go:wasmexport mark
func mark(r, c int32) int32 {
	grid[r][c]++
	return grid[r][c]
}

//go:wasmexport rowsum
func rowsum(r int32) int32 {
	s := int32(0)
	row := grid[r]
	for _, v := range row {
		s += v
	}
	return s
}

//go:wasmexport colsum
func colsum(c int32) int32 {
	s := int32(0)
	for r := range grid {
		s += grid[r][c]
	}
	return s
}

func main() {}
