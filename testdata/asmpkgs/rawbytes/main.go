package main

// popcount and bswap32 encode their instructions as raw bytes (BYTE, WORD, LONG), as assembly
// does for instructions an assembler lacks.
func popcount(x uint64) int
func bswap32(x uint32) uint32

func main() {
	println(popcount(0), popcount(0xff), popcount(1<<63|1))
	println(bswap32(0x11223344) == 0x44332211)
}
