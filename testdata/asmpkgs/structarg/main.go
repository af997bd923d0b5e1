package main

type point struct {
	x, y int32
	tag  byte
}

// manhattan takes a struct by value; its fields are named p_x, p_y, p_tag in assembly.
func manhattan(p point) int32
func tagOf(p point) byte

func main() {
	println(manhattan(point{3, -4, 'a'}), manhattan(point{-10, 20, 0}))
	println(tagOf(point{1, 2, 'q'}))
}
