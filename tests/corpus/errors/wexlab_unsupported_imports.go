// Importing a package other than unsafe and structs is rejected at the import path; the package's uses say nothing more.
package main

import (
	"fmt"         // ERROR "^package .fmt. is not supported by wexlab: it compiles programs that import only .unsafe., .structs. and .runtime.$"
	str "strings" // ERROR "^package .strings. is not supported by wexlab: it compiles programs that import only .unsafe., .structs. and .runtime.$"
)

var sep = str.Repeat("-", 3)

func main() {
	fmt.Println("hello", sep)
}
