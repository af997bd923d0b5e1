package main

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5:7]
	println(len(s), cap(s), s[0])
	s = append(s, 100)
	println(arr[5], len(s), cap(s))
	s = append(s, 101)
	println(arr[6], len(s), cap(s))
	s = append(s, 102)
	println(arr[7], len(s), cap(s), s[5])
	t := arr[:0:0]
	println(len(t), cap(t))
	u := arr[3:]
	v := u[1:3:4]
	println(v[0], v[1], cap(v), len(u), cap(u))
	w := s[1:4:4]
	println(len(w), cap(w), w[0])
}
