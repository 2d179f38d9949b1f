// A function's opening brace on the line after its signature.
package main

func main()
{ // ERROR "^syntax error: unexpected semicolon or newline before \{$"
}
