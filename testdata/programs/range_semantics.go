package main

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		println(i, v)
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		println(i, v)
	}
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s[2] = 30
			s = append(s, 4)
		}
		println(i, v)
	}
	println(len(s))
	str := "abc"
	for i := range str {
		str = "zzzzzz"
		println(i)
	}
}
