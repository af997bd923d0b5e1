package main

type MyInt int16
type MyStr string
type MyBytes []byte
type MyFloat float32

func main() {
	var m MyInt = 32767
	m++
	println(m, int(m), uint16(m))
	s := MyStr("héllo")
	b := MyBytes(s)
	println(len(b), string(b), MyStr(b) == s)
	r := []rune(s)
	println(len(r), string(r[1]))
	f := MyFloat(2.5)
	println(f*2, int(f), MyInt(f))
	var x interface{} = m
	println(x != nil)
}
