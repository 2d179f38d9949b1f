// Channel operations (make, send, receive, close) are rejected where they appear.
package main

func main() {
	ch := make(chan int32, 1) // ERROR "^channels are not supported by wexlab$"
	ch <- 1                   // ERROR "^channel sends are not supported by wexlab$"
	v := <-ch                 // ERROR "^channel receives are not supported by wexlab$"
	close(ch)                 // ERROR "^close is not supported by wexlab$"
	println(v)
}
