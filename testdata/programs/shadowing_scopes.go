package main

var x = "global"

func main() {
	println(x)
	x := 1
	{
		x := 2.5
		println(x)
		{
			x := "inner"
			println(x)
		}
	}
	if x := x + 10; x > 5 {
		println(x)
	} else {
		println(-x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		println(x)
	}
	switch x := "sw"; x {
	case "sw":
		println(x)
	}
	println(x)
}
