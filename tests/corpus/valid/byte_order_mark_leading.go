// A byte order mark as the first character of a file is skipped, as Go does.
package main

//go:wasmexport answer
func answer() int32 { return 42 }

func main() {}
