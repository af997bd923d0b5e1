// Package bits counts and manipulates the bits of unsigned integers, and does double-word
// arithmetic.
package bits

const uintSize = 32 << (^uint(0) >> 63)

// UintSize is the size of a uint in bits.
const UintSize = uintSize

// Len64 returns the number of bits needed to represent x: 0 for 0.
func Len64(x uint64) (n int) {
	for ; x >= 1<<16; x >>= 16 {
		n += 16
	}
	for ; x != 0; x >>= 1 {
		n++
	}
	return n
}

func Len(x uint) int     { return Len64(uint64(x)) }
func Len8(x uint8) int   { return Len64(uint64(x)) }
func Len16(x uint16) int { return Len64(uint64(x)) }
func Len32(x uint32) int { return Len64(uint64(x)) }

func LeadingZeros(x uint) int     { return UintSize - Len(x) }
func LeadingZeros8(x uint8) int   { return 8 - Len8(x) }
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// trailingZeros counts the zero bits below the lowest one bit, size for 0.
func trailingZeros(x uint64, size int) int {
	if x == 0 {
		return size
	}
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

func TrailingZeros(x uint) int     { return trailingZeros(uint64(x), UintSize) }
func TrailingZeros8(x uint8) int   { return trailingZeros(uint64(x), 8) }
func TrailingZeros16(x uint16) int { return trailingZeros(uint64(x), 16) }
func TrailingZeros32(x uint32) int { return trailingZeros(uint64(x), 32) }
func TrailingZeros64(x uint64) int { return trailingZeros(x, 64) }

// OnesCount64 returns the number of one bits in x.
func OnesCount64(x uint64) (n int) {
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

func OnesCount(x uint) int     { return OnesCount64(uint64(x)) }
func OnesCount8(x uint8) int   { return OnesCount64(uint64(x)) }
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// The rotations take k modulo the size; a negative k rotates right.

func RotateLeft(x uint, k int) uint {
	s := uint(k) & (UintSize - 1)
	return x<<s | x>>(UintSize-s)
}

func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// Reverse64 returns x with its bits in reverse order.
func Reverse64(x uint64) (r uint64) {
	for i := 0; i < 64; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func Reverse(x uint) uint       { return uint(Reverse64(uint64(x)) >> (64 - UintSize)) }
func Reverse8(x uint8) uint8    { return uint8(Reverse64(uint64(x)) >> 56) }
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// ReverseBytes64 returns x with its bytes in reverse order.
func ReverseBytes64(x uint64) (r uint64) {
	for i := 0; i < 8; i++ {
		r = r<<8 | x&0xFF
		x >>= 8
	}
	return r
}

func ReverseBytes(x uint) uint       { return uint(ReverseBytes64(uint64(x)) >> (64 - UintSize)) }
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }
