package main

// mul16 multiplies two uint16 keeping the low 16 bits; swap16 swaps their bytes.
func mul16(a, b uint16) uint16
func swap16(a uint16) uint16

func main() {
	println(mul16(300, 300), mul16(65535, 2))
	println(swap16(0x1234), swap16(0xff00))
}
