// Zeroing and copying values over 1024 bytes (REP STOSQ / REP MOVSQ in gc and jgo), with sizes
// that are not multiples of 8 so that a tail remains.
package main

type big struct {
	a [300]int32
	b [3]byte
}

//go:noinline
func fill(n int32) big {
	var x big
	for i := range x.a {
		x.a[i] = n + int32(i)
	}
	x.b = [3]byte{1, 2, byte(n)}
	return x
}

//go:noinline
func sum(x big) int32 {
	s := int32(0)
	for _, v := range x.a {
		s += v
	}
	return s + int32(x.b[0]) + int32(x.b[1]) + int32(x.b[2])
}

var global [4099]byte

func main() {
	x := fill(7)
	y := x
	x.a[5] = 0
	println(sum(x), sum(y), len(global))
	var z big
	println(sum(z))
	z = y
	z.b[2] = 9
	println(sum(z), z.a[299], y.b[2])
	global[4098] = 3
	g := global
	global = [4099]byte{}
	println(g[4098], global[4098])
	arr := make([][2000]int16, 3)
	arr[1][1999] = 5
	arr[2] = arr[1]
	arr[1] = [2000]int16{}
	println(arr[2][1999], arr[1][1999])
}
