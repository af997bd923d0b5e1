package main

var log []int

func init() { log = append(log, 1) }
func init() { log = append(log, 2) }

var first = setup()

func setup() int {
	log = append(log, 0)
	return len(log)
}

func init() { log = append(log, 3) }

func main() {
	println(first, len(log))
	for _, v := range log {
		print(v, " ")
	}
	println()
}
