package main

// sum4 adds an array passed by value; rev3 returns an array reversed.
func sum4(a [4]int32) int32
func rev3(a [3]uint16) [3]uint16

func main() {
	println(sum4([4]int32{1, 2, 3, -10}))
	r := rev3([3]uint16{1, 2, 3})
	println(r[0], r[1], r[2])
}
