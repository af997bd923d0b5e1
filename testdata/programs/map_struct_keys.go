package main

// Struct and array keys: plain memory (hashed as bytes), padded structs, strings and floats
// inside (generated hash and equality functions), nested arrays, blank fields.

type pt struct{ x, y int }

type padded struct {
	a int8
	b int64
	c bool
}

type person struct {
	name string
	age  int
	h    float64
}

type withBlank struct {
	a int
	_ int
	b string
}

type nested struct {
	p    pt
	tags [2]string
}

func main() {
	m1 := map[pt]int{}
	for i := 0; i < 50; i++ {
		m1[pt{i, i * i}] = i
	}
	println(len(m1), m1[pt{7, 49}], m1[pt{7, 48}])

	m2 := map[padded]string{}
	m2[padded{1, 2, true}] = "x"
	m2[padded{1, 2, false}] = "y"
	m2[padded{1, 2, true}] += "z"
	println(len(m2), m2[padded{1, 2, true}], m2[padded{1, 2, false}])

	m3 := map[person]bool{}
	m3[person{"ann", 30, 1.5}] = true
	m3[person{"bob", 30, 1.5}] = true
	m3[person{"ann", 30, -0.0}] = true
	m3[person{"ann", 30, 0}] = false
	println(len(m3), m3[person{"ann", 30, 1.5}], m3[person{"ann", 30, 0}])
	name := "an"
	name += "n"
	println(m3[person{name, 30, 1.5}])

	m4 := map[[3]int]int{}
	m4[[3]int{1, 2, 3}] = 6
	m4[[3]int{3, 2, 1}] = 60
	println(len(m4), m4[[3]int{1, 2, 3}], m4[[3]int{3, 2, 1}], m4[[3]int{}])

	m5 := map[[2]string]int{{"a", "b"}: 1, {"b", "a"}: 2}
	println(len(m5), m5[[2]string{"a", "b"}], m5[[2]string{"b", "a"}])

	m6 := map[withBlank]int{}
	m6[withBlank{a: 1, b: "q"}] = 5
	println(len(m6), m6[withBlank{a: 1, b: "q"}])

	m7 := map[nested]int{}
	m7[nested{pt{1, 2}, [2]string{"x", "y"}}] = 3
	m7[nested{pt{1, 2}, [2]string{"x", "z"}}] = 4
	println(len(m7), m7[nested{pt{1, 2}, [2]string{"x", "y"}}], m7[nested{pt{1, 2}, [2]string{"x", "z"}}])

	m8 := map[[4]float64]int{}
	m8[[4]float64{1, 2, 3, 0}] = 1
	println(m8[[4]float64{1, 2, 3, -0.0}])

	m9 := map[struct{}]int{}
	m9[struct{}{}] = 1
	m9[struct{}{}]++
	println(len(m9), m9[struct{}{}])

	type small struct {
		a, b int16
	}
	m10 := map[small]int{{1, 2}: 3}
	println(m10[small{1, 2}], m10[small{2, 1}])

	m11 := map[[5]byte]int{}
	m11[[5]byte{'h', 'e', 'l', 'l', 'o'}] = 5
	println(m11[[5]byte{'h', 'e', 'l', 'l', 'o'}], len(m11))
}
