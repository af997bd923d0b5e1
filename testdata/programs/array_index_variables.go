package main

//go:noinline
func at(a [8]int16, i int) int16 { return a[i] }

//go:noinline
func set(a *[8]int16, i uint8, v int16) { a[i%8] = v }

func main() {
	var a [8]int16
	for i := 0; i < 8; i++ {
		set(&a, uint8(i+8), int16(i*-1000))
	}
	for i := 0; i < 8; i++ {
		print(at(a, i), " ")
	}
	println()
	var grid [4][4]byte
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = byte('a' + i*4 + j)
		}
	}
	var diag []byte
	for i := 0; i < 4; i++ {
		diag = append(diag, grid[i][i], grid[i][3-i])
	}
	println(string(diag))
}
