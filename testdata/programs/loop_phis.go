package main

//go:noinline
func fibs(n int) (int, int, int) {
	a, b, c := 0, 1, 0
	for i := 0; i < n; i++ {
		a, b = b, a+b
		if a%2 == 0 {
			c++
		}
	}
	return a, b, c
}

//go:noinline
func collatz(n uint64) (steps int, peak uint64) {
	peak = n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		if n > peak {
			peak = n
		}
		steps++
	}
	return
}

func main() {
	println(fibs(10))
	println(fibs(90))
	println(collatz(27))
	println(collatz(837799))
	var f32 float32 = 1
	var f64 = 1.0
	for i := 0; i < 30; i++ {
		f32 *= 1.5
		f64 /= 1.5
	}
	println(f32, f64)
}
