package main

//go:noinline
func conv(x int64) {
	println(int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x), uint64(x), uint(x), uintptr(x))
}

//go:noinline
func convu(x uint8) {
	println(int8(x), int16(x), int32(x), int64(x), uint16(x), uint32(x), uint64(x))
}

//go:noinline
func convs(x int8) {
	println(uint8(x), int16(x), uint16(x), int32(x), uint32(x), int64(x), uint64(x))
}

func main() {
	conv(-1)
	conv(255)
	conv(256)
	conv(-129)
	conv(65535)
	conv(1 << 31)
	conv(1<<32 + 5)
	conv(-9223372036854775808)
	convu(0)
	convu(127)
	convu(128)
	convu(255)
	convs(-128)
	convs(-1)
	convs(127)
}
