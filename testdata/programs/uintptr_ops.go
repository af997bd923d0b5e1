package main

func main() {
	var u uintptr = 1<<64 - 1
	println(u, u+1, u>>60, uintptr(8)*3)
	var a [4]int32
	println(len(a), cap(a[:2]))
	x := uintptr(100)
	x -= 200
	println(x > 100, x+200)
}
