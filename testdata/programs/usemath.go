package main

import "math"

func main() {
	println(math.Sqrt(2), math.Floor(-2.5), math.Abs(-3), math.MaxInt64)
	println(math.Sin(1), math.Cos(1), math.Exp(1), math.Log(10))
	println(math.Pow(2, 10), math.Mod(7, 3), math.Inf(1), math.IsNaN(math.NaN()))
}
