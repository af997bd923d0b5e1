package main

func main() {
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 7
	x %= 10
	x <<= 3
	x >>= 1
	x |= 0x100
	x &= 0x1f0
	x ^= 0xff
	x &^= 0x0f
	println(x)
	var u uint8 = 7
	u <<= 5
	u >>= 1
	u *= 3
	println(u)
	f := 1.5
	f *= f
	f /= 0.5
	f -= 1
	println(f)
	s := "a"
	s += s
	s += "b"
	println(s)
	c := 1 + 1i
	c *= c
	println(c)
	arr := []int{1, 2, 3}
	i := 0
	arr[i+1] += 10
	arr[len(arr)-1] *= arr[0] + 1
	println(arr[0], arr[1], arr[2])
}
