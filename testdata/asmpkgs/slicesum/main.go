package main

// sum adds the elements of a slice in a loop; capOf returns its capacity.
func sum(s []int64) int64
func capOf(s []int64) int

func main() {
	s := make([]int64, 0, 16)
	for i := int64(1); i <= 10; i++ {
		s = append(s, i*i)
	}
	println(sum(s), sum(nil), sum(s[3:5]))
	println(capOf(s), capOf(s[2:4]))
}
