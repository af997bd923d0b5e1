package main

func main() {
	print("a", 1, true, 2.5, "\n")
	println("a", 1, true, 2.5)
	println()
	print()
	println(-0.0, 1e21, 1e-7, 123456789.0, float32(1)/3)
	println(int8(-1), uint8(255), int64(-9223372036854775808), uint64(18446744073709551615))
	println(complex(1, -1), complex64(complex(0, 0)))
	var z float64
	println(1/z, -1/z, z/z)
	println("", "x", "")
	print(1, 2, "\n")
	print("x", "y", "\n")
}
