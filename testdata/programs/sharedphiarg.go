package main

func f(r float64) float64 {
	sum, term := r, r
	for n := 0; n < 3; n++ {
		term *= 2
		sum = sum + term
	}
	return sum
}

func g(r int) int {
	sum, term := r, r
	for n := 0; n < 3; n++ {
		term *= 2
		sum = sum + term
	}
	return sum
}

func main() { println(f(0.5), g(2)) }
