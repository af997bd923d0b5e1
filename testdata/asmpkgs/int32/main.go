package main

// sub32 subtracts int32s; ext32 sign-extends an int32 to int64; zext32 zero-extends a uint32.
func sub32(a, b int32) int32
func ext32(a int32) int64
func zext32(a uint32) uint64

func main() {
	println(sub32(10, 15), sub32(-2147483648, 1))
	println(ext32(-7), zext32(0xffffffff))
}
