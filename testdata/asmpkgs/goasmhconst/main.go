package main

// The assembly uses the package's constants through go_asm.h (const_limit, const_mask…).
const (
	limit  = 1000
	mask   = 0xff
	shift  = uint8(3)
	letter = 'Z'
	negative = -42
	flag   = true
	half   = 0.5 // floats are not in go_asm.h
)

type level int

const top level = 7

func clamp(x int64) int64
func low(x uint64) uint64
func consts() (int64, int64, int64)

func main() {
	println(clamp(5), clamp(5000), low(0x1234), low(0xffff))
	a, b, c := consts()
	println(a, b, c, half, flag)
}
