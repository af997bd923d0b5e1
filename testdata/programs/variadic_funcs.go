package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func format(prefix string, parts ...string) string {
	s := prefix
	for _, p := range parts {
		s += "[" + p + "]"
	}
	return s
}

func count(xs ...interface{}) int { return len(xs) }

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{10, 20, 30}
	println(sum(nums...), sum(nums[1:]...))
	mutate(nums...)
	println(nums[0])
	println(format("p"), format("p", "a"), format("p", "a", "b", "c"))
	println(count(), count(1, "a", 2.5), count(nil))
	var ns []int
	println(sum(ns...))
}
