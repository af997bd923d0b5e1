package main

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "my error" }

func fail() error { return &MyErr{3} }

func main() {
	err := fail()
	println(err.Error())
	panic(err)
}
