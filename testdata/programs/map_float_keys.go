package main

// Float and complex keys: +0 and -0 are one key, NaN is never equal to anything, so each NaN
// insertion adds an entry that no lookup finds.

func main() {
	m := map[float64]int{}
	zero := 0.0
	negZero := -zero
	m[zero] = 1
	m[negZero] = 2
	println(len(m), m[0])
	for k := range m {
		println("key", k)
	}

	nan := zero / zero
	m[nan] = 3
	m[nan] = 4
	m[nan]++
	println(len(m), m[nan])
	_, ok := m[nan]
	println(ok)
	delete(m, nan)
	println(len(m))
	sum, nans := 0, 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	println(nans, sum)

	f32 := map[float32]string{}
	var fz float32
	f32[fz] = "zero"
	f32[-fz] = "negzero"
	f32[1.5] = "x"
	println(len(f32), f32[0], f32[1.5])

	c := map[complex128]int{}
	c[complex(1, 2)] = 1
	c[complex(1, -2)] = 2
	c[complex(zero, negZero)] = 3
	c[complex(negZero, zero)] = 4
	c[complex(nan, 0)] = 5
	println(len(c), c[1+2i], c[1-2i], c[0])

	c64 := map[complex64]int{1: 1, 1i: 2}
	println(len(c64), c64[1], c64[1i])

	inf := map[float64]int{}
	one := 1.0
	inf[one/zero] = 1
	inf[-one/zero] = 2
	println(inf[one/zero], inf[-one/zero], len(inf))
}
