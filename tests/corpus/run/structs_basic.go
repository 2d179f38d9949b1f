// Named structs: field reads and writes, zero values, copy on assignment,
// on passing and on returning, structs as package variables changed across
// calls, and swapping whole structs.
//
// run: c-shared
// call: run
// call: deposit 100
// call: deposit 250
// call: withdraw 80
// call: withdraw 1000
// call: balance
// call: history
package main

type account struct {
	owner   string
	balance int64
	ops     int32
	frozen  bool
	rate    float64
}

var acct = account{owner: "ada", rate: 0.5}

func withInterest(a account) account {
	a.balance += int64(float64(a.balance) * a.rate)
	a.ops++
	return a
}

//go:wasmexport run
func run() int64 {
	var z account
	println(z.owner == "", z.balance, z.ops, z.frozen, z.rate)
	a := account{owner: "bob", balance: 40, rate: 0.25}
	b := a
	b.balance = 1
	b.owner = "carol"
	println(a.owner, a.balance, b.owner, b.balance)
	c := withInterest(a)
	println(a.balance, a.ops, c.balance, c.ops)
	a, c = c, a
	println(a.balance, c.balance)
	a.frozen = !a.frozen
	return a.balance*100 + c.balance
}

//go:wasmexport deposit
func deposit(n int64) int64 {
	acct.balance += n
	acct.ops++
	return acct.balance
}

//go:wasmexport withdraw
func withdraw(n int64) int64 {
	if acct.frozen || n > acct.balance {
		println("refused", acct.owner, n)
		acct.frozen = true
		return -1
	}
	acct.balance -= n
	acct.ops++
	return acct.balance
}

//go:wasmexport balance
func balance() int64 {
	future := withInterest(acct)
	println(acct.balance, future.balance, future.ops, acct.ops)
	return future.balance
}

//go:wasmexport history
func history() int32 {
	saved := acct
	acct.ops = 0
	acct.owner = "reset"
	println(saved.owner, saved.ops, acct.owner, acct.ops, saved.frozen)
	return saved.ops
}

func main() {}
