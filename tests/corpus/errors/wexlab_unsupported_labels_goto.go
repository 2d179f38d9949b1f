// Labels, goto and labeled break are rejected at the label or the statement.
package main

func main() {
	i := int32(0)
loop: // ERROR "^labeled statements are not supported by wexlab$"
	i++
	if i < 3 {
		goto loop // ERROR "^goto statements are not supported by wexlab$"
	}
outer: // ERROR "^labeled statements are not supported by wexlab$"
	for {
		for {
			break outer
		}
	}
	println(i)
}
