// A select statement is rejected at the statement; the variables it uses are not reported unused.
package main

func main() {
	var ch chan int32 // ERROR "^channels are not supported by wexlab$"
	select {          // ERROR "^select statements are not supported by wexlab$"
	case v := <-ch:
		println(v)
	default:
	}
}
