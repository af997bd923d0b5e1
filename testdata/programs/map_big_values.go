package main

// Large keys and elements (arrays of hundreds of bytes), filled from function results and read
// back whole and by element; values copied out are independent of the map.

type block [100]int

func fill(x int) block {
	var b block
	for i := range b {
		b[i] = x + i
	}
	return b
}

func sum(b block) int {
	s := 0
	for _, v := range b {
		s += v
	}
	return s
}

func main() {
	m := map[int]block{}
	for i := 0; i < 50; i++ {
		m[i] = fill(i * 1000)
	}
	println(len(m), m[3][0], m[3][99], m[49][50])
	b := m[7]
	b[0] = -1
	println(m[7][0], b[0])
	s := sum(m[10])
	println(s)
	total := 0
	for k, v := range m {
		if v[0] != k*1000 {
			println("bad", k)
		}
		total += v[99]
	}
	println(total)

	keys := map[[64]byte]string{}
	var k1, k2 [64]byte
	k2[63] = 1
	keys[k1] = "zero"
	keys[k2] = "last"
	println(keys[k1], keys[k2], len(keys))

	v, ok := m[20]
	println(v[5], ok)
	v, ok = m[99]
	println(v[5], ok)
}
