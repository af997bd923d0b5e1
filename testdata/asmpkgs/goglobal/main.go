package main

// Assembly reads and writes Go package variables by name (·total, ·weights).
var total int64
var weights = [4]int64{1, 2, 3, 4}

func accumulate(x int64)
func weighted() int64

func main() {
	accumulate(5)
	accumulate(37)
	println(total, weighted())
	weights[3] = 100
	println(weighted())
}
