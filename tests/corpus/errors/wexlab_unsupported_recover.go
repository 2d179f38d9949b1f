// recover is supported where its value is compared with nil or dropped;
// wexlab has no interfaces to hold the value itself, and a deferred
// recover (which Go's runtime never lets stop a panic) is refused too.
package main

func cleanup() {}

func main() {
	defer cleanup()
	defer recover() // ERROR "^deferring recover itself is not supported by wexlab$"
	defer func() {
		_ = recover() // ERROR "^recover's value is not supported by wexlab: compare recover\(\) with nil$"
		r := recover() // ERROR "^recover's value is not supported by wexlab: compare recover\(\) with nil$"
		_ = r
		if recover() != nil || nil != recover() || recover() == nil {
			recover()
		}
	}()
}
