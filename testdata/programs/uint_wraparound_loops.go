package main

func main() {
	n := 0
	for i := uint8(0); ; i++ {
		n++
		if i == 255 {
			break
		}
	}
	println(n)
	var u uint = 3
	cnt := 0
	for u < 10 {
		u -= 1
		cnt++
	}
	println(u, cnt)
	var k uint16
	for j := 0; j < 70000; j++ {
		k++
	}
	println(k)
}
