// recover is valid Go that wexlab does not compile yet, deferred or not.
package main

func cleanup() {}

func main() {
	defer cleanup()
	defer recover() // ERROR "^recover is not supported by wexlab$"
	defer func() {
		_ = recover() // ERROR "^recover is not supported by wexlab$"
	}()
}
