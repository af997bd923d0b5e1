package main

type P struct{ X, Y int }

func main() {
	arr := [3]int{1, 2, 3}
	pt := P{1, 2}
	s := "cap"
	f := func() {
		arr[0] *= 10
		pt.Y += 5
		s += "tured"
	}
	f()
	f()
	println(arr[0], pt.Y, s)
	g := func(p P) P {
		p.X += arr[1]
		return p
	}
	println(g(pt).X, pt.X)
	var fs [2]func() int
	for i := range fs {
		j := i
		fs[i] = func() int { return arr[j] }
	}
	arr[1] = 42
	println(fs[0](), fs[1]())
}
