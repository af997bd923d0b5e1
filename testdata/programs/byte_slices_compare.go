package main

func equal(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func main() {
	a := []byte("hello")
	b := []byte("hello")
	println(equal(a, b), string(a) == string(b))
	b[4] = '!'
	println(equal(a, b), string(a) < string(b), string(b))
	println(equal(nil, []byte{}), equal(a[:0], nil))
	c := a[1:3]
	c = append(c, 'X')
	println(string(a), string(c))
}
