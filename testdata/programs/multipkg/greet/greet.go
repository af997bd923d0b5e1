package greet

var Count int

var prefix = build("hello")

func build(s string) string {
	println("greet init")
	return s + ", "
}

func init() { Count = 10 }

func Hello(name string) string {
	Count++
	return prefix + name
}
