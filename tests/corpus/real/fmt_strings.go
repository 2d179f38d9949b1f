// The standard library inside exports: fmt, strings and strconv, with
// string parameters.
// run: c-shared
// call: describe 7
// call: shout str:hello,\sworld
// call: count str:a,b,,c str:,
// call: parse str:12345
package main

import (
	"fmt"
	"strconv"
	"strings"
)

//go:wasmexport describe
func describe(n int32) int32 {
	s := fmt.Sprintf("%d squared is %d; %v", n, n*n, []string{"a", "b"})
	fmt.Println(s)
	return int32(len(s))
}

//go:wasmexport shout
func shout(s string) int32 {
	up := strings.ToUpper(s) + strings.Repeat("!", 3)
	fmt.Println(up)
	return int32(len(up))
}

//go:wasmexport count
func count(s, sep string) int32 {
	return int32(len(strings.Split(s, sep)))
}

//go:wasmexport parse
func parse(s string) int64 {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return -1
	}
	return n * 2
}

func main() {}
