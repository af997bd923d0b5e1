package main

const maxTerms = 40

func sinSeries(r float64) float64 {
	sum, term, r2 := r, r, r*r
	for n := 2.0; n < maxTerms; n += 2 {
		term *= -r2 / (n * (n + 1))
		next := sum + term
		if next == sum {
			return sum
		}
		sum = next
	}
	return sum
}

func main() { println(sinSeries(0.5), sinSeries(-1.25)) }
