package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const huge = 1 << 100
const typed int8 = -huge >> 94

func main() {
	println(Sunday, Monday, Tuesday, Thursday)
	println(KB, MB, GB)
	println(a, b, c, d, e, f)
	println(huge>>98, typed, 'a'+1, 1.5*2)
	const s = "const" + "ant"
	println(s, len(s))
	var x float32 = 1 / 3.0
	println(x, 7/2, 7/2.0)
}
