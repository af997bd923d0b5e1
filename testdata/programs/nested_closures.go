package main

func outer() func() func() int {
	x := 0
	return func() func() int {
		y := 10
		return func() int {
			x++
			y++
			return x*100 + y
		}
	}
}

func main() {
	mk := outer()
	f := mk()
	g := mk()
	println(f(), f(), g(), f(), g())
	sum := 0
	func() {
		for i := 1; i <= 10; i++ {
			func() { sum += i }()
		}
	}()
	println(sum)
}
