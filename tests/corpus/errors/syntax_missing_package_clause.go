// A file that does not start with its package clause: go build's own message.
main // ERROR "^expected 'package', found main$"

func main() {}
