// An else on its own line where a statement starts: Go expected the block's }.
package main

func main() {
	if true {
	else { // ERROR "^syntax error: unexpected keyword else, expected \}$"
	}
}
